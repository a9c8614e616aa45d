"""C007 repeated-phrase: a run of words the translation says twice, the source once."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.rules.registry import get_rule
from mtcheck.rules.repetition import repeats

CONFIG = Config(select=["C007"])


def c007(src: str, tgt: str, sl: str, tl: str) -> list:
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CONFIG) if f.code == "C007"]


@pytest.mark.parametrize("src,tgt,sl,tl,text", [
    # a decoder loop right after itself
    ("Er fuhr gestern in die Altstadt.", "He drove to the old town to the old town yesterday.", "de", "en",
     "to the old town"),
    ("Es gibt Millionen Fässer in Tanklagern.", "Il y a des millions de barils des millions de barils en stock.",
     "de", "fr", "des millions de barils"),
    ("There are millions of barrels in storage.", "Es gibt Millionen Fässer Millionen Fässer in Lagern.",
     "en", "de", "Millionen Fässer"),
    # a run said twice around "and"/"or" (session 19)
    ("Number seven is the progress made in eliminating measles.",
     "Nummer sieben und Nummer sieben ist der Fortschritt bei der Eliminierung von Masern.", "en", "de",
     "Nummer sieben"),
    ("Il faut répartir les équipes entre plusieurs bureaux.",
     "The teams must be spread over several offices or spread over several offices.", "fr", "en",
     "spread over several offices"),
    # a clause said again later in the sentence
    ("The minister said the sanctions would be lifted in exchange for talks.",
     "Der Minister sagte, die Sanktionen würden im Gegenzug für Gespräche aufgehoben, die Sanktionen würden "
     "im Gegenzug für Gespräche aufgehoben.", "en", "de",
     "die Sanktionen würden im Gegenzug für Gespräche aufgehoben"),
    ("Le président a prononcé un discours lors d'une cérémonie à Téhéran.",
     "The president gave a speech during a ceremony in Tehran, gave a speech during a ceremony in Tehran.",
     "fr", "en", "gave a speech during a ceremony in Tehran"),
])
def test_flags_a_repeated_run(src, tgt, sl, tl, text):
    found = c007(src, tgt, sl, tl)
    assert len(found) == 1, [f.message for f in found]
    f = found[0]
    assert f.severity.label == "major" and f.category == "Accuracy/Addition"
    assert f.text == text
    # the finding points at the second occurrence
    assert tgt.index(text) < tgt.rindex(text) and f.span[0] > 0


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Er fuhr gestern in die Altstadt.", "He drove to the old town yesterday.", "de", "en"),
    # human parallelism: a short run said twice on purpose
    ("Die Weltbank erhielt 30 % mehr, die IDA nur 18 % mehr.",
     "The World Bank received an increase of 30%, the IDA received an increase of only 18%.", "de", "en"),
    ("Les prix du Brent ont baissé, ceux du WTI aussi.",
     "Rohöl-Futures der Sorte Brent fielen, Rohöl-Futures der Sorte WTI ebenfalls.", "fr", "de"),
    # a source that repeats itself may be rendered so
    ("Fear that trade will destroy jobs must be balanced by fear that less trade will destroy jobs.",
     "Die Angst, dass Handel Arbeitsplätze vernichten wird, muss durch die Angst aufgewogen werden, dass "
     "weniger Handel Arbeitsplätze vernichten wird.", "en", "de"),
    # a single word over and over is S001's; function words alone are no run
    ("Er kam.", "He came came came came.", "de", "en"),
    ("Il est venu et il est parti.", "He came and he went and he left.", "fr", "en"),
    # one word joined to itself is idiom (more and more, nach und nach); so is a run said
    # twice with other words between the copies
    ("Er wurde immer müder.", "He grew more and more tired.", "de", "en"),
    ("Die Preise steigen allmählich.", "Die Preise steigen nach und nach und nach.", "en", "de"),
    ("Er kam und ging.", "He came in the morning and left in the morning.", "de", "en"),
    # with punctuation between, an adjacent repeat is a figure of speech
    ("Sie ging in die Stadt.", "She went to the city, the city, at last.", "de", "en"),
])
def test_leaves_translations_alone(src, tgt, sl, tl):
    assert c007(src, tgt, sl, tl) == []


def test_repeats_are_longest_first_and_report_both_places():
    t = ("Prices rose in May. Prices for crude oil rose sharply in May and prices for crude oil rose "
         "sharply in May again.")
    (s1, e1, s2, e2, k), *_ = repeats(t, "en")
    assert t[s1:e1].lower() == t[s2:e2].lower() == "prices for crude oil rose sharply in may" and k == 8
    assert s1 < s2
    assert repeats("", "en") == [] and repeats("a b", "xx") == []


def test_needs_a_source_and_doc_examples():
    r = get_rule("C007")
    assert r is not None and r.needs_source
    assert c007(*r.fail, "de", "en") and not c007(*r.ok, "de", "en")


@pytest.mark.parametrize("word,lang", [("word", "en"), ("Wort", "de"), ("Mueller", "de")])
def test_one_word_over_and_over_is_no_run_and_costs_little(word, lang) -> None:
    import time
    t0 = time.perf_counter()
    assert repeats(f"{word} " * 10000, lang) == []  # (cubic time before: hours)
    assert repeats(f"{word} " * 3000 + "in die Stadt in die Stadt.", lang)[0][4] == 3
    assert time.perf_counter() - t0 < 5


def test_a_phrase_repeated_many_times_is_reported_from_the_start() -> None:
    for text, lang in (("to the old city " * 50 + ".", "en"), ("in die Altstadt " * 50, "de")):
        found = repeats(text, lang)
        assert found and found[0][0] == 0  # the longest run, from the first word
        assert any(r[0] == 0 and r[2] == len(text) // 50 for r in found)  # and right after itself


@pytest.mark.parametrize("src,tgt,sl,tl,text", [
    # a run emitted again glued to the word before it: no space, so no word run sees it
    ("Oil falls after Iran claims US offered to remove sanctions, Trump denies",
     "Öl fällt, nachdem der Iran behauptet, die USA hätten angeboten, die Sanktionen aufzuheben, "
     "dementiert Trumpdementiert Trump", "en", "de", "dementiert Trump"),
    ("Vulnerable Dems air impeachment concerns to Pelosi",
     "Verletzliche Dems-Luft-Impeachment-BedenkenVerletzliche Dems-Luft-Impeachment-Bedenken gegen Pelosi",
     "en", "de", "Verletzliche Dems-Luft-Impeachment-Bedenken"),
    ("Le ministre a présenté le projet de loi mardi.",
     "The minister presented the draft lawthe draft law on Tuesday.", "fr", "en", "the draft law"),
    # ... or after a comma, or with the first copy's last word grown by a few letters
    ("Les détails ne sont pas connus immédiatement.",
     "Other details are not immediately known,immediately known, beyond that.", "fr", "en", "immediately known"),
    ("Man pleads guilty in kidnap, torture plot of plastic surgeon",
     "Mann bekennt sich schuldig in Entführung, Folter Komplottin Entführung, Folter Komplott von Chirurgen",
     "en", "de", "Entführung, Folter Komplott"),
])
def test_flags_a_glued_repeat(src, tgt, sl, tl, text):
    fs = c007(src, tgt, sl, tl)
    assert len(fs) == 1 and text in fs[0].message, [f.message for f in fs]


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # a word of its own between the copies: prose ("turning lives into lives")
    ("The thought experiment of turning statistical lives into identifiable lives matters.",
     "Das Gedankenspiel, statistische Informationen und identifizierbare Leben in identifizierbare "
     "Leben zu verwandeln, ist wichtig.", "en", "de"),
    # one word glued to itself is S001's, a short run no evidence
    ("Il est parti.", "He leftleft.", "fr", "en"),
    ("New York, New York is a song.", "New York, New York ist ein Lied.", "en", "de"),
])
def test_leaves_glued_lookalikes_alone(src, tgt, sl, tl):
    assert c007(src, tgt, sl, tl) == []
