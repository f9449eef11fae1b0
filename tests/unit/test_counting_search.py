"""Character counts (Chinese counts characters) and find/replace across the report."""

from editor_app.model import edit
from editor_app.model.counting import RunningCount, count_markup, count_node, count_report, count_text
from editor_app.model.places import find_place, set_text
from editor_app.model.report import Meta, Node, Paragraph, Report
from editor_app.model.search import find_all, replace_all


def test_counts_characters_not_words_and_skips_markup_and_spaces():
    assert count_text("乡村 振兴\u3000ok") == 6
    assert count_markup("**突出思想引领。**以党建") == 10


def test_report_count_excludes_generated_numbers():
    report = Report(
        meta=Meta(title="标题"),
        lead=[Paragraph("导语。")],
        nodes=[Node("**一节**", [Paragraph("正文")], [Node("小节")])],
    )
    assert count_node(report.nodes[0]) == 2 + 2 + 2
    assert count_report(report) == 2 + 3 + 6  # no "一、" / "（一）" counted


def test_the_running_count_follows_each_changed_text_as_a_whole_count_would():
    report = Report(meta=Meta(title="标题"), lead=[Paragraph("导语。")], nodes=[Node("一节", [Paragraph("正文")])])
    count = RunningCount(report)
    count.recount()
    for anchor, text in (
        ("n0-p0", "正文**加粗**　多了"),
        ("title", ""),
        ("lead-0", "导语。\n第二行"),
        ("n0-p0", "【请填写】"),
    ):
        place = find_place(report, anchor)
        set_text(place, text)
        count.text_changed(place)
        assert count.total == count_report(report), anchor
    report.lead.append(Paragraph("新段落"))  # places came: only a recount sees them
    count.recount()
    assert count.total == count_report(report)


def test_a_paragraph_list_counted_again_alone_gives_the_whole_count():
    """Enter, Backspace joining two paragraphs, a paragraph added to an empty section: only that list is counted
    again, also after a text of it was typed in and then left."""
    section = Node("一节", [Paragraph("正文一"), Paragraph("正文二")])
    report = Report(lead=[Paragraph("导语。")], nodes=[section, Node("二节")])
    count = RunningCount(report)
    count.recount()
    items = report.nodes[0].content
    place = find_place(report, "n0-p1")
    set_text(place, "正文二多了")
    count.text_changed(place)
    edit.merge_paragraph(items, 1)  # the typed paragraph leaves before the count is read
    count.list_changed(items)
    assert count.total == count_report(report)
    edit.split_paragraph(items, 0, "正文", [Paragraph("一正文二多了")])
    count.list_changed(items)
    assert count.total == count_report(report)
    report.nodes[1].content.append(Paragraph("新段落"))
    count.list_changed(report.nodes[1].content)
    assert count.total == count_report(report)


def test_find_in_reading_order_on_visible_text():
    report = Report(meta=Meta(title="乡村"), lead=[Paragraph("**乡村**振兴，乡村")], nodes=[Node("乡村治理")])
    matches = find_all(report, "乡村")
    assert [(m.place.key, m.start) for m in matches] == [("title", 0), ("text", 0), ("text", 5), ("title", 0)]


def test_replace_keeps_bold_and_reports_old_and_new():
    report = Report(lead=[Paragraph("**乡村振兴**，乡村")])
    changes = replace_all(report, "乡村", "农村")
    assert [(old, new) for _, old, new in changes] == [("**乡村振兴**，乡村", "**农村振兴**，农村")]
    assert report.lead[0].text == "**乡村振兴**，乡村"  # nothing changed until the caller applies it


def test_split_and_join_keep_styles():
    from editor_app.model.inline import join_markup, split_markup

    before, after = split_markup("**强化党建引领。**深化网格管理", 4)
    assert (before, after) == ("**强化党建**", "**引领。**深化网格管理")
    assert join_markup(before, after) == "**强化党建引领。**深化网格管理"
    assert split_markup("文字", 0) == ("", "文字")


def test_a_recount_counts_again_each_text_that_differs_from_the_one_last_counted():
    """Counts are kept for texts as they were counted: a text changed without the count being told (an undo
    restoring a paragraph, a structure edit) is counted again, the others keep theirs."""
    report = Report(lead=[Paragraph("导语。")], nodes=[Node("一节", [Paragraph("正文一"), Paragraph("正文二")])])
    count = RunningCount(report)
    count.recount()
    set_text(find_place(report, "n0-p1"), "正文二多了几个字")
    count.recount()
    assert count.total == count_report(report) == 3 + 2 + 3 + 8
    items = report.nodes[0].content
    set_text(find_place(report, "n0-p0"), "正")
    count.list_changed(items)
    assert count.total == count_report(report)
