"""Applying fixes: findings point at plain-text characters, the model holds inline markup.

A fix replaces exactly the flagged characters. Offsets are mapped from the plain text to the markup by walking
both together, so bold and italic around the fix stay as they were; several fixes in one place are applied from
the end backwards, so earlier offsets stay valid.
"""

from __future__ import annotations

from collections import defaultdict

from ..model.inline import Span, escape, merge_spans, parse, plain, split_markup, to_markup
from ..model.places import Place, places
from ..model.report import Report
from .findings import Finding


def _plain_to_markup(markup: str) -> list[int] | None:
    """For each plain offset (and the end), the markup offset it sits at; None when the walk fails."""
    text = plain(markup)
    positions = []
    cursor = 0
    for char in text:
        while cursor < len(markup) and markup[cursor] != char:
            cursor += 1
        if cursor < len(markup) and markup[cursor] == "\\" and char != "\\":
            cursor += 1
        if cursor >= len(markup):
            return None
        positions.append(cursor)
        cursor += 1
    positions.append(cursor)
    return positions


def replace_plain(markup: str, start: int, end: int, value: str) -> str:
    """``markup`` with its plain characters ``start:end`` replaced by ``value``, markup elsewhere untouched."""
    text = plain(markup)
    wanted = text[:start] + value + text[end:]
    positions = _plain_to_markup(markup)
    if positions is not None:
        begin = positions[start]
        finish = positions[end - 1] + 1 if end > start else begin
        candidate = markup[:begin] + escape(value) + markup[finish:]
        if plain(candidate) == wanted:
            return candidate
    # rare: markup the walk cannot follow; rebuild it from styled spans around the cut
    before = parse(split_markup(markup, start)[0])
    after = parse(split_markup(markup, end)[1])
    style = before[-1] if before else (after[0] if after else Span(""))
    rebuilt = to_markup(merge_spans((*before, Span(value, style.bold, style.italic), *after)))
    # The characters must come out exactly; where the new neighbours change how markup parses (``１*:*`` →
    # ``1*:*`` is no longer italic), the text keeps its characters and loses its styles.
    return rebuilt if plain(rebuilt) == wanted else escape(wanted)


def fixed_texts(report: Report, findings: list[Finding]) -> list[tuple[Place, str]]:
    """The new markup of every place the fixable ``findings`` touch: one (place, text) per place, ready to be
    applied as one undo step. Overlapping fixes in one place keep the first; a re-check finds the rest."""
    by_anchor: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.fix is not None:
            by_anchor[finding.anchor].append(finding)
    changes = []
    for place in places(report):
        chosen = _non_overlapping(by_anchor.get(place.anchor, []))
        if not chosen:
            continue
        markup = place.text
        text = plain(markup)
        for finding in sorted(chosen, key=lambda f: f.start, reverse=True):
            if text[finding.start : finding.end] != finding.text:
                continue  # the text moved on since the check
            markup = replace_plain(markup, finding.start, finding.end, finding.fix or "")
            text = plain(markup)
        if markup != place.text:
            changes.append((place, markup))
    return changes


def _non_overlapping(findings: list[Finding]) -> list[Finding]:
    chosen: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        if not chosen or finding.start >= chosen[-1].end:
            chosen.append(finding)
    return chosen
