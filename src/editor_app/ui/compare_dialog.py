"""Compare with…: any two versions of the document side by side, place by place, changed characters marked; an
earlier version can be restored (one undo step)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from ..compare import DELETE, EQUAL, INSERT, Change, compare_reports
from ..model.records import fields
from ..model.report import Report
from ..store.document import DocumentError, open_document
from ..store.revisions import list_revisions, load_revision

if TYPE_CHECKING:
    from .main_window import MainWindow

_CONTENT = [f.name for f in fields(Report) if f.name != "review"]  # a restore keeps comments and status


class RestoreVersion(QUndoCommand):
    """Put an earlier version's text and structure into the open report (comments and status stay)."""

    def __init__(self, window: MainWindow, version: Report, label: str) -> None:
        super().__init__(label)
        self.window = window
        self.new = {name: getattr(version, name) for name in _CONTENT}
        self.old = {name: getattr(window.report(), name) for name in _CONTENT}

    def _put(self, values: dict) -> None:
        report = self.window.report()
        for name, value in values.items():
            setattr(report, name, value)
        self.window.meta_panel.show_meta(report.meta)
        self.window.editor.structure_set(None)

    def redo(self) -> None:
        self._put(self.new)

    def undo(self) -> None:
        self._put(self.old)


def _side(change: Change, side: int, colour: str, decoration: str) -> str:
    out = []
    for op, text in change.pieces:
        if op == EQUAL:
            out.append(html.escape(text))
        elif op == side:
            out.append(f'<span style="background:{colour};text-decoration:{decoration}">{html.escape(text)}</span>')
    return "".join(out)


def comparison_html(changes: list[Change], old_name: str, new_name: str) -> str:
    """A table: the place's name, the older text (deletions struck out), the newer (insertions marked)."""
    if not changes:
        return "<p>两个版本的文字没有差别。</p>"
    rows = [f"<tr><th>位置</th><th>{html.escape(old_name)}</th><th>{html.escape(new_name)}</th></tr>"]
    for change in changes:
        old = _side(change, DELETE, "#f8d0d0", "line-through")
        new = _side(change, INSERT, "#cdeccd", "none")
        rows.append(f"<tr><td>{html.escape(change.name)}</td><td>{old}</td><td>{new}</td></tr>")
    return '<table border="1" cellspacing="0" cellpadding="4" width="100%">' + "".join(rows) + "</table>"


class CompareDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.setWindowTitle(self.tr("与历史版本比较"))
        self.resize(900, 600)
        self.versions: list[tuple[str, object]] = [(self.tr("当前（编辑中）"), "current")]
        if window.path is not None and window.path.is_file():
            self.versions.append((self.tr("已保存的文件"), "saved"))
            for revision in reversed(list_revisions(window.path)):
                self.versions.append((self.tr("保存于 {0} 的版本").format(revision.saved), revision.name))
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("版本差别"))
        self.older, self.newer = QComboBox(), QComboBox()
        for combo in (self.older, self.newer):
            for name, _ in self.versions:
                combo.addItem(name)
            combo.currentIndexChanged.connect(lambda _: self.show_difference())
        self.older.setCurrentIndex(min(1, len(self.versions) - 1))
        restore = QPushButton(self.tr("恢复较早的版本"))
        restore.clicked.connect(self.restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(restore, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("较早的版本："), self.older)
        form.addRow(self.tr("较新的版本："), self.newer)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.show_difference()

    def version(self, index: int) -> Report:
        key = self.versions[index][1]
        if key == "current":
            return self.window.report()
        if key == "saved":
            return open_document(self.window.path)
        return load_revision(self.window.path, key)

    def show_difference(self) -> None:
        try:
            old, new = self.version(self.older.currentIndex()), self.version(self.newer.currentIndex())
        except (DocumentError, ValueError) as error:
            self.view.setPlainText(str(error))
            return
        names = self.older.currentText(), self.newer.currentText()
        self.view.setHtml(comparison_html(compare_reports(old, new), *names))

    def restore(self) -> None:
        """The older version becomes the text being edited (undo brings the current text back)."""
        if self.versions[self.older.currentIndex()][1] == "current":
            return
        try:
            version = self.version(self.older.currentIndex())
        except (DocumentError, ValueError) as error:
            self.view.setPlainText(str(error))
            return
        label = self.tr("恢复版本：{0}").format(self.older.currentText())
        self.window.undo_stack.push(RestoreVersion(self.window, version, label))
        self.accept()
