"""The import preview: the source beside the outline recognised from it, before any window is made.

Importing guesses (is this line a heading, is this short sentence a run-in lead?), so the writer sees every guess
first: the lines taken as headings and leads are marked in the source, the outline shows what the report will be,
and a wrong guess is corrected on the spot (not a heading, a lead starts here, split here), after which the
source is recognised again. Reading and recognising run on a worker thread with progress; 取消 makes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..importers.common import Decision, ImportResult, Kind
from ..importers.outline import detail_lines
from ..importers.structure import Corrections
from ..model.inline import plain
from ..model.numbering import node_numbers
from ..model.places import node_anchor
from ..model.report import Node
from ..opening import LoadFailed
from ..sources import Source
from .style import HINT
from .workers import Background

LINE_ROLE = Qt.ItemDataRole.UserRole  # (source line, offset) an outline row was made from
HEADINGS = (Kind.HEADING, Kind.RUNIN)
FIELDS = (Kind.COLUMN, Kind.TITLE, Kind.SUBTITLE, Kind.DETAIL, Kind.CLOSING, Kind.ATTACHMENT, Kind.SIGNATURE, Kind.DATE)
Row = tuple[str, str, "tuple[int, int] | None", list]  # text, tooltip, (line, offset) it was read from, rows below
WARNING = "warning"  # the tooltip of a warning row: it shows in red
_open: set[ImportDialog] = set()  # a dialog lives until it and its jobs are done, whether it has a window or not


class Cancelled(Exception):
    """The writer cancelled or corrected again: the job stops at its next progress report."""


class _Relay(QObject):
    progress = Signal(object, int, int)  # job, done, total: emitted on the worker thread, shown on the UI thread


class _Job:
    """One run of the recogniser; ``stop`` makes it end at its next progress report."""

    def __init__(self, relay: _Relay) -> None:
        self.relay, self.stop = relay, False

    def check(self) -> None:
        if self.stop:
            raise Cancelled

    def progress(self, done: int, total: int) -> None:
        self.check()
        self.relay.progress.emit(self, done, total)


def _format(background: str = "", *, bold: bool = False, underline: str = "", strike: bool = False) -> QTextCharFormat:
    form = QTextCharFormat()
    if background:
        form.setBackground(QColor(background))
    if bold:
        form.setFontWeight(QFont.Weight.Bold)
    if underline:
        form.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        form.setUnderlineColor(QColor(underline))
    if strike:
        form.setFontStrikeOut(True)
        form.setForeground(QColor("#8a9099"))
    return form


class ImportDialog(QDialog):
    """Source on the left, recognised outline on the right, corrections below the source."""

    imported = Signal(object)  # the ImportResult the writer accepted
    cancelled = Signal()  # nothing was imported (emitted while the dialog still shows)

    def __init__(self, load: Callable[[], Source], background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入预览"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.background = background
        self.source: Source | None = None
        self.result: ImportResult | None = None
        self.corrections = Corrections()
        self.history: list[Corrections] = []
        self.job: _Job | None = None
        self.jobs = 0  # running jobs, current or abandoned
        self.ended = False
        self.relay = _Relay(self)
        self.relay.progress.connect(self._progress)
        self.lines: list[str] = []
        self.marks: dict[int, list[tuple[int, int, str]]] = {}  # line → (start, end, style)
        self.styles = {
            "heading": _format("#dbe7f5", bold=True),
            "lead": _format("#dcf1e0", bold=True),
            "doubt": _format(underline="#c77700"),
            "field": _format("#eef0f3"),
            "clutter": _format(strike=True),
        }
        _open.add(self)

        self.heading = QLabel(self.tr("正在读取…"))
        self.heading.setObjectName("hint")
        self.heading.setStyleSheet(HINT)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text.setAccessibleName(self.tr("原文"))
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.text.cursorPositionChanged.connect(self._cursor_moved)
        self.text.verticalScrollBar().valueChanged.connect(self._mark_visible)
        self.text.verticalScrollBar().rangeChanged.connect(self._mark_visible)
        self.line_info = QLabel()
        self.line_info.setWordWrap(True)
        self.corrections_bar = QHBoxLayout()
        self.actions = {
            "not_heading": self._correction_action(self.tr("这一行不是标题"), self._not_heading),
            "lead": self._correction_action(self.tr("这是段首引领句"), lambda: self._lead(True)),
            "not_lead": self._correction_action(self.tr("这不是引领句"), lambda: self._lead(False)),
            "split": self._correction_action(self.tr("在此处分段"), self._split),
            "undo": self._correction_action(self.tr("撤销更正"), self._undo),
        }
        self.corrections_bar.addStretch()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("原文（识别为标题的行以蓝色标出，引领句以绿色标出，可能的引领句加波浪线）")))
        column.addWidget(self.text)
        column.addWidget(self.line_info)
        column.addLayout(self.corrections_bar)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("识别出的结构"))
        self.tree.itemClicked.connect(self._show_line)
        self.tree.itemActivated.connect(self._show_line)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("识别出的结构")))
        column.addWidget(self.tree)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 440])

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.status = QLabel(self.tr("正在识别结构…"))
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status)
        bottom.addWidget(self.progress_bar, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._fit_screen()
        self._cursor_moved()
        self._busy(True)
        self._start(lambda job: self._first(load, job))

    def _correction_action(self, text: str, slot: Callable[[], None]) -> QAction:
        """A correction as a button below the source and in the source's context menu."""
        action = QAction(text, self)
        action.triggered.connect(slot)
        self.text.addAction(action)
        button = QPushButton(text)
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        self.corrections_bar.addWidget(button)
        return action

    def _fit_screen(self) -> None:
        """1100 × 720, or less on a small screen (a 1280 × 800 laptop keeps its taskbar)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        width, height = 1100, 720
        if area is not None:
            width, height = min(width, area.width() * 9 // 10), min(height, area.height() * 9 // 10)
        self.resize(width, height)

    # ---------------------------------------------------------------- recognising on the worker thread

    def _first(self, load: Callable[[], Source], job: _Job) -> tuple[Source, list[str], ImportResult, list[Row]]:
        source = load()
        job.check()
        lines = source.lines()
        result = source.recognise(None, job.progress)
        return source, lines, result, self._rows(result)

    def _start(self, work: Callable[[_Job], object]) -> None:
        """Run ``work`` off the UI thread; a job still running for older corrections is told to stop."""
        if self.job is not None:
            self.job.stop = True
        job = self.job = _Job(self.relay)
        self.jobs += 1
        self.background.run(
            lambda: work(job), lambda value: self._finished(job, value), lambda error: self._finished(job, None, error)
        )

    def _finished(self, job: _Job, value, error: Exception | None = None) -> None:
        self.jobs -= 1
        if self.ended or job is not self.job:
            self._release()
            return
        self.job = None
        self._busy(False)
        if error is not None:
            QMessageBox.warning(
                self,
                self.tr("无法导入"),
                str(error) if isinstance(error, LoadFailed) else self.tr("导入失败：{0}").format(error),
            )
            if self.result is None:
                self.reject()
            elif self.history:  # the correction that failed is taken back
                self.corrections = self.history.pop()
            self._cursor_moved()
            return
        source, lines, self.result, rows = value
        if lines is not None:
            self.source, self.lines = source, lines
            self.heading.setText(self.tr("来源：{0}　共 {1} 行").format(source.name, len(lines)))
            self.setWindowTitle(self.tr("导入预览 — {0}").format(source.name))
            self.text.setPlainText("\n".join(lines))
        self._show_result(rows)
        self._cursor_moved()
        self.import_button.setEnabled(True)
        self.status.setText(self.tr("{0}，{1} 处更正").format(rows[1][0], self._count()))

    def _progress(self, job: _Job, done: int, total: int) -> None:
        if job is self.job and total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def _busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.progress_bar.setRange(0, 0)
        self.status.setText(self.tr("正在识别结构…") if busy else "")
        self.import_button.setEnabled(not busy and self.result is not None)

    def _recognise(self) -> None:
        source, corrections = self.source, deepcopy(self.corrections)
        if source is not None:
            self._busy(True)
            self._start(lambda job: self._again(source, corrections, job))

    def _again(
        self, source: Source, corrections: Corrections, job: _Job
    ) -> tuple[Source, None, ImportResult, list[Row]]:
        result = source.recognise(corrections, job.progress)
        return source, None, result, self._rows(result)

    def _release(self) -> None:
        if self.ended and self.jobs == 0:
            _open.discard(self)
            self.deleteLater()

    def done_with(self) -> None:
        """The dialog is finished: jobs still running stop at their next report and their results are dropped;
        it outlives its window until they have."""
        self.ended = True
        self.setParent(None)
        if self.job is not None:
            self.job.stop = True
        self._release()

    def accept(self) -> None:
        """The new window shows before the dialog goes, so the app is never left without a window."""
        if self.result is not None and self.job is None:
            self.imported.emit(self.result)
            super().accept()
            self.done_with()

    def reject(self) -> None:
        self.cancelled.emit()
        super().reject()
        self.done_with()

    # ---------------------------------------------------------------- showing what was recognised

    def _rows(self, result: ImportResult) -> list[Row]:
        """The outline as plain rows, made on the worker thread: thousands of headings take a second to walk."""
        details = (self.tr("稿件信息"), "", None, [(line, "", None, []) for line in detail_lines(result.report)])
        found = {d.anchor: d for d in result.decisions if d.anchor and d.kind in (*HEADINGS, Kind.LEAD)}
        nodes = self._node_rows(result.report.nodes, (), node_numbers(result.report), found)
        rows = [details, (self.tr("正文结构（{0} 个标题）").format(len(found)), "", None, nodes)]
        doubtful = [d for d in result.decisions if d.kind is Kind.PARAGRAPH and d.text and d.start]
        if doubtful:
            maybe = [(self.tr("第 {0} 行：{1}").format(d.line + 1, d.text), d.reason, (d.line, d.start), [])
                     for d in doubtful]  # fmt: skip
            rows.append((self.tr("可能的引领句，未拆分（{0}）").format(len(doubtful)), "", None, maybe))
        if result.warnings:
            notes = [(warning, WARNING, None, []) for warning in result.warnings]
            rows.append((self.tr("提示（{0}）").format(len(result.warnings)), "", None, notes))
        return rows

    def _node_rows(
        self, nodes: list[Node], path: tuple[int, ...], numbers: dict[int, str], found: dict[str, Decision]
    ) -> list[Row]:
        rows = []
        for index, node in enumerate(nodes):
            here = (*path, index)
            decision = found.get(node_anchor(here))
            title = plain(node.title) or self.tr("（无标题）")
            text = f"{numbers.get(id(node), '') or '·'} {title}"
            tip, where = "", None
            if decision is not None:
                kind = self.tr("段首引领句") if decision.kind is not Kind.HEADING else self.tr("标题")
                tip = self.tr("第 {0} 行，{1}：{2}（把握 {3}%）").format(
                    decision.line + 1, kind, decision.reason, round(decision.confidence * 100)
                )
                where = (decision.line, decision.start)
            rows.append((text, tip, where, self._node_rows(node.children, here, numbers, found)))
        return rows

    def _show_result(self, rows: list[Row]) -> None:
        """The outline into the tree in one go, and the source's marks."""

        def item(row: Row) -> QTreeWidgetItem:
            text, tip, where, children = row
            made = QTreeWidgetItem([text])
            if tip is WARNING:
                made.setForeground(0, QColor("#b42318"))
            elif tip:
                made.setToolTip(0, tip)
            if where is not None:
                made.setData(0, LINE_ROLE, where)
            made.addChildren([item(child) for child in children])
            return made

        self.tree.clear()
        self.tree.addTopLevelItems([item(row) for row in rows])
        self.tree.expandAll()
        self.marks = {}
        for decision in self.result.decisions if self.result else []:
            mark = _mark(decision, self.lines[decision.line] if decision.line < len(self.lines) else "")
            if mark is not None:
                self.marks.setdefault(decision.line, []).append(mark)
        self._mark_visible()

    def _mark_visible(self) -> None:
        """Colour the lines on screen and a margin around them: marking a whole long report at once would hold
        up the window for seconds."""
        view, document = self.text, self.text.document()
        first = view.cursorForPosition(QPoint(0, 0)).blockNumber()
        last = view.cursorForPosition(QPoint(0, view.viewport().height())).blockNumber()
        selections = []
        for line in range(max(0, first - 30), last + 31):
            block = document.findBlockByNumber(line)
            for start, end, style in self.marks.get(line, ()):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + min(start, block.length() - 1))
                cursor.setPosition(block.position() + min(end, block.length() - 1), QTextCursor.MoveMode.KeepAnchor)
                selection.cursor, selection.format = cursor, self.styles[style]
                selections.append(selection)
        view.setExtraSelections(selections)

    def _show_line(self, item: QTreeWidgetItem) -> None:
        """An outline row was chosen: put the source's cursor where it was read from."""
        where = item.data(0, LINE_ROLE)
        block = self.text.document().findBlockByNumber(where[0]) if where else None
        if block is None or not block.isValid():
            return
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + min(where[1], block.length() - 1))
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    # ---------------------------------------------------------------- the writer's corrections

    def _here(self) -> tuple[int, int, str, list[Decision]]:
        """The cursor's line, its offset in the line, the line's text and the decisions made on it."""
        cursor = self.text.textCursor()
        line = cursor.blockNumber()
        decisions = [d for d in self.result.decisions if d.line == line] if self.result else []
        return line, cursor.positionInBlock(), cursor.block().text(), decisions

    def _lead_at(self, decisions: list[Decision], offset: int) -> Decision | None:
        leads = [d for d in decisions if d.kind is Kind.LEAD]
        inside = [d for d in leads if d.start <= offset < d.start + len(d.text)]
        return (inside or leads or [None])[0]

    def _cursor_moved(self) -> None:
        """The corrections that fit the cursor's place; they stay usable while a correction is recognised (a
        newer one stops the older run), judged by the decisions shown."""
        if self.result is None:
            for action in self.actions.values():
                action.setEnabled(False)
            return
        line, offset, text, decisions = self._here()
        here = [d for d in decisions if d.kind in HEADINGS or d.start <= offset < d.start + max(1, len(d.text))]
        said = "；".join(f"{d.reason}（把握 {round(d.confidence * 100)}%）" for d in here[-1:] if d.reason)
        self.line_info.setText(
            self.tr("第 {0} 行，第 {1} 字：{2}").format(line + 1, offset + 1, said or self.tr("正文"))
        )
        self.actions["not_heading"].setEnabled(any(d.kind in HEADINGS for d in decisions))
        self.actions["not_lead"].setEnabled(self._lead_at(decisions, offset) is not None)
        fixed = any(d.kind in FIELDS or d.kind is Kind.CLUTTER for d in decisions)
        start = _sentence_start(text, offset)
        known = any(d.kind is Kind.LEAD and d.start == start for d in decisions)
        self.actions["lead"].setEnabled(bool(text) and not fixed and not known)
        self.actions["split"].setEnabled(0 < offset < len(text))
        self.actions["undo"].setEnabled(bool(self.history))

    def _count(self) -> int:
        return len(self.corrections.kinds) + len(self.corrections.leads) + len(self.corrections.splits)

    def _correct(self, change: Callable[[Corrections], None]) -> None:
        self.history.append(deepcopy(self.corrections))
        change(self.corrections)
        self._recognise()

    def _not_heading(self) -> None:
        line = self._here()[0]
        self._correct(lambda c: c.kinds.__setitem__(line, Kind.PARAGRAPH))

    def _lead(self, on: bool) -> None:
        line, offset, text, decisions = self._here()
        if on:
            start = _sentence_start(text, offset)
        else:
            found = self._lead_at(decisions, offset)
            if found is None:
                return
            start = found.start
        self._correct(lambda c: c.leads.__setitem__((line, start), on))

    def _split(self) -> None:
        line, offset, _text, _decisions = self._here()
        self._correct(lambda c: c.splits.add((line, offset)))

    def _undo(self) -> None:
        if self.history:
            self.corrections = self.history.pop()
            self._recognise()


def _mark(decision: Decision, text: str) -> tuple[int, int, str] | None:
    """How a decision shows in the source: the span it covers in its line and its style."""
    if decision.kind in HEADINGS:
        start = max(0, text.find(decision.text)) if decision.text else 0
        return start, start + len(decision.text) if decision.text else len(text), "heading"
    if decision.kind is Kind.LEAD:
        return decision.start, decision.start + len(decision.text), "lead"
    if decision.kind is Kind.PARAGRAPH and decision.start and decision.text:
        return decision.start, decision.start + len(decision.text), "doubt"
    if decision.kind in FIELDS or decision.kind is Kind.CLUTTER:
        return 0, len(text), "clutter" if decision.kind is Kind.CLUTTER else "field"
    return None


def _sentence_start(text: str, offset: int) -> int:
    """Where the sentence holding ``offset`` starts: a lead is a whole sentence."""
    return max(text.rfind(mark, 0, offset) for mark in "。！？") + 1
