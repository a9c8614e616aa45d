"""JSON report: the serialised result model (schema ``mtcheck-report/1.0``, documented
in README.md and mtcheck/schema/report.schema.json)."""

from __future__ import annotations

import json

from ..model import Report


def render_json(report: Report, **_opts) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
