"""The recognised structure as lines of text: what ``editor-app import --print-outline`` shows, what the corpus
files in tests/data/import expect, and what the import preview lists."""

from __future__ import annotations

from ..model.inline import plain
from ..model.numbering import all_numbers
from ..model.report import Report

UNNUMBERED = "·"


def heading_lines(report: Report) -> list[str]:
    """One line a section: indented two spaces a level, its generated number (``·`` when unnumbered), title."""
    return [
        "  " * (level - 1) + (number or UNNUMBERED) + " " + plain(node.title)
        for level, number, node in all_numbers(report)
    ]


def parse_heading_line(line: str) -> tuple[int, str, str]:
    """``"  （一） 标题"`` → ``(2, "（一）", "标题")``: the inverse of ``heading_lines``."""
    stripped = line.lstrip(" ")
    level = (len(line) - len(stripped)) // 2 + 1
    number, _, title = stripped.partition(" ")
    return level, "" if number == UNNUMBERED else number, title


def detail_lines(report: Report) -> list[str]:
    """The fields the importer filled, one a line, empty ones left out."""
    meta = report.meta
    fields = [
        ("标题", meta.title), ("副标题", meta.subtitle), ("栏目", " > ".join(meta.column)), ("来源", meta.source),
        ("作者", meta.author), ("发布时间", meta.published), ("发文字号", meta.document_number),
        ("关键词", "、".join(meta.keywords)), ("导语", f"{len(report.lead)} 段" if report.lead else ""),
        ("结尾", f"{len(report.closing)} 段" if report.closing else ""), ("附件", "；".join(report.attachments)),
        ("落款", report.signature), ("日期", report.date),
    ]  # fmt: skip
    levels = "，".join(
        f"{index}级 {style.marker if style.numbered else '不编号'}"
        f"{'（段首）' if style.placement == 'runin' else ''}{'（连续编号）' if style.continuous else ''}"
        for index, style in enumerate(report.levels, 1)
    )
    return [f"{name}：{value}" for name, value in fields if value] + [f"层级：{levels}"]
