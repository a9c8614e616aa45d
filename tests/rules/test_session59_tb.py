"""Session 59 (helper tb): T003 misses and a false alarm of batch 30, by class.

1. A word of three letters beside a term in a source language without a list of function
   words (Dutch een / één, an article or a numeral) was taken for the term's mate (the
   word that makes it a longer term), so a mention without it was never compared.
2. The headline restates its lead's words (affects / affected beside the term): with just
   the headline and one other sentence holding the usual rendering, their shared neighbour
   was taken for a mate; and a headline reorders its words, so the usual rendering did
   not "sit where the term does" there.  The headline now proves neither.
3. Catalan joins a term's words with de / d' / del / dels (passeig de fusta) like Spanish
   and French: a rendering with one word swapped (passeig de taulons) was not found.
4. A source word written as the source writes it, capitalised mid-sentence in a language
   that does not capitalise its nouns (a quoted name kept: «Freie Altstadt») is a name's
   word, not a rendering of the term that the multi-word path may compare.
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.terminology import _kept_as_name, _mate_beads, _Tok, _BeadToks


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f.message for f in mtcheck.compare(t, source=s).findings if f.code == "T003"]


# 1. a three-letter word beside the term is no mate in a language without function words
NL = ("De gemeente Lierop koopt een nieuwe veegwagen voor het centrum.\n\n"
      "Wethouder Jansen zegt dat de oude machine twintig jaar heeft gereden.\n\n"
      "De veegwagen kost ruim 90.000 euro, meldt de gemeente.\n\n"
      "Vanaf maart rijdt de veegwagen één keer per week door de winkelstraten.\n\n"
      "Bewoners kunnen klachten over zwerfafval melden via de website.\n\n"
      "De raad stemde dinsdag in met het plan.\n\n"
      "Ook komen er dertig nieuwe afvalbakken in het park.\n\n"
      "De oppositie noemde de uitgave te hoog.\n\n"
      "Jansen verwacht dat de straten schoner worden.\n")
DE = ("Die Gemeinde Lierop kauft eine neue Kehrmaschine für das Zentrum.\n\n"
      "Der Beigeordnete Jansen sagt, die alte Maschine sei zwanzig Jahre gefahren.\n\n"
      "Der Straßenfeger kostet gut 90.000 Euro, teilt die Gemeinde mit.\n\n"
      "Ab März fährt die Kehrmaschine einmal pro Woche durch die Einkaufsstraßen.\n\n"
      "Anwohner können Beschwerden über Müll über die Website melden.\n\n"
      "Der Rat stimmte dem Plan am Dienstag zu.\n\n"
      "Außerdem kommen dreißig neue Abfallkörbe in den Park.\n\n"
      "Die Opposition nannte die Ausgabe zu hoch.\n\n"
      "Jansen erwartet, dass die Straßen sauberer werden.\n")


def test_short_word_no_mate_nl_de(tmp_path):
    msgs = t003(tmp_path, NL, DE, "nl", "de")
    assert any("Straßenfeger" in m and "Kehrmaschine" in m for m in msgs)
    assert t003(tmp_path, NL, DE.replace("Der Straßenfeger", "Die Kehrmaschine"), "nl", "de") == []


def test_long_mate_still_makes_another_term_nl_de(tmp_path):
    # a real modifier beside the term in both sentences of the usual rendering (elektrische
    # veegwagen): the mention without it may be another term, so it stays silent
    nl = NL.replace("een nieuwe veegwagen", "een elektrische veegwagen").replace(
        "rijdt de veegwagen één keer", "rijdt de elektrische veegwagen één keer")
    assert t003(tmp_path, nl, DE, "nl", "de") == []


# 2. the headline is no mention for mates, and no place for the rendering to fit
def test_mate_beads_leave_the_headline_out():
    assert _mate_beads({0, 1}, frozenset({0})) == []
    assert _mate_beads({0, 3, 5}, frozenset({0})) == [3, 5]
    assert _mate_beads({2, 4}, frozenset({0})) == [2, 4]
    assert _mate_beads({2, 4}, frozenset()) == [2, 4]


# 3. Catalan linking words join a term's rendering
EN_BW = ("The council will rebuild the boardwalk along Bondi beach this winter.\n\n"
         "The old boardwalk was badly damaged by storms in 2023, the mayor said.\n\n"
         "Work on the new boardwalk will cost about 6 million dollars.\n\n"
         "Residents asked for better lighting and more benches.\n\n"
         "The boardwalk is due to reopen in December.\n")
DE_BW = ("Die Gemeinde erneuert in diesem Winter den Holzsteg am Strand von Bondi.\n\n"
         "Der alte Holzsteg wurde 2023 von Stürmen schwer beschädigt, sagte der Bürgermeister.\n\n"
         "Die Arbeiten am neuen Holzsteg kosten rund 6 Millionen Dollar.\n\n"
         "Die Anwohner forderten mehr Beleuchtung und mehr Bänke.\n\n"
         "Der Holzsteg soll im Dezember wieder öffnen.\n")
CA_BW = ("L'ajuntament reconstruirà el passeig de fusta de la platja de Bondi aquest hivern.\n\n"
         "El vell passeig de fusta va quedar molt malmès pels temporals del 2023, va dir l'alcalde.\n\n"
         "Les obres del nou passeig de taulons costaran uns 6 milions de dòlars.\n\n"
         "Els veïns van demanar més enllumenat i més bancs.\n\n"
         "Està previst que el passeig de fusta torni a obrir al desembre.\n")


def test_catalan_linker_swap(tmp_path):
    for src, sl in ((EN_BW, "en"), (DE_BW, "de")):
        msgs = t003(tmp_path, src, CA_BW, sl, "ca")
        assert any("passeig de taulons" in m for m in msgs), (sl, msgs)
        assert t003(tmp_path, src, CA_BW.replace("passeig de taulons", "passeig de fusta"), sl, "ca") == []


# 4. a source word kept capitalised as the source writes it is a name's word
def _tok(word: str, start: int, cap: bool, lemma: str | None = None) -> _Tok:
    return _Tok(start, start + len(word), word.casefold(), lemma or word.casefold(), True, True, cap)


def test_kept_as_name():
    text = "Lleva años en la plataforma «Freie Altstadt» del barrio."
    s = [_tok("freie", 30, True), _tok("altstadt", 36, True)]
    t = [_tok("plataforma", 16, False), _tok("freie", text.index("Freie"), True),
         _tok("altstadt", text.index("Altstadt"), True)]
    b = _BeadToks(0, s, t, {}, {})
    assert _kept_as_name(b, "altstadt", "", text, "es")
    assert not _kept_as_name(b, "altstadt", "", text, "de")  # German capitalises its nouns
    # written lower case (a word left untranslated, not a name): no name kept
    t2 = [_tok("altstadt", text.index("Altstadt"), False)]
    assert not _kept_as_name(_BeadToks(0, s, t2, {}, {}), "altstadt", "", text, "es")
