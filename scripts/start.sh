#!/usr/bin/env bash
# Install Editorial Desk into .venv (first run only) and open it on the bundled sample report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh runtime || echo "（缺少上面列出的系统组件时，窗口可能无法打开）" >&2
python=${PYTHON:-python3}
if [ ! -x .venv/bin/editor-app ]; then
  "$python" -m venv .venv || { echo "需要 python3-venv：sudo apt-get install python3-venv" >&2; exit 1; }
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e .
fi
[ -f src/editor_app/resources/translations/editor_app_en.qm ] || .venv/bin/python -m editor_app.ui.i18n >/dev/null
exec .venv/bin/editor-app "$@"
