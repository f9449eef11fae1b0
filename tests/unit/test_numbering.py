"""Numbering is derived from structure: Chinese numerals, markers, restarts, unnumbered levels."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_app.model.numbering import (
    MARKERS,
    all_numbers,
    chinese_numeral,
    chinese_value,
    format_marker,
    node_numbers,
    strip_typed_number,
)
from editor_app.model.report import LevelStyle, Node, Placement, Report, default_levels


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "一"), (9, "九"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (21, "二十一"),
        (99, "九十九"), (100, "一百"), (101, "一百零一"), (110, "一百一十"), (115, "一百一十五"),
        (1000, "一千"), (1001, "一千零一"), (1010, "一千零一十"), (10000, "一万"), (10001, "一万零一"),
        (100010, "十万零一十"), (120000, "十二万"), (100000001, "一亿零一"),
    ],
)  # fmt: skip
def test_chinese_numerals_read_as_official_documents_write_them(n, expected):
    assert chinese_numeral(n) == expected


def test_chinese_numerals_reject_zero_and_negatives():
    with pytest.raises(ValueError):
        chinese_numeral(0)


@given(st.integers(1, 5000), st.integers(1, 5000))
def test_different_counts_get_different_numerals(a, b):
    assert (chinese_numeral(a) == chinese_numeral(b)) == (a == b)


@given(st.integers(1, 10**12 - 1))  # 万亿 and above are written oddly (一万亿零一亿) and never needed
def test_chinese_numerals_read_back_as_the_number_they_write(n):
    assert chinese_value(chinese_numeral(n)) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二〇二六", 2026), ("二零二六", 2026), ("二○二六", 2026), ("一二", 12), ("十九", 19), ("一十九", 19),
        ("一百零五", 105), ("两万", 20000), ("两千零二十六", 2026), ("一百五", 150), ("三万五", 35000),
        ("一万亿", 10**12), ("一亿零五百万", 105_000_000),
    ],
)  # fmt: skip
def test_chinese_numerals_as_writers_type_them_are_read(text, expected):
    assert chinese_value(text) == expected


@pytest.mark.parametrize("text", ["", "十十一", "百", "一二十", "万", "一万十", "零十", "一百一百", "二十a"])
def test_what_is_not_a_chinese_number_is_refused(text):
    with pytest.raises(ValueError):
        chinese_value(text)


@pytest.mark.parametrize(
    ("marker", "n", "expected"),
    [
        ("一、", 3, "三、"),
        ("（一）", 12, "（十二）"),
        ("1.", 7, "7."),
        ("1．", 10, "10．"),
        ("（1）", 21, "（21）"),
        ("1、", 2, "2、"),
        ("①", 3, "③"),
        ("第一章", 11, "第十一章"),
    ],
)
def test_markers_take_the_number(marker, n, expected):
    assert format_marker(marker, n) == expected


def test_unknown_marker_is_refused():
    with pytest.raises(ValueError):
        format_marker("A.", 1)


def _tree():
    return [
        Node("甲", children=[Node("甲一"), Node("甲二", children=[Node("x"), Node("y")])]),
        Node("乙", children=[Node("乙一")]),
    ]


def test_numbers_restart_under_each_parent_and_follow_the_level_scheme():
    report = Report(nodes=_tree())
    numbers = node_numbers(report)
    a, b = report.nodes
    assert [numbers[id(n)] for n in (a, b)] == ["一、", "二、"]
    assert [numbers[id(n)] for n in a.children] == ["（一）", "（二）"]
    assert numbers[id(b.children[0])] == "（一）"
    assert [numbers[id(n)] for n in a.children[1].children] == ["1.", "2."]


def test_unnumbered_level_gives_no_numbers_and_moving_a_node_renumbers():
    report = Report(nodes=_tree())
    report.levels[1] = LevelStyle(False, "（一）", Placement.RUNIN)
    numbers = node_numbers(report)
    assert all(numbers[id(n)] == "" for n in report.nodes[0].children)
    report.nodes.reverse()
    numbers = node_numbers(report)
    assert [report.nodes[0].title, numbers[id(report.nodes[0])]] == ["乙", "一、"]


def test_more_sections_than_ten_are_numbered_in_chinese():
    report = Report(nodes=[Node(str(i)) for i in range(23)])
    numbers = node_numbers(report)
    assert numbers[id(report.nodes[10])] == "十一、"
    assert numbers[id(report.nodes[22])] == "二十三、"


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("一、大兴学习研究之风", "大兴学习研究之风"),
        ("十二、总结", "总结"),
        ("（一）突出思想引领", "突出思想引领"),
        ("(二) 深化调查研究", "深化调查研究"),
        ("3. 加强协调", "加强协调"),
        ("3、加强协调", "加强协调"),
        ("3．加强协调", "加强协调"),
        ("（4）细化", "细化"),
        ("①其一", "其一"),
        ("3.5亿元投资落地", "3.5亿元投资落地"),
        ("2024年工作回顾", "2024年工作回顾"),
    ],
)
def test_typed_numbering_is_stripped_but_numbers_in_text_stay(typed, title):
    assert strip_typed_number(typed) == title


def test_every_marker_offered_is_formattable():
    assert all(format_marker(m, 1) == m for m in MARKERS)


def test_a_continuous_level_counts_through_all_parents_and_a_skipping_node_takes_its_own_level():
    """A plan numbers its items 1.–30. straight through its parts, and puts item 25 directly under 三、."""
    report = Report(levels=default_levels())
    report.levels[2].continuous = True
    report.nodes = [
        Node("甲", children=[Node("甲一", children=[Node("a"), Node("b")])]),
        Node("乙", children=[Node("乙一", children=[Node("c")]), Node("直属", skip=1)]),
    ]
    numbers = [(level, number) for level, number, _ in all_numbers(report)]
    assert numbers == [
        (1, "一、"),
        (2, "（一）"),
        (3, "1."),
        (3, "2."),
        (1, "二、"),
        (2, "（一）"),
        (3, "3."),
        (3, "4."),
    ]
