"""The outline: the report's skeleton with generated numbers, for jumping, dragging and keyboard moves.

Rows are rebuilt from the model after every structure change (an outline has tens of rows, not thousands).
A drop does not move rows itself: it asks the window for a MoveNode command, so drag and drop, shortcuts and
undo all go through the same path, and the rebuilt outline shows the new numbers.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from ..model.edit import path_of
from ..model.inline import plain
from ..model.places import heading_places, node_path
from ..model.report import Node, Report

MIME = "application/x-editorial-desk-node-path"
PATH_ROLE = Qt.ItemDataRole.UserRole + 1  # tuple path of a section; absent for the fixed rows
PLACE_ROLE = Qt.ItemDataRole.UserRole + 2  # "title", "lead", "closing", "signoff" for the fixed rows


class OutlineModel(QStandardItemModel):
    move_requested = Signal(tuple, tuple, int)  # node path, new parent path, index after removal

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.fixed_before = 2  # title/meta and lead rows sit above the sections at the top level

    def rebuild(self, report: Report, numbers: dict[int, str], labels: dict[str, str]) -> None:
        """The fixed rows and every heading, walked in the reading order of ``model.places``."""
        self.clear()
        root = self.invisibleRootItem()
        root.appendRow(_fixed(labels["title"] + "：" + (plain(report.meta.title) or "—"), "title"))
        root.appendRow(_fixed(labels["lead"], "lead"))
        parents = [root]  # parents[level - 1] holds the headings of that level
        flags = (  # once: each | of Qt's flags is a Python enum operation (~1,300 headings at 300,000 characters)
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        for place in heading_places(report):
            item = QStandardItem(numbers.get(id(place.node), "") + (plain(place.text) or labels["untitled"]))
            item.setData(node_path(place.anchor), PATH_ROLE)
            item.setFlags(flags)
            del parents[place.level :]
            parents[-1].appendRow(item)
            parents.append(item)
        root.appendRow(_fixed(labels["closing"], "closing"))
        root.appendRow(_fixed(labels["signoff"], "signoff"))

    def index_of_path(self, path: tuple[int, ...]) -> QModelIndex:
        index = self.index(self.fixed_before + path[0], 0)
        for row in path[1:]:
            index = self.index(row, 0, index)
        return index

    def set_signoff_text(self, text: str) -> None:
        """The 落款 row is the last at the top level."""
        self.item(self.rowCount() - 1).setText(text)

    def set_node_text(self, report: Report, node: Node, text: str) -> None:
        path = path_of(report, node)
        if path is not None:
            item = self.itemFromIndex(self.index_of_path(path))
            if item is not None:
                item.setText(text)

    # ---- drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        paths = [index.data(PATH_ROLE) for index in indexes if index.data(PATH_ROLE) is not None]
        data.setData(MIME, json.dumps([list(p) for p in paths[:1]]).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        if not data.hasFormat(MIME):
            return False
        return self.drop_target(row, parent) is not None

    def drop_target(self, row: int, parent: QModelIndex) -> tuple[tuple[int, ...], int] | None:
        """The (parent path, index) a drop at ``row`` under ``parent`` means, or None where nothing may go."""
        if parent.isValid():
            parent_path = parent.data(PATH_ROLE)
            if parent_path is None:
                return None
            return tuple(parent_path), self.rowCount(parent) if row < 0 else row
        if row < 0:
            return None
        sections = self.rowCount() - self.fixed_before - 2
        return (), max(0, min(row - self.fixed_before, sections))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Ask for the move and report "not dropped", so the view never removes rows on its own."""
        if not data.hasFormat(MIME):
            return False
        try:
            (source,) = json.loads(bytes(data.data(MIME)).decode())
        except ValueError:
            return False
        target = self.drop_target(row, parent)
        if target is None:
            return False
        source = tuple(source)
        parent_path, index = target
        if parent_path == source[:-1] and index > source[-1]:
            index -= 1  # the view counts rows before the dragged one leaves
        QTimer.singleShot(0, lambda: self.move_requested.emit(source, parent_path, index))
        return False


def _fixed(text: str, place: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(place, PLACE_ROLE)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class OutlineView(QTreeView):
    activated_place = Signal(object)  # a section path (tuple) or a fixed row's name (str)

    def __init__(self, model: OutlineModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.clicked.connect(self._activate)
        self.activated.connect(self._activate)

    def _activate(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        self.activated_place.emit(tuple(path) if path is not None else index.data(PLACE_ROLE))

    def select_path(self, path: tuple[int, ...] | None) -> None:
        model = self.model()
        assert isinstance(model, OutlineModel)
        index = model.index_of_path(path) if path else QModelIndex()
        if index.isValid() and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)
            self.scrollTo(index)
