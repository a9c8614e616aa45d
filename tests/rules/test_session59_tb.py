"""Session 59 (helper tb): T003 misses and a false alarm of batch 30, by class.

1. (headline) A headline sets its words in its own order: the multi-word path no longer asks
   the usual rendering to "sit where the term does" in the headline when another sentence
   holds it (checked on the articles: s65d-03, with 3).
2. Catalan joins a term's words with de / d' / del / dels (passeig de fusta) like Spanish
   and French: a rendering with one word swapped (passeig de taulons) was not found.
3. A source word written as the source writes it, capitalised mid-sentence in a language
   that does not capitalise its nouns (a quoted name kept: «Freie Altstadt») is a name's
   word, not a rendering of the term that the multi-word path may compare.
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.terminology import _kept_as_name, _Tok, _BeadToks


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f.message for f in mtcheck.compare(t, source=s).findings if f.code == "T003"]


# 2. Catalan linking words join a term's rendering
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


# 3. a source word kept capitalised as the source writes it is a name's word
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
