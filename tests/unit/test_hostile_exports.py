"""Exports of documents holding what no file can carry, and outputs that belong together."""

import pytest

from editor_app.export import ExportFailed, export_report, fields_path
from editor_app.model.report import Meta, Paragraph, Report
from editor_app.store.document import open_document, save_document


@pytest.mark.parametrize(("fmt", "notice"), [("txt", "略去"), ("md", "略去"), ("fragment", "略去"), ("docx", "删除")])
def test_lone_surrogates_saved_by_the_store_do_not_crash_an_export(tmp_path, fmt, notice):
    report = Report(meta=Meta(title="标题\ud800", keywords=["词\udc00"]), lead=[Paragraph("导语\udfff继续")])
    source = save_document(report, tmp_path / "稿件")
    result = export_report(open_document(source), fmt, None, source=source)
    assert any(notice in warning for warning in result.warnings)
    if fmt != "docx":
        assert "导语继续" in result.paths[0].read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "fragment"])
def test_bidi_override_does_not_reach_the_export(tmp_path, fmt):
    report = Report(meta=Meta(title="通知"), lead=[Paragraph("附件：合同\u202efdp.exe")])
    result = export_report(report, fmt, tmp_path / f"out.{fmt}", source=tmp_path / "稿件.edesk")
    assert "\u202e" not in result.paths[0].read_text(encoding="utf-8")
    assert "合同fdp.exe" in result.paths[0].read_text(encoding="utf-8")


def test_fragment_halves_are_written_together_or_not_at_all(tmp_path):
    target = tmp_path / "稿件.fragment.html"
    fields_path(target).mkdir()  # the .json half cannot be written
    with pytest.raises(ExportFailed):
        export_report(Report(meta=Meta(title="标题")), "fragment", target, source=tmp_path / "稿件.edesk")
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["稿件.fragment.json"]


def test_failed_fragment_export_keeps_the_previous_pair(tmp_path, monkeypatch):
    import os

    target = tmp_path / "稿件.fragment.html"
    export_report(Report(meta=Meta(title="第一版")), "fragment", target, source=tmp_path / "稿件.edesk")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real_replace = os.replace

    def replace(src, dst):
        if str(dst).endswith(".json"):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(ExportFailed, match="磁盘空间不足"):
        export_report(Report(meta=Meta(title="第二版")), "fragment", target, source=tmp_path / "稿件.edesk")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
