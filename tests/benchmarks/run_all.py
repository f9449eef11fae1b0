"""Print every speed and memory figure, then every budget of this one run in one table:
python tests/benchmarks/run_all.py [--markdown]

Each benchmark runs in its own process (the window benchmarks need their own Qt application and X server). Budgets
are stated at the top of each script; the figures are printed, not asserted, so a slow CI machine never fails a
build. ``--markdown`` prints the closing table as Markdown, the form the README shows.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from datetime import date
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
    "bench_memory.py",
]


def machine() -> str:
    """The machine the figures come from, in one line."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if "model name" in line]
        cpu = names[0] if names else cpu
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split()[1])
        memory = f", {kib / 2**20:.0f} GiB RAM"
    pandoc = shutil.which("pandoc")
    pandoc_version = (
        subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
        if pandoc
        else "no pandoc"
    )
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; {pandoc_version}"
    )


def table(results: list[dict], markdown: bool) -> str:
    rows = [
        (r["what"], f"{r['value']:.3g} {r['unit']}", f"≤ {r['limit']:.3g} {r['unit']}", "yes" if r["met"] else "NO")
        for r in results
    ]
    if markdown:
        lines = ["| what | figure | budget | met |", "|---|---|---|---|"]
        return "\n".join([*lines, *(f"| {' | '.join(row)} |" for row in rows)])
    width = max((len(row[0]) for row in rows), default=10) + 2
    return "\n".join(f"{a:<{width}}{b:>14}{c:>16}  {d}" for a, b, c, d in rows)


if __name__ == "__main__":
    markdown = "--markdown" in sys.argv
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        results_file = Path(folder) / "budgets.jsonl"
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "EDITOR_APP_BENCH_RESULTS": str(results_file),
        }
        for script in SCRIPTS:
            print(f"\n===== {script}", flush=True)
            failed += subprocess.run([sys.executable, str(HERE / script)], env=env, check=False).returncode != 0
        results = (
            [json.loads(line) for line in results_file.read_text(encoding="utf-8").splitlines()]
            if results_file.exists()
            else []
        )
    print(f"\n===== every budget, one run, {date.today()}\n{machine()}\n")
    print(table(results, markdown))
    met = sum(r["met"] for r in results)
    print(f"\n{met} of {len(results)} budgets met" + (f"; {failed} script(s) failed" if failed else ""))
    sys.exit(1 if failed else 0)
