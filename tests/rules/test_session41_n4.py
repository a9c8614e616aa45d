"""Session 41 (n4): false alarms and misses of the language, form, terminology and
coverage rules found by the held-out batch s41 (bench/articles/s41*), fixed as classes.

1. L002: capitalised parts joined by hyphens, each a name of the source in some case
   (a region named after two towns: Joensuu-Kuopio ~ Joensuun ja Kuopion), are names,
   not a word left untranslated;
2. L002: a Turkish source sets a proper noun's case ending off with an apostrophe
   (Malatya'daki), so such a word is a name of the source even where it only ever opens
   a sentence there (Malatya's in English or Dutch is no copy);
3. X001: a run of capitalised words each at least as common in English as in German, two
   of them clearly commoner (an English company name: Japan General Investment Bank),
   from a source in a third language, is a name kept in English, not nouns strung in
   the source's order;
4. C001: in a many-to-one bead, a short source sentence whose figures (digits or number
   words) the target says none of, while it says the other sentences' figures, is a
   sentence dropped (too short for the length test);
5. S004: a Chinese or Japanese source sentence has no spaces, so its length is its
   characters (it was never long enough to judge); German "in" and "ohne" end no sentence
   (no separable particle: that is "ein"); and a sentence that closes its paragraph inside
   a bead the aligner carried on into the next paragraph is judged on its own end;
6. T003: a number's scale word or a currency's name (Millionen, millones, million, kroner)
   is no term: its rendering goes with what it counts (millions d'euros ~ millions de
   kilowattheures);
7. S006: in Italian, Spanish and Portuguese a word shaped as a past participle right after
   its auxiliary (hanno bacchiato, han binado) is a rare verb's form the lists lack, not a
   slip of a word that differs in its first letter (macchiato, minado);
8. T003: two compounds on one head whose modifiers differ from their first letters
   (Waldbrand / Heidebrand, natuurbrand / heidebrand) are two renderings, not two forms of
   one word.
"""

from __future__ import annotations

import mtcheck


def doc_codes(tmp_path, src, tgt, sl, tl, code):
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    r = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f.message for f in r.findings if f.code == code and not f.suppressed]


def codes(src, tgt, sl, tl, code):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


def test_two_source_names_joined_by_a_hyphen_are_names():
    src = ("Yöllä päivystys on suljettu, joten Joensuun ja Kuopion seudulla asuvat potilaat "
           "joutuvat ajamaan pitkälle.")
    assert codes(src, "Weil die Notaufnahme nachts geschlossen ist, müssen Patienten im Raum "
                      "Joensuu-Kuopio weit fahren.", "fi", "de", "L002") == []
    # a source word that is no name, joined to one, is still a copy
    assert codes(src, "Weil die Notaufnahme nachts geschlossen ist, müssen Patienten im Raum "
                      "Joensuu-Seudulla weit fahren.", "fi", "de", "L002")
    src = "Pociąg kursuje co godzinę, a mieszkańcy między Gdańskiem a Gdynią czekają na nowe wagony."
    assert codes(src, "The train runs every hour, and residents of the Gdańsk-Gdynia area are "
                      "waiting for new carriages.", "pl", "en", "L002") == []
    assert codes(src, "The train runs every hour, and residents of the Gdańsk-Mieszkańcy area are "
                      "waiting for new carriages.", "pl", "en", "L002")


_TR = ("Malatya'da yeni otobüs terminali açıldı\n\nMalatya Büyükşehir Belediyesi, yeni terminalin "
       "12 Mayıs 2025 Pazartesi günü hizmete girdiğini açıkladı. Terminal 40 milyon liraya mal oldu."
       "\n\nMalatya'daki eski terminal 1985 yılında açılmıştı.")


def test_turkish_name_with_apostrophe_case_ending_is_a_name_at_sentence_start():
    en = ("New bus terminal opens in Malatya's centre\n\nMalatya Metropolitan Municipality announced "
          "that the new terminal entered service on Monday, 12 May 2025. The terminal cost 40 million "
          "lira.\n\nMalatya's {} terminal opened in 1985.")
    assert codes(_TR, en.format("old"), "tr", "en", "L002") == []
    assert codes(_TR, en.format("eski"), "tr", "en", "L002") == ["eski"]
    nl = ("Nieuw busstation in Malatya\n\nDe grootstedelijke gemeente Malatya maakte bekend dat het "
          "nieuwe station op maandag 12 mei 2025 in gebruik is genomen. Het kostte 40 miljoen lira."
          "\n\nMalatya's {} busstation werd in 1985 geopend.")
    assert codes(_TR, nl.format("oude"), "tr", "nl", "L002") == []
    assert codes(_TR, nl.format("eski"), "tr", "nl", "L002") == ["eski"]


def test_english_company_name_in_german_from_a_third_language():
    src = "日本総合投資銀行のアナリスト、佐藤氏は、利益が減ると述べた。"
    assert codes(src, "Sato, Analyst bei der Japan General Investment Bank, sagte, der Gewinn werde sinken.",
                 "ja", "de", "X001") == []
    # German nouns strung side by side still are a chain
    assert codes(src, "Sato, Analyst bei der Japan Gesamt Investition Bank, sagte, der Gewinn werde sinken.",
                 "ja", "de", "X001")
    src = "华东电力咨询公司分析师王明表示，公司今年的利润可能下降。"
    assert codes(src, "Wang Ming, Analyst bei der China Energy Consulting Group, sagte, der Gewinn des "
                      "Unternehmens könne in diesem Jahr sinken.", "zh", "de", "X001") == []
    assert codes(src, "Wang Ming, Analyst bei der Ostchina Strom Beratung Firma, sagte, der Gewinn des "
                      "Unternehmens könne in diesem Jahr sinken.", "zh", "de", "X001")


def test_short_sentence_with_figures_dropped_in_a_merged_bead(tmp_path):
    en = ("Harbour museum doubles its visitors\n\nThe new harbour museum in Portsmouth welcomed 48,000 "
          "visitors in its first year, far more than the council had expected. Four rooms are shut.\n\n"
          "The director, Helen Marsh, said the museum would open a second café in the spring. Entry will "
          "stay free for children under 12.")
    es = ("El museo del puerto duplica sus visitantes\n\nEl nuevo museo del puerto de Portsmouth recibió "
          "48.000 visitantes en su primer año, muchos más de los que esperaba el ayuntamiento{}.\n\n"
          "La directora, Helen Marsh, dijo que el museo abrirá una segunda cafetería en primavera. La "
          "entrada seguirá siendo gratuita para los menores de 12 años.")
    assert doc_codes(tmp_path, en, es.format(""), "en", "es", "C001")
    assert doc_codes(tmp_path, en, es.format("; cuatro salas están cerradas"), "en", "es", "C001") == []
    fr = ("La coopérative agrandit sa fromagerie\n\nLa coopérative laitière de Poligny, qui regroupe 85 "
          "exploitations du Jura, investira 6,5 millions d'euros dans une nouvelle cave d'affinage d'ici à "
          "2027. Son chiffre d'affaires a progressé de 4 %.\n\nLe directeur, Julien Vuillet, a indiqué que "
          "la cave pourra accueillir jusqu'à 40 000 meules. Les travaux débuteront en mars.")
    en = ("Cooperative expands its cheese dairy\n\nThe Poligny dairy cooperative, which brings together 85 "
          "farms in the Jura, will invest 6.5 million euros in a new ripening cellar by 2027{}.\n\n"
          "The director, Julien Vuillet, said the cellar would be able to hold up to 40,000 wheels. Work "
          "will begin in March.")
    assert doc_codes(tmp_path, fr, en.format(""), "fr", "en", "C001")
    assert doc_codes(tmp_path, fr, en.format(", and its turnover grew by 4%"), "fr", "en", "C001") == []


def test_truncation_after_a_cjk_source_and_german_in_ohne():
    assert codes("该公司计划在未来五年内向欧洲工厂投资二十亿元。",
                 "Das Unternehmen will in den nächsten fünf Jahren zwei Milliarden Yuan in", "zh", "de", "S004")
    assert codes("该公司计划在未来五年内向欧洲工厂投资二十亿元。",
                 "Das Unternehmen will in den nächsten fünf Jahren zwei Milliarden Yuan in seine "
                 "europäischen Werke investieren.", "zh", "de", "S004") == []
    assert codes("市は来年、新しい図書館の建設に十億円を投じる予定だ。",
                 "The city plans to invest one billion yen in the", "ja", "en", "S004")
    assert codes("市は来年、新しい図書館の建設に十億円を投じる予定だ。",
                 "The city plans to invest one billion yen in building a new library next year.",
                 "ja", "en", "S004") == []
    src = "The council wants to invest 40 million euros in new bus lanes over the next four years."
    assert codes(src, "Die Stadt will in den nächsten vier Jahren 40 Millionen Euro in", "en", "de", "S004")
    assert codes(src, "Die Stadt will in den nächsten vier Jahren 40 Millionen Euro in neue Busspuren "
                      "investieren.", "en", "de", "S004") == []
    src = "The museum will reopen in spring without its famous roof garden."
    assert codes(src, "Das Museum wird im Frühjahr wieder öffnen, allerdings ohne", "en", "de", "S004")
    assert codes(src, "Das Museum wird im Frühjahr wieder öffnen, allerdings ohne seinen berühmten "
                      "Dachgarten.", "en", "de", "S004") == []


_ZH = ("新工厂明年投产\n\n该公司表示，位于德国的新工厂将于明年投产，预计雇用八百名员工。公司计划在未来五年内向欧洲"
       "工厂投资二十亿元。\n\n不过，原材料价格上涨给公司带来压力。毛利率由去年的三成降至两成半。")


def test_truncated_paragraph_end_inside_a_bead(tmp_path):
    de = ("Neues Werk geht nächstes Jahr in Betrieb\n\nDas Unternehmen teilte mit, das neue Werk in "
          "Deutschland werde im nächsten Jahr in Betrieb gehen und rund 800 Mitarbeiter beschäftigen. Es "
          "wolle in den kommenden fünf Jahren zwei Milliarden Yuan in{}\n\n不过，原材料价格上涨给公司带来压力。"
          "Die Bruttomarge sank von 30 Prozent im Vorjahr auf 25 Prozent.")
    assert doc_codes(tmp_path, _ZH, de.format(""), "zh", "de", "S004")
    assert doc_codes(tmp_path, _ZH, de.format(" seine europäischen Werke investieren."), "zh", "de", "S004") == []
    en = ("New plant to open next year\n\nThe company said the new plant in Germany would start production "
          "next year and employ around 800 people. It plans to invest two billion yuan {}\n\n"
          "不过，原材料价格上涨给公司带来压力。Its gross margin fell from 30 percent last year to 25 percent.")
    assert doc_codes(tmp_path, _ZH, en.format("over the next five years in the"), "zh", "en", "S004")
    assert doc_codes(tmp_path, _ZH, en.format("in its European plants over the next five years."),
                     "zh", "en", "S004") == []


def test_scale_and_currency_words_are_no_terms(tmp_path):
    de = ("Stadtwerke investieren in Solarstrom\n\nDie Stadtwerke Ulm investieren 12 Millionen Euro in neue "
          "Solaranlagen auf Schuldächern. Das Land steuert 3 Millionen Euro bei.\n\nDie Anlagen sollen jedes "
          "Jahr rund 9 Millionen Kilowattstunden Strom erzeugen. Der Rest von 9 Millionen Euro wird über Kredite "
          "finanziert.\n\nDer Bau der Radwege kostet weitere 4 Millionen Euro.")
    fr = ("Les services municipaux investissent dans le solaire\n\nLes services municipaux d'Ulm investissent "
          "12 millions d'euros dans de nouvelles installations solaires sur les toits des écoles. Le Land apporte "
          "3 millions d'euros.\n\nLes installations devraient produire chaque année environ 9 millions de "
          "kilowattheures d'électricité. Le reste, soit 9 millions d'euros, sera financé par l'emprunt.\n\n"
          "La construction des pistes cyclables coûte encore 4 millions d'euros.")
    assert doc_codes(tmp_path, de, fr, "de", "fr", "T003") == []
    es = ("Las cooperativas facturan más\n\nLas cooperativas de Jaén facturaron 900 millones de euros. La Junta "
          "destinará 20 millones de euros al riego.\n\nLos embalses guardan 300 millones de litros menos que el "
          "año pasado. Los agricultores piden otros 15 millones de euros.\n\nEl nuevo canal costará 40 millones "
          "de euros.")
    it = ("Le cooperative fatturano di più\n\nLe cooperative di Jaén hanno fatturato 900 milioni di euro. La Junta "
          "destinerà 20 milioni di euro all'irrigazione.\n\nI bacini contengono 300 milioni di litri in meno "
          "rispetto all'anno scorso. Gli agricoltori chiedono altri 15 milioni di euro.\n\nIl nuovo canale "
          "costerà 40 milioni di euro.")
    assert doc_codes(tmp_path, es, it, "es", "it", "T003") == []
    # a term of the text rendered two ways is still found
    assert codes("Die Stadt kauft neue Straßenbahnen. Die Straßenbahnen kosten 40 Millionen Euro. Die "
                 "Straßenbahnen fahren ab Mai.", "La ville achète de nouveaux tramways. Les tramways coûtent "
                 "40 millions d'euros. Les métros légers circulent dès mai.", "de", "fr", "T003")
    assert codes("La ciudad construye nuevos embalses. Los embalses cuestan 40 millones de euros. Los "
                 "embalses están vacíos.", "La città costruisce nuovi bacini. I bacini costano 40 milioni di "
                 "euro. Le dighe sono vuote.", "es", "it", "T003")


def test_rare_participle_after_its_auxiliary_is_no_misspelling():
    assert codes("Los campesinos ya han vareado los olivos.", "I contadini hanno già bacchiato gli ulivi.",
                 "es", "it", "S006") == []
    # the same form with no auxiliary before it is still judged
    assert codes("Los campesinos ya han vareado los olivos.", "Gli ulivi bacchiato a mano danno più olio.",
                 "es", "it", "S006") == ["bacchiato"]
    assert codes("I contadini hanno già zappato il campo.", "Los campesinos ya han binado el campo dos veces.",
                 "it", "es", "S006") == []
    assert codes("I contadini hanno già zappato il campo.", "El campo binado dos veces da más trigo.",
                 "it", "es", "S006") == ["binado"]


def test_compound_with_another_modifier_is_another_rendering():
    src = ("The wildfire is spreading fast. Police are warning about the wildfire. "
           "The wildfire is now under control.")
    assert codes(src, "Der Waldbrand breitet sich schnell aus. Die Polizei warnt vor dem Waldbrand. "
                      "Der Heidebrand ist jetzt unter Kontrolle.", "en", "de", "T003")
    assert codes(src, "Der Waldbrand breitet sich schnell aus. Die Polizei warnt vor dem Waldbrand. "
                      "Der Waldbrand ist jetzt unter Kontrolle.", "en", "de", "T003") == []
    assert codes(src, "Der Waldbrand breitet sich schnell aus. Die Polizei warnt vor den Waldbränden. "
                      "Der Waldbrand ist jetzt unter Kontrolle.", "en", "de", "T003") == []
    assert codes(src, "De natuurbrand breidt zich snel uit. De politie waarschuwt voor de natuurbrand. "
                      "De heidebrand is nu onder controle.", "en", "nl", "T003")
    assert codes(src, "De natuurbrand breidt zich snel uit. De politie waarschuwt voor de natuurbranden. "
                      "De natuurbrand is nu onder controle.", "en", "nl", "T003") == []
