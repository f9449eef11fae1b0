"""The reading column: every text of the report as a reader meets it, one small editor each.

Title, details, lead, each section heading (with its generated number) and its paragraphs, closing,
attachments, signature and date follow each other in the order of ``model.places``, so the writer reads and
writes the whole report without opening node after node. Editors are kept by the identity of the model object
they edit, so a structure change re-orders existing editors instead of rebuilding them, and typing touches one
paragraph. The column stands in parts (the title, each part of the report's frame, each top-level section), each
in a layout of its own; a report gets its first screenful of editors at once and the rest from the event loop,
and whatever the writer goes to (find, the outline, the arrows, Ctrl+End) is built on the way. In a window that
holds the column back (``hold_until_released``), the first screenful is what the column shows when it is first
shown, and the rest waits for the window's first paint.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model.inline import plain
from ...model.places import Place, PlaceKind, Region, places, section_places
from ...model.records import field, record
from ...model.report import Content, Node, Report, iter_nodes
from .. import style
from .block import BlockEditor, body_font
from .heading import HeadingEditor

if TYPE_CHECKING:
    from .attachments import AttachmentsEditor

_ATTACHMENTS = "attachments box"  # its place in a part's entries
FIRST_SCREEN = 40  # at most this many editors before the window shows: more than a tall screen holds
SLICE_SECONDS = 0.008  # then the rest is built from the event loop, about this long at a time,
TYPING_PAUSE_MS = 400  # and not while the writer types: it goes on this long after the last keystroke
SAVE_POLL_MS = 50  # nor while ``waiting()`` (a save being written): it looks again this often


@record
class _Part:
    """One part of the column: the title and details, a part of the report's frame, or a top-level section.
    ``entries`` are places (texts and tables) and the fixed widgets between them (labels, ＋ buttons, and
    ``_ATTACHMENTS`` where the attachments box goes once made)."""

    key: object
    entries: list = field(default_factory=list)
    widgets: list = field(default_factory=list)  # the widgets of its entries built so far, in order
    editors: list = field(default_factory=list)  # its text editors among them


class _Page(QWidget):
    """The white page the texts stand on, with a thin border (painted here: a style sheet on it would reach every
    editor on it, see ui/style.py)."""

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(QColor(style.PAGE_BORDER))
        painter.setBrush(QColor(style.PAGE))  # one rectangle, filled and bordered (``fillRect``'s overloads
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))  # make PySide load QGradient's 169 presets: ~2 ms)


class _Group(QWidget):
    """The widgets of one part, in a layout of their own: a paragraph growing by a line lays out its part and moves
    the parts below it, never the thousands of editors of a long report one by one."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(2)
        self.widgets: list[QWidget] = []

    def show_widgets(self, widgets: list[QWidget]) -> None:
        """Lay out ``widgets`` in this order; those already in place stay (Enter adds one editor to a section). Only
        the stretch between the widgets that stay at the start and at the end is looked at (a section of 1,500
        paragraphs spent 10 ms asking Qt about each)."""
        old = self.widgets
        if widgets == old:
            return
        start = 0
        while start < min(len(old), len(widgets)) and old[start] is widgets[start]:
            start += 1
        end = 0  # widgets in place at the end
        while end < min(len(old), len(widgets)) - start and old[-1 - end] is widgets[-1 - end]:
            end += 1
        coming, going = widgets[start : len(widgets) - end], old[start : len(old) - end]
        for widget in coming:
            holder = widget.parentWidget()
            if isinstance(holder, _Group) and holder is not self:
                holder.release(widget)  # moved here from another part
        staying = set(coming)
        for widget in going:
            if widget.parentWidget() is self and widget not in staying:
                self.box.removeWidget(widget)
                widget.hide()
        for index, widget in enumerate(coming, start):
            item = self.box.itemAt(index)
            if item is None or item.widget() is not widget:
                self.box.removeWidget(widget)  # when it stands further down
                self.box.insertWidget(index, widget)
            if widget.isHidden():
                widget.show()
        self.widgets = widgets

    def release(self, widget: QWidget) -> None:
        self.box.removeWidget(widget)
        self.widgets = [w for w in self.widgets if w is not widget]

    def dissolve(self, page: QWidget) -> None:
        """The part left the report: its widgets that live on wait on ``page``, hidden, for their new part."""
        for widget in self.widgets:
            if widget.parentWidget() is self:
                self.box.removeWidget(widget)
                widget.hide()
                widget.setParent(page)
        self.deleteLater()


class ReadingColumn(QScrollArea):
    """The report in reading order; re-lays out existing editors when the structure changes."""

    editor_focused = Signal(object, bool)  # a text editor took the focus (now ``current``); True: another one
    editor_created = Signal(object)  # a new text editor, for the window to connect
    attachments_made = Signal(object)  # the attachments box, made when its part is first built
    completed = Signal()  # every part is built: after the first build, and after each rebuild
    paragraph_requested = Signal(list)  # the ＋ button of an empty lead or closing: a paragraph in this list

    def __init__(self, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        # A viewport made here, so Python knows its class: asked for the one Qt makes, PySide would first load
        # nearly every class of QtWidgets to find it (~20 ms before the first paint).
        self.setViewport(QWidget())
        self.undo_stack = undo_stack
        self.setWidgetResizable(True)
        self.setObjectName("readingColumn")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.page = _Page()
        self.page.setObjectName("page")
        self.page.setMaximumWidth(860)
        holder = QWidget()
        outer = QHBoxLayout(holder)
        outer.setContentsMargins(24, 24, 24, 48)
        outer.addWidget(self.page)
        self.setWidget(holder)
        style.dress_desk(self)
        self.column = QVBoxLayout(self.page)
        self.column.setContentsMargins(56, 40, 56, 56)
        self.column.setSpacing(2)
        self.column.addStretch(1)  # the parts go above it
        self.editors: dict[tuple[int, str], BlockEditor] = {}
        self.groups: dict[object, _Group] = {}
        self._parts: list[_Part] = []
        self._part_of: dict[tuple[int, object], int] = {}  # (id of the owner, key) of a text → its part
        self._built = 0  # parts built, in reading order
        self._report: Report | None = None
        self._numbers: dict[int, str] = {}
        self._more = QTimer(self, singleShot=True, interval=0)
        self._more.timeout.connect(self._build_slice)
        self.held = False  # True: the parts off screen wait for ``release`` (the window's first paint)
        self._heights_at, self._heights = 0, {}  # _screen_short's measures: the width, id(widget) → height
        self._walks_to_stop: list[BlockEditor] = []  # see _stop_focus_walks: until the first paint, left as Qt made
        # them (reaching a scroll bar's holder from Python makes PySide load nearly every class of QtWidgets)
        self.waiting: Callable[[], bool] = lambda: False  # True: the event loop builds nothing (a save's worker
        # needs the interpreter's lock, which the column's Qt calls hold)
        self.extras: dict[str, QWidget] = {}
        self.tables: dict[int, QLabel] = {}
        self.order: list[BlockEditor] = []
        self.meta_panel: QWidget | None = None
        self._attachments: AttachmentsEditor | None = None  # see ``attachments``
        self.current: BlockEditor | None = None  # the editor the writer is in, or was in last
        self._syncing = False
        self._revealing: tuple[QWidget, int, int] | None = None  # what the column last scrolled to, for the writer
        self.verticalScrollBar().rangeChanged.connect(self._reveal_again)
        self.verticalScrollBar().actionTriggered.connect(lambda _action: setattr(self, "_revealing", None))

    # ---- building

    @property
    def attachments(self) -> AttachmentsEditor:
        """The attachments box between the text and the signature, made when first needed: the sign-off is seldom
        on the first screen, and the box cost ~4 ms before the window's first paint."""
        if self._attachments is None:
            from .attachments import AttachmentsEditor  # its Qt class (QPlainTextEdit) too is made then

            self._attachments = AttachmentsEditor(self.undo_stack)
            self.attachments_made.emit(self._attachments)
        return self._attachments

    def show_attachments(self, names: list[str]) -> None:
        """The model's attachment names, in the box if it is made (else it shows them when it is)."""
        if self._attachments is not None:
            self._attachments.show_names(names)

    def _editor(self, place: Place) -> BlockEditor:
        key = (id(place.owner), place.key)
        editor = self.editors.get(key)
        if editor is None or editor.owner is not place.owner:
            kind = HeadingEditor if place.kind is PlaceKind.HEADING else BlockEditor
            font = QApplication.font("QTextEdit")  # what a new editor would have, with the page's size
            font = _title_font(font) if place.kind is PlaceKind.TITLE else body_font(font)
            editor = kind(place, self.undo_stack, font=font)
            editor.setAccessibleName(_ACCESSIBLE.get(place.kind, place.kind))
            editor.setPlaceholderText(self._placeholder(place.kind))
            editor.scroll_target = self
            editor.page_requested.connect(self.turn_page)
            if self.held:
                self._walks_to_stop.append(editor)
            else:
                _stop_focus_walks(editor)
            editor.cursorPositionChanged.connect(lambda e=editor: self._keep_cursor_visible(e))
            editor.focused.connect(self._focused)
            self.editor_created.emit(editor)
            self.editors[key] = editor
        editor.place = place
        editor.show_value(place.text)
        return editor

    def _placeholder(self, kind: PlaceKind) -> str:
        texts = {
            PlaceKind.TITLE: self.tr("标题"),
            PlaceKind.HEADING: self.tr("输入小标题"),
            PlaceKind.PARAGRAPH: self.tr("输入正文"),
            PlaceKind.SIGNATURE: self.tr("署名单位"),
            PlaceKind.DATE: self.tr("成文日期，如 2026年11月20日"),
        }
        return texts[kind]

    def _extra(self, key: str, factory) -> QWidget:
        if key not in self.extras:
            self.extras[key] = factory()
        return self.extras[key]

    def _table(self, place: Place) -> QLabel:
        label = self.tables.get(id(place.owner))
        if label is None:
            label = QLabel()
            label.setObjectName("tablePlaceholder")
            label.setStyleSheet(style.TABLE_PLACEHOLDER)
        caption = plain(place.text) or self.tr("无标题")
        rows = len(place.owner.rows)  # type: ignore[attr-defined]
        label.setText(self.tr("［表格：{0}，{1} 行。表格在此只显示，不能编辑］").format(caption, rows))
        self.tables[id(place.owner)] = label
        return label

    def _region_widgets(self, region: Region, report: Report) -> list[QWidget]:
        """What stands at the start of a part of the report: its label, and a ＋ button when it is empty."""

        def labelled(key: str, text: str, items: list | None = None) -> list[QWidget]:
            widgets = [self._extra(key, lambda: _region_label(text))]
            if items is not None and not items:
                add = lambda: self.paragraph_requested.emit(items)  # noqa: E731
                widgets.append(self._extra(key + "+", lambda: _add_button(text, add)))
            return widgets

        if region is Region.LEAD:
            return labelled("lead", self.tr("导语"), report.lead)
        if region is Region.BODY:
            return labelled("body", self.tr("正文"))
        if region is Region.CLOSING:
            return labelled("closing", self.tr("结尾"), report.closing)
        if region is Region.SIGNOFF:
            return [*labelled("attachments", self.tr("附件")), _ATTACHMENTS, *labelled("signoff", self.tr("落款"))]
        return []

    def sync(self, report: Report, numbers: dict[int, str]) -> None:
        """Show ``report`` in the reading order of ``model.places``: reuse editors of texts still present, drop the
        rest. Parts built before are built again now, and the first screenful; the rest follows from the event loop
        a slice at a time, or at once where the writer goes (``editor_for``, ``neighbour``, ``complete``)."""
        self._report, self._numbers = report, numbers
        self._keeping_focus(self._sync)

    def sync_list(self, report: Report, items: list[Content]) -> None:
        """Only the paragraphs of ``items`` came or went (Enter, Backspace joining two): the section holding them
        is planned and built again, the rest of the column stays as it is (a 300,000-character report has over a
        thousand editors). Anything else is synced whole."""
        at = _section_holding(report, items) if report is self._report else None
        index = next((i for i, part in enumerate(self._parts) if at is not None and part.key == id(at[1])), None)
        if at is None or index is None:
            self.sync(report, self._numbers)
            return
        self._keeping_focus(lambda: self._sync_part(index, section_places(at[1], (at[0],))))

    def _keeping_focus(self, sync) -> None:
        focus = QApplication.focusWidget()
        self._syncing = True  # a text moving to another part loses the focus on the way: it comes back below
        try:
            sync()
        finally:
            self._syncing = False
        lost = focus is not None and focus is not QApplication.focusWidget()
        if lost and self.page.isAncestorOf(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.current not in self.order:
            self.current = None  # its text left the report; the editor is being deleted

    def _sync_part(self, index: int, section: Iterator[Place]) -> None:
        """Plan part ``index`` (a top-level section) again from its places, and build it again if it was built."""
        old = self._parts[index]
        part = self._parts[index] = _Part(old.key, [place for place in section if _shown(place)])
        planned = {(id(place.owner), place.key) for place in part.entries}
        for entry in old.entries:
            key = (id(entry.owner), entry.key)
            if isinstance(entry, Place) and key not in planned:
                self._part_of.pop(key, None)
                if key in self.editors:
                    _discard(self.editors.pop(key))
                if key[0] in self.tables and key[1] == "caption":
                    _discard(self.tables.pop(key[0]))
        self._part_of.update(dict.fromkeys(planned, index))
        if index > self._built or not old.widgets:
            return
        kept = set(map(id, old.editors))
        self._build_part(part)
        partly = index == self._built  # the part the event loop was building: built whole now, the writer is in it
        self._built += partly
        self.order = [editor for built in self._parts[: self._built] for editor in built.editors]
        first = self.order.index(part.editors[0]) if part.editors else len(self.order)
        if partly:
            self._chain_tab_order(first)
            return
        for at, editor in enumerate(part.editors, first):
            if id(editor) not in kept:  # a new editor joins the Tab order between its neighbours (each call
                self._chain_tab_order(at, at + 1)  # walks the window's focus chain: not for the editors that stay)

    def _sync(self) -> None:
        rebuild = self._built if self._parts else 0
        self._parts = self._plan(self._report)
        self._part_of = {
            (id(entry.owner), entry.key): index
            for index, part in enumerate(self._parts)
            for entry in part.entries
            if isinstance(entry, Place)
        }
        self._drop_unplanned()
        self.order, self._built = [], 0
        current = self._part_of.get(_key_of(self.current)) if self.current is not None else None
        self._build_while(lambda: self._built < rebuild or self._screen_short() or (current or 0) >= self._built)

    def hold_until_released(self) -> None:
        """Build, before the column is first shown, only its first part; when shown, what fills its height; the
        rest after ``release`` (the window's first paint comes first)."""
        self.held = True

    def release(self) -> None:
        """Build now what a column not held builds at once, the rest from the event loop."""
        self.held = False
        self._heights.clear()
        for editor in self._walks_to_stop:
            if shiboken6.isValid(editor):
                _stop_focus_walks(editor)
        self._walks_to_stop.clear()
        self._build_while(lambda: len(self.order) < FIRST_SCREEN)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fill_while_held()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fill_while_held()  # the window manager may size the window after showing it

    def _fill_while_held(self) -> None:
        if self.held and self._report is not None and self.isVisible():
            self._build_while(self._screen_short)

    def _screen_short(self) -> bool:
        """Whether the widgets built may leave the column's height unfilled. Shown, each text counts the height its
        words take wrapped at the page's width (less than its editor takes), every other widget its size hint;
        before that, a held column waits to be shown and any other builds FIRST_SCREEN texts."""
        if len(self.order) >= FIRST_SCREEN:
            return False
        if not self.isVisible():
            return not self.held
        outer = self.widget().layout().contentsMargins()
        inner = self.column.contentsMargins()
        room = self.viewport().width() - outer.left() - outer.right()
        page = max(min(self.page.maximumWidth(), room), self.page.minimumSizeHint().width())  # narrower: it scrolls
        area = QRect(0, 0, max(1, page - inner.left() - inner.right()), 1 << 20)
        if self._heights_at != area.width():  # measured once a widget at each width (asked after every text built)
            self._heights_at, self._heights = area.width(), {}
        filled = outer.top() + inner.top()
        for widget in self.widgets():
            if id(widget) not in self._heights:
                self._heights[id(widget)] = _least_height(widget, area)
            filled += self._heights[id(widget)]
        return filled < self.viewport().height()

    def _plan(self, report: Report) -> list[_Part]:
        """The column's parts in reading order: the title, each part of the report, each top-level section."""
        parts = [_Part(Region.HEAD)]
        regions = list(Region)
        shown = 0  # regions before this index have their labels planned
        for place in places(report, details=False):
            here = regions.index(place.region)
            for region in regions[shown : here + 1]:
                if region is not Region.HEAD:
                    parts.append(_Part(region))
                parts[-1].entries += self._region_widgets(region, report)
            shown = max(shown, here + 1)
            if place.kind is PlaceKind.HEADING and "." not in place.anchor:  # a top-level section
                parts.append(_Part(id(place.node)))
            if _shown(place):
                parts[-1].entries.append(place)
                if place.kind is PlaceKind.TITLE and self.meta_panel is not None:
                    parts[-1].entries.append(self.meta_panel)
        return parts

    def _drop_unplanned(self) -> None:
        for key in [k for k in self.editors if k not in self._part_of]:
            _discard(self.editors.pop(key))
        for key in [k for k in self.tables if (k, "caption") not in self._part_of]:
            _discard(self.tables.pop(key))
        planned = {entry for part in self._parts for entry in part.entries if isinstance(entry, QWidget)}
        for key in [k for k in self.extras if k.endswith("+") and self.extras[k] not in planned]:
            _discard(self.extras.pop(key))
        keys = {part.key for part in self._parts}
        for key in [k for k in self.groups if k not in keys]:
            self.groups.pop(key).dissolve(self.page)

    def _build_while(self, more, pace=None) -> None:
        """Build parts in reading order while ``more()`` says so, then lay them out and chain their Tab order.
        With ``pace``, a part may stop half built when ``pace()`` turns false; the next call goes on with it."""
        first, was_complete = len(self.order), self.is_complete()
        while self._built < len(self._parts) and more():
            part = self._parts[self._built]
            before = len(part.editors)
            whole = self._build_part(part, pace)
            self.order += part.editors[before:]
            if not whole:
                break
            self._built += 1
        if len(self.order) > first:
            self._chain_tab_order(first)
        wanted = [self.groups[part.key] for part in self._parts[: self._started()]]
        laid = [self.column.itemAt(i).widget() for i in range(self.column.count() - 1)]
        if laid != wanted[: len(laid)]:
            while self.column.count():
                self.column.takeAt(0)
            self.column.addStretch(1)
            laid = []
        for group in wanted[len(laid) :]:
            self.column.insertWidget(self.column.count() - 1, group)
            group.show()
        for group in set(self.groups.values()) - set(wanted):
            group.hide()  # a part not built yet in this plan
        if self._built < len(self._parts) and not self._more.isActive() and not self.held:
            self._more.start(0)
        if self.is_complete() and not was_complete:
            self.completed.emit()

    def _build_part(self, part: _Part, pace=None) -> bool:
        """Build the part's widgets on from those it has (all of them, or while ``pace()`` says so, at least one)
        and lay out those built; True when the part is whole. Paced, each widget is shown as it is made (showing
        costs as much as making), in a part already on the page: a part's first slice makes one widget."""
        group = self.groups.get(part.key)
        if group is None:
            group = self.groups[part.key] = _Group(self.page)
        for entry in part.entries[len(part.widgets) :]:
            if pace is not None and part.widgets and not (group.isVisible() and pace()):
                break
            if isinstance(entry, QWidget):
                part.widgets.append(entry)
            elif entry is _ATTACHMENTS:
                self.attachments.show_names([attachment.name for attachment in self._report.attachments])
                part.widgets.append(self.attachments)
            elif entry.kind is PlaceKind.TABLE:
                part.widgets.append(self._table(entry))
            else:
                editor = self._editor(entry)
                if isinstance(editor, HeadingEditor):
                    placement = self._report.level_style(entry.level).placement
                    editor.show_level(self._numbers.get(id(entry.node), ""), entry.level, placement)
                part.editors.append(editor)
                part.widgets.append(editor)
            if pace is not None:
                group.show_widgets(list(part.widgets))
        group.show_widgets(list(part.widgets))
        return len(part.widgets) == len(part.entries)

    def _started(self) -> int:
        """The parts with widgets on the page: those built, and the one being built from the event loop."""
        return self._built + (self._built < len(self._parts) and bool(self._parts[self._built].widgets))

    def _build_slice(self) -> None:
        """Build on from the event loop, a few milliseconds at a time (a long section over several slices, its
        texts appearing in order at the foot of the column), so typing and scrolling go on meanwhile."""
        if self.waiting():
            self._more.start(SAVE_POLL_MS)
            return
        end = time.perf_counter() + SLICE_SECONDS

        def in_time() -> bool:
            return time.perf_counter() < end

        self._build_while(in_time, pace=in_time)

    def complete(self) -> None:
        """Build every part now (find, Ctrl+End, the last section)."""
        self._build_while(lambda: True)

    def is_complete(self) -> bool:
        return self._built >= len(self._parts)

    def widgets(self) -> list[QWidget]:
        """Everything the column shows, top to bottom."""
        return [widget for part in self._parts[: self._started()] for widget in self.groups[part.key].widgets]

    def _chain_tab_order(self, first: int, end: int | None = None) -> None:
        """Tab follows reading order (title, report details, then every text) for the editors from ``first`` on (up
        to ``end``, and on to the one after it), also after moves."""
        chain: list[QWidget] = self.order[max(0, first - 1) : first + 1]
        if first == 0 and self.meta_panel is not None:
            chain += self.meta_panel.focus_chain()
        chain += self.order[first + 1 : None if end is None else end + 1]
        signature = next((e for e in chain if isinstance(e, BlockEditor) and e.role == "signature"), None)
        if signature is not None:
            chain.insert(chain.index(signature), self.attachments)  # attachments come before the signature
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _focused(self, editor: BlockEditor) -> None:
        if self._syncing:
            return
        moved, self.current = editor is not self.current, editor
        self.editor_focused.emit(editor, moved)

    # ---- moving around

    def built_editor(self, owner: object, attr: str) -> BlockEditor | None:
        """The editor of this text if it is built (and None while its part waits to be built)."""
        key = (id(owner), attr)
        editor = self.editors.get(key)
        index = self._part_of.get(key)
        if editor is None or editor.owner is not owner or index is None or index > self._built:
            return None
        if index == self._built and editor not in self._parts[index].editors:
            return None  # the part being built has not come to it
        return editor

    def editor_for(self, owner: object, attr: str) -> BlockEditor | None:
        """The editor of this text, building the column up to it first; None when the report has no such text."""
        index = self._part_of.get((id(owner), attr))
        if index is not None and index >= self._built:
            self._build_while(lambda: self._built <= index)
        return self.built_editor(owner, attr)

    def ensureWidgetVisible(self, widget: QWidget, xmargin: int = 50, ymargin: int = 50) -> None:
        """Parts built a moment ago have no place on the page until their layouts run: run them first, and keep
        the widget in view while the page still grows or shrinks around it, until the writer scrolls."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self._revealing = (widget, xmargin, ymargin)
        super().ensureWidgetVisible(widget, xmargin, ymargin)

    def _reveal_again(self) -> None:
        if self._revealing is not None and shiboken6.isValid(self._revealing[0]) and self._revealing[0].hasFocus():
            super().ensureWidgetVisible(*self._revealing)

    def focus_editor(self, editor: BlockEditor, position: int = 0) -> None:
        """Put the cursor in ``editor``; a template's 【placeholder】 is selected whole, so typing replaces it."""
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if editor.is_prompt():
            editor.selectAll()
        else:
            editor.set_cursor(position)
        self.ensureWidgetVisible(editor, 0, 60)

    def focus_empty_part(self, part: str) -> None:
        """Go to an empty lead or closing ("lead", "closing"): its ＋ button takes the focus, so Enter or a click
        adds the first paragraph (a click or Space), and going there never changes the report."""
        button = self.extras.get(part + "+")
        if button is not None:
            button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(button, 0, 60)

    def neighbour(self, editor: BlockEditor, direction: int) -> BlockEditor | None:
        try:
            index = self.order.index(editor) + direction
        except ValueError:
            return None
        if index >= len(self.order) and not self.is_complete():
            self._build_while(lambda: len(self.order) <= index)
        return self.order[index] if 0 <= index < len(self.order) else None

    def turn_page(self, editor: BlockEditor, step: int) -> None:
        """Move a screenful (±1) or to the report's first or last text (±2), keyboard only."""
        if not self.order:
            return
        if step == 2:
            self.complete()
        if abs(step) == 2:
            target = self.order[0] if step < 0 else self.order[-1]
            self.focus_editor(target, 0 if step < 0 else -1)
            return
        bar = self.verticalScrollBar()
        top = editor.mapTo(self.widget(), QPoint(0, 0)).y() + step * int(self.viewport().height() * 0.85)
        if step > 0:  # the page below is built before going there
            after = self.order.index(editor) + FIRST_SCREEN
            self._build_while(lambda: len(self.order) < after)
        tops = [(e.mapTo(self.widget(), QPoint(0, 0)).y(), e) for e in self.order]
        candidates = [e for y, e in tops if y >= top] if step > 0 else [e for y, e in reversed(tops) if y <= top]
        target = candidates[0] if candidates else (self.order[-1] if step > 0 else self.order[0])
        bar.setValue(bar.value() + step * int(self.viewport().height() * 0.85))
        self.focus_editor(target, 0)

    def _keep_cursor_visible(self, editor: BlockEditor) -> None:
        if self._more.isActive():
            self._more.start(TYPING_PAUSE_MS)  # typing comes first; the rest of the column waits for a pause
        if editor.hasFocus():
            rect = editor.cursorRect()
            point = editor.mapTo(self.widget(), rect.center())
            self.ensureVisible(point.x(), point.y(), 20, rect.height() + 24)


def _discard(widget: QWidget) -> None:
    holder = widget.parentWidget()
    if isinstance(holder, _Group):
        holder.release(widget)
    widget.hide()
    widget.deleteLater()


def _stop_focus_walks(editor: BlockEditor) -> None:
    """Each editor leaves its scroll bars and their holders (hidden, never reached by Tab) at the end of the
    window's focus chain; Qt's setTabOrder walks back over such widgets while they refuse the focus, thousands in
    a long report (milliseconds per text). Accepting Tab focus, hidden, they end that walk at once."""
    for bar in (editor.horizontalScrollBar(), editor.verticalScrollBar()):
        for widget in (bar, bar.parentWidget()):
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)


def _shown(place: Place) -> bool:
    """The places the column shows: texts to edit, and tables (as a line saying so)."""
    return place.kind is PlaceKind.TABLE or place.kind in _EDITED


def _section_holding(report: Report, items: list[Content]) -> tuple[int, Node] | None:
    """The index and top-level section of the section whose paragraph list is ``items``, or None."""
    for index, top in enumerate(report.nodes):
        if any(node.content is items for _, node in iter_nodes([top])):
            return index, top
    return None


def _key_of(editor: BlockEditor) -> tuple[int, object]:
    return (id(editor.owner), editor.attr)


_ACCESSIBLE = {"title": "标题", "heading": "小标题", "paragraph": "段落", "signature": "署名", "date": "成文日期"}
_EDITED = (PlaceKind.TITLE, PlaceKind.HEADING, PlaceKind.PARAGRAPH, PlaceKind.SIGNATURE, PlaceKind.DATE)


def _least_height(widget: QWidget, area: QRect) -> int:
    """At most the height ``widget`` takes in the column: a text's words wrapped within ``area``, else its hint."""
    if isinstance(widget, BlockEditor):
        return widget.fontMetrics().boundingRect(area, Qt.TextFlag.TextWordWrap, widget.toPlainText() or " ").height()
    return widget.sizeHint().height()


def _title_font(font: QFont) -> QFont:
    font = QFont(font)
    font.setPointSizeF(19)
    font.setWeight(QFont.Weight.Bold)
    return font


def _region_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("regionLabel")
    label.setStyleSheet(style.REGION_LABEL)
    return label


def _add_button(region: str, callback) -> QToolButton:
    button = QToolButton()
    button.setObjectName("addParagraph")
    button.setStyleSheet(style.ADD_PARAGRAPH)
    button.setText(f"＋ {region}")
    button.setAccessibleName(f"添加{region}段落")
    button.setAutoRaise(True)
    button.clicked.connect(callback)
    return button
