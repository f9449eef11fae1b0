"""Earlier versions inside the document file, and the character-level comparison of two versions by place."""

import zipfile

from editor_app.compare import compare_reports, difference_lines
from editor_app.model.report import Meta, Node, Paragraph, Report
from editor_app.store import revisions
from editor_app.store.document import open_document, save_document
from editor_app.store.revisions import list_revisions, load_revision


def _report(lead: str, title: str = "标题") -> Report:
    return Report(meta=Meta(title=title), lead=[Paragraph(lead)], nodes=[Node("大兴学习研究之风", [Paragraph("正文")])])


def test_each_save_after_a_change_keeps_the_version_it_replaces(tmp_path):
    path = tmp_path / "稿件.edesk"
    save_document(_report("第一稿"), path)
    save_document(_report("第一稿"), path)  # nothing changed: no new version
    assert list_revisions(path) == []
    save_document(_report("第二稿"), path)
    save_document(_report("第三稿"), path)
    kept = list_revisions(path)
    assert [load_revision(path, r.name).lead[0].text for r in kept] == ["第一稿", "第二稿"]
    assert open_document(path).lead[0].text == "第三稿"
    assert kept[0].saved[:2] == "20" and kept[0].size > 0


def test_history_is_bounded_and_thinned_oldest_first_keeping_the_first(tmp_path, monkeypatch):
    monkeypatch.setattr(revisions, "MAX_REVISIONS", 4)
    path = tmp_path / "稿件.edesk"
    for number in range(8):
        save_document(_report(f"第{number}稿"), path)
    texts = [load_revision(path, r.name).lead[0].text for r in list_revisions(path)]
    assert texts == ["第0稿", "第4稿", "第5稿", "第6稿"]
    monkeypatch.setattr(revisions, "MAX_HISTORY_BYTES", 1)
    save_document(_report("第8稿"), path)
    assert [load_revision(path, r.name).lead[0].text for r in list_revisions(path)] == ["第7稿"]


def test_a_damaged_revision_says_so(tmp_path):
    path = tmp_path / "稿件.edesk"
    save_document(_report("一"), path)
    save_document(_report("二"), path)
    (name,) = [r.name for r in list_revisions(path)]
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("history/9999-20000101T000000.json", "{broken")
    try:
        load_revision(path, "history/9999-20000101T000000.json")
    except ValueError as error:
        assert "无法读取" in str(error)
    else:
        raise AssertionError("a broken revision was read")
    assert load_revision(path, name).lead[0].text == "一"


def test_comparison_is_by_place_and_character_level():
    old = _report("县委统战部将大力弘扬五种风气", title="弘扬五种风气")
    new = _report("县委统战部将大力弘扬“五种风气”", title="弘扬五种风气")
    new.nodes[0].content.append(Paragraph("新增的一段"))
    changes = compare_reports(old, new)
    assert [(c.anchor, c.name) for c in changes] == [("lead-0", "导语第1段"), ("n0-p1", "一、大兴学习研究之风第2段")]
    assert difference_lines(changes, ("旧：", "新：")) == [
        "【导语第1段】",
        "旧：县委统战部将大力弘扬五种风气",
        "新：县委统战部将大力弘扬“五种风气”",
        "",
        "【一、大兴学习研究之风第2段】",
        "新：新增的一段",
    ]
    assert changes[0].pieces == ((0, "县委统战部将大力弘扬"), (1, "“"), (0, "五种风气"), (1, "”"))


def test_one_changed_chinese_character_is_one_change():
    (change,) = compare_reports(_report("深入贯彻是党代会精神"), _report("深入贯彻市党代会精神"))
    assert change.pieces == ((0, "深入贯彻"), (-1, "是"), (1, "市"), (0, "党代会精神"))
