"""What the keys at a text's edges do: Enter, Backspace and Delete split and join paragraphs, the arrows and
paste cross into the neighbouring texts, Ctrl+PgUp/PgDown jump from section to section.

The editors only say what was pressed where; this turns it into report-editor edits or a move of the cursor in
the reading column.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from ..model.places import PlaceKind
from .editors import BlockEditor, ReadingColumn
from .report_editor import ReportEditor


class TextKeys(QObject):
    def __init__(self, column: ReadingColumn, editor: ReportEditor, window: QWidget) -> None:
        super().__init__(window)
        self.column, self.editor, self.window = column, editor, window
        column.editor_created.connect(self.connect_editor)
        column.attachments_made.connect(self.connect_attachments)

    def connect_attachments(self, box: QWidget) -> None:
        box.leave_requested.connect(self.leave_attachments)
        box.paste_refused.connect(self.paste_refused)

    def connect_editor(self, editor: BlockEditor) -> None:
        editor.edited.connect(self._text_edited)
        editor.split_requested.connect(self._split)
        editor.merge_requested.connect(self._merge)
        editor.join_next_requested.connect(self._join_next)
        editor.leave_requested.connect(self._leave)
        editor.paste_requested.connect(self._paste_lines)
        editor.paste_refused.connect(self.paste_refused)

    def paste_refused(self, reason: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # the dialogs' classes load when first asked for

        QMessageBox.warning(self.window, self.tr("无法粘贴"), reason)

    def _text_edited(self, editor: BlockEditor) -> None:
        self.editor.set_text(editor.place, editor.markup(), label=self.tr("输入文字"), typed=True)

    def _split(self, editor: BlockEditor, position: int) -> None:
        place = editor.place
        if place.kind is PlaceKind.PARAGRAPH:
            self.editor.split(place, editor.markup(), position)
        elif place.kind is PlaceKind.TITLE:
            self._enter_content(self.editor.report.lead)
        elif place.kind is PlaceKind.HEADING and place.node is not None:
            self._enter_content(place.node.content)
        else:
            self._leave(editor, 1)

    def _enter_content(self, items: list) -> None:
        """Enter at the end of a title: go to the first paragraph under it, making one if there is none."""
        editor = self.column.editor_for(items[0], "text") if items else None
        if editor is not None:
            self.column.focus_editor(editor, 0)
        else:
            self.editor.add_paragraph(items, 0)

    def _merge(self, editor: BlockEditor) -> None:
        if not self.editor.merge_back(editor.place):
            self._leave(editor, -1)

    def _join_next(self, editor: BlockEditor) -> None:
        """Delete at the end of a paragraph pulls the next paragraph of the same part up into it."""
        place = editor.place
        if place.kind is not PlaceKind.PARAGRAPH or place.container is None:
            return
        if place.index + 1 < len(place.container):
            following = self.column.editor_for(place.container[place.index + 1], "text")
            if following is not None:
                self._merge(following)

    def _paste_lines(self, editor: BlockEditor, lines: list[str]) -> None:
        cursor = editor.textCursor()
        if cursor.hasSelection():
            cursor.removeSelectedText()
        self.editor.paste_lines(editor.place, editor.markup(), cursor.position(), lines)

    def _leave(self, editor: BlockEditor, direction: int) -> None:
        target = self.column.neighbour(editor, direction)
        signature = self.column.editor_for(self.editor.report, "signature")
        if (direction > 0 and target is signature) or (direction < 0 and editor is signature):
            self._enter_attachments(direction)  # the attachments box sits between the text and the signature
        elif target is not None:
            self.column.focus_editor(target, -1 if direction < 0 else 0)

    def _enter_attachments(self, direction: int) -> None:
        box = self.column.attachments
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        box.moveCursor(QTextCursor.MoveOperation.End if direction < 0 else QTextCursor.MoveOperation.Start)
        self.column.ensureWidgetVisible(box, 0, 60)

    def leave_attachments(self, direction: int) -> None:
        signature = self.column.editor_for(self.editor.report, "signature")
        target = signature if direction > 0 else self.column.neighbour(signature, -1)
        if target is not None:
            self.column.focus_editor(target, -1 if direction < 0 else 0)

    def jump_section(self, direction: int) -> None:
        """Ctrl+PgDown / Ctrl+PgUp: to the next or previous heading in reading order."""
        if direction > 0:
            self.column.neighbour(self.column.order[-1], 1)  # the next part is built, with its heading
        order = self.column.order
        here = order.index(self.column.current) if self.column.current in order else -1
        headings = [i for i, e in enumerate(order) if e.role is PlaceKind.HEADING]
        later = [i for i in headings if i > here] if direction > 0 else [i for i in reversed(headings) if i < here]
        if later:
            self.column.focus_editor(order[later[0]], -1)
