"""Started by bench_startup.py: ``python startup_probe.py app [FILE]`` runs ``editor-app [FILE]`` exactly as the
command does (without FILE on a fresh profile: the first start, on the sample), and ``python startup_probe.py bare``
a bare PySide6 window with a text editor. Each prints ``window`` at
the first paint of its top-level window and (the app) ``preview`` when the preview page reports its content,
then exits. The parent times the lines from the moment it started the process."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class Probe(QObject):
    """Watches paint events until the first top-level paint, then stops (a filter on every event of the web
    engine's objects would slow the start it measures)."""

    def __init__(self, app: QApplication, wait_for_preview: bool) -> None:
        super().__init__()
        self.app = app
        self.wait_for_preview = wait_for_preview
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.find_preview)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            print("window", flush=True)
            self.app.removeEventFilter(self)
            if not self.wait_for_preview:
                os._exit(0)
            self.timer.start(5)
        return False

    def find_preview(self) -> None:
        for widget in self.app.topLevelWidgets():
            for pane in widget.findChildren(QWidget):
                if type(pane).__name__ == "PreviewPane":
                    self.timer.stop()
                    pane.pageShown.connect(lambda: (print("preview", flush=True), os._exit(0)))
                    return


def bare() -> None:
    from PySide6.QtWidgets import QMainWindow, QTextEdit

    app = QApplication(sys.argv[:1])
    probe = Probe(app, False)  # noqa: F841 - kept alive while the app runs
    window = QMainWindow()
    window.setCentralWidget(QTextEdit("稿件编辑台"))
    window.resize(1200, 800)
    window.show()
    app.exec()


def editor_app(path: Path | None) -> None:
    from editor_app.ui.app import create_application, run_gui

    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)  # as run_gui
    probe = Probe(create_application(), True)  # noqa: F841 - kept alive while the app runs
    run_gui(path)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        editor_app(Path(sys.argv[2]) if len(sys.argv) > 2 else None)
