"""F008 caption-contradicts-body, and F001's note that a caption repeats the body: a
caption read against the body sentences of the same version, in whole articles."""

from __future__ import annotations

import pytest

import mtcheck


def codes(fs, code):
    return [f for f in fs if f.code == code]


SRC_DE = """El Salvador bietet an, Häftlinge aus den USA aufzunehmen. Präsident Nayib Bukele machte das Angebot am Montag.

Im Megagefängnis sitzen derzeit mehr als 40'000 Häftlinge. Die Anlage wurde 2023 eröffnet und gilt als das grösste Gefängnis Amerikas.

Menschenrechtsorganisationen kritisieren die Haftbedingungen scharf. Die Häftlinge dürfen ihre Zellen nur eine halbe Stunde am Tag verlassen.

Die USA haben noch nicht entschieden, ob sie das Angebot annehmen."""

TGT_EN = """El Salvador offers to take in prisoners from the USA. President Nayib Bukele made the offer on Monday.

More than 40,000 inmates are currently held in the mega-prison. The facility opened in 2023 and is considered the largest prison in the Americas.

The mega-prison holds {n} inmates. KEYSTONE

Human rights organisations sharply criticise the detention conditions. The inmates are only allowed to leave their cells for half an hour a day.

The USA has not yet decided whether to accept the offer."""


def test_leaked_caption_with_another_figure_en(article):
    fs = article(SRC_DE, TGT_EN.format(n="20,000"), "de", "en")
    (f,) = codes(fs, "F008")
    assert f.text == "20,000"
    assert f.severity.label == "major"
    assert "40,000 inmates" in f.message and "(line 3)" in f.message
    assert "More than 40,000 inmates" in f.evidence[0].text


@pytest.mark.parametrize("n", ["40,000", "40 000", "some 40,000"])
def test_caption_with_the_body_figure_repeats_it(article, n):
    fs = article(SRC_DE, TGT_EN.format(n=n), "de", "en")
    assert codes(fs, "F008") == []
    (cap,) = codes(fs, "F001")
    assert "it repeats the body (line 3)" in cap.message
    assert any("More than 40,000 inmates" in e.text for e in cap.evidence)


def test_a_round_figure_agrees_with_a_precise_one(article):
    tgt = TGT_EN.replace("More than 40,000 inmates", "Exactly 41,237 inmates").format(n="about 40,000")
    assert codes(article(SRC_DE, tgt, "de", "en"), "F008") == []


def test_a_figure_of_something_else_is_no_contradiction(article):
    # the caption counts inmates of another place: no other words of the body sentence
    tgt = TGT_EN.replace("The mega-prison holds {n} inmates.", "A jail in Honduras: 900 inmates riot.")
    assert codes(article(SRC_DE, tgt, "de", "en"), "F008") == []


SRC_FR = """Le Conseil fédéral veut renforcer la protection des glaciers. Il a présenté mardi un plan.

Selon la ministre, la fonte des glaciers s'est accélérée de 40 % depuis 2010. Le glacier d'Aletsch a perdu près de 3 kilomètres.

Les scientifiques estiment que le glacier pourrait disparaître d'ici la fin du siècle.

Le Parlement doit se prononcer sur le projet en juin."""

TGT_DE = """Der Bundesrat will den Schutz der Gletscher stärken. Er hat am Dienstag einen Plan vorgestellt.

Laut der Ministerin hat sich die Gletscherschmelze seit 2010 um 40 Prozent beschleunigt. Der Aletschgletscher hat fast 3 Kilometer verloren.

Der Aletschgletscher hat fast {n} verloren. Foto: Keystone/Jean-Christophe Bott

Die Wissenschaftler gehen davon aus, dass der Gletscher bis Ende des Jahrhunderts verschwinden könnte.

Das Parlament soll im Juni über das Projekt entscheiden."""


def test_leaked_caption_with_another_figure_de(article):
    fs = article(SRC_FR, TGT_DE.format(n="5 Kilometer"), "fr", "de")
    (f,) = codes(fs, "F008")
    assert f.text == "5" and "3 Kilometer" in f.message
    assert codes(article(SRC_FR, TGT_DE.format(n="3 Kilometer"), "fr", "de"), "F008") == []


SRC_EN = """The government presented a plan to protect the glaciers on Tuesday. The minister spoke in Bern.

According to the minister, around 12,000 people live in the valleys below the glaciers. They would be the first to be affected.

Scientists believe the glacier could disappear by the end of the century.

Parliament is due to decide on the project in June."""

TGT_FR = """Le gouvernement a présenté mardi un plan de protection des glaciers. La ministre s'est exprimée à Berne.

Selon la ministre, quelque 12 000 personnes vivent dans les vallées sous les glaciers. Elles seraient les premières touchées.

{n} personnes vivent dans les vallées sous le glacier. Photo: AFP

Les scientifiques estiment que le glacier pourrait disparaître d'ici la fin du siècle.

Le Parlement doit se prononcer sur le projet en juin."""


def test_leaked_caption_with_another_figure_fr(article):
    (f,) = codes(article(SRC_EN, TGT_FR.format(n="Quelque 21 000"), "en", "fr"), "F008")
    assert f.text == "21 000" and "12 000 personnes" in f.message
    assert codes(article(SRC_EN, TGT_FR.format(n="Quelque 12 000"), "en", "fr"), "F008") == []


def test_an_inconsistency_the_source_has_too_is_minor(article):
    src = SRC_DE.replace("Die USA haben", "Im Gefängnis sitzen 20'000 Häftlinge. KEYSTONE\n\nDie USA haben")
    fs = article(src, TGT_EN.format(n="20,000"), "de", "en")
    (f,) = codes(fs, "F008")
    assert f.severity.label == "minor" and "the source has both figures too" in f.message


HTML_EN = """<html><body><article>
<h1>El Salvador offers to take US prisoners</h1>
<p>El Salvador offers to take in prisoners from the USA. President Nayib Bukele made the offer on Monday.</p>
<p>More than 40,000 inmates are currently held in the mega-prison. The facility opened in 2023.</p>
<figure><img src="a.jpg"><figcaption>The mega-prison holds {n} inmates.</figcaption></figure>
<p>Human rights organisations sharply criticise the detention conditions.</p>
</article></body></html>"""


def test_a_marked_caption_is_read_too(article):
    """A caption the file marks as one (figcaption) is no leak (no F001), but its figure
    is still read against the body."""
    fs = article(SRC_DE, HTML_EN.format(n="20,000"), "de", "en", tgt_ext="html")
    assert [f.text for f in codes(fs, "F008")] == ["20,000"]
    assert codes(fs, "F001") == []
    assert codes(article(SRC_DE, HTML_EN.format(n="40,000"), "de", "en", tgt_ext="html"), "F008") == []


def test_a_single_pair_has_no_body_to_contradict():
    """check_pair sees one segment: the caption is all there is (article sets only)."""
    fs = mtcheck.check_pair("Im Gefängnis sitzen 40'000 Häftlinge. Es sind 20'000 Häftlinge. KEYSTONE",
                            "The prison holds 40,000 inmates. The prison holds 20,000 inmates. KEYSTONE", "de", "en")
    assert "F001" in {f.code for f in fs} and "F008" not in {f.code for f in fs}


@pytest.mark.parametrize("sl,tl,src,tgt,caption", [
    ("it", "en", ["Il Comune ha deciso di raddoppiare il ticket.",
                  "I residenti restano esenti. Chi non paga rischia una multa fino a 300 euro.",
                  "Le associazioni dei commercianti criticano la decisione."],
     ["The municipality has decided to double the ticket.",
      "Residents remain exempt. Those who do not pay risk a fine of up to 300 euros. "
      "Tourists at the Rialto Bridge. Photo: AFP/Marco Bertorello",
      "Traders' associations criticise the decision."], "Tourists at the Rialto Bridge."),
    ("fr", "de", ["Le Conseil fédéral veut protéger les glaciers.",
                  "Le glacier d'Aletsch a perdu près de 3 kilomètres depuis 1880. Il pourrait disparaître d'ici 2100.",
                  "Le Parlement se prononcera en juin."],
     ["Der Bundesrat will die Gletscher schützen.",
      "Der Aletschgletscher hat seit 1880 fast 3 Kilometer verloren. Er könnte bis 2100 verschwinden. "
      "Wanderer auf dem Gletscher im Sommer. Bild: Keystone/Jean-Christophe Bott",
      "Das Parlament entscheidet im Juni."], "Wanderer auf dem Gletscher im Sommer."),
])
def test_a_caption_glued_to_a_body_paragraph_starts_after_the_translated_sentences(
        article, sl, tl, src, tgt, caption):
    (f,) = codes(article("\n\n".join(src), "\n\n".join(tgt), sl, tl), "F001")
    assert f.text == caption


HTML_DE = """<html><body><article>
<h1>Bern führt Tempo 30 in der ganzen Stadt ein</h1>
<p>Gemäss der Gemeinderätin sinkt damit der Lärm um bis zu drei Dezibel. Auf 90 Prozent der Stadtstrassen gilt künftig Tempo 30.</p>
<figure><img src="a.jpg"><figcaption>Auf 90 Prozent der Strassen gilt künftig Tempo 30.</figcaption></figure>
<p>Der TCS kritisiert den Entscheid.</p>
</article></body></html>"""
HTML_EN2 = """<html><body><article>
<h1>Bern introduces 30 km/h throughout the city</h1>
<p>According to the councillor, this will reduce noise by up to three decibels. In future, 30 km/h will apply on 90 percent of city roads.</p>
<figure><img src="a.jpg"><figcaption>In future, {n} percent of roads will have 30 km/h.</figcaption></figure>
<p>The TCS criticises the decision.</p>
</article></body></html>"""


def test_a_caption_that_changed_its_source_figure_is_d001s(article):
    """The source's caption says 90 like the body; the translation's says 70: a changed
    figure (D001), not a second finding for the contradiction it makes."""
    fs = article(HTML_DE, HTML_EN2.format(n=70), "de", "en", src_ext="html", tgt_ext="html")
    assert [f.code for f in fs if f.code in ("D001", "F008")] == ["D001"]
    from mtcheck.config import Config
    fs = article(HTML_DE, HTML_EN2.format(n=70), "de", "en", src_ext="html", tgt_ext="html",
                 config=Config(ignore=["D001"]))
    assert [f.text for f in fs if f.code == "F008"] == ["70"]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # the day of a caption's date dates the photo; the body's 1 October counts nothing either
    ("it", "fr", "Il consiglio comunale di Milano ha approvato lunedì il divieto di circolazione dei veicoli diesel "
                 "Euro 5 dal 1° ottobre 2026.\n\nIl traffico in viale Marche a Milano, il 14 ottobre. ANSA\n\n"
                 "I commercianti protestano.",
     "Le conseil municipal de Milan a approuvé lundi l'interdiction de circulation des véhicules diesel Euro 5 "
     "à partir du 1er octobre 2026.\n\nLa circulation sur le boulevard de la Marche, à Milan, le 14 octobre. "
     "ANSA\n\nLes commerçants protestent."),
    ("de", "en", "Der Stadtrat beschloss am Montag das Verbot ab dem 1. Oktober 2026.\n\nVerkehr in Mailand am "
                 "14. Oktober. KEYSTONE\n\nDie Händler protestieren.",
     "Milan's city council approved the traffic ban from 1 October 2026 on Monday.\n\nTraffic in Milan on "
     "14 October. KEYSTONE\n\nShopkeepers are protesting."),
])
def test_a_captions_date_is_no_count(article, sl, tl, src, tgt):
    assert codes(article(src, tgt, sl, tl), "F008") == []
