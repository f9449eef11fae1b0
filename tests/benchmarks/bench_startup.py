"""Start-up under a real X server (Xvfb): how long until the main window appears on the sample (the first start,
on a fresh profile), against a bare PySide6 window started the same way, and how long after that until the preview
shows the page. Also timed, without a budget: ``editor-app sample-report.md``, the same text imported from Markdown.
Run: python tests/benchmarks/bench_startup.py  (needs Xvfb; QtWebEngine needs --no-sandbox as root)

Budgets: the window within 1.5x the bare window's time; the preview ready within 1 s after the window.
Also printed: the slowest imports of the start (``-X importtime``), so what the first paint pays for is visible.
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
SRC = HERE.parents[1] / "src"
PROBE = str(HERE / "startup_probe.py")
RUNS = 7  # the ratio moves by ~0.1 between batches of 5 on a shared machine


def start_xvfb() -> tuple[subprocess.Popen, str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        return server, ":" + pipe.readline().strip()


def timed_lines(command: list[str], env: dict) -> dict[str, float]:
    """Seconds from starting the process to each line it prints; each run on a profile of its own (a first start)."""
    with tempfile.TemporaryDirectory() as folder:
        env = {**env, "EDITOR_APP_CONFIG_DIR": folder + "/config", "EDITOR_APP_DATA_DIR": folder + "/data"}
        start = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        seen = {line.strip(): time.perf_counter() - start for line in child.stdout}
        child.wait(60)  # the probe exits itself once it has seen what it waits for
    return seen


def classes(seen: dict[str, float]) -> str:
    """The probe's ``classes N`` line."""
    return next((line.split()[1] for line in seen if line.startswith("classes ")), "?")


def row(label: str, value: float, budget: float | None = None) -> None:
    verdict = "" if budget is None else f"{budget:10.3f} {'ok' if value <= budget else 'OVER'}"
    print(f"{label:<44}{value:9.3f}{verdict}")


def main() -> None:
    compileall.compile_dir(SRC, quiet=1)  # an installed copy has bytecode; see bench_cli.py
    if not shutil.which("Xvfb"):
        sys.exit("Xvfb is not installed")
    server, display = start_xvfb()
    env = {
        **{k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"},
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": str(SRC),
        "QTWEBENGINE_CHROMIUM_FLAGS": os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu"),
    }
    sys.path.insert(0, str(SRC))
    from budgets import record

    from editor_app.templates import SAMPLE_PATH

    try:
        bare, imported, shaped, window, preview, markdown = [], [], [], [], [], []
        for _ in range(RUNS):  # interleaved, so all see the same machine load
            seen_bare = timed_lines([sys.executable, PROBE, "bare"], env)
            bare.append(seen_bare["window"])
            imported.append(timed_lines([sys.executable, PROBE, "imports"], env)["window"])
            shaped.append(timed_lines([sys.executable, PROBE, "skeleton"], env)["window"])
            seen = timed_lines([sys.executable, PROBE, "app"], env)
            window.append(seen["window"])
            preview.append(seen.get("preview", float("nan")) - seen["window"])
            markdown.append(timed_lines([sys.executable, PROBE, "app", str(SAMPLE_PATH)], env)["window"])
        with tempfile.TemporaryDirectory() as folder:
            imports = subprocess.run(
                [sys.executable, "-X", "importtime", PROBE, "app"],
                env={**env, "EDITOR_APP_CONFIG_DIR": folder + "/config", "EDITOR_APP_DATA_DIR": folder + "/data"},
                capture_output=True,
                text=True,
            )
    finally:
        server.terminate()
        server.wait()
    b, i, k, w, p, m = (statistics.median(x) for x in (bare, imported, shaped, window, preview, markdown))
    print(f"{'what (median of ' + str(RUNS) + ', Xvfb)':<44}{'seconds':>9}{'budget':>10}")
    row("bare PySide6 window appears", b)
    row("  the same after editor-app's imports", i)
    row("same parts as editor-app, plain PySide6", k)
    row("  ratio to the bare window", k / b)
    row("editor-app window on the sample appears", w, 1.5 * b)
    row("  ratio to the bare window", w / b, 1.5)
    row("preview page ready after the window", p, 1.0)
    row("editor-app sample-report.md window appears", m)
    record("window on the sample, × a bare PySide6 window (Xvfb)", w / b, 1.5, "×")
    record("preview page ready after the window", p, 1.0, "s")
    print(f"Qt classes made by the first paint: bare window {classes(seen_bare)}, editor-app {classes(seen)}")
    rows = []
    for line in imports.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    top = [(micros, name) for micros, name in rows if not name.startswith("   ")]
    print("\nslowest top-level imports of the start (-X importtime, cumulative ms):")
    for micros, name in sorted(top, reverse=True)[:15]:
        print(f"  {micros / 1000:8.1f}  {name.strip()}")
    print("\nslowest imports at any depth (cumulative ms; indented by depth):")
    for micros, name in sorted(rows, reverse=True)[:25]:
        print(f"  {micros / 1000:8.1f}  {name[1:]}")


if __name__ == "__main__":
    main()
