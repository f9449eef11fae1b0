"""Undo commands for every edit of the report: text, details and structure.

Each command changes the report only through ``model.places.set_text`` or ``model.edit`` and then tells the
report editor what changed, which tells the window. Commands hold the model objects themselves, not paths, so
undoing after other moves still finds the right node.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..model import edit
from ..model.places import Place, get_text, set_text
from ..model.report import Content, LevelStyle, Node, Paragraph

if TYPE_CHECKING:
    from .report_editor import Focus, ReportEditor

TYPING_ID = 1


class SetText(QUndoCommand):
    """A text or detail changed. Consecutive typing at one place merges into one undo step."""

    def __init__(self, editor: ReportEditor, place: Place, new, *, typed: bool, label: str) -> None:
        super().__init__(label)
        self.editor, self.place = editor, place
        self.old, self.new = get_text(place), new
        self.mergeable = typed
        self.shown = typed  # the widget already shows ``new``: the first redo is the typing itself
        self.epoch = editor.save_epoch

    def id(self) -> int:
        return TYPING_ID if self.mergeable else -1

    def _same_place(self, other: SetText) -> bool:
        return other.place.owner is self.place.owner and other.place.key == self.place.key

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetText) or not self._same_place(other):
            return False
        if other.epoch != self.epoch:  # never merge across a save: the saved state must stay reachable
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        set_text(self.place, self.new)
        self.editor.text_set(self.place, refresh=not self.shown)
        self.shown = False

    def undo(self) -> None:
        set_text(self.place, self.old)
        self.editor.text_set(self.place, refresh=True)


class _Structure(QUndoCommand):
    """Base for edits that change what editors exist or where: the window re-lays them out afterwards."""

    def __init__(self, editor: ReportEditor, label: str) -> None:
        super().__init__(label)
        self.editor = editor
        self.report = editor.report

    def done(self, focus: Focus | None, within: list[Content] | None = None) -> None:
        """Tell the window; ``within``: only the items of this paragraph list came or went."""
        self.editor.structure_set(focus, within)


class MoveNode(_Structure):
    """Move a section to child ``index`` of ``parent`` (None: the top level); the index counts after removal."""

    def __init__(self, editor: ReportEditor, node: Node, parent: Node | None, index: int, label: str) -> None:
        super().__init__(editor, label)
        self.node, self.parent, self.index = node, parent, index
        path = edit.path_of(self.report, node)
        assert path is not None
        self.old_parent = None if len(path) == 1 else edit.node_at(self.report, path[:-1])
        self.old_index = path[-1]

    def _move(self, parent: Node | None, index: int) -> None:
        current = edit.path_of(self.report, self.node)
        parent_path = () if parent is None else edit.path_of(self.report, parent)
        assert current is not None and parent_path is not None
        edit.move_node(self.report, current, parent_path, index)
        self.done((self.node, "title", -1))

    def redo(self) -> None:
        self._move(self.parent, self.index)

    def undo(self) -> None:
        self._move(self.old_parent, self.old_index)


class InsertNode(_Structure):
    def __init__(self, editor: ReportEditor, parent: Node | None, index: int, node: Node, label: str) -> None:
        super().__init__(editor, label)
        self.parent, self.index, self.node = parent, index, node

    def redo(self) -> None:
        parent = () if self.parent is None else edit.path_of(self.report, self.parent)
        assert parent is not None
        edit.insert_node(self.report, parent, self.index, self.node)
        self.done((self.node, "title", 0))

    def undo(self) -> None:
        path = edit.path_of(self.report, self.node)
        assert path is not None
        edit.remove_node(self.report, path)
        self.done(None)


class RemoveNode(InsertNode):
    """The reverse of inserting: the section and everything under it go, and come back on undo."""

    def __init__(self, editor: ReportEditor, node: Node, label: str) -> None:
        path = edit.path_of(editor.report, node)
        assert path is not None
        parent = None if len(path) == 1 else edit.node_at(editor.report, path[:-1])
        super().__init__(editor, parent, path[-1], node, label)

    def redo(self) -> None:
        super().undo()

    def undo(self) -> None:
        super().redo()


class InsertContent(_Structure):
    def __init__(self, editor: ReportEditor, items: list[Content], index: int, item: Content, label: str) -> None:
        super().__init__(editor, label)
        self.items, self.index, self.item = items, index, item

    def redo(self) -> None:
        edit.insert_content(self.items, self.index, [self.item])
        self.done((self.item, "text", 0), self.items)

    def undo(self) -> None:
        edit.remove_content(self.items, self.index)
        self.done(None, self.items)


class RemoveContent(InsertContent):
    def __init__(self, editor: ReportEditor, items: list[Content], index: int, label: str) -> None:
        super().__init__(editor, items, index, items[index], label)

    def redo(self) -> None:
        super().undo()

    def undo(self) -> None:
        super().redo()


class SplitParagraph(_Structure):
    """Enter (or a multi-paragraph paste) inside a paragraph: it keeps ``first``, new paragraphs follow."""

    def __init__(
        self, editor: ReportEditor, items: list[Content], index: int, first: str, rest: list[str], focus: int
    ) -> None:
        super().__init__(editor, editor.tr("分段"))
        self.items, self.index = items, index
        self.paragraph = items[index]
        self.old = self.paragraph.text
        self.first = first
        self.new_items = [Paragraph(text) for text in rest]
        self.focus = focus  # cursor position in the last new paragraph

    def redo(self) -> None:
        edit.split_paragraph(self.items, self.index, self.first, self.new_items)
        self.done((self.new_items[-1], "text", self.focus), self.items)

    def undo(self) -> None:
        edit.remove_content(self.items, self.index + 1, len(self.new_items))
        self.paragraph.text = self.old
        self.done((self.paragraph, "text", -1), self.items)


class MergeParagraph(_Structure):
    """Backspace at the start of a paragraph joins it to the one before."""

    def __init__(self, editor: ReportEditor, items: list[Content], index: int) -> None:
        super().__init__(editor, editor.tr("合并段落"))
        self.items, self.index = items, index
        self.previous, self.item = items[index - 1], items[index]

    def redo(self) -> None:
        self.old, cursor = edit.merge_paragraph(self.items, self.index)
        self.done((self.previous, "text", cursor), self.items)

    def undo(self) -> None:
        self.previous.text = self.old
        edit.insert_content(self.items, self.index, [self.item])
        self.done((self.item, "text", 0), self.items)


class SetLevelStyle(_Structure):
    """Switch how a level is numbered and placed (heading line or run-in lead sentence)."""

    def __init__(self, editor: ReportEditor, level: int, style: LevelStyle, label: str) -> None:
        super().__init__(editor, label)
        self.level, self.new = level, style

    def redo(self) -> None:
        self.old = edit.set_level_style(self.report, self.level, self.new)
        self.done(None)

    def undo(self) -> None:
        edit.set_level_style(self.report, self.level, self.old)
        self.done(None)
