"""Session 70 (cx): coverage, form and spelling gaps found by held-out articles
(bench/articles), fixed as classes (written for mtcheck; every example is invented).

1. S001: a Turkish word written twice is a slip, not a reduplication, when it is a
   borrowed word of the source sentence or derived from one (dijital dijital ~ digital),
   or when the translation writes it elsewhere once before the same next word (a fixed
   phrase); bare native reduplications (yavaş yavaş) stay licensed;
2. X001: a name of a source in another script (Hebrew, Russian) that reads back in its
   letters, and that the target's list knows no better than the English one, is no noun
   of a split chain; a numeral noun in the genitive plural (Hunderttausender) is an
   attribute, not a noun strung beside the one before it;
3. C002/C003: a gloss set without a comma beside a one-word name kept as the source
   writes it ("the Wanderverband hiking federation") is not measured, up to the pair's
   expected length;
4. S006: a German present form in -t of a rare verb whose infinitive and participle the
   lists hold (borgt ~ borgen, geborgt) is a real word, but not a common word with its
   umlaut dropped (fuhrt ~ führt); a listed rare word the translation writes three times
   or more is a term of its subject (a fish, a species); a lower-case word of five letters
   or more that romanises characters of a Chinese version is a kept term.
"""

from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, code):
    return [f"{f.severity.label}:{f.text}" for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f"{f.severity.label}:{f.text}" for f in rep.findings if f.code == code and not f.suppressed]


# -- 1. S001: Turkish doubled borrowed words and fixed phrases -------------------------------
def test_turkish_borrowed_word_doubled_is_a_slip():
    assert codes("The museum opened its digital archive on Friday.",
                 "Müze cuma günü dijital dijital arşivini açtı.", "en", "tr", "S001")
    assert codes("The new automatic gates were installed at the harbour.",
                 "Limana yeni otomatik otomatik kapılar takıldı.", "en", "tr", "S001")


def test_turkish_fixed_phrase_doubled_is_a_slip():
    src = ("Farmers fixed solar panels to their barn roofs. Those solar panels feed the village "
           "pumps. Each solar panel cost the cooperative a month of milk sales.")
    tgt = ("Çiftçiler ahır çatılarına güneş panelleri kurdu. Güneş panelleri köyün pompalarını "
           "besliyor. Her güneş güneş paneli kooperatife bir aylık süt satışına mal oldu.")
    found = codes(src, tgt, "en", "tr", "S001")
    assert found and "güneş güneş" in found[0]


def test_turkish_native_reduplication_stays_clean():
    # bare native words, doubled for "one by one", "little by little": no source cognate,
    # and the text never writes the word once before the same next word
    assert codes("The volunteers searched the village house by house.",
                 "Gönüllüler köyü ev ev aradı.", "en", "tr", "S001") == []
    assert codes("The pond's level sank slowly through the night.",
                 "Göletin seviyesi gece boyunca yavaş yavaş düştü.", "en", "tr", "S001") == []
    assert codes("The children ate the apricots slowly. The apricots were sweet.",
                 "Çocuklar kayısıları tek tek yedi. Kayısılar tatlıydı.", "en", "tr", "S001") == []


# -- 2. X001: names of a source in another script; numeral nouns in the genitive ------------
def test_name_read_back_from_another_script_is_no_split_chain():
    tgt = "Die Feuerwehr der Stadt Santa Rosa löschte den Waldbrand in zwei Nächten."
    assert codes("Пожарные города Санта-Роза потушили лесной пожар за две ночи.", tgt, "ru", "de", "X001") == []
    assert codes("כבאי העיר סנטה רוזה כיבו את השריפה בתוך שני לילות.", tgt, "he", "de", "X001") == []


def test_numeral_noun_in_the_genitive_is_no_split_chain():
    from mtcheck.rules.garble import assess
    src = "הפגנה של מאות אלפי תושבים נערכה בכיכר העירייה."
    tgt = "Die Kundgebung Hunderttausender Einwohner fand auf dem Rathausplatz statt."
    assert not [k for k, _a, _b in assess(src, tgt, "he", "de")[1] if k == "split noun chain"]
    assert codes(src, tgt, "he", "de", "X001") == []


def test_split_chain_from_a_hebrew_source_is_still_reported():
    src = "ועדת התחבורה של עיריית חולון אישרה את תוכנית החניה"
    tgt = "Holon Stadt Verkehr Ausschuss genehmigte Parken Plan"
    assert codes(src, tgt, "he", "de", "X001")


# -- 3. C002: a kept one-word name glossed without a comma ----------------------------------
SRC_DE = """Neue Wanderwege im Harz

Der Landkreis hat am Dienstag vier neue Wanderwege rund um den Brocken eröffnet.

Die Wege messen zusammen 38 Kilometer und winden sich durch alte Fichtenwälder.

An den Einstiegen stehen neue Tafeln mit Karten und Hinweisen zur Tierwelt.

Lob kam vom Wanderverband.

Den größeren Teil der 410.000 Euro zahlt das Land.

Bis zum Sommer sollen drei weitere Rastplätze mit Bänken folgen.
"""

TGT_EN = """New hiking trails in the Harz

On Tuesday the district opened four new hiking trails around the Brocken.

The trails measure 38 kilometres in all and wind through old spruce forests.

New boards with maps and notes on the wildlife stand at the starting points.

Praise came from the Wanderverband regional hiking federation.

The state pays the greater part of the 410,000 euros.

By summer, three extra rest areas with benches should follow.
"""


def test_kept_name_with_gloss_is_no_addition(tmp_path):
    assert doc(tmp_path, SRC_DE, TGT_EN, "de", "en", "C002") == []


def test_addition_after_a_kept_name_is_still_reported(tmp_path):
    tgt = TGT_EN.replace("Praise came from the Wanderverband regional hiking federation.",
                         "Praise came from the Wanderverband hiking federation, which now wants a ranger station.")
    assert doc(tmp_path, SRC_DE, tgt, "de", "en", "C002")


def test_gloss_helper_needs_a_head_noun():
    from mtcheck.rules.coverage import _kept_word_gloss
    src = "Lob kam vom Wanderverband."
    assert _kept_word_gloss(src, "Praise came from the Wanderverband hiking federation.", 1.0, "en") > 0
    assert _kept_word_gloss(src, "Praise came from the mountain walkers' federation Wanderverband.", 1.0, "en") == 0
    # no head noun saying what the name is: a verb phrase, not a gloss
    assert _kept_word_gloss(src, "The Wanderverband protested loudly.", 1.0, "en") == 0
    # a name the source does not write: no kept name
    assert _kept_word_gloss(src, "Praise came from the Bergverein climbing association.", 1.0, "en") == 0


# -- 4. S006: rare German verb forms, repeated terms, romanised terms ------------------------
def test_rare_german_verb_form_with_its_paradigm_is_no_slip():
    assert codes("Naapuri lainaa hänelle työkalut.", "Der Nachbar borgt ihm das Werkzeug.",
                 "fi", "de", "S006") == []
    assert codes("Aurinko vaalentaa vanhat laudat.", "Die Sonne bleicht die alten Bretter.",
                 "fi", "de", "S006") == []


def test_german_umlaut_dropped_is_still_a_slip():
    assert codes("Tie johtaa kylään.", "Der Weg fuhrt ins Dorf.", "fi", "de", "S006")


def test_rare_word_repeated_is_a_term(tmp_path):
    src = ("Angler am Weiher fingen im Mai eine Schleie. Die Schleie lebt im Schlamm. "
           "Schleien sind selten geworden, sagte der Verein.")
    tgt = ("Anglers at the pond caught a tench in May. The tench lives in the mud. "
           "Tench have become rare, the club said.")
    assert codes(src, tgt, "de", "en", "S006") == []
    # once only: still a possible slip
    assert codes("Angler fingen im Mai eine Schleie.", "Anglers caught a tench in May.", "de", "en", "S006")


def test_romanised_chinese_term_is_no_slip():
    src = "铸造工序中最关键的是“摊锭”，即把铜锭摊开冷却。"
    tgt = "The key step of the casting is tanding, the spreading of the copper ingots to cool."
    assert codes(src, tgt, "zh", "en", "S006") == []
    # the source without those characters: a slip of "standing"
    assert codes("铸造工序中最关键的是冷却。", tgt, "zh", "en", "S006")
