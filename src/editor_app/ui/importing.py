"""Where imports start: 文件 → 导入, 粘贴为新稿件, and opening a text, Word or web page file. Each goes through the
import preview (``import_dialog``); only 导入 there makes a window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from ..importers.common import ImportResult
from ..sources import Source, pasted_source, read_source
from .import_dialog import ImportDialog

if TYPE_CHECKING:
    from .app import Desk
    from .main_window import MainWindow


def preview_import(
    desk: Desk, load: Callable[[], Source], parent: MainWindow | None, on_cancel: Callable[[], object] | None = None
) -> ImportDialog:
    """Show the preview of what ``load`` reads; 导入 opens a new unsaved window on the report."""
    dialog = ImportDialog(load, desk.background, parent)

    def imported(result: ImportResult) -> None:
        # Unsaved from the first moment: closing asks to save, and a recovery copy is kept meanwhile.
        window = desk.show_window(result.report, None, recovered=True)
        if result.warnings:
            message = QCoreApplication.translate("ImportDialog", "已导入，{0} 条提示：{1}")
            window.statusBar().showMessage(message.format(len(result.warnings), result.warnings[0]), 15000)

    dialog.imported.connect(imported)
    if on_cancel is not None:
        dialog.cancelled.connect(on_cancel)
    dialog.show()
    return dialog


def import_file(window: MainWindow) -> None:
    """文件 → 导入: choose a text, Word or web page file, then preview it."""
    start = str(window.path.parent) if window.path else str(Path.home())
    kinds = QCoreApplication.translate("ImportDialog", "可导入的文件 (*.txt *.docx *.html *.htm);;所有文件 (*)")
    name, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("ImportDialog", "导入"), start, kinds)
    if name and window.desk is not None:
        path = Path(name)
        preview_import(window.desk, lambda: read_source(path), window)


def paste_as_new(window: MainWindow) -> None:
    """文件 → 粘贴为新稿件: the clipboard's HTML (Word, WPS, a browser) or else its text, previewed."""
    data = QGuiApplication.clipboard().mimeData()
    html = data.html() if data is not None and data.hasHtml() else ""
    text = data.text() if data is not None and data.hasText() else ""
    if not (html.strip() or text.strip()):
        window.statusBar().showMessage(QCoreApplication.translate("ImportDialog", "剪贴板中没有文字"), 5000)
        return
    if window.desk is not None:
        source = pasted_source(html, text, QCoreApplication.translate("ImportDialog", "剪贴板"))
        preview_import(window.desk, lambda: source, window)
