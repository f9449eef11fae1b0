"""关于稿件编辑台: the version a user reads out to IT on the phone, and the folders IT asks about.

Shows the app's, Qt's, PySide6's and Python's versions and where settings, logs and recovery copies live; the
folders are links that open in the file manager, and 复制 puts the whole text on the clipboard for a ticket.
"""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from .. import __version__
from ..logs import log_dir
from ..settings import config_dir, recovery_dir

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse


class AboutDialog(QDialog):
    """帮助 → 关于: versions and folders, each selectable; folders open on click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于稿件编辑台"))
        title = QLabel(self.tr("<h2>稿件编辑台 %1</h2>").replace("%1", __version__), self)
        blurb = QLabel(self.tr("离线撰写政务网站稿件和公文，预览门户网站效果，导出 Word 和网页。不联网。"), self)
        blurb.setWordWrap(True)
        self.rows: dict[str, str] = {
            self.tr("版本"): __version__,
            self.tr("Qt 版本"): f"{qVersion()}（PySide6 {PySide6.__version__}）",
            self.tr("Python 版本"): platform.python_version(),
            self.tr("系统"): f"{platform.system()} {platform.release()} {platform.machine()}",
            self.tr("设置文件夹"): str(config_dir()),
            self.tr("日志文件夹"): str(log_dir()),
            self.tr("恢复副本文件夹"): str(recovery_dir()),
        }
        folders = {self.tr("设置文件夹"), self.tr("日志文件夹"), self.tr("恢复副本文件夹")}
        form = QFormLayout()
        for name, value in self.rows.items():
            label = QLabel(self)
            if name in folders:
                label.setText(f'<a href="{QUrl.fromLocalFile(value).toString()}">{value}</a>')
                label.linkActivated.connect(self._open_folder)
            else:
                label.setText(value)
            label.setTextInteractionFlags(SELECTABLE)
            label.setAccessibleName(name)
            form.addRow(name + self.tr("："), label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("复制"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip(self.tr("把以上信息复制到剪贴板，便于报告问题"))
        copy.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def text(self) -> str:
        """The dialog's facts as plain text, one a line."""
        return "\n".join([self.tr("稿件编辑台"), *(f"{name}：{value}" for name, value in self.rows.items())])

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def _open_folder(self, url: str) -> None:
        """A folder that does not exist yet (no log written so far) is made, so the file manager has something."""
        path = Path(QUrl(url).toLocalFile())
        path.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
