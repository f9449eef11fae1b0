"""Differences between two versions of a report, as a writer reads them: place by place in reading order, each
headed by its name (``导语第1段``), the changes worked out character by character (diff-match-patch, so a changed
Chinese character is one change, not a changed word). "Compare with…" colours the changed characters; the
recovery dialog lists the older and newer text of each changed place."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from diff_match_patch import diff_match_patch

from .model.inline import plain
from .model.labels import place_name
from .model.numbering import node_numbers
from .model.places import places
from .model.records import record
from .model.report import Report
from .store.document import DocumentError, open_document

EQUAL, DELETE, INSERT = 0, -1, 1  # diff-match-patch's operations


@record(frozen=True)
class Change:
    """One place that differs: its anchor and name in the newer version (or the older one, if it is gone)."""

    anchor: str
    name: str
    old: str
    new: str
    pieces: tuple[tuple[int, str], ...]  # (EQUAL | DELETE | INSERT, text), old and new interleaved


def _texts(report: Report) -> dict[str, tuple[str, str]]:
    numbers = node_numbers(report)
    return {place.anchor: (place_name(report, place, numbers), plain(place.text)) for place in places(report)}


def compare_reports(old: Report, new: Report) -> list[Change]:
    """Every place whose text differs, in the reading order of the newer version (places gone from it last)."""
    before, after = _texts(old), _texts(new)
    engine = diff_match_patch()
    engine.Diff_Timeout = 0.5
    changes = []
    for anchor in [*after, *(a for a in before if a not in after)]:
        name, new_text = after.get(anchor, before.get(anchor, ("", "")))[0], after.get(anchor, ("", ""))[1]
        old_text = before.get(anchor, ("", ""))[1]
        if old_text == new_text:
            continue
        pieces = engine.diff_main(old_text, new_text)
        engine.diff_cleanupSemantic(pieces)
        changes.append(Change(anchor, name, old_text, new_text, tuple(pieces)))
    return changes


def difference_lines(changes: list[Change], labels: tuple[str, str] = ("已保存的文件：", "恢复的副本：")) -> list[str]:
    """The changes as lines a writer reads: the place's name, then its older and newer text, each after its label
    (no diff markers; the Compare dialog marks the changed characters)."""
    lines: list[str] = []
    for change in changes:
        lines.append(f"【{change.name}】")
        lines += [label + text for label, text in zip(labels, (change.old, change.new), strict=True) if text]
        lines.append("")
    return lines[:-1]


def describe_difference(recovered: Report, original: Path | None) -> list[str]:
    """What a recovered copy changes against its original file, as lines for the recovery dialog (an unreadable
    original counts as empty, so a new document shows all its text)."""
    old = Report()
    if original is not None:
        with suppress(DocumentError):
            old = open_document(original)
    return difference_lines(compare_reports(old, recovered))
