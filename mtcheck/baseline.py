"""Baselines: a file of accepted findings (by fingerprint) that CI no longer fails on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from .errors import InputError
from .model import Finding

BASELINE_SCHEMA = "mtcheck-baseline/1"


def read_baseline(path: Path) -> set[str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(path, f"cannot read baseline: {e}") from None
    except json.JSONDecodeError as e:
        raise InputError(path, f"baseline is not JSON (line {e.lineno}): {e.msg}") from None
    if not isinstance(data, dict) or data.get("schema") != BASELINE_SCHEMA:
        raise InputError(path, f"not an mtcheck baseline (expected schema {BASELINE_SCHEMA})")
    return {str(f["fingerprint"]) for f in data.get("findings", []) if "fingerprint" in f}


def baseline_json(findings: Iterable[Finding]) -> str:
    items = [{"fingerprint": f.fingerprint, "code": f.code, "document": f.document, "text": f.text}
             for f in findings]
    items.sort(key=lambda d: (d["document"], d["code"], d["fingerprint"]))
    return json.dumps({"schema": BASELINE_SCHEMA, "findings": items}, ensure_ascii=False, indent=1) + "\n"


def baseline_from_records(records: Iterable[dict]) -> str:
    """A baseline from batch finding records (JSON lines): one entry per fingerprint, since
    a corpus repeats the same finding (same code, file, text and message) in many pairs."""
    items: dict[str, dict] = {}
    for r in records:
        fp = str(r["fingerprint"])
        items.setdefault(fp, {"fingerprint": fp, "code": r["code"], "document": r["document"],
                              "text": r.get("text", "")})
    out = sorted(items.values(), key=lambda d: (d["document"], d["code"], d["fingerprint"]))
    return json.dumps({"schema": BASELINE_SCHEMA, "findings": out}, ensure_ascii=False, indent=1) + "\n"
