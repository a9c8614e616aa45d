"""Page furniture rules F001–F007: captions, credits, UI labels, embeds, truncated posts,
metadata and bylines leaked into the running text."""

from __future__ import annotations

import re

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.model import Alignment, Bead, Document, Paragraph, Segment
from mtcheck.rules import CheckContext, get_rule, run_rules, select_rules

CODES = ["F001", "F002", "F003", "F004", "F005", "F006", "F007"]


def pair(code: str, src: str, tgt: str, sl: str, tl: str):
    return mtcheck.check_pair(src, tgt, sl, tl, config=Config(select=[code]))


# -- hand-built documents ------------------------------------------------------------------
_SENT = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-Þ«\"“])")


def make_doc(paras: list, lang: str, role: str, path: str | None = None, scope: str = "full") -> Document:
    """paras: strings (body) or (kind, text) tuples; one segment per sentence."""
    parts, paragraphs, segments, pos = [], [], [], 0
    for i, p in enumerate(paras):
        kind, text = p if isinstance(p, tuple) else ("body", p)
        if parts:
            parts.append("\n\n")
            pos += 2
        paragraphs.append(Paragraph(i, kind, pos, pos + len(text)))
        off = 0
        for sent in _SENT.split(text):
            k = text.index(sent, off)
            segments.append(Segment(len(segments), i, kind, pos + k, pos + k + len(sent), sent))
            off = k + len(sent)
        parts.append(text)
        pos += len(text)
    d = Document(path=path or f"<{role}.{lang}>", lang=lang, role=role, text="".join(parts),
                 paragraphs=paragraphs, segments=segments, scope=scope)
    return d


def run_doc(code: str, target: Document, source: Document | None = None,
            beads: list[tuple[list[int], list[int]]] | None = None, others=()) -> list:
    als = {}
    if source is not None:
        if beads is None:  # 1-1 by segment order
            n = min(len(source.segments), len(target.segments))
            beads = [([i], [i]) for i in range(n)]
        als[target.path] = Alignment(source.path, target.path, [Bead(s, t) for s, t in beads])
    ctx = CheckContext(target, source, others, als)
    return run_rules(ctx, select_rules([code]))


def texts(findings) -> list[str]:
    return [f.text for f in findings]


# -- registry examples -------------------------------------------------------------------------
@pytest.mark.parametrize("code", CODES)
def test_registry_examples(code):
    r = get_rule(code)
    assert r is not None and r.family == "furniture"
    sl, tl = ("en", "en") if code == "F005" else ("de", "en")
    assert pair(code, *r.fail, sl, tl), f"{code}: registered fail example not flagged"
    assert not pair(code, *r.ok, sl, tl), f"{code}: registered ok example flagged"


def test_rule_metadata():
    arte = {get_rule(c).artefact for c in CODES}
    assert arte == {"leaked-caption", "leaked-credit", "leaked-ui", "leaked-embed", "truncation",
                    "leaked-metadata", "leaked-byline"}
    assert get_rule("F001").severity.label == "major"
    assert get_rule("F005").category == "Accuracy/Omission"


# -- table: (code, source, target, sl, tl, expected flagged text or None) -----------------------
CASES = [
    # F001 leaked-caption
    ("F001", "Es gibt kein Besteck. So sollen Schlägereien vermieden werden. KEYSTONE",
     "There is no cutlery. The idea is to avoid fights. KEYSTONE", "de", "en",
     "There is no cutlery. The idea is to avoid fights."),
    ("F001", "Ni couverts ni haltères. Photo: Keystone/Ennio Leanza",
     "No cutlery and no dumbbells. Photo: Keystone/Ennio Leanza", "fr", "en", "No cutlery and no dumbbells."),
    ("F001", "Prisoners in the yard. (Photo: Reuters)", "Häftlinge im Hof. (Bild: Reuters)", "en", "de",
     "Häftlinge im Hof."),
    ("F001", "Die Vereinbarung hat Kritik ausgelöst, wie die Nachrichtenagentur Keystone-SDA berichtet.",
     "The agreement has sparked criticism, as reported by the Keystone-SDA news agency.", "de", "en", None),
    ("F001", "Les détenus doivent manger sans couverts.", "Die Insassen müssen ohne Besteck essen.", "fr", "de", None),
    # a long body paragraph with a credit glued on is not a caption (the credit is F002's)
    ("F001", "x", "The government defends its actions. The commissioner said rights were respected. "
     "Bukele points to the drop in crime. Critics warn that innocent people are imprisoned too. KEYSTONE",
     "de", "en", None),

    # F002 leaked-credit
    ("F002", "Es gibt kein Besteck. KEYSTONE", "There is no cutlery. KEYSTONE", "de", "en", "KEYSTONE"),
    ("F002", "There is no cutlery. Photo: Keystone", "Il n'y a pas de couverts. Photo : Keystone", "en", "fr",
     "Photo : Keystone"),
    ("F002", "Les détenus dans la cour. © AFP", "Die Häftlinge im Hof. © AFP", "fr", "de", "© AFP"),
    ("F002", "x", "Los presos en el patio. EFE/Rodrigo Sura", "de", "es", "EFE/Rodrigo Sura"),
    ("F002", "x", "I detenuti nel cortile. ANSA", "de", "it", "ANSA"),
    ("F002", "x", "In 2022, 70,000 people were already in prison KEYSTONE", "de", "en", "KEYSTONE"),
    ("F002", "x", "Getty Images", "de", "en", "Getty Images"),
    ("F002", "x", "Die Insassen sitzen im Hof. Foto: Keystone/Ennio Leanza", "en", "de", "Foto: Keystone/Ennio Leanza"),
    ("F002", "Die Vereinbarung hat Kritik ausgelöst, wie CNN und die Nachrichtenagentur Keystone-SDA berichten.",
     "The agreement has sparked criticism, as reported by CNN and the Keystone-SDA news agency.", "de", "en", None),
    ("F002", "Selon l'AFP, le ministre a démissionné.", "According to AFP, the minister has resigned.", "fr", "en", None),
    ("F002", "x", "Der Minister ist zurückgetreten. (dpa)", "en", "de", None),
    ("F002", "x", "Interview with AFP", "de", "en", None),
    ("F002", "x", "Reuters reported that the minister had resigned.", "de", "en", None),
    ("F002", "x", "I detenuti nel cortile. Foto ANSA", "de", "it", "Foto ANSA"),
    ("F002", "x", "Prisoners in the yard. (Getty Images)", "de", "en", "(Getty Images)"),
    ("F002", "x", "Inmates in the yard. Photo by John Moore/Getty Images", "de", "en",
     "Photo by John Moore/Getty Images"),
    ("F002", "x", "Los presos. Fotografía: EFE/Rodrigo Sura", "en", "es", "Fotografía: EFE/Rodrigo Sura"),
    ("F002", "x", "Die Schüsse fielen am Abend. Foto Schweiz", "en", "de", None),

    # F003 leaked-ui
    ("F003", "Er steht in der Kritik.", "He has come under criticism. Show more", "de", "en", "Show more"),
    ("F003", "Er steht in der Kritik.", "He has come under criticism. Mehr anzeigen", "de", "en", "Mehr anzeigen"),
    ("F003", "Er steht in der Kritik.", "Il est critiqué à l'international. Lire la suite", "de", "fr", "Lire la suite"),
    ("F003", "x", "Advertisement", "de", "en", "Advertisement"),
    ("F003", "x", "He left early. ADVERTISEMENT The next day he came back.", "de", "en", "ADVERTISEMENT"),
    ("F003", "x", "Read more: Trump's new deportation plan", "de", "en", "Read more: Trump's new deportation plan"),
    ("F003", "x", "Lesen Sie auch: Trumps neuer Plan", "en", "de", "Lesen Sie auch: Trumps neuer Plan"),
    ("F003", "x", "We use cookies to improve your experience on our site.", "de", "en",
     "We use cookies to improve your experience on our site."),
    ("F003", "x", "Kommentare (12)", "en", "de", "Kommentare (12)"),
    ("F003", "x", "Listen to this article Donald Trump is pursuing a tough policy.", "de", "en",
     "Listen to this article"),
    ("F003", "x", "È stato criticato. Leggi di più", "de", "it", "Leggi di più"),
    ("F003", "Er möchte mehr darüber lesen.", "He wants to read more about it.", "de", "en", None),
    ("F003", "x", "Read the article Trump wrote in 2020.", "de", "en", None),
    ("F003", "x", "Er ging. Anzeige gegen Unbekannt wurde erstattet.", "en", "de", None),
    ("F003", "x", "Share prices fell sharply on Monday.", "de", "en", None),
    ("F003", "x", "Teilen Sie uns Ihre Meinung mit.", "en", "de", None),
    ("F003", "x", "Il faut lire la suite du rapport pour comprendre.", "de", "fr", None),
    ("F003", "x", "Plus de 2000 membres de gangs ont été transférés.", "de", "fr", None),

    # F004 leaked-embed
    ("F004", "x", "We made an offer. pic.twitter.com/HTNab35Aq", "de", "en", "pic.twitter.com/HTNab35Aq"),
    ("F004", "x", "Wir haben ein Angebot gemacht. — Anna Keller (@akeller) 4. Februar 2025", "en", "de",
     "— Anna Keller (@akeller) 4. Februar 2025"),
    ("F004", "x", "Nous avons fait une offre. — Jeanne Roe (@jroe) 4 février 2025", "en", "fr",
     "— Jeanne Roe (@jroe) 4 février 2025"),
    # a blockquote flattened by its text: the signature's dash right after the post's mark
    ("F004", "x", "Remittances reached a new high in 2024.— Ana Ruiz (@anaruiz) March 10, 2025", "es", "en",
     "— Ana Ruiz (@anaruiz) March 10, 2025"),
    ("F004", "x", "Die Überweisungen erreichten 2024 einen Rekord!“— Ana Ruiz (@anaruiz) 10. März 2025", "es", "de",
     "— Ana Ruiz (@anaruiz) 10. März 2025"),
    ("F004", "x", "A post shared by Jane Roe (@janeroe)", "de", "en", "A post shared by Jane Roe (@janeroe)"),
    ("F004", "x", "View this post on Instagram", "de", "en", "View this post on Instagram"),
    ("F004", "x", "Ver esta publicación en Instagram", "de", "es", "Ver esta publicación en Instagram"),
    ("F004", "Er schrieb am 4. Februar 2025 auf X, man habe ein Angebot gemacht.",
     "He wrote on X on February 4, 2025 that an offer had been made.", "de", "en", None),
    ("F004", "x", "Musk (@elonmusk) wrote on X that the plan was a good idea.", "de", "en", None),
    ("F004", "x", "Le président l'a confirmé sur X (anciennement Twitter).", "de", "fr", None),

    # F005 truncated-embed
    ("F005", "The fee would be relatively low for the U.S. but significant for us. pic.twitter.com/HTNab35Aq",
     "The fee would be relatively low for… pic.twitter.com/HTNab35Aq", "en", "en", "for…"),
    ("F005", "x", "Die Gebühr wäre relativ gering für... pic.twitter.com/HTNab35Aq", "en", "de", "für..."),
    ("F005", "x", "La taxe serait faible pour… — Jeanne Roe (@jroe) 4 février 2025", "en", "fr", "pour…"),
    ("F005", "x", "The fee would be relatively low for… Show more", "de", "en", "for…"),
    ("F005", "x", "He hesitated… then he left.", "de", "en", None),
    ("F005", "x", "Er zögerte... und ging dann.", "en", "de", None),
    ("F005", "x", "The fee would be low for us. pic.twitter.com/HTNab35Aq", "en", "en", None),

    # F006 leaked-metadata
    ("F006", "Donald Trump verfolgt eine harte Abschiebepolitik.",
     "date 2025-02-04 Donald Trump is pursuing a tough deportation policy.", "de", "en", "date 2025-02-04"),
    ("F006", "x", "Aktualisiert am 04.02.2025, 10:12 Uhr Donald Trump verfolgt eine harte Politik.", "en", "de",
     "Aktualisiert am 04.02.2025, 10:12 Uhr"),
    ("F006", "x", "Publié le 4 février 2025 à 10h12 Donald Trump mène une politique dure.", "de", "fr",
     "Publié le 4 février 2025 à 10h12"),
    ("F006", "x", "Lesezeit: 3 Min.", "en", "de", "Lesezeit: 3 Min."),
    ("F006", "x", "3 min read", "de", "en", "3 min read"),
    ("F006", "x", "Home > World > Americas", "de", "en", "Home > World > Americas"),
    ("F006", "x", "https://www.example.ch/ausland/el-salvador-12345", "en", "de",
     "https://www.example.ch/ausland/el-salvador-12345"),
    ("F006", "x", "Publicado el 4 de febrero de 2025, 10:12 Donald Trump persigue una política dura.", "en", "es",
     "Publicado el 4 de febrero de 2025, 10:12"),
    ("F006", "x", "Pubblicato il 04/02/2025 alle 10:12 Donald Trump persegue una politica dura.", "en", "it",
     "Pubblicato il 04/02/2025 alle 10:12"),
    ("F006", "x", "On 4 February 2025, Donald Trump was pursuing a tough policy.", "de", "en", None),
    ("F006", "x", "Bern / Zürich / Basel", "en", "de", None),
    ("F006", "x", "Am 4. Februar 2025 verfolgte Donald Trump eine harte Politik.", "en", "de", None),
    ("F006", "x", "Updated figures show that the murder rate fell by 57 percent.", "de", "en", None),
    ("F006", "x", "Published on 4 February 2025, the report was widely criticised.", "de", "en", None),
    ("F006", "x", "It is a 5 minute read, he said.", "de", "en", None),

    # F007 leaked-byline
    ("F007", "Von Anna Keller", "By Anna Keller", "de", "en", "By Anna Keller"),
    ("F007", "By Anna Keller, Zurich", "Von Anna Keller, Zürich", "en", "de", "Von Anna Keller, Zürich"),
    ("F007", "Von Jeanne Dupont", "Par Jeanne Dupont", "de", "fr", "Par Jeanne Dupont"),
    ("F007", "x", "Testo: Marco Rossi e Anna Bianchi", "de", "it", "Testo: Marco Rossi e Anna Bianchi"),
    ("F007", "x", "By ANNA KELLER", "de", "en", "By ANNA KELLER"),
    ("F007", "x", "Por Ana García", "en", "es", "Por Ana García"),
    ("F007", "Von Kopf bis Fuss", "From head to toe", "de", "en", None),
    ("F007", "x", "Interview: Putin Speaks Out", "de", "en", None),
    ("F007", "x", "Von Kopf bis Fuss", "en", "de", None),
    ("F007", "x", "Par ailleurs, le gouvernement a démenti.", "de", "fr", None),
    ("F007", "x", "By the numbers", "de", "en", None),
    ("F007", "Anna Keller", "Anna Keller", "de", "en", None),  # a bare name alone: no article around it
    # a byline with the date glued after it, as scrapers write it
    ("F007", "x", "By Anna Keller, February 14, 2025 at 10:32 am", "de", "en",
     "By Anna Keller, February 14, 2025 at 10:32 am"),
    ("F007", "x", "di Marco Rossi, 14 febbraio 2025 alle 10:32", "de", "it",
     "di Marco Rossi, 14 febbraio 2025 alle 10:32"),
    ("F007", "x", "Par Marie Dupont, le 14 février 2025 à 10h32", "de", "fr",
     "Par Marie Dupont, le 14 février 2025 à 10h32"),
    ("F007", "x", "By the end of 2025, 40 people had left.", "de", "en", None),
    ("F007", "x", "Von Anfang an, am 14. Februar 2025", "en", "de", None),
    # "read more" as a teaser label, in each lexicon language
    ("F003", "x", "Leer más: Las peores inundaciones de la década", "en", "es",
     "Leer más: Las peores inundaciones de la década"),
    ("F003", "x", "Weiterlesen: Die schlimmsten Überschwemmungen", "en", "de",
     "Weiterlesen: Die schlimmsten Überschwemmungen"),
    ("F003", "x", "Lire la suite : Les pires inondations", "en", "fr", "Lire la suite : Les pires inondations"),
    ("F003", "x", "Per saperne di più: le peggiori alluvioni", "en", "it",
     "Per saperne di più: le peggiori alluvioni"),
]


@pytest.mark.parametrize("code,src,tgt,sl,tl,expected", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_pairs(code, src, tgt, sl, tl, expected):
    found = pair(code, src, tgt, sl, tl)
    if expected is None:
        assert found == [], [f.text for f in found]
    else:
        assert expected in texts(found), [f.text for f in found]
        assert all(f.code == code and f.artefact == get_rule(code).artefact for f in found)


def test_credit_and_caption_split():
    """The caption span stops before the credit; the credit is a separate finding."""
    tgt = "There are no cutlery and dumbbells. The idea is to avoid injuries and fights. KEYSTONE"
    fs = mtcheck.check_pair("x", tgt, "de", "en", config=Config(select=["F001", "F002"]))
    by = {f.code: f for f in fs}
    assert by["F001"].text == "There are no cutlery and dumbbells. The idea is to avoid injuries and fights."
    assert by["F002"].text == "KEYSTONE"
    assert by["F001"].severity.label == "major"


def test_truncation_evidence_names_the_complete_version():
    src = "We offered a deal. The fee would be relatively low for the U.S. but significant for us. pic.twitter.com/AbC1234"
    tgt = "We offered a deal. The fee would be relatively low for… pic.twitter.com/AbC1234"
    (f,) = pair("F005", src, tgt, "en", "en")
    assert f.evidence and "significant for us" in f.evidence[0].text
    assert f.severity.label == "major"


# -- whole documents -----------------------------------------------------------------------------
LEAD_EN = ("Donald Trump is pursuing a tough deportation policy: criminals are to be imprisoned in a mega "
           "prison abroad. In 2024, the government even used a video to promote the prison.")
BODY_EN = [
    "Human rights groups warn of the inhumane detention conditions. According to the State Department, "
    "the prisons are overcrowded and prisoners often have no access to adequate hygiene or water.",
    "The agreement is part of the new administration's tougher immigration policy. In recent months, "
    "deportation agreements with Venezuela, Mexico and Colombia were also pushed forward.",
    "The inmates have to eat their meals without any tools, as the authorities fear that they could turn "
    "them into weapons. Prisoners may only leave their cells for half an hour a day.",
]


def test_caption_repeating_a_subheading_en():
    paras = [LEAD_EN, BODY_EN[0], "There is no cutlery and there are no dumbbells.", BODY_EN[1],
             "No cutlery and no dumbbells", BODY_EN[2], BODY_EN[0]]
    fs = run_doc("F001", make_doc(paras, "en", "target"))
    assert texts(fs) == ["There is no cutlery and there are no dumbbells."]
    assert "subheading" in fs[0].message


def test_caption_repeating_a_subheading_de():
    lead = ("Donald Trump verfolgt eine harte Abschiebepolitik: Kriminelle sollen in einem Megagefängnis "
            "inhaftiert werden. Die Regierung warb sogar mit einem Video für das Gefängnis.")
    b1 = ("Menschenrechtsgruppen warnen vor den unmenschlichen Haftbedingungen. Laut dem Aussenministerium "
          "sind die Gefängnisse überfüllt, und die Gefangenen haben oft keinen Zugang zu Trinkwasser.")
    b2 = ("Das Abkommen ist Teil der verschärften Migrationspolitik der neuen Regierung. In den vergangenen "
          "Monaten wurden auch Abkommen mit Venezuela, Mexiko und Kolumbien vorangetrieben.")
    paras = [lead, b1, "Es gibt kein Besteck und keine Hanteln.", b2, "Kein Besteck und keine Hanteln", b1, b2]
    fs = run_doc("F001", make_doc(paras, "de", "target"))
    assert texts(fs) == ["Es gibt kein Besteck und keine Hanteln."]


def test_one_sentence_paragraph_without_echo_is_not_a_caption():
    paras = [LEAD_EN, BODY_EN[0], "Rubio explicitly named members of two notorious gangs.", BODY_EN[1],
             "No cutlery and no dumbbells", BODY_EN[2], BODY_EN[0]]
    assert run_doc("F001", make_doc(paras, "en", "target")) == []


def test_caption_before_a_lone_credit_line_de():
    """A page flattened to text: caption and credit as separate paragraphs."""
    lead = ("Donald Trump verfolgt eine harte Abschiebepolitik: Kriminelle sollen in einem Megagefängnis "
            "inhaftiert werden.")
    b1 = ("Menschenrechtsgruppen warnen vor den unmenschlichen Haftbedingungen. Laut dem Aussenministerium "
          "sind die Gefängnisse überfüllt.")
    paras = [lead, b1, "Es gibt kein Besteck und keine Hanteln.", "KEYSTONE", b1]
    doc = make_doc(paras, "de", "target")
    assert texts(run_doc("F001", doc)) == ["Es gibt kein Besteck und keine Hanteln."]
    assert texts(run_doc("F002", doc)) == ["KEYSTONE"]


def test_body_text_before_a_credit_the_source_lacks_is_no_caption():
    """A translated page with a photo the source text lacks: the paragraph before the
    credit translates source body text, so only the credit leaked."""
    src = make_doc(["Floods hit northern Italy.",
                    "Heavy rain caused severe flooding on Tuesday. At least 9 people died.",
                    "Rescue teams evacuated 13,000 residents."], "en", "source")
    tgt = make_doc(["Inondations dans le nord de l'Italie.",
                    "De fortes pluies ont provoqué des inondations mardi. Au moins 9 personnes sont mortes.",
                    "Photo: Keystone/Peter Schneider",
                    "Les secours ont évacué 13 000 habitants."], "fr", "target")
    beads = [([0], [0]), ([1], [1]), ([2], [2]), ([], [3]), ([3], [4])]
    assert run_doc("F001", tgt, src, beads) == []
    assert texts(run_doc("F002", tgt, src, beads)) == ["Photo: Keystone/Peter Schneider"]
    # the same shape where the source has the caption and its credit too: a caption
    src2 = make_doc(["Floods hit northern Italy.", "Heavy rain caused severe flooding on Tuesday.",
                     "Residents wade through a flooded street.", "Photo: Keystone/Peter Schneider",
                     "Rescue teams evacuated 13,000 residents."], "en", "source")
    tgt2 = make_doc(["Überschwemmungen in Norditalien.", "Starker Regen verursachte am Dienstag Überschwemmungen.",
                     "Anwohner waten durch eine überflutete Strasse.", "Foto: Keystone/Peter Schneider",
                     "Rettungsteams evakuierten 13'000 Anwohner."], "de", "target")
    beads2 = [([i], [i]) for i in range(5)]
    assert texts(run_doc("F001", tgt2, src2, beads2)) == ["Anwohner waten durch eine überflutete Strasse."]


def _structured_source_de():
    return make_doc([
        ("headline", "El Salvador will US-Häftlinge aufnehmen"),
        ("lead", "Donald Trump verfolgt eine harte Abschiebepolitik."),
        ("byline", "Anna Keller"),
        ("body", "Menschenrechtsgruppen warnen vor den Haftbedingungen."),
        ("ui", "Mehr anzeigen"),
        ("caption", "Es gibt kein Besteck und keine Hanteln. So sollen Schlägereien vermieden werden."),
        ("credit", "Bildagentur Muster"),
        ("body", "Auch in El Salvador regt sich Widerstand."),
    ], "de", "source")


def test_structure_from_an_html_source():
    """Target plain text; the source marks caption, credit, UI label and byline."""
    src = _structured_source_de()
    tgt = make_doc([
        "Donald Trump is pursuing a tough deportation policy.",
        "Anna Keller",
        "Human rights groups warn of the detention conditions.",
        "Display more",
        "There is no cutlery and no dumbbells. The idea is to avoid fights.",
        "Picture agency Muster",
        "Opposition is also growing in El Salvador.",
    ], "en", "target")
    beads = [([0], []), ([1], [0]), ([2], [1]), ([3], [2]), ([4], [3]), ([5], [4]), ([6], [5]), ([7], [6]),
             ([8], [7])]
    # one finding for the whole two-sentence caption
    assert texts(run_doc("F001", tgt, src, beads)) == ["There is no cutlery and no dumbbells. The idea is to avoid fights."]
    f1 = run_doc("F001", tgt, src, beads)[0]
    assert f1.evidence and f1.evidence[0].text == "Es gibt kein Besteck und keine Hanteln."
    assert texts(run_doc("F003", tgt, src, beads)) == ["Display more"]
    assert texts(run_doc("F002", tgt, src, beads)) == ["Picture agency Muster"]
    assert texts(run_doc("F007", tgt, src, beads)) == ["Anna Keller"]


def test_clean_translation_with_an_html_source_is_not_flagged():
    """The reference case: captions, credits, button and byline left out of the translation."""
    src = _structured_source_de()
    tgt = make_doc([
        "El Salvador wants to take in US prisoners",
        "Donald Trump is pursuing a tough deportation policy.",
        "Human rights groups warn of the detention conditions.",
        "Opposition is also growing in El Salvador.",
    ], "en", "target")
    beads = [([0], [0]), ([1], [1]), ([2], []), ([3], [2]), ([4], []), ([5], []), ([6], []), ([7], []),
             ([8], [3])]
    for code in CODES:
        assert run_doc(code, tgt, src, beads) == [], code


def test_bare_name_byline_near_the_start_by_word_frequency():
    pytest.importorskip("wordfreq")
    paras = [LEAD_EN, "Samuel Zbinden", BODY_EN[0], BODY_EN[1]]
    assert texts(run_doc("F007", make_doc(paras, "en", "target"))) == ["Samuel Zbinden"]
    paras = [LEAD_EN.replace("Donald Trump", "Der Präsident"), "Lukas Zbinden", BODY_EN[0], BODY_EN[1]]
    assert texts(run_doc("F007", make_doc(paras, "de", "target"))) == ["Lukas Zbinden"]


def test_bare_name_byline_near_the_start_by_source():
    # the same name verbatim in a source is evidence enough, even where wordfreq knows the words
    src = make_doc(["Lead auf Deutsch.", "Marco Rossi", "Text."], "de", "source")
    paras = [LEAD_EN, "Marco Rossi", BODY_EN[0], BODY_EN[1]]
    fs = run_doc("F007", make_doc(paras, "en", "target"), src, [([0], [0]), ([1], [1]), ([2], [2])])
    assert texts(fs) == ["Marco Rossi"]


@pytest.mark.parametrize("lang,heading", [
    ("en", "Massive criticism from human rights organizations"),
    ("en", "Deadly Clashes"),
    ("de", "Blutige Razzien"),
    ("de", "Massive Kritik"),
    ("fr", "Nouvelle donne"),
])
def test_subheading_near_the_start_is_not_a_byline(lang, heading):
    paras = [LEAD_EN, heading, BODY_EN[0], BODY_EN[1]]
    assert run_doc("F007", make_doc(paras, lang, "target")) == []


@pytest.mark.parametrize("lang,name", [
    ("de", "Anna Keller"),   # Keller is also a German noun (cellar)
    ("de", "Hans Bäcker"),
    ("en", "Tom Baker"),     # baker is an English word
    ("fr", "Jean Boulanger"),
])
def test_bare_name_byline_given_name_before_a_word(lang, name):
    # a given name every big language writes, then a surname that is also a common word
    pytest.importorskip("wordfreq")
    paras = [LEAD_EN, name, BODY_EN[0], BODY_EN[1]]
    assert texts(run_doc("F007", make_doc(paras, lang, "target"))) == [name]


@pytest.mark.parametrize("lang,heading", [("de", "Große Pläne"), ("de", "Harte Kritik"),
                                          ("en", "Deadly Clashes"), ("fr", "Nouvelle donne")])
def test_heading_of_common_words_is_no_given_name_byline(lang, heading):
    pytest.importorskip("wordfreq")
    paras = [LEAD_EN, heading, BODY_EN[0], BODY_EN[1]]
    assert run_doc("F007", make_doc(paras, lang, "target")) == []


@pytest.mark.parametrize("lang,line", [("de", "Von Anna Keller, dpa"), ("en", "By Tom Baker, Reuters"),
                                       ("fr", "Par Jean Martin, AFP"), ("it", "di Marco Rossi, ANSA")])
def test_byline_with_the_writers_agency(lang, line):
    paras = [LEAD_EN, line, BODY_EN[0], BODY_EN[1]]
    assert texts(run_doc("F007", make_doc(paras, lang, "target"))) == [line]


@pytest.mark.parametrize("lang,line", [("en", "By Laura Martín | Madrid"), ("de", "Von Anna Keller · Zürich"),
                                       ("fr", "Par Jean Martin | Paris")])
def test_byline_with_a_page_separator_before_its_place(lang, line):
    paras = [LEAD_EN, line, BODY_EN[0], BODY_EN[1]]
    assert texts(run_doc("F007", make_doc(paras, lang, "target"))) == [line]


def test_byline_separator_needs_names_before_it():
    paras = [LEAD_EN, "By the way | Madrid", BODY_EN[0], BODY_EN[1]]
    assert run_doc("F007", make_doc(paras, "en", "target")) == []


def test_byline_agency_must_be_an_agency():
    # "…, Ihre Redaktion" is no agency nor a place
    paras = [LEAD_EN, "Von Anna Keller, ihre Redaktion", BODY_EN[0], BODY_EN[1]]
    assert run_doc("F007", make_doc(paras, "de", "target")) == []


def test_source_kind_overrides_name_guess():
    src = make_doc([("lead", "Lead."), ("subheading", "Samuel Zbinden"), ("body", "Text.")], "de", "source")
    tgt = make_doc([LEAD_EN, "Samuel Zbinden", BODY_EN[0]], "en", "target")
    assert run_doc("F007", tgt, src, [([0], [0]), ([1], [1]), ([2], [2])]) == []


def test_properly_marked_furniture_in_an_html_target_is_not_leaked():
    tgt = make_doc([("lead", LEAD_EN), ("byline", "By Anna Keller"), ("body", BODY_EN[0]),
                    ("caption", "No cutlery. KEYSTONE"), ("ui", "Show more"),
                    ("embed", "— Jane Roe (@janeroe) February 4, 2025"), ("body", BODY_EN[1])], "en", "target")
    for code in CODES:
        assert run_doc(code, tgt) == [], code


def test_metadata_header_only_at_the_start():
    paras = [LEAD_EN, "Updated 4 February 2025 The agreement was signed on Monday.", BODY_EN[0]]
    assert run_doc("F006", make_doc(paras, "en", "target")) == []
    paras = ["Updated 4 February 2025 " + LEAD_EN, BODY_EN[0]]
    assert texts(run_doc("F006", make_doc(paras, "en", "target"))) == ["Updated 4 February 2025"]


@pytest.mark.parametrize("lang,head", [
    ("de", "04.03.2021 | 14:05"), ("de", "04.03.2021, 14:05 Uhr"), ("fr", "04/03/2021 - 14h05"),
    ("en", "03/04/2021 2:05 PM"), ("it", "04.03.2021 14:05"),
])
def test_unlabelled_date_and_time_header_glued_to_the_lead(lang, head):
    # a date with its posting time before the first sentence: the page's header
    paras = [head + " " + LEAD_EN, BODY_EN[0]]
    assert texts(run_doc("F006", make_doc(paras, lang, "target"))) == [head]


# a time zone is a word of its own: matched without case, CET took the first letters of
# "Cette" and the header ran into the sentence (session 25); a connector word may stand
# between an unlabelled date and its time ("04/03/2021 à 14h05")
@pytest.mark.parametrize("lang,head,lead", [
    ("fr", "Publié le 04/03/2021 à 14:05", "Cette cime est encore intacte."),
    ("en", "Updated 4 March 2021 2:05 pm", "Estonia voted on Sunday."),
    ("fr", "04/03/2021 à 14h05", "Dans les vastes solitudes, rien ne bouge."),
    ("de", "04.03.2021 um 14:05", "Etwas Neues geschah."),
    ("it", "04/03/2021 alle 14:05", "Il Parlamento ha votato."),
])
def test_date_header_ends_before_a_word_that_starts_like_a_time_zone(lang, head, lead):
    paras = [head + " " + lead, BODY_EN[0]]
    assert texts(run_doc("F006", make_doc(paras, lang, "target"))) == [head]


# a figure may follow a labelled or timed header (a live ticker's entry, a numbered
# paragraph); a bare date before a figure stays text (session 25)
@pytest.mark.parametrize("lang,head,rest", [
    ("de", "04.03.2021, 14:05 Uhr", "30 Jahre Haft für den Täter."),
    ("fr", "Mis à jour le 4 mars 2021", "10. En cas d'accident, l'expédition paie."),
    ("en", "Updated March 4, 2021", "12 people were hurt."),
])
def test_date_header_before_a_figure(lang, head, rest):
    paras = [head + " " + rest, BODY_EN[0]]
    assert texts(run_doc("F006", make_doc(paras, lang, "target"))) == [head]


@pytest.mark.parametrize("lang,lead", [
    ("de", "04.03.2021 30 Menschen starben an dem Tag."),
    ("en", "On 4 March 2021 30 people died."),
])
def test_a_bare_date_before_a_figure_is_no_header(lang, lead):
    assert run_doc("F006", make_doc([lead, BODY_EN[0]], lang, "target")) == []


@pytest.mark.parametrize("lang,lead", [
    ("de", "04.03.2021 Das Parlament hat getagt."),     # a bare date may open a sentence
    ("en", "4 March 2021 was a cold day in Bern."),
    ("fr", "Le 04/03/2021 à 14h05, le Parlement a voté."),
])
def test_date_without_clock_time_or_label_is_no_header(lang, lead):
    assert run_doc("F006", make_doc([lead, BODY_EN[0]], lang, "target")) == []


# a UI label the lists lack, composed of UI words (a verb and an object of a button),
# on a line of its own or glued after the paragraph's last sentence (session 25)
@pytest.mark.parametrize("lang,label", [
    ("de", "Weitere Kommentare laden"), ("de", "Artikel merken"), ("en", "Click here to subscribe"),
    ("fr", "Charger plus de commentaires"), ("fr", "Suivez-nous sur Instagram"),
    ("es", "Compartir este artículo por WhatsApp"), ("it", "Carica altri commenti"),
])
def test_ui_label_composed_of_button_words(lang, label):
    own = [LEAD_EN, BODY_EN[0], label, BODY_EN[1]]
    assert texts(run_doc("F003", make_doc(own, lang, "target"))) == [label]
    glued = [LEAD_EN, BODY_EN[0] + " " + label, BODY_EN[1]]
    assert texts(run_doc("F003", make_doc(glued, lang, "target"))) == [label]


@pytest.mark.parametrize("lang,text", [
    ("de", "Mehr Geld für Schulen"),          # a heading: Geld, Schulen are no button words
    ("en", "Read all about it"),
    ("en", "Save the children"),
    ("de", "Alle Kommentare anzeigen."),      # a sentence's stop
    ("fr", "Lire, commenter, partager"),      # commas: a list, not a label
    ("de", "Antworten"),                      # one word, verb or object: no composition
])
def test_button_words_that_make_no_label(lang, text):
    paras = [LEAD_EN, BODY_EN[0], text, BODY_EN[1]]
    assert run_doc("F003", make_doc(paras, lang, "target")) == []


def test_composed_label_translating_a_label_is_a_software_string():
    # a catalogue's button string: the translation of a label is no leaked label
    assert pair("F003", "Load more comments", "Weitere Kommentare laden", "en", "de") == []
    assert pair("F003", "Load more comments", "Charger plus de commentaires", "en", "fr") == []


# a labelled credit glued to a caption without a sentence end: the sign or label says
# where the credit starts (session 25, bench/injection.py)
@pytest.mark.parametrize("lang,caption,credit", [
    ("de", "Der Minister im Parlament", "© AFP"),
    ("en", "The minister in parliament", "Photo: Keystone/Peter Klaunzer"),
    ("fr", "Le ministre au Parlement", "© Reuters"),
    ("it", "Il ministro in Parlamento", "Foto: ANSA"),
])
def test_labelled_credit_glued_without_a_stop(lang, caption, credit):
    paras = [LEAD_EN, BODY_EN[0], caption + " " + credit, BODY_EN[1]]
    assert texts(run_doc("F002", make_doc(paras, lang, "target"))) == [credit]


# the agency before its label: "(AFP Photo)", "Reuters Pictures / Jim Watson" (session 25)
@pytest.mark.parametrize("lang,credit", [
    ("de", "(AFP Photo)"), ("en", "Reuters Pictures / Jim Watson"), ("fr", "AFP Photo / Ludovic Marin"),
])
def test_agency_before_its_label_is_a_credit(lang, credit):
    paras = [LEAD_EN, BODY_EN[0], "Der Minister im Parlament. " + credit, BODY_EN[1]]
    assert texts(run_doc("F002", make_doc(paras, lang, "target"))) == [credit]
    # the agency's sign-off alone in brackets stays the agency's copy, not a picture credit
    paras = [LEAD_EN, BODY_EN[0] + " (AFP)", BODY_EN[1]]
    assert run_doc("F002", make_doc(paras, lang, "target")) == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Er zeigte mir das Foto: ein Mann mit Hut und Mantel"),   # a sentence about a photo
    ("en", "He showed me the photo: a blurred face"),
    ("de", "Das Urheberrecht © liegt beim Verlag"),                   # a sign inside prose
])
def test_a_label_inside_prose_is_no_glued_credit(lang, text):
    paras = [LEAD_EN, BODY_EN[0], text, BODY_EN[1]]
    assert run_doc("F002", make_doc(paras, lang, "target")) == []


def test_offsets_map_back_to_the_file(tmp_path):
    p = tmp_path / "a.en.txt"
    raw = " date 2025-02-04 Lead sentence here.\n\nHe left. Show more\n\nIt was cold. KEYSTONE"
    p.write_text(raw, encoding="utf-8")
    doc = mtcheck.load_document(str(p), lang="en")
    doc.segments = [Segment(i, i, "body", q.start, q.end, doc.text[q.start:q.end])
                    for i, q in enumerate(doc.paragraphs)]
    fs = run_rules(CheckContext(doc), select_rules(["F0"]))
    got = {f.code: raw[f.span[0]:f.span[1]] for f in fs}
    assert got["F006"] == "date 2025-02-04"
    assert got["F003"] == "Show more"
    assert got["F002"] == "KEYSTONE"
    assert got["F001"] == "It was cold."


def test_clean_sentences_are_fast_and_quiet():
    import time
    sents = [
        ("Die Regierung verteidigt ihr Vorgehen.", "The government defends its actions."),
        ("Laut CNN und Keystone-SDA gibt es Kritik.", "According to CNN and Keystone-SDA there is criticism."),
        ("Il a lu la suite du rapport.", "He read the rest of the report."),
        ("Er zögerte... und ging.", "He hesitated... and left."),
    ] * 50
    cfg = Config(select=["F0"])
    t = time.perf_counter()
    for s, tt in sents:
        assert mtcheck.check_pair(s, tt, "de", "en", config=cfg) == []
    per_pair = (time.perf_counter() - t) / len(sents)
    assert per_pair < 0.005  # generous: seven rules on a busy CI machine


def test_aligner_slip_inside_a_long_paragraph_is_not_taken_for_a_caption():
    src = make_doc([("body", "Eins. Zwei. Drei."), ("caption", "Es gibt kein Besteck."), ("body", "Vier. Fünf.")],
                   "de", "source")
    tgt = make_doc(["One. Two. There is no cutlery here either. Three. Four.", "Five and six."], "en", "target")
    beads = [([0], [0]), ([1], [1]), ([3], [2]), ([2], [3]), ([4], [4]), ([5], [5])]
    assert run_doc("F001", tgt, src, beads) == []


@pytest.mark.parametrize("sl,tl,src,tgt,credit", [
    # a photographer's name before the agency, and one agency handing on another's picture
    ("en", "fr", "Police arrested two men.", "La police a arrêté deux hommes. Sean Gallup/Getty Images",
     "Sean Gallup/Getty Images"),
    ("de", "en", "Die Polizei nahm zwei Männer fest.", "Police arrested two men. Michael Buholzer/Keystone",
     "Michael Buholzer/Keystone"),
    ("en", "fr", "Police arrested two men.", "La police a arrêté deux hommes. AFP via Getty Images",
     "AFP via Getty Images"),
    ("en", "de", "Police arrested two men.", "Die Polizei nahm zwei Männer fest. Foto: AFP via Getty Images",
     "Foto: AFP via Getty Images"),
    ("en", "fr", "Police arrested two men.", "La police a arrêté deux hommes. La Presse canadienne",
     "La Presse canadienne"),
    # a slash in prose before an agency's name is no credit
    ("en", "fr", "He loves Paris.", "Il aime Paris. Il lit Paris/Reuters chaque jour.", None),
])
def test_credit_forms(sl, tl, src, tgt, credit):
    got = [f.text for f in pair("F002", src, tgt, sl, tl)]
    assert got == ([credit] if credit else []), got


@pytest.mark.parametrize("sl,tl,src,tgt,flag", [
    # a software string: a short label translated by a label the UI lists know is no leak
    ("en", "de", "comments", "Kommentare", False),
    ("en", "fr", "%d comments", "%d commentaires", False),
    ("en", "de", "Read the full story", "Mehr anzeigen", False),
    # the label after a sentence, on a line of its own, still is
    ("en", "de", "The minister spoke.", "Der Minister sprach.\n\nMehr anzeigen", True),
    ("en", "fr", "The minister spoke.", "Le ministre a parlé.\n\nLire la suite", True),
    # a teaser label of several words alone on its line, its colon and headline lost
    ("it", "en", "Il ministro ha parlato.", "The minister spoke.\n\nRead also", True),
    ("en", "de", "The minister spoke.", "Der Minister sprach.\n\nLesen Sie auch", True),
    # a label inside a sentence is prose
    ("de", "en", "Lesen Sie auch den Bericht.", "Read also the report.", False),
])
def test_f003_a_label_translating_a_label(sl, tl, src, tgt, flag):
    assert bool(pair("F003", src, tgt, sl, tl)) == flag


# -- a related-article teaser glued after the paragraph's last sentence ----------------------
@pytest.mark.parametrize("src, tgt, sl, tl, teaser", [
    ("The minister announced new measures on Tuesday.",
     "Il ministro ha annunciato martedì nuove misure. Leggi anche: Il governo cade sul bilancio",
     "en", "it", "Leggi anche: Il governo cade sul bilancio"),
    ("The minister announced new measures on Tuesday.",
     "El ministro anunció el martes nuevas medidas. Lee también: El Gobierno cae por el presupuesto",
     "en", "es", "Lee también: El Gobierno cae por el presupuesto"),
    ("Der Minister kündigte am Dienstag neue Massnahmen an.",
     "Le ministre a annoncé mardi de nouvelles mesures. À lire aussi: Le gouvernement tombe",
     "de", "fr", "À lire aussi: Le gouvernement tombe"),
])
def test_teaser_glued_to_the_end_of_a_paragraph(src, tgt, sl, tl, teaser):
    assert [f.text for f in pair("F003", src, tgt, sl, tl)] == [teaser]


@pytest.mark.parametrize("src, tgt, sl, tl", [
    ("Es gibt zwei Optionen. Siehe auch: Anhang A und B.", "There are two options. See also: Annex A and B.",
     "de", "en"),
    ("Ci sono due opzioni. Vedi anche: Allegato A e B.", "Hay dos opciones. Ver también: Anexo A y B.",
     "it", "es"),
])
def test_cross_reference_sentence_is_no_teaser(src, tgt, sl, tl):
    """A label and a full sentence ending in a stop is the text's own cross-reference."""
    assert pair("F003", src, tgt, sl, tl) == []


# -- Dutch page furniture -----------------------------------------------------------------------
@pytest.mark.parametrize("code, src, tgt, sl, tl, shown", [
    ("F003", "The minister announced new measures on Tuesday.",
     "De minister kondigde dinsdag nieuwe maatregelen aan. Lees meer", "en", "nl", "Lees meer"),
    ("F003", "Der Minister kündigte neue Massnahmen an.",
     "De minister kondigde nieuwe maatregelen aan. Lees ook: Kabinet valt over begroting", "de", "nl",
     "Lees ook: Kabinet valt over begroting"),
    ("F002", "The minister announced new measures on Tuesday.",
     "De minister kondigde dinsdag nieuwe maatregelen aan. Beeld: ANP/Remko de Waal", "en", "nl",
     "Beeld: ANP/Remko de Waal"),
    ("F006", "El alcalde fue reelegido.", "De burgemeester werd herkozen. Gepubliceerd op 12 maart 2024",
     "es", "nl", "Gepubliceerd op 12 maart 2024"),
    ("F006", "Il sindaco è stato rieletto.", "Bijgewerkt op 12 maart 2024, 10:15 De burgemeester werd herkozen.",
     "it", "nl", "Bijgewerkt op 12 maart 2024, 10:15"),
    ("F007", "Von Anna Keller", "Door Anna Keller", "de", "nl", "Door Anna Keller"),
])
def test_dutch_furniture(code, src, tgt, sl, tl, shown):
    assert [f.text for f in pair(code, src, tgt, sl, tl)] == [shown]


@pytest.mark.parametrize("src, tgt, sl, tl", [
    ("Through the rain, he walked home.", "Door de regen liep hij naar huis.", "en", "nl"),
    ("The report was published on Tuesday.", "Het rapport werd dinsdag gepubliceerd.", "en", "nl"),
    ("We must share the costs.", "We moeten de kosten delen.", "en", "nl"),
    ("On 12 March 2024 the mayor was re-elected.", "Op 12 maart 2024 werd de burgemeester herkozen.", "en", "nl"),
    ("Door de storm vielen bomen om.", "Wegen des Sturms fielen Bäume um.", "nl", "de"),
])
def test_dutch_prose_is_no_furniture(src, tgt, sl, tl):
    for code in ("F001", "F002", "F003", "F006", "F007"):
        assert pair(code, src, tgt, sl, tl) == [], code


# -- a sign-off of several news agencies is agency copy, not a picture credit ------------------
@pytest.mark.parametrize("src, tgt, sl, tl", [
    ("Die Regierung trat zurück. (dpa/AFP)", "The government resigned. (dpa/AFP)", "de", "en"),
    ("Le gouvernement a démissionné. (ats/afp)", "Il governo si è dimesso. (ats/afp)", "fr", "it"),
    ("El Gobierno dimitió en bloque. (AFP/Reuters)", "Le gouvernement a démissionné en bloc. (AFP/Reuters)", "es", "fr"),
])
def test_multi_agency_sign_off_is_no_caption(src, tgt, sl, tl):
    assert pair("F001", src, tgt, sl, tl) == []
    assert pair("F002", src, tgt, sl, tl) == []


@pytest.mark.parametrize("tgt", ["The government resigned. (AFP/Getty Images)",
                                 "The government resigned. (Photo: dpa/AFP)"])
def test_agency_with_a_picture_agency_or_label_is_still_a_credit(tgt):
    assert [f.text for f in pair("F002", "Die Regierung trat zurück.", tgt, "de", "en")] == [tgt[25:]]


_BODY = {"de": "Das Parlament hat am Montag ein Gesetz verabschiedet. Die Opposition stimmte dagegen.",
         "en": "Parliament passed a law on Monday. The opposition voted against it.",
         "fr": "Le Parlement a adopté une loi lundi. L'opposition a voté contre."}


@pytest.mark.parametrize("sl,tl,src_head,tgt_head,stamp", [
    # a scraper's date stamp glued to the end of the headline: F006, and no D001 for its figures
    ("de", "en", "Neues Gesetz tritt in Kraft", "New law comes into force 04.02.2025 14:32", "04.02.2025 14:32"),
    ("de", "en", "Neues Gesetz tritt in Kraft", "New law comes into force date 2025-02-04", "date 2025-02-04"),
    ("en", "fr", "New law comes into force", "Une nouvelle loi entre en vigueur 4 février 2025", "4 février 2025"),
    # the headline's own date, after a preposition, is text
    ("de", "en", "Wahlen am 4. Februar 2025", "Elections on 4 February 2025", None),
    ("en", "de", "Elections on 4 February 2025", "Wahlen am 4. Februar 2025", None),
])
def test_date_stamp_glued_to_the_headline(tmp_path, sl, tl, src_head, tgt_head, stamp):
    (tmp_path / f"s.{sl}.txt").write_text(f"{src_head}\n\n{_BODY[sl]}\n", encoding="utf-8")
    (tmp_path / f"t.{tl}.txt").write_text(f"{tgt_head}\n\n{_BODY[tl]}\n", encoding="utf-8")
    rep = mtcheck.compare(str(tmp_path / f"t.{tl}.txt"), str(tmp_path / f"s.{sl}.txt"),
                          config=Config(select=["F006", "D001"]))
    got = [(f.code, f.text) for f in rep.findings]
    assert got == ([("F006", stamp)] if stamp else []), got


# -- share-button rows (F003) ---------------------------------------------------------------
_ARREST = {"de": "Die Polizei nahm den Mann fest.", "en": "The police arrested the man.",
           "fr": "La police a arrêté l'homme.", "es": "La policía detuvo al hombre.",
           "it": "La polizia ha arrestato l'uomo.", "nl": "De politie arresteerde de man.",
           "pt": "A polícia prendeu o homem."}


def _src_for(tl: str) -> tuple[str, str]:
    return ("de", _ARREST["de"]) if tl != "de" else ("en", _ARREST["en"])


@pytest.mark.parametrize("tl, tail", [
    ("en", "Share on Facebook Share on Twitter"),
    ("en", "Share this article Share on LinkedIn Share on X"),
    ("en", "Facebook Twitter WhatsApp E-Mail"),
    ("de", "Auf Facebook teilen Auf X teilen"),
    ("de", "Teilen auf Telegram"),
    ("fr", "Partager sur Facebook Partager sur Twitter"),
    ("es", "Compartir en Facebook Compartir en WhatsApp"),
    ("it", "Condividi su Facebook Condividi su LinkedIn"),
    ("nl", "Delen op Facebook Delen op X"),
    ("pt", "Partilhar no Facebook Partilhar no X"),
    ("pt", "Compartilhar no WhatsApp"),
])
def test_share_button_row_glued_to_the_end(tl, tail):
    sl, src = _src_for(tl)
    for sep in (" ", "\n"):
        assert texts(pair("F003", src, _ARREST[tl] + sep + tail, sl, tl)) == [tail]


@pytest.mark.parametrize("tl, row", [
    ("en", "Facebook | X | LinkedIn | Email"),
    ("de", "Facebook · WhatsApp · E-Mail"),
])
def test_share_button_row_on_a_line_of_its_own_is_no_breadcrumb(tl, row):
    sl, src = _src_for(tl)
    tgt = _ARREST[tl] + "\n" + row
    assert texts(pair("F003", src, tgt, sl, tl)) == [row]
    assert pair("F006", src, tgt, sl, tl) == []


@pytest.mark.parametrize("tl, tgt", [
    ("en", "Share your thoughts with us."),
    ("en", "The platforms named were Facebook, Twitter and WhatsApp."),
    ("en", "He posted it on Facebook. Twitter followed."),
    ("en", "Home Video"),  # two short UI words, no network: may be a heading
    ("de", "Teilen Sie uns Ihre Meinung mit."),
    ("fr", "Partagez votre avis avec nous."),
    ("es", "Compartir en Facebook es fácil, dijo."),
    ("pt", "Ele partilhou a notícia no Facebook."),
])
def test_sentences_about_sharing_are_no_button_row(tl, tgt):
    sl, src = _src_for(tl)
    assert pair("F003", src, tgt, sl, tl) == []


# -- relative timestamps, reading times, counters (F006; and no D001 for their figures) ---------
@pytest.mark.parametrize("tl, tail, why", [
    ("en", "Updated 3 hours ago", "relative timestamp"),
    ("en", "3 hrs ago", "relative timestamp"),
    ("en", "5 min read", "reading time"),
    ("en", "Updated 3 hours ago | 5 min read", "page widgets"),
    ("de", "vor 3 Stunden", "relative timestamp"),
    ("de", "Aktualisiert vor 3 Stunden", "relative timestamp"),
    ("de", "vor 3 Std.", "relative timestamp"),
    ("de", "5 Min. Lesezeit", "reading time"),
    ("de", "Lesezeit 5 Minuten", "reading time"),
    ("fr", "il y a 3 heures", "relative timestamp"),
    ("fr", "4 min de lecture", "reading time"),
    ("es", "hace 3 horas", "relative timestamp"),
    ("it", "3 ore fa", "relative timestamp"),
    ("it", "5 minuti di lettura", "reading time"),
    ("nl", "3 uur geleden", "relative timestamp"),
    ("pt", "há 3 horas", "relative timestamp"),
    ("pt", "Atualizado há 3 horas", "relative timestamp"),
    ("pt", "3 horas atrás", "relative timestamp"),
    ("pt", "5 min de leitura", "reading time"),
    ("en", "12 comments", "comment counter"),
    ("fr", "12 commentaires", "comment counter"),
    ("pt", "12 comentários", "comment counter"),
    ("de", "1 / 12", "photo-gallery counter"),
    ("en", "Photo 3 of 12", "photo-gallery counter"),
    ("de", "Bild 3 von 12", "photo-gallery counter"),
])
def test_page_widgets_glued_to_the_end(tl, tail, why):
    sl, src = _src_for(tl)
    for sep in (" ", "\n"):
        got = mtcheck.check_pair(src, _ARREST[tl] + sep + tail, sl, tl, config=Config(select=["F006", "D001"]))
        assert [(f.code, f.text) for f in got] == [("F006", tail)], got
        assert got[0].message.startswith(why)
        # a strip of several widgets is plural
        assert (" are page metadata" in got[0].message) == (why == "page widgets"), got[0].message


@pytest.mark.parametrize("tl, tgt", [
    ("en", "He was arrested 3 hours ago."),
    ("en", "The vote was close. 3 hours ago the result came in."),
    ("en", "It took a while. 3 hours ago."),  # a sentence's full stop: may be an answer
    ("en", "The poll closed. 12 comments were received by the council."),
    ("en", "The ratio is 1 / 12 of the total."),
    ("en", "Only 1 of 12 photos was published."),
    ("en", "He left. 1/12 was the date."),
    ("de", "Er ging. Vor 3 Stunden war er noch da."),
    ("de", "Bild 1 von 12 zeigt den Minister."),
    ("fr", "Il y a 3 heures, la police a arrêté l'homme."),
    ("fr", "La police l'a arrêté. Il y a 3 heures qu'il attend."),
    ("it", "La polizia l'ha arrestato 3 ore fa."),
    ("nl", "De politie heeft de man 3 uur geleden gearresteerd."),
    ("pt", "A polícia prendeu o homem há 3 horas."),
    ("pt", "Publicado em 2020, o relatório foi criticado."),
])
def test_times_and_counts_in_sentences_are_no_widgets(tl, tgt):
    sl, src = _src_for(tl)
    assert pair("F006", src, tgt, sl, tl) == []


def test_counts_of_ui_labels_are_number_free_spans():
    from mtcheck.rules.furniture import number_free_spans
    tgt = make_doc(["The police arrested 12 men. Comments (12)", "Facebook 34 Twitter 12"], "en", "target")
    ctx = CheckContext(tgt, None, (), {})
    spans = [tgt.text[a:z] for a, z in number_free_spans(ctx)]
    assert spans == ["Comments (12)", "Facebook 34 Twitter 12"]


# -- Portuguese UI strings and metadata (F003, F006) ----------------------------------------------
@pytest.mark.parametrize("code, tgt, shown", [
    ("F003", "A polícia prendeu o homem. Leia mais", "Leia mais"),
    ("F003", "A polícia prendeu o homem. Continuar a ler", "Continuar a ler"),
    ("F003", "A polícia prendeu o homem. Mais lidas", "Mais lidas"),
    ("F003", "A polícia prendeu o homem. PUBLICIDADE O homem foi libertado.", "PUBLICIDADE"),
    ("F003", "Leia também: Governo anuncia novas medidas", "Leia também: Governo anuncia novas medidas"),
    ("F003", "Utilizamos cookies para melhorar a sua experiência.",
     "Utilizamos cookies para melhorar a sua experiência."),
    ("F006", "Publicado em 04/02/2025 às 10h12 A polícia prendeu o homem.", "Publicado em 04/02/2025 às 10h12"),
    ("F006", "Atualizado em 4 de fevereiro de 2025 A polícia prendeu o homem.",
     "Atualizado em 4 de fevereiro de 2025"),
])
def test_portuguese_furniture(code, tgt, shown):
    assert texts(pair(code, "The police arrested the man.", tgt, "en", "pt")) == [shown]


@pytest.mark.parametrize("tgt", [
    "Leia mais sobre o plano no nosso relatório.",
    "Mais de 2000 pessoas foram presas.",
    "O ministro disse: veja o que aconteceu.",
    "Em 4 de fevereiro de 2025, o governo aprovou a lei.",
])
def test_portuguese_prose_is_no_furniture(tgt):
    for code in ("F003", "F006", "F007"):
        assert pair(code, "The police arrested the man.", tgt, "en", "pt") == [], code


# -- further UI families: most read, related, newsletter, advertisement, galleries --------------
@pytest.mark.parametrize("tl, tail", [
    ("en", "Most viewed"),
    ("en", "Sign up to our newsletter"),
    ("de", "Bildstrecke"),
    ("de", "Am meisten gelesen"),
    ("fr", "Les plus partagés"),
    ("fr", "Inscrivez-vous à notre newsletter"),
    ("es", "Lo más visto"),
    ("it", "I più visti"),
    ("nl", "Meest gelezen"),
    ("nl", "Gerelateerde artikelen"),
    ("nl", "Schrijf je in voor onze nieuwsbrief"),
    ("pt", "Notícias relacionadas"),
])
def test_more_ui_families_glued_to_the_end(tl, tail):
    sl, src = _src_for(tl)
    assert texts(pair("F003", src, _ARREST[tl] + " " + tail, sl, tl)) == [tail]


@pytest.mark.parametrize("tl, tgt, marker", [
    ("nl", "De politie arresteerde de man. Advertentie De man werd later vrijgelaten.", "Advertentie"),
    ("pt", "A polícia prendeu o homem. Publicidade O homem foi libertado.", "Publicidade"),
])
def test_advertisement_marker_between_sentences(tl, tgt, marker):
    sl, src = _src_for(tl)
    assert texts(pair("F003", src, tgt, sl, tl)) == [marker]


@pytest.mark.parametrize("tl, tgt", [
    ("nl", "Volgende week volgt het besluit."),
    ("nl", "Lees meer over het plan in ons rapport."),
    ("nl", "De man las het. Advertentie in de krant kost veel geld."),
    ("en", "Read more about the plan in our report."),
    ("pt", "A publicidade foi proibida. Publicidade enganosa é crime."),
])
def test_prose_with_ui_words_is_no_ui(tl, tgt):
    sl, src = _src_for(tl)
    assert pair("F003", src, tgt, sl, tl) == []


@pytest.mark.parametrize("src, tgt, sl, tl, flag", [
    # a catalogue's string: a widget translating the same widget is no leak
    ("3 hours ago", "vor 3 Stunden", "en", "de", False),
    ("12 comments", "12 commentaires", "en", "fr", False),
    ("5 min read", "5 min de leitura", "en", "pt", False),
    # a widget the source string lacks still is
    ("The police arrested the man.", "12 Kommentare", "en", "de", True),
    ("The police arrested the man.", "il y a 3 heures", "en", "fr", True),
])
def test_f006_a_widget_translating_a_widget(src, tgt, sl, tl, flag):
    assert bool(pair("F006", src, tgt, sl, tl)) == flag


# a plain-text source with the same caption and credit in its own text: the translation
# mirrors it, so the finding stays but is minor (session 18)
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("A participant holds a drawing during a protest march in The Hague. REUTERS/Jane Doe",
     "Ein Teilnehmer hält während eines Protestmarsches in Den Haag eine Zeichnung. REUTERS/Jane Doe",
     "en", "de"),
    ("Des détenus dans la cour de la prison. Photo: Keystone/Anna Meier",
     "Inmates in the prison yard. Photo: Keystone/Anna Meier", "fr", "en"),
])
def test_caption_mirrored_from_a_plain_source_is_minor(src, tgt, sl, tl):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=Config(select=["F001"]))]
    assert [f.severity.label for f in fs] == ["minor"]
    assert "source has it in its text too" in fs[0].message
    # the same translation of a source without the caption's credit stays major
    bare = src.rsplit(".", 1)[0] + "."
    fs = mtcheck.check_pair(bare, tgt, sl, tl, config=Config(select=["F001"]))
    assert [f.severity.label for f in fs] == ["major"]


@pytest.mark.parametrize("sl,tl,tgt,flagged", [
    # an agency that closes the sentence after a lower-case word is the sentence's own
    ("de", "en", "The minister said this on Monday, he told TASS.", False),
    ("de", "fr", "Le ministre l'a dit lundi, a-t-il déclaré à KEYSTONE.", False),
    # glued to a caption without punctuation, it is a credit
    ("de", "en", "He spoke in Bern KEYSTONE", True),
    ("de", "fr", "La prison n'a pas de couverts KEYSTONE", True),
])
def test_agency_closing_a_sentence_is_no_glued_credit(sl, tl, tgt, flagged):
    fs = [f for f in mtcheck.check_pair("Der Minister sagte das am Montag.", tgt, sl, tl) if f.code == "F002"]
    assert bool(fs) == flagged


# a short paragraph between body paragraphs that repeats a subheading is no caption when
# it translates a body paragraph of the source (German "untersucht" ~ "Untersuchung" share
# their first letters; the English source says "probe" and "inquiry"); without a source
# it still reads as one (session 24)
def test_repetition_of_a_subheading_that_translates_source_body_is_no_caption(tmp_path):
    src = [
        "Thomas Cook collapsed on Monday after talks with its lenders failed over the weekend.",
        "The travel company had been trading for 178 years and employed 21,000 people in 16 "
        "countries, including 9,000 in Britain, the company said.",
        "UK business committee to probe Thomas Cook collapse",
        "The airline has so far flown home 14,000 of the stranded customers in the operation "
        "launched on Monday, the aviation authority said late on Tuesday evening in London.",
        "Meanwhile, the British parliament's business committee has launched an inquiry into "
        "the collapse of Thomas Cook.",
        "The committee will question the management over issues such as executive pay and the "
        "accounting practices of the company in the years before its collapse this week.",
    ]
    tgt = [
        "Thomas Cook brach am Montag zusammen, nachdem Gespräche mit den Gläubigern am Wochenende "
        "gescheitert waren.",
        "Das Reiseunternehmen war 178 Jahre alt und beschäftigte 21.000 Menschen in 16 Ländern, "
        "davon 9.000 in Großbritannien, wie das Unternehmen mitteilte.",
        "Britischer Wirtschaftsausschuss untersucht Zusammenbruch von Thomas Cook",
        "Die Fluggesellschaft hat bisher 14.000 der gestrandeten Kunden in der am Montag "
        "begonnenen Aktion nach Hause geflogen, teilte die Luftfahrtbehörde am späten "
        "Dienstagabend in London mit.",
        "Unterdessen hat der Wirtschaftsausschuss des britischen Parlaments eine Untersuchung "
        "des Zusammenbruchs von Thomas Cook eingeleitet.",
        "Der Ausschuss wird das Management zu Themen wie der Vergütung der Führungskräfte und "
        "der Buchhaltung des Unternehmens in den Jahren vor dem Zusammenbruch in dieser Woche "
        "befragen.",
    ]
    (tmp_path / "s.en.txt").write_text("\n\n".join(src) + "\n", encoding="utf-8")
    (tmp_path / "t.de.txt").write_text("\n\n".join(tgt) + "\n", encoding="utf-8")
    cfg = Config(select=["F001"])
    rep = mtcheck.compare(str(tmp_path / "t.de.txt"), str(tmp_path / "s.en.txt"), semantic=False, config=cfg)
    assert rep.findings == []
    rep = mtcheck.compare(str(tmp_path / "t.de.txt"), semantic=False, config=cfg)
    assert [f.code for f in rep.findings] == ["F001"]


# -- one artefact, one finding: a cut-off post is F005's, an embed's link F004's -----------------
PT_SRC = """<html><body><article>
<h1>Lula anuncia pacote de 10 bilhões para a Amazônia</h1>
<p>O presidente Luiz Inácio Lula da Silva anunciou nesta terça-feira um pacote de R$ 10 bilhões para combater o desmatamento.</p>
<blockquote class="twitter-tweet"><p>Hoje anunciamos o maior investimento da história na proteção da Amazônia. Vamos cuidar da floresta e de quem vive nela.</p>— Lula (@LulaOficial) <a href="https://twitter.com/x">5 de março de 2024</a></blockquote>
<p>Ambientalistas elogiaram a medida, mas cobram mais fiscalização.</p>
</article></body></html>"""
EN_TGT = """Lula announces 10 billion package for the Amazon

President Luiz Inácio Lula da Silva announced on Tuesday a package of R$10 billion to fight deforestation.

Today we announced the largest investment in history in protecting the Amazon. We will take care of… pic.twitter.com/AbCdEf123 — Lula (@LulaOficial) March 5, 2024

Environmentalists praised the measure, but are calling for more enforcement."""


def test_cut_off_post_and_its_link_are_one_finding_each(article):
    assert sorted(f.code for f in article(PT_SRC, EN_TGT, "pt", "en", src_ext="html")) == ["F004", "F005"]
    # with F004 and F005 off, S004 and M003 report what they saw (handed on, not lost)
    fs = article(PT_SRC, EN_TGT, "pt", "en", src_ext="html", config=Config(ignore=["F004", "F005"]))
    assert sorted(f.code for f in fs) == ["M003", "S004"]


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("We open the new bridge next year. It will cut travel times for thousands of commuters. pic.twitter.com/AbC123xyz",
     "Wir eröffnen die neue Brücke nächstes Jahr. Sie wird die Fahrzeiten für… pic.twitter.com/AbC123xyz", "en", "de"),
    ("Nous ouvrirons le nouveau pont l'an prochain. Il réduira les trajets de milliers de pendulaires. pic.twitter.com/AbC123xyz",
     "We will open the new bridge next year. It will cut the journeys of… pic.twitter.com/AbC123xyz", "fr", "en"),
])
def test_a_cut_off_post_in_a_pair_is_f005_not_also_s004(src, tgt, sl, tl):
    codes = [f.code for f in mtcheck.check_pair(src, tgt, sl, tl)]
    assert "F005" in codes and "S004" not in codes
    codes = [f.code for f in mtcheck.check_pair(src, tgt, sl, tl, config=Config(ignore=["F005"]))]
    assert "S004" in codes


@pytest.mark.parametrize("src,tgt,sl,tl,label", [
    # a UI label in the source's language under a translation: F003's, not also L002's
    (["Los expertos advierten que la política migratoria podría frenar los envíos.", "Leer más"],
     ["Experts warn that the immigration policy could slow remittances.", "Leer más"], "es", "en", "Leer más"),
    (["Les experts préviennent que la politique migratoire pourrait freiner les envois.", "Lire la suite"],
     ["Experts warn that the immigration policy could slow remittances.", "Lire la suite"], "fr", "en",
     "Lire la suite"),
])
def test_ui_label_in_the_source_language_is_one_finding(article, src, tgt, sl, tl, label):
    found = [f for f in article(src, tgt, sl, tl) if label in f.text]
    assert [f.code for f in found] == ["F003"], [(f.code, f.message) for f in found]


@pytest.mark.parametrize("src,tgt,sl,tl,label", [
    # a teaser left in the source's language: F003 reports it, and no word of it is a
    # misspelling of the target language (S006) or copied source text (L001/L002)
    (["O programa deve criar cerca de 2 milhões de empregos até 2026."],
     ["The programme should create around 2 million jobs by 2026.",
      "Leia também: Governo corta juros do crédito rural"], "pt", "en",
     "Leia também: Governo corta juros do crédito rural"),
    (["Il programma dovrebbe creare circa 2 milioni di posti di lavoro entro il 2026."],
     ["The programme should create around 2 million jobs by 2026.",
      "Leggi anche: Il governo taglia le tasse sul lavoro"], "it", "en",
     "Leggi anche: Il governo taglia le tasse sul lavoro"),
])
def test_teaser_in_the_source_language_is_one_finding(article, src, tgt, sl, tl, label):
    found = article(src, tgt, sl, tl)
    text = "\n\n".join(tgt)
    a = text.index(label)
    inside = [f for f in found if a <= f.span[0] < a + len(label)]
    assert [f.code for f in inside] == ["F003"], [(f.code, f.message) for f in inside]


@pytest.mark.parametrize("src,tgt,sl,tl,flagged", [
    # a plain-text source with its own byline line: the translation keeps its layout
    (["Heatwave grips southern Europe", "By Jane Smith", "Temperatures in Sicily reached 46.3C on Monday."],
     ["Hitzewelle hat Südeuropa im Griff", "Von Jane Smith", "Die Temperaturen auf Sizilien erreichten am Montag 46,3 Grad."],
     "en", "de", False),
    (["Canicule sur le sud de l'Europe", "Par Jeanne Roux", "Les températures ont atteint 46,3 degrés lundi en Sicile."],
     ["Heatwave grips southern Europe", "By Jeanne Roux", "Temperatures in Sicily reached 46.3 degrees on Monday."],
     "fr", "en", False),
    # a byline the source lacks is a leak
    (["Heatwave grips southern Europe", "Temperatures in Sicily reached 46.3C on Monday."],
     ["Hitzewelle hat Südeuropa im Griff", "Von Jane Smith", "Die Temperaturen auf Sizilien erreichten am Montag 46,3 Grad."],
     "en", "de", True),
])
def test_byline_the_plain_source_has_too(article, src, tgt, sl, tl, flagged):
    assert bool([f for f in article(src, tgt, sl, tl) if f.code == "F007"]) == flagged


@pytest.mark.parametrize("src,tgt,sl,tl,flagged", [
    # a plain-text source with its own date line: the translation keeps its layout
    (["Grève à la SNCF", "Publié le 5 décembre 2024 à 7h30", "Le trafic sera fortement perturbé jeudi."],
     ["Strike at SNCF", "Published on 5 December 2024 at 7:30", "Traffic will be heavily disrupted on Thursday."],
     "fr", "en", False),
    (["Heatwave grips southern Europe", "Published: 14 July 2024", "Temperatures in Sicily reached 46.3C on Monday."],
     ["Hitzewelle hat Südeuropa im Griff", "Veröffentlicht: 14. Juli 2024",
      "Die Temperaturen auf Sizilien erreichten am Montag 46,3 Grad."],
     "en", "de", False),
    # a date line the source lacks is a leak
    (["Grève à la SNCF", "Le trafic sera fortement perturbé jeudi."],
     ["Strike at SNCF", "Published on 5 December 2024 at 7:30", "Traffic will be heavily disrupted on Thursday."],
     "fr", "en", True),
])
def test_date_line_the_plain_source_has_too(article, src, tgt, sl, tl, flagged):
    assert bool([f for f in article(src, tgt, sl, tl) if f.code == "F006"]) == flagged


@pytest.mark.parametrize("src,tgt,sl,tl,flagged", [
    # a post quoted after its network's name, cut off with "…", its quotation never closed
    ("Die Gemeinde schrieb auf X: «Wegen der Lawinensituation bleiben Strasse und Bahn gesperrt.»",
     'The municipality wrote on X: "Due to the avalanche situation, the road and rail…', "de", "en", True),
    ("La mairie a écrit sur Facebook : « La route restera fermée jusqu'à lundi. »",
     'Die Gemeinde schrieb auf Facebook: „Die Straße bleibt bis…', "fr", "de", True),
    # the whole post, a quotation closed after its ellipsis, or no network before it
    ("Die Gemeinde schrieb auf X: «Wegen der Lawinensituation bleiben Strasse und Bahn gesperrt.»",
     'The municipality wrote on X: "Due to the avalanche situation, the road and rail remain closed."',
     "de", "en", False),
    ("Sie schrieb auf X: «Wir warten ab …»", 'She wrote on X: "We will wait and see…"', "de", "en", False),
    ("Er sagte: «Wir warten ab.»", 'He said: "We will wait and see…', "de", "en", False),
])
def test_f005_quoted_post_cut_off_at_the_end(src, tgt, sl, tl, flagged):
    assert bool(pair("F005", src, tgt, sl, tl)) == flagged


# -- a copyright notice and a teaser before a credit -------------------------------------
@pytest.mark.parametrize("lang,line", [("en", "Copyright 2025 Keystone-SDA. All rights reserved."),
                                       ("fr", "© 2025 AFP. Tous droits réservés."),
                                       ("de", "© 2025 dpa. Alle Rechte vorbehalten."),
                                       ("ru", "© 2025 ТАСС. Все права защищены.")])
def test_copyright_notice_is_a_credit_line(lang, line):
    paras = [LEAD_EN, BODY_EN[0], BODY_EN[1], line]
    fs = run_doc("F002", make_doc(paras, lang, "target"))
    assert texts(fs) == [line] and "copyright notice" in fs[0].message


def test_rights_reserved_in_a_sentence_is_no_credit():
    paras = [LEAD_EN, BODY_EN[0], "The author said all rights reserved by the studio were sold.", BODY_EN[1]]
    assert run_doc("F002", make_doc(paras, "en", "target")) == []


def test_a_teaser_before_a_credit_is_no_caption():
    paras = [LEAD_EN, BODY_EN[0], "Read also: Zurich wants to ban cars from the old town",
             "© Keystone / Ennio Leanza", BODY_EN[1]]
    doc = make_doc(paras, "en", "target")
    assert run_doc("F001", doc) == []
    assert texts(run_doc("F003", doc)) == ["Read also: Zurich wants to ban cars from the old town"]


def test_a_line_before_a_copyright_notice_is_no_caption():
    paras = [LEAD_EN, BODY_EN[0], BODY_EN[1], "Subscribe to our newsletter and never miss a story.",
             "Copyright 2025 Keystone-SDA. All rights reserved."]
    assert run_doc("F001", make_doc(paras, "en", "target")) == []


@pytest.mark.parametrize("lang,line,flagged", [
    ("en", "Subscribe to our newsletter and never miss a story.", True),
    ("en", "Sign up for our newsletter to get the latest news.", True),
    # a sentence of the article that starts the same way goes on for longer, or has figures
    ("en", "Subscribe to our newsletter and you will receive 3 reports a week.", False),
])
def test_a_call_to_action_that_goes_on_is_ui(lang, line, flagged):
    paras = [LEAD_EN, BODY_EN[0], line, BODY_EN[1]]
    got = texts(run_doc("F003", make_doc(paras, lang, "target")))
    assert got == ([line] if flagged else [])


@pytest.mark.parametrize("line,flagged", [
    ("This is what the bridge should look like. Photo: City of Zurich", "Photo: City of Zurich"),
    ("The new wing opens in May. Image: Museum für Gestaltung", "Image: Museum für Gestaltung"),
    # a label and a sentence after it is no credit
    ("The plan is simple. Source: the city of Zurich", None),
])
def test_a_credit_may_name_an_institution_with_its_link_words(line, flagged):
    paras = [LEAD_EN, BODY_EN[0], line, BODY_EN[1]]
    got = texts(run_doc("F002", make_doc(paras, "en", "target")))
    assert got == ([flagged] if flagged else [])


# -- a byline glued to the start of a paragraph (session 31) -------------------------------
_BY_SRC = ["Dutch cabinet adopts new rules", "The Dutch cabinet adopted new rules for rail traffic on Monday.",
           "The rules apply from January.", "The opposition criticised the plan."]
_BY_DE = ["Niederländisches Kabinett beschliesst neue Regeln",
          "{}Das niederländische Kabinett hat am Montag neue Regeln für den Bahnverkehr beschlossen.",
          "Die Regeln gelten ab Januar.", "Die Opposition kritisierte den Plan."]


@pytest.mark.parametrize("lead,want", [
    ("Von Eva Schulz ", "Von Eva Schulz"),
    ("Von Martin Imboden, Sitten", "Von Martin Imboden, Sitten"),
    ("Von unserem Korrespondenten Jan Hoogland, Den Haag", "Von unserem Korrespondenten Jan Hoogland, Den Haag"),
    ("", None),
])
def test_a_byline_glued_to_the_start_of_a_paragraph(article, lead, want):
    tgt = [_BY_DE[0], _BY_DE[1].format(lead)] + _BY_DE[2:]
    got = [f.text for f in article(_BY_SRC, tgt, "en", "de") if f.code == "F007"]
    assert got == ([want] if want else [])


@pytest.mark.parametrize("lead", [
    "Von den 500 Teilnehmern stimmte das niederländische Kabinett am Montag neuen Regeln zu.",
    "Von Montag an gelten für den Bahnverkehr neue Regeln des niederländischen Kabinetts.",
])
def test_a_sentence_opening_with_von_is_no_byline(article, lead):
    tgt = [_BY_DE[0], lead] + _BY_DE[2:]
    assert [f.code for f in article(_BY_SRC, tgt, "en", "de") if f.code == "F007"] == []


def test_a_glued_english_byline():
    from mtcheck.rules.furniture import glued_byline, lex
    text = "By Anna Gruber The opening of Vienna's new metro line was delayed again."
    assert text[:glued_byline(text, lex(), "en")] == "By Anna Gruber"
    assert glued_byline("By Monday the line was open again for all trains.", lex(), "en") is None
    # a name with a capital inside (McDonald) is no glued sentence
    text = "By Ronald McDonald The opening of the new line was delayed again."
    assert text[:glued_byline(text, lex(), "en")] == "By Ronald McDonald"


@pytest.mark.parametrize("text,lang,want", [
    # an agency after the names with the sentence glued on (session 32)
    ("Door Pieter Bakker, ANPNederlandse aardappeltelers verwachten een slechte oogst.", "nl",
     "Door Pieter Bakker, ANP"),
    ("Av Erik Lindgren/TTDen globala temperaturen låg 1,5 grader över normalen.", "sv", "Av Erik Lindgren/TT"),
    ("Af Mette Hansen, RitzauRegeringen vil hæve skatten.", "da", "Af Mette Hansen, Ritzau"),
    # a sentence that opens with the preposition is none
    ("Av Sveriges 290 kommuner har 120 infört förbudet.", "sv", None),
    ("Af Danmarks 98 kommuner har 40 indført forbuddet.", "da", None),
])
def test_a_byline_agency_glued_to_the_sentence(text, lang, want):
    from mtcheck.rules.furniture import glued_byline, lex
    end = glued_byline(text, lex(), lang)
    assert (text[:end] if end is not None else None) == want


@pytest.mark.parametrize("text,lang,want", [
    # a byline glued to the dateline in capitals (session 32)
    ("By Elena RuizMADRID – Renewables generated 56% of Spain's power in 2024.", "en", "By Elena Ruiz"),
    ("Par Sofia MartinsLISBONNE – La chanteuse a reçu le prix lundi soir.", "fr", "Par Sofia Martins"),
    ("By the NATO summit in July, leaders had agreed on the plan.", "en", None),
])
def test_a_byline_glued_to_the_dateline(text, lang, want):
    from mtcheck.rules.furniture import glued_byline, lex
    end = glued_byline(text, lex(), lang)
    assert (text[:end] if end is not None else None) == want


def test_the_name_rules_leave_a_glued_byline_to_f007(article):
    src = ["MADRID – Las renovables generaron el 56 % de la electricidad de España en 2024, según Red Eléctrica.",
           "La eólica fue la primera fuente, con el 23 %.", "La solar creció un 18 %."]
    tgt = ["By Elena RuizMADRID – Renewables generated 56% of Spain's electricity in 2024, according to "
           "Red Eléctrica.", "Wind was the leading source, with 23%.", "Solar grew by 18%."]
    got = [(f.code, f.text) for f in article(src, tgt, "es", "en") if f.code[0] in "FN"]
    assert got == [("F007", "By Elena Ruiz")]
