"""Find and replace across the whole report, in reading order.

Finding walks the reading column's editors (the match is selected where the writer sees it, and the dialog moves
off it); replacing all goes through ``model.search`` and the report editor, so it keeps markup and is one undo
step. Enter in the dialog always means 下一个: 全部替换 changes many places at once and takes a click.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..model.inline import plain
from ..model.search import replace_all
from .editors import ReadingColumn
from .report_editor import ReportEditor


class FindReplace(QObject):
    """What the find dialog does, over one window's column and report editor."""

    def __init__(self, column: ReadingColumn, editor: ReportEditor, window: QWidget) -> None:
        super().__init__(window)
        self.column, self.editor, self.window = column, editor, window
        self.dialog: FindReplaceDialog | None = None

    def find_next(self, needle: str, backwards: bool = False) -> bool:
        """Select the next occurrence of ``needle`` in reading order, wrapping around; False if none."""
        self.column.complete()  # right after opening a long report, its end may not have editors yet
        order = self.column.order
        if not needle or not order:
            return False
        current = self.column.current
        start = order.index(current) if current in order else 0
        flags = QTextDocument.FindFlag.FindBackward if backwards else QTextDocument.FindFlag(0)
        step = -1 if backwards else 1
        for offset in range(len(order) + 1):
            editor = order[(start + step * offset) % len(order)]
            document = editor.document()
            if offset == 0:
                found = document.find(needle, editor.textCursor(), flags)
            else:
                found = document.find(needle, document.characterCount() if backwards else 0, flags)
            if not found.isNull():
                editor.setFocus()
                editor.setTextCursor(found)
                self.column.current = editor
                self.column.ensureWidgetVisible(editor, 0, 60)
                if self.dialog is not None and self.dialog.isVisible():
                    self.dialog.keep_clear_of(match_rect(editor))
                return True
        return False

    def replace_current(self, needle: str, replacement: str) -> None:
        editor = self.column.current
        if editor is not None and needle and editor.textCursor().selectedText() == needle:
            editor.textCursor().insertText(replacement)
        self.find_next(needle)

    def replace_everywhere(self, needle: str, replacement: str) -> int:
        """Replace every occurrence as one undo step; returns how many were replaced."""
        changes = replace_all(self.editor.report, needle, replacement)
        self.editor.apply([(place, new) for place, _old, new in changes], self.tr("全部替换"))
        return sum(plain(old).count(needle) for _place, old, _new in changes)

    def open(self) -> None:
        """Ctrl+F: the dialog, with the words selected in one paragraph filled in."""
        if self.dialog is None:
            self.dialog = FindReplaceDialog(self, self.window)
        current = self.column.current
        selected = current.textCursor().selectedText() if current is not None else ""
        if selected and "\u2029" not in selected:  # a selection within one paragraph is what to look for
            self.dialog.find_field.setText(selected)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.find_field.setFocus()
        self.dialog.find_field.selectAll()


class FindReplaceDialog(QDialog):
    def __init__(self, finder: FindReplace, parent: QWidget) -> None:
        super().__init__(parent)
        self.finder = finder
        self.setWindowTitle(self.tr("查找和替换"))
        self.find_field = QLineEdit()
        self.replace_field = QLineEdit()
        self.status = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("查找"), self.find_field)
        form.addRow(self.tr("替换为"), self.replace_field)
        self.find_field.setAccessibleName(self.tr("查找"))
        self.replace_field.setAccessibleName(self.tr("替换为"))
        row = QHBoxLayout()
        buttons = []
        for text, slot in (
            (self.tr("上一个"), lambda: self._find(True)),
            (self.tr("下一个"), lambda: self._find(False)),
            (self.tr("替换"), self._replace),
            (self.tr("全部替换"), self._replace_all),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)  # a clicked button must not become what Enter does
            button.clicked.connect(slot)
            row.addWidget(button)
            buttons.append(button)
        buttons[1].setDefault(True)  # Enter, in either field or on any button, finds the next match
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def _find(self, backwards: bool) -> None:
        found = self.finder.find_next(self.find_field.text(), backwards)
        self.status.setText("" if found else self.tr("没有找到"))

    def _replace(self) -> None:
        self.finder.replace_current(self.find_field.text(), self.replace_field.text())

    def _replace_all(self) -> None:
        count = self.finder.replace_everywhere(self.find_field.text(), self.replace_field.text())
        self.status.setText(self.tr("已替换 {0} 处").format(count) if count else self.tr("没有找到"))

    def keep_clear_of(self, match: QRect) -> None:
        """Move the dialog off the match it shows: below it if the screen has room, else above it."""
        frame = self.frameGeometry()
        if not frame.intersects(match.adjusted(-8, -8, 8, 8)):
            return
        area = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        below = match.bottom() + 24
        top = below if below + frame.height() <= area.bottom() else match.top() - 24 - frame.height()
        self.move(frame.left(), max(area.top(), top))


def match_rect(editor: QTextEdit) -> QRect:
    """The selected match in screen coordinates."""
    cursor = editor.textCursor()
    start = QTextCursor(cursor)
    start.setPosition(cursor.selectionStart())
    rect = editor.cursorRect(start).united(editor.cursorRect(cursor))
    return QRect(editor.viewport().mapToGlobal(rect.topLeft()), rect.size())
