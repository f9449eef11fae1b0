"""One text of the report in the reading column: a paragraph, the title, a signature or a date.

Each editor shows bold and italic as formatting and gives back the model's inline markup. It keeps the
``model.places.Place`` of its text, refreshed on every structure change, so the window knows where an Enter or a
Backspace at its edges lands in the report.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSizePolicy, QTextEdit

from ...model.characters import clean_text
from ...model.inline import Span, is_prompt, merge_spans, parse, to_markup
from ...model.places import Place, PlaceKind
from ..style import page_palette
from ..workers import writer_typing

BODY_POINT_SIZE = 12.5
MAX_PASTE_CHARS = 500_000  # more than two long reports: bigger pastes belong in File → Import
MAX_PASTE_PARAGRAPHS = 2_000


UNDO_KEYS = (QKeySequence("Ctrl+Z"),)
REDO_KEYS = (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))
"""Both redo keys on every platform, as Word and WPS users expect: Qt's own Redo is Ctrl+Shift+Z only on GNOME,
Deepin and UOS, where Ctrl+Y would do nothing."""


def _is_one_of(event, keys: tuple[QKeySequence, ...]) -> bool:
    pressed = QKeySequence(event.keyCombination())
    return any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in keys)


def window_undo_key(undo_stack: QUndoStack, event) -> bool:
    """Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z in a text go to the window's undo stack (text and structure share one
    history)."""
    if event.matches(QKeySequence.StandardKey.Undo) or _is_one_of(event, UNDO_KEYS):
        undo_stack.undo()
        return True
    if event.matches(QKeySequence.StandardKey.Redo) or _is_one_of(event, REDO_KEYS):
        undo_stack.redo()
        return True
    return False


def edge_step(editor: QTextEdit, event) -> int:
    """-1 or +1 when a plain Up or Down would leave ``editor`` past its first or last line, else 0: reading
    order continues in the previous or next text."""
    key = event.key()
    if key not in (Qt.Key.Key_Up, Qt.Key.Key_Down) or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return 0
    up = key == Qt.Key.Key_Up
    probe = editor.textCursor()
    if probe.movePosition(QTextCursor.MoveOperation.Up if up else QTextCursor.MoveOperation.Down):
        return 0
    return -1 if up else 1


def pasted_text(editor, source: QMimeData) -> str | None:
    """The clipboard's plain text fit for the report, or None (and ``editor.paste_refused`` says why) when it
    is larger than one paste may be."""
    text = source.text()
    if len(text) > MAX_PASTE_CHARS:
        editor.paste_refused.emit(
            QCoreApplication.translate(
                "BlockEditor", "粘贴的内容有 {0} 个字符，超过了一次粘贴的上限（{1} 个）。大段材料请分次粘贴。"
            ).format(len(text), MAX_PASTE_CHARS)
        )
        return None
    return clean_text(text)


class BlockEditor(QTextEdit):
    """One paragraph or one line of the report, growing with its text; Enter, Backspace and the arrows
    at its edges ask the column to split, join or move to the neighbouring editor."""

    edited = Signal(object)
    split_requested = Signal(object, int)
    merge_requested = Signal(object)
    join_next_requested = Signal(object)
    page_requested = Signal(object, int)  # PageUp/PageDown, Ctrl+Home/Ctrl+End: -1/+1 a page, -2/+2 the ends
    leave_requested = Signal(object, int)
    paste_requested = Signal(object, list)
    paste_refused = Signal(str)
    focused = Signal(object)

    def __init__(self, place: Place, undo_stack: QUndoStack, parent=None, *, font: QFont | None = None) -> None:
        super().__init__(parent)
        if font is not None:
            self.setFont(font)  # before the text: laid out once, in its own font
        self.place = place
        self.owner, self.attr = place.owner, place.key  # what the editor is kept by, for its whole life
        self.role: PlaceKind = place.kind
        self.undo_stack = undo_stack
        self.scroll_target: QScrollArea | None = None
        self._loading = False
        self._markup: str | None = None  # see markup()
        self._clicked_in = False  # focus came with the mouse press now under way
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)  # the window's QUndoStack records every edit
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setPalette(page_palette(self.palette(), focused=False))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(3)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.set_markup(place.text)
        self.textChanged.connect(self._changed)

    # ---- markup in and out

    def set_markup(self, markup: str, cursor: int | None = None) -> None:
        """Show ``markup`` formatted, without recording an edit."""
        self._loading = True
        try:
            document = self.document()
            document.clear()
            writer = QTextCursor(document)
            for span in parse(markup):
                writer.insertText(span.text, _char_format(span.bold, span.italic))
            self.layout_text()
        finally:
            self._loading = False
        if cursor is not None:
            self.set_cursor(cursor)

    def show_value(self, markup: str) -> None:
        """Reload ``markup`` if the editor shows something else: structure edits (split, join, their undo)
        change the text of paragraphs whose editors are kept, and a stale editor would write its text back."""
        if self.markup() != markup:
            self.set_markup(markup, self.textCursor().position() if self.hasFocus() else None)

    def layout_text(self) -> None:
        """Lay the text out for its role; not an edit, so it never reaches the undo history (a text whose markup
        the editor would write differently, such as ``****``, stays as the file has it until it is typed in)."""
        loading, self._loading = self._loading, True
        try:
            self._lay_out()
        finally:
            self._loading = loading

    def _lay_out(self) -> None:
        """Paragraphs open with a two-character indent as Chinese body text does; the title is centred and
        the sign-off right-aligned. Re-applied whenever the text is reloaded (which resets block formats)."""
        fmt = QTextBlockFormat()
        if self.role == "paragraph":
            fmt.setTextIndent(2 * QFontMetrics(self.font()).horizontalAdvance("中"))
        elif self.role == "title":
            fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        elif self.role in ("signature", "date"):
            fmt.setAlignment(Qt.AlignmentFlag.AlignRight)
        QTextCursor(self.document()).setBlockFormat(fmt)

    def markup(self) -> str:
        """The text as markup, kept until the text changes: a structure edit compares every editor it keeps with
        its paragraph (Enter in a section of 1,500 paragraphs read them all from their documents: 45 ms)."""
        if self._markup is None:
            self._markup = self._read_markup()
        return self._markup

    def _read_markup(self) -> str:
        spans = []
        block = self.document().begin()
        while block.isValid():
            if spans:
                spans.append(Span(""))
            for piece in block:
                fragment = piece.fragment()
                fmt = fragment.charFormat()
                spans.append(Span(fragment.text(), fmt.fontWeight() > QFont.Weight.Normal, fmt.fontItalic()))
            block = block.next()
        return to_markup(merge_spans(spans))

    def set_cursor(self, position: int) -> None:
        cursor = self.textCursor()
        end = self.document().characterCount() - 1
        cursor.setPosition(end if position < 0 else min(position, end))
        self.setTextCursor(cursor)

    def is_prompt(self) -> bool:
        """The text is wholly a template's 【…】 prompt, meant to be replaced rather than edited."""
        return is_prompt(self.toPlainText())

    def _changed(self) -> None:
        self._markup = None
        if not self._loading:
            self.edited.emit(self)

    def _fit(self) -> None:
        """As tall as the text, fixed: an editor whose height only happened to match (laid out before it had its
        own height fixed) would otherwise take QTextEdit's hint of 192 pixels at the next layout."""
        height = math.ceil(self.document().size().height()) + 2 * self.frameWidth()
        if (self.minimumHeight(), self.maximumHeight()) != (height, height):
            self.setFixedHeight(height)

    # ---- inline styles

    def toggle_bold(self) -> None:
        bold = self.currentCharFormat().fontWeight() > QFont.Weight.Normal
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        self.mergeCurrentCharFormat(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.currentCharFormat().fontItalic())
        self.mergeCurrentCharFormat(fmt)

    # ---- keys at the edges

    def inputMethodEvent(self, event) -> None:
        writer_typing.key()  # Chinese comes through the input method, not as key presses
        super().inputMethodEvent(event)

    def keyPressEvent(self, event) -> None:
        writer_typing.key()
        if window_undo_key(self.undo_stack, event):
            return
        for sequence, step in _PAGE_KEYS:
            if event.matches(sequence):
                self.page_requested.emit(self, step)
                return
        key, modifiers = event.key(), event.modifiers()
        plain_key = not (modifiers & ~Qt.KeyboardModifier.KeypadModifier)
        cursor = self.textCursor()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain_key:
            if cursor.hasSelection():
                cursor.removeSelectedText()
            self.split_requested.emit(self, self.textCursor().position())
            return
        if key == Qt.Key.Key_Backspace and plain_key and not cursor.hasSelection() and cursor.position() == 0:
            self.merge_requested.emit(self)
            return
        at_end = cursor.position() == self.document().characterCount() - 1
        if key == Qt.Key.Key_Delete and plain_key and not cursor.hasSelection() and at_end:
            self.join_next_requested.emit(self)
            return
        step = edge_step(self, event)
        if step:
            self.leave_requested.emit(self, step)
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste plain text only (no foreign formatting); several paragraphs become several paragraphs."""
        text = pasted_text(self, source)
        if text is None:
            return
        lines = [line.strip() for line in text.split("\n")]
        lines = [line for line in lines if line] or [""]
        if len(lines) > MAX_PASTE_PARAGRAPHS:
            self.paste_refused.emit(
                self.tr("粘贴的内容有 {0} 段，超过了一次粘贴的上限（{1} 段）。请分次粘贴。").format(
                    len(lines), MAX_PASTE_PARAGRAPHS
                )
            )
            return
        if len(lines) > 1 and self.role == "paragraph":
            self.paste_requested.emit(self, lines)
        else:
            self.textCursor().insertText("".join(lines))

    def wheelEvent(self, event) -> None:
        """The editor never scrolls itself (it grows with its text): the wheel scrolls the whole column."""
        if self.scroll_target is not None:
            QApplication.sendEvent(self.scroll_target.viewport(), event)
        else:
            event.ignore()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.setPalette(page_palette(self.palette(), focused=True))
        self._clicked_in = event.reason() == Qt.FocusReason.MouseFocusReason
        self.focused.emit(self)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.setPalette(page_palette(self.palette(), focused=False))

    def mouseReleaseEvent(self, event) -> None:
        """A click that enters a 【…】 prompt selects it whole, as arrowing in does, so typing replaces it."""
        super().mouseReleaseEvent(event)
        if self._clicked_in and not self.textCursor().hasSelection() and self.is_prompt():
            self.selectAll()
        self._clicked_in = False


def _char_format(bold: bool, italic: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    return fmt


_PAGE_KEYS = (
    (QKeySequence.StandardKey.MoveToPreviousPage, -1),
    (QKeySequence.StandardKey.MoveToNextPage, 1),
    (QKeySequence.StandardKey.MoveToStartOfDocument, -2),
    (QKeySequence.StandardKey.MoveToEndOfDocument, 2),
)


def body_font(font: QFont) -> QFont:
    font = QFont(font)
    font.setPointSizeF(BODY_POINT_SIZE)
    return font
