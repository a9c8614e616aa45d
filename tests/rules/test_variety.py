"""S016 variety-spelling: a word spelled as another variety of the target language spells
it (written for mtcheck)."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config

CFG = Config(select=["S016"])


def marked(src: str, tgt: str, sl: str, tl: str, config: Config = CFG) -> list[tuple[str, str]]:
    return [(f.text, f.suggestion) for f in mtcheck.check_pair(src, tgt, sl, tl, config=config)]


@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    # Swiss Standard German writes no ß
    ("en", "de-CH", "The road stays closed, he said.", "Die Straße bleibt gesperrt, sagte er.",
     [("Straße", "Strasse")]),
    ("fr", "de-CH", "Il était très grand et il le savait.", "Er war sehr groß, und er wußte es.",
     [("groß", "gross"), ("wußte", "wusste")]),
    # German of Germany and Austria writes ß where Swiss German writes ss
    ("en", "de-DE", "The measures are big.", "Die Massnahmen sind gross.",
     [("Massnahmen", "Maßnahmen"), ("gross", "groß")]),
    ("fr", "de-AT", "Il allait au match de foot avec grand plaisir.", "Er ging mit grosser Freude zum Fussballspiel.",
     [("grosser", "großer"), ("Fussballspiel", "Fußballspiel")]),
    # American English
    ("de", "en-US", "Die Farbe des Zentrums.", "The colour of the centre.",
     [("colour", "color"), ("centre", "center")]),
    ("fr", "en-US", "Ils l'ont organisé.", "They organised it.", [("organised", "organized")]),
    # British English: American forms, but -ize is British too (Oxford spelling)
    ("de", "en-GB", "Sie reisten ins Zentrum.", "They traveled to the center.",
     [("traveled", "travelled"), ("center", "centre")]),
    ("es", "en-GB", "Defendieron el color.", "They organized the defense of the color.",
     [("defense", "defence"), ("color", "colour")]),
])
def test_words_of_the_other_variety_are_flagged_where_the_target_names_its_region(sl, tl, src, tgt, want):
    assert marked(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # the region's own spelling
    ("en", "de-CH", "The road stays closed.", "Die Strasse bleibt gesperrt."),
    ("en", "de-DE", "The road stays closed.", "Die Straße bleibt gesperrt."),
    # ss everywhere: dass, muss, Fluss; two words meeting at s|s; names
    ("en", "de-DE", "He must cross the river.", "Er muss über den Fluss, sagt er, dass es geht."),
    ("en", "de-DE", "The price system of the savings bank.",
     "Das Preissystem der Kreissparkasse und die Preissteigerung."),
    ("en", "de-DE", "Weiss and Grossman agreed.", "Ihm zufolge stimmten Weiss und Grossman zu."),
    ("en", "de-DE", "Rainer Weiss spoke.", "Rainer Weiss sprach mit Gross."),
    ("de", "en-US", "Sie besuchten Pearl Harbor.", "They visited Pearl Harbor and the Lincoln Center."),
    ("de", "en-GB", "Sie besuchten Pearl Harbor.", "They visited Pearl Harbor and the Lincoln Center."),
    # a target without a region that keeps to one variety
    ("de", "en", "Die Farbe des Zentrums.", "The colour of the centre."),
    ("de", "en", "Die Farbe des Zentrums.", "The color of the center."),
    ("en", "de", "The measures are big.", "Die Massnahmen sind gross."),
    # -ize beside British forms is Oxford spelling, not a mix
    ("de", "en", "Sie organisierten das Zentrum.", "They organized the centre."),
    # a word the source has (a title, a quote kept in the original)
    ("fr", "en-US", "Le film « The Colour of Money ».", "The film The colour of Money."),
])
def test_the_regions_own_spelling_names_and_seams_are_not_flagged(sl, tl, src, tgt):
    assert marked(src, tgt, sl, tl) == []


@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    # two varieties mixed in a target without a region: the less used one is flagged
    ("de", "en", "Die Farbe des Zentrums und das Theater.", "The colour of the centre and the theater.",
     [("theater", "theatre")]),
    ("fr", "en", "Le centre et la couleur.", "The center and the colour of the theater.",
     [("colour", "color")]),
    ("en", "de", "The measures are big and the road is closed.",
     "Die Maßnahmen sind groß, aber die Strasse ist gesperrt.", [("Strasse", "Straße")]),
    ("fr", "de", "Les mesures sont grandes et la route est fermée.",
     "Die Massnahmen sind gross, und die Straße ist gesperrt.", [("Straße", "Strasse")]),
])
def test_a_mix_of_two_varieties_flags_the_minority(sl, tl, src, tgt, want):
    assert marked(src, tgt, sl, tl) == want


def test_a_house_variety_from_config_overrides_the_tag():
    cfg = Config(select=["S016"], options={"S016": {"variety": "de-CH"}})
    assert marked("The road is closed.", "Die Straße ist gesperrt.", "en", "de", config=cfg) == [
        ("Straße", "Strasse")]
    # the option names a variety of another language: the target's own tag stands
    cfg = Config(select=["S016"], options={"S016": {"variety": "en-US"}})
    assert marked("The road is closed.", "Die Straße ist gesperrt.", "en", "de-DE", config=cfg) == []


def test_a_listed_noun_after_a_determiner_is_judged_but_a_lone_surname_is_not():
    assert marked("Have fun.", "Wir wünschen viel Spass beim Spiel.", "en", "de-DE") == [("Spass", "Spaß")]
    assert marked("Weiss said so.", "Das sagte Weiss.", "en", "de-DE") == []


def test_other_languages_are_not_judged():
    assert marked("The colour.", "La couleur du centre.", "en", "fr-CH") == []


def test_the_message_names_both_varieties():
    f = mtcheck.check_pair("The road is closed.", "Die Straße ist gesperrt.", "en", "de-CH", config=CFG)[0]
    assert f.code == "S016" and f.severity.label == "minor"
    assert f.message == "“Straße” is the German and Austrian spelling; de-CH writes “Strasse”"
    g = mtcheck.check_pair("Die Farbe.", "The centre and the theater.", "de", "en", config=CFG)[0]
    assert g.message == ("“theater” is the American spelling, where the rest of the text spells "
                         "the British way (1 word): “theatre”")


def test_document_mode_reads_the_region_of_an_article_set(tmp_path):
    """An article set whose target is tagged de-CH in its manifest: S016 (no ß) and S003
    («…») follow Swiss conventions in document mode too; the same text tagged de passes."""
    (tmp_path / "source.en.txt").write_text(
        'The road to the big square stays closed.\n\n"We are happy," she said.\n', encoding="utf-8")
    (tmp_path / "target.txt").write_text(
        "Die Straße zum großen Platz bleibt gesperrt.\n\n„Wir sind froh“, sagte sie.\n", encoding="utf-8")
    for tag, want in (("de-CH", ["S003", "S016", "S016"]), ("de", [])):
        (tmp_path / "mtcheck.toml").write_text(
            'id = "t"\n[[version]]\npath = "source.en.txt"\nlang = "en"\nrole = "source"\n'
            f'[[version]]\npath = "target.txt"\nlang = "{tag}"\nrole = "target"\n', encoding="utf-8")
        rep = mtcheck.compare_set(tmp_path, config=Config(select=["S003", "S016"]))
        assert sorted(f.code for f in rep.findings) == want, tag
