"""What a user waits for at the command line, end to end: whole-process ``editor-app export`` against pandoc
converting the same report's Markdown, measured side by side in one run. Run: python tests/benchmarks/bench_cli.py

Budgets: a 50 KB report to docx and html no slower than pandoc (ratio <= 1.0); a 13 MB compilation at most half
of pandoc's time (ratio <= 0.5). Also shown: ``--version`` and ``templates``, and one process exporting ten
documents against ten processes. Figures are medians of 7 runs (3 for the compilation), ours and pandoc's taken
in turn so that a busy machine slows both alike.

``editor-app`` is started as the installed console script starts it (``from editor_app.cli import run``), not
as ``python -m editor_app``, whose runpy machinery (~8 ms) no user runs; the frozen binary skips it too. Both
sides do the whole job: read the document, write the same report as docx or a standalone html page.
"""

from __future__ import annotations

import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE.parent))

from budgets import record  # noqa: E402

from editor_app.render.markdown import render_markdown  # noqa: E402
from editor_app.store.document import save_document  # noqa: E402
from workloads import realistic_report  # noqa: E402

APP = [sys.executable, "-c", "from editor_app.cli import run; run()"]  # what the console script runs
ENV = {**os.environ, "PYTHONPATH": str(HERE.parents[1] / "src")}


def walls(commands: list[list[str]], runs: int) -> list[float]:
    """Median seconds of each command's whole process, start to exit, the commands run in turn."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, taken in zip(commands, times, strict=True):
            start = time.perf_counter()
            subprocess.run(command, env=ENV, check=True, capture_output=True)
            taken.append(time.perf_counter() - start)
    return [statistics.median(taken) for taken in times]


def wall(command: list[str], runs: int) -> float:
    return walls([command], runs)[0]


def case(folder: Path, name: str, chars: int) -> tuple[Path, Path, int]:
    report = realistic_report(chars)
    markdown = folder / f"{name}.md"
    markdown.write_text(render_markdown(report), encoding="utf-8")
    return save_document(report, folder / name), markdown, markdown.stat().st_size


def main() -> None:
    # An installed copy carries compiled bytecode; without it (PYTHONDONTWRITEBYTECODE set, sources edited since
    # the last run) every timed process would compile our modules again: 0.06 s of a 50 KB html export here.
    compileall.compile_dir(HERE.parents[1] / "src", quiet=1)
    pandoc = shutil.which("pandoc")
    print(f"{'what':<44}{'editor-app':>12}{'pandoc':>10}{'ratio':>8}{'budget':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, chars, runs, budget in (("report", 17_000, 7, 1.0), ("compilation", 4_300_000, 3, 0.5)):
            document, markdown, size = case(folder, name, chars)
            for fmt, pandoc_args in (("docx", []), ("html", ["-s"])):
                ours, theirs = walls(
                    [
                        [*APP, "export", str(document), "--to", fmt, "-o", str(folder / f"o.{fmt}")],
                        [pandoc, str(markdown), *pandoc_args, "-o", str(folder / f"p.{fmt}")],
                    ],
                    runs,
                )
                label = f"export {size / 1e6:.2f} MB Markdown-sized report → {fmt}"
                met = record(f"whole-process export, {size / 1e6:.2f} MB → {fmt}, × pandoc", ours / theirs, budget, "×")
                ok = "ok" if met else "OVER"
                print(f"{label:<44}{ours:11.3f}s{theirs:9.3f}s{ours / theirs:8.2f}{budget:6.1f} {ok}")
        print(f"{'--version':<44}{wall([*APP, '--version'], 5):11.3f}s")
        print(f"{'templates':<44}{wall([*APP, 'templates'], 5):11.3f}s")
        many = [str(case(folder, f"doc{i}", 17_000)[0]) for i in range(10)]
        out = folder / "out"
        out.mkdir()
        one = wall([*APP, "export", *many, "--to", "docx", "-d", str(out)], 3)
        print(f"{'10 reports → docx, one process (-d)':<44}{one:11.3f}s")
        start = time.perf_counter()
        for path in many:
            subprocess.run(
                [*APP, "export", path, "--to", "docx", "-d", str(out)], env=ENV, check=True, capture_output=True
            )
        print(f"{'10 reports → docx, ten processes':<44}{time.perf_counter() - start:11.3f}s")
    imports = subprocess.run(
        [*APP[:1], "-X", "importtime", *APP[1:], "--version"], env=ENV, capture_output=True, text=True
    )
    modules = [line.rsplit("|", 1)[1].strip() for line in imports.stderr.splitlines()[1:]]
    ours = [m for m in modules if m.startswith("editor_app")]
    print(f"\n--version imports {len(modules)} modules; ours: {', '.join(ours)}")


if __name__ == "__main__":
    main()
