"""Run by test_recovery: a real app process that opens a document, types Chinese through the input
method, and keeps running until the test kills it with SIGKILL."""

import sys
from pathlib import Path

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from editor_app.settings import Settings
from editor_app.ui.app import Desk, create_application


def main() -> None:
    app = create_application()
    desk = Desk(Settings(autosave_seconds=1))
    desk.open_path(Path(sys.argv[1]))
    while not desk.windows:
        app.processEvents()
    window = desk.windows[0]
    editor = window.column.editor_for(window.report().lead[0], "text")
    editor.set_cursor(0)
    commit = QInputMethodEvent()
    commit.setCommitString(sys.argv[2])
    QApplication.sendEvent(editor, commit)
    print("typed", flush=True)
    app.exec()


main()
