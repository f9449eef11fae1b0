"""The names of the attachments (附件), one a line, above the signature."""

from __future__ import annotations

import math

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QFontMetrics, QUndoStack
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy

from ...model.characters import clean_text
from .block import body_font, edge_step, pasted_text, window_undo_key


def attachment_names(text: str) -> list[str]:
    """One attachment name per line; blank lines and control characters dropped."""
    return [name for name in (clean_text(line).strip() for line in text.splitlines()) if name]


class AttachmentsEditor(QPlainTextEdit):
    """The names of the attachments (附件), one per line, above the signature as the Word page lists them.

    Emits ``edited(names)`` when the writer changes the list; ``show_names`` refreshes it without emitting.
    Undo goes to the window's stack like every other edit; ↑ on the first line and ↓ on the last leave the box.
    """

    edited = Signal(list)
    leave_requested = Signal(int)  # -1 up, +1 down
    paste_refused = Signal(str)

    def __init__(self, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.setObjectName("attachments")
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFont(body_font(self.font()))
        self.setPlaceholderText(self.tr("附件名称，每行一个（没有附件就留空）"))
        self.setAccessibleName(self.tr("附件"))
        self._loading = False
        self.textChanged.connect(self._changed)
        self._fit()

    def keyPressEvent(self, event) -> None:
        if window_undo_key(self.undo_stack, event):
            return
        step = edge_step(self, event)
        if step:
            self.leave_requested.emit(step)
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Plain text only, control characters dropped; a paste the size of a book is refused with a reason."""
        text = pasted_text(self, source)
        if text is not None:
            self.textCursor().insertText(text)

    def names(self) -> list[str]:
        return attachment_names(self.toPlainText())

    def show_names(self, names: list[str]) -> None:
        """Show the model's list (on opening, after undo), keeping the writer's own blank lines when it is equal."""
        if self.names() == names:
            return
        self._loading = True
        try:
            self.setPlainText("\n".join(names))
        finally:
            self._loading = False
        self._fit()

    def _changed(self) -> None:
        self._fit()
        if not self._loading:
            self.edited.emit(self.names())

    def _fit(self) -> None:
        """As tall as its lines (a plain-text document measures its height in lines), never scrolling."""
        lines = max(1, math.ceil(self.document().size().height()))
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        height = (
            math.ceil(lines * QFontMetrics(self.font()).lineSpacing() + 2 * self.document().documentMargin()) + margins
        )
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()
