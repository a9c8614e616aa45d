"""Session 62 (helper tb): term-inconsistent misses of batches 36 and 37 (s71, s72), each
class on examples of its own.

1. T003, single words: a closed compound of an open-compounding translation (lifeboat,
   footbridge) whose head stands once as a word of its own after another content word
   (rescue boat, pedestrian bridge): the modifier swapped, another rendering.  Not the
   compound written open (life boat), not an article or common adjective before the head
   (the new boat), not a word that stands right before the compound elsewhere.
2. T003, multi-word path: where the usual one-word rendering stands where a noun does
   (after an article) in all its sentences, the word here that renders the term is one
   where a noun stands, not a verb that the source's fronted phrase put at the term's
   place (Pod zachodnią platformą zamontowano … → … have been mounted under the western
   deck: deck, not mounted).
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.terminology import _BeadToks, _run_rendering, _toks, _units


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, code: str = "T003") -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f"{f.severity.label}:{f.text}:{f.message}" for f in rep.findings
            if f.code == code and not f.suppressed]


# 1. a closed compound's head after another modifier
SRC_DE = ("Die Gemeinde hat am Montag ein neues Rettungsboot in Dienst gestellt.\n\n"
          "Das Rettungsboot kostete 1,2 Millionen Euro und bietet Platz für zwölf Personen.\n\n"
          "Die Besatzung testete das Rettungsboot bei starkem Wind vor der Küste.\n\n"
          "Der Bürgermeister sagte, das Rettungsboot werde vor allem im Winter gebraucht.\n")
TGT_EN = ("On Monday the municipality put a new lifeboat into service.\n\n"
          "The lifeboat cost 1.2 million euros and has room for twelve people.\n\n"
          "The crew tested the lifeboat in strong wind off the coast.\n\n"
          "The mayor said the {X} would be needed above all in winter.\n")

SRC_FR = ("La ville a inauguré samedi une nouvelle passerelle sur la Loire.\n\n"
          "La passerelle mesure 240 mètres et a coûté 6 millions d'euros.\n\n"
          "Les cyclistes pourront emprunter la passerelle dès lundi.\n\n"
          "Selon le maire, la passerelle sera éclairée toute la nuit.\n")
TGT_EN2 = ("On Saturday the city opened a new footbridge over the Loire.\n\n"
           "The footbridge is 240 metres long and cost 6 million euros.\n\n"
           "Cyclists will be able to use the footbridge from Monday.\n\n"
           "According to the mayor, the {X} will be lit all night.\n")


def test_open_modifier_swap_de_en(tmp_path):
    got = doc(tmp_path, SRC_DE, TGT_EN.replace("{X}", "rescue boat"), "de", "en")
    assert any(m.startswith("minor:rescue boat:") and "lifeboat" in m for m in got), got


def test_open_modifier_swap_fr_en(tmp_path):
    got = doc(tmp_path, SRC_FR, TGT_EN2.replace("{X}", "pedestrian bridge"), "fr", "en")
    assert any(m.startswith("minor:pedestrian bridge:") and "footbridge" in m for m in got), got


def test_open_modifier_swap_guards(tmp_path):
    # the same rendering everywhere, the compound written open, an adjective before the head
    for x in ("lifeboat", "life boat", "new boat"):
        assert doc(tmp_path, SRC_DE, TGT_EN.replace("{X}", x), "de", "en") == [], x
    for x in ("footbridge", "foot bridge"):
        assert doc(tmp_path, SRC_FR, TGT_EN2.replace("{X}", x), "fr", "en") == [], x


def test_open_modifier_swap_word_of_the_phrase(tmp_path):
    # a word that stands right before the compound elsewhere (harbour lifeboat) is a word of
    # the phrase, no swapped modifier (the harbour boat)
    tgt = TGT_EN.replace("a new lifeboat", "a new harbour lifeboat").replace("{X}", "harbour boat")
    assert doc(tmp_path, SRC_DE, tgt, "de", "en") == []


# 2. a noun's rendering where a noun stands
def _bead(src: str, sl: str, tgt: str, tl: str, form: str):
    s, t = _toks(src, sl), _toks(tgt, tl)
    b = _BeadToks(5, s, t, _units(s, sl), _units(t, tl))
    S = next((x.lemma,) for x in s if x.word == form)
    # the term and the preposition before it found in other sentences too, every other word
    # of the sentence only here
    s_beads = {k: ({1, 2, 5} if k in (S, ("pod",)) else {5}) for k in b.src_units}
    t_beads = {k: {5} for k in b.tgt_units}
    return b, S, s_beads, t_beads


def _found(b, u) -> str | None:
    return None if u is None else " ".join(x.word for x in b.tgt[u.first:u.last + 1])


CASES = [
    ("Pod zachodnią platformą zamontowano kamery, które na bieżąco mierzą wysokość fal i "
     "temperaturę wody.", "pl",
     "Cameras have been mounted under the western deck to continuously measure the height of "
     "the waves and the temperature of the water.", "platformą", "mounted"),
    ("Pod západní plošinou byly instalovány kamery, které sledují stav moře a sílu větru.", "cs",
     "Cameras have been installed under the western deck to track the state of the sea and the "
     "wind.", "plošinou", None),  # (session 63: installed spells instalovány, no rendering)
]


def test_noun_rendering_where_a_noun_stands_pl_cs():
    for src, sl, tgt, form, verb in CASES:
        b, S, sb, tb = _bead(src, sl, tgt, "en", form)
        # before: the verb at the term's place; with t1 a noun: the noun
        assert _found(b, _run_rendering(b, S, ("platform",), "en", sb, tb)) == verb
        u = _run_rendering(b, S, ("platform",), "en", sb, tb, True)
        assert _found(b, u) == "deck" and u.noun


def test_noun_rendering_guard_too_far():
    # the noun far from the term's place: nothing found rather than the verb
    src = ("Pod zachodnią platformą zamontowano kamery, które na bieżąco mierzą wysokość fal i "
           "temperaturę wody.")
    tgt = ("Cameras, which continuously measure the height of the waves and the temperature of "
           "the water, have been mounted under the western deck.")
    b, S, sb, tb = _bead(src, "pl", tgt, "en", "platformą")
    assert _run_rendering(b, S, ("platform",), "en", sb, tb, True) is None
