"""Structure recognition: the paragraphs of any source (text, Word, a portal page) → a structured Report.

One recogniser for every format, so a pasted article, a Word file and a saved page of the same report come out
alike. It reads the head (breadcrumb, title, info line, masthead, byline) and the tail (closing, attachments,
signature, date, page footer) into their fields, infers the level scheme from the numbers the document typed
(which levels are numbered, which run in, which count on across parents), builds the tree and splits unnumbered
run-in leads out of running text. Typed numbers are removed (the model regenerates them); every other character
of the body is kept. Each choice is a ``Decision`` with a confidence, which the writer can overrule through
``Corrections`` and see the outline change.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model.characters import clean_text
from ..model.inline import escape
from ..model.places import PlaceKind, places
from ..model.records import field, record
from ..model.report import Content, Node, Paragraph, Report, Table
from .common import Decision, ImportResult, Kind
from .leads import THRESHOLD, find_leads
from .lines import ARTICLE, typed_number
from .scheme import check_numbers, infer_levels
from .sections import read_head, read_tail

MAX_LINES = 200_000


@record
class SourceLine:
    """One paragraph of the source with the hints its format gives: a heading level from a style or ``<h3>``
    (0: none), how many characters at its start are bold, whether it is centred or styled as the title."""

    text: str = ""
    style_level: int = 0
    bold: int = 0
    centred: bool = False
    title: bool = False
    table: Table | None = None


@record
class Corrections:
    """The writer's word over the recogniser's: line → kind (``PARAGRAPH``: this line is not a heading),
    ``(line, offset)`` → whether a run-in lead starts there, and ``(line, offset)`` places to split a paragraph."""

    kinds: dict[int, Kind] = field(default_factory=dict)
    leads: dict[tuple[int, int], bool] = field(default_factory=dict)
    splits: set[tuple[int, int]] = field(default_factory=set)


@record
class Item:
    """A body line as classified: a heading (with its family, typed value, title and run-on body) or a
    paragraph or table."""

    line: int
    kind: Kind
    family: str = ""
    marker: str = ""
    value: int = 0
    title: str = ""
    body: str = ""
    body_at: int = 0
    confidence: float = 1.0
    reason: str = ""


Progress = Callable[[int, int], None]


def split_heading(rest: str, bold: int = 0) -> tuple[Kind, str, str, float]:
    """A numbered line's text after its number → (HEADING or RUNIN, title, body on the same line, confidence).

    A short first sentence with more text after it is a run-in heading; a short line is a heading of its own;
    a long first sentence is a numbered paragraph: run in with an empty title. A bold start (Word, HTML) is
    taken as the title."""
    if 0 < bold < len(rest):
        return Kind.RUNIN, rest[:bold], rest[bold:], 0.95
    if bold > 0:
        return Kind.HEADING, rest, "", 0.95
    depth, end = 0, -1
    for index, char in enumerate(rest[:60]):
        if char in "“‘（(《":
            depth += 1
        elif char in "”’）)》":
            depth = max(0, depth - 1)
        elif char in "。！？" and depth == 0:
            end = index + 1
            break
    if 0 < end <= 40 and end < len(rest):
        return Kind.RUNIN, rest[:end], rest[end:], 0.9
    if len(rest) <= 50 and (end == -1 or end == len(rest)):
        return Kind.HEADING, rest, "", 0.9 if end == -1 else 0.75
    return Kind.RUNIN, "", rest, 0.7


class Recogniser:
    """One pass over the source lines; ``run()`` gives the report, warnings and decisions."""

    def __init__(self, lines: list[SourceLine], corrections: Corrections | None, progress: Progress | None) -> None:
        self.lines = lines
        self.corrections = corrections or Corrections()
        self.progress = progress
        self.report = Report()
        self.warnings: list[str] = []
        self.decisions: list[Decision] = []
        self.nodes_of: dict[int, Node] = {}  # decision index → the node it made
        self.typed: dict[int, tuple[int, int]] = {}  # id(node) → (typed number, line)

    def decide(self, line: int, kind: Kind, confidence: float, reason: str, text: str = "", **extra) -> Decision:
        decision = Decision(line, kind, round(confidence, 2), reason, text, **extra)
        self.decisions.append(decision)
        return decision

    def run(self) -> ImportResult:
        order = [index for index, line in enumerate(self.lines) if line.text or line.table is not None]
        start = read_head(self, order)
        end = read_tail(self, order, start)
        items = [self.classify(index) for index in order[start:end]]
        levels, lead_level = infer_levels(self, items)
        self.build(items, levels, lead_level)
        check_numbers(self, levels)
        self.anchor()
        if not self.report.meta.title:
            self.warnings.append("没有找到标题，请在“标题”中填写")
        return ImportResult(self.report, self.warnings, self.decisions)

    # ── classification ───────────────────────────────────────────────────────────────────────────────────
    def classify(self, index: int) -> Item:
        line = self.lines[index]
        if line.table is not None:
            return Item(index, Kind.TABLE)
        text = line.text
        if self.corrections.kinds.get(index) is Kind.PARAGRAPH:
            return Item(index, Kind.PARAGRAPH, confidence=1.0, reason="按您的更正：正文段落")
        number = typed_number(text)
        if number:
            rest = text[number.length :]
            if not rest.strip():
                return Item(index, Kind.PARAGRAPH, confidence=0.6, reason="只有编号，没有文字")
            if rest[-1] in "；;，,":
                return Item(index, Kind.PARAGRAPH, confidence=0.7, reason="以分号或逗号结尾，视为列举项")
            kind, title, body, confidence = split_heading(rest, max(0, line.bold - number.length))
            reason = "编号标题，标题句与正文同段" if kind is Kind.RUNIN and title else "编号标题"
            if kind is Kind.RUNIN and not title:
                reason = "编号段落（无标题句）"
            return Item(
                index, kind, number.family, number.marker, number.value, title, body,
                len(text) - len(body), confidence, reason,
            )  # fmt: skip
        if ARTICLE.match(text):
            return Item(index, Kind.PARAGRAPH, confidence=0.9, reason="条款，“第×条”属于正文")
        if line.style_level and len(text) <= 60:
            family = f"h{min(line.style_level, 9)}"
            return Item(index, Kind.HEADING, family, title=text, confidence=0.85, reason="标题样式")
        return Item(index, Kind.PARAGRAPH)

    # ── the tree ─────────────────────────────────────────────────────────────────────────────────────────
    def build(self, items: list[Item], levels: dict[str, int], lead_level: int) -> None:
        runin = {family for family in levels if self.report.level_style(levels[family]).placement == "runin"}
        self.stack: list[tuple[int, Node]] = []
        self.lead_node: Node | None = None
        self.lead_level = lead_level
        for count, item in enumerate(items):
            if self.progress and count % 500 == 0:
                self.progress(count, len(items))
            if item.kind is Kind.TABLE:
                self.target().append(self.lines[item.line].table)  # type: ignore[arg-type]
            elif item.kind in (Kind.HEADING, Kind.RUNIN) and item.family in levels:
                self.heading(item, levels[item.family], item.family in runin)
            else:
                if item.kind is not Kind.PARAGRAPH:  # a heading of a family that was set aside
                    item.reason = item.reason or "编号不成序列，视为正文"
                if item.reason:
                    self.decide(item.line, Kind.PARAGRAPH, item.confidence, item.reason, self.lines[item.line].text)
                self.paragraph(item.line, self.lines[item.line].text, 0)

    def target(self) -> list[Content]:
        if self.lead_node is not None:
            return self.lead_node.content
        return self.stack[-1][1].content if self.stack else self.report.lead

    def heading(self, item: Item, level: int, runin: bool) -> None:
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        parent_level = self.stack[-1][0] if self.stack else 0
        title, body, body_at = item.title, item.body, item.body_at
        if not runin and not title:  # a numbered paragraph at a level of headings: the whole text is the title
            title, body, body_at = body, "", len(self.lines[item.line].text)
        node = Node(escape(title), skip=level - parent_level - 1)
        (self.stack[-1][1].children if self.stack else self.report.nodes).append(node)
        self.stack.append((level, node))
        self.lead_node = None
        kind = Kind.RUNIN if runin else Kind.HEADING
        self.decide(item.line, kind, item.confidence, item.reason, title, level=level)
        self.nodes_of[len(self.decisions) - 1] = node
        if item.value:
            self.typed[id(node)] = (item.value, item.line)
        if body:
            self.paragraph(item.line, body, body_at)

    def paragraph(self, index: int, text: str, offset: int) -> None:
        """Add running text (``text`` starts at ``offset`` in source line ``index``), splitting out leads."""
        cuts = sorted(at - offset for line, at in self.corrections.splits if line == index and offset < at)
        pieces = [(a, b) for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True) if b > a]
        for start, end in pieces:
            self.run_in(index, text[start:end], offset + start)

    def run_in(self, index: int, text: str, offset: int) -> None:
        if not self.stack:
            self.report.lead.append(Paragraph(escape(text)))
            return
        leads = self.leads(index, text, offset)
        if not leads:
            self.target().append(Paragraph(escape(text)))
            return
        if leads[0][0] > 0:
            self.target().append(Paragraph(escape(text[: leads[0][0]])))
        level, parent = self.stack[-1]
        for number, (start, end) in enumerate(leads):
            stop = leads[number + 1][0] if number + 1 < len(leads) else len(text)
            lead, body = text[start:end], text[end:stop]
            if self.lead_level:
                node = Node(escape(lead), [Paragraph(escape(body))] if body else [], skip=self.lead_level - level - 1)
                parent.children.append(node)
                self.lead_node = node
                self.nodes_of[len(self.decisions) - 1 - (len(leads) - 1 - number)] = node
            else:  # no level left for leads: they stay bold inside the paragraph
                self.target().append(Paragraph(f"**{escape(lead)}**{escape(body)}"))

    def leads(self, index: int, text: str, offset: int) -> list[tuple[int, int]]:
        """The accepted leads of a piece of running text as ``(start, end)``, recording each decision."""
        said = self.corrections.leads
        line = self.lines[index]
        accepted: list[tuple[int, int, float, str]] = []
        if offset == 0 and 0 < line.bold < len(text) and line.text[line.bold - 1] in "。！？：:":
            accepted.append((0, line.bold, 0.95, "段首加粗短句"))
        for lead in find_leads(text):
            if accepted and lead.start < accepted[-1][1]:
                continue
            verdict = said.get((index, offset + lead.start))
            if verdict or (verdict is None and lead.confidence >= THRESHOLD):
                reason = "按您的更正：段首引领句" if verdict else lead.reason
                accepted.append((lead.start, lead.end, 1.0 if verdict else lead.confidence, reason))
            else:
                why = "按您的更正：不是引领句" if verdict is False else f"可能是段首引领句（{lead.reason}），未拆分"
                self.decide(index, Kind.PARAGRAPH, 1 - lead.confidence, why, text[lead.start : lead.end],
                            start=offset + lead.start)  # fmt: skip
        for (line_no, at), verdict in said.items():
            known = any(start == at - offset for start, *_ in accepted)
            if verdict and line_no == index and 0 <= at - offset < len(text) and not known:
                accepted.append((at - offset, _sentence_end(text, at - offset), 1.0, "按您的更正：段首引领句"))
        accepted.sort()
        accepted = [lead for number, lead in enumerate(accepted) if number == 0 or lead[0] >= accepted[number - 1][1]]
        for start, end, confidence, reason in accepted:
            self.decide(index, Kind.LEAD, confidence, reason, text[start:end], start=offset + start,
                        level=self.lead_level)  # fmt: skip
        return [(start, end) for start, end, *_ in accepted]

    def anchor(self) -> None:
        anchors = {id(place.node): place.anchor for place in places(self.report) if place.kind is PlaceKind.HEADING}
        for index, node in self.nodes_of.items():
            self.decisions[index].anchor = anchors.get(id(node), "")


def _sentence_end(text: str, start: int) -> int:
    ends = [text.find(mark, start) for mark in "。！？"]
    found = [end + 1 for end in ends if end >= 0]
    return min(found) if found else len(text)


def _cleaned(line: SourceLine) -> SourceLine:
    """The line without characters no document may hold and without surrounding spaces; the bold length kept
    in step with the text."""
    text = clean_text(line.text).replace("\n", " ")
    stripped = text.lstrip(" \t\u3000\u00a0")
    bold = max(0, line.bold - (len(text) - len(stripped)))
    stripped = stripped.rstrip(" \t\u3000\u00a0")
    return SourceLine(stripped, line.style_level, min(bold, len(stripped)), line.centred, line.title, line.table)


def recognize(
    lines: list[SourceLine], corrections: Corrections | None = None, progress: Progress | None = None
) -> ImportResult:
    """The report the source lines hold, with warnings and every decision. Never raises for any lines."""
    cleaned = [_cleaned(line) for line in lines[:MAX_LINES]]
    result = Recogniser(cleaned, corrections, progress).run()
    if len(lines) > MAX_LINES:
        result.warnings.append(f"来源超过 {MAX_LINES} 段，其后的内容未导入")
    return result
