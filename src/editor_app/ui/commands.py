"""Undo commands for every edit of the report: text, meta fields and structure.

Commands change the model through plain Python (``model.edit``) and then tell the window what to refresh.
They hold the model objects themselves, not paths, so undoing after other moves still finds the right node.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..model.edit import move_node, node_at, path_of
from ..model.report import Content, LevelStyle, Node, Paragraph

if TYPE_CHECKING:
    from .main_window import MainWindow

TYPING_ID = 1


class SetField(QUndoCommand):
    """A text or meta value changed. Consecutive typing in one field merges into one undo step."""

    def __init__(self, window: MainWindow, owner: object, attr: str, old, new, *, typed: bool, label: str) -> None:
        super().__init__(label)
        self.window, self.owner, self.attr = window, owner, attr
        self.old, self.new = old, new
        self.typed = typed  # the editor already shows ``new``
        self.mergeable = typed
        self.epoch = window.save_epoch

    def id(self) -> int:
        return TYPING_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField) or other.owner is not self.owner or other.attr != self.attr:
            return False
        if other.epoch != self.epoch:  # never merge across a save: the saved state must stay reachable
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        setattr(self.owner, self.attr, self.new)
        if self.typed:
            self.typed = False  # the first redo is the edit itself; later ones must refresh the editor
            self.window.field_changed(self.owner, self.attr, refresh=False)
        else:
            self.window.field_changed(self.owner, self.attr, refresh=True)

    def undo(self) -> None:
        setattr(self.owner, self.attr, self.old)
        self.window.field_changed(self.owner, self.attr, refresh=True)


class _Structure(QUndoCommand):
    """Base for edits that change what editors exist or where: the window re-lays them out afterwards."""

    def __init__(self, window: MainWindow, label: str) -> None:
        super().__init__(label)
        self.window = window
        self.report = window.report()

    def done(self, focus: tuple[object, str, int] | None) -> None:
        self.window.structure_changed(focus)


class MoveNode(_Structure):
    """Move a section to child ``index`` of ``parent`` (None: the top level); the index counts after removal."""

    def __init__(self, window: MainWindow, node: Node, parent: Node | None, index: int, label: str) -> None:
        super().__init__(window, label)
        self.node, self.parent, self.index = node, parent, index
        path = path_of(self.report, node)
        assert path is not None
        self.old_parent = None if len(path) == 1 else node_at(self.report, path[:-1])
        self.old_index = path[-1]

    def _move(self, parent: Node | None, index: int) -> None:
        current = path_of(self.report, self.node)
        parent_path = () if parent is None else path_of(self.report, parent)
        assert current is not None and parent_path is not None
        move_node(self.report, current, parent_path, index)
        self.done((self.node, "title", -1))

    def redo(self) -> None:
        self._move(self.parent, self.index)

    def undo(self) -> None:
        self._move(self.old_parent, self.old_index)


class InsertNode(_Structure):
    def __init__(self, window: MainWindow, parent: Node | None, index: int, node: Node, label: str) -> None:
        super().__init__(window, label)
        self.parent, self.index, self.node = parent, index, node

    def _list(self) -> list[Node]:
        return self.report.nodes if self.parent is None else self.parent.children

    def redo(self) -> None:
        self._list().insert(self.index, self.node)
        self.done((self.node, "title", 0))

    def undo(self) -> None:
        self._list().remove(self.node)
        self.done(None)


class RemoveNode(_Structure):
    def __init__(self, window: MainWindow, node: Node, label: str) -> None:
        super().__init__(window, label)
        path = path_of(self.report, node)
        assert path is not None
        self.node = node
        self.parent = None if len(path) == 1 else node_at(self.report, path[:-1])
        self.index = path[-1]

    def _list(self) -> list[Node]:
        return self.report.nodes if self.parent is None else self.parent.children

    def redo(self) -> None:
        self._list().remove(self.node)
        self.done(None)

    def undo(self) -> None:
        self._list().insert(self.index, self.node)
        self.done((self.node, "title", 0))


class InsertContent(_Structure):
    def __init__(self, window: MainWindow, container: list[Content], index: int, item: Content, label: str) -> None:
        super().__init__(window, label)
        self.container, self.index, self.item = container, index, item

    def redo(self) -> None:
        self.container.insert(self.index, self.item)
        self.done((self.item, "text", 0))

    def undo(self) -> None:
        self.container.remove(self.item)
        self.done(None)


class SplitParagraph(_Structure):
    """Enter (or a multi-paragraph paste) inside a paragraph: it keeps ``first``, new paragraphs follow."""

    def __init__(
        self, window: MainWindow, container: list[Content], index: int, first: str, rest: list[str], focus: int
    ) -> None:
        super().__init__(window, window.tr("分段"))
        self.container, self.index = container, index
        self.paragraph = container[index]
        self.old = self.paragraph.text
        self.first = first
        self.new_items = [Paragraph(text) for text in rest]
        self.focus = focus  # cursor position in the last new paragraph

    def redo(self) -> None:
        self.paragraph.text = self.first
        self.container[self.index + 1 : self.index + 1] = self.new_items
        self.done((self.new_items[-1], "text", self.focus))

    def undo(self) -> None:
        del self.container[self.index + 1 : self.index + 1 + len(self.new_items)]
        self.paragraph.text = self.old
        self.done((self.paragraph, "text", -1))


class MergeParagraph(_Structure):
    """Backspace at the start of a paragraph joins it to the one before."""

    def __init__(self, window: MainWindow, container: list[Content], index: int, joined: str, cursor: int) -> None:
        super().__init__(window, window.tr("合并段落"))
        self.container, self.index = container, index
        self.previous = container[index - 1]
        self.item = container[index]
        self.old = self.previous.text
        self.joined, self.cursor = joined, cursor

    def redo(self) -> None:
        self.previous.text = self.joined
        self.container.remove(self.item)
        self.done((self.previous, "text", self.cursor))

    def undo(self) -> None:
        self.previous.text = self.old
        self.container.insert(self.index, self.item)
        self.done((self.item, "text", 0))


class RemoveContent(_Structure):
    def __init__(self, window: MainWindow, container: list[Content], item: Content, label: str) -> None:
        super().__init__(window, label)
        self.container, self.item = container, item
        self.index = container.index(item)

    def redo(self) -> None:
        self.container.remove(self.item)
        self.done(None)

    def undo(self) -> None:
        self.container.insert(self.index, self.item)
        self.done((self.item, "text", 0))


class SetLevelStyle(_Structure):
    """Switch how a level is numbered and placed (heading line or run-in lead sentence)."""

    def __init__(self, window: MainWindow, level: int, style: LevelStyle, label: str) -> None:
        super().__init__(window, label)
        self.level = level
        while len(self.report.levels) < level:
            self.report.levels.append(copy.copy(self.report.levels[-1]))
        self.old = copy.copy(self.report.levels[level - 1])
        self.new = style

    def redo(self) -> None:
        self.report.levels[self.level - 1] = copy.copy(self.new)
        self.done(None)

    def undo(self) -> None:
        self.report.levels[self.level - 1] = copy.copy(self.old)
        self.done(None)
