"""Plain text → structure: what a writer pasting a document would notice."""

from benchmarks.import_corpus import measure_all, report
from editor_app.importers.common import Kind
from editor_app.importers.outline import heading_lines
from editor_app.importers.structure import Corrections
from editor_app.importers.text import parse_text
from editor_app.model.inline import plain
from editor_app.render.text import render_text


def test_corpus_headings_fields_and_body_are_recognised():
    scores = measure_all()
    print(report(scores))
    assert len(scores) >= 6
    for score in scores:
        assert score.found == score.expected and score.false == 0, score
        assert score.fields_right == score.fields_expected, score
        assert score.lost <= 1 and score.added <= 1, score  # work-report: its skipped （四） becomes （三）


def test_every_number_form_is_a_heading_and_typed_numbers_are_regenerated():
    text = "标题\n\n第一章　总则\n一、甲\n（一）乙\n1．丙\n（1）丁\n第二章　附则\n二、戊\n㈠己\n1、庚\n(1)辛\n"
    result = parse_text(text)
    outline = heading_lines(result.report)
    assert [line.strip() for line in outline] == [
        "第一章 总则", "一、 甲", "（一） 乙", "1． 丙", "第二章 附则", "二、 戊", "（一） 己", "1． 庚",
    ]  # fmt: skip
    assert result.report.levels[1].continuous  # 一、 runs on across chapters, as rules of procedure number them
    assert any("超过四级" in w for w in result.warnings)  # （1） is a fifth form: kept as text
    assert "（1）丁" in render_text(result.report)


def test_sentences_that_merely_start_with_a_number_enumerations_articles_and_labels_stay_paragraphs():
    text = (
        "标题\n\n一、总体要求\n1.5亿元以上的项目实行领导联系制度。\n2025年完成改造任务。\n"
        "一是加强领导。二是强化考核。\n第一条　为了规范管理，制定本办法。\n工作目标：全年新增主体三千户。\n"
        "3.只有一项编号不从一开始的段落。\n"
    )
    report = parse_text(text).report
    assert [plain(n.title) for n in report.nodes] == ["总体要求"]
    assert report.nodes[0].children == []
    assert [plain(p.text) for p in report.nodes[0].content] == text.split("\n")[3:9]


def test_skipped_and_repeated_numbers_are_reported_and_a_continuous_count_is_kept():
    text = "标题\n\n一、甲\n1.一项\n2.二项\n二、乙\n3.三项\n5.五项\n5.又五项\n"
    result = parse_text(text)
    assert result.report.levels[1].continuous
    assert [line.strip() for line in heading_lines(result.report)][-3:] == ["3. 三项", "4. 五项", "5. 又五项"]
    assert any("跳号" in w for w in result.warnings) and any("重号" in w for w in result.warnings)


def test_the_writers_corrections_change_the_outline():
    text = "标题\n\n一、甲\n深化改革。改革的内容很多很多，需要逐步推进落实到位。\n二、乙\n"
    result = parse_text(text)
    assert heading_lines(result.report) == ["一、 甲", "  · 深化改革。", "二、 乙"]
    lead = next(d for d in result.decisions if d.kind is Kind.LEAD)
    assert lead.anchor == "n0.0" and lead.confidence >= 0.6
    undone = parse_text(text, Corrections(kinds={4: Kind.PARAGRAPH}, leads={(lead.line, lead.start): False}))
    assert heading_lines(undone.report) == ["一、 甲"]
    assert plain(undone.report.nodes[0].content[-1].text) == "二、乙"
    forced = parse_text(text, Corrections(leads={(3, 0): False, (3, 5): True}))
    assert heading_lines(forced.report) == ["一、 甲", "  · 改革的内容很多很多，需要逐步推进落实到位。", "二、 乙"]
    split = parse_text(text, Corrections(leads={(3, 0): False}, splits={(3, 5)}))
    assert [plain(p.text) for p in split.report.nodes[0].content] == ["深化改革。", text.split("\n")[3][5:]]
