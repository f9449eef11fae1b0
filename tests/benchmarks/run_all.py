"""Print every speed and memory figure: python tests/benchmarks/run_all.py

Each benchmark runs in its own process (the window benchmark needs its own Qt application). Budgets are stated
at the top of each script; the figures are printed, not asserted, so a slow CI machine never fails a build.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    "bench_core.py",
    "bench_html.py",
    "bench_docx.py",
    "window_large_report.py",
    "bench_cli.py",
    "bench_startup.py",
    "bench_keystroke.py",
]

if __name__ == "__main__":
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = 0
    for script in SCRIPTS:
        print(f"\n===== {script}", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / script)], env=env, check=False).returncode != 0
    sys.exit(1 if failed else 0)
