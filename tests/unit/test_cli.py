"""The command line as a user or script calls it: exit codes, Chinese messages, files written."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import editor_app
from editor_app import __version__
from editor_app import export as exporters
from editor_app.cli import main
from editor_app.export import Exporter
from editor_app.store.document import open_document
from editor_app.templates import SAMPLE_PATH


def test_templates_lists_one_a_line_id_first(capsys):
    assert main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    ids = [line.split("\t")[0] for line in lines]
    assert ids[:4] == ["thematic-report", "work-summary", "info-brief", "blank"]
    assert all(len(line.split("\t")) == 3 for line in lines)


def test_new_adds_the_extension_and_refuses_to_overwrite(tmp_path, capsys):
    assert main(["new", "--template", "work-summary", "-o", str(tmp_path / "总结")]) == 0
    report = open_document(tmp_path / "总结.edesk")
    assert report.template == "work-summary" and report.nodes
    assert main(["new", "-o", str(tmp_path / "总结")]) == 1
    assert "已存在" in capsys.readouterr().err
    assert open_document(tmp_path / "总结.edesk").template == "work-summary"


def test_new_with_unknown_template_names_the_known_ones(tmp_path, capsys):
    assert main(["new", "--template", "nope", "-o", str(tmp_path / "x")]) == 1
    assert "thematic-report" in capsys.readouterr().err


def test_import_then_export_markdown_and_text(tmp_path):
    doc = tmp_path / "sample.edesk"
    assert main(["import", str(SAMPLE_PATH), "-o", str(doc)]) == 0
    assert main(["export", str(doc), "--to", "txt"]) == 0
    text = (tmp_path / "sample.txt").read_text(encoding="utf-8")
    assert "一、聚焦产业提质" in text and "三、聚焦治理提效" in text
    out = tmp_path / "again.md"
    assert main(["export", str(doc), "--to", "md", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("---\ntitle: 聚焦“三个提升”")


def test_export_of_a_damaged_file_fails_with_its_name(tmp_path, capsys):
    bad = tmp_path / "坏文件.edesk"
    bad.write_bytes(b"PK\x03\x04 broken")
    assert main(["export", str(bad), "--to", "txt"]) == 1
    assert "坏文件.edesk" in capsys.readouterr().err


def test_a_format_still_being_built_says_so_instead_of_pretending(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(exporters.EXPORTERS, "txt", Exporter("纯文本", ".txt", None, "尚在开发中"))
    assert main(["export", str(SAMPLE_PATH), "--to", "txt", "-o", str(tmp_path / "x.txt")]) == 1
    assert "尚在开发中" in capsys.readouterr().err
    assert not (tmp_path / "x.txt").exists()


def test_pdf_export_without_the_pdf_component_says_what_to_install_and_writes_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "typst", None)  # the app installed without editor-app-pdf
    assert main(["export", str(SAMPLE_PATH), "--to", "pdf", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "PDF 导出需要安装“PDF 导出组件”（editor-app-pdf）" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_word_and_html_exports_work_without_the_pdf_component(tmp_path):
    """The installed app without editor-app-pdf (a fresh process that cannot import Typst): nothing but the PDF
    export may need it."""
    app = "import sys; sys.modules['typst'] = None; from editor_app.cli import main; sys.exit(main(sys.argv[1:]))"
    for fmt in ("docx", "html"):
        command = [sys.executable, "-c", app, "export", str(SAMPLE_PATH), "--to", fmt, "-o", str(tmp_path / f"x.{fmt}")]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
    assert zipfile.is_zipfile(tmp_path / "x.docx") and (tmp_path / "x.html").stat().st_size


def test_unsupported_source_type(tmp_path, capsys):
    source = tmp_path / "a.pdf"
    source.write_bytes(b"%PDF")
    assert main(["import", str(source), "-o", str(tmp_path / "a")]) == 1
    assert "不支持的文件类型" in capsys.readouterr().err


def test_gbk_markdown_is_read_with_a_notice(tmp_path, capsys):
    source = tmp_path / "旧稿.md"
    source.write_bytes("---\ntitle: 旧系统导出的稿件\n---\n\n正文。\n".encode("gb18030"))
    assert main(["import", str(source), "-o", str(tmp_path / "旧稿")]) == 0
    assert open_document(tmp_path / "旧稿.edesk").meta.title == "旧系统导出的稿件"
    assert "GB18030" in capsys.readouterr().err


def test_usage_errors_exit_2_in_chinese(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["export"])
    assert caught.value.code == 2
    assert "用法错误" in capsys.readouterr().err


def test_version_and_module_entry_point(tmp_path):
    """The entry point (``run``, as the console script and the frozen app start) ends a command's process without
    Python's last garbage collection: what it wrote and printed, and its exit code, are all there."""
    src = str(Path(editor_app.__file__).parent.parent)
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}

    def app(*arguments: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "editor_app", *arguments]
        return subprocess.run(command, capture_output=True, text=True, check=False, env=env, timeout=120)

    result = app("--version")
    assert result.returncode == 0 and __version__ in result.stdout
    exported = app("export", str(SAMPLE_PATH), "--to", "html", "-o", str(tmp_path / "x.html"))
    assert exported.returncode == 0 and "已导出" in exported.stdout
    assert (tmp_path / "x.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    failed = app("export", str(tmp_path / "无此文稿.edesk"), "--to", "html")
    assert failed.returncode == 1 and "无此文稿" in failed.stderr


def test_window_without_a_screen_says_so_in_chinese(monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert main([]) == 1
    assert "没有可用的图形界面" in capsys.readouterr().err


def test_export_into_a_missing_folder_is_a_chinese_error(tmp_path, capsys):
    assert main(["export", str(SAMPLE_PATH), "--to", "md", "-o", str(tmp_path / "no" / "x.md")]) == 1
    assert "文件夹不存在" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()


def test_document_output_must_be_a_document_name(tmp_path, capsys):
    assert main(["new", "-t", "blank", "-o", str(tmp_path / "y.md")]) == 1
    assert ".edesk" in capsys.readouterr().err
    assert main(["import", str(SAMPLE_PATH), "-o", str(tmp_path) + "/"]) == 1
    assert "是文件夹" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_help_is_in_chinese(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = capsys.readouterr().out
    assert "显示本帮助并退出" in out and "show this help" not in out
    assert "\n选项：\n" in out and "\n参数：\n" in out and ":\n" not in out  # headings end as Chinese does


def test_help_lists_every_command_and_a_command_s_help_its_own_options(capsys):
    """A command's process builds only its own parser; the whole list still shows where it is asked for."""
    with pytest.raises(SystemExit):
        main(["--help"])
    listing = capsys.readouterr().out
    assert all(name in listing for name in ("templates", "new", "export", "import", "check"))
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    assert "--fix" in capsys.readouterr().out


def test_a_usage_error_lists_what_is_missing_as_chinese_does(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["export"])
    assert caught.value.code == 2 and "缺少必需的参数：file、--to" in capsys.readouterr().err


def test_a_window_with_more_than_one_file_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["一.edesk", "二.edesk"])
    assert caught.value.code == 2 and "无法识别的参数" in capsys.readouterr().err


def test_export_warns_about_what_a_reader_would_notice(tmp_path, capsys):
    doc = tmp_path / "new.edesk"
    assert main(["new", "-t", "info-brief", "-o", str(doc)]) == 0
    assert main(["export", str(doc), "--to", "txt"]) == 0
    assert "模板提示" in capsys.readouterr().err


def test_export_warns_about_a_run_in_lead_without_a_full_stop(tmp_path, capsys):
    source = tmp_path / "lead.md"
    source.write_text(
        "---\ntitle: 标题\nlevels:\n- {numbered: true, marker: 一、, placement: runin}\n---\n\n"
        "# 强化组织领导\n\n成立专班。\n",
        encoding="utf-8",
    )
    assert main(["export", str(source), "--to", "txt"]) == 0
    assert "“一、强化组织领导”没有以句号等标点结尾" in capsys.readouterr().err


def test_import_text_with_print_outline_writes_nothing_and_shows_the_structure(tmp_path, capsys):
    source = tmp_path / "稿件.txt"
    source.write_text("关于做好防汛工作的通知\n\n各乡镇：\n一、提高认识\n二、落实责任\n", encoding="utf-8")
    assert main(["import", str(source), "--print-outline"]) == 0
    out = capsys.readouterr().out
    assert "标题：关于做好防汛工作的通知" in out and "一、 提高认识\n二、 落实责任" in out
    assert list(tmp_path.iterdir()) == [source]


def test_import_names_with_dots_get_the_extension_and_export_extensions_are_refused(tmp_path, capsys):
    source = tmp_path / "稿件.data"
    source.write_text("标题\n\n一、甲\n", encoding="utf-8")
    assert main(["import", str(source), "--from", "txt", "-o", str(tmp_path / "2025年工作总结v1.2")]) == 0
    assert [n.title for n in open_document(tmp_path / "2025年工作总结v1.2.edesk").nodes] == ["甲"]
    assert main(["import", str(source), "--from", "txt", "-o", str(tmp_path / "总结.docx")]) == 1
    assert "editor-app export" in capsys.readouterr().err
    assert main(["import", str(source)]) == 2  # neither -o nor --print-outline
