"""Memory of the window process, stage by stage, on the sample, a 30,000-character and a 300,000-character report
(under Xvfb, with the web preview): where the memory goes, not a budget.
Run: python tests/benchmarks/bench_memory.py

Stages: the UI's modules imported; the window shown; the reading column built whole; the preview's first page shown;
the review's first check done; 60 keys typed; 5 Enters; a save. Each line gives the resident memory (RSS) in MB
after each stage, then the peak (the high-water mark, what ``bench_keystroke.py`` reports as ru_maxrss), and at the
end the part that is the process's own (anonymous: heaps, Python, Qt's objects; the rest is mapped files: libraries
and fonts, shared and reloadable) and the C heap in use (glibc's count: Qt's objects and Python's larger blocks).
The web engine's page runs in a process of its own and is not counted; the engine's part in ours (about 160 MB on
the sample, mostly its libraries) starts while a long report's column is built, so it counts in that stage there.
Memory is much steadier than time under load: one run is enough.
"""

from __future__ import annotations

import ctypes
import os
import sys
import tempfile
from pathlib import Path

from bench_keystroke import WORKLOADS, run_workloads  # run as a script: its folder is on the path

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src"
_MALLINFO2 = "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()  # noqa: SIM905
STAGES = ["imports", "shown", "column", "preview", "review", "typed", "Enter", "saved"]


def _status() -> dict[str, int]:
    """The process's memory lines from /proc (kB)."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile", "RssShmem"):
            fields[key] = int(value.split()[0])
    return fields


def _heap_in_use() -> float:
    """MB of the C heap in use (glibc's mallinfo2), or NaN where there is no such count."""

    class Info(ctypes.Structure):
        _fields_ = [(field, ctypes.c_size_t) for field in _MALLINFO2]

    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = Info
    except (OSError, AttributeError):
        return float("nan")
    info = libc.mallinfo2()
    return (info.uordblks + info.hblkhd) / 2**20


def _inside(name: str) -> None:
    sys.path[:0] = [str(SRC), str(HERE.parent)]
    rss: list[float] = []

    def stage() -> None:
        rss.append(_status()["VmRSS"] / 1024)

    from bench_keystroke import event_loop
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from editor_app.model.report import Paragraph, iter_nodes
    from editor_app.settings import Settings
    from editor_app.store.document import save_document
    from editor_app.templates import sample_report
    from editor_app.ui.app import Desk, create_application
    from workloads import realistic_report

    stage()
    app = create_application()
    chars = WORKLOADS[name]
    path = save_document(realistic_report(chars) if chars else sample_report(), Path(tempfile.mkdtemp()) / "m.edesk")
    desk = Desk(Settings(autosave_seconds=2), previews=True, frozen_when_built=True)  # as run_gui makes it

    pump, idle = event_loop(app, 120.0)

    desk.open_path(path)
    pump(lambda: bool(desk.windows) and desk.windows[0].isVisible())
    window = desk.windows[0]
    window.resize(1500, 950)
    app.processEvents()
    stage()
    shown: list[bool] = []
    pump(lambda: window.preview is not None)  # made just after the first paint; its first page comes later
    window.preview.pageShown.connect(lambda: shown.append(True))
    pump(window.column.is_complete)
    stage()
    pump(lambda: bool(shown))
    stage()
    review = window.review
    pump(lambda: review is not None and review.reviewer is not None and not review._running)
    stage()
    nodes = [node for _, node in iter_nodes(window.report().nodes)]
    owner = next(
        (item for node in nodes[len(nodes) // 2 :] for item in node.content if isinstance(item, Paragraph)),
        window.report().lead[0],
    )
    editor = window.column.editor_for(owner, "text")
    window.activateWindow()
    window.column.focus_editor(editor, 3)
    pump(editor.hasFocus, 5.0)
    for index in range(60):
        QTest.keyClick(editor, Qt.Key.Key_A if index % 2 else Qt.Key.Key_B)
        idle(0.05)
    idle(2.0)  # the preview, the review and autosave catch up
    stage()
    for _ in range(5):
        editor = window.focusWidget()
        editor.set_cursor(2)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        idle(0.4)
    idle(2.0)
    stage()
    window.session.save()
    pump(lambda: not window.isWindowModified())
    stage()
    status = _status()
    figures = [*rss, status["VmHWM"] / 1024, status["RssAnon"] / 1024, _heap_in_use()]
    line = f"{name:<15}" + "".join(f"{figure:8.0f}" for figure in figures)
    print(line + f"{len(window.column.editors):9d}", flush=True)
    window.undo_stack.setClean()
    os._exit(0)  # the figures are out; tearing QtWebEngine down is not what is measured


def main() -> None:
    titles = [*STAGES, "peak", "anon", "heap"]
    run_workloads(
        __file__,
        "resident memory in MB after each stage; the peak; at the end the anonymous part and the C heap in use",
        "".join(f"{title:>8}" for title in titles) + f"{'editors':>9}",
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--inside"]:
        _inside(sys.argv[2])
    else:
        main()
