"""Run the property-based suite with many more examples than CI does.

    python bench/fuzz.py [EXAMPLES]     (default 2000 per property)

Prints the number of examples run per property and the failures (0 expected).
"""

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    import argparse
    ap = argparse.ArgumentParser(description="Run the property-based suite with many examples.")
    ap.add_argument("examples", nargs="?", type=int, default=2000, help="examples per property")
    n = ap.parse_args().examples
    env = {**os.environ, "MTCHECK_FUZZ_EXAMPLES": str(n)}
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                        "--hypothesis-show-statistics",
                        str(ROOT / "tests" / "test_properties.py")], env=env, cwd=ROOT,
                       capture_output=True, text=True)
    dt = time.perf_counter() - t0
    import re
    # hypothesis statistics: "... of which N passing examples, M failing ..." per phase
    ran = sum(int(a) + int(b) for a, b in re.findall(r"(\d+) passing examples?, (\d+) failing", p.stdout))
    failing = sum(int(b) for _a, b in re.findall(r"(\d+) passing examples?, (\d+) failing", p.stdout))
    tail = [ln for ln in p.stdout.splitlines() if ln.strip()][-1:] or ["?"]
    props = len(re.findall(r"^def test_", (ROOT / "tests" / "test_properties.py").read_text(), re.M))
    print(f"properties: {props}  max examples per property: {n}  examples run (hypothesis statistics): {ran}")
    print(f"failing examples: {failing}")
    print(f"pytest: {tail[0]}  ({dt:.0f} s)")
    if p.returncode:
        print(p.stdout[-4000:])
    return p.returncode


if __name__ == "__main__":
    raise SystemExit(main())
