"""Punctuation checks: what they flag in Chinese text, what they leave alone, and that fixes touch only the marks."""

import pytest
from review_kit import findings, fixed, flagged


def test_halfwidth_marks_in_chinese_become_fullwidth():
    assert fixed("加强管理,落实责任.", "punct.halfwidth") == "加强管理，落实责任。"
    assert fixed("问题在哪里?要抓紧!时间:下午;地点(会议室)", "punct.halfwidth") == (
        "问题在哪里？要抓紧！时间：下午；地点（会议室）"
    )
    assert fixed("国内生产总值(GDP)增长,GDP,增长", "punct.halfwidth") == "国内生产总值（GDP）增长，GDP，增长"


@pytest.mark.parametrize(
    "text",
    [
        "全县共1,200人参加，增长3.5%，会议9:00开始，12:30结束。",
        "详见http://www.example.gov.cn/zwgk/index.html?id=5,或发送至office@example.gov.cn。",
        "U.S.政府与Co.公司、No.1车间的做法。",
        "附件：工作方案.docx",
        "他用英文说：“Hello, world. How are you?”",
        "1.5亿元用于道路建设。",
        "三次产业比为11.8:48.3:39.9。",
    ],
)
def test_halfwidth_marks_that_belong_are_left_alone(text):
    assert flagged(text, "punct.halfwidth") == []


def test_ascii_quotes_become_chinese_quotes_nested_single():
    assert fixed('推进"五个徐州"建设', "quote.ascii") == "推进“五个徐州”建设"
    assert fixed("推进'五个徐州'建设", "quote.ascii") == "推进“五个徐州”建设"
    assert fixed("他说：“要落实'四个意识'要求”", "quote.ascii") == "他说：“要落实‘四个意识’要求”"
    assert flagged('He said "OK" and it\'s fine.', "quote.ascii") == []


def test_unbalanced_pairs_point_at_the_lonely_mark():
    found = findings("努力为全面建设‘五个徐州’”、聚力推进", "pair.unbalanced")
    assert [(f.text, f.start) for f in found] == [("”", 13)]
    assert found[0].fix is None
    assert flagged("根据《条例（试行）规定", "pair.unbalanced") == ["《"]
    assert flagged("增强“四个意识”、坚定“四个自信”，（一）【注】〔2024〕China’s", "pair.unbalanced") == []


def test_title_marks_series_without_enumeration_comma():
    assert (
        fixed("根据《条例》、《办法》和“两个确立”、“两个维护”", "title.marks")
        == "根据《条例》《办法》和“两个确立”“两个维护”"
    )
    assert flagged("增强“四个意识”、坚定“四个自信”", "title.marks") == []


def test_ellipsis_forms():
    assert fixed("包括文件...会议。。。材料…等", "ellipsis") == "包括文件……会议……材料……等"
    found = findings("水果、蔬菜……等", "ellipsis")
    assert [(f.text, f.fix) for f in found] == [("……等", None)]
    assert flagged("等等……", "ellipsis") == []


def test_dashes_and_ranges():
    assert fixed("这就是—我们的目标--发展", "dash") == "这就是——我们的目标——发展"
    assert fixed("2021-2025年，增长20%-30%", "dash") == "2021—2025年，增长20%～30%"
    assert flagged("2021—2025年规划，电话0516-88888888，编号A-3，——这是破折号", "dash") == []


def test_repeated_punctuation():
    assert fixed("太好了！！真的吗？？是，，", "punct.repeat") == "太好了！真的吗？是，"
    assert flagged("他说。。。", "punct.repeat") == []  # a wrong ellipsis, reported once, by the ellipsis rule


def test_spaces_between_chinese_and_digits():
    assert fixed("于 2023 年完成，Windows 系统，会议 ，结束", "space.cjk") == "于2023年完成，Windows系统，会议，结束"
    assert flagged("Hello world 是英文", "space.cjk") == [" "]
    assert flagged("Hello world", "space.cjk") == []


def test_fullwidth_digits_and_letters():
    assert fixed("２０２４年ＧＤＰ增长", "width.digits") == "2024年GDP增长"
    assert flagged("2024年GDP增长", "width.digits") == []


def test_fixes_keep_bold_and_change_only_the_flagged_characters():
    assert fixed("**突出思想引领,**加强管理,落实责任.", "punct.halfwidth") == "**突出思想引领，**加强管理，落实责任。"
    assert fixed("加强*管理*,落实", "punct.halfwidth") == "加强*管理*，落实"
