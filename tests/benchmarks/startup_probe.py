"""Started by bench_startup.py: ``python startup_probe.py app [FILE]`` runs ``editor-app [FILE]`` exactly as the
command does (without FILE on a fresh profile: the first start, on the sample), and ``python startup_probe.py bare``
a bare PySide6 window with a text editor, and ``python startup_probe.py imports`` the same bare window after
importing what editor-app imports before its window (so the two differences, imports and window, show apart).
Each prints ``window`` once its top-level window's first paint is done, then ``classes N``, the number of Qt
classes PySide had made by then (it makes each on first use), and (the app) ``preview`` when the preview page
reports its content, then exits. The parent times the lines from
the moment it started the process.

Both windows are watched the same way: their own ``paintEvent`` queues the announcement, which runs when the paint
pass that drew the window and its children is over (before anything the app loads after its first paint). No
event filter on the whole application: such a filter makes PySide look up the Python class of every object it is
shown, which loads nearly every class of QtWidgets and adds ~50 ms to the bare window alone (and nothing to the
app, which loaded them anyway), flattering the ratio. The bare window imports only what a bare window needs."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def announce(what: str, then_exit: bool) -> None:
    print(what, flush=True)
    if what == "window":
        made = [
            name
            for module in ("QtCore", "QtGui", "QtWidgets")
            for name, value in vars(sys.modules[f"PySide6.{module}"]).items()
            if isinstance(value, type)
        ]
        print("classes", len(made), flush=True)
    if then_exit:
        os._exit(0)


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit

    class Window(QMainWindow):
        def paintEvent(self, event) -> None:
            QTimer.singleShot(0, lambda: announce("window", True))
            super().paintEvent(event)

    app = QApplication(sys.argv[:1])
    window = Window()
    window.setCentralWidget(QTextEdit("稿件编辑台"))
    window.resize(1200, 800)
    window.show()
    app.exec()


def editor_app(path: Path | None) -> None:
    from PySide6.QtCore import QTimer

    from editor_app.ui import main_window
    from editor_app.ui.app import run_gui

    paint = main_window.MainWindow.paintEvent
    first = [True]

    def paint_event(window, event) -> None:
        if first[0]:  # queued before the window's own ``painted``, which starts what the first paint skipped
            first[0] = False
            QTimer.singleShot(0, lambda: announce("window", False))
            window.painted.connect(lambda: watch_preview(window))
        paint(window, event)

    main_window.MainWindow.paintEvent = paint_event
    run_gui(path)


def watch_preview(window) -> None:
    """The preview pane is put in its dock after the first paint; announce its first page."""
    from PySide6.QtCore import QTimer

    def find() -> None:
        if window.preview is not None:
            timer.stop()
            window.preview.pageShown.connect(lambda: announce("preview", True))

    timer = QTimer(window)
    timer.timeout.connect(find)
    timer.start(5)


if __name__ == "__main__":
    if sys.argv[1] == "imports":
        import editor_app.ui.app  # what the app imports before its window

        bare()
    elif sys.argv[1] == "bare":
        bare()
    else:
        editor_app(Path(sys.argv[2]) if len(sys.argv) > 2 else None)
