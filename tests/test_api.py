"""The public Python API: compare, check_pair, align, split_sentences, detect_language."""

import json

import pytest

import mtcheck
from mtcheck.load import document_from_text


def test_compare_with_paths(cecot):
    r = mtcheck.compare(cecot / "article.en.txt", source=cecot / "source.de.html",
                        parallels=[cecot / "parallel.fr.html"], references=[cecot / "reference.en.txt"],
                        semantic=False)
    assert [d.role for d in r.documents] == ["source", "target", "parallel", "reference"]
    assert len(r.alignments) == 3
    data = json.loads(json.dumps(r.to_dict()))
    assert data["documents"][1]["lang"] == "en"
    for f in r.findings:
        assert isinstance(f, mtcheck.Finding)
        assert f.span[0] <= f.span[1]


def test_compare_with_documents_and_no_source():
    t = document_from_text("This is a translated text. It has two sentences.", lang="en", path="t.txt")
    r = mtcheck.compare(t)
    assert r.alignments == [] and r.documents[0].role == "target"
    assert len(r.documents[0].segments) == 2


def test_alignment_covers_every_sentence():
    s = document_from_text("Erster Satz hier. Zweiter Satz hier.\n\nDritter Absatz.", lang="de", path="s.txt", role="source")
    t = document_from_text("First sentence here. Second sentence here.\n\nThird paragraph.", lang="en", path="t.txt")
    r = mtcheck.compare(t, source=s, semantic=False)
    beads = r.alignments[0].beads
    assert sorted(i for b in beads for i in b.source) == [0, 1, 2]
    assert sorted(i for b in beads for i in b.target) == [0, 1, 2]


def test_check_pair_returns_findings_with_attributes():
    fs = mtcheck.check_pair("Der Umsatz stieg um 57 Prozent auf 70'000 Franken.",
                            "Sales rose by 75 percent to 7,000 francs.", "de", "en")
    assert isinstance(fs, list)
    for f in fs:
        for attr in ("code", "name", "category", "severity", "message", "document", "span", "line",
                     "column", "text", "evidence", "suggestion"):
            assert hasattr(f, attr)


def test_check_pair_clean_pair_has_no_major_finding():
    fs = mtcheck.check_pair("Der Bundesrat hat am Mittwoch entschieden.",
                            "The Federal Council decided on Wednesday.", "de", "en")
    assert not [f for f in fs if f.severity >= mtcheck.Severity.MAJOR]


def test_check_pair_rejects_non_strings():
    with pytest.raises(TypeError):
        mtcheck.check_pair(None, "x")


def test_align_api():
    beads = mtcheck.align(["Ein Satz.", "Noch ein Satz."], ["One sentence.", "Another sentence."], "de", "en",
                          semantic=False)
    assert beads == [([0], [0]), ([1], [1])]
    assert mtcheck.align([], []) == []


def test_split_and_detect():
    assert mtcheck.split_sentences("Dr. Meier kam am 3. Oktober. Er ging.", "de") == [
        "Dr. Meier kam am 3. Oktober.", "Er ging."]
    assert mtcheck.detect_language("Das ist ein ganz gewöhnlicher deutscher Satz über das Wetter.") == "de"
    assert mtcheck.detect_language("") is None


def test_check_pair_reads_decomposed_letters_and_keeps_paragraphs():
    """A pair written decomposed (NFD, as macOS and some exporters write it) reads as the
    same letters composed: Zu\u0308rich is Zürich, not a name cut at its umlaut.  A pair with
    an invisible character keeps its line breaks (each paragraph its own line)."""
    import unicodedata
    src = "The president visited Zürich and Geneva on 3 March."
    tgt = "Der Präsident besuchte Zürich und Genf am 3. März."
    nfd = unicodedata.normalize("NFD", tgt)
    assert nfd != tgt
    assert [f.code for f in mtcheck.check_pair(src, nfd, "en", "de")] == \
        [f.code for f in mtcheck.check_pair(src, tgt, "en", "de")] == []
    swapped = unicodedata.normalize("NFD", tgt.replace("Genf", "Bern"))
    fs = mtcheck.check_pair(src, swapped, "en", "de")
    assert [f.code for f in fs] == ["N004"]
    assert swapped[fs[0].span[0]:fs[0].span[1]] == "Bern"  # the span is the user's text's
    # line breaks survive the cleaning of a zero-width space
    two = "The budget passed.\n\nThe opposition objected."
    fs = mtcheck.check_pair(two, "Der Haushalt ging\u200b durch.\n\nDie Opposition widersprach.", "en", "de")
    assert "M004" not in {f.code for f in fs}
