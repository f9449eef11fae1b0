"""What every importer returns or raises, so callers treat Markdown, text, Word and web pages alike."""

from __future__ import annotations

from enum import StrEnum

from ..model.records import field, record
from ..model.report import Report


class ImportFailed(ValueError):
    """The source cannot be read as a report; the message is Chinese and says why."""


class Kind(StrEnum):
    """What the importer decided a line (or part of one) is."""

    CLUTTER = "clutter"  # page furniture: dropped
    COLUMN = "column"
    TITLE = "title"
    SUBTITLE = "subtitle"
    DETAIL = "detail"  # 来源, 发布时间, byline, masthead, document number …
    HEADING = "heading"  # a numbered or styled heading on its own line
    RUNIN = "runin"  # a numbered heading sentence with body text after it on the same line
    LEAD = "lead"  # an unnumbered run-in lead sentence opening a sub-theme
    PARAGRAPH = "paragraph"
    TABLE = "table"
    CLOSING = "closing"
    ATTACHMENT = "attachment"
    SIGNATURE = "signature"
    DATE = "date"


@record
class Decision:
    """One recognition decision, with how sure the importer is (0–1) and why, for the preview to show and the
    writer to correct. ``line`` indexes the source lines; ``start`` is the offset in that line a lead begins at.
    ``anchor`` is the place (model.places) the decision put the text, once the report is built."""

    line: int
    kind: Kind
    confidence: float
    reason: str
    text: str = ""
    level: int = 0
    start: int = 0
    anchor: str = ""


@record
class ImportResult:
    report: Report
    warnings: list[str] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
