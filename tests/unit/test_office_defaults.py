"""IT ships office defaults once; every user starts from them, and a user's own choices win over them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from editor_app.settings import Settings, load_settings, office_defaults_paths, save_settings, settings_path

OFFICE = {
    "unit_name": "青溪县农业农村局",
    "columns": ["首页 > 部门动态", "首页 > 乡村振兴"],
    "default_template": "work-summary",
    "fonts": {"正文": "仿宋_GB2312"},
    "theme": "plain",
    "language": "zh_CN",
    "word_lists": {"sensitive": ["某词"]},  # an item this version does not know yet is ignored, not an error
}


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_new_user_starts_from_the_office_defaults():
    _write(office_defaults_paths()[-1], OFFICE)
    settings, warning = load_settings()
    assert warning is None
    assert settings.unit_name == "青溪县农业农村局" and settings.columns == OFFICE["columns"]
    assert (settings.default_template, settings.theme, settings.fonts) == ("work-summary", "plain", OFFICE["fonts"])
    assert settings.autosave_seconds == Settings().autosave_seconds  # what the office left out stays built in


def test_the_users_own_choice_wins_and_only_it_is_saved():
    _write(office_defaults_paths()[-1], OFFICE)
    settings, _ = load_settings()
    settings.theme = "county"
    settings.recent_files = ["/home/小王/报告.edesk"]
    save_settings(settings)
    own = json.loads(settings_path().read_text(encoding="utf-8"))
    assert own == {"theme": "county", "recent_files": ["/home/小王/报告.edesk"]}
    _write(office_defaults_paths()[-1], {**OFFICE, "unit_name": "青溪县农业农村局办公室"})  # IT changes it later
    again, _ = load_settings()
    assert again.theme == "county" and again.unit_name == "青溪县农业农村局办公室"


def test_beside_the_installed_app_is_weaker_than_the_system_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "app" / "editor-app"))
    beside, system = office_defaults_paths()
    assert beside == tmp_path / "app" / "defaults.json"
    _write(beside, {"unit_name": "随安装包的单位", "portal_name": "青溪县人民政府门户网站"})
    _write(system, {"unit_name": "本机设置的单位"})
    settings, _ = load_settings()
    assert (settings.unit_name, settings.portal_name) == ("本机设置的单位", "青溪县人民政府门户网站")


def test_a_broken_defaults_file_is_named_and_the_app_still_starts():
    path = office_defaults_paths()[-1]
    _write(path, {"unit_name": 5})
    settings, warning = load_settings()
    assert settings.unit_name == "" and str(path) in warning and "unit_name" in warning
    path.write_text("{", encoding="utf-8")
    settings, warning = load_settings()
    assert settings == Settings() and str(path) in warning


def test_the_system_folder_is_the_one_the_readme_names(monkeypatch):
    monkeypatch.delenv("EDITOR_APP_SITE_CONFIG_DIR")
    monkeypatch.delenv("XDG_CONFIG_DIRS", raising=False)
    if sys.platform.startswith("linux"):
        assert office_defaults_paths()[-1] == Path("/etc/xdg/editorial-desk/defaults.json")


def test_word_lists_shipped_by_it_reach_the_review_until_a_user_keeps_their_own():
    from editor_app.model.report import Paragraph, Report
    from editor_app.review import check_report
    from editor_app.reviewing import office_words_path, review_options

    _write(office_defaults_paths()[-1].with_name("review-words.json"), {"names": [{"name": "王建国", "person": True}]})
    report = Report(lead=[Paragraph("王建军书记参加会议")])
    options, warnings = review_options(Settings())
    assert warnings == []
    names = [(f.rule, f.text) for f in check_report(report, options) if f.rule == "names.protected"]
    assert names == [("names.protected", "王建军")]
    _write(settings_path().with_name("review-words.json"), {"names": []})  # the user's own list replaces it
    assert office_words_path() == settings_path().with_name("review-words.json")
    options, _ = review_options(Settings())
    assert not [f for f in check_report(report, options) if f.rule == "names.protected"]
