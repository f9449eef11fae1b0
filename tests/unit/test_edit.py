"""Structure edits: moving, indenting and outdenting sections renumbers them, and nothing is lost."""

import pytest

from editor_app.model.edit import (
    EditRefused,
    indent_target,
    move_node,
    move_target_down,
    move_target_up,
    node_at,
    outdent_target,
    path_of,
    renamed_attachments,
)
from editor_app.model.numbering import all_numbers
from editor_app.model.report import Attachment, Node, Paragraph, Report, default_levels


def _report() -> Report:
    return Report(
        nodes=[
            Node("甲", children=[Node("甲1"), Node("甲2")]),
            Node("乙"),
            Node("丙", children=[Node("丙1")]),
        ],
        levels=default_levels(),
    )


def _outline(report: Report) -> list[str]:
    return [number + node.title for _, number, node in all_numbers(report)]


def test_move_down_renumbers_and_keeps_children():
    report = _report()
    new = move_node(report, (0,), *move_target_down(report, (0,)))
    assert new == (1,)
    assert _outline(report) == ["一、乙", "二、甲", "（一）甲1", "（二）甲2", "三、丙", "（一）丙1"]


def test_move_up_at_top_is_not_offered():
    assert move_target_up(_report(), (0,)) is None
    assert move_target_down(_report(), (2,)) is None


def test_indent_makes_last_child_of_previous_sibling():
    report = _report()
    new = move_node(report, (1,), *indent_target(report, (1,)))
    assert new == (0, 2)
    assert _outline(report) == ["一、甲", "（一）甲1", "（二）甲2", "（三）乙", "二、丙", "（一）丙1"]


def test_outdent_puts_node_after_its_parent():
    report = _report()
    new = move_node(report, (0, 0), *outdent_target(report, (0, 0)))
    assert new == (1,)
    assert _outline(report) == ["一、甲", "（一）甲2", "二、甲1", "三、乙", "四、丙", "（一）丙1"]


def test_move_into_later_sibling_accounts_for_removal():
    report = _report()
    node = node_at(report, (0,))
    new = move_node(report, (0,), (2,), 0)  # into 丙, which becomes (1,) after 甲 leaves
    assert path_of(report, node) == new == (1, 0)
    assert _outline(report) == ["一、乙", "二、丙", "（一）甲", "1.甲1", "2.甲2", "（二）丙1"]


def test_move_back_restores_the_original():
    report = _report()
    before = _outline(report)
    new = move_node(report, (0, 1), (2,), 1)
    move_node(report, new, (0,), 1)
    assert _outline(report) == before


def test_refuses_moving_into_own_subtree_and_fifth_level():
    report = _report()
    with pytest.raises(EditRefused):
        move_node(report, (0,), (0, 0), 0)
    deep = Report(nodes=[Node("a", children=[Node("b", children=[Node("c", children=[Node("d")])])]), Node("e")])
    assert indent_target(deep, (1,)) is not None  # e under a: level 2, fine
    with pytest.raises(EditRefused):
        move_node(deep, (0,), (1,), 0)  # a's four levels under e would make five
    assert indent_target(Report(nodes=[Node("x"), deep.nodes[0]]), (1,)) is None


def test_check_move_refuses_before_anything_changes():
    from editor_app.model.edit import check_move

    report = _report()
    before = _outline(report)
    with pytest.raises(EditRefused):
        check_move(report, (0,), (0, 1))
    assert _outline(report) == before
    check_move(report, (1,), (0,))  # allowed: 乙 under 甲


def test_a_new_section_below_the_fourth_level_is_refused_and_nothing_changes():
    from editor_app.model.edit import new_section

    report = Report(nodes=[Node("一", children=[Node("二", children=[Node("三", children=[Node("四")])])])])
    deepest = (0, 0, 0, 0)
    with pytest.raises(EditRefused, match="最多只能有 4 级标题"):
        new_section(report, deepest, child=True)
    parent, index, fresh = new_section(report, deepest, child=False)  # a sibling at the fourth level is fine
    assert (parent, index, fresh.title) == ((0, 0, 0), 1, "")


def test_a_run_in_level_starts_a_new_section_with_its_paragraph():
    from editor_app.model.edit import new_section
    from editor_app.model.report import Placement

    report = _report()
    report.levels[0].placement = Placement.RUNIN
    assert len(new_section(report, None, child=False)[2].content) == 1  # the lead sentence opens a paragraph
    assert new_section(report, (0,), child=True)[2].content == []  # level 2 keeps its heading line


def test_split_and_merge_are_each_others_undo():
    from editor_app.model.edit import can_merge_back, merge_paragraph, split_paragraph
    from editor_app.model.report import Paragraph, Table

    items = [Paragraph("**今年**以来，全县"), Table(rows=[["甲"]])]
    tail = Paragraph("全县")
    assert split_paragraph(items, 0, "**今年**以来，", [tail]) == "**今年**以来，全县"
    assert [p.text for p in items[:2]] == ["**今年**以来，", "全县"]
    assert can_merge_back(items, 1) and not can_merge_back(items, 2)  # a table never joins a paragraph
    assert merge_paragraph(items, 1) == ("**今年**以来，", 5)  # the cursor goes after the visible 今年以来，
    assert items[0].text == "**今年**以来，全县" and items[1] is not tail


def test_retyping_attachment_names_keeps_each_body_by_position():
    bodies = [Attachment("名单", [Paragraph("张三")]), Attachment("日程", [Paragraph("11月25日")])]
    renamed = renamed_attachments(bodies, ["人员名单", "日程", "经费表"])
    assert [(a.name, a.content) for a in renamed] == [
        ("人员名单", [Paragraph("张三")]),
        ("日程", [Paragraph("11月25日")]),
        ("经费表", []),
    ]
