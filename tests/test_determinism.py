"""Same input, same output: across processes with different hash seeds (set and dict
order of strings changes with PYTHONHASHSEED) and across repeated runs."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PAIRS = [
    ("Er sagte: «Wir kommen am 3. Oktober.»", "He said: “We will come on 3 October.”", "de", "en"),
    ("Sie sagte: „Das ist gut.“", "She said: «That is good.»", "de", "en"),
    ("Merkel traf Macron und Biden in Berlin.", "Merkel met Macron and Baden in Berlin.", "de", "en"),
    ("Die Firma verdiente 70'000 Franken im Jahr 2023.", "The company earned 7,000 francs in 2022.", "de", "en"),
    ("Le président Macron a rencontré Olaf Scholz à Paris.", "President Macron met with Scholz in Paris Paris.", "fr", "en"),
    ("The mayor said “we will build it” on Monday.", "Der Bürgermeister sagte am Montag “wir bauen es”.", "en", "de"),
    ("The minister said the plan would cost 1.5 billion.", "Der Minister sagte, der Plan koste 1,5 Millionen.", "en", "de"),
]

SCRIPT = """
import json, sys, mtcheck
pairs = json.loads(sys.argv[1])
out = [[f.to_dict() for f in mtcheck.check_pair(*p)] for p in pairs]
r = mtcheck.compare_set(sys.argv[2], semantic=False).to_dict()
print(json.dumps({"pairs": out, "set": r["findings"], "sig": r["signature"]}, sort_keys=True))
"""


def run(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    p = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps(PAIRS),
                        str(ROOT / "corpora" / "cecot-2025-02-04")],
                       capture_output=True, text=True, env=env, check=True)
    return json.loads(p.stdout)


def test_findings_do_not_depend_on_hash_seed():
    a, b = run("1"), run("987")
    assert a == b
