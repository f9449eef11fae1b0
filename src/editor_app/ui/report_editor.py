"""The report editor: the report and its undo history, and every change to it as an undo step.

Widgets never change the report themselves. They ask the report editor, which pushes a command that changes the
report through ``model.edit`` and ``model.places`` and then says what changed: ``text_changed`` for one place,
``structure_changed`` when places came or went, ``changed`` after either. Panels built on the window (review,
import) use the same calls, so their edits are undoable alongside the writer's typing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..model import edit
from ..model.inline import escape, plain, split_markup
from ..model.places import Place, PlaceKind, Region
from ..model.records import replace
from ..model.report import Content, Node, Paragraph, Report
from ..model.snapshot import Snapshots
from . import commands

Focus = tuple[object, str, int]
"""Where the cursor goes after a structure edit: the owner and key of a text, and a position (-1: its end)."""


class ReportEditor(QObject):
    changed = Signal()  # after any change, text or structure
    text_changed = Signal(object, bool)  # the Place whose text changed; True: widgets showing it must reload
    # places came, went or moved: a Focus or None, and the paragraph list whose items came or went when that was
    # all (Enter, Backspace joining two paragraphs; no section came, went or moved), else None
    structure_changed = Signal(object, object)
    refused = Signal(str)  # an edit that would break the report's shape, and why (Chinese)

    def __init__(self, report: Report, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.undo_stack = QUndoStack(self)
        self.save_epoch = 0  # raised on each save: typing after it starts a new undo step
        self.snapshots = Snapshots(report)

    def snapshot(self) -> Report:
        """A copy of the report for a worker (preview, review, save), sharing the sections that did not change."""
        return self.snapshots.take()

    # ---- text

    def set_text(self, place: Place, value, *, label: str, typed: bool = False) -> None:
        """Put ``value`` at ``place`` as one undo step; ``typed``: the widget already shows it, and further
        typing at the same place joins this step."""
        if value != place.text:
            self.undo_stack.push(commands.SetText(self, place, value, typed=typed, label=label))

    def apply(self, changes: list[tuple[Place, str]], label: str) -> None:
        """Several text changes (replace all, a review fix) as one undo step."""
        if not changes:
            return
        self.undo_stack.beginMacro(label)
        for place, value in changes:
            self.set_text(place, value, label=label)
        self.undo_stack.endMacro()

    def set_detail(self, attr: str, value) -> None:
        """A report detail from the details panel (list details as a whole list)."""
        kind = PlaceKind.SUBTITLE if attr == "subtitle" else PlaceKind.FIELD
        place = Place(f"meta.{attr}", kind, Region.HEAD, self.report.meta, attr)
        self.set_text(place, value, label=self.tr("修改稿件信息"), typed=True)

    def set_attachments(self, names: list[str]) -> None:
        """The attachment names as retyped in the attachments box; each keeps its body by position."""
        if [attachment.name for attachment in self.report.attachments] == names:
            return
        place = Place("attachments", PlaceKind.ATTACHMENT, Region.SIGNOFF, self.report, "attachments")
        new = edit.renamed_attachments(self.report.attachments, names)
        self.set_text(place, new, label=self.tr("修改附件"), typed=True)

    # ---- paragraphs

    def split(self, place: Place, markup: str, position: int) -> None:
        """Enter at ``position`` of the paragraph at ``place`` (showing ``markup``)."""
        first, rest = split_markup(markup, position)
        self.undo_stack.push(commands.SplitParagraph(self, place.container, place.index, first, [rest], 0))

    def paste_lines(self, place: Place, markup: str, position: int, lines: list[str]) -> None:
        """Several pasted lines at ``position``: the first joins the text before, the last the text after."""
        before, after = split_markup(markup, position)
        first = before + escape(lines[0])
        rest = [escape(line) for line in lines[1:]]
        focus = len(plain(rest[-1]))
        rest[-1] = rest[-1] + after
        self.undo_stack.push(commands.SplitParagraph(self, place.container, place.index, first, rest, focus))

    def merge_back(self, place: Place) -> bool:
        """Backspace at the start of a paragraph: join it to the one before, or drop it when it is empty and
        stands first. False when neither applies (the cursor moves on instead)."""
        items = place.container
        if place.kind is not PlaceKind.PARAGRAPH or items is None:
            return False
        if edit.can_merge_back(items, place.index):
            self.undo_stack.push(commands.MergeParagraph(self, items, place.index))
        elif not place.text:
            self.undo_stack.push(commands.RemoveContent(self, items, place.index, self.tr("删除空段落")))
        else:
            return False
        return True

    def add_paragraph(self, items: list[Content], index: int | None = None) -> None:
        index = len(items) if index is None else index
        self.undo_stack.push(commands.InsertContent(self, items, index, Paragraph(""), self.tr("新增段落")))

    # ---- sections

    def move_section(self, path: edit.Path, parent: edit.Path, index: int, label: str) -> None:
        """Move the section at ``path`` to child ``index`` of ``parent``; a refused move only says why."""
        try:
            edit.check_move(self.report, path, parent)  # refuse before the command reaches the stack
        except edit.EditRefused as error:
            self.refused.emit(str(error))
            return
        node = edit.node_at(self.report, path)
        owner = edit.node_at(self.report, parent) if parent else None
        self.undo_stack.push(commands.MoveNode(self, node, owner, index, label))

    def add_section(self, beside: Node | None, *, child: bool) -> None:
        """A new heading after ``beside`` (or under it, ``child``); at the end when there is none."""
        path = edit.path_of(self.report, beside) if beside is not None else None
        try:
            parent, index, fresh = edit.new_section(self.report, path, child=child)
        except edit.EditRefused as error:
            self.refused.emit(str(error))
            return
        owner = edit.node_at(self.report, parent) if parent else None
        label = self.tr("新增下级标题") if child else self.tr("新增标题")
        self.undo_stack.push(commands.InsertNode(self, owner, index, fresh, label))

    def remove_section(self, node: Node) -> None:
        self.undo_stack.push(commands.RemoveNode(self, node, self.tr("删除标题及其内容")))

    def set_level_style(self, level: int, **change) -> None:
        """Change how ``level`` is placed or numbered; choosing what it already is adds no undo step."""
        style = replace(self.report.level_style(level), **change)
        if style != self.report.level_style(level):
            self.undo_stack.push(commands.SetLevelStyle(self, level, style, self.tr("修改层级样式")))

    # ---- told by the commands

    def text_set(self, place: Place, *, refresh: bool) -> None:
        self.snapshots.text_changed(place)
        self.text_changed.emit(place, refresh)
        self.changed.emit()

    def structure_set(self, focus: Focus | None, within: list[Content] | None = None) -> None:
        self.snapshots.structure_changed(within)
        self.structure_changed.emit(focus, within)
        self.changed.emit()
