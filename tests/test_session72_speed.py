"""Session 72 (helper sp): behaviour-preserving speed cuts of check_pair, each shown to give
what the slower path it replaces gives.

1. names._kept_given_surname_slips reads the source's (word, next word) pairs with one regex
   pass (_RUN3_THEN_RUN) instead of a walk over every pair of letter runs, and skips a
   sentence whose every given name it keeps is followed, in the translation, by the very
   surname the source writes after it (no name search of the translation is needed there).
2. names._place_in_common_noun looks a name's head up in a set of the phrases' starts
   (_place_common_heads) instead of scanning the phrases.
3. form.base_lang remembers its answers.
"""
from __future__ import annotations

import random

import mtcheck
from mtcheck.rules.form import base_lang
from mtcheck.rules.names import (_LETTER_RUN, _RUN3_THEN_RUN, _kept_given_surname_slips,
                                 _place_common_heads, _place_common_nouns)
from mtcheck.rules.context import single_pair_context


def _pairs_slow(text: str) -> list[tuple[str, str]]:
    # the walk the regex replaces: consecutive letter runs, only white space between them,
    # the first of three letters or more
    words = list(_LETTER_RUN.finditer(text))
    return [(m.group(), n.group()) for m, n in zip(words, words[1:])
            if text[m.end():n.start()].isspace() and len(m.group()) >= 3]


TEXTS = [
    "Engineer Karin Kuhn said the cables were worn.",
    "Bürgermeisterin Petra Vogt sagte, die Brücke werde im Mai eröffnet.",
    "A guia Rita Oliveira alerta para o risco.",
    "L'ingénieure Anne-Marie Dubois a dit: « Les câbles\u00a0sont usés ».",
    "Der Chor probt am 3. März im Saal 12b\tmit Leiterin Ute Maas\nund Pianist Jo Berg.",
    "  Ab  CD-EFG hij_KLM 42nop Qrs\u2009Tuv wx yz.",
    "",
]


def test_word_then_word_matches_letter_run_walk():
    for t in TEXTS:
        assert _RUN3_THEN_RUN.findall(t) == _pairs_slow(t), t
    rnd = random.Random(72)
    alphabet = "abcAB \u00a0\t\n-_1'.\u2009\u0301éßΣ中\u200b\x1c"
    for _ in range(3000):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        assert _RUN3_THEN_RUN.findall(t) == _pairs_slow(t), repr(t)


def _n001(sl: str, tl: str, src: str, tgt: str) -> list[tuple[str, str]]:
    return [(f.severity.label, tgt[f.span[0]:f.span[1]])
            for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N001"]


def test_kept_given_surname_slips_de_en_and_en_it():
    # the slip is still found (the sentence's surname after the kept given name differs) ...
    src = "Bürgermeisterin Petra Vogt sagte, die Brücke werde im Mai eröffnet."
    assert _n001("de", "en", src, "Mayor Petra Voght said the bridge would open in May.") \
        == [("major", "Voght")]
    slips = _kept_given_surname_slips(
        single_pair_context(src, "Mayor Petra Voght said the bridge would open in May.", "de", "en"),
        "de", "en")
    assert [(p.text, c) for p, c, _, _ in slips] == [("Voght", "vogt")]
    # ... and a sentence that keeps the surname after each given name is skipped: nothing, as before
    ctx = single_pair_context(src, "Mayor Petra Vogt said the bridge would open in May.", "de", "en")
    assert _kept_given_surname_slips(ctx, "de", "en") == []
    src = "Engineer Karin Kuhn said the cables were worn."
    assert _n001("en", "it", src, "L'ingegnera Karin Kuhne ha detto che i cavi erano usurati.") \
        == [("major", "Kuhne")]
    ctx = single_pair_context(src, "L'ingegnera Karin Kuhn ha detto che i cavi erano usurati.", "en", "it")
    assert _kept_given_surname_slips(ctx, "en", "it") == []


def test_place_common_heads_match_the_phrase_scan():
    for lang, phrases in _place_common_nouns().items():
        heads = _place_common_heads()[lang]
        probes = {ph[:k] + " " for ph in phrases for k in range(1, len(ph) + 1)} | {"norway", "new "}
        for head in probes:
            if not head.endswith(" "):
                continue
            assert (head in heads) == any(ph.startswith(head) for ph in phrases), head


def test_place_in_common_noun_en_de_en_fr():
    # a place word fixed in a common noun is no name to keep; a place on its own is
    assert [f.code for f in mtcheck.check_pair("The tree from Norway grows slowly.",
                                               "Der Baum wächst langsam.", "en", "de")] == ["N003"]
    assert [f.code for f in mtcheck.check_pair("The Norway rats grow slowly.",
                                               "Die Ratten wachsen langsam.", "en", "de")] == []
    assert [f.code for f in mtcheck.check_pair("The Norway spruce grows slowly.",
                                               "Die Fichte wächst langsam.", "en", "de")
            if f.code == "N003"] == []
    assert [f.code for f in mtcheck.check_pair("The Norway spruce grows slowly.",
                                               "L'épicéa pousse lentement.", "en", "fr")
            if f.code == "N003"] == []


def test_base_lang_memo_same_as_formula():
    for tag in (None, "", "en", "EN", "pt_BR", "pt-BR", "zh-Hant-TW", "sr_Latn", "de", "en"):
        assert base_lang(tag) == (tag or "").lower().replace("_", "-").split("-")[0]
