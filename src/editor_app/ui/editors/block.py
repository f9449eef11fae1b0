"""The reading-order editor: the whole report as one scrolling column of small editors, one per text.

Title, lead paragraphs, each section heading (with its generated number beside it) and its paragraphs,
closing, signature and date follow each other as a reader meets them, so the writer reads and writes the
whole report without opening node after node. Each editor shows bold and italic as formatting and gives
back the model's inline markup. Editors are kept by the identity of the model object they edit, so a
structure change re-orders existing editors instead of rebuilding them, and typing touches one paragraph.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model.characters import clean_text
from ..model.inline import Span, merge_spans, parse, plain, to_markup
from ..model.report import Content, Node, Placement, Report, Table

BODY_POINT_SIZE = 12.5
MAX_PASTE_CHARS = 500_000  # more than two long reports: bigger pastes belong in File → Import
MAX_PASTE_PARAGRAPHS = 2_000


@dataclass
class Place:
    """Where an editor's text sits in the report, refreshed on every structure change."""

    anchor: str
    container: list[Content] | None = None  # the paragraph list holding it (paragraph editors)
    index: int = -1
    node: Node | None = None  # the section it belongs to, if any


def window_undo_key(undo_stack: QUndoStack, event) -> bool:
    """Ctrl+Z / Ctrl+Y in a text go to the window's undo stack (text and structure share one history)."""
    if event.matches(QKeySequence.StandardKey.Undo):
        undo_stack.undo()
        return True
    if event.matches(QKeySequence.StandardKey.Redo):
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

    def __init__(self, owner: object, attr: str, role: str, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.owner, self.attr, self.role = owner, attr, role
        self.undo_stack = undo_stack
        self.place = Place("")
        self.scroll_target: QScrollArea | None = None
        self._loading = False
        self._clicked_in = False  # focus came with the mouse press now under way
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)  # the window's QUndoStack records every edit
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(3)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.set_markup(getattr(owner, attr))
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
        finally:
            self._loading = False
        self.layout_text()
        if cursor is not None:
            self.set_cursor(cursor)

    def show_value(self, markup: str) -> None:
        """Reload ``markup`` if the editor shows something else: structure edits (split, join, their undo)
        change the text of paragraphs whose editors are kept, and a stale editor would write its text back."""
        if self.markup() != markup:
            self.set_markup(markup, self.textCursor().position() if self.hasFocus() else None)

    def layout_text(self) -> None:
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
        text = self.toPlainText()
        return text.startswith("【") and text.endswith("】")

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit(self)

    def _fit(self) -> None:
        height = math.ceil(self.document().size().height()) + 2 * self.frameWidth()
        if height != self.height():
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

    def keyPressEvent(self, event) -> None:
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
        self._clicked_in = event.reason() == Qt.FocusReason.MouseFocusReason
        self.focused.emit(self)

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


class HeadingEditor(BlockEditor):
    """A section title with its generated number drawn in the left margin, on the text's baseline: the
    number is shown, never typed, and cannot be edited or deleted by accident."""

    number = ""

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

    def layout_text(self) -> None:
        """Leave room for the number left of the text (the document's root frame margin)."""
        root = self.document().rootFrame()
        frame = root.frameFormat()
        frame.setLeftMargin(QFontMetrics(self.font()).horizontalAdvance(self.number) if self.number else 0)
        root.setFrameFormat(frame)
        self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.number:
            return
        layout = self.document().firstBlock().layout()
        if layout is None or not layout.lineCount():
            return
        line = layout.lineAt(0)
        baseline = layout.position().y() + line.y() + line.ascent() - self.verticalScrollBar().value()
        painter = QPainter(self.viewport())
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(QPointF(self.document().documentMargin(), baseline), self.number)
        painter.end()


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
        self.setFont(_body_font(self.font()))
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


class ReadingColumn(QScrollArea):
    """The report in reading order; re-lays out existing editors when the structure changes."""

    editor_focused = Signal(object)

    def __init__(self, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.setWidgetResizable(True)
        self.setObjectName("readingColumn")
        self.page = QWidget()
        self.page.setObjectName("page")
        self.page.setMaximumWidth(860)
        holder = QWidget()
        outer = QHBoxLayout(holder)
        outer.setContentsMargins(24, 24, 24, 48)
        outer.addWidget(self.page)
        self.setWidget(holder)
        self.column = QVBoxLayout(self.page)
        self.column.setContentsMargins(56, 40, 56, 56)
        self.column.setSpacing(2)
        self.editors: dict[tuple[int, str], BlockEditor] = {}
        self.extras: dict[str, QWidget] = {}
        self.tables: dict[int, QLabel] = {}
        self.order: list[BlockEditor] = []
        self.meta_panel: QWidget | None = None
        self.attachments = AttachmentsEditor(undo_stack)
        self.connect_editor = None  # set by the window: wires a new editor's signals

    # ---- building

    def _editor(self, owner: object, attr: str, role: str) -> BlockEditor:
        key = (id(owner), attr)
        editor = self.editors.get(key)
        if editor is None or editor.owner is not owner:
            kind = HeadingEditor if role == "heading" else BlockEditor
            editor = kind(owner, attr, role, self.undo_stack)
            editor.setAccessibleName(_ACCESSIBLE.get(role, role))
            editor.scroll_target = self
            editor.page_requested.connect(self.turn_page)
            editor.setFont(_body_font(editor.font()))
            editor.layout_text()
            editor.cursorPositionChanged.connect(lambda e=editor: self._keep_cursor_visible(e))
            editor.focused.connect(self.editor_focused)
            if self.connect_editor:
                self.connect_editor(editor)
            self.editors[key] = editor
        return editor

    def _extra(self, key: str, factory) -> QWidget:
        if key not in self.extras:
            self.extras[key] = factory()
        return self.extras[key]

    def sync(self, report: Report, numbers: dict[int, str], add_paragraph) -> None:
        """Show ``report``: reuse editors of objects still present, create the missing, drop the rest."""
        widgets: list[QWidget] = []
        order: list[BlockEditor] = []
        keep: set[tuple[int, str]] = set()
        keep_tables: set[int] = set()

        def text(owner: object, attr: str, role: str, place: Place) -> BlockEditor:
            editor = self._editor(owner, attr, role)
            editor.show_value(getattr(owner, attr))
            editor.place = place
            keep.add((id(owner), attr))
            order.append(editor)
            return editor

        def content(items: list[Content], anchor: str, node: Node | None, pattern: str) -> None:
            for index, item in enumerate(items):
                place = Place(pattern.format(anchor=anchor, i=index), items, index, node)
                if isinstance(item, Table):
                    label = self.tables.get(id(item)) or QLabel()
                    caption = plain(item.caption) or self.tr("无标题")
                    label.setText(
                        self.tr("［表格：{0}，{1} 行。表格在此只显示，不能编辑］").format(caption, len(item.rows))
                    )
                    label.setObjectName("tablePlaceholder")
                    self.tables[id(item)] = label
                    keep_tables.add(id(item))
                    widgets.append(label)
                else:
                    editor = text(item, "text", "paragraph", place)
                    editor.setPlaceholderText(self.tr("输入正文"))
                    widgets.append(editor)

        def region(key: str, label: str, items: list[Content], anchor: str) -> None:
            widgets.append(self._extra(key, lambda: _region_label(label)))
            if not items:
                button = self._extra(key + "+", lambda: _add_button(label, lambda: add_paragraph(items)))
                widgets.append(button)
            content(items, anchor, None, "{anchor}-{i}")

        title = text(report.meta, "title", "title", Place("title"))
        title.setFont(_title_font(title.font()))
        widgets.append(title)
        if self.meta_panel is not None:
            widgets.append(self.meta_panel)
        region("lead", self.tr("导语"), report.lead, "lead")
        widgets.append(self._extra("body", lambda: _region_label(self.tr("正文"))))

        def nodes(items: list[Node], level: int, path: str) -> None:
            for index, node in enumerate(items):
                anchor = f"{path}.{index}" if path else f"n{index}"
                editor = text(node, "title", "heading", Place(anchor, None, index, node))
                assert isinstance(editor, HeadingEditor)
                editor.show_level(numbers.get(id(node), ""), level, report.level_style(level).placement)
                editor.setPlaceholderText(self.tr("输入小标题"))
                widgets.append(editor)
                content(node.content, anchor, node, "{anchor}-p{i}")
                nodes(node.children, level + 1, anchor)

        nodes(report.nodes, 1, "")
        region("closing", self.tr("结尾"), report.closing, "closing")
        widgets.append(self._extra("attachments", lambda: _region_label(self.tr("附件"))))
        self.attachments.show_names(report.attachments)
        widgets.append(self.attachments)
        widgets.append(self._extra("signoff", lambda: _region_label(self.tr("落款"))))
        signature = text(report, "signature", "signature", Place("signature"))
        date = text(report, "date", "date", Place("date"))
        signature.setPlaceholderText(self.tr("署名单位"))
        date.setPlaceholderText(self.tr("成文日期，如 2026年11月20日"))
        widgets += [signature, date]
        title.setPlaceholderText(self.tr("标题"))

        self._relayout(widgets)
        self._chain_tab_order(order)
        for key in [k for k in self.editors if k not in keep]:
            self.editors.pop(key).deleteLater()
        for key in [k for k in self.tables if k not in keep_tables]:
            self.tables.pop(key).deleteLater()
        for key in [k for k in self.extras if k.endswith("+") and self.extras[k] not in widgets]:
            self.extras.pop(key).deleteLater()
        self.order = order

    def _relayout(self, widgets: list[QWidget]) -> None:
        current = [self.column.itemAt(i).widget() for i in range(self.column.count())]
        if current[:-1] == widgets:
            return
        while self.column.count():
            self.column.takeAt(0)
        for widget in widgets:
            self.column.addWidget(widget)
            widget.show()
        self.column.addStretch(1)

    def _chain_tab_order(self, order: list[BlockEditor]) -> None:
        """Tab follows reading order (title, report details, then every text), also after moves."""
        chain: list[QWidget] = order[:1]
        if self.meta_panel is not None:
            chain += self.meta_panel.focus_chain()
        chain += order[1:]
        signature = next((e for e in order if e.role == "signature"), None)
        if signature is not None:
            chain.insert(chain.index(signature), self.attachments)  # attachments come before the signature
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ---- moving around

    def editor_for(self, owner: object, attr: str) -> BlockEditor | None:
        editor = self.editors.get((id(owner), attr))
        return editor if editor is not None and editor.owner is owner else None

    def focus_editor(self, editor: BlockEditor, position: int = 0) -> None:
        """Put the cursor in ``editor``; a template's 【placeholder】 is selected whole, so typing replaces it."""
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if editor.is_prompt():
            editor.selectAll()
        else:
            editor.set_cursor(position)
        self.ensureWidgetVisible(editor, 0, 60)

    def neighbour(self, editor: BlockEditor, direction: int) -> BlockEditor | None:
        try:
            index = self.order.index(editor) + direction
        except ValueError:
            return None
        return self.order[index] if 0 <= index < len(self.order) else None

    def turn_page(self, editor: BlockEditor, step: int) -> None:
        """Move a screenful (±1) or to the report's first or last text (±2), keyboard only."""
        if not self.order:
            return
        if abs(step) == 2:
            target = self.order[0] if step < 0 else self.order[-1]
            self.focus_editor(target, 0 if step < 0 else -1)
            return
        bar = self.verticalScrollBar()
        top = editor.mapTo(self.widget(), QPoint(0, 0)).y() + step * int(self.viewport().height() * 0.85)
        tops = [(e.mapTo(self.widget(), QPoint(0, 0)).y(), e) for e in self.order]
        candidates = [e for y, e in tops if y >= top] if step > 0 else [e for y, e in reversed(tops) if y <= top]
        target = candidates[0] if candidates else (self.order[-1] if step > 0 else self.order[0])
        bar.setValue(bar.value() + step * int(self.viewport().height() * 0.85))
        self.focus_editor(target, 0)

    def _keep_cursor_visible(self, editor: BlockEditor) -> None:
        if editor.hasFocus():
            rect = editor.cursorRect()
            point = editor.mapTo(self.widget(), rect.center())
            self.ensureVisible(point.x(), point.y(), 20, rect.height() + 24)


_PAGE_KEYS = (
    (QKeySequence.StandardKey.MoveToPreviousPage, -1),
    (QKeySequence.StandardKey.MoveToNextPage, 1),
    (QKeySequence.StandardKey.MoveToStartOfDocument, -2),
    (QKeySequence.StandardKey.MoveToEndOfDocument, 2),
)

_ACCESSIBLE = {"title": "标题", "heading": "小标题", "paragraph": "段落", "signature": "署名", "date": "成文日期"}


def _body_font(font: QFont) -> QFont:
    font = QFont(font)
    font.setPointSizeF(BODY_POINT_SIZE)
    return font


def _title_font(font: QFont) -> QFont:
    font = QFont(font)
    font.setPointSizeF(19)
    font.setWeight(QFont.Weight.Bold)
    return font


def _region_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("regionLabel")
    return label


def _add_button(region: str, callback) -> QToolButton:
    button = QToolButton()
    button.setObjectName("addParagraph")
    button.setText(f"＋ {region}")
    button.setAccessibleName(f"添加{region}段落")
    button.setAutoRaise(True)
    button.clicked.connect(callback)
    return button
