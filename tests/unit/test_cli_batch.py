"""The command line at speed: several documents exported in one process, and quick commands that load nothing
they do not use."""

import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.cli import FORMATS, main
from editor_app.export import EXPORTERS
from editor_app.model.report import Meta, Paragraph, Report
from editor_app.store.document import save_document

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("docx", "lxml", "markdown_it", "PySide6", "editor_app.render.docx", "editor_app.export")


def test_the_formats_and_extension_the_command_line_names_are_the_cores():
    from editor_app import EXTENSION
    from editor_app.store import document

    assert sorted(FORMATS) == sorted(EXPORTERS)
    assert EXTENSION == document.EXTENSION


def _documents(folder: Path, *titles: str) -> list[str]:
    return [
        str(save_document(Report(meta=Meta(title=t), lead=[Paragraph(f"{t}的导语。")]), folder / t)) for t in titles
    ]


def test_several_documents_export_into_one_folder(tmp_path, capsys):
    out = tmp_path / "导出"
    out.mkdir()
    assert main(["export", *_documents(tmp_path, "甲", "乙", "丙"), "--to", "txt", "-d", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["丙.txt", "乙.txt", "甲.txt"]
    assert "乙的导语" in (out / "乙.txt").read_text(encoding="utf-8")


def test_one_damaged_document_does_not_stop_the_others(tmp_path, capsys):
    good = _documents(tmp_path, "甲", "丙")
    damaged = tmp_path / "坏.edesk"
    damaged.write_bytes(b"PK\x03\x04 broken")
    assert main(["export", good[0], str(damaged), good[1], "--to", "html", "-d", str(tmp_path)]) == 1
    assert (tmp_path / "甲.html").exists() and (tmp_path / "丙.html").exists()
    assert "坏.edesk" in capsys.readouterr().err


def test_two_sources_with_one_output_name_never_overwrite_each_other(tmp_path, capsys):
    (first,) = _documents(tmp_path, "报告")
    markdown = tmp_path / "sub" / "报告.md"
    markdown.parent.mkdir()
    markdown.write_text("---\ntitle: 另一份\n---\n正文。\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", first, str(markdown), "--to", "md", "-d", str(out)]) == 1
    assert "title: 报告" in (out / "报告.md").read_text(encoding="utf-8")
    assert "同名" in capsys.readouterr().err


def test_one_output_file_for_several_documents_is_a_usage_error(tmp_path, capsys):
    assert main(["export", *_documents(tmp_path, "甲", "乙"), "--to", "txt", "-o", str(tmp_path / "x.txt")]) == 2
    assert "-d" in capsys.readouterr().err


def test_missing_output_folder_is_a_chinese_error(tmp_path, capsys):
    assert main(["export", *_documents(tmp_path, "甲"), "--to", "txt", "-d", str(tmp_path / "无")]) == 1
    assert "不存在" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["--version"], ["templates"], ["--help"]])
def test_quick_commands_load_no_exporter_no_word_library_and_no_qt(command):
    probe = (
        "import sys\nfrom editor_app.cli import main\n"
        f"try:\n    main({command!r})\nexcept SystemExit:\n    pass\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""})  # fmt: skip
    loaded = set(done.stderr.split())
    assert not [name for name in HEAVY if name in loaded]
    if command == ["templates"]:
        assert "thematic-report" in done.stdout
