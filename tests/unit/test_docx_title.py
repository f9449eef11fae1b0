"""Long titles broken into balanced lines shaped like a trapezoid (GB/T 9704 7.3.1)."""

from __future__ import annotations

import pytest
from docx_xml import Parts, w

from editor_app.model.report import Meta, Paragraph, Report
from editor_app.render.docx import render_docx
from editor_app.render.docx.measure import display_width
from editor_app.render.docx.title import shape_title

LONG = [
    "关于印发《青溪县2027年农业农村重点工作任务清单》的通知",
    "青溪县农业农村局关于2026年度乡村振兴重点工作推进情况和2027年工作安排的报告",
    "青溪县人民政府办公室关于进一步加强农村人居环境整治提升工作的实施意见（试行）",
    "聚焦“三个提升”，绘就和美乡村新画卷，奋力谱写青溪农业农村现代化新篇章",
]


def test_a_title_that_fits_stays_on_one_line() -> None:
    assert shape_title("聚焦“三个提升” 绘就和美乡村新画卷", 20) == ["聚焦“三个提升” 绘就和美乡村新画卷"]


@pytest.mark.parametrize("title", LONG)
def test_long_titles_are_balanced_two_line_trapezoids(title: str) -> None:
    lines = shape_title(title, 20)
    assert len(lines) == 2
    assert "".join(lines) == title.replace(" ", "")
    widths = [display_width(line) for line in lines]
    assert max(widths) <= 20
    assert abs(widths[0] - widths[1]) <= 3  # balanced, not a full line over a stub


@pytest.mark.parametrize("title", LONG[:3])
def test_without_punctuation_to_break_at_the_shorter_line_goes_on_top(title: str) -> None:
    top, bottom = (display_width(line) for line in shape_title(title, 20))
    assert top <= bottom + 0.5


@pytest.mark.parametrize("title", LONG)
def test_no_line_starts_with_closing_punctuation_or_splits_a_number(title: str) -> None:
    for previous, line in zip(shape_title(title, 20), shape_title(title, 20)[1:], strict=False):
        assert line[0] not in "，。、）》”"
        assert previous[-1] not in "（《“"
        assert not (previous[-1].isdigit() and line[0].isdigit())


def test_breaks_prefer_punctuation_when_it_keeps_the_balance() -> None:
    assert shape_title(LONG[3], 20) == ["聚焦“三个提升”，绘就和美乡村新画卷，", "奋力谱写青溪农业农村现代化新篇章"]


def test_a_line_break_the_writer_typed_wins() -> None:
    assert shape_title("关于印发\n某某清单的通知", 20) == ["关于印发", "某某清单的通知"]


def test_the_title_paragraph_carries_the_line_break() -> None:
    report = Report(Meta(title=LONG[0]), lead=[Paragraph("正文。")])
    title = Parts(render_docx(report).data).document.find(f".//{w('p')}")
    assert [child.tag for child in title.find(w("r"))][1:] == [w("t"), w("br"), w("t")]
