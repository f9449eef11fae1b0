"""Layout profiles as data, the office font mapping from settings, and the docx entry of the export registry."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from docx_xml import Parts, w

from editor_app.cli import main
from editor_app.export import EXPORTERS, export_report
from editor_app.office import list_profiles, load_profile
from editor_app.render.blocks import to_blocks
from editor_app.render.docx import ProfileError, resolve_fonts
from editor_app.settings import Settings, save_settings
from editor_app.templates import SAMPLE_PATH, sample_report


def _office_profiles() -> Path:
    folder = Path(os.environ["EDITOR_APP_DATA_DIR"]) / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_bundled_profiles_are_listed_default_first() -> None:
    assert list_profiles()[:1] == ["gbt9704"]
    assert "info-brief" in list_profiles()


def test_info_brief_extends_the_standard_and_overrides_only_what_it_names() -> None:
    standard, brief = load_profile("gbt9704"), load_profile("info-brief")
    assert brief["page"] == standard["page"]
    assert brief["fonts"] == standard["fonts"]
    assert brief["info_line"] and not standard["info_line"]


def test_missing_and_broken_profiles_raise_chinese_errors() -> None:
    with pytest.raises(ProfileError, match="找不到 Word 版式“nope”"):
        load_profile("nope")
    (_office_profiles() / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(ProfileError, match="无法读取"):
        load_profile("broken")
    (_office_profiles() / "thin.json").write_text('{"name": "x"}', encoding="utf-8")
    with pytest.raises(ProfileError, match="缺少以下项"):
        load_profile("thin")
    (_office_profiles() / "loop.json").write_text('{"extends": "loop"}', encoding="utf-8")
    with pytest.raises(ProfileError, match="循环继承"):
        load_profile("loop")


def test_an_office_profile_with_the_same_id_replaces_the_bundled_one() -> None:
    data = json.loads(json.dumps(dict(load_profile().data)))
    data["line_spacing_pt"] = 29
    (_office_profiles() / "gbt9704.json").write_text(json.dumps(data), encoding="utf-8")
    assert load_profile()["line_spacing_pt"] == 29


def test_font_overrides_apply_per_role_and_unknown_roles_are_reported() -> None:
    fonts, warnings = resolve_fonts(load_profile(), {"title": "华文中宋", "heading": "黑体", "body": "  "})
    assert fonts["title"] == "华文中宋"
    assert fonts["body"] == "仿宋_GB2312"  # a blank entry keeps the default
    assert len(warnings) == 1 and "“heading”不是可设置的角色" in warnings[0]


def test_export_registry_writes_docx_with_the_settings_profile_and_fonts(tmp_path: Path) -> None:
    save_settings(Settings(word_profile="info-brief", fonts={"body": "仿宋", "typo": "x"}))
    result = export_report(sample_report(), "docx", tmp_path / "out.docx", source=SAMPLE_PATH)
    assert result.paths == [tmp_path / "out.docx"]
    assert any("typo" in warning for warning in result.warnings)
    parts = Parts((tmp_path / "out.docx").read_bytes())
    assert parts.style("Normal").find(f"{w('rPr')}/{w('rFonts')}").get(w("eastAsia")) == "仿宋"
    assert "GwInfo" in {style for style, _ in parts.paragraphs()}


def test_an_unknown_profile_in_settings_falls_back_to_the_standard_with_a_warning(tmp_path: Path) -> None:
    save_settings(Settings(word_profile="gone"))
    result = EXPORTERS["docx"].write(sample_report(), to_blocks(sample_report()), tmp_path / "out.docx")
    assert any("已改用默认的公文版式" in warning for warning in result.warnings)
    assert (tmp_path / "out.docx").stat().st_size > 0


def test_cli_exports_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "报告.md"
    source.write_text(SAMPLE_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["export", str(source), "--to", "docx"]) == 0
    assert "已导出" in capsys.readouterr().out
    paragraphs = Parts((tmp_path / "报告.docx").read_bytes()).paragraphs()
    assert paragraphs[0] == ("Title", "聚焦“三个提升” 绘就和美乡村新画卷")


def test_a_failed_write_raises_os_error_and_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("editor_app.store.files._write_synced", full_disk)
    with pytest.raises(OSError):
        EXPORTERS["docx"].write(sample_report(), to_blocks(sample_report()), target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]


def test_font_overrides_may_name_roles_in_chinese() -> None:
    """IT staff editing settings.json by hand write the role names they read in the settings dialog."""
    fonts, warnings = resolve_fonts(load_profile(), {"正文": "仿宋", " 一级标题 ": "黑体", "数字和西文": "Arial"})
    assert (fonts["body"], fonts["level1"], fonts["latin"]) == ("仿宋", "黑体", "Arial")
    assert warnings == []
    fonts, warnings = resolve_fonts(load_profile(), {"正文字体": "仿宋"})
    assert fonts["body"] == "仿宋_GB2312" and "“正文字体”不是可设置的角色" in warnings[0]
