"""The window's menus and toolbar: actions that only say what was asked for.

Every action emits ``triggered(name)`` (``"save"``, ``"export:docx"``, ``"up"`` …) and the window decides what
it does, as novelWriter's ``GuiMainMenu`` does. Panels add their own menu or action with ``add_menu`` and
``add_action`` and connect to the action they get back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from ..export import EXPORTERS
from ..model.numbering import MARKERS
from ..model.report import MAX_LEVELS, LevelStyle, Placement
from .editors.block import REDO_KEYS, UNDO_KEYS
from .session import unavailable_text

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class MainMenu(QObject):
    triggered = Signal(str)  # the name of the action
    level_style_chosen = Signal(int, object)  # a level and the change (placement= or numbered=)
    recent_chosen = Signal(str)  # a path from 最近的文稿

    def __init__(
        self,
        window: QMainWindow,
        undo_stack: QUndoStack,
        level_style: Callable[[int], LevelStyle],
        recent: Callable[[], list[str]],
        outline_toggle: QAction,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self._level_style, self._recent = level_style, recent
        self.help: QMenu | None = None  # 帮助 stays last: later menus go before it

        self.file = file = self.add_menu(self.tr("文件(&F)"))
        self.add_action(file, "new", self.tr("新建(&N)…"), QKeySequence.StandardKey.New)
        self.add_action(file, "open", self.tr("打开(&O)…"), QKeySequence.StandardKey.Open)
        self.add_action(file, "import", self.tr("导入(&I)…"))
        self.add_action(file, "paste_new", self.tr("粘贴为新稿件"))
        self.recent_menu = file.addMenu(self.tr("最近的文稿"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        self.add_action(file, "save", self.tr("保存(&S)"), QKeySequence.StandardKey.Save)
        self.add_action(file, "save_as", self.tr("另存为(&A)…"), "Ctrl+Shift+S")
        export = file.addMenu(self.tr("导出(&E)"))
        for fmt in ("docx", "pdf", "handback", "html", "fragment", "md", "txt"):
            action = self.add_action(export, f"export:{fmt}", EXPORTERS[fmt].name + "…")
            action.setStatusTip(unavailable_text(EXPORTERS[fmt]))  # shown all the same: choosing it says why
        self.add_action(file, "copy_portal", self.tr("复制到门户网站(&P)"), "Ctrl+Shift+C")
        file.addSeparator()
        self.add_action(file, "settings", self.tr("设置…"))
        file.addSeparator()
        self.add_action(file, "close", self.tr("关闭窗口"), QKeySequence.StandardKey.Close)
        self.add_action(file, "quit", self.tr("退出(&Q)"), "Ctrl+Q")

        self.edit = edit = self.add_menu(self.tr("编辑(&E)"))
        # Fixed labels, so the toolbar never shifts as the history changes; what would be undone is in the tooltip.
        undo = self.add_action(edit, "undo", self.tr("撤销"))
        undo.setShortcuts(list(UNDO_KEYS))
        redo = self.add_action(edit, "redo", self.tr("重做"))
        redo.setShortcuts(list(REDO_KEYS))
        for action, can, text in (
            (undo, undo_stack.canUndoChanged, undo_stack.undoTextChanged),
            (redo, undo_stack.canRedoChanged, undo_stack.redoTextChanged),
        ):
            action.setEnabled(False)
            can.connect(action.setEnabled)
            text.connect(lambda name, a=action: a.setToolTip(f"{a.text()} {name}".strip()))
        edit.addSeparator()
        self.add_action(edit, "find", self.tr("查找和替换(&F)…"), QKeySequence.StandardKey.Find)
        self.add_action(edit, "bold", self.tr("加粗"), "Ctrl+B")
        self.add_action(edit, "italic", self.tr("倾斜"), "Ctrl+I")

        self.structure = structure = self.add_menu(self.tr("结构(&S)"))
        self.add_action(structure, "add_section", self.tr("新增同级标题"), "Ctrl+Return")
        self.add_action(structure, "add_child", self.tr("新增下级标题"), "Ctrl+Shift+Return")
        self.add_action(structure, "delete_section", self.tr("删除标题及其内容"), "Ctrl+Shift+Delete")
        structure.addSeparator()
        self.add_action(structure, "up", self.tr("上移"), "Alt+Up")
        self.add_action(structure, "down", self.tr("下移"), "Alt+Down")
        self.add_action(structure, "outdent", self.tr("升一级"), "Alt+Left")
        self.add_action(structure, "indent", self.tr("降一级"), "Alt+Right")
        structure.addSeparator()
        self.add_action(structure, "next_section", self.tr("下一节"), "Ctrl+PgDown")
        self.add_action(structure, "previous_section", self.tr("上一节"), "Ctrl+PgUp")
        structure.addSeparator()
        self.levels = structure.addMenu(self.tr("层级样式"))
        self.levels.aboutToShow.connect(self._fill_levels)

        self.view = view = self.add_menu(self.tr("视图(&V)"))
        view.addAction(outline_toggle)
        self.add_action(view, "focus_outline", self.tr("转到大纲"), "Ctrl+1")
        self.add_action(view, "focus_text", self.tr("转到正文"), "Ctrl+2")

        self.help = self.add_menu(self.tr("帮助(&H)"))
        self.add_action(self.help, "keys", self.tr("快捷键(&K)…"), QKeySequence.StandardKey.HelpContents)
        self.add_action(self.help, "about", self.tr("关于稿件编辑台(&A)…"))

        tools = window.addToolBar(self.tr("常用"))
        tools.setObjectName("mainToolBar")
        tools.setMovable(False)
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        groups = (
            ("new", "open", "save"),
            ("undo", "redo"),
            ("bold", "italic"),
            ("add_section", "up", "down", "outdent", "indent"),
        )
        for group in groups:
            tools.addActions([self.actions[name] for name in group])
            tools.addSeparator()
        view.addAction(tools.toggleViewAction())
        self.toolbar = tools

    def add_menu(self, title: str) -> QMenu:
        """A menu at the end of the menu bar, before 帮助."""
        if self.help is None:
            return self.window.menuBar().addMenu(title)
        menu = QMenu(title, self.window)
        self.window.menuBar().insertMenu(self.help.menuAction(), menu)
        return menu

    def add_action(self, menu: QMenu | None, name: str, text: str, shortcut: Shortcut = None) -> QAction:
        """An action in ``menu`` (or only in the window, for its shortcut) that emits ``triggered(name)``."""
        action = QAction(self.window)  # QAction(text, …) would make the QIcon class to rule out QAction(icon, …)
        action.setText(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: self.triggered.emit(name))
        (menu or self.window).addAction(action)
        self.actions[name] = action
        return action

    def action(self, name: str) -> QAction:
        return self.actions[name]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        names = self._recent()[:10]
        for name in names:
            self.recent_menu.addAction(name).triggered.connect(lambda _=False, p=name: self.recent_chosen.emit(p))
        if not names:
            self.recent_menu.addAction(self.tr("（无）")).setEnabled(False)

    def _fill_levels(self) -> None:
        menu = self.levels
        menu.clear()
        names = [self.tr("第一级"), self.tr("第二级"), self.tr("第三级"), self.tr("第四级")]
        for level, name in enumerate(names[:MAX_LEVELS], 1):
            style = self._level_style(level)
            sub = menu.addMenu(name)
            for placement, text in (
                (Placement.HEADING, self.tr("标题单独成行")),
                (Placement.RUNIN, self.tr("段首加粗引领句")),
            ):
                action = sub.addAction(text)
                action.setCheckable(True)
                action.setChecked(style.placement is placement)
                action.triggered.connect(
                    lambda _=False, lv=level, p=placement: self.level_style_chosen.emit(lv, {"placement": p})
                )
            markers = sub.addMenu(self.tr("编号样式"))
            for marker in MARKERS:  # 一、（一）1. … ① 第一章 第一节: choosing one also numbers the level
                action = markers.addAction(marker)
                action.setCheckable(True)
                action.setChecked(style.numbered and style.marker == marker)
                change = {"marker": marker, "numbered": True}
                action.triggered.connect(lambda _=False, lv=level, c=change: self.level_style_chosen.emit(lv, c))
            numbered = sub.addAction(self.tr("编号"))
            numbered.setCheckable(True)
            numbered.setChecked(style.numbered)
            numbered.triggered.connect(lambda on, lv=level: self.level_style_chosen.emit(lv, {"numbered": on}))
