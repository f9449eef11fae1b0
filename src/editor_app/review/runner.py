"""Running the checks over a report, quickly enough to follow typing.

Text checks read one place at a time, and their results are kept per place text: re-checking after an edit
re-reads only the places that changed (``Reviewer``), so a 300,000-character report re-checks in milliseconds
after the first pass. Whole-report checks (details, numbering order) are cheap and always run.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model.inline import plain
from ..model.pacing import paced
from ..model.places import Place, PlaceKind, places
from ..model.report import Report
from .findings import Finding
from .rules import RULES, Options, Rule, Text

IgnoreKey = tuple[str, str, str]


def _text_rules(kind: PlaceKind, only: set[str] | None) -> list[Rule]:
    """The text checks that read a place of this kind."""
    return [
        rule
        for rule in RULES.values()
        if rule.text_check is not None
        and (only is None or rule.id in only)
        and (rule.kinds is None or kind in rule.kinds)
    ]


def _text_findings(place: Place, text: str, options: Options, rules: list[Rule]) -> list[Finding]:
    view = Text(text, place.kind, place.region, options)
    found = []
    for rule in rules:
        for hit in rule.text_check(view):
            found.append(
                Finding(
                    rule.id,
                    rule.severity,
                    place.anchor,
                    hit.start,
                    hit.end,
                    text[hit.start : hit.end],
                    hit.message,
                    hit.fix,
                )
            )
    return found


class Reviewer:
    """Checks reports with one set of options, remembering each place's findings until its text changes."""

    def __init__(self, options: Options | None = None, only: set[str] | None = None) -> None:
        self.options = options or Options()
        self.only = only
        self._cache: dict[tuple[str, PlaceKind, str], list[Finding]] = {}

    def check(
        self, report: Report, *, ignored: set[IgnoreKey] | None = None, pause: Callable[[], object] | None = None
    ) -> list[Finding]:
        """Every finding in reading order, less those the document says to ignore. ``pause`` is called every few
        places and between the whole-report checks: a window's worker gives way there to the writer's keys."""
        ignored = ignored if ignored is not None else ignored_keys(report)
        cache: dict[tuple[str, PlaceKind, str], list[Finding]] = {}
        findings: list[Finding] = []
        order: dict[str, int] = {}
        rules = {kind: _text_rules(kind, self.only) for kind in PlaceKind}
        for index, place in enumerate(paced(places(report), pause)):
            order[place.anchor] = index
            markup = place.text
            key = (place.anchor, place.kind, markup)
            found = self._cache.get(key)
            if found is None:
                found = _text_findings(place, plain(markup) if markup else "", self.options, rules[place.kind])
            cache[key] = found
            findings += found
        self._cache = cache
        for rule in RULES.values():
            if rule.report_check is not None and (self.only is None or rule.id in self.only):
                if pause is not None:
                    pause()
                findings += rule.report_check(report, self.options)
        findings = [finding for finding in findings if finding.key not in ignored]
        findings.sort(key=lambda f: (order.get(f.anchor, -1), f.start, f.end, f.rule))
        return findings


def ignored_keys(report: Report) -> set[IgnoreKey]:
    return {(item.rule, item.anchor, item.text) for item in report.review.ignored}


def check_report(report: Report, options: Options | None = None) -> list[Finding]:
    """All findings of ``report`` (a one-off check; use a Reviewer to follow edits)."""
    return Reviewer(options).check(report)
