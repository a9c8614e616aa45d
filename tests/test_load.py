"""Loaders: text, Markdown, HTML (structure, captions, embeds), encodings, offsets."""

import pytest

from mtcheck.errors import InputError
from mtcheck.load import document_from_text, load_document


def kinds(doc):
    return [(p.kind, doc.text[p.start:p.end]) for p in doc.paragraphs]


def test_text_paragraphs_on_blank_lines():
    d = document_from_text("Erster Absatz.\nZweite Zeile.\n\n\n  Zweiter Absatz.\n")
    assert kinds(d) == [("body", "Erster Absatz. Zweite Zeile."), ("body", "Zweiter Absatz.")]


@pytest.mark.parametrize("raw,want", [
    # a line with no closing punctuation over a capitalised one: a heading of its own
    ("date 2024-03-11\nAvalanche danger: Zermatt again cut off\n\nBody.",
     ["date 2024-03-11", "Avalanche danger: Zermatt again cut off", "Body."]),
    ("Zermatt erneut von der Aussenwelt abgeschnitten\nWegen Lawinengefahr ist Zermatt zu.\n",
     ["Zermatt erneut von der Aussenwelt abgeschnitten", "Wegen Lawinengefahr ist Zermatt zu."]),
    ("Par Julie Martin\r\nPublié le 5 décembre 2024\r\nLe trafic sera perturbé.",
     ["Par Julie Martin", "Publié le 5 décembre 2024", "Le trafic sera perturbé."]),
    # prose wrapped at a width, a line ending in a short word or a colon, a lower-case
    # next line: one paragraph
    ("The president of the Region said on Monday that\nthe situation was serious and the army\n"
     "Would help. More body here.",
     ["The president of the Region said on Monday that the situation was serious and the army "
      "Would help. More body here."]),
    ("Er traf den Präsidenten von\nFrankreich in Paris.", ["Er traf den Präsidenten von Frankreich in Paris."]),
    ("Read also:\nThe government falls", ["Read also: The government falls"]),
    ("He said\nhello to them.", ["He said hello to them."]),
    # a CRLF is one line break: wrapped prose stays one paragraph in a Windows file too
    ("The president of the Region said on Monday that\r\nthe situation was serious and the army\r\n"
     "would help.\r\n\r\nNext.",
     ["The president of the Region said on Monday that the situation was serious and the army "
      "would help.", "Next."]),
])
def test_text_line_breaks_under_a_heading(raw, want):
    assert [t for _k, t in kinds(document_from_text(raw))] == want


def test_crlf_and_offsets_map_back_to_raw(tmp_path):
    raw = "Line one.\r\n\r\nSecond  para\u00a0here.\r\n"
    p = tmp_path / "a.txt"
    p.write_bytes(raw.encode("utf-8"))
    d = load_document(p)
    assert d.text == "Line one.\n\nSecond para here."
    i = d.text.index("here")
    s, e = d.raw_span(i, i + 4)
    assert d.raw[s:e] == "here"
    assert d.line_col(s) == (3, 14)


def test_nfc_and_invisible_characters():
    d = document_from_text("Cafe\u0301 soft\u00adhyphen zero\u200bwidth")
    assert d.text == "Café softhyphen zerowidth"
    s, e = d.raw_span(0, 4)
    assert d.raw[s:e] == "Cafe\u0301"


def test_normalize_text_matches_the_loaded_text():
    from mtcheck.load.normalize import normalize_text
    raw = "  Cafe\u0301\t soft\u00adhyphen  رئیس\u200cجمهور  "
    assert normalize_text(raw) == document_from_text(raw).text == "Café softhyphen رئیسجمهور"


def test_no_data_file_holds_a_character_the_loaders_drop():
    """The lexicons are matched against loaded text, which has lost its soft hyphens and
    zero-width characters: an entry with one (Persian اشتراک‌گذاری) would never match."""
    from pathlib import Path

    from mtcheck.load.normalize import drops_characters
    data = Path(__file__).resolve().parent.parent / "mtcheck" / "data"
    bad = [f"{p.relative_to(data)}:{i}" for p in sorted(data.rglob("*")) if p.suffix in (".txt", ".tsv")
           for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
           if drops_characters(line.replace("\t", " "))]
    assert not bad


def test_bom_is_stripped(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbfHallo Welt.")
    d = load_document(p)
    assert d.text == "Hallo Welt." and d.raw == "Hallo Welt."


def test_latin1_and_cp1252_detected(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Zürich, Genève – «Grüezi» €5.".encode("cp1252"))
    assert load_document(p).text == "Zürich, Genève – «Grüezi» €5."
    q = tmp_path / "latin1.txt"
    q.write_bytes("Gr\xfc\xdfe aus K\xf6ln.".encode("latin-1") if False else b"Gr\xfc\xdfe aus K\xf6ln.")
    assert load_document(q).text == "Grüße aus Köln."


def test_forced_encoding_reports_offset(tmp_path):
    p = tmp_path / "x.txt"
    p.write_bytes(b"abc \xff def")
    with pytest.raises(InputError, match="offset 4"):
        load_document(p, encoding="utf-8")


@pytest.mark.parametrize("content,problem", [
    (b"", "empty file"),
    (b"  \n\t \n", "white space"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_bad_files(tmp_path, content, problem):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=problem):
        load_document(p)


def test_missing_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        load_document(tmp_path)


HTML = """<!DOCTYPE html><html lang="de-CH"><head><title>T</title>
<meta name="date" content="2025-02-04"><style>p{color:red}</style></head><body>
<nav><a>Startseite</a></nav>
<article>
<h1>Titel &amp; Untertitel</h1>
<p class="lead">Der Lead.</p>
<p class="byline">Anna Muster</p>
<figure><img src="x.jpg" alt="Bild"><figcaption>Ein Gefängnis. <span class="credit">KEYSTONE</span></figcaption></figure>
<h2>Zwischentitel</h2>
<p>Ein Absatz mit <b>fett</b> und&nbsp;Leerzeichen.</p>
<blockquote class="twitter-tweet" lang="en"><p>Hello<br>world</p>— A (@a) <a href="#">May 1, 2025</a></blockquote>
<script>document.write("no")</script>
<button>Mehr anzeigen</button>
</article><footer>Impressum</footer></body></html>"""


def test_html_structure_and_kinds():
    d = document_from_text(HTML, fmt="html")
    got = kinds(d)
    assert ("headline", "Titel & Untertitel") in got
    assert ("lead", "Der Lead.") in got
    assert ("byline", "Anna Muster") in got
    assert ("caption", "Ein Gefängnis.") in got
    assert ("credit", "KEYSTONE") in got
    assert ("subheading", "Zwischentitel") in got
    assert ("body", "Ein Absatz mit fett und Leerzeichen.") in got
    assert ("ui", "Mehr anzeigen") in got
    assert any(k == "embed" and "Hello world" in t for k, t in got)
    text = d.text
    for dropped in ("Startseite", "Impressum", "document.write", "color:red"):
        assert dropped not in text
    assert d.lang == "de" and d.meta["date"] == "2025-02-04" and d.title == "T"


CHROME = """<html lang="fr"><body>
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>Nous utilisons des cookies.</p>
<button>Tout accepter</button></div>
<header class="site-header"><a class="logo">Le Courrier</a> <a class="login">Se connecter</a></header>
<div role="banner">Édition du soir</div>
<main><article>
<header><h1>Grève jeudi</h1></header>
<p class="byline">Par Claire Roussel</p>
<time class="dateline" datetime="2025-02-05">5 février 2025, 18h10</time>
<p>La grève commence <time datetime="2025-02-06">jeudi</time> à 4 heures.</p>
<div class="share-bar"><button>Partager</button></div>
<ul class="related-links"><li><a>Le métro de nuit</a></li></ul>
</article></main></body></html>"""


def test_html_site_chrome_is_dropped():
    # a cookie dialog, the site's header, a banner landmark, share and related-link boxes
    # are no article text (session 35: their sentences came back as untranslated, critical)
    d = document_from_text(CHROME, fmt="html")
    got = kinds(d)
    text = d.text
    for dropped in ("cookies", "Tout accepter", "Le Courrier", "Se connecter", "Édition du soir",
                    "Partager", "Le métro de nuit"):
        assert dropped not in text
    # the article's own header keeps its headline; a date line stands apart, a date in a
    # sentence stays in it
    assert ("headline", "Grève jeudi") in got
    assert ("metadata", "5 février 2025, 18h10") in got
    assert ("body", "La grève commence jeudi à 4 heures.") in got


def test_html_offsets_point_into_markup():
    d = document_from_text(HTML, fmt="html")
    i = d.text.index("Titel & Untertitel")
    s, e = d.raw_span(i, i + len("Titel & Untertitel"))
    assert d.raw[s:e] == "Titel &amp; Untertitel"
    j = d.text.index("KEYSTONE")
    s, e = d.raw_span(j, j + 8)
    assert d.raw[s:e] == "KEYSTONE"


def test_markdown():
    md = "# Titel\n\nEin *Absatz* mit [Link](http://x).\n\n![Bild](a.jpg)\n\n*Die Bildlegende.*\n\n## Zwischentitel\n\n> Ein Zitat.\n\n- Punkt eins\n- Punkt zwei\n"
    d = document_from_text(md, fmt="markdown")
    got = kinds(d)
    assert got[0] == ("headline", "Titel")
    assert ("body", "Ein Absatz mit Link.") in got
    assert ("caption", "Die Bildlegende.") in got
    assert ("subheading", "Zwischentitel") in got
    assert ("quote", "Ein Zitat.") in got
    assert ("body", "Punkt eins Punkt zwei") in got


def test_html_only_markup_is_refused(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><body><script>x()</script></body></html>")
    with pytest.raises(InputError, match="no text"):
        load_document(p)


def test_fast_and_character_paths_of_the_normaliser_agree():
    import random
    from mtcheck.load.normalize import _normalize_slow, normalize_chars
    rnd = random.Random(7)
    alphabet = list("ab cdée\u0301 \t\n\u00a0\u202f\u3000\x85\x1c\u00adZ\u200b.,'x\x07\ufeff\u2028ßع\u064b")
    for n in range(3000):
        plain = alphabet if n % 2 else [c for c in alphabet if c not in "\u0301\u00ad\u200b\x07\ufeff\u064b"]
        chars = [rnd.choice(plain) for _ in range(rnd.randint(0, 30))]
        pos = list(range(5, 5 + len(chars)))
        assert normalize_chars(chars, pos) == _normalize_slow(chars, pos), chars
