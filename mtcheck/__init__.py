"""mtcheck: align translated copy with its source and parallel versions, flag
machine-translation artefacts, and score consistency.

Public API::

    import mtcheck
    report = mtcheck.compare("article.en.txt", source="source.de.html")
    findings = mtcheck.check_pair("Er kam 2024.", "He came in 2023.", "de", "en")
    beads = mtcheck.align(["Satz eins.", "Satz zwei."], ["Sentence one.", "Sentence two."])
    mtcheck.split_sentences("Dr. Meier kam. Er ging.", "de")
    mtcheck.detect_language("Das ist ein deutscher Satz.")
"""

__version__ = "0.1.0"

from .errors import InputError, MtcheckError  # noqa: E402
from .model import (Alignment, Bead, Document, Evidence, Finding, Report,  # noqa: E402
                    Scorecard, Segment, Severity)

__all__ = ["__version__", "compare", "compare_set", "check_pair", "align", "split_sentences",
           "detect_language", "load_document", "Alignment", "Bead", "Document", "Evidence",
           "Finding", "Report", "Scorecard", "Segment", "Severity", "InputError", "MtcheckError"]


# Heavy parts load lazily: `import mtcheck` stays cheap for the CLI.
def compare(*args, **kwargs):
    """Compare a translation with its source, parallel and reference versions → Report."""
    from .pipeline import compare as _compare
    return _compare(*args, **kwargs)


def compare_set(*args, **kwargs):
    """Run an article set folder (with an mtcheck.toml manifest) → Report."""
    from .pipeline import compare_set as _compare_set
    return _compare_set(*args, **kwargs)


def check_pair(source: str, target: str, source_lang: str | None = None,
               target_lang: str | None = None, **kwargs) -> list[Finding]:
    """Check a single segment pair → list of findings."""
    from .pipeline import check_pair as _check_pair
    return _check_pair(source, target, source_lang, target_lang, **kwargs)


def align(source: list[str], target: list[str], source_lang: str | None = None,
          target_lang: str | None = None, **kwargs) -> list[tuple[list[int], list[int]]]:
    """Align pre-segmented sentences → beads as (source indices, target indices)."""
    from .pipeline import align as _align
    return _align(source, target, source_lang, target_lang, **kwargs)


def split_sentences(text: str, lang: str | None = None) -> list[str]:
    """The sentences of ``text`` in order, as written in the input."""
    from .segment import split_sentences as _split
    return _split(text, lang)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``, or None when undecidable."""
    from .langid import detect_language as _detect
    return _detect(text)


def load_document(path, **kwargs) -> Document:
    """Load one version (text, Markdown, HTML or Word .docx) → Document."""
    from .load import load_document as _load
    return _load(path, **kwargs)
