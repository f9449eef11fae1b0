"""The window's first paint loads only what it shows (issue #13: the main window within 1.5x the time of a bare
PySide6 window). The first start on the sample runs in a fresh process, which lists the modules and Qt classes it
holds at its first paint: what only importing, exporting, saving, the review, the preview or the details panel's
fields use loads after it (PySide makes a Qt class when Python first asks for it, ~0.3-4 ms each)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import os, sys
    from PySide6.QtCore import QTimer
    from editor_app.ui import main_window
    from editor_app.ui.app import run_gui

    def held() -> None:
        classes = [
            name for module in ("QtCore", "QtGui", "QtWidgets")
            for name, value in vars(sys.modules["PySide6." + module]).items() if isinstance(value, type)
        ]
        print(" ".join(sorted(sys.modules)))
        print(" ".join(sorted(classes)), flush=True)
        os._exit(0)

    paint = main_window.MainWindow.paintEvent

    def paint_event(window, event) -> None:
        QTimer.singleShot(0, held)  # queued before the window's own ``painted``: what the first paint had
        main_window.MainWindow.paintEvent = paint
        paint(window, event)

    main_window.MainWindow.paintEvent = paint_event
    run_gui(None)
    """
)
LATER_MODULES = (
    "editor_app.importers.markdown",
    "editor_app.importers.structure",
    "editor_app.render",
    "editor_app.review",  # the checks; ui.review_names holds what the window shows before them
    "editor_app.reviewing",
    "editor_app.store.revisions",
    "editor_app.model.dates",
    "editor_app.ui.preview",
    "editor_app.ui.review_panel",
    "editor_app.ui.dialogs",
    "editor_app.ui.find",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "docx",
    "lxml",
    "markdown_it",
    "yaml",
    "datetime",
    "copy",
)
PACKAGES = tuple(name + "." for name in LATER_MODULES)
# the details panel's fields, built at its first unfold; the outline's header and the status bar's grip, which
# Python never needs to reach; an icon, which nothing in the window has; the attachments box (a QPlainTextEdit),
# made when the sign-off is built; gradients, whose 169 presets painting the page with fillRect made PySide load
LATER_CLASSES = (
    "QComboBox",
    "QFormLayout",
    "QLineEdit",
    "QPushButton",
    "QHeaderView",
    "QSizeGrip",
    "QIcon",
    "QPlainTextEdit",
    "QGradient",
)


def test_the_first_paint_loads_only_what_it_shows():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    modules, classes = (line.split() for line in done.stdout.splitlines()[-2:])
    assert "editor_app.ui.main_window" in modules and "QMainWindow" in classes
    assert [name for name in modules if name in LATER_MODULES or name.startswith(PACKAGES)] == []
    assert [name for name in classes if name in LATER_CLASSES] == []
