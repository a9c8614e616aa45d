"""Session 68 (helper nf): names N003 and N004 took for lost or swapped where the
translation renders them, each class on invented examples of its own.

1. A number word or a compound adjective made of one, capitalised where it opens a
   sentence (Czech "sixty-two-year-old", Croatian "fifty-year-old"): a number, no name.
2. A Czech or Slovak surname in its dative in -ovi (Polish -owi) drops the fleeting e of
   its nominative (Hájek ~ Hájkovi): the translation's nominative renders it.
3. A Greek adjective in -ής in its genitive (-ούς), as a ruler's epithet is written
   (… του Ευγενούς ~ the Noble): a common word, translated.
4. A Greek body's name (a cooperative, a programme, an organisation …) closed by a place
   in the genitive, rendered by that place's nominative in Latin letters, or in German
   joined to the compass point the name puts before it (… Δυτικής Θεσσαλίας ~
   Westthessalien).
5. Into Swahili, a body's name built with connectives around the source name's place,
   its rarer English words (Zipf 2 to 3) translated with it.
6. The place word of an English common noun that other languages say without the place
   (Norway spruce ~ Fichten, Brussels sprouts ~ Rosenkohl).
7. The planets in Korean, Chinese and Japanese characters (Saturn ~ 토성, 土星), and
   England by its Thai name (อังกฤษ), which is no transcription.
8. A company's legal form (Ltd) written out in another script: its other words decide.
"""
from __future__ import annotations

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str, want: tuple[str, ...] = ("N003", "N004")) -> list[str]:
    return [f"{f.code}:{f.severity.label}:{f.text}" for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code in want and not f.suppressed]


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, want: tuple[str, ...] = ("N003", "N004")) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f"{f.code}:{f.severity.label}:{f.text}" for f in rep.findings
            if f.code in want and not f.suppressed and f.document == str(t)]


# 1. number words

def test_czech_age_adjective_opening_a_sentence_is_no_name():
    src = "Dvaašedesátiletý truhlář z Jihlavy v sobotu zvítězil v horském maratonu."
    tgt = "The 62-year-old carpenter from Jihlava won the mountain marathon on Saturday."
    assert codes(src, tgt, "cs", "en") == []


def test_czech_age_adjective_in_an_article_is_no_name(tmp_path):
    src = ("Truhlář z Jihlavy vyhrál horský maraton.\n\n"
           "Dvaašedesátiletý běžec trať zaběhl za necelé čtyři hodiny.")
    tgt = ("A carpenter from Jihlava has won a mountain marathon.\n\n"
           "The 62-year-old runner finished the course in just under four hours.")
    assert doc(tmp_path, src, tgt, "cs", "en") == []


def test_croatian_age_adjective_opening_a_sentence_is_no_name():
    src = "Pedesetogodišnji ribar iz Komiže ulovio je tunu od 300 kilograma."
    tgt = "The 50-year-old fisherman from Komiža caught a 300-kilogram tuna."
    assert codes(src, tgt, "hr", "en") == []


def test_a_name_beside_the_age_adjective_is_still_judged():
    src = "Dvaašedesátiletý truhlář Jan Horák z Jihlavy v sobotu zvítězil v horském maratonu."
    tgt = "The 62-year-old carpenter Jan Kratochvíl from Jihlava won the mountain marathon on Saturday."
    assert any(c.startswith(("N003", "N004")) for c in codes(src, tgt, "cs", "en"))


# 2. the dative with a fleeting vowel

def test_czech_dative_surname_without_its_fleeting_vowel_is_rendered():
    src = "Rada města zároveň udělila Hájkovi čestné občanství za práci pro místní hasiče."
    tgt = "The town council also granted Hájek honorary citizenship for his work with the local fire brigade."
    assert codes(src, tgt, "cs", "en") == []


def test_polish_dative_surname_without_its_fleeting_vowel_is_rendered():
    src = "Sąd przyznał Sadowskiemu odszkodowanie, a Wróblowi zwrot kosztów."
    tgt = "The court awarded Sadowski damages and Wróbel his costs."
    assert codes(src, tgt, "pl", "en") == []


def test_czech_dative_surname_put_for_another_is_still_a_swap():
    src = "Rada města zároveň udělila Hájkovi čestné občanství za práci pro místní hasiče."
    tgt = "The town council also granted Kratochvíl honorary citizenship for his work with the local fire brigade."
    assert any(c.startswith("N004") for c in codes(src, tgt, "cs", "en"))


# 3. a Greek adjective in the genitive

def test_greek_epithet_in_the_genitive_is_translated():
    src = "Η εκκλησία ανεγέρθηκε το 1120 επί αυτοκράτορα Κωνσταντίνου του Ευγενούς και ανακαινίστηκε το 1780."
    tgt = "Die Kirche wurde 1120 unter Kaiser Konstantin dem Edlen errichtet und 1780 renoviert."
    assert codes(src, tgt, "el", "de") == []


def test_greek_emperor_swapped_beside_the_epithet_is_still_flagged():
    src = "Η εκκλησία ανεγέρθηκε το 1120 επί αυτοκράτορα Κωνσταντίνου του Ευγενούς και ανακαινίστηκε το 1780."
    tgt = "Die Kirche wurde 1120 unter Kaiser Theodor dem Edlen errichtet und 1780 renoviert."
    assert any(c.startswith(("N003", "N004")) for c in codes(src, tgt, "el", "de"))


# 4. a Greek body's name rendered by its place

def test_greek_cooperative_rendered_by_its_short_place():
    src = "Η Οργάνωση Αλιέων Νάξου κατέγραψε φέτος αλιεύματα 212 τόνων, 9% περισσότερα από πέρσι."
    tgt = "L'organisation des pêcheurs de Naxos a enregistré cette année des prises de 212 tonnes, 9 % de plus que l'an dernier."
    assert codes(src, tgt, "el", "fr") == []


def test_greek_programme_rendered_by_a_compass_compound():
    src = "Η μελέτη κόστισε 900.000 ευρώ και την πλήρωσε το Αναπτυξιακό Πρόγραμμα Δυτικής Θεσσαλίας."
    tgt = "Die Studie kostete 900.000 Euro und wurde vom Entwicklungsprogramm Westthessalien bezahlt."
    assert codes(src, tgt, "el", "de") == []


def test_greek_body_with_another_place_is_still_flagged():
    src = "Η Οργάνωση Αλιέων Νάξου κατέγραψε φέτος αλιεύματα 212 τόνων, 9% περισσότερα από πέρσι."
    tgt = "L'organisation des pêcheurs de Paros a enregistré cette année des prises de 212 tonnes, 9 % de plus que l'an dernier."
    assert any(c.startswith(("N003", "N004")) for c in codes(src, tgt, "el", "fr"))


def test_greek_programme_with_another_region_is_still_a_swap():
    src = "Η μελέτη κόστισε 900.000 ευρώ και την πλήρωσε το Αναπτυξιακό Πρόγραμμα Δυτικής Θεσσαλίας."
    tgt = "Die Studie kostete 900.000 Euro und wurde vom Entwicklungsprogramm Ostkreta bezahlt."
    assert any(c.startswith("N004") for c in codes(src, tgt, "el", "de"))


# 5. into Swahili, a body's name built around its place

def test_swahili_cooperative_built_around_its_place():
    src = "The Garissa Potters Cooperative Society, founded in 2009, now sells its pots in three towns."
    tgt = "Ushirika wa Wafinyanzi wa Garissa, ulioanzishwa mwaka 2009, sasa unauza vyungu vyake katika miji mitatu."
    assert codes(src, tgt, "en", "sw") == []


def test_swahili_cooperative_with_another_place_is_still_flagged():
    src = "The Garissa Potters Cooperative Society, founded in 2009, now sells its pots in three towns."
    tgt = "Ushirika wa Wafinyanzi wa Wajir, ulioanzishwa mwaka 2009, sasa unauza vyungu vyake katika miji mitatu."
    assert any(c.startswith(("N003", "N004")) for c in codes(src, tgt, "en", "sw"))


# 6. a place word fixed in a common noun

def test_norway_spruce_and_brussels_sprouts_are_no_places():
    assert codes("The ridge above the village is planted with Norway spruce and larch.",
                 "Der Kamm über dem Dorf ist mit Fichten und Lärchen bepflanzt.", "en", "de") == []
    assert codes("The allotment grows Brussels sprouts and leeks, and German measles is going round the school.",
                 "Im Schrebergarten wachsen Rosenkohl und Lauch, und in der Schule gehen die Röteln um.",
                 "en", "de") == []


def test_the_country_itself_is_still_a_name():
    src = "The ridge above the village was bought by a timber firm from Norway in 2015."
    tgt = "Der Kamm über dem Dorf wurde 2015 von einer Holzfirma aus Schweden gekauft."
    assert any(c.startswith(("N003", "N004")) for c in codes(src, tgt, "en", "de"))


# 7. the planets in characters

def test_planets_in_korean_chinese_and_japanese():
    src = "The probe will swing past Saturn in 2031 and reach Neptune nine years later."
    for tgt, tl in (("탐사선은 2031년 토성을 지나 9년 뒤 해왕성에 도착한다.", "ko"),
                    ("探测器将于2031年飞掠土星，九年后抵达海王星。", "zh"),
                    ("探査機は2031年に土星をかすめ、9年後に海王星に到達する。", "ja")):
        assert codes(src, tgt, "en", tl) == [], tl


def test_a_planet_left_out_in_korean_is_still_noted():
    src = "The probe will swing past Saturn in 2031 and reach Neptune nine years later."
    tgt = "탐사선은 2031년 지나 9년 뒤 도착한다."
    assert any(c.startswith("N003") for c in codes(src, tgt, "en", "ko"))


def test_england_by_its_thai_name():
    src = "The museum in Bristol lends two paintings to galleries in England and Scotland each year."
    tgt = "พิพิธภัณฑ์ในบริสตอลให้หอศิลป์ในอังกฤษและสกอตแลนด์ยืมภาพวาดสองภาพทุกปี"
    assert not any("England" in c for c in codes(src, tgt, "en", "th"))
    other = "พิพิธภัณฑ์ในบริสตอลให้หอศิลป์ในฝรั่งเศสและสกอตแลนด์ยืมภาพวาดสองภาพทุกปี"
    assert codes(src, other, "en", "th")


# 8. a legal form written out in another script

def test_legal_form_written_out_in_cyrillic():
    src = "The tribunal fined Harbinger Textiles Ltd for delaying wages by four months."
    tgt = "Трибунал оштрафовал компанию «Харбингер Текстайлс Лимитед» за задержку зарплаты на четыре месяца."
    assert codes(src, tgt, "en", "ru") == []


def test_another_company_in_cyrillic_is_still_a_swap():
    src = "The tribunal fined Harbinger Textiles Ltd for delaying wages by four months."
    tgt = "Трибунал оштрафовал компанию «Вестфилд Текстайлс Лимитед» за задержку зарплаты на четыре месяца."
    assert any(c.startswith("N004") for c in codes(src, tgt, "en", "ru"))
