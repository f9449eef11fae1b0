"""The writing window: outline on the left, the report in reading order in the middle, preview on the right.

The window puts the rooms together and keeps the widgets in step with the report: the report editor
(``report_editor``) makes every change an undo step, the document session (``session``) saves, exports and
writes recovery copies, the menus (``menus``) say what the writer asked for, find and replace is ``find``.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QWidget

from ..model.counting import RunningCount, count_node, count_text
from ..model.edit import indent_target, move_target_down, move_target_up, node_at, outdent_target, path_of
from ..model.inline import plain
from ..model.numbering import node_numbers
from ..model.places import Place, PlaceKind
from ..model.report import Node, Report
from ..settings import Settings, config_dir
from . import docks
from .editors import BlockEditor, ReadingColumn
from .menus import MainMenu
from .meta_panel import MetaPanel
from .outline import PATH_ROLE, OutlineModel, OutlineView
from .report_editor import Focus, ReportEditor
from .review_names import panel_title, status_label
from .session import DocumentSession
from .style import dress_window
from .text_keys import TextKeys

if TYPE_CHECKING:
    from .app import Desk
    from .find import FindReplace
    from .review_panel import ReviewPanel


FIRST_CHECK_AT_LATEST_MS = 5000


def ui_state() -> QSettings:
    """Window and splitter geometry: per user, beside settings.json, not part of the office defaults."""
    return QSettings(str(config_dir() / "window-state.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    painted = Signal()  # once, just after the window's first paint: the time to load what the first paint skipped

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
        self.settings = settings
        self.preview: QWidget | None = None
        self.panels: list[QDockWidget] = []  # the docks add_panel made
        self._painted = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("mainWindow")

        self.editor = ReportEditor(report, self)
        self.undo_stack = self.editor.undo_stack
        self.count = RunningCount(report)
        self.numbers: dict[int, str] = {}  # the sections' generated numbers, as of the last structure change
        self.editor.text_changed.connect(self._text_changed)
        self.editor.structure_changed.connect(self._structure_changed)
        self.editor.changed.connect(self._changed)
        self.editor.refused.connect(lambda reason: self.statusBar().showMessage(reason, 6000))
        self.session = DocumentSession(
            self.editor,
            path,
            self,
            autosave_seconds=settings.autosave_seconds,
            recovery_id=session,
            recovered=recovered,
            stamp=stamp,
        )
        self.session.state_changed.connect(self._update_title)
        self.session.message.connect(self.statusBar().showMessage)
        self.session.saved.connect(lambda saved: self.desk and self.desk.remember(saved))
        QGuiApplication.instance().applicationStateChanged.connect(self.session.application_state)

        self.column = ReadingColumn(self.undo_stack)
        self.column.hold_until_released()  # the texts below the first screenful are built after the first paint
        self.column.waiting = lambda: self.session.saving  # and the rest waits while a save is written
        self.painted.connect(self.column.release)
        self.keys = TextKeys(self.column, self.editor, self)
        self.column.editor_created.connect(lambda editor: editor.selectionChanged.connect(self._counts_timer.start))
        self.column.editor_focused.connect(self._editor_focused)
        self.column.paragraph_requested.connect(self.editor.add_paragraph)
        self.column.attachments_made.connect(lambda box: box.edited.connect(self.editor.set_attachments))
        self.meta_panel = MetaPanel(settings.columns)
        self.meta_panel.changed.connect(self.editor.set_detail)
        self.meta_panel.problem.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.column.meta_panel = self.meta_panel
        self.setCentralWidget(self.column)
        dress_window(self)

        self.outline_model = OutlineModel(self)
        self.outline_model.move_requested.connect(self._drop_move)
        self.outline = OutlineView(self.outline_model)
        self.outline.setAccessibleName(self.tr("大纲"))
        self.outline.activated_place.connect(self._outline_activated)
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        self.outline_dock = docks.dock(self, self.tr("大纲"), "outlineDock", self.outline, left)
        self.outline_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )

        self.counts = QLabel()
        self.counts.setAccessibleName(self.tr("字数"))
        self.statusBar().addPermanentWidget(self.counts)
        self._counts_timer = QTimer(self, singleShot=True, interval=250)
        self._counts_timer.timeout.connect(self.update_counts)

        outline_toggle = self.outline_dock.toggleViewAction()
        recent = lambda: settings.recent_files  # noqa: E731
        self.menus = MainMenu(self, self.undo_stack, self.report().level_style, recent, outline_toggle)
        self.menus.triggered.connect(self._run)
        self.menus.level_style_chosen.connect(lambda level, change: self.editor.set_level_style(level, **change))
        self.menus.recent_chosen.connect(lambda name: self.desk and self.desk.open_path(Path(name), self))
        # The preview's place, with a plain label until the web engine starts after the first paint (see app).
        waiting = QLabel(self.tr("正在准备预览…"))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_dock = self.add_panel(self.tr("预览"), "previewDock", waiting)
        self.review: ReviewPanel | None = None
        self.review_dock = self.add_panel(panel_title(), "reviewDock", QWidget())
        if desk is not None and desk.previews:
            self.painted.connect(self._attach_review)  # a tab behind the preview: not needed for the first paint
        else:
            self._attach_review()
        self._structure_changed(None)
        self.editor.changed.emit()  # counts, title and the first autosave check, as after any change
        self.meta_panel.show_meta(report.meta)
        self._restore_state()
        if ui_state().value("state") is None:
            QTimer.singleShot(0, self.preview_dock.raise_)  # the portal preview is the tab seen first
            # First run: two fifths of the window, leaving the writing page room for a full line.
            room = self.width() - 300 - 560
            width = max(320, min(self.width() * 2 // 5, room))
            self.resizeDocks([self.preview_dock], [width], Qt.Orientation.Horizontal)

    # ---------------------------------------------------------------- the parts

    @property
    def path(self) -> Path | None:
        return self.session.path

    def report(self) -> Report:
        return self.editor.report

    def dirty(self) -> bool:
        return self.session.dirty()

    def add_panel(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        """A panel (review, import) docked on the right, in tabs with the preview and the other panels (stacked, each
        would be too short to read), listed in 视图."""
        dock = docks.dock(self, title, name, widget, Qt.DockWidgetArea.RightDockWidgetArea)
        docks.tab_right(self, dock, [self.outline_dock, *self.panels])
        self.panels.append(dock)
        self.menus.view.addAction(dock.toggleViewAction())
        return dock

    def _run(self, name: str) -> None:
        """What each menu action does."""
        actions = {
            "new": lambda: self.desk and self.desk.new_document(self),
            "open": self._open,
            "import": self._import_file,
            "paste_new": self._paste_as_new,
            "save": self.session.save,
            "save_as": self.session.save_as,
            "copy_portal": self._copy_for_portal,
            "settings": self._open_settings,
            "close": self.close,
            "quit": self.desk.quit if self.desk is not None else self.close,
            "undo": self.undo_stack.undo,
            "redo": self.undo_stack.redo,
            "find": lambda: self.find.open(),
            "bold": lambda: self._style("toggle_bold"),
            "italic": lambda: self._style("toggle_italic"),
            "add_section": lambda: self.editor.add_section(self.current_node(), child=False),
            "add_child": lambda: self._add_child(),
            "delete_section": self._delete_section,
            "up": lambda: self._move_current(move_target_up, self.tr("上移")),
            "down": lambda: self._move_current(move_target_down, self.tr("下移")),
            "outdent": lambda: self._move_current(outdent_target, self.tr("升一级")),
            "indent": lambda: self._move_current(indent_target, self.tr("降一级")),
            "next_section": lambda: self.keys.jump_section(1),
            "previous_section": lambda: self.keys.jump_section(-1),
            "focus_outline": self._focus_outline,
            "focus_text": self._focus_text,
            "keys": self._show_keys,
            "about": self._show_about,
        }
        if name.startswith("export:"):
            self.session.export(name.split(":", 1)[1])
        else:
            actions[name]()

    @cached_property
    def find(self) -> FindReplace:
        """Find and replace, made at its first use."""
        from .find import FindReplace

        return FindReplace(self.column, self.editor, self)

    def _attach_review(self) -> None:
        """The review and comments panel in its dock (made empty before the first paint, so the saved layout of the
        docks restores)."""
        from .review_panel import ReviewPanel  # with the comments panel: loaded after the first paint

        self.review = ReviewPanel(self)
        self.review_dock.widget().deleteLater()
        self.review_dock.setWidget(self.review)
        if self.desk is not None and self.desk.previews:
            # Loading the checks competes with the web engine's start: the first check waits for the preview's
            # first page (see attach_preview), or a few seconds should the preview never show one.
            QTimer.singleShot(FIRST_CHECK_AT_LATEST_MS, self.review, self.review.start_checking)
        else:
            self.review.start_checking()

    def _show_keys(self) -> None:
        from .help import KeysDialog

        KeysDialog(list(self.menus.actions.values()), self).exec()

    def _show_about(self) -> None:
        from .help import show_about

        show_about(self, self.tr("关于稿件编辑台"))

    # ---------------------------------------------------------------- keeping widgets in step

    def _changed(self) -> None:
        """Anything in the report changed: counts and preview follow (the session sees to title and autosave)."""
        self._counts_timer.start()
        if self.preview is not None:
            self.preview.set_report(self.report(), self.editor.snapshot)

    def _text_changed(self, place: Place, refresh: bool) -> None:
        report = self.report()
        owner, key = place.owner, place.key
        self.count.text_changed(place)
        if refresh:
            editor = self.column.built_editor(owner, key)  # one not built yet will show the new text when it is
            if editor is not None:
                editor.show_value(place.text)
            if owner is report.meta:
                self.meta_panel.show_meta(report.meta)
            elif owner is report and key == "attachments":
                self.column.show_attachments([a.name for a in report.attachments])
        if owner is report and key == "attachments":
            self.outline_model.set_signoff_text(self._signoff_label())
        if isinstance(owner, Node) and key == "title":
            number = self.numbers.get(id(owner), "")
            self.outline_model.set_node_text(report, owner, number + (plain(owner.title) or self.tr("（无标题）")))
        elif owner is report.meta and key == "title":
            self.outline_model.item(0).setText(self.tr("标题") + "：" + (plain(owner.title) or "—"))

    def _structure_changed(self, focus: Focus | None, within: list | None = None) -> None:
        """Places came, went or moved. Only the paragraphs of ``within`` (Enter, Backspace joining two): the
        sections, their numbers and the outline stay, and only that list is counted and laid out again."""
        report = self.report()
        if within is not None:
            self.count.list_changed(within)
            self.column.sync_list(report, within)
        else:
            self.numbers = numbers = node_numbers(report)
            self.count.recount()
            self.column.sync(report, numbers)
            labels = {
                "title": self.tr("标题"),
                "lead": self.tr("导语"),
                "closing": self.tr("结尾"),
                "signoff": self._signoff_label(),
                "untitled": self.tr("（无标题）"),
            }
            self.outline_model.rebuild(report, numbers, labels)
            self.outline.expandAll()
        if focus is not None:
            owner, key, position = focus
            editor = self.column.editor_for(owner, key)
            if self.outline.hasFocus() and isinstance(owner, Node):
                self.outline.select_path(path_of(report, owner))  # keyboard moves in the outline stay there
            elif editor is not None:
                QTimer.singleShot(0, lambda: self.column.focus_editor(editor, position))

    def _signoff_label(self) -> str:
        """落款 in the outline, with the number of attachments listed above the signature."""
        count = len(self.report().attachments)
        return self.tr("落款") + (self.tr("（附件 {0} 个）").format(count) if count else "")

    def update_counts(self) -> None:
        """The status bar's counts: the whole report, the section the cursor is in, the selection."""
        current = self.column.current
        parts = [self.tr("全文 {0} 字").format(self.count.total)]
        node = current.place.node if current is not None else None
        if node is not None:
            parts.append(self.tr("本节 {0} 字").format(count_node(node)))
        if current is not None and current.textCursor().hasSelection():
            parts.append(self.tr("选中 {0} 字").format(count_text(current.textCursor().selectedText())))
        self.counts.setText("　".join(parts))
        self.counts.setToolTip(self.tr("按字符计数：不含空格、换行和自动生成的序号，含标点"))

    def _update_title(self) -> None:
        """Called at every keystroke: Qt is told only of what changed (a modified mark set again still costs)."""
        status = status_label(self.report().review.status)
        self.setWindowTitle(f"{self.session.name(self.tr('未命名文稿'))}[*]（{status}） — " + self.tr("稿件编辑台"))
        if self.isWindowModified() != self.dirty():
            self.setWindowModified(self.dirty())

    # ---------------------------------------------------------------- moving around

    def _editor_focused(self, editor: BlockEditor, moved: bool) -> None:
        node = editor.place.node
        self.outline.select_path(path_of(self.report(), node) if node is not None else None)
        if moved and self.preview is not None:
            self.preview.show_anchor(editor.place.anchor)
        self._counts_timer.start()

    def _outline_activated(self, place) -> None:
        report = self.report()
        if isinstance(place, tuple):
            editor = self.column.editor_for(node_at(report, place), "title")
        elif place == "title":
            self.meta_panel.unfold()
            editor = self.column.editor_for(report.meta, "title")
        elif place in ("lead", "closing"):
            items = getattr(report, place)
            editor = self.column.editor_for(items[0], "text") if items else None
            if editor is None:
                self.column.focus_empty_part(place)  # navigation never edits
                return
        else:
            editor = self.column.editor_for(report, "signature")
        if editor is not None:
            self.column.focus_editor(editor, -1)

    def _style(self, toggle: str) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, BlockEditor) and widget.role is PlaceKind.PARAGRAPH:
            getattr(widget, toggle)()

    def _focus_outline(self) -> None:
        self.outline_dock.show()
        self.outline.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_text(self) -> None:
        current = self.column.current
        target = current if current in self.column.order else self.column.order[0]
        self.column.focus_editor(target, target.textCursor().position())

    # ---------------------------------------------------------------- structure

    def current_node(self) -> Node | None:
        """The section the keyboard is in: the outline's row, or the section of the text being written."""
        if self.outline.hasFocus():
            path = self.outline.currentIndex().data(PATH_ROLE)
            return node_at(self.report(), tuple(path)) if path is not None else None
        return self.column.current.place.node if self.column.current is not None else None

    def _move_current(self, target_of, label: str) -> None:
        node = self.current_node()
        path = path_of(self.report(), node) if node is not None else None
        if path is None:
            self.statusBar().showMessage(self.tr("请先把光标放在要移动的标题或其正文中"), 5000)
            return
        target = target_of(self.report(), path)
        if target is None:
            self.statusBar().showMessage(self.tr("已经不能再这样移动了"), 4000)
            return
        self.editor.move_section(path, *target, label)

    def _drop_move(self, source: tuple, parent_path: tuple, index: int) -> None:
        if source[:-1] != parent_path or source[-1] != index:
            self.editor.move_section(source, parent_path, index, self.tr("拖动标题"))

    def _add_child(self) -> None:
        node = self.current_node()
        self.editor.add_section(node, child=node is not None)

    def _delete_section(self) -> None:
        node = self.current_node()
        if node is not None:
            self.editor.remove_section(node)

    # ---------------------------------------------------------------- files, settings and the clipboard

    def _open(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # the dialogs' classes load when first asked for

        start = str(self.path.parent) if self.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("打开文稿"),
            start,
            self.tr("可打开的文件 (*.edesk *.txt *.docx *.html *.htm *.md);;稿件编辑台文稿 (*.edesk);;所有文件 (*)"),
        )
        if name and self.desk is not None:
            self.desk.open_path(Path(name), self)

    # The importers and the HTML renderer are loaded when first asked for, not before the window's first paint.

    def _import_file(self) -> None:
        from .importing import import_file

        import_file(self)

    def _paste_as_new(self) -> None:
        from .importing import paste_as_new

        paste_as_new(self)

    def _copy_for_portal(self) -> None:
        """The CMS fragment as HTML and plain text on the clipboard, ready to paste into the portal's editor."""
        from .clipboard import copy_for_portal

        copy_for_portal(self.report())
        self.statusBar().showMessage(self.tr("已复制正文，可直接粘贴到网站编辑器；标题、来源等请分别填写"), 8000)

    def _open_settings(self) -> None:
        from .dialogs import SettingsDialog

        writer = self.desk.settings_writer if self.desk is not None else None
        if SettingsDialog(self.settings, self, writer=writer).exec():
            for window in self.desk.windows if self.desk is not None else [self]:
                window.apply_settings()

    def apply_settings(self) -> None:
        """Take changed office settings into an open window (language waits for a restart)."""
        self.session.set_autosave_interval(self.settings.autosave_seconds)
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

    # ---------------------------------------------------------------- closing, geometry, preview

    def closeEvent(self, event) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.dirty() and not self.session.closing_after_save:
            answer = QMessageBox.question(
                self,
                self.tr("保存修改？"),
                self.tr("“{0}”有尚未保存的修改。关闭前要保存吗？").format(self.session.name(self.tr("未命名文稿"))),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                if answer == QMessageBox.StandardButton.Save:
                    self.session.save(then=self.close)
                return
        others = self.desk.windows if self.desk is not None else []
        self.session.end(keep_lock=any(w is not self and w.path == self.path for w in others))
        self._save_state()
        if self.desk is not None:
            self.desk.forget(self)
        event.accept()

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

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.painted.emit)

    def attach_preview(self, widget: QWidget) -> None:
        """Put the preview pane in its dock, in place of the label; it follows every change and the block under the
        cursor."""
        self.preview = widget
        self.apply_settings()
        widget.themeChanged.connect(lambda theme: self._preview_choice("theme", theme))
        widget.textSizeChanged.connect(lambda size: self._preview_choice("preview_text_size", size))
        # the page renders on the worker while the engine starts on being shown
        widget.set_report(self.report(), self.editor.snapshot)
        widget.pageShown.connect(self.review.start_checking)
        self.preview_dock.widget().deleteLater()
        self.preview_dock.setWidget(widget)
