"""Session 55 (f2): page furniture and cut-off sentences caught at their real weight
(written for mtcheck).

- F002: a credit glued into a body paragraph is major where the source has no credit and
  none of its names; a name of several words (a photographer, a paper named after its town)
  counts as the source's only where the source writes it whole, not one word of it (a
  surname or a town the article mentions anyway).
- F002: a photographer's names and, after a comma, a listed agency ("Photo: Jan Novák, ČTK").
- F002: a labelled credit glued to a paragraph's start whose names end, after a slash, in an
  agency's acronym in capitals the list lacks ("Photo: Name Surname/ABCD The mayor …").
- F003: share buttons naming the article ("Share this article") in Arabic, Vietnamese,
  Russian, Ukrainian and Bulgarian.
- S004: Indonesian and Malay words no sentence ends in (yang, sebagai, dengan, bahwa …).
- S004: a paragraph's last sentence stopping on a bare word inside a quotation the
  translation opened and never closes, where the source closes it and ends the sentence.
"""

import mtcheck


def found(src, tgt, sl, tl, code):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


def major(fs):
    return [f for f in fs if f.severity.name in ("MAJOR", "CRITICAL")]


# F002: one word of a credit's name in the source says nothing about the credit

PT_SRC = ("O prefeito Carlos Souza inaugurou a nova ponte sobre o rio na manhã de ontem. "
          "A obra custou 3 milhões de reais e levou dois anos.\n\n"
          "Segundo a prefeitura, cerca de 12 mil veículos devem passar pela ponte todos os dias.")


def test_credit_surname_shared_with_source_pt_en():
    tgt = ("Mayor Carlos Souza opened the new bridge over the river yesterday morning. "
           "Photo: Marta Souza/ABCD The work cost 3 million reais and took two years.\n\n"
           "According to the city, around 12,000 vehicles are expected to cross the bridge every day.")
    fs = found(PT_SRC, tgt, "pt", "en", "F002")
    assert fs and major(fs)


def test_credit_surname_shared_with_source_pt_es():
    tgt = ("El alcalde Carlos Souza inauguró ayer por la mañana el nuevo puente sobre el río. "
           "Foto: Marta Souza/ABCD La obra costó 3 millones de reales y duró dos años.\n\n"
           "Según el ayuntamiento, unos 12.000 vehículos cruzarán el puente cada día.")
    fs = found(PT_SRC, tgt, "pt", "es", "F002")
    assert fs and major(fs)


def test_credit_town_paper_named_after_source_town_en_vi():
    src = ("The new library in Wangaratta opened on Monday after two years of building work. "
           "It holds more than 20,000 books.\n\n"
           "The council said the library would stay open until 8 p.m. on weekdays.")
    tgt = ("Thư viện mới ở Wangaratta đã mở cửa vào thứ Hai sau hai năm xây dựng. "
           "Thư viện có hơn 20.000 cuốn sách. Ảnh: Wangaratta Chronicle\n\n"
           "Hội đồng cho biết thư viện sẽ mở cửa đến 8 giờ tối các ngày trong tuần.")
    fs = found(src, tgt, "en", "vi", "F002")
    assert fs and major(fs)


def test_credit_town_paper_named_after_source_town_en_de():
    src = ("The new library in Wangaratta opened on Monday after two years of building work. "
           "It holds more than 20,000 books.\n\n"
           "The council said the library would stay open until 8 p.m. on weekdays.")
    tgt = ("Die neue Bibliothek in Wangaratta hat am Montag nach zwei Jahren Bauzeit eröffnet. "
           "Sie umfasst mehr als 20.000 Bücher. Foto: Wangaratta Chronicle\n\n"
           "Der Rat teilte mit, die Bibliothek sei werktags bis 20 Uhr geöffnet.")
    fs = found(src, tgt, "en", "de", "F002")
    assert fs and major(fs)


def test_credit_whole_name_in_source_stays_minor_pt_en():
    src = ("A fotógrafa Marta Souza expôs as imagens da ponte na biblioteca municipal. "
           "A exposição fica aberta até sexta-feira.\n\n"
           "A entrada é gratuita para todos os visitantes da cidade.")
    tgt = ("Photographer Marta Souza showed her pictures of the bridge at the city library. "
           "Photo: Marta Souza/ABCD The exhibition is open until Friday.\n\n"
           "Entry is free for all visitors to the city.")
    fs = found(src, tgt, "pt", "en", "F002")
    assert fs and not major(fs)


# F002: a photographer's names and, after a comma, the agency

def test_credit_comma_before_agency_cs_en():
    src = ("Obec opravila starou cestu ke sklepům za necelé dva roky. "
           "Práce stály zhruba čtyři miliony korun.\n\n"
           "Starosta řekl, že další etapa začne na jaře.")
    tgt = ("The village repaired the old lane to the cellars in less than two years. "
           "Photo: Jan Novák, ČTK The work cost around four million crowns.\n\n"
           "The mayor said the next stage would start in the spring.")
    fs = found(src, tgt, "cs", "en", "F002")
    assert fs and major(fs) and "Jan Novák, ČTK" in fs[0].message


def test_credit_comma_before_agency_de_fr():
    src = ("Die Gemeinde hat die alte Brücke in weniger als zwei Jahren saniert. "
           "Die Arbeiten kosteten rund vier Millionen Franken.\n\n"
           "Der Gemeindepräsident sagte, die nächste Etappe beginne im Frühling.")
    tgt = ("La commune a rénové le vieux pont en moins de deux ans. "
           "Photo: Anna Keller, Keystone Les travaux ont coûté environ quatre millions de francs.\n\n"
           "Le président de la commune a déclaré que la prochaine étape commencerait au printemps.")
    fs = found(src, tgt, "de", "fr", "F002")
    assert fs and major(fs)


def test_comma_list_of_names_after_label_no_credit_en():
    # "Photo:" opening a sentence whose list runs on in lower case is no credit
    src = ("Die Ausstellung zeigt Bilder von Anna Keller und Paul Weber. Sie ist bis Mai offen.\n\n"
           "Der Eintritt ist frei.")
    tgt = ("The exhibition shows pictures by Anna Keller and Paul Weber. It is open until May.\n\n"
           "Entry is free.")
    assert found(src, tgt, "de", "en", "F002") == []


# F002: a credit glued to a paragraph's start, its names ending in an acronym in capitals

def test_credit_acronym_agency_at_paragraph_start_hr_en():
    src = ("Vodovod planira novi cjevovod do otoka. Radovi bi trebali početi u lipnju.\n\n"
           "Načelnik općine kaže da stanovnici nestrpljivo čekaju početak radova.")
    tgt = ("The water utility is planning a new pipeline to the island. Work should begin in June.\n\n"
           "Photo: Ivo Marić/FOTOX The head of the municipality says residents are waiting "
           "impatiently for the work to begin.")
    fs = found(src, tgt, "hr", "en", "F002")
    assert fs and major(fs)


def test_credit_acronym_agency_at_paragraph_start_sl_de():
    src = ("Občina načrtuje nov vodovod do otoka. Dela naj bi se začela junija.\n\n"
           "Župan pravi, da prebivalci nestrpno čakajo na začetek del.")
    tgt = ("Die Gemeinde plant eine neue Wasserleitung zur Insel. Die Arbeiten sollen im Juni beginnen.\n\n"
           "Foto: Ivo Marić/FOTOX Der Bürgermeister sagt, die Einwohner warteten ungeduldig auf den "
           "Beginn der Arbeiten.")
    fs = found(src, tgt, "sl", "de", "F002")
    assert fs and major(fs)


def test_caption_words_at_paragraph_start_without_slash_no_credit_en():
    # "Photo: Anna Berg Park …": a caption's own words may follow the label; no slash, no acronym
    src = ("Die Stadt plant einen neuen Park am Fluss. Die Arbeiten beginnen im Juni.\n\n"
           "Der Bürgermeister sagt, die Einwohner warteten seit Jahren darauf.")
    tgt = ("The city is planning a new park by the river. Work begins in June.\n\n"
           "Photo: Anna Berg Park The mayor says residents have been waiting for it for years.")
    assert major(found(src, tgt, "de", "en", "F002")) == []


# F003: "Share this article" in languages whose lists lacked it

EN_SRC = ("The ferry service will run twice a day from next month. "
          "Islanders say the timetable still does not suit commuters.\n\n"
          "The council will review the service in the autumn.")


def test_share_this_article_glued_to_paragraph_end_en_ar(article):
    tgt = ("ستعمل خدمة العبّارات مرتين يوميًا اعتبارًا من الشهر المقبل. "
           "ويقول سكان الجزيرة إن الجدول الزمني لا يناسب المسافرين يوميًا. شارك هذا المقال\n\n"
           "وسيراجع المجلس الخدمة في الخريف.")
    fs = [f for f in article(EN_SRC, tgt, "en", "ar") if f.code == "F003"]
    assert fs and major(fs)


def test_share_this_article_glued_to_paragraph_end_en_vi(article):
    tgt = ("Dịch vụ phà sẽ chạy hai lần mỗi ngày từ tháng tới. "
           "Người dân trên đảo nói lịch trình vẫn chưa phù hợp với người đi làm. Chia sẻ bài viết\n\n"
           "Hội đồng sẽ xem xét lại dịch vụ vào mùa thu.")
    fs = [f for f in article(EN_SRC, tgt, "en", "vi") if f.code == "F003"]
    assert fs and major(fs)


def test_share_this_article_glued_to_paragraph_end_de_ru(article):
    src = ("Die Fähre verkehrt ab nächstem Monat zweimal täglich. "
           "Die Inselbewohner sagen, der Fahrplan passe Pendlern noch immer nicht.\n\n"
           "Der Rat will den Dienst im Herbst überprüfen.")
    tgt = ("Со следующего месяца паром будет ходить два раза в день. "
           "Жители острова говорят, что расписание по-прежнему неудобно. Поделиться статьей\n\n"
           "Совет пересмотрит работу парома осенью.")
    fs = [f for f in article(src, tgt, "de", "ru") if f.code == "F003"]
    assert fs and major(fs)


def test_shared_this_article_in_a_sentence_no_ui_en_ar(article):
    src = ("He said he had shared this article with his colleagues at the port. "
           "They agreed with its conclusions.\n\nThe council will review the service in the autumn.")
    tgt = ("وقال إنه شارك هذا المقال مع زملائه في الميناء. "
           "واتفقوا مع استنتاجاته.\n\nوسيراجع المجلس الخدمة في الخريف.")
    assert [f for f in article(src, tgt, "en", "ar") if f.code == "F003"] == []


# S004: Indonesian and Malay sentences cut off on a word no sentence ends in

def test_cut_on_sebagai_en_id():
    src = "The season opens on the last Monday in November, a day known locally as Dumping Day."
    tgt = "Musim dibuka pada Senin terakhir bulan November, hari yang oleh warga setempat dikenal sebagai"
    fs = found(src, tgt, "en", "id", "S004")
    assert fs and major(fs)
    assert found(src, "Musim dibuka pada Senin terakhir bulan November, hari yang oleh warga setempat "
                      "dikenal sebagai Dumping Day.", "en", "id", "S004") == []


def test_cut_on_yang_de_id():
    src = "Die Regierung hat ein Gesetz verabschiedet, das kleine Betriebe entlastet."
    tgt = "Pemerintah telah mengesahkan undang-undang yang"
    fs = found(src, tgt, "de", "id", "S004")
    assert fs and major(fs)


def test_cut_on_dengan_en_ms():
    src = "The minister met the fishermen on Friday and discussed the new harbour with them."
    tgt = "Menteri bertemu para nelayan pada hari Jumaat dan membincangkan pelabuhan baharu itu dengan"
    fs = found(src, tgt, "en", "ms", "S004")
    assert fs and major(fs)


def test_sentence_ending_on_noun_without_mark_no_cut_en_id():
    # no closing mark, but it ends on a noun: S010's, not a cut-off
    src = "The new market opened in the town centre on Saturday."
    tgt = "Pasar baru itu dibuka di pusat kota pada hari Sabtu"
    assert found(src, tgt, "en", "id", "S004") == []


# S004: a paragraph's last sentence cut off inside the quotation it opened

def test_cut_inside_open_quotation_en_tr():
    src = ('The director told the council the plant had hired 40 local people. "We are not going '
           'anywhere. Our staff live in this valley, their children go to school here, and we mean '
           'to stay for decades," she said.')
    tgt = ("Müdür, meclise tesisin 40 yerel kişiyi işe aldığını söyledi. “Hiçbir yere gitmiyoruz. "
           "Çalışanlarımız bu vadide yaşıyor, çocukları burada")
    fs = found(src, tgt, "en", "tr", "S004")
    assert fs and major(fs) and "burada" in fs[0].message


def test_cut_inside_open_quotation_de_fr():
    src = ("Die Direktorin sagte dem Rat, das Werk habe 40 Leute aus der Region eingestellt. "
           "„Wir gehen nirgendwohin. Unsere Leute leben in diesem Tal, ihre Kinder gehen hier zur "
           "Schule, und wir wollen jahrzehntelang bleiben“, sagte sie.")
    tgt = ("La directrice a déclaré au conseil que l'usine avait embauché 40 personnes de la région. "
           "« Nous n'allons nulle part. Nos employés vivent dans cette vallée, leurs enfants vont "
           "à l'école ici")
    fs = found(src, tgt, "de", "fr", "S004")
    assert fs and major(fs)


def test_quotation_running_on_into_next_paragraph_no_cut_en_de():
    # the quotation goes on in the next paragraph: its paragraph ends with a mark
    src = ('The director said the plant would stay. "Our staff live in this valley and their '
           'children go to school here.\n\n"We mean to stay for decades," she said.')
    tgt = ("Die Direktorin sagte, das Werk werde bleiben. „Unsere Leute leben in diesem Tal, und "
           "ihre Kinder gehen hier zur Schule.\n\n„Wir wollen jahrzehntelang bleiben“, sagte sie.")
    assert found(src, tgt, "en", "de", "S004") == []


def test_closed_german_quotation_without_final_mark_no_cut_en_de():
    # „…“ closed (German closes with “): no open quotation, only a dropped full stop (S010)
    src = ('The director said: "Our staff live in this valley and their children go to school here."')
    tgt = ("Die Direktorin sagte: „Unsere Leute leben in diesem Tal und ihre Kinder gehen hier zur Schule“")
    assert found(src, tgt, "en", "de", "S004") == []
