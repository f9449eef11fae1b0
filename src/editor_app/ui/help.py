"""帮助: the key table (the menus' own shortcuts and the keys of the writing column) and 关于."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__


def action_name(action: QAction) -> str:
    """An action's text as the table shows it: without its mnemonic (&N) and the trailing ellipsis."""
    return re.sub(r"\(&\w\)|&", "", action.text()).removesuffix("…")


def shortcut_text(action: QAction) -> str:
    """Every shortcut of an action as the menus show them (Ctrl+Y / Ctrl+Shift+Z)."""
    return " / ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())


class KeysDialog(QDialog):
    """Every key a writer can use: typing keys first, then each menu action with a shortcut."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("快捷键"))
        self.resize(560, 640)
        rows = [
            (self.tr("新起一段"), "Enter"),
            (self.tr("合并到上一段"), self.tr("段首按 Backspace")),
            (self.tr("把下一段接上来"), self.tr("段末按 Delete")),
            (self.tr("到上一个、下一个文字块"), self.tr("首行按 ↑ / 末行按 ↓")),
            (self.tr("翻一屏"), "PgUp / PgDown"),
            (self.tr("到全文开头、结尾"), "Ctrl+Home / Ctrl+End"),
        ]
        rows += [(action_name(action), shortcut_text(action)) for action in actions if action.shortcuts()]
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("快捷键"))
        self.table.setHorizontalHeaderLabels([self.tr("操作"), self.tr("按键")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def keys(self) -> dict[str, str]:
        """Operation → keys, as the table lists them."""
        return {self.table.item(row, 0).text(): self.table.item(row, 1).text() for row in range(self.table.rowCount())}


def show_about(parent: QWidget, title: str) -> None:
    """关于稿件编辑台: the About dialog of ``ui/about.py`` (written alongside, by packaging)."""
    try:
        from .about import AboutDialog  # type: ignore[import-not-found]
    except ImportError:  # HOOK: until ui/about.py is on main, the name and version in a plain box
        QMessageBox.about(parent, title, f"稿件编辑台 {__version__}")
        return
    AboutDialog(parent).exec()
