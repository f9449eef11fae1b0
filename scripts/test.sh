#!/usr/bin/env bash
# Run the whole test suite on a fresh machine: system packages (where allowed), a virtual environment
# in .venv with the app and its test extras, then pytest. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! bash scripts/system-packages.sh; then
  if [ -n "${CI:-}" ]; then echo "CI: system packages could not be installed" >&2; exit 1; fi
  echo "Continuing: tests that need the missing programs will be skipped." >&2
fi
python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
.venv/bin/python -m editor_app.ui.i18n >/dev/null  # the English UI translation (.ts → .qm)
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
