"""The review of the real county article (../shared/corpus/seed-article.txt) reports the flaws it really has.

The seed is read as pasted text through ``editor_app.importers.text``, which keeps every character of the body as
the page has it and puts the page's head line (来源:, 发布时间:) into the details.
"""

from __future__ import annotations

import pytest

from editor_app.importers.text import parse_text
from editor_app.model.inline import plain
from editor_app.model.places import places
from editor_app.model.report import Meta, Paragraph, Report
from editor_app.reviewing import review_report


def seed_report(seed: str) -> Report:
    """The seed pasted as text, through the text importer: title, details, lead and five run-in sections."""
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


def test_the_export_warning_counts_every_error_the_full_review_finds(seed_text, tmp_path):
    from editor_app.export import export_report
    from editor_app.review import Severity

    report = seed_report(seed_text)
    report.lead.append(Paragraph("会议于2021-12-2召开。"))  # a warning, which the export warning leaves out
    findings = review_report(report)
    errors = [f for f in findings if f.severity is Severity.ERROR]
    assert 100 < len(errors) < len(findings)
    result = export_report(report, "txt", tmp_path / "seed.txt", source=tmp_path / "seed.edesk")
    rules = "、".join(dict.fromkeys(f.rule for f in errors))
    assert f"审校还有 {len(errors)} 处错误未处理（{rules}）" in result.warnings
