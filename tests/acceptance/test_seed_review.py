"""The review of the real county article (../shared/corpus/seed-article.txt) reports the flaws it really has.

The seed is read as pasted text: through ``editor_app.importers.text`` once the text importer is on this branch,
until then through a small local parse (title, details, lead, five run-in sections) that keeps every character
of the body as the page has it.
"""

from __future__ import annotations

import re

import pytest

from editor_app.model.inline import plain
from editor_app.model.places import places
from editor_app.model.report import LevelStyle, Meta, Node, Paragraph, Placement, Report
from editor_app.reviewing import review_report

SECTION = re.compile(r"^[一二三四五六七八九十]+、")


def _local_parse(seed: str) -> Report:
    lines = [line.strip() for line in seed.splitlines() if line.strip() and line.strip() != "|"]
    column = lines[0].split(":", 1)[1].split(" > ")
    meta = Meta(title=lines[1], column=column, source="", published="2021-12-02 16:04")
    body = lines[3:]
    nodes = []
    for line in body:
        if SECTION.match(line):
            heading, _, rest = SECTION.sub("", line).partition("。")
            nodes.append(Node(heading + "。", [Paragraph(rest)]))
    lead = [Paragraph(line) for line in body if not SECTION.match(line)]
    return Report(meta=meta, lead=lead, nodes=nodes, levels=[LevelStyle(True, "一、", Placement.RUNIN)])


def seed_report(seed: str) -> Report:
    try:
        from editor_app.importers.text import parse_text
    except ImportError:
        return _local_parse(seed)
    return parse_text(seed).report


def test_the_review_reports_the_seeds_flaws(seed_text):
    report = seed_report(seed_text)
    findings = review_report(report)
    texts = {place.anchor: plain(place.text) for place in places(report)}
    halfwidth = [f for f in findings if f.rule == "punct.halfwidth"]
    marks = {f.text for f in halfwidth}
    assert {",", ";"} <= marks
    written = [text for anchor, text in texts.items() if not anchor.startswith("meta.")]  # not the 16:04 time
    in_text = sum(text.count(",") + text.count(";") + text.count(":") for text in written)
    assert len(halfwidth) == in_text > 100  # every half-width comma, semicolon and colon of the text, nothing else
    stray = [f for f in findings if f.rule == "pair.unbalanced"]
    assert len(stray) == 1 and stray[0].text == "”"
    assert texts[stray[0].anchor][stray[0].start - 6 : stray[0].start + 1] == "‘五个徐州’”"
    assert ("meta.missing", "meta.source") in {(f.rule, f.anchor) for f in findings}
    assert all(f.severity == "error" for f in halfwidth + stray)


def test_the_seeds_head_line_pasted_as_text_has_its_colons_and_date_flagged(seed_text):
    head = next(line for line in seed_text.splitlines() if line.startswith("来源"))
    report = Report(meta=Meta(title="标题", column=["首页"], source="县委统战部", published="2021-12-02"))
    report.lead = [Paragraph(head)]
    found = [(f.rule, f.text) for f in review_report(report) if f.anchor == "lead-0"]
    assert found.count(("punct.halfwidth", ":")) == 2
    assert ("date.format", "2021/12/2") in found


@pytest.mark.parametrize("command", [["check"], ["check", "--json"]])
def test_editor_app_check_exits_1_on_the_seed(seed_text, tmp_path, capsys, command):
    from editor_app.cli import main
    from editor_app.store.document import save_document

    path = tmp_path / "seed.edesk"
    save_document(seed_report(seed_text), path)
    assert main([*command, str(path)]) == 1
    out = capsys.readouterr().out
    assert "punct.halfwidth" in out and "pair.unbalanced" in out and "meta.source" in out
