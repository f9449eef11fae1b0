"""How well the importer recognises the structure of real-genre documents (tests/data/import).

For each ``NAME.txt`` with its expected ``NAME.outline`` (fields such as ``标题：…`` a line, a blank line, then
the headings as ``editor-app import --print-outline`` shows them), print headings found / expected, false
headings, fields right / expected, and whether the body was kept: every character of the source outside the
lines read into fields or dropped as page furniture, in order, none lost and none added (numbers compared as
regenerated). Run: ``.venv/bin/python tests/benchmarks/import_corpus.py``.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from editor_app.importers.common import ImportResult, Kind
from editor_app.importers.outline import detail_lines, heading_lines, parse_heading_line
from editor_app.importers.text import parse_text, text_lines
from editor_app.model.inline import plain
from editor_app.model.places import PlaceKind, Region, places

CORPUS = Path(__file__).resolve().parent.parent / "data" / "import"
_OUTSIDE = {Kind.CLUTTER, Kind.COLUMN, Kind.DETAIL, Kind.TITLE, Kind.SUBTITLE, Kind.DATE, Kind.SIGNATURE}
_OUTSIDE |= {Kind.ATTACHMENT}


@dataclass
class Score:
    name: str
    expected: int
    found: int
    false: int
    fields_expected: int
    fields_right: int
    lost: int
    added: int

    @property
    def kept(self) -> bool:
        return self.lost == 0 and self.added == 0


def _squeeze(text: str) -> str:
    return "".join(char for char in text if not char.isspace())


def body_difference(source: str, result: ImportResult) -> tuple[int, int]:
    """Characters of the source body missing from the report, and characters the report has that the body has
    not (typed numbers stand against the regenerated ones)."""
    outside = {d.line for d in result.decisions if d.kind in _OUTSIDE}
    lines = text_lines(source.removeprefix("\ufeff"))
    body = _squeeze("".join(line.text for index, line in enumerate(lines) if index not in outside))
    numbers = dict(heading_number(result))
    parts = []
    for place in places(result.report, details=False):
        if place.region in (Region.LEAD, Region.BODY, Region.CLOSING) and place.kind is not PlaceKind.TABLE:
            parts.append(numbers.get(place.anchor, "") + plain(place.text))
    report = _squeeze("".join(parts))
    if body == report:
        return 0, 0
    lost = added = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, body, report, autojunk=False).get_opcodes():
        lost += (i2 - i1) if tag in ("delete", "replace") else 0
        added += (j2 - j1) if tag in ("insert", "replace") else 0
    return lost, added


def heading_number(result: ImportResult):
    from editor_app.model.numbering import node_numbers

    numbers = node_numbers(result.report)
    for place in places(result.report, details=False):
        if place.kind is PlaceKind.HEADING:
            yield place.anchor, numbers[id(place.node)]


def measure(path: Path) -> Score:
    source = path.read_text(encoding="utf-8")
    expected_text = path.with_suffix(".outline").read_text(encoding="utf-8")
    fields_part, _, headings_part = expected_text.partition("\n\n")
    expected = Counter(parse_heading_line(line) for line in headings_part.splitlines() if line.strip())
    result = parse_text(source)
    got = Counter(parse_heading_line(line) for line in heading_lines(result.report))
    found = sum((expected & got).values())
    details = set(detail_lines(result.report))
    wanted = [line for line in fields_part.splitlines() if line.strip()]
    lost, added = body_difference(source, result)
    return Score(
        path.stem,
        sum(expected.values()),
        found,
        sum((got - expected).values()),
        len(wanted),
        sum(line in details for line in wanted),
        lost,
        added,
    )


def measure_all(corpus: Path = CORPUS) -> list[Score]:
    return [measure(path) for path in sorted(corpus.glob("*.txt"))]


def report(scores: list[Score]) -> str:
    rows = [f"{'document':<14}{'headings':>12}{'false':>7}{'fields':>9}  body kept"]
    for s in scores:
        body = "yes" if s.kept else f"no (lost {s.lost}, added {s.added})"
        fields = f"{s.fields_right:>4} / {s.fields_expected:<2}"
        rows.append(f"{s.name:<14}{s.found:>5} / {s.expected:<4}{s.false:>7}{fields}  {body}")
    total = (sum(s.found for s in scores), sum(s.expected for s in scores), sum(s.false for s in scores))
    fields = (sum(s.fields_right for s in scores), sum(s.fields_expected for s in scores))
    kept = sum(s.kept for s in scores)
    rows.append(
        f"{'total':<14}{total[0]:>5} / {total[1]:<4}{total[2]:>7}{fields[0]:>4} / {fields[1]:<2}  "
        f"{kept} of {len(scores)} documents"
    )
    return "\n".join(rows)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
    print(report(measure_all()))
