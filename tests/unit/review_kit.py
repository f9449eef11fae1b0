"""Checking a text or a report with the shipped word lists, as the review panel and ``editor-app check`` do."""

from __future__ import annotations

from functools import cache

from editor_app.model.places import places, set_text
from editor_app.model.report import Meta, Paragraph, Report
from editor_app.resources import resource_path
from editor_app.review import Finding, Options, check_report, fixed_texts
from editor_app.review.wordlists import load_wordlists

COMPLETE = Meta(title="标题", column=["首页", "工作动态"], source="县政府办公室", published="2024-05-08 09:30")


@cache
def options(gb2312: bool = False) -> Options:
    words, _ = load_wordlists(resource_path("review", "words.json"))
    return Options(words, gb2312)


def report_of(*paragraphs: str) -> Report:
    return Report(meta=Meta(**vars(COMPLETE)), lead=[Paragraph(text) for text in paragraphs])


def findings(text: str, rule: str | None = None, *, gb2312: bool = False) -> list[Finding]:
    """The findings in one paragraph of an otherwise complete report (of one rule, or all)."""
    found = check_report(report_of(text), options(gb2312))
    return [f for f in found if f.anchor == "lead-0" and (rule is None or f.rule == rule)]


def flagged(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def fixed(text: str, rule: str) -> str:
    """The paragraph after fixing every finding of ``rule`` (as 'fix all' does)."""
    report = report_of(text)
    for _ in range(3):
        found = [f for f in check_report(report, options()) if f.rule == rule]
        changes = fixed_texts(report, found)
        if not changes:
            break
        for place, value in changes:
            set_text(place, value)
    return next(place.text for place in places(report) if place.anchor == "lead-0")
