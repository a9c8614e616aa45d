"""Fixtures for rule tests that run whole articles through the pipeline."""

from __future__ import annotations

import pytest

import mtcheck


@pytest.fixture
def article(tmp_path):
    """compare(source, target) written to files: the target's findings (document mode, no
    sentence encoder).  ``src``/``tgt`` are the files' text, or lists of paragraphs."""
    def run(src, tgt, sl: str, tl: str, *, src_ext: str = "txt", tgt_ext: str = "txt", config=None):
        s, t = tmp_path / f"source.{sl}.{src_ext}", tmp_path / f"target.{tl}.{tgt_ext}"
        s.write_text(src if isinstance(src, str) else "\n\n".join(src), encoding="utf-8")
        t.write_text(tgt if isinstance(tgt, str) else "\n\n".join(tgt), encoding="utf-8")
        rep = mtcheck.compare(t, source=s, semantic=False, source_lang=sl, target_lang=tl, config=config)
        return [f for f in rep.findings if f.document.endswith(t.name)]
    return run
