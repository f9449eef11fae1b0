"""Comments on a section or on characters of a text, with author, time, replies and resolved — stored in the
document (``report.review.comments``), never in the portal page, the CMS fragment or the plain exports."""

from __future__ import annotations

import getpass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.inline import plain
from ..model.labels import place_name
from ..model.places import find_place, places
from ..model.report import Comment, Reply

if TYPE_CHECKING:
    from .main_window import MainWindow

COMMENT_ROLE = Qt.ItemDataRole.UserRole + 3


def _now() -> str:
    return datetime.now().strftime("%Y-%m-%d %H:%M")


class CommentsPanel(QWidget):
    def __init__(self, window: MainWindow, change) -> None:
        super().__init__()
        self.window, self.change = window, change
        self.author = QLineEdit(getpass.getuser())
        self.author.setAccessibleName(self.tr("批注人"))
        self.author.setPlaceholderText(self.tr("批注人"))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("批注"))
        self.tree.itemActivated.connect(lambda item, _: self.jump(item.data(0, COMMENT_ROLE)))
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("添加批注…"), self._ask_add),
            (self.tr("回复…"), self._ask_reply),
            (self.tr("解决/重新打开"), lambda: self.toggle_resolved(self.current())),
            (self.tr("删除"), lambda: self.remove(self.current())),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.author)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

    # ---- showing

    def refresh(self) -> None:
        """List the comments, quoting the characters they are on as the text reads now (one walk of the report,
        and none when there are no comments)."""
        report = self.window.report()
        if not report.review.comments and not self.tree.topLevelItemCount():
            return
        self.tree.clear()
        wanted = {comment.anchor for comment in report.review.comments}
        found = {place.anchor: place for place in places(report) if place.anchor in wanted} if wanted else {}
        for comment in report.review.comments:
            place = found.get(comment.anchor)
            where = place_name(report, place) if place else comment.anchor
            quoted = plain(place.text)[comment.start : comment.end] if place and comment.end > comment.start else ""
            head = f"{where}" + (f"“{quoted}”" if quoted else "")
            state = self.tr("（已解决）") if comment.resolved else ""
            item = QTreeWidgetItem(self.tree, [f"{head}　{comment.author} {comment.created}{state}：{comment.text}"])
            item.setData(0, COMMENT_ROLE, comment)
            if comment.resolved:
                item.setForeground(0, QColor("gray"))
            for reply in comment.replies:
                child = QTreeWidgetItem(item, [f"{reply.author} {reply.created}：{reply.text}"])
                child.setData(0, COMMENT_ROLE, comment)
        self.tree.expandAll()

    def current(self) -> Comment | None:
        item = self.tree.currentItem()
        return item.data(0, COMMENT_ROLE) if item is not None else None

    def jump(self, comment: Comment | None) -> None:
        place = find_place(self.window.report(), comment.anchor) if comment is not None else None
        editor = self.window.column.editor_for(place.owner, place.key) if place is not None else None
        if editor is not None:
            self.window.column.focus_editor(editor, comment.start)

    # ---- changing (each an undo step)

    def _push(self, label: str, apply, revert) -> None:
        self.window.undo_stack.push(self.change(self.window, label, apply, revert))
        self.refresh()  # the writer's own action shows at once; edits of the text refresh with the next check

    def add(self, text: str) -> Comment | None:
        """A comment on the selected characters of the text being written, or on its place when none are."""
        editor = self.window.column.current
        if editor is None or not text.strip():
            return None
        cursor = editor.textCursor()
        start, end = sorted((cursor.anchor(), cursor.position()))
        comment = Comment(text.strip(), self.author.text().strip(), editor.place.anchor, _now(), start, end)
        comments = self.window.report().review.comments
        self._push(self.tr("添加批注"), lambda: comments.append(comment), lambda: comments.remove(comment))
        return comment

    def reply(self, comment: Comment, text: str) -> None:
        if not text.strip():
            return
        reply = Reply(text.strip(), self.author.text().strip(), _now())
        self._push(self.tr("回复批注"), lambda: comment.replies.append(reply), lambda: comment.replies.remove(reply))

    def toggle_resolved(self, comment: Comment | None) -> None:
        if comment is None:
            return
        was = comment.resolved
        label = self.tr("重新打开批注") if was else self.tr("解决批注")
        self._push(label, lambda: setattr(comment, "resolved", not was), lambda: setattr(comment, "resolved", was))

    def remove(self, comment: Comment | None) -> None:
        comments = self.window.report().review.comments
        if comment is None or comment not in comments:
            return
        index = comments.index(comment)
        self._push(self.tr("删除批注"), lambda: comments.remove(comment), lambda: comments.insert(index, comment))

    def _ask_add(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("添加批注"), self.tr("批注内容（针对所选文字或当前段落）：")
        )
        if ok:
            self.add(text)

    def _ask_reply(self) -> None:
        comment = self.current()
        if comment is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("回复批注"), self.tr("回复内容："))
        if ok:
            self.reply(comment, text)
