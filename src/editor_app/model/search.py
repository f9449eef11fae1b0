"""Find and replace across the whole report, in reading order, on the text the writer sees.

Search runs on each field's visible text (markup removed). Replacement works inside styled runs, so bold
and italic are kept; a match that would straddle a change of style (part bold, part plain) is not replaced.
"""

from __future__ import annotations

from collections.abc import Iterator

from .inline import parse, plain, to_markup
from .places import Place, PlaceKind, places
from .records import record
from .report import Report

SEARCHED = frozenset({PlaceKind.TITLE, PlaceKind.HEADING, PlaceKind.PARAGRAPH, PlaceKind.SIGNATURE, PlaceKind.DATE})
"""The places find and replace visit: the texts of the reading column (details, tables and attachment names are
edited elsewhere)."""


def text_fields(report: Report) -> Iterator[Place]:
    """Every searched place in reading order."""
    return (place for place in places(report, details=False) if place.kind in SEARCHED)


@record(frozen=True)
class Match:
    place: Place
    start: int  # in the field's visible text
    end: int


def find_all(report: Report, needle: str) -> list[Match]:
    if not needle:
        return []
    matches = []
    for place in text_fields(report):
        text = plain(place.text)
        start = text.find(needle)
        while start >= 0:
            matches.append(Match(place, start, start + len(needle)))
            start = text.find(needle, start + len(needle))
    return matches


def replace_in_markup(markup: str, needle: str, replacement: str) -> str:
    """``markup`` with ``needle`` replaced inside each styled run; styles are kept."""
    spans = parse(markup)
    if not any(needle in span.text for span in spans):
        return markup
    return to_markup([type(span)(span.text.replace(needle, replacement), span.bold, span.italic) for span in spans])


def replace_all(report: Report, needle: str, replacement: str) -> list[tuple[Place, str, str]]:
    """The changes a replace-all makes, as ``(place, old, new)``; nothing is changed yet."""
    if not needle:
        return []
    changes = []
    for place in text_fields(report):
        old = place.text
        new = replace_in_markup(old, needle, replacement)
        if new != old:
            changes.append((place, old, new))
    return changes
