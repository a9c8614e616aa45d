"""Session 68 (cx): a reduplicated adverb before its linker again is no repeated phrase
(C007); a German article doubled right after a preposition is a slip even in a clause a
conjunction opens (S001); a source sentence of two main clauses translated as two
sentences is no addition (C002); a sentence dropped where the aligner paired its
neighbour across a paragraph break is an omission (C001).  Examples invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.model import Segment
from mtcheck.rules.context import BeadView
from mtcheck.rules.coverage import _clause_splits, _shifted_pair


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list:
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=Config(select=[code]))
            if f.code == code]


# -- C007: a word, a linker and the word again, then the linker opening the next phrase ----

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("They worked shoulder to shoulder for years.",
     "Walifanya kazi bega kwa bega kwa miaka mingi.", "en", "sw"),
    ("They checked the houses one by one for the residents' safety.",
     "Mereka memeriksa rumah satu demi satu demi keselamatan warga.", "en", "id"),
    ("Mereka membangun tembok itu dengan tangan.",
     "They rebuilt the wall stone by stone by hand.", "id", "en"),
    ("The volunteers cleaned the beach in groups of ten.",
     "Les bénévoles ont nettoyé la plage mètre par mètre par groupes de dix.", "en", "fr"),
])
def test_reduplicated_adverb_is_no_repeated_phrase(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "C007") == []


@pytest.mark.parametrize("src,tgt,sl,tl,text", [
    # the word said a third time: a loop
    ("They worked for years.", "Walifanya kazi bega kwa bega kwa bega kwa miaka.", "en", "sw", "bega kwa"),
    # the linker first, then a word: "kwa X kwa X" is no reduplication
    ("They worked for the farmers.", "Walifanya kazi kwa wakulima kwa wakulima wote.", "en", "sw",
     "kwa wakulima"),
    ("Sie gingen zur Arbeit.", "They went to work to work.", "de", "en", "to work"),
    # a name is no reduplicated adverb
    ("They drove by car.", "They drove Leeds by Leeds by car.", "en", "en", "Leeds by"),
])
def test_loops_beside_linkers_still_reported(src, tgt, sl, tl, text):
    assert [f.text for f in codes(src, tgt, sl, tl, "C007")] == [text]


# -- S001: a German article doubled after a preposition --------------------------------

@pytest.mark.parametrize("tgt,text", [
    ("Er berichtete, dass die Gemeinde mit dem dem Zuschuss eine Brücke baut.", "dem dem"),
    ("Sie weiß, dass die Klinik ihren Strom von der der neuen Anlage bezieht.", "der der"),
])
def test_article_doubled_after_preposition_in_subordinate_clause(tgt, text):
    found = codes("The town is building a bridge with the grant.", tgt, "en", "de", "S001")
    assert [f.text for f in found] == [text]


@pytest.mark.parametrize("tgt", [
    "Die Halle, in der der Chor probt, ist alt.",   # preposition, relative pronoun, article
    "Sie glaubt, dass das das Ende ist.",           # demonstrative and article after "dass"
    "Er sagte, weil die die Schule leitende Frau zustimmte, fließe das Geld dorthin.",
])
def test_licensed_german_pairs_stay_clean(tgt):
    assert codes("The hall is old.", tgt, "en", "de", "S001") == []


# -- C002: the two main clauses of one source sentence, two sentences in the translation --

MUSEUM_EN = [
    "Riverside museum opens new wing",
    "The Hartwell Museum in Lindport opened its new east wing on Saturday after two years of building work.",
    "The wing, which cost 3.2 million pounds, drew 18,400 visitors in its first month; curators expect "
    "the number to fall once the summer holidays end.",
    "Entry to the new galleries is free until October.",
]
MUSEUM_JA = [
    "リバーサイド博物館が新館を開館",
    "リンドポートのハートウェル博物館は土曜日、2年間の工事を経て新しい東館を開館した。",
    None,
    "新しい展示室への入場は10月まで無料となっている。",
]


@pytest.mark.parametrize("head", [
    "320万ポンドをかけて建設された新館には、開館からの最初の1か月間で1万8400人の来館者が訪れた。",
    "320万ポンドをかけて建設された新館には、開館からの最初の1か月間で合計1万8400人もの来館者が訪れた。",
])
@pytest.mark.parametrize("tail", [
    "夏休みが明ければ来館者の数は少しずつ減っていくと学芸員らはみている。",
    "夏休みが終わると来館者の数は次第に減っていくだろうと学芸員たちは見込んでいる。",
])
def test_clause_made_a_sentence_is_no_addition(article, head, tail):
    tgt = list(MUSEUM_JA)
    tgt[2] = head + tail
    found = article(MUSEUM_EN, tgt, "en", "ja")
    assert [f for f in found if f.code == "C002"] == []


@pytest.mark.parametrize("added", [
    "館長は来年、西館の改修にも着手する方針を明らかにした。",
])
def test_sentence_added_after_a_two_clause_sentence_still_reported(article, added):
    tgt = list(MUSEUM_JA)
    tgt[2] = "320万ポンドをかけた新館には最初の1か月で1万8400人が訪れ、学芸員らは夏休みが明ければ来館者は減るとみている。" + added
    found = article(MUSEUM_EN, tgt, "en", "ja")
    assert [f.text for f in found if f.code == "C002"] == [added]


def test_clause_boundaries():
    # a semicolon, a colon between words, a spaced dash, a comma before "but"; both parts
    # of some length, and no colon inside a time
    assert [h for h, _ in _clause_splits(
        "The pier was repaired in May at a cost of 40,000 euros; the ferry still stops elsewhere.", "en")] \
        == ["The pier was repaired in May at a cost of 40,000 euros"]
    assert len(_clause_splits("The pier was repaired in May at a cost of 40,000 euros, but the ferry "
                              "still stops at the old jetty.", "en")) == 1
    assert _clause_splits("The ferry leaves at 10:30 every weekday from the old jetty in town.", "en") == []
    assert _clause_splits("It rained; the ferry still sailed on time from the old jetty in town.", "en") == []


# -- C001: a sentence dropped where the aligner paired its neighbour across a break ------

def _seg(i, para, text, start=0):
    return Segment(i, para, "body", start, start + len(text), text)


def _docs(src_paras, tgt_paras):
    def segs(paras):
        out, pos = [], 0
        for p, sentences in enumerate(paras):
            for s in sentences:
                out.append(_seg(len(out), p, s, pos))
                pos += len(s) + 1
        return out
    return segs(src_paras), segs(tgt_paras)


SRC_PARAS = [
    ["The orchard cooperative had its best pear harvest since it was founded.",
     "Its 58 growers picked 9,300 tonnes, against 7,100 tonnes last year."],
    ["The best grower of the season joined the cooperative only last year.",
     "She now sells most of her pears to bakeries in the region."],
]


def test_sentence_dropped_at_paragraph_end_across_break():
    tgt_paras = [
        ["Die Obstgenossenschaft hatte ihre beste Birnenernte seit ihrer Gründung."],
        ["Die erfolgreichste Erzeugerin der Saison kam erst im vergangenen Jahr dazu.",
         "Sie ist aus der Nachbargemeinde zugezogen.",
         "Heute verkauft sie die meisten Birnen an Bäckereien der Region."],
    ]
    s, t = _docs(SRC_PARAS, tgt_paras)
    ctx = SimpleNamespace(source=SimpleNamespace(segments=s), target=SimpleNamespace(segments=t))
    # the aligner paired the dropped sentence with the next paragraph's first sentence
    assert _shifted_pair(ctx, BeadView(1, [s[1]], [t[1]])) is t[0]
    assert _shifted_pair(ctx, BeadView(0, [s[0]], [t[0]])) is None


def test_sentence_translated_in_its_paragraph_is_no_shift():
    tgt_paras = [
        ["Die Obstgenossenschaft hatte ihre beste Birnenernte seit ihrer Gründung.",
         "Ihre 58 Betriebe pflückten 9.300 Tonnen, nach 7.100 Tonnen im Vorjahr."],
        ["Die erfolgreichste Erzeugerin der Saison kam erst im vergangenen Jahr dazu.",
         "Heute verkauft sie die meisten Birnen an Bäckereien der Region."],
    ]
    s, t = _docs(SRC_PARAS, tgt_paras)
    ctx = SimpleNamespace(source=SimpleNamespace(segments=s), target=SimpleNamespace(segments=t))
    # paired across the break, but its figures are said in its own paragraph
    assert _shifted_pair(ctx, BeadView(1, [s[1]], [t[2]])) is None


def test_shifted_pair_needs_figures():
    src = [["The orchard cooperative had its best pear harvest since it was founded.",
            "Its growers picked more pears than ever."], SRC_PARAS[1]]
    tgt_paras = [
        ["Die Obstgenossenschaft hatte ihre beste Birnenernte seit ihrer Gründung."],
        ["Die erfolgreichste Erzeugerin der Saison kam erst im vergangenen Jahr dazu.",
         "Sie ist aus der Nachbargemeinde zugezogen.",
         "Heute verkauft sie die meisten Birnen an Bäckereien der Region."],
    ]
    s, t = _docs(src, tgt_paras)
    ctx = SimpleNamespace(source=SimpleNamespace(segments=s), target=SimpleNamespace(segments=t))
    assert _shifted_pair(ctx, BeadView(1, [s[1]], [t[1]])) is None


def test_whole_article_with_every_sentence_keeps_no_omission(article):
    src = ["Orchard cooperative reports record pear harvest",
           "The Valmont Fruit Cooperative harvested more pears this autumn than ever before. In total, its 58 "
           "growers picked 9,300 tonnes of fruit, against 7,100 tonnes last year.",
           "The star of the season was the grower Ilse Fontaine, who joined the cooperative last year.",
           "A second cold store in Brenne is due next spring, the cooperative said."]
    tgt = ["Obstgenossenschaft meldet Rekordernte bei Birnen",
           "Die Obstgenossenschaft Valmont hat in diesem Herbst mehr Birnen geerntet als je zuvor. Insgesamt "
           "pflückten ihre 58 Mitgliedsbetriebe 9.300 Tonnen Obst, nach 7.100 Tonnen im Vorjahr.",
           "Herausragende Erzeugerin der Saison war Ilse Fontaine, die im vergangenen Jahr beitrat.",
           "Ein zweites Kühllager in Brenne soll im nächsten Frühjahr folgen, teilte die Genossenschaft mit."]
    assert [f for f in article(src, tgt, "en", "de") if f.code in ("C001", "C002")] == []


# -- S006: a particle of a romanised Japanese name --------------------------------------

def test_romaji_particle_in_a_name_is_no_misspelling():
    src = "「花を育てる会」の山口会長は、来月に展示会を開くと話した。"
    tgt = "\"We will hold a show next month,\" said Emi Yamaguchi, who chairs Hana wo Sodateru Kai (the Flower Growers' Circle)."
    assert codes(src, tgt, "ja", "en", "S006") == []


@pytest.mark.parametrize("src,tgt,sl", [
    # no Japanese version: the particle reads as a slip
    ("Sie leitet den Verein.", "Emi Yamaguchi chairs Hana wo Sodateru Kai, a flower circle.", "de"),
    # a Japanese source, but the word stands between lower-case words
    ("会は月曜日に集まる。", "The circle wo meets on Mondays.", "ja"),
])
def test_particle_outside_a_japanese_name_still_reported(src, tgt, sl):
    assert [f.text for f in codes(src, tgt, sl, "en", "S006")] == ["wo"]
