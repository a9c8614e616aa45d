"""Q001 back-translated-quote, through the whole pipeline (load, segment, align, check)."""

from __future__ import annotations

import mtcheck
from mtcheck.config import Config

CFG = Config(select=["Q001"])

DE_SRC = """Neues Spital für das Tessin

Die Gesundheitsdirektorin kündigte den Bau am Montag an.

We will open the new hospital in Lugano next spring, with two hundred beds for the whole region.

Sie sagte: «Wir eröffnen das neue Spital in Lugano im nächsten Frühling, mit zweihundert Betten für die ganze Region.»

Die Opposition kritisiert die Kosten.
"""

EN_BACK = """New hospital for Ticino

The health director announced the construction on Monday.

We will open the new hospital in Lugano next spring, with two hundred beds for the whole region.

She said: "We are opening the new hospital in Lugano in the next spring, with two hundred beds for the entire region."

The opposition criticises the costs.
"""

EN_GOOD = EN_BACK.replace(
    '"We are opening the new hospital in Lugano in the next spring, with two hundred beds for the entire region."',
    '"We will open the new hospital in Lugano next spring, with two hundred beds for the whole region."')

EN_SRC = """Pension reform: no retreat

The prime minister spoke to reporters on Tuesday.

Le gouvernement ne reculera pas sur la réforme des retraites, quelles que soient les grèves.

She said: "The government will not back down on the pension reform, whatever the strikes."

Unions plan new protests.
"""

FR_BACK = """Réforme des retraites : pas de recul

La Première ministre s'est adressée aux journalistes mardi.

Le gouvernement ne reculera pas sur la réforme des retraites, quelles que soient les grèves.

Elle a déclaré : « Le gouvernement ne fera pas marche arrière sur la réforme des retraites, quelles que soient les grèves. »

Les syndicats prévoient de nouvelles manifestations.
"""


def run(tmp_path, src, tgt, sl, tl, reference=None):
    (tmp_path / "src.txt").write_text(src, encoding="utf-8")
    (tmp_path / "tgt.txt").write_text(tgt, encoding="utf-8")
    refs = []
    if reference:
        (tmp_path / "ref.txt").write_text(reference, encoding="utf-8")
        refs = [tmp_path / "ref.txt"]
    rep = mtcheck.compare(tmp_path / "tgt.txt", tmp_path / "src.txt", references=refs, config=CFG,
                          source_lang=sl, target_lang=tl, semantic=False)
    return [f for f in rep.findings if f.code == "Q001"]


def test_back_translated_quote_de_en(tmp_path):
    fs = run(tmp_path, DE_SRC, EN_BACK, "de", "en")
    assert len(fs) == 1
    f = fs[0]
    assert f.text.startswith("We are opening the new hospital")
    assert f.suggestion == "We will open the new hospital in Lugano next spring, with two hundred beds for the whole region"
    assert "German" in f.message and "English" in f.message
    assert f.evidence[0].note == "the original words"


def test_back_translated_quote_en_fr(tmp_path):
    fs = run(tmp_path, EN_SRC, FR_BACK, "en", "fr")
    assert [f.text for f in fs] == [
        "Le gouvernement ne fera pas marche arrière sur la réforme des retraites, quelles que soient les grèves."]
    assert fs[0].suggestion.startswith("Le gouvernement ne reculera pas")


def test_original_words_kept_pass(tmp_path):
    assert run(tmp_path, DE_SRC, EN_GOOD, "de", "en") == []


def test_a_reference_is_no_original(tmp_path):
    """Without the English post in the source, the English reference's wording is a
    translation of the same sentence, not the speaker's words."""
    src = DE_SRC.replace("We will open the new hospital in Lugano next spring, with two hundred beds for the "
                         "whole region.\n\n", "")
    tgt = EN_BACK.replace("We will open the new hospital in Lugano next spring, with two hundred beds for the "
                          "whole region.\n\n", "")
    assert run(tmp_path, src, tgt, "de", "en", reference=EN_GOOD) == []


def test_short_quotes_and_single_pairs_pass(tmp_path):
    src = DE_SRC.replace("«Wir eröffnen das neue Spital in Lugano im nächsten Frühling, mit zweihundert Betten "
                         "für die ganze Region.»", "«Ein guter Tag.»")
    tgt = EN_BACK.replace('"We are opening the new hospital in Lugano in the next spring, with two hundred beds '
                          'for the entire region."', '"A good day for Lugano."')
    assert run(tmp_path, src, tgt, "de", "en") == []
    assert [f for f in mtcheck.check_pair("Sie sagte: «Wir eröffnen das neue Spital in Lugano im Frühling.»",
                                          'She said: "We are opening the new hospital in Lugano in spring."',
                                          "de", "en", config=CFG)] == []
