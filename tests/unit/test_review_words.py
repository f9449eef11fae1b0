"""Word lists: confusable words, preferred and outdated terms, protected names with near-misses, office lists."""

import json

from hypothesis import given
from hypothesis import strategies as st
from review_kit import findings, fixed, flagged

from editor_app.model.report import Paragraph, Report
from editor_app.review import check_report
from editor_app.reviewing import office_words_path, review_options
from editor_app.settings import Settings


def test_confusable_words_and_fixed_phrases():
    assert fixed("截止目前，要再接再励、按步就班地布署", "words.confusable") == "截至目前，要再接再厉、按部就班地部署"


def test_a_name_is_not_a_typo():
    assert flagged("要曾强管理", "words.confusable") == ["曾强"]
    for text in ["曾强同志出席会议", "他曾强调", "曾强烈要求", "县委书记曾强，县长李明"]:
        assert findings(text) == [], text


def test_other_checkers_traps_stay_quiet():
    for text in [
        "贵阳市、贵州省的同志",
        "附件10万元已拨付",
        "1.5亿元用于道路建设。",
        "农业部门、环境保护部署",
        "全县人民代表大会",
    ]:
        assert findings(text) == [], text


def test_outdated_names_and_preferred_terms():
    assert fixed("据国土资源部通报，农业部印发", "words.outdated") == "据自然资源部通报，农业农村部印发"
    preferred = findings("其它事项", "words.preferred")
    assert [(f.text, f.fix, f.severity) for f in preferred] == [("其它", "其他", "info")]


def test_wording_rules_leave_quotations_and_titles_alone():
    assert flagged("《国土资源部关于土地管理的通知》和“其它”", "words.outdated") == []
    assert flagged("《国土资源部关于土地管理的通知》和“其它”", "words.preferred") == []


def test_protected_names_near_misses():
    found = findings("中华人民共合国成立，习近评同志指出", "names.protected")
    assert [(f.text, f.fix, f.severity) for f in found] == [
        ("中华人民共合国", "中华人民共和国", "error"),
        ("习近评", "习近平", "error"),
    ]
    quiet = "以习近平同志为核心的党中央，中国共产党员、中国共产主义青年团，全县人民代表大会，习近平总书记"
    assert findings(quiet, "names.protected") == []
    assert flagged("习近评说", "names.protected") == []  # without a title: perhaps another person


def test_the_office_adds_names_and_switches_defaults_off():
    office_words_path().parent.mkdir(parents=True, exist_ok=True)
    office_words_path().write_text(
        json.dumps({"names": [{"name": "王建国", "person": True}, "睢宁县委统战部"], "disabled": ["其它"]}),
        encoding="utf-8",
    )
    options, warnings = review_options(Settings(unit_name="睢宁县人民政府办公室"))
    assert warnings == []
    report = Report(lead=[Paragraph("王建军书记、睢宁县委统占部、睢宁县人民政府办工室和其它单位")])
    found = [(f.rule, f.text) for f in check_report(report, options) if f.anchor == "lead-0"]
    assert found == [
        ("names.protected", "王建军"),
        ("names.protected", "睢宁县委统占部"),
        ("names.protected", "睢宁县人民政府办工室"),
    ]


def test_a_broken_office_list_is_reported_and_the_defaults_still_work():
    office_words_path().parent.mkdir(parents=True, exist_ok=True)
    office_words_path().write_text('{"confusable": [{"right": "x"}]}', encoding="utf-8")
    options, warnings = review_options(Settings())
    assert len(warnings) == 1 and "review-words.json" in warnings[0] and "wrong" in warnings[0]
    assert [f.text for f in check_report(Report(lead=[Paragraph("截止目前")]), options) if f.anchor == "lead-0"] == [
        "截止目前"
    ]


def _distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


@given(st.text(alphabet="中华人民共和国", max_size=7), st.text(alphabet="中华人民共和国", max_size=7))
def test_near_misses_are_exactly_one_edit_away(a, b):
    from editor_app.review.words import _one_edit_apart

    assert _one_edit_apart(a, b) == (_distance(a, b) == 1)
