"""What a check reports: a finding names a rule, a place (the anchor of ``model.places``) and characters in it.

``start``/``end`` are offsets into the place's plain text (``model.inline.plain``), so findings agree with what
the editor shows whatever bold or italic markup the text holds. ``fix`` replaces exactly those characters; it is
None where no fix is safe.
"""

from __future__ import annotations

from enum import StrEnum

from ..model.records import record


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_NAMES = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}


@record(frozen=True)
class Finding:
    rule: str
    severity: Severity
    anchor: str
    start: int
    end: int
    text: str  # the flagged characters, as the place held them when checked
    message: str
    fix: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        """What an ignore remembers: the rule, the place and the characters (offsets move as the writer types)."""
        return (self.rule, self.anchor, self.text)

    def to_json(self) -> dict:
        return {
            "id": self.rule,
            "severity": str(self.severity),
            "message": self.message,
            "place": self.anchor,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "fix": self.fix,
        }


@record(frozen=True)
class Hit:
    """A check's raw result inside one text; the runner adds the rule and the place."""

    start: int
    end: int
    message: str
    fix: str | None = None
