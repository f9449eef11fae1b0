"""Character counts as Chinese offices count them: characters, not words.

What is counted: every visible character of the text a reader sees (title, lead, headings, paragraphs, table
cells and captions, closing, signature and date), after inline markup is removed, excluding whitespace (spaces,
full-width spaces, line breaks). Generated numbering (一、 （一）) is not counted: nobody typed it, and neither is
a template's 【…】 prompt still standing in a place. Punctuation counts, as it does in Word's and WPS's "字数"
including punctuation.
"""

from __future__ import annotations

from collections.abc import Iterable

from .inline import without_prompts
from .patterns import lazy_pattern
from .places import Place, PlaceKind, Region, content_places, places, section_places
from .report import Content, Node, Report

_SPACE = lazy_pattern(r"\s")  # for str patterns, exactly what str.isspace() calls whitespace


def count_text(text: str) -> int:
    """Visible non-whitespace characters of plain text."""
    return len(text) - len(_SPACE.findall(text))


def count_markup(markup: str) -> int:
    return count_text(without_prompts(markup))


COUNTED = frozenset(
    {
        PlaceKind.TITLE,
        PlaceKind.SUBTITLE,
        PlaceKind.HEADING,
        PlaceKind.PARAGRAPH,
        PlaceKind.TABLE,
        PlaceKind.CELL,
        PlaceKind.SIGNATURE,
        PlaceKind.DATE,
    }
)
"""What a reader sees as the text: details and attachment names are not counted."""


def count_places(places: Iterable[Place]) -> int:
    return sum(count_markup(place.text) for place in places if place.kind in COUNTED)


def count_node(node: Node) -> int:
    """A section with everything under it."""
    return count_places(section_places(node))


def count_report(report: Report) -> int:
    return count_places(places(report))


class RunningCount:
    """The report's count kept up to date as the writer types: a changed text is recounted alone, when the count
    is next read (a 300,000-character report takes about 80 ms to count whole). ``recount`` first, and after places
    came or went; ``list_changed`` when only the paragraphs of one list came or went (Enter). A text the same as
    when it was last counted keeps its count. The whole count too waits until it is read: a long report's window
    shows before the status bar asks for its count."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self._counts: dict[tuple[int, object], tuple[str, int]] = {}  # a place's text as last counted, its count
        self._changed: dict[tuple[int, object], Place] = {}
        self._lists: dict[int, list[tuple[int, object]]] = {}  # id of a paragraph list → the keys of its places
        self._total = 0
        self._whole = True  # the whole report is to be counted at the next read

    def recount(self) -> None:
        """Places came, went or moved: count the whole report again when the count is next read."""
        self._whole = True

    def _count_whole(self) -> None:
        known, self._counts, self._changed, self._lists = self._counts, {}, {}, {}
        for place in places(self.report):
            if place.kind in COUNTED:
                key = (id(place.owner), place.key)
                self._counts[key] = _counted(place.text, known.get(key))
                if place.container is not None:
                    self._lists.setdefault(id(place.container), []).append(key)
        self._total = sum(count for _text, count in self._counts.values())
        self._whole = False

    def list_changed(self, items: list[Content]) -> None:
        """Only the paragraphs (or tables) of ``items`` came, went or changed: they alone are counted again."""
        if self._whole:
            return  # the whole count to come sees them
        total = self.total  # first the texts typed since the last read, some of which may have left
        known = {key: self._counts.pop(key) for key in self._lists.pop(id(items), []) if key in self._counts}
        total -= sum(count for _text, count in known.values())
        for place in content_places(items, "", Region.BODY):
            if place.kind in COUNTED:
                key = (id(place.owner), place.key)
                counted = _counted(place.text, known.get(key) or self._counts.get(key))
                total += counted[1] - self._counts.get(key, ("", 0))[1]
                self._counts[key] = counted
                self._lists.setdefault(id(items), []).append(key)
        self._total = total

    def text_changed(self, place: Place) -> None:
        key = (id(place.owner), place.key)
        if key in self._counts and not self._whole:
            self._changed[key] = place

    @property
    def total(self) -> int:
        if self._whole:
            self._count_whole()
        for key, place in self._changed.items():
            counted = _counted(place.text, None)
            self._total += counted[1] - self._counts[key][1]
            self._counts[key] = counted
        self._changed = {}
        return self._total


def _counted(text: str, known: tuple[str, int] | None) -> tuple[str, int]:
    """``text`` with its count: the one known when the text is the same (a count depends on the text alone)."""
    if known is not None and known[0] == text:
        return known
    return text, count_markup(text)
