"""Any name a writer types saves a file the app reopens, and every export gets its format's suffix (issue #14)."""

from __future__ import annotations

import shutil

import pytest

from editor_app.cli import main
from editor_app.export import export_report
from editor_app.opening import load_report
from editor_app.store.document import is_document_file, save_document, with_extension
from editor_app.templates import SAMPLE_PATH, sample_report


@pytest.mark.parametrize("name", ["2025年工作总结v1.2", "会议纪要11.30", "月报2025.11", "总结", "已有.EDESK"])
def test_names_with_dots_get_the_extension_unless_they_end_with_it(tmp_path, name):
    path = with_extension(tmp_path / name)
    expected = name if name.lower().endswith(".edesk") else name + ".edesk"
    assert path.name == expected
    save_document(sample_report(), path)
    assert load_report(path)[0].meta.title == sample_report().meta.title


def test_a_document_opens_by_its_content_whatever_its_name(tmp_path):
    saved = save_document(sample_report(), tmp_path / "稿.edesk")
    renamed = tmp_path / "2025年工作总结v1.2"
    shutil.copy(saved, renamed)
    assert is_document_file(renamed) and not is_document_file(SAMPLE_PATH)
    assert load_report(renamed)[0].meta.title == sample_report().meta.title


@pytest.mark.parametrize(
    ("fmt", "name", "written"),
    [
        ("docx", "paste-test", "paste-test.docx"),
        ("docx", "总结v1.2", "总结v1.2.docx"),
        ("fragment", "x.fragment", "x.fragment.html"),
        ("fragment", "正文.html", "正文.html"),
        ("md", "稿件.markdown", "稿件.markdown"),
        ("txt", "纯文本", "纯文本.txt"),
    ],
)
def test_exports_get_their_format_suffix(tmp_path, fmt, name, written):
    result = export_report(sample_report(), fmt, tmp_path / name, source=SAMPLE_PATH)
    assert result.paths[0] == tmp_path / written and result.paths[0].is_file()


def test_the_command_line_names_files_as_the_window_does(tmp_path, capsys):
    assert main(["new", "--template", "blank", "-o", str(tmp_path / "2025年工作总结v1.2")]) == 0
    assert is_document_file(tmp_path / "2025年工作总结v1.2.edesk")
    assert main(["import", str(SAMPLE_PATH), "-o", str(tmp_path / "月报2025.11")]) == 0
    assert (tmp_path / "月报2025.11.edesk").is_file()
    assert main(["export", str(SAMPLE_PATH), "--to", "fragment", "-o", str(tmp_path / "x.fragment")]) == 0
    assert (tmp_path / "x.fragment.html").is_file() and not (tmp_path / "x.fragment").exists()


def test_version_help_is_chinese(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    line = next(line for line in capsys.readouterr().out.splitlines() if line.strip().startswith("--version"))
    assert "显示版本号并退出" in line
