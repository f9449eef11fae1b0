"""The writing window: outline on the left, the report in reading order in the middle, preview on the right.

The window is thin: edits become undo commands over the model (``commands.py``), structure rules live in
``model.edit``, files go through ``store`` on a worker thread, and autosave writes recovery copies there too.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from ..export import EXPORTERS, ExportFailed, ExportUnavailable, default_output, export_report
from ..model.counting import count_node, count_report, count_text
from ..model.edit import (
    EditRefused,
    check_move,
    indent_target,
    move_target_down,
    move_target_up,
    node_at,
    outdent_target,
    path_of,
)
from ..model.inline import escape, join_markup, plain, split_markup
from ..model.numbering import node_numbers
from ..model.report import Node, Paragraph, Placement, Report
from ..model.search import replace_all
from ..model.snapshot import snapshot as snapshot_of
from ..settings import Settings, config_dir, recovery_dir
from ..store.document import EXTENSION, save_document
from ..store.lock import release_lock, take_lock
from ..store.recovery import discard_recovery, new_session_id, write_recovery
from . import commands
from .clipboard import copy_for_portal
from .editors import BlockEditor, ReadingColumn
from .meta_panel import MetaPanel
from .outline import PATH_ROLE, OutlineModel, OutlineView
from .workers import Background

if TYPE_CHECKING:
    from .app import Desk


class ChangedOnDisk(Exception):
    """The file was changed by someone else since this window opened or saved it."""


def disk_stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def ui_state() -> QSettings:
    """Window and splitter geometry: per user, beside settings.json, not part of the office defaults."""
    return QSettings(str(config_dir() / "window-state.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    def __init__(
        self,
        desk: Desk | None,
        report: Report,
        path: Path | None,
        settings: Settings,
        *,
        session: str | None = None,
        recovered: bool = False,
        stamp: tuple[int, int] | None = None,
    ) -> None:
        super().__init__()
        self.desk = desk
        self._report = report
        self.path = path
        self.settings = settings
        self.session = session or new_session_id()
        self.disk_stamp = stamp
        self.save_epoch = 0
        self._unsaved_recovery = recovered  # a recovered copy is unsaved work even before any edit
        self._saving = False
        self._closing_after_save = False
        self._autosave_revision = -1
        self.revision = 0
        self.current: BlockEditor | None = None
        self.preview: QWidget | None = None
        self.background = Background(self)
        self.recovery_jobs = Background(self, serial=True)  # a discard never overtakes a copy still being written
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("mainWindow")

        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda _: self._update_title())

        self.column = ReadingColumn(self.undo_stack)
        self.column.connect_editor = self._connect_editor
        self.column.editor_focused.connect(self._editor_focused)
        self.column.attachments.edited.connect(self._attachments_edited)
        self.column.attachments.leave_requested.connect(self._leave_attachments)
        self.column.attachments.paste_refused.connect(
            lambda message: QMessageBox.warning(self, self.tr("无法粘贴"), message)
        )
        self.meta_panel = MetaPanel(settings.columns)
        self.meta_panel.changed.connect(self._meta_edited)
        self.meta_panel.problem.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.column.meta_panel = self.meta_panel
        self.setCentralWidget(self.column)

        self.outline_model = OutlineModel(self)
        self.outline_model.move_requested.connect(self._drop_move)
        self.outline = OutlineView(self.outline_model)
        self.outline.setAccessibleName(self.tr("大纲"))
        self.outline.activated_place.connect(self._outline_activated)
        self.outline_dock = QDockWidget(self.tr("大纲"), self)
        self.outline_dock.setObjectName("outlineDock")
        self.outline_dock.setWidget(self.outline)
        self.outline_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)

        self.counts = QLabel()
        self.counts.setAccessibleName(self.tr("字数"))
        self.statusBar().addPermanentWidget(self.counts)
        self._counts_timer = _single_shot(self, 250, self._update_counts)
        self._autosave_timer = _single_shot(self, max(1, settings.autosave_seconds) * 1000, self.autosave)
        QGuiApplication.instance().applicationStateChanged.connect(self._application_state)

        self._build_actions()
        self.structure_changed(None)
        self.meta_panel.show_meta(report.meta)
        self._update_title()
        self._restore_state()
        if recovered:
            self._autosave_timer.start()

    # ---------------------------------------------------------------- model access

    def report(self) -> Report:
        return self._report

    def dirty(self) -> bool:
        return self._unsaved_recovery or not self.undo_stack.isClean()

    def _changed(self) -> None:
        """Anything in the report changed: counts, title, preview and autosave follow."""
        self.revision += 1
        self._counts_timer.start()
        if not self._autosave_timer.isActive():
            self._autosave_timer.start()  # not restarted by further typing: a copy at most N seconds old
        self._update_title()
        if self.preview is not None:
            self.preview.set_report(self._report)

    def field_changed(self, owner: object, attr: str, *, refresh: bool) -> None:
        if refresh:
            editor = self.column.editor_for(owner, attr)
            if editor is not None:
                editor.show_value(getattr(owner, attr))
            if owner is self._report.meta:
                self.meta_panel.show_meta(self._report.meta)
            elif owner is self._report and attr == "attachments":
                self.column.attachments.show_names(self._report.attachments)
        if owner is self._report and attr == "attachments":
            self.outline_model.set_signoff_text(self._signoff_label())
        if isinstance(owner, Node) and attr == "title":
            numbers = node_numbers(self._report)
            self.outline_model.set_node_text(
                self._report, owner, numbers.get(id(owner), "") + (plain(owner.title) or self.tr("（无标题）"))
            )
        elif owner is self._report.meta and attr == "title":
            self.outline_model.item(0).setText(self.tr("标题") + "：" + (plain(owner.title) or "—"))
        self._changed()

    def structure_changed(self, focus: tuple[object, str, int] | None) -> None:
        numbers = node_numbers(self._report)
        self.column.sync(self._report, numbers, self._add_paragraph)
        if self.current not in self.column.order:
            self.current = None  # its text left the report; the editor is being deleted
        labels = {
            "title": self.tr("标题"),
            "lead": self.tr("导语"),
            "closing": self.tr("结尾"),
            "signoff": self._signoff_label(),
            "untitled": self.tr("（无标题）"),
        }
        self.outline_model.rebuild(self._report, numbers, labels)
        self.outline.expandAll()
        if focus is not None:
            owner, attr, position = focus
            editor = self.column.editor_for(owner, attr)
            if self.outline.hasFocus() and isinstance(owner, Node):
                self.outline.select_path(path_of(self._report, owner))  # keyboard moves in the outline stay there
            elif editor is not None:
                QTimer.singleShot(0, lambda: self.column.focus_editor(editor, position))
        self._changed()

    # ---------------------------------------------------------------- editors

    def _connect_editor(self, editor: BlockEditor) -> None:
        editor.edited.connect(self._text_edited)
        editor.split_requested.connect(self._split)
        editor.merge_requested.connect(self._merge)
        editor.join_next_requested.connect(self._join_next)
        editor.leave_requested.connect(self._leave)
        editor.paste_requested.connect(self._paste_lines)
        editor.paste_refused.connect(lambda message: QMessageBox.warning(self, self.tr("无法粘贴"), message))
        editor.selectionChanged.connect(self._counts_timer.start)

    def _text_edited(self, editor: BlockEditor) -> None:
        new = editor.markup()
        old = getattr(editor.owner, editor.attr)
        if new != old:
            label = self.tr("输入文字")
            self.undo_stack.push(commands.SetField(self, editor.owner, editor.attr, old, new, typed=True, label=label))

    def _meta_edited(self, attr: str, value) -> None:
        old = getattr(self._report.meta, attr)
        if old != value:
            label = self.tr("修改稿件信息")
            self.undo_stack.push(commands.SetField(self, self._report.meta, attr, old, value, typed=True, label=label))

    def _attachments_edited(self, names: list[str]) -> None:
        old = self._report.attachments
        if old != names:
            label = self.tr("修改附件")
            self.undo_stack.push(
                commands.SetField(self, self._report, "attachments", old, names, typed=True, label=label)
            )

    def _signoff_label(self) -> str:
        """落款 in the outline, with the number of attachments listed above the signature."""
        count = len(self._report.attachments)
        return self.tr("落款") + (self.tr("（附件 {0} 个）").format(count) if count else "")

    def _editor_focused(self, editor: BlockEditor) -> None:
        changed_block = editor is not self.current
        self.current = editor
        node = editor.place.node
        self.outline.select_path(path_of(self._report, node) if node is not None else None)
        if changed_block and self.preview is not None:
            self.preview.show_anchor(editor.place.anchor)
        self._counts_timer.start()

    def _split(self, editor: BlockEditor, position: int) -> None:
        place = editor.place
        if editor.role == "paragraph" and place.container is not None:
            first, rest = split_markup(editor.markup(), position)
            self.undo_stack.push(commands.SplitParagraph(self, place.container, place.index, first, [rest], 0))
            return
        if editor.role == "title":
            self._enter_content(self._report.lead)
        elif editor.role == "heading" and place.node is not None:
            self._enter_content(place.node.content)
        else:
            following = self.column.neighbour(editor, 1)
            if following is not None:
                self.column.focus_editor(following, 0)

    def _enter_content(self, container: list) -> None:
        """Enter at the end of a title: go to the first paragraph under it, making one if there is none."""
        if container and isinstance(container[0], Paragraph):
            editor = self.column.editor_for(container[0], "text")
            if editor is not None:
                self.column.focus_editor(editor, 0)
                return
        self._add_paragraph(container, 0)

    def _add_paragraph(self, container: list, index: int | None = None) -> None:
        index = len(container) if index is None else index
        self.undo_stack.push(commands.InsertContent(self, container, index, Paragraph(""), self.tr("新增段落")))

    def _merge(self, editor: BlockEditor) -> None:
        place = editor.place
        if (
            editor.role == "paragraph"
            and place.container is not None
            and place.index > 0
            and isinstance(place.container[place.index - 1], Paragraph)
        ):
            previous = place.container[place.index - 1]
            joined_at = len(plain(previous.text))
            joined = join_markup(previous.text, editor.markup())
            self.undo_stack.push(commands.MergeParagraph(self, place.container, place.index, joined, joined_at))
            return
        if editor.role == "paragraph" and place.container is not None and not editor.markup():
            self.undo_stack.push(commands.RemoveContent(self, place.container, editor.owner, self.tr("删除空段落")))
            return
        self._leave(editor, -1)

    def _join_next(self, editor: BlockEditor) -> None:
        """Delete at the end of a paragraph pulls the next paragraph of the same part up into it."""
        place = editor.place
        if editor.role != "paragraph" or place.container is None or place.index + 1 >= len(place.container):
            return
        following = self.column.editor_for(place.container[place.index + 1], "text")
        if following is not None:
            self._merge(following)

    def _leave(self, editor: BlockEditor, direction: int) -> None:
        target = self.column.neighbour(editor, direction)
        signature = self.column.editor_for(self._report, "signature")
        if (direction > 0 and target is signature) or (direction < 0 and editor is signature):
            self._enter_attachments(direction)  # the attachments box sits between the text and the signature
        elif target is not None:
            self.column.focus_editor(target, -1 if direction < 0 else 0)

    def _enter_attachments(self, direction: int) -> None:
        box = self.column.attachments
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        box.moveCursor(QTextCursor.MoveOperation.End if direction < 0 else QTextCursor.MoveOperation.Start)
        self.column.ensureWidgetVisible(box, 0, 60)

    def _leave_attachments(self, direction: int) -> None:
        signature = self.column.editor_for(self._report, "signature")
        target = signature if direction > 0 else self.column.neighbour(signature, -1)
        if target is not None:
            self.column.focus_editor(target, -1 if direction < 0 else 0)

    def _paste_lines(self, editor: BlockEditor, lines: list[str]) -> None:
        place = editor.place
        cursor = editor.textCursor()
        if cursor.hasSelection():
            cursor.removeSelectedText()
        before, after = split_markup(editor.markup(), cursor.position())
        first = before + escape(lines[0])
        rest = [escape(line) for line in lines[1:]]
        focus = len(plain(rest[-1]))
        rest[-1] = rest[-1] + after
        self.undo_stack.push(commands.SplitParagraph(self, place.container, place.index, first, rest, focus))

    # ---------------------------------------------------------------- structure actions

    def current_node(self) -> Node | None:
        if self.outline.hasFocus():
            path = self.outline.currentIndex().data(PATH_ROLE)
            return node_at(self._report, tuple(path)) if path is not None else None
        return self.current.place.node if self.current is not None else None

    def _move_current(self, target_of, label: str) -> None:
        node = self.current_node()
        path = path_of(self._report, node) if node is not None else None
        if path is None:
            self.statusBar().showMessage(self.tr("请先把光标放在要移动的标题或其正文中"), 5000)
            return
        target = target_of(self._report, path)
        if target is None:
            self.statusBar().showMessage(self.tr("已经不能再这样移动了"), 4000)
            return
        self._push_move(path, *target, label)

    def _push_move(self, path: tuple[int, ...], parent_path: tuple[int, ...], index: int, label: str) -> None:
        try:
            check_move(self._report, path, parent_path)  # refuse before the command reaches the stack
        except EditRefused as error:
            self.statusBar().showMessage(str(error), 6000)
            return
        node = node_at(self._report, path)
        parent = node_at(self._report, parent_path) if parent_path else None
        self.undo_stack.push(commands.MoveNode(self, node, parent, index, label))

    def _drop_move(self, source: tuple, parent_path: tuple, index: int) -> None:
        if source[:-1] == parent_path and source[-1] == index:
            return
        self._push_move(source, parent_path, index, self.tr("拖动标题"))

    def _new_section(self, child: bool) -> None:
        node = self.current_node()
        if node is None:
            parent, index, level = None, len(self._report.nodes), 1
        else:
            path = path_of(self._report, node)
            assert path is not None
            if child:
                if len(path) >= 4:
                    self.statusBar().showMessage(self.tr("最多只能有 4 级标题"), 5000)
                    return
                parent, index, level = node, len(node.children), len(path) + 1
            else:
                parent = node_at(self._report, path[:-1]) if len(path) > 1 else None
                index, level = path[-1] + 1, len(path)
        fresh = Node("", [Paragraph("")] if self._report.level_style(level).placement is Placement.RUNIN else [])
        label = self.tr("新增下级标题") if child else self.tr("新增标题")
        self.undo_stack.push(commands.InsertNode(self, parent, index, fresh, label))

    def _delete_section(self) -> None:
        node = self.current_node()
        if node is None:
            return
        self.undo_stack.push(commands.RemoveNode(self, node, self.tr("删除标题及其内容")))

    def _jump_section(self, direction: int) -> None:
        """Ctrl+PgDown / Ctrl+PgUp: to the next or previous heading in reading order."""
        headings = [e for e in self.column.order if e.role == "heading"]
        if not headings:
            return
        order = self.column.order
        here = order.index(self.current) if self.current in order else -1
        if direction > 0:
            target = next((e for e in headings if order.index(e) > here), None)
        else:
            target = next((e for e in reversed(headings) if order.index(e) < here), None)
        if target is not None:
            self.column.focus_editor(target, -1)

    def _outline_activated(self, place) -> None:
        if isinstance(place, tuple):
            editor = self.column.editor_for(node_at(self._report, place), "title")
        elif place == "title":
            self.meta_panel.unfold()
            editor = self.column.editor_for(self._report.meta, "title")
        elif place in ("lead", "closing"):
            items = getattr(self._report, place)
            editor = self.column.editor_for(items[0], "text") if items else None
            if editor is None:
                self._add_paragraph(items)
                return
        else:
            editor = self.column.editor_for(self._report, "signature")
        if editor is not None:
            self.column.focus_editor(editor, -1)

    def _set_level_style(self, level: int, **change) -> None:
        style = copy.copy(self._report.level_style(level))
        for key, value in change.items():
            setattr(style, key, value)
        if style == self._report.level_style(level):
            return  # the ticked choice again: no undo step, no "modified"
        self.undo_stack.push(commands.SetLevelStyle(self, level, style, self.tr("修改层级样式")))

    def _fill_levels_menu(self, menu: QMenu) -> None:
        menu.clear()
        names = [self.tr("第一级"), self.tr("第二级"), self.tr("第三级"), self.tr("第四级")]
        for level, name in enumerate(names, 1):
            style = self._report.level_style(level)
            sub = menu.addMenu(name)
            for placement, text in (
                (Placement.HEADING, self.tr("标题单独成行")),
                (Placement.RUNIN, self.tr("段首加粗引领句")),
            ):
                action = sub.addAction(text)
                action.setCheckable(True)
                action.setChecked(style.placement is placement)
                action.triggered.connect(lambda _=False, lv=level, p=placement: self._set_level_style(lv, placement=p))
            numbered = sub.addAction(self.tr("编号"))
            numbered.setCheckable(True)
            numbered.setChecked(style.numbered)
            numbered.triggered.connect(lambda on, lv=level: self._set_level_style(lv, numbered=on))

    # ---------------------------------------------------------------- inline styles, find

    def _style(self, toggle: str) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, BlockEditor) and widget.role == "paragraph":
            getattr(widget, toggle)()

    def find_next(self, needle: str, backwards: bool = False) -> bool:
        """Select the next occurrence of ``needle`` in reading order, wrapping around; False if none."""
        from PySide6.QtGui import QTextDocument

        if not needle:
            return False
        order = self.column.order
        if not order:
            return False
        start = order.index(self.current) if self.current in order else 0
        flags = QTextDocument.FindFlag.FindBackward if backwards else QTextDocument.FindFlag(0)
        step = -1 if backwards else 1
        for offset in range(len(order) + 1):
            editor = order[(start + step * offset) % len(order)]
            cursor = editor.textCursor() if offset == 0 else None
            if cursor is None:
                found = editor.document().find(needle, editor.document().characterCount() if backwards else 0, flags)
            else:
                found = editor.document().find(needle, cursor, flags)
            if not found.isNull():
                editor.setFocus()
                editor.setTextCursor(found)
                self.current = editor
                self.column.ensureWidgetVisible(editor, 0, 60)
                return True
        return False

    def replace_current(self, needle: str, replacement: str) -> None:
        editor = self.current
        if editor is not None and editor.textCursor().selectedText() == needle and needle:
            editor.textCursor().insertText(replacement)
        self.find_next(needle)

    def replace_everywhere(self, needle: str, replacement: str) -> int:
        changes = replace_all(self._report, needle, replacement)
        if changes:
            self.undo_stack.beginMacro(self.tr("全部替换"))
            for place, old, new in changes:
                label = self.tr("替换")
                self.undo_stack.push(
                    commands.SetField(self, place.owner, place.key, old, new, typed=False, label=label)
                )
            self.undo_stack.endMacro()
        return len(changes)

    def _open_find(self) -> None:
        from .dialogs import FindReplaceDialog

        if not hasattr(self, "_find_dialog"):
            self._find_dialog = FindReplaceDialog(self)
        selected = self.current.textCursor().selectedText() if self.current is not None else ""
        if selected and "\u2029" not in selected:  # a selection within one paragraph is what to look for
            self._find_dialog.find_field.setText(selected)
        self._find_dialog.show()
        self._find_dialog.raise_()
        self._find_dialog.activateWindow()
        self._find_dialog.find_field.setFocus()
        self._find_dialog.find_field.selectAll()

    def _update_counts(self) -> None:
        total = count_report(self._report)
        parts = [self.tr("全文 {0} 字").format(total)]
        node = self.current.place.node if self.current is not None else None
        if node is not None:
            parts.append(self.tr("本节 {0} 字").format(count_node(node)))
        if self.current is not None and self.current.textCursor().hasSelection():
            parts.append(self.tr("选中 {0} 字").format(count_text(self.current.textCursor().selectedText())))
        self.counts.setText("　".join(parts))
        self.counts.setToolTip(self.tr("按字符计数：不含空格、换行和自动生成的序号，含标点"))

    # ---------------------------------------------------------------- actions and menus

    def _action(self, text: str, slot, shortcut=None, menu: QMenu | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("文件(&F)"))
        self.act_new = self._action(self.tr("新建(&N)…"), self._new, QKeySequence.StandardKey.New, file)
        self.act_open = self._action(self.tr("打开(&O)…"), self._open, QKeySequence.StandardKey.Open, file)
        self.recent_menu = file.addMenu(self.tr("最近的文稿"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        self.act_save = self._action(self.tr("保存(&S)"), self.save, QKeySequence.StandardKey.Save, file)
        self.act_save_as = self._action(
            self.tr("另存为(&A)…"), lambda: self.save_as(), QKeySequence("Ctrl+Shift+S"), file
        )
        export = file.addMenu(self.tr("导出(&E)"))
        for fmt in ("docx", "html", "fragment", "md", "txt"):
            self._action(EXPORTERS[fmt].name + "…", lambda _=False, f=fmt: self.export(f), None, export)
        self.act_copy_portal = self._action(
            self.tr("复制到门户网站(&P)"), self._copy_for_portal, QKeySequence("Ctrl+Shift+C"), file
        )
        file.addSeparator()
        self._action(self.tr("设置…"), self._open_settings, None, file)
        file.addSeparator()
        self._action(self.tr("关闭窗口"), self.close, QKeySequence.StandardKey.Close, file)
        self.act_quit = self._action(self.tr("退出(&Q)"), self._quit, QKeySequence("Ctrl+Q"), file)

        edit = bar.addMenu(self.tr("编辑(&E)"))
        undo = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("重做"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addActions([undo, redo])
        edit.addSeparator()
        self._action(self.tr("查找和替换(&F)…"), self._open_find, QKeySequence.StandardKey.Find, edit)
        self.act_bold = self._action(self.tr("加粗"), lambda: self._style("toggle_bold"), QKeySequence("Ctrl+B"), edit)
        self.act_italic = self._action(
            self.tr("倾斜"), lambda: self._style("toggle_italic"), QKeySequence("Ctrl+I"), edit
        )

        structure = bar.addMenu(self.tr("结构(&S)"))
        self.act_add = self._action(
            self.tr("新增同级标题"), lambda: self._new_section(False), QKeySequence("Ctrl+Return"), structure
        )
        self._action(
            self.tr("新增下级标题"), lambda: self._new_section(True), QKeySequence("Ctrl+Shift+Return"), structure
        )
        self._action(self.tr("删除标题及其内容"), self._delete_section, QKeySequence("Ctrl+Shift+Delete"), structure)
        structure.addSeparator()
        self.act_up = self._action(
            self.tr("上移"), lambda: self._move_current(move_target_up, self.tr("上移")), "Alt+Up", structure
        )
        self.act_down = self._action(
            self.tr("下移"), lambda: self._move_current(move_target_down, self.tr("下移")), "Alt+Down", structure
        )
        self.act_outdent = self._action(
            self.tr("升一级"), lambda: self._move_current(outdent_target, self.tr("升一级")), "Alt+Left", structure
        )
        self.act_indent = self._action(
            self.tr("降一级"), lambda: self._move_current(indent_target, self.tr("降一级")), "Alt+Right", structure
        )
        structure.addSeparator()
        self._action(self.tr("下一节"), lambda: self._jump_section(1), QKeySequence("Ctrl+PgDown"), structure)
        self._action(self.tr("上一节"), lambda: self._jump_section(-1), QKeySequence("Ctrl+PgUp"), structure)
        structure.addSeparator()
        levels = structure.addMenu(self.tr("层级样式"))
        levels.aboutToShow.connect(lambda: self._fill_levels_menu(levels))

        self.view_menu = bar.addMenu(self.tr("视图(&V)"))
        self.view_menu.addAction(self.outline_dock.toggleViewAction())
        self._action(self.tr("转到大纲"), self._focus_outline, QKeySequence("Ctrl+1"), self.view_menu)
        self._action(self.tr("转到正文"), self._focus_text, QKeySequence("Ctrl+2"), self.view_menu)

        tools = self.addToolBar(self.tr("常用"))
        tools.setObjectName("mainToolBar")
        tools.setMovable(False)
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        groups = (
            (self.act_new, self.act_open, self.act_save),
            (undo, redo),
            (self.act_bold, self.act_italic),
            (self.act_add, self.act_up, self.act_down, self.act_outdent, self.act_indent),
        )
        for group in groups:
            tools.addActions(list(group))
            tools.addSeparator()
        self.view_menu.addAction(tools.toggleViewAction())

    def _focus_outline(self) -> None:
        self.outline_dock.show()
        self.outline.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_text(self) -> None:
        target = self.current if self.current in self.column.order else self.column.order[0]
        self.column.focus_editor(target, target.textCursor().position())

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for name in self.settings.recent_files[:10]:
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _=False, p=name: self.desk and self.desk.open_path(Path(p), self))
        if not self.settings.recent_files:
            self.recent_menu.addAction(self.tr("（无）")).setEnabled(False)

    def _new(self) -> None:
        if self.desk is not None:
            self.desk.new_document(self)

    def _open(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开文稿"), start, self.tr("稿件编辑台文稿 (*.edesk);;Markdown (*.md *.markdown)")
        )
        if name and self.desk is not None:
            self.desk.open_path(Path(name), self)

    def _open_settings(self) -> None:
        from .dialogs import SettingsDialog

        writer = self.desk.settings_writer if self.desk is not None else None
        if SettingsDialog(self.settings, self, writer=writer).exec():
            for window in self.desk.windows if self.desk is not None else [self]:
                window.apply_settings()

    def apply_settings(self) -> None:
        """Take changed office settings into an open window (language waits for a restart)."""
        self._autosave_timer.setInterval(max(1, self.settings.autosave_seconds) * 1000)
        self.meta_panel.set_columns(self.settings.columns)
        if self.preview is not None:
            self.preview.set_site_name(self.settings.portal_name)
            self.preview.set_theme(self.settings.theme)
            self.preview.set_text_size(self.settings.preview_text_size)

    def _preview_choice(self, attr: str, value: str) -> None:
        """The writer chose a theme or 字号 in the preview: every window follows and the next start keeps it."""
        if getattr(self.settings, attr) == value:
            return
        setattr(self.settings, attr, value)
        if self.desk is not None:
            for window in self.desk.windows:
                if window is not self:
                    window.apply_settings()
            self.desk.save_settings()

    def _quit(self) -> None:
        if self.desk is not None:
            self.desk.quit()
        else:
            self.close()

    # ---------------------------------------------------------------- files

    def save(self) -> None:
        if self.path is None or self.path.suffix != EXTENSION:
            self.save_as()
        else:
            self.save_to(self.path)

    def save_as(self, *, then=None) -> None:
        start = (
            self.path.with_suffix(EXTENSION)
            if self.path
            else Path.home() / (plain(self._report.meta.title)[:30] or "文稿")
        )
        name, _ = QFileDialog.getSaveFileName(self, self.tr("另存为"), str(start), self.tr("稿件编辑台文稿 (*.edesk)"))
        if name:
            if then is not None:
                self._closing_after_save = True
            self.save_to(Path(name), force=True, then=then)

    def save_to(self, path: Path, *, force: bool = False, then=None) -> None:
        """Save a snapshot on a worker thread; the writer keeps typing meanwhile."""
        if self._saving:
            return
        self._saving = True
        snapshot = snapshot_of(self._report)
        self.save_epoch += 1  # later typing starts a new undo step, so "clean" means exactly what was saved
        index = self.undo_stack.index()
        expected = None if force or path != self.path else self.disk_stamp

        def work() -> tuple[Path, tuple[int, int] | None]:
            if expected is not None and disk_stamp(path) not in (None, expected):
                raise ChangedOnDisk(str(path))
            saved = save_document(snapshot, path, keep_backup=True)
            return saved, disk_stamp(saved)

        def done(result) -> None:
            self._saving = False
            saved, stamp = result
            if self.path != saved:
                if self.path is not None:
                    release_lock(self.path)
                take_lock(saved)
            self.path, self.disk_stamp = saved, stamp
            self._unsaved_recovery = False
            if self.undo_stack.index() == index:
                self.undo_stack.setClean()
            # The recovery copy is dropped now that the file holds everything, or rewritten (naming the file)
            # when typing went on during the save; a crash must never offer saved work again.
            self._autosave_revision = -1
            self.autosave()
            self._update_title()
            self.statusBar().showMessage(self.tr("已保存：{0}").format(saved), 5000)
            if self.desk is not None:
                self.desk.remember(saved)
            if then is not None:
                then()

        def failed(error: Exception) -> None:
            self._saving = False
            self._closing_after_save = False
            if isinstance(error, ChangedOnDisk):
                answer = QMessageBox.warning(
                    self,
                    self.tr("文件已被修改"),
                    self.tr("“{0}”在本窗口打开后已被其他窗口或程序修改。\n覆盖它会丢掉对方的修改。仍要覆盖吗？").format(
                        path.name
                    ),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel,
                )
                if answer == QMessageBox.StandardButton.Yes:
                    self.save_to(path, force=True, then=then)
                return
            QMessageBox.critical(self, self.tr("保存失败"), str(error))

        self.statusBar().showMessage(self.tr("正在保存…"))
        self.background.run(work, done, failed)

    def export(self, fmt: str, output: Path | None = None) -> None:
        exporter = EXPORTERS[fmt]
        if exporter.write is None:
            QMessageBox.information(self, self.tr("暂不能导出"), exporter.pending)
            return
        source = self.path or Path.home() / ((plain(self._report.meta.title)[:30] or "文稿") + EXTENSION)
        if output is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("导出为 {0}").format(exporter.name),
                str(default_output(source, fmt)),
                f"{exporter.name} (*{exporter.suffix})",
            )
            if not name:
                return
            output = Path(name)
        snapshot = snapshot_of(self._report)
        progress = QProgressDialog(self.tr("正在导出…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setMinimumDuration(400)
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def done(result) -> None:
            progress.close()
            message = self.tr("已导出：{0}").format("、".join(str(p) for p in result.paths))
            if result.warnings:
                message += "\n\n" + "\n".join(result.warnings)
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("导出完成"), message, parent=self)
            open_file = box.addButton(self.tr("打开文件"), QMessageBox.ButtonRole.ActionRole)
            folder = box.addButton(self.tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is open_file:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.paths[0])))
            elif box.clickedButton() is folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.paths[0].parent)))

        def failed(error: Exception) -> None:
            progress.close()
            known = isinstance(error, ExportUnavailable | ExportFailed)  # these already speak Chinese
            text = str(error) if known else self.tr("导出失败：{0}").format(error)
            QMessageBox.warning(self, self.tr("导出失败"), text)

        self.background.run(lambda: export_report(snapshot, fmt, output, source=source), done, failed)

    def _copy_for_portal(self) -> None:
        """The CMS fragment as HTML and plain text on the clipboard, ready to paste into the portal's editor."""
        copy_for_portal(self._report)
        self.statusBar().showMessage(self.tr("已复制正文，可直接粘贴到网站编辑器；标题、来源等请分别填写"), 8000)

    # ---------------------------------------------------------------- autosave and closing

    def autosave(self) -> None:
        """Write the recovery copy off the UI thread (or drop it when everything is saved)."""
        session = self.session
        if not self.dirty():
            self.recovery_jobs.run(lambda: discard_recovery(recovery_dir(), session))
            return
        if self._autosave_revision == self.revision:
            return
        self._autosave_revision = self.revision
        snapshot, original, stamp = snapshot_of(self._report), self.path, self.disk_stamp

        def failed(error: Exception) -> None:
            self.statusBar().showMessage(self.tr("自动保存恢复副本失败：{0}").format(error), 8000)

        self.recovery_jobs.run(lambda: write_recovery(recovery_dir(), session, snapshot, original, stamp), None, failed)

    def _application_state(self, state) -> None:
        if state != Qt.ApplicationState.ApplicationActive and self.dirty():
            self._autosave_timer.stop()
            self.autosave()

    def closeEvent(self, event) -> None:
        if self.dirty() and not self._closing_after_save:
            name = self.path.name if self.path else plain(self._report.meta.title) or self.tr("未命名文稿")
            answer = QMessageBox.question(
                self,
                self.tr("保存修改？"),
                self.tr("“{0}”有尚未保存的修改。关闭前要保存吗？").format(name),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                event.ignore()
                if self.path is None or self.path.suffix != EXTENSION:
                    self.save_as(then=self.close)
                    return
                self._closing_after_save = True
                self.save_to(self.path, then=self.close)
                return
        self._autosave_timer.stop()
        self.background.wait()
        self.recovery_jobs.wait()
        discard_recovery(recovery_dir(), self.session)
        others = self.desk.windows if self.desk is not None else []
        if self.path is not None and not any(w is not self and w.path == self.path for w in others):
            release_lock(self.path)  # another window of this app on the same file keeps the lock
        self._save_state()
        if self.desk is not None:
            self.desk.forget(self)
        event.accept()

    def _update_title(self) -> None:
        name = self.path.name if self.path else (plain(self._report.meta.title)[:24] or self.tr("未命名文稿"))
        self.setWindowTitle(f"{name}[*] — " + self.tr("稿件编辑台"))
        self.setWindowModified(self.dirty())

    def _save_state(self) -> None:
        state = ui_state()
        state.setValue("geometry", self.saveGeometry())
        state.setValue("state", self.saveState())

    def _restore_state(self) -> None:
        state = ui_state()
        geometry = state.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
            self.resizeDocks([self.outline_dock], [300], Qt.Orientation.Horizontal)
        self._fit_screen()
        saved = state.value("state")
        if saved is not None:
            self.restoreState(saved)

    def _fit_screen(self) -> None:
        """Keep the whole window, status bar included, on the screen: a first run on a small laptop screen or a
        size remembered from a bigger monitor is cut to at most nine tenths of the screen's free area."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        area = screen.availableGeometry()
        width, height = min(self.width(), area.width() * 9 // 10), min(self.height(), area.height() * 9 // 10)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
            self.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)

    # ---------------------------------------------------------------- preview

    def attach_preview(self, widget: QWidget) -> None:
        """Dock the preview pane on the right; it follows every change and the block under the cursor."""
        dock = QDockWidget(self.tr("预览"), self)
        dock.setObjectName("previewDock")
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.view_menu.addAction(dock.toggleViewAction())
        self.preview = widget
        self.apply_settings()
        widget.themeChanged.connect(lambda theme: self._preview_choice("theme", theme))
        widget.textSizeChanged.connect(lambda size: self._preview_choice("preview_text_size", size))
        widget.set_report(self._report)
        self._restore_state()
        if ui_state().value("state") is None:
            # First run: two fifths of the window, leaving the writing page room for a full line.
            room = self.width() - 300 - 560
            self.resizeDocks([dock], [max(320, min(self.width() * 2 // 5, room))], Qt.Orientation.Horizontal)


def _single_shot(parent, msecs: int, slot) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msecs)
    timer.timeout.connect(slot)
    return timer
