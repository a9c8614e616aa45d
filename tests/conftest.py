import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CECOT = ROOT / "corpora" / "cecot-2025-02-04"
SHARED = Path(os.environ.get("MTCHECK_SHARED", ROOT.parent / "shared"))


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives headless Chromium")
    config.addinivalue_line("markers", "slow: takes more than a few seconds")


@pytest.fixture
def cecot() -> Path:
    return CECOT


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("shared eval data not present")
    return SHARED


@pytest.fixture
def cli():
    """Run ``python -m mtcheck ARGS`` in a folder: (exit code, stdout, stderr)."""
    import subprocess
    import sys

    def run(*args, cwd=None):
        p = subprocess.run([sys.executable, "-m", "mtcheck", *args], capture_output=True, text=True,
                           cwd=cwd, env={**os.environ, "NO_COLOR": "1"})
        return p.returncode, p.stdout, p.stderr
    return run
