#!/usr/bin/env bash
# The README's test command: installs what the suite needs on a fresh machine, then runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
"$PY" -m pip install --quiet --disable-pip-version-check -e '.[test,semantic,dask,ja]'
# The browser test drives Debian's Chromium; install it where missing (skipped, not failed, if apt is unavailable).
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "scripts/test.sh: could not install chromium; the browser test will be skipped" >&2
fi
exec "$PY" -m pytest -p no:cacheprovider "$@"
