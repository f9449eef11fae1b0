"""``editor-app check``: readable Chinese or JSON findings, exit 1 while errors remain, ``--fix`` saves safely."""

import json

from review_kit import COMPLETE

from editor_app.cli import main
from editor_app.model.report import Meta, Paragraph, Report
from editor_app.store.document import open_document, save_document


def _document(tmp_path, *paragraphs: str, **meta) -> object:
    path = tmp_path / "稿件.edesk"
    report = Report(meta=Meta(**{**vars(COMPLETE), **meta}), lead=[Paragraph(p) for p in paragraphs])
    save_document(report, path)
    return path


def test_json_lists_every_finding_with_its_place_and_fix(tmp_path, capsys):
    path = _document(tmp_path, "加强管理,落实责任", "截止目前", source="")
    assert main(["check", "--json", str(path)]) == 1
    found = json.loads(capsys.readouterr().out)
    assert {"id", "severity", "message", "place", "start", "end", "text", "fix"} <= set(found[0])
    by_id = {f["id"]: f for f in found}
    assert by_id["punct.halfwidth"] | {"message": ""} == {
        "id": "punct.halfwidth", "severity": "error", "message": "", "place": "lead-0",
        "start": 4, "end": 5, "text": ",", "fix": "，",
    }  # fmt: skip
    assert by_id["meta.missing"]["place"] == "meta.source" and by_id["meta.missing"]["fix"] is None
    assert by_id["words.confusable"]["severity"] == "warning"


def test_readable_output_and_exit_0_without_errors(tmp_path, capsys):
    path = _document(tmp_path, "截止目前，工作顺利。")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "lead-0:1\t警告\twords.confusable\t易混淆：“截止目前”，应为“截至目前”" in out
    assert "共 1 处：错误 0 处，警告 1 处，提示 0 处" in out
    assert main(["check", str(_document(tmp_path, "工作顺利。"))]) == 0
    assert "未发现问题" in capsys.readouterr().out


def test_fix_applies_safe_fixes_saves_and_keeps_a_backup(tmp_path, capsys):
    path = _document(tmp_path, '加强管理,落实"五个徐州"建设.', "全面建设‘五个徐州’”、聚力")
    assert main(["check", "--fix", str(path)]) == 1  # the stray ” has no safe fix
    assert [p.text for p in open_document(path).lead] == ["加强管理，落实“五个徐州”建设。", "全面建设‘五个徐州’”、聚力"]
    assert (tmp_path / "稿件.edesk.bak").exists()
    assert "已自动修正并保存 3 处" in capsys.readouterr().err


def test_fix_refuses_a_markdown_file(tmp_path, capsys):
    source = tmp_path / "稿件.md"
    source.write_text("---\ntitle: 标题\n---\n\n加强管理,落实\n", encoding="utf-8")
    assert main(["check", "--fix", str(source)]) == 1
    assert "--fix 只能用于 .edesk 文稿" in capsys.readouterr().err
    assert "加强管理,落实" in source.read_text(encoding="utf-8")
