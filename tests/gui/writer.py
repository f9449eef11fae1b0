"""What a writer does in the window, for the GUI tests: type through the input method, put the cursor somewhere,
choose a menu action, read the outline."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from editor_app.model.edit import node_at
from editor_app.ui.editors import BlockEditor


def discard(window) -> None:
    """Close ``window`` without the save question, whatever the test left unsaved."""
    window.undo_stack.setClean()
    window.session.unsaved_recovery = False
    window.close()


def shown(desk, qtbot, report):
    """A window on ``report``, on screen and active, its column built past the first screenful (which follows the
    window's first paint)."""
    window = desk.show_window(report, None)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and not window.column.held)
    return window


def focused(qtbot, window, editor):
    """``editor`` with the cursor at its start and keyboard focus."""
    window.column.focus_editor(editor, 0)
    qtbot.waitUntil(editor.hasFocus)
    return editor


def type_chinese(editor: BlockEditor, text: str) -> None:
    """What an input method does: a composing preedit string, then the committed characters."""
    editor.setFocus()
    QApplication.sendEvent(editor, QInputMethodEvent(text[:1], []))
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QApplication.sendEvent(editor, commit)


def choose(window, name: str) -> None:
    """Choose the menu action ``name`` (as MainMenu names it: "save", "up", "find" …)."""
    window.menus.action(name).trigger()


def level_style_action(window, level_name: str, text: str):
    """The entry ``text`` of 结构 → 层级样式 → ``level_name``, as the menu shows it now."""
    levels = window.menus.levels
    levels.aboutToShow.emit()
    (sub,) = [a.menu() for a in levels.actions() if a.text() == level_name]
    (action,) = [a for a in sub.actions() if a.text() == text]
    return action


def heading(window, path: tuple[int, ...]) -> BlockEditor:
    return window.column.editor_for(node_at(window.report(), path), "title")


def outline_texts(window) -> list[str]:
    model = window.outline_model
    texts = []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            texts.append(index.data())
            walk(index)

    walk(QModelIndex())
    return texts
