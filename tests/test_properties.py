"""Property-based tests (hypothesis) over the loaders (documents, Word files, PO catalogues,
resource files paired by key), the segmenter, the aligner and check_pair: arbitrary Unicode never raises, offsets point into the text, every finding's
span quotes exactly the text it names, beads cover every sentence exactly once.

CI runs a bounded, derandomised number of examples; bench/fuzz.py runs many more by
setting MTCHECK_FUZZ_EXAMPLES.
"""

import os

from hypothesis import HealthCheck, given, settings, strategies as st

import mtcheck
from mtcheck.load import document_from_text
from mtcheck.align import is_debris

N = int(os.environ.get("MTCHECK_FUZZ_EXAMPLES", "60"))
SETTINGS = settings(max_examples=N, derandomize=True, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Text that looks like news copy, with the characters that break tools mixed in.
ALPHABET = st.sampled_from(list("abcdeäöüßéèAZ  ..,,!?;:'\"«»„“”‹›()[]…-–—0123456789'/@#%&<>\n\n\r\t\u00a0\u202f\u200b\u00ad\u0301") + ["Dr.", "z.B.", "U.S.", "70'000", "3.", "http://x.y/z", "KEYSTONE", "pic.twitter.com/x",
                                             # placeholders, tags, units, quotes kept in the original
                                             "{name}", "%s", "%(n)d", "{{ x }}", "${v}", "{", "}", "$", "£",
                                             "<b>", "</b>", "< /b>", "km", "Franken", "miles", "Prozent",
                                             " o'clock", "4. Februar", "We will open it next year."])
NEWSY = st.lists(ALPHABET, max_size=120).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=200), NEWSY)
LANGS = st.sampled_from(["de", "en", "fr", "es", "it", None])


@SETTINGS
@given(ANY_TEXT, st.sampled_from(["text", "markdown", "html"]))
def test_loader_offsets_point_into_raw(raw, fmt):
    d = document_from_text(raw, fmt=fmt)
    assert len(d.offsets) >= len(d.text)
    for p in d.paragraphs:
        assert 0 <= p.start < p.end <= len(d.text)
        s, e = d.raw_span(p.start, p.end)
        assert 0 <= s <= e <= len(raw)


@SETTINGS
@given(ANY_TEXT, LANGS)
def test_segmenter_spans(text, lang):
    from mtcheck.segment import sentence_spans
    spans = sentence_spans(text, lang)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        last = e
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())


@SETTINGS
@given(st.lists(NEWSY, max_size=12), st.lists(NEWSY, max_size=12), LANGS, LANGS)
def test_beads_cover_every_sentence_once(src, tgt, sl, tl):
    beads = mtcheck.align(src, tgt, sl, tl, semantic=False)
    s_idx = [i for b in beads for i in b[0]]
    t_idx = [i for b in beads for i in b[1]]
    # in reading order, except a debris line released from its bead (a gap in the bead)
    assert sorted(s_idx) == list(range(len(src)))
    assert sorted(t_idx) == list(range(len(tgt)))
    assert all(b[0] or b[1] for b in beads)
    for side, texts in ((0, src), (1, tgt)):
        for b in beads:
            idx = b[side]
            assert all(is_debris(texts[x]) for a, c in zip(idx, idx[1:]) for x in range(a + 1, c))


@SETTINGS
@given(ANY_TEXT, ANY_TEXT, LANGS, LANGS)
def test_check_pair_never_raises_and_spans_quote_text(src, tgt, sl, tl):
    for f in mtcheck.check_pair(src, tgt, sl, tl):
        text = tgt if f.document == "<target>" else src
        assert 0 <= f.span[0] <= f.span[1] <= len(text)
        assert text[f.span[0]:f.span[1]] == f.text


@SETTINGS
@given(st.lists(NEWSY, min_size=1, max_size=6), st.lists(NEWSY, min_size=1, max_size=6))
def test_compare_spans_quote_text(src_paras, tgt_paras):
    s = document_from_text("\n\n".join(src_paras), path="<s>", role="source", lang="de")
    t = document_from_text("\n\n".join(tgt_paras), path="<t>", role="target", lang="en")
    if not s.text.strip() or not t.text.strip():
        return
    r = mtcheck.compare(t, source=s, semantic=False)
    docs = {d.path: d for d in r.documents}
    for f in r.findings:
        assert docs[f.document].raw[f.span[0]:f.span[1]] == f.text


PO_LINE = st.sampled_from(['msgid "', 'msgstr "', 'msgctxt "', 'msgid_plural "', 'msgstr[0] "', 'msgstr[1] "',
                           '"', '#, fuzzy', '#~ msgid "x"', '# c', '#: a.c:1', '\\n', '\\"', '\\', 'ä', 'x',
                           ' ', '\n', '\n\n', 'Language: de\\n', 'charset=latin-1'])


@SETTINGS
@given(st.lists(PO_LINE, max_size=60).map("".join))
def test_po_reader_yields_pairs_or_one_clear_error(tmp_path_factory, text):
    from mtcheck.errors import InputError
    from mtcheck.load.corpus import read_corpus
    p = tmp_path_factory.mktemp("po") / "x.po"
    p.write_text(text, encoding="utf-8")
    try:
        for r in read_corpus(p, source_lang="en", target_lang="de"):
            assert isinstance(r.source, str) and isinstance(r.target, str) and r.target.strip()
            assert r.origin_line >= 1
    except InputError as e:
        assert "x.po" in str(e)


# Token soups for the one-language resource files (JSON, .strings, .properties, Android XML)
RES_TOKENS = {
    "json": ['{', '}', '[', ']', '"k"', '"a.b"', ':', ',', '"Hello {name}"', '"@@locale"', '"de"',
             '"message"', '"x\\"y"', '\\u00e9', '3', 'null', ' ', '\n', '"ä"', '"@k"'],
    "strings": ['"k"', '"v"', ' = ', ';', '/* c */', '// c\n', '"a \\"b\\""', '\\n', 'key', '\n', ' ',
                '/*', '"', '=', 'ä'],
    "properties": ['k', '=', ':', ' ', 'v', '\\', '\n', '# c\n', '! c\n', '\\u00e9', '\\uZZ', 'a.b', 'ä',
                   '\\\n', '{0}'],
    "xml": ['<resources>', '</resources>', '<string name="a">', '<string name="b" translatable="false">',
            '</string>', '<plurals name="p">', '<item quantity="one">', '</item>', '</plurals>', 'x',
            "\\'", '\\"', '"', '<b>', '</b>', '&amp;', '&x;', ' ', '\n', '<!DOCTYPE r [<!ENTITY x "y">]>'],
    "yaml": ['de:', '\n', '  ', 'k: ', '"v"', "'v'", '&a ', '*a', '<<: ', '[', ']', '{', '}', ', ', '- ',
             '|', '>', '# c', 'yes', '3', ': ', 'ä', '%{n}', '!!python/object '],
}
RES_SUFFIX = {"json": "de.json", "strings": "Localizable.strings", "properties": "m_de.properties",
              "xml": "strings.xml", "yaml": "de.yml"}


@SETTINGS
@given(st.sampled_from(sorted(RES_TOKENS)).flatmap(
    lambda k: st.tuples(st.just(k), st.lists(st.sampled_from(RES_TOKENS[k]), max_size=40).map("".join),
                        st.lists(st.sampled_from(RES_TOKENS[k]), max_size=40).map("".join))))
def test_resource_pairs_or_one_clear_error(tmp_path_factory, case):
    from mtcheck.errors import InputError
    from mtcheck.load.resources import ResourcePairReader
    kind, src_text, tgt_text = case
    d = tmp_path_factory.mktemp("res")
    src_dir, tgt_dir = (d / "values", d / "values-de") if kind == "xml" else (d / "en", d / "de")
    src_dir.mkdir()
    tgt_dir.mkdir()
    name = RES_SUFFIX[kind]
    src = src_dir / {"json": "en.json", "yaml": "en.yml"}.get(kind, name)
    tgt = tgt_dir / name
    src.write_text(src_text, encoding="utf-8")
    tgt.write_text(tgt_text, encoding="utf-8")
    try:
        for r in ResourcePairReader(src, tgt, source_lang="en", target_lang="de"):
            assert isinstance(r.source, str) and isinstance(r.target, str) and r.target.strip()
            assert r.origin_line >= 0
            mtcheck.check_pair(r.source, r.target, r.source_lang, r.target_lang)
    except InputError as e:
        assert src.name in str(e) or tgt.name in str(e)


DOCX_PARTS = st.sampled_from(['<w:p>', '</w:p>', '<w:r>', '</w:r>', '<w:t>', '</w:t>', 'Text ä',
                              '<w:tab/>', '<w:br/>', '<w:del><w:r><w:delText>x</w:delText></w:r></w:del>',
                              '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>', '<w:tbl><w:tr><w:tc>',
                              '</w:tc></w:tr></w:tbl>', '<w:instrText>HYPERLINK</w:instrText>', '&amp;', '<', ' '])


@SETTINGS
@given(st.lists(DOCX_PARTS, max_size=40).map("".join), st.booleans())
def test_docx_loader_document_or_one_clear_error(tmp_path_factory, body, truncate):
    import io
    import zipfile
    from mtcheck.errors import InputError
    from mtcheck.load import load_document
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml",
                   '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                   f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')
    data = buf.getvalue()
    if truncate:
        data = data[: len(data) // 2]
    p = tmp_path_factory.mktemp("docx") / "x.docx"
    p.write_bytes(data)
    try:
        doc = load_document(p)
    except InputError as e:
        assert "x.docx" in str(e)
        return
    for para in doc.paragraphs:
        assert 0 <= para.start <= para.end <= len(doc.text)
