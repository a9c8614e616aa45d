"""Session 71 (leaks and language): a term the translation keeps, joined by a hyphen to the
source's place name written before it (a protected product's designation), is no copy (L002)."""
from __future__ import annotations

import mtcheck


def _found(tmp_path, src, tgt, sl, tl, codes):
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [(f.code, f.text) for f in mtcheck.compare(t, source=s).findings if f.code in codes]


# -- L002: "Place term" kept as the compound "Place-Term" where the term is kept throughout --
SV = ("Rekordlåg fångst av hjortronsylt i Piteå i år.\n\n"
      "I Piteå kokades i år bara fyra ton hjortronsylt, mot tolv ton i fjol.\n\n"
      "Priset på hjortronsylt steg därför med nästan en tredjedel.\n\n"
      "Piteå hjortronsylt har sedan 2012 skyddad ursprungsbeteckning inom EU.\n")
DE_KEPT = ("Rekordtief bei der Hjortronsylt-Produktion in Piteå.\n\n"
           "In Piteå wurden in diesem Jahr nur vier Tonnen Hjortronsylt gekocht, gegenüber zwölf "
           "Tonnen im Vorjahr.\n\n"
           "Der Preis für Hjortronsylt stieg deshalb um fast ein Drittel.\n\n"
           "Piteå-Hjortronsylt ist seit 2012 in der EU als geschützte Ursprungsbezeichnung "
           "eingetragen.\n")
DA = ("Rekordlav produktion af rygeost i Esbjerg i år.\n\n"
      "I Esbjerg blev der i år kun lavet fire ton rygeost, mod tolv ton sidste år.\n\n"
      "Prisen på rygeost steg derfor med næsten en tredjedel.\n\n"
      "Esbjerg rygeost har siden 2012 været en beskyttet oprindelsesbetegnelse i EU.\n")
DE_KEPT_DA = ("Rekordtief bei der Rygeost-Produktion in Esbjerg.\n\n"
              "In Esbjerg wurden in diesem Jahr nur vier Tonnen Rygeost hergestellt, gegenüber "
              "zwölf Tonnen im Vorjahr.\n\n"
              "Der Preis für Rygeost stieg deshalb um fast ein Drittel.\n\n"
              "Esbjerg-Rygeost ist seit 2012 in der EU als geschützte Ursprungsbezeichnung "
              "eingetragen.\n")


def test_a_kept_term_joined_to_the_source_place_is_no_copy(tmp_path):
    assert _found(tmp_path, SV, DE_KEPT, "sv", "de", ("L002",)) == []
    assert _found(tmp_path, DA, DE_KEPT_DA, "da", "de", ("L002",)) == []


def test_the_compound_is_still_a_copy_where_the_term_is_translated_elsewhere(tmp_path):
    de = (DE_KEPT.replace("vier Tonnen Hjortronsylt", "vier Tonnen Moltebeerenmarmelade")
          .replace("für Hjortronsylt", "für Moltebeerenmarmelade")
          .replace("der Hjortronsylt-Produktion", "der Marmeladenproduktion"))
    assert _found(tmp_path, SV, de, "sv", "de", ("L002",)) == [("L002", "Piteå-Hjortronsylt")]
    de = (DE_KEPT_DA.replace("vier Tonnen Rygeost", "vier Tonnen Räucherkäse")
          .replace("für Rygeost", "für Räucherkäse")
          .replace("der Rygeost-Produktion", "der Räucherkäseproduktion"))
    assert _found(tmp_path, DA, de, "da", "de", ("L002",)) == [("L002", "Esbjerg-Rygeost")]


def test_a_single_pair_keeps_its_compound_flagged():
    # one mention alone says nothing of a term kept on purpose
    found = mtcheck.check_pair("Piteå hjortronsylt har sedan 2012 skyddad ursprungsbeteckning inom EU.",
                               "Piteå-Hjortronsylt ist seit 2012 in der EU als geschützte "
                               "Ursprungsbezeichnung eingetragen.", "sv", "de")
    assert "L002" in [f.code for f in found]

