"""Speed of the writing window on a 200,000-character report: opening, a keystroke, a section move.

Run: QT_QPA_PLATFORM=offscreen python3 tests/benchmarks/window_large_report.py
Prints figures; no assertion (speed budgets are read by people, not enforced as timed unit tests).
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EDITOR_APP_CONFIG_DIR", tempfile.mkdtemp())
os.environ.setdefault("EDITOR_APP_DATA_DIR", tempfile.mkdtemp())
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor_app.model.counting import count_report
from editor_app.model.report import Meta, Node, Paragraph, Report
from editor_app.settings import Settings
from editor_app.templates import sample_report
from editor_app.ui.app import Desk, create_application

SENTENCE = "围绕茶叶、高山蔬菜和稻渔综合种养三大主导产业，新建标准化茶园二千八百亩，带动群众稳定增收。"


def large_report() -> Report:
    paragraph = SENTENCE * 10  # about 460 characters
    nodes = [
        Node(
            f"第{i}部分的小标题。",
            [Paragraph(paragraph)],
            [Node(f"做法{j}。", [Paragraph(paragraph) for _ in range(7)]) for j in range(8)],
        )
        for i in range(8)
    ]
    return Report(meta=Meta(title="大型报告"), lead=[Paragraph(paragraph)], nodes=nodes)


def timed(label: str, action, repeat: int = 1) -> None:
    start = time.perf_counter()
    for _ in range(repeat):
        action()
        QApplication.processEvents()
    elapsed = (time.perf_counter() - start) / repeat
    print(f"{label:<44}{elapsed * 1000:9.1f} ms")


def import_time() -> float:
    """Seconds a fresh interpreter needs to import the window's code (the start of ``editor-app``)."""
    code = "import time; t = time.perf_counter(); import editor_app.ui.app; print(time.perf_counter() - t)"
    src = str(Path(__file__).resolve().parents[2] / "src")
    result = subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": src}, capture_output=True)
    return float(result.stdout)


def main() -> None:
    print(f"{'import of the UI in a fresh process':<44}{import_time() * 1000:9.1f} ms")
    app = create_application()
    desk = Desk(Settings(), frozen_when_built=True)  # as run_gui makes it
    start = time.perf_counter()
    window = desk.show_window(sample_report(), None)
    app.processEvents()
    print(f"{'window on the sample report':<44}{(time.perf_counter() - start) * 1000:9.1f} ms")
    window.close()

    report = large_report()
    print(f"report size: {count_report(report)} characters")
    start = time.perf_counter()
    window = desk.show_window(report, None)
    window.resize(1400, 900)
    app.processEvents()
    print(f"{'window on the large report':<44}{(time.perf_counter() - start) * 1000:9.1f} ms")
    editor = window.column.editor_for(report.nodes[4].children[3].content[2], "text")
    window.column.focus_editor(editor, 10)
    timed("one character typed (input method commit)", lambda: type_text(editor, "字"), repeat=50)
    timed("one key press (Latin letter)", lambda: QTest.keyClick(editor, Qt.Key.Key_A), repeat=50)
    timed("count characters (status bar)", window.update_counts, repeat=10)
    heading = window.column.editor_for(report.nodes[2], "title")
    window.column.focus_editor(heading, 0)
    timed("move a section down (Alt+Down)", window.menus.action("down").trigger, repeat=5)
    timed("undo the move", window.undo_stack.undo, repeat=5)
    timed("autosave snapshot (UI thread part)", lambda: copy.deepcopy(report), repeat=5)
    window.undo_stack.setClean()
    window.close()


def type_text(editor, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)


if __name__ == "__main__":
    main()
