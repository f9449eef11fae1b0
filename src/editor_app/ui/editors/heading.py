"""A section title with its generated number drawn beside it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from ...model.report import Placement
from .block import BODY_POINT_SIZE, BlockEditor


class HeadingEditor(BlockEditor):
    """A section title with its generated number drawn in the left margin, on the text's baseline: the
    number is shown, never typed, and cannot be edited or deleted by accident. The prompt of an empty heading
    (输入小标题) is drawn after the number, not over it as Qt would draw it."""

    number = ""
    prompt = ""
    _canvas: QWidget | None = None

    def viewport(self) -> QWidget:
        """The viewport, made here the first time it is asked for (while the editor is made: see _lay_out) and set
        up as QTextEdit sets up its own. Python never sees the one Qt made: to learn its class PySide would first
        load nearly every class of QtWidgets, ~20 ms before the window's first paint."""
        if self._canvas is None:
            self._canvas = QWidget()
            self._canvas.setBackgroundRole(QPalette.ColorRole.Base)
            self._canvas.setCursor(Qt.CursorShape.IBeamCursor)
            self.setViewport(self._canvas)  # deletes Qt's, which the document measured its text on until now
            self.document().documentLayout().setPaintDevice(self._canvas)
        return self._canvas

    def setPlaceholderText(self, text: str) -> None:
        self.prompt = text
        self.viewport().update()

    def show_level(self, number: str, level: int, placement: Placement) -> None:
        font = QFont(self.font())
        if placement is Placement.HEADING:
            font.setPointSizeF(BODY_POINT_SIZE + max(0, 3 - level) * 1.5)
            font.setWeight(QFont.Weight.Bold if level <= 2 else QFont.Weight.DemiBold)
        else:
            font.setPointSizeF(BODY_POINT_SIZE)
            font.setWeight(QFont.Weight.Bold)
        if font != self.font():
            self.setFont(font)
        self.setContentsMargins(0, 10 if level == 1 else 4, 0, 0)
        if number != self.number:
            self.number = number
            self.layout_text()

    def _lay_out(self) -> None:
        """Leave room for the number left of the text (the document's root frame margin)."""
        root = self.document().rootFrame()
        frame = root.frameFormat()
        frame.setLeftMargin(QFontMetrics(self.font()).horizontalAdvance(self.number) if self.number else 0)
        root.setFrameFormat(frame)
        self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        prompt = self.prompt if self.document().isEmpty() else ""
        layout = self.document().firstBlock().layout()
        if not (self.number or prompt) or layout is None or not layout.lineCount():
            return
        line = layout.lineAt(0)
        baseline = layout.position().y() + line.y() + line.ascent() - self.verticalScrollBar().value()
        left = self.document().documentMargin()
        painter = QPainter(self.viewport())
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(QPointF(left, baseline), self.number)
        if prompt:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QPointF(left + QFontMetrics(self.font()).horizontalAdvance(self.number), baseline), prompt)
        painter.end()
