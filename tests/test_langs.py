"""Language tags as people write them: one code for the rules, one error line for a typo."""

import subprocess
import sys

import pytest

import mtcheck
from mtcheck.errors import InputError
from mtcheck.langs import canonical, is_iso639_1, lenient
from mtcheck.load.manifest import read_manifest


@pytest.mark.parametrize("tag,code", [
    ("de", "de"), ("DE", "de"), (" fr ", "fr"),
    ("de-CH", "de-CH"), ("de_ch", "de-CH"), ("en_GB", "en-GB"), ("es-419", "es-419"),
    ("zh-hant-tw", "zh-Hant-TW"),
    ("deu", "de"), ("ger", "de"), ("fra", "fr"), ("fre", "fr"), ("ell", "el"), ("gre", "el"),
    ("ger-CH", "de-CH"),
    ("German", "de"), ("english", "en"), ("Norwegian Bokmål", "nb"),
    ("no", "nb"), ("nor", "nb"), ("Norwegian", "nb"), ("no-NO", "nb-NO"), ("nn", "nn"),
    ("iw", "he"), ("cmn-Hans", "zh-Hans"),
    ("yue", "yue"), ("ceb", "ceb"),  # language-ID labels with no two-letter code
    ("", None), (None, None),
])
def test_canonical(tag, code):
    assert canonical(tag) == code


@pytest.mark.parametrize("tag", ["xx", "german-x", "12", "klingon", "d", "de--ch"])
def test_unknown_tags_are_refused_with_a_hint(tag):
    with pytest.raises(ValueError, match=r"unknown language .*ISO 639 code"):
        canonical(tag)
    assert lenient(tag) == tag  # the API passes it on as given


def test_iso639_1():
    assert is_iso639_1("de") and is_iso639_1("zu")
    assert not is_iso639_1("deu") and not is_iso639_1("xx") and not is_iso639_1("DE")


def test_the_api_reads_other_spellings_of_a_language():
    src, tgt = "Er kam 2024 nach Bern.", "He came to Bern in 2023."

    def found(sl, tl):
        return [(f.code, f.severity.label, f.message) for f in mtcheck.check_pair(src, tgt, sl, tl)]
    want = found("de", "en")
    assert want and want[0][0] == "D001"
    assert found("deu", "eng") == want and found("German", "English") == want
    assert found("ger", "en_US") == want


def test_the_command_line_refuses_an_unknown_language_in_one_line():
    p = subprocess.run([sys.executable, "-m", "mtcheck", "check", "Er kam.", "He came.",
                        "--source-lang", "german-ish"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr.count("\n") == 1 and "unknown language 'german-ish'" in p.stderr
    p = subprocess.run([sys.executable, "-m", "mtcheck", "check", "Er kam 2024.", "He came in 2023.",
                        "--source-lang", "deu", "--target-lang", "English"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 1 and "D001" in p.stdout


def test_a_manifest_language_is_read_or_refused(tmp_path):
    for f in ("a.txt", "b.txt"):
        (tmp_path / f).write_text("Ein Satz.\n", encoding="utf-8")
    body = '[[version]]\npath = "a.txt"\nlang = "{a}"\nrole = "source"\n' \
           '[[version]]\npath = "b.txt"\nlang = "{b}"\nrole = "target"\n'
    (tmp_path / "mtcheck.toml").write_text(body.format(a="deu", b="en_GB"), encoding="utf-8")
    assert [v.lang for v in read_manifest(tmp_path).versions] == ["de", "en-GB"]
    (tmp_path / "mtcheck.toml").write_text(body.format(a="de", b="englsh"), encoding="utf-8")
    with pytest.raises(InputError, match="version 2: unknown language 'englsh'"):
        read_manifest(tmp_path)
