"""The reading column: every text of the report as a reader meets it, one small editor each.

Title, details, lead, each section heading (with its generated number) and its paragraphs, closing,
attachments, signature and date follow each other in the order of ``model.places``, so the writer reads and
writes the whole report without opening node after node. Editors are kept by the identity of the model object
they edit, so a structure change re-orders existing editors instead of rebuilding them, and typing touches one
paragraph.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from ...model.inline import plain
from ...model.places import Place, PlaceKind, Region, places
from ...model.report import Report
from .attachments import AttachmentsEditor
from .block import BlockEditor, body_font
from .heading import HeadingEditor


class ReadingColumn(QScrollArea):
    """The report in reading order; re-lays out existing editors when the structure changes."""

    editor_focused = Signal(object, bool)  # a text editor took the focus (now ``current``); True: another one
    editor_created = Signal(object)  # a new text editor, for the window to connect
    paragraph_requested = Signal(list)  # the ＋ button of an empty lead or closing: a paragraph in this list

    def __init__(self, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.setWidgetResizable(True)
        self.setObjectName("readingColumn")
        self.page = QWidget()
        self.page.setObjectName("page")
        self.page.setMaximumWidth(860)
        holder = QWidget()
        outer = QHBoxLayout(holder)
        outer.setContentsMargins(24, 24, 24, 48)
        outer.addWidget(self.page)
        self.setWidget(holder)
        self.column = QVBoxLayout(self.page)
        self.column.setContentsMargins(56, 40, 56, 56)
        self.column.setSpacing(2)
        self.editors: dict[tuple[int, str], BlockEditor] = {}
        self.extras: dict[str, QWidget] = {}
        self.tables: dict[int, QLabel] = {}
        self.order: list[BlockEditor] = []
        self.meta_panel: QWidget | None = None
        self.attachments = AttachmentsEditor(undo_stack)
        self.current: BlockEditor | None = None  # the editor the writer is in, or was in last

    # ---- building

    def _editor(self, place: Place) -> BlockEditor:
        key = (id(place.owner), place.key)
        editor = self.editors.get(key)
        if editor is None or editor.owner is not place.owner:
            kind = HeadingEditor if place.kind is PlaceKind.HEADING else BlockEditor
            editor = kind(place, self.undo_stack)
            editor.setAccessibleName(_ACCESSIBLE.get(place.kind, place.kind))
            editor.setPlaceholderText(self._placeholder(place.kind))
            editor.scroll_target = self
            editor.page_requested.connect(self.turn_page)
            editor.setFont(_title_font(editor.font()) if place.kind is PlaceKind.TITLE else body_font(editor.font()))
            editor.layout_text()
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
        label = self.tables.get(id(place.owner)) or QLabel()
        label.setObjectName("tablePlaceholder")
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
            self.attachments.show_names([a.name for a in report.attachments])
            return [*labelled("attachments", self.tr("附件")), self.attachments, *labelled("signoff", self.tr("落款"))]
        return []

    def sync(self, report: Report, numbers: dict[int, str]) -> None:
        """Show ``report`` in the reading order of ``model.places``: reuse editors of texts still present,
        create the missing, drop the rest."""
        widgets: list[QWidget] = []
        order: list[BlockEditor] = []
        regions = list(Region)
        shown = 0  # regions before this index have their labels laid out
        for place in places(report, details=False):
            here = regions.index(place.region)
            for region in regions[shown : here + 1]:
                widgets += self._region_widgets(region, report)
            shown = max(shown, here + 1)
            if place.kind is PlaceKind.TABLE:
                widgets.append(self._table(place))
            elif place.kind in _EDITED:
                editor = self._editor(place)
                if isinstance(editor, HeadingEditor):
                    placement = report.level_style(place.level).placement
                    editor.show_level(numbers.get(id(place.node), ""), place.level, placement)
                order.append(editor)
                widgets.append(editor)
                if place.kind is PlaceKind.TITLE and self.meta_panel is not None:
                    widgets.append(self.meta_panel)

        self._relayout(widgets)
        self._chain_tab_order(order)
        kept = {(id(editor.owner), editor.attr) for editor in order}
        for key in [k for k in self.editors if k not in kept]:
            self.editors.pop(key).deleteLater()
        for key in [k for k, label in self.tables.items() if label not in widgets]:
            self.tables.pop(key).deleteLater()
        for key in [k for k in self.extras if k.endswith("+") and self.extras[k] not in widgets]:
            self.extras.pop(key).deleteLater()
        self.order = order
        if self.current not in order:
            self.current = None  # its text left the report; the editor is being deleted

    def _relayout(self, widgets: list[QWidget]) -> None:
        current = [self.column.itemAt(i).widget() for i in range(self.column.count())]
        if current[:-1] == widgets:
            return
        while self.column.count():
            self.column.takeAt(0)
        for widget in widgets:
            self.column.addWidget(widget)
            widget.show()
        self.column.addStretch(1)

    def _chain_tab_order(self, order: list[BlockEditor]) -> None:
        """Tab follows reading order (title, report details, then every text), also after moves."""
        chain: list[QWidget] = order[:1]
        if self.meta_panel is not None:
            chain += self.meta_panel.focus_chain()
        chain += order[1:]
        signature = next((e for e in order if e.role == "signature"), None)
        if signature is not None:
            chain.insert(chain.index(signature), self.attachments)  # attachments come before the signature
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _focused(self, editor: BlockEditor) -> None:
        moved, self.current = editor is not self.current, editor
        self.editor_focused.emit(editor, moved)

    # ---- moving around

    def editor_for(self, owner: object, attr: str) -> BlockEditor | None:
        editor = self.editors.get((id(owner), attr))
        return editor if editor is not None and editor.owner is owner else None

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
        return self.order[index] if 0 <= index < len(self.order) else None

    def turn_page(self, editor: BlockEditor, step: int) -> None:
        """Move a screenful (±1) or to the report's first or last text (±2), keyboard only."""
        if not self.order:
            return
        if abs(step) == 2:
            target = self.order[0] if step < 0 else self.order[-1]
            self.focus_editor(target, 0 if step < 0 else -1)
            return
        bar = self.verticalScrollBar()
        top = editor.mapTo(self.widget(), QPoint(0, 0)).y() + step * int(self.viewport().height() * 0.85)
        tops = [(e.mapTo(self.widget(), QPoint(0, 0)).y(), e) for e in self.order]
        candidates = [e for y, e in tops if y >= top] if step > 0 else [e for y, e in reversed(tops) if y <= top]
        target = candidates[0] if candidates else (self.order[-1] if step > 0 else self.order[0])
        bar.setValue(bar.value() + step * int(self.viewport().height() * 0.85))
        self.focus_editor(target, 0)

    def _keep_cursor_visible(self, editor: BlockEditor) -> None:
        if editor.hasFocus():
            rect = editor.cursorRect()
            point = editor.mapTo(self.widget(), rect.center())
            self.ensureVisible(point.x(), point.y(), 20, rect.height() + 24)


_ACCESSIBLE = {"title": "标题", "heading": "小标题", "paragraph": "段落", "signature": "署名", "date": "成文日期"}
_EDITED = (PlaceKind.TITLE, PlaceKind.HEADING, PlaceKind.PARAGRAPH, PlaceKind.SIGNATURE, PlaceKind.DATE)


def _title_font(font: QFont) -> QFont:
    font = QFont(font)
    font.setPointSizeF(19)
    font.setWeight(QFont.Weight.Bold)
    return font


def _region_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("regionLabel")
    return label


def _add_button(region: str, callback) -> QToolButton:
    button = QToolButton()
    button.setObjectName("addParagraph")
    button.setText(f"＋ {region}")
    button.setAccessibleName(f"添加{region}段落")
    button.setAutoRaise(True)
    button.clicked.connect(callback)
    return button
