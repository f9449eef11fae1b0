"""The report snapshot the preview renders from: equal to the report, and independent of later edits."""

from hypothesis import given, settings

from editor_app.model.report import Paragraph
from editor_app.model.snapshot import snapshot
from editor_app.templates import sample_report
from strategies import reports


@settings(max_examples=50, deadline=None)
@given(reports())
def test_snapshot_equals_the_report(report):
    assert snapshot(report) == report


def test_edits_after_the_snapshot_do_not_reach_it():
    report = sample_report()
    copy = snapshot(report)
    report.meta.title = "改"
    report.meta.keywords.append("新")
    report.lead[0].text = "改"
    report.nodes[0].children[0].content.append(Paragraph("新段"))
    report.nodes.pop()
    report.levels[0].marker = "1."
    assert copy == sample_report()
