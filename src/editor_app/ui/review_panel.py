"""The editor's desk in the window: review findings, comments, the approval status and the comparison of versions.

The panel only reads the report and asks the report editor for changes, so every fix, ignore, comment and status
change is an undo step beside the writer's typing. Checks run on a snapshot in a worker thread, a moment after the
last change; the Reviewer keeps each place's findings until its text changes, so a re-check reads only what
changed, and the worker also names each finding's place, so the UI thread never walks the report. Findings are
marked in the editors with a wavy underline; an editor's marks are laid again only when its findings or its text
changed, so typing in one paragraph re-marks that paragraph alone.


The checks (their word lists and number parsers are slow to load) are imported by the worker at the first check,
so they cost the window's first paint nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.labels import place_name, section_name
from ..model.numbering import node_numbers
from ..model.places import find_place, places
from ..model.report import STATUS_NAMES, IgnoredFinding, Report
from .comments_panel import CommentsPanel
from .review_names import status_label
from .workers import Background, writer_typing

if TYPE_CHECKING:
    from ..review import Finding, Reviewer, Severity
    from .main_window import MainWindow

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
RULE_ROLE = Qt.ItemDataRole.UserRole + 2
_MARK_COLOURS = {"error": "#d0312d", "warning": "#e08a00", "info": "#3b78c2"}  # by Severity's value

Named = tuple["Finding", str, str]
"""A finding with the names of its place and of its section, as the list shows them."""


def named_findings(reviewer: Reviewer, report: Report) -> list[Named]:
    """Check ``report`` and name each finding's place (run on the worker, on a snapshot)."""
    findings = reviewer.check(report, pause=writer_typing.give_way)
    if not findings:
        return []
    numbers = node_numbers(report)
    wanted = {finding.anchor for finding in findings}
    found = {place.anchor: place for place in places(report) if place.anchor in wanted}
    named = []
    for finding in findings:
        place = found.get(finding.anchor)
        where = place_name(report, place, numbers) if place else finding.anchor
        named.append((finding, where, section_name(report, place, numbers) if place else finding.anchor))
    return named


class ReviewChange(QUndoCommand):
    """A change of the review state (ignore, status, comments): ``apply`` and ``revert`` change the report."""

    def __init__(self, window: MainWindow, label: str, apply: Callable[[], None], revert: Callable[[], None]) -> None:
        super().__init__(label)
        self.window, self._apply, self._revert = window, apply, revert

    def redo(self) -> None:
        self._apply()
        self.window.editor.changed.emit()

    def undo(self) -> None:
        self._revert()
        self.window.editor.changed.emit()


class ReviewPanel(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.findings: list[Finding] = []
        self.named: list[Named] | None = None  # None until the first check is shown
        self._by_anchor: dict[str, list[Finding]] = {}
        self._marked: dict[object, tuple] = {}  # editor → (its findings, its document's revision) when marked
        self.reviewer: Reviewer | None = None  # built by the worker at the first check
        self.warnings: list[str] = []
        self.background = Background(self, serial=True)
        self._running = self._again = False
        self.checking = False  # until start_checking: the window's preview may still be starting
        self.timer = QTimer(self, singleShot=True, interval=400)
        self.timer.timeout.connect(self._recheck_after_saving)

        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("审校状态"))
        for key in STATUS_NAMES:
            self.status.addItem(status_label(key), key)
        self.status.activated.connect(lambda _: self.set_status(self.status.currentData()))
        self.counts = QLabel()
        self.grouping = QComboBox()
        self.grouping.addItems([self.tr("按规则"), self.tr("按章节")])
        self.grouping.currentIndexChanged.connect(lambda _: self._show())
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("审校结果"))
        self.tree.itemActivated.connect(lambda item, _: self.jump(item.data(0, FINDING_ROLE)))
        self.tree.itemClicked.connect(lambda item, _: self.jump(item.data(0, FINDING_ROLE)))
        self.fix_button = QPushButton(self.tr("修正"))
        self.fix_all_button = QPushButton(self.tr("全部修正此类"))
        self.ignore_button = QPushButton(self.tr("忽略"))
        self.fix_button.clicked.connect(lambda: self.fix_one(self.current()))
        self.fix_all_button.clicked.connect(lambda: self.fix_rule(self.current_rule()))
        self.ignore_button.clicked.connect(lambda: self.ignore(self.current()))
        compare = QPushButton(self.tr("与历史版本比较…"))
        compare.clicked.connect(self.compare)

        findings_tab = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.grouping)
        buttons = QHBoxLayout()
        for button in (self.fix_button, self.fix_all_button, self.ignore_button):
            buttons.addWidget(button)
        column = QVBoxLayout(findings_tab)
        column.addLayout(top)
        column.addWidget(self.tree, 1)
        column.addLayout(buttons)
        self.comments = CommentsPanel(window, ReviewChange)
        tabs = QTabWidget()
        tabs.addTab(findings_tab, self.tr("审校"))
        tabs.addTab(self.comments, self.tr("批注"))
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("状态：")))
        head.addWidget(self.status, 1)
        head.addWidget(compare)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(tabs, 1)

        window.editor.changed.connect(self._report_changed)
        window.column.editor_created.connect(lambda editor: self.mark([editor]))
        self.comments.refresh()
        self._report_changed()

    # ---- checking

    def _report_changed(self) -> None:
        """Cheap on every keystroke: the status box follows at once, comments and checks a moment later."""
        self.status.setCurrentIndex(max(0, self.status.findData(self.window.report().review.status)))
        if self.checking:
            self.timer.start()

    def start_checking(self) -> None:
        """Check in a moment, and after every change from here on (the first check loads the checks: slow)."""
        if not self.checking:
            self.checking = True
            self.timer.start()

    def _recheck_after_saving(self) -> None:
        """A check a change asked for waits while a save is written: the save's worker needs the interpreter's lock,
        which the checks would hold most of the time (a 300,000-character save took several times as long)."""
        if self.window.session.saving:
            self.timer.start()
        else:
            self.recheck()

    def recheck(self) -> None:
        """Check a snapshot of the report on the worker; a change meanwhile checks again when it is done."""
        self.comments.refresh()
        if self._running:
            self._again = True
            return
        self._running, self._again = True, False
        copy = self.window.editor.snapshot()
        self.background.run(lambda: named_findings(self._reviewer(), copy), self._checked, self._failed)

    def _reviewer(self) -> Reviewer:
        """The office's checks, loaded on the worker the first time they run."""
        if self.reviewer is None:
            from ..review import Reviewer
            from ..reviewing import review_options

            options, self.warnings = review_options(self.window.settings)
            self.reviewer = Reviewer(options)
        return self.reviewer

    def _checked(self, named: list[Named]) -> None:
        self._running = False
        if self._again:
            self.recheck()
            return
        if named != self.named:  # typing elsewhere leaves the list as it is
            self.named = named
            self.findings = [finding for finding, _where, _section in named]
            self._by_anchor = {}
            for finding in self.findings:
                self._by_anchor.setdefault(finding.anchor, []).append(finding)
            self._show()
        self.mark()

    def _failed(self, error: Exception) -> None:
        self._running = False
        self.counts.setText(self.tr("审校未能完成：{0}").format(error))

    def wait(self) -> None:
        """Until the current check (and one after it, if the report changed meanwhile) is shown (tests, export)."""
        self.timer.stop()
        self.recheck()
        while self._running:
            self.background.wait(100)
            from PySide6.QtWidgets import QApplication

            QApplication.processEvents()

    # ---- showing

    def _show(self) -> None:
        from ..review import RULES, Severity

        counts = {severity: sum(f.severity is severity for f in self.findings) for severity in Severity}
        self.counts.setText(
            "　".join(f"{self.severity_label(s)} {n}" for s, n in counts.items())
            if self.findings
            else self.tr("未发现问题")
        )
        by_rule = self.grouping.currentIndex() == 0
        groups: dict[str, QTreeWidgetItem] = {}
        self.tree.clear()
        for finding, where, section in self.named or []:
            group = (RULES[finding.rule].title if finding.rule in RULES else finding.rule) if by_rule else section
            parent = groups.get(group)
            if parent is None:
                parent = groups[group] = QTreeWidgetItem(self.tree, [group])
                parent.setData(0, RULE_ROLE, finding.rule)
            item = QTreeWidgetItem(parent, [f"{where}：{finding.message}"])
            item.setData(0, FINDING_ROLE, finding)
            item.setData(0, RULE_ROLE, finding.rule)
            item.setForeground(0, QColor(_MARK_COLOURS[finding.severity.value]))
            item.setToolTip(0, f"{finding.rule}（{self.severity_label(finding.severity)}）")
        for parent in groups.values():
            parent.setText(0, f"{parent.text(0)}（{parent.childCount()}）")
        self.tree.expandAll()

    def mark(self, editors: list | None = None) -> None:
        """A wavy underline under every finding's characters in ``editors`` (default: every editor built). Marks
        are laid again only where the findings or the text changed since (a reloaded text loses its marks), and
        editors with no finding, before or now, cost a dictionary look-up."""
        everyone = editors is None
        marked = {} if everyone else self._marked
        for editor in self.window.column.order if everyone else editors:
            findings = self._by_anchor.get(editor.place.anchor)
            before = self._marked.get(editor)
            if not findings and before is None:
                continue
            findings = tuple(f for f in findings or () if f.end > f.start)
            state = (findings, editor.document().revision())
            if state != before:
                editor.setExtraSelections([_mark(editor, finding) for finding in findings])
            marked.pop(editor, None)
            if findings:
                marked[editor] = state
        self._marked = marked

    def severity_label(self, severity: Severity) -> str:
        names = {"error": self.tr("错误"), "warning": self.tr("警告")}
        return names.get(severity.value, self.tr("提示"))

    # ---- acting

    def current(self) -> Finding | None:
        item = self.tree.currentItem()
        return item.data(0, FINDING_ROLE) if item is not None else None

    def current_rule(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, RULE_ROLE) if item is not None else None

    def jump(self, finding: Finding | None) -> None:
        """Show the finding's place and select its characters."""
        if finding is None:
            return
        report = self.window.report()
        place = find_place(report, finding.anchor)
        if place is None or finding.anchor.startswith("meta."):
            self.window.meta_panel.unfold()
            return
        editor = self.window.column.editor_for(place.owner, place.key)
        if editor is None:
            return
        self.window.column.focus_editor(editor, finding.start)
        cursor = editor.textCursor()
        cursor.setPosition(finding.start)
        cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)

    def fix_one(self, finding: Finding | None) -> None:
        from ..review import fixed_texts

        if finding is not None and finding.fix is not None:
            self.window.editor.apply(fixed_texts(self.window.report(), [finding]), self.tr("审校修正"))

    def fix_rule(self, rule: str | None) -> None:
        """Every fixable finding of ``rule`` as one undo step."""
        from ..review import RULES, fixed_texts

        if rule is None:
            return
        chosen = [f for f in self.findings if f.rule == rule and f.fix is not None]
        title = RULES[rule].title if rule in RULES else rule
        self.window.editor.apply(fixed_texts(self.window.report(), chosen), self.tr("全部修正：{0}").format(title))

    def ignore(self, finding: Finding | None) -> None:
        """Ignore one finding; the document remembers it (and undo forgets it again)."""
        if finding is None:
            return
        ignored = self.window.report().review.ignored
        entry = IgnoredFinding(finding.rule, finding.anchor, finding.text)
        self.window.undo_stack.push(
            ReviewChange(
                self.window, self.tr("忽略审校结果"), lambda: ignored.append(entry), lambda: ignored.remove(entry)
            )
        )

    def set_status(self, status: str) -> None:
        review = self.window.report().review
        old = review.status
        if status == old:
            return
        label = self.tr("审校状态：{0}").format(status_label(status))
        self.window.undo_stack.push(
            ReviewChange(
                self.window, label, lambda: setattr(review, "status", status), lambda: setattr(review, "status", old)
            )
        )

    def compare(self) -> None:
        from .compare_dialog import CompareDialog

        CompareDialog(self.window).exec()


def _mark(editor: QTextEdit, finding: Finding) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(editor.document())
    size = editor.document().characterCount() - 1
    cursor.setPosition(min(finding.start, size))
    cursor.setPosition(min(finding.end, size), QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(QColor(_MARK_COLOURS[finding.severity.value]))
    fmt.setToolTip(finding.message)
    selection.format = fmt
    return selection
