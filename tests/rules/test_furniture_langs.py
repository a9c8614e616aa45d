"""Page furniture in the languages added after the first seven: web UI strings (F003)
and picture credits (F002) in Polish, Czech, Swedish, Danish, Norwegian, Finnish,
Turkish, Romanian, Hungarian, Russian and Greek."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.rules.furniture import LANGS

NEW_LANGS = ("pl", "cs", "sv", "da", "nb", "fi", "tr", "ro", "hu", "ru", "el")

# a German source of two paragraphs; the targets add the leaked furniture between them
SRC_DE = "Die Regierung hat den Haushalt vorgestellt.\n\nDie Opposition kritisierte den Entwurf."
SRC_EN = "The government presented the budget.\n\nThe opposition criticised the draft."

# the two sentences of each target language that stand around the furniture
BODY = {
    "pl": ("Rząd przedstawił budżet.", "Opozycja skrytykowała projekt."),
    "cs": ("Vláda představila rozpočet.", "Opozice návrh kritizovala."),
    "sv": ("Regeringen presenterade budgeten.", "Oppositionen kritiserade förslaget."),
    "da": ("Regeringen fremlagde finansloven.", "Oppositionen kritiserede forslaget."),
    "nb": ("Regjeringen la fram budsjettet.", "Opposisjonen kritiserte forslaget."),
    "fi": ("Hallitus esitteli talousarvion.", "Oppositio arvosteli esitystä."),
    "tr": ("Hükümet bütçeyi açıkladı.", "Muhalefet taslağı eleştirdi."),
    "ro": ("Guvernul a prezentat bugetul.", "Opoziția a criticat proiectul."),
    "hu": ("A kormány bemutatta a költségvetést.", "Az ellenzék bírálta a tervezetet."),
    "ru": ("Правительство представило бюджет.", "Оппозиция раскритиковала проект."),
    "el": ("Η κυβέρνηση παρουσίασε τον προϋπολογισμό.", "Η αντιπολίτευση επέκρινε το σχέδιο."),
}


def findings(code: str, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


def own_paragraph(tl: str, furniture: str) -> str:
    """The furniture as a paragraph of its own between two sentences of the language."""
    a, b = BODY[tl]
    return f"{a}\n\n{furniture}\n\n{b}"


def test_languages_are_loaded():
    assert set(NEW_LANGS) <= set(LANGS)


# -- F003: a UI string on a paragraph of its own -------------------------------------------
OWN = [
    ("pl", "Czytaj więcej"),
    ("pl", "Pokaż więcej"),
    ("pl", "Dalsza część artykułu pod materiałem wideo"),
    ("cs", "Zobrazit více"),
    ("cs", "Komerční sdělení"),
    ("sv", "Läs mer"),
    ("sv", "Dela på Facebook"),
    ("da", "Artiklen fortsætter efter annoncen"),
    ("da", "Læs mere"),
    ("nb", "Vis mer"),
    ("nb", "Les også"),
    ("fi", "Lue lisää"),
    ("fi", "Kaupallinen yhteistyö"),
    ("tr", "Devamını oku"),
    ("tr", "Facebook'ta paylaş"),
    ("ro", "Citește mai mult"),
    ("ro", "Articolul continuă după reclamă"),
    ("hu", "Hirdetés"),
    ("hu", "Tovább olvasom"),
    ("ru", "Показать еще"),
    ("ru", "Читайте также"),
    ("el", "Διαβάστε περισσότερα"),
    ("el", "Αποδοχή όλων"),
]


@pytest.mark.parametrize("tl,ui", OWN, ids=[f"{tl}-{i}" for i, (tl, _ui) in enumerate(OWN)])
def test_ui_string_on_a_paragraph_of_its_own(tl, ui):
    assert findings("F003", SRC_DE, own_paragraph(tl, ui), "de", tl) == [ui]


# -- F003: glued to a paragraph, teaser labels, strong markers, cookie banners ----------------
GLUED = [
    # glued to the end, after the paragraph's last sentence
    ("cs", "Vláda představila rozpočet. Zobrazit více", "Zobrazit více"),
    ("fi", "Hallitus esitteli talousarvion. Lue lisää", "Lue lisää"),
    ("tr", "Hükümet bütçeyi açıkladı. Devamı", "Devamı"),
    # a teaser label at the start of a paragraph
    ("pl", "Czytaj także: Rząd zmienia przepisy podatkowe", "Czytaj także: Rząd zmienia przepisy podatkowe"),
    ("cs", "Čtěte také: Sněmovna odmítla návrh", "Čtěte také: Sněmovna odmítla návrh"),
    ("sv", "Läs också: Statsministern avgår", "Läs också: Statsministern avgår"),
    ("da", "Læs også: Statsministeren går af", "Læs også: Statsministeren går af"),
    ("nb", "Les også: Statsministeren går av", "Les også: Statsministeren går av"),
    ("fi", "Lue myös: Pääministeri eroaa", "Lue myös: Pääministeri eroaa"),
    ("tr", "İlgili haber: Bakan istifa etti", "İlgili haber: Bakan istifa etti"),
    ("ro", "Citește și: Premierul demisionează", "Citește și: Premierul demisionează"),
    ("ro", "Citeşte şi: Premierul demisionează", "Citeşte şi: Premierul demisionează"),
    ("hu", "Kapcsolódó: Lemondott a miniszter", "Kapcsolódó: Lemondott a miniszter"),
    ("ru", "Читайте также: Премьер-министр ушёл в отставку", "Читайте также: Премьер-министр ушёл в отставку"),
    ("el", "Διαβάστε επίσης: Παραιτήθηκε ο πρωθυπουργός", "Διαβάστε επίσης: Παραιτήθηκε ο πρωθυπουργός"),
    # an advertisement marker in capitals between two sentences of a paragraph
    ("pl", "Rząd przedstawił budżet. REKLAMA Opozycja skrytykowała projekt.", "REKLAMA"),
    ("sv", "Regeringen presenterade budgeten. ANNONS Oppositionen kritiserade förslaget.", "ANNONS"),
    ("fi", "Hallitus esitteli talousarvion. MAINOS Oppositio arvosteli esitystä.", "MAINOS"),
    ("ro", "Guvernul a prezentat bugetul. PUBLICITATE Opoziția a criticat proiectul.", "PUBLICITATE"),
    ("ru", "Правительство представило бюджет. РЕКЛАМА Оппозиция раскритиковала проект.", "РЕКЛАМА"),
    ("el", "Η κυβέρνηση παρουσίασε τον προϋπολογισμό. ΔΙΑΦΗΜΙΣΗ Η αντιπολίτευση επέκρινε το σχέδιο.",
     "ΔΙΑΦΗΜΙΣΗ"),
    # cookie banners
    ("pl", "Używamy plików cookie, aby ułatwić korzystanie z serwisu.",
     "Używamy plików cookie, aby ułatwić korzystanie z serwisu."),
    ("tr", "Sitemizde çerezler kullanılmaktadır.", "Sitemizde çerezler kullanılmaktadır."),
    ("hu", "Ez a weboldal sütiket használ.", "Ez a weboldal sütiket használ."),
    ("ru", "Мы используем файлы cookie для улучшения работы сайта.",
     "Мы используем файлы cookie для улучшения работы сайта."),
]


@pytest.mark.parametrize("tl,tgt,ui", GLUED, ids=[f"{tl}-{i}" for i, (tl, _t, _u) in enumerate(GLUED)])
def test_ui_string_glued_labelled_or_marked(tl, tgt, ui):
    assert findings("F003", SRC_EN, f"{tgt}\n\n{BODY[tl][1]}", "en", tl) == [ui]


# -- F003: the same words in running text are no UI string -------------------------------------
RUNNING = [
    ("pl", "Czytaj więcej o tym w raporcie, który opublikowano w poniedziałek."),
    ("pl", "Reklama Coca-Coli wywołała oburzenie w sieci."),
    ("pl", "Minister nie chciał powiedzieć nic więcej."),
    ("cs", "Další článek zákona upravuje daně."),
    ("cs", "Reklama na alkohol bude od ledna zakázána."),
    ("sv", "Läs mer om budgeten på regeringens webbplats."),
    ("sv", "Hon vill dela med sig av sina erfarenheter."),
    ("da", "Del af pengene går til skolerne."),
    ("da", "Annoncen blev trukket tilbage efter kritik."),
    ("nb", "Les mer om saken i morgendagens avis."),
    ("nb", "Reklame for alkohol er forbudt i Norge."),
    ("fi", "Lue lisää aiheesta hallituksen tiedotteesta."),
    ("fi", "Mainos herätti kohua sosiaalisessa mediassa."),
    ("tr", "Bakan, devamını okumak isteyenlere raporu önerdi."),
    ("tr", "Reklam sektörü geçen yıl büyüdü."),
    ("ro", "Citește mai mult despre buget în raportul publicat luni."),
    ("ro", "Publicitate electorală este interzisă în ziua votului."),
    ("hu", "A hirdetés szerint a lakás eladó."),
    ("hu", "Tovább nőtt az infláció januárban."),
    ("ru", "Читайте также интервью министра в нашем журнале."),
    ("ru", "Реклама алкоголя будет запрещена."),
    ("el", "Η διαφήμιση του προϊόντος προκάλεσε αντιδράσεις."),
    ("el", "Περισσότερα από 200 άτομα συμμετείχαν στη διαδήλωση."),
]


@pytest.mark.parametrize("tl,sentence", RUNNING, ids=[f"{tl}-{i}" for i, (tl, _s) in enumerate(RUNNING)])
def test_ui_words_in_running_text(tl, sentence):
    a, b = BODY[tl]
    assert findings("F003", SRC_DE, f"{a} {sentence}\n\n{b}", "de", tl) == []
    assert findings("F003", SRC_DE, f"{sentence}\n\n{b}", "de", tl) == []


# -- F002: credit labels and agencies of the new languages -------------------------------------
CREDITS = [
    ("pl", "Zdjęcie: PAP"),
    ("pl", "Fot. PAP/Radek Pietruszka"),
    ("pl", "Źródło: Agencja Gazeta"),
    ("cs", "Zdroj: ČTK"),
    ("sv", "Källa: TT"),
    ("da", "Kilde: Ritzau Scanpix"),
    ("nb", "Kilde: NTB"),
    ("fi", "Kuva: Lehtikuva"),
    ("tr", "Fotoğraf: Anadolu Ajansı"),
    ("ro", "Sursa foto: Inquam Photos"),
    ("ro", "Sursă: Agerpres"),
    ("hu", "Fotó: MTI/Koszticsák Szilárd"),
    ("hu", "Forrás: MTI"),
    ("ru", "Фото: РИА Новости"),
    ("el", "Φωτογραφία: Eurokinissi"),
    ("el", "Πηγή: ΑΠΕ-ΜΠΕ"),
]


@pytest.mark.parametrize("tl,credit", CREDITS, ids=[f"{tl}-{i}" for i, (tl, _c) in enumerate(CREDITS)])
def test_credit_on_a_line_of_its_own(tl, credit):
    assert findings("F002", SRC_DE, own_paragraph(tl, credit), "de", tl) == [credit]


@pytest.mark.parametrize("tl,tgt,credit", [
    ("fi", "Ministeri erosi maanantaina. Lehtikuva", "Lehtikuva"),
    ("da", "Ministeren trådte tilbage mandag. Ritzau Scanpix", "Ritzau Scanpix"),
    ("tr", "Bakan pazartesi günü istifa etti. Fotoğraf: AA", "Fotoğraf: AA"),
])
def test_credit_at_the_end_of_a_paragraph(tl, tgt, credit):
    assert findings("F002", SRC_EN, f"{tgt}\n\n{BODY[tl][1]}", "en", tl) == [credit]


@pytest.mark.parametrize("tl,tgt", [
    # an agency named in prose, or the sign-off of agency copy, is no picture credit
    ("da", "Ministeren trådte tilbage mandag, skriver Ritzau."),
    ("ru", "Министр подал в отставку, сообщает Интерфакс."),
    ("fi", "Ministeri erosi maanantaina. (STT)"),
    ("hu", "A miniszter hétfőn lemondott. (MTI)"),
    ("tr", "Bakan pazartesi günü istifa etti. (Anadolu Ajansı)"),
    # written in capitals at the end of a sentence, these agencies are prose, not credits
    ("ro", "Ministrul a demisionat luni, transmite AGERPRES."),
    ("el", "Ο υπουργός παραιτήθηκε, σύμφωνα με το ΑΠΕ-ΜΠΕ."),
    # a credit label in running text
    ("pl", "Źródło w ministerstwie potwierdziło te informacje."),
    ("hu", "A kép szerint a tüntetők békések voltak."),
])
def test_agency_or_label_in_prose_is_no_credit(tl, tgt):
    assert findings("F002", SRC_EN, f"{tgt}\n\n{BODY[tl][1]}", "en", tl) == []


# -- session 31: web UI lines and credits of 15 more languages, scripts without capitals ---
@pytest.mark.parametrize("tl,line", [
    ("ca", "Llegeix més"), ("hr", "Pročitajte više"), ("sr", "Прочитајте више"), ("sl", "Preberi več"),
    ("sk", "Čítať ďalej"), ("bg", "Прочетете още"), ("uk", "Читати далі"), ("lt", "Skaityti daugiau"),
    ("lv", "Lasīt vairāk"), ("et", "Loe edasi"), ("ja", "続きを読む"), ("zh", "阅读更多"), ("ko", "더 보기"),
    ("ar", "اقرأ المزيد"), ("he", "קרא עוד"),
])
def test_ui_line_of_more_languages(article, tl, line):
    src = ["The government announced new measures on Monday.", "Prices rose by 3 percent last year."]
    tgt = {"ca": ["El govern va anunciar noves mesures dilluns.", "Els preus van pujar un 3 per cent l'any passat."],
           "ja": ["政府は月曜日、新たな対策を発表した。", "昨年、物価は3％上昇した。"],
           "zh": ["政府周一宣布了新措施。", "去年物价上涨了3%。"],
           "ko": ["정부는 월요일 새로운 대책을 발표했다.", "지난해 물가는 3% 올랐다."],
           "ar": ["أعلنت الحكومة يوم الاثنين عن إجراءات جديدة.", "ارتفعت الأسعار بنسبة 3 في المئة العام الماضي."],
           "he": ["הממשלה הודיעה ביום שני על צעדים חדשים.", "המחירים עלו ב-3 אחוזים בשנה שעברה."]}
    body = tgt.get(tl, ["Vláda oznámila v pondelok nové opatrenia.", "Ceny vlani stúpli o 3 percentá."])
    fs = article(src, body[:1] + [line] + body[1:], "en", tl)
    assert [f.code for f in fs if f.code == "F003"] == ["F003"], [(f.code, f.message) for f in fs]


def test_a_caption_and_its_credit_in_a_script_without_capitals(article):
    src = ["China's exports rise 7.1% in May as shipments to Southeast Asia surge",
           "China's exports grew 7.1% year-on-year in May to $302.4 billion, customs data showed on Sunday.",
           "Imports rose 2.5% to $219.7 billion, leaving a trade surplus of $82.6 billion.",
           "Shipments to Southeast Asian nations jumped 22.5%, while exports to the United States edged up 3.6%.",
           "The European Union is due to decide by July 4 whether to impose tariffs on Chinese electric vehicles.",
           "Premier Li Qiang has set an economic growth target of around 5% for this year."]
    zh = ["中国5月出口增长7.1%，对东南亚出货量激增",
          "海关数据周日显示，中国5月出口同比增长7.1%，至3024亿美元。",
          "进口增长2.5%，至2197亿美元，贸易顺差为826亿美元。",
          "对东南亚国家的出口大增22.5%，对美国出口则小幅增长3.6%。",
          "欧盟将于7月4日前决定是否对中国电动汽车征收关税。",
          "国务院总理李强将今年的经济增长目标定为5%左右。"]
    fs = article(src, zh[:3] + ["图为深圳盐田港的集装箱码头。", "图片来源：新华社"] + zh[3:], "en", "zh")
    assert {"F001", "F002"} <= {f.code for f in fs}, [(f.code, f.message) for f in fs]
    assert not {"F001", "F002"} & {f.code for f in article(src, zh, "en", "zh")}


# (session 33) UI strings of ten more languages' news sites: a paragraph of its own, and
# the same words inside a sentence stay text
MORE_BODY = {
    "id": ("Pemerintah mengumumkan anggaran.", "Oposisi mengkritik rancangan itu.", "Baca selengkapnya"),
    "ms": ("Kerajaan membentangkan bajet.", "Pembangkang mengkritik draf itu.", "Baca lagi"),
    "vi": ("Chính phủ công bố ngân sách.", "Phe đối lập chỉ trích dự thảo.", "Xem thêm"),
    "hi": ("सरकार ने बजट पेश किया।", "विपक्ष ने मसौदे की आलोचना की।", "और पढ़ें"),
    "bn": ("সরকার বাজেট পেশ করেছে।", "বিরোধী দল খসড়ার সমালোচনা করেছে।", "আরও পড়ুন"),
    "ur": ("حکومت نے بجٹ پیش کیا۔", "اپوزیشن نے مسودے پر تنقید کی۔", "مزید پڑھیں"),
    "fa": ("دولت بودجه را ارائه کرد.", "مخالفان طرح را نقد کردند.", "بیشتر بخوانید"),
    "ta": ("அரசு பட்ஜெட்டை தாக்கல் செய்தது.", "எதிர்க்கட்சி வரைவை விமர்சித்தது.", "மேலும் படிக்க"),
    "th": ("รัฐบาลเสนองบประมาณ", "ฝ่ายค้านวิจารณ์ร่างดังกล่าว", "อ่านเพิ่มเติม"),
    "sw": ("Serikali iliwasilisha bajeti.", "Upinzani ulikosoa rasimu hiyo.", "Soma zaidi"),
}


@pytest.mark.parametrize("tl", sorted(MORE_BODY))
def test_ui_strings_of_more_languages(tl):
    a, b, ui = MORE_BODY[tl]
    assert findings("F003", SRC_EN, f"{a}\n\n{ui}\n\n{b}", "en", tl) == [ui]
    assert findings("F003", SRC_EN, f"{a}\n\n{b}", "en", tl) == []


# (session 34) a UI string written, as Persian writes it, with a zero-width non-joiner
# (اشتراک‌گذاری, "share"): the document's text has lost it, so the lexicon must match without
# (a finding's text is the user's, as given)
@pytest.mark.parametrize("ui", ["اشتراک\u200cگذاری", "اشتراکگذاری"])
def test_persian_ui_string_with_a_zero_width_non_joiner(ui):
    a, b, _ = MORE_BODY["fa"]
    assert findings("F003", SRC_EN, f"{a}\n\n{ui}\n\n{b}", "en", "fa") == [ui]
    assert findings("F003", SRC_EN.split("\n\n")[0], ui, "en", "fa") == [ui]


# (session 34) Chinese and Japanese glue a picture's label and credit to the caption with
# no space (…磨西鎮）写真：ロイター); a data source's label (出典, 来源) stays text
@pytest.mark.parametrize("tgt,tl,want", [
    ("倒壊した住宅の前で片付けをする住民（14日、四川省瀘定県磨西鎮）写真：ロイター", "ja", ["F001", "F002"]),
    ("莱拉·法拉哈尼在颁奖典礼上手捧金狮奖。图片：路透社", "zh", ["F001", "F002"]),
    ("物価は上昇した。出典：総務省", "ja", []),
    ("5月消费价格上涨2%，数据来源：国家统计局。", "zh", []),
])
def test_a_credit_glued_to_a_cjk_caption(tgt, tl, want):
    src = "Residents clear up in front of a collapsed house. Prices rose 2% in May."
    assert sorted({f.code for f in mtcheck.check_pair(src, tgt, "en", tl) if f.code in ("F001", "F002")}) == want
