"""The level scheme a document uses, read from the numbers it typed, and the numbers it got wrong.

Which number forms occur gives the levels (in the nesting order of official documents, 第一章 above 一、 above
（一） above 1.); whether every heading of a form runs on with body text gives its placement; whether its count
goes on under a new parent instead of starting again at 1 makes it continuous. A form whose first number is
not 1 is not a numbering but text that starts with a number.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..model.report import MAX_LEVELS, LevelStyle, Placement, default_levels, tree_depth
from .common import Kind
from .lines import FAMILY_RANK

if TYPE_CHECKING:
    from .structure import Item, Recogniser


def _rank(family: str) -> float:
    return FAMILY_RANK[family] if family in FAMILY_RANK else 2 + int(family[1:]) / 10  # h1…h9: styled headings


def infer_levels(rec: Recogniser, items: list[Item]) -> tuple[dict[str, int], int]:
    """Map each heading family to its level and set the report's scheme; also the level for unnumbered leads
    (0 when all four levels are taken)."""
    by_family: dict[str, list[Item]] = {}
    for item in items:
        if item.kind in (Kind.HEADING, Kind.RUNIN) and item.family:
            by_family.setdefault(item.family, []).append(item)
    for family, members in list(by_family.items()):
        if family in FAMILY_RANK and members[0].value != 1:
            for item in members:
                item.kind, item.confidence = Kind.PARAGRAPH, 0.6
                item.reason = f"“{members[0].marker}”式编号不从 1 开始，视为正文"
            del by_family[family]
    families = sorted(by_family, key=_rank)
    for family in families[MAX_LEVELS:]:
        rec.warnings.append(f"编号层级超过四级，“{by_family[family][0].marker}”式编号的标题保留为正文")
        for item in by_family[family]:
            item.kind, item.reason, item.confidence = Kind.PARAGRAPH, "超过四级的编号，保留为正文", 0.5
    families = families[:MAX_LEVELS]
    if not families:
        return {}, 0
    classic = default_levels()
    scheme = []
    for level, family in enumerate(families, 1):
        members = by_family[family]
        runin = all(item.kind is Kind.RUNIN for item in members)
        placement = Placement.RUNIN if runin else Placement.HEADING
        if family in FAMILY_RANK:
            marker = Counter(item.marker for item in members).most_common(1)[0][0]
            scheme.append(LevelStyle(True, marker, placement))
        else:
            scheme.append(LevelStyle(False, classic[level - 1].marker, placement))
    lead_level = len(scheme) + 1 if len(scheme) < MAX_LEVELS else 0
    if lead_level:
        scheme.append(LevelStyle(False, classic[lead_level - 1].marker, Placement.RUNIN))
    rec.report.levels = scheme
    return {family: level for level, family in enumerate(families, 1)}, lead_level


def check_numbers(rec: Recogniser, levels: dict[str, int]) -> None:
    """Mark levels whose count runs on across parents, report skipped and repeated numbers, and trim the
    scheme to the levels the tree uses."""
    report = rec.report
    if levels:
        report.levels = report.levels[: max(1, tree_depth(report.nodes))]
    groups: dict[int, list[list[tuple[int, int]]]] = {}

    def walk(nodes, parent_level: int) -> None:
        seen: dict[int, list[tuple[int, int]]] = {}
        for node in nodes:
            level = node.level_under(parent_level)
            if id(node) in rec.typed:
                seen.setdefault(level, []).append(rec.typed[id(node)])
            walk(node.children, level)
        for level, values in seen.items():
            groups.setdefault(level, []).append(values)

    walk(report.nodes, 0)
    for level, runs in groups.items():
        runs.sort(key=lambda run: run[0][1])  # by source line: walk finishes children before their parents
        style = report.level_style(level)
        later = runs[1:]
        carried = [run[0][0] == previous[-1][0] + 1 for previous, run in zip(runs, later, strict=False)]
        if later and any(carried) and all(run[0][0] != 1 for run in later):
            style.continuous = True
        count = 0
        for run in runs:
            if not style.continuous:
                count = 0
            for value, line in run:
                count += 1
                if value != count:
                    kind = "跳号" if value > count else "重号"
                    rec.warnings.append(
                        f"第 {line + 1} 行：原文编号为 {value}，按顺序应为 {count}（{kind}），已按结构重新编号"
                    )
                    count = value  # report one slip once, not every number after it
