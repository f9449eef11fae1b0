"""Find and replace across the whole report, in reading order, on the text the writer sees.

Search runs on each field's visible text (markup removed). Replacement works inside styled runs, so bold
and italic are kept; a match that would straddle a change of style (part bold, part plain) is not replaced.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .inline import parse, plain, to_markup
from .report import Paragraph, Report, iter_nodes


@dataclass(frozen=True)
class Field:
    """One editable text of the report: ``getattr(owner, attr)`` is its markup."""

    owner: object
    attr: str

    @property
    def markup(self) -> str:
        return getattr(self.owner, self.attr)


def text_fields(report: Report) -> Iterator[Field]:
    """Every editable text in reading order (tables are skipped: they are edited as a whole)."""
    yield Field(report.meta, "title")
    for item in report.lead:
        if isinstance(item, Paragraph):
            yield Field(item, "text")
    for _, node in iter_nodes(report.nodes):
        yield Field(node, "title")
        for item in node.content:
            if isinstance(item, Paragraph):
                yield Field(item, "text")
    for item in report.closing:
        if isinstance(item, Paragraph):
            yield Field(item, "text")
    yield Field(report, "signature")
    yield Field(report, "date")


@dataclass(frozen=True)
class Match:
    field: Field
    start: int  # in the field's visible text
    end: int


def find_all(report: Report, needle: str) -> list[Match]:
    if not needle:
        return []
    matches = []
    for field in text_fields(report):
        text = plain(field.markup)
        start = text.find(needle)
        while start >= 0:
            matches.append(Match(field, start, start + len(needle)))
            start = text.find(needle, start + len(needle))
    return matches


def replace_in_markup(markup: str, needle: str, replacement: str) -> str:
    """``markup`` with ``needle`` replaced inside each styled run; styles are kept."""
    spans = parse(markup)
    if not any(needle in span.text for span in spans):
        return markup
    return to_markup([type(span)(span.text.replace(needle, replacement), span.bold, span.italic) for span in spans])


def replace_all(report: Report, needle: str, replacement: str) -> list[tuple[Field, str, str]]:
    """The changes a replace-all makes, as ``(field, old, new)``; nothing is changed yet."""
    if not needle:
        return []
    changes = []
    for field in text_fields(report):
        old = field.markup
        new = replace_in_markup(old, needle, replacement)
        if new != old:
            changes.append((field, old, new))
    return changes
