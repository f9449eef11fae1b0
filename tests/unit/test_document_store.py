"""The document file: round trips, atomic saves with backups, and damaged or foreign files left untouched."""

import errno
import io
import json
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings

from editor_app.model.report import Attachment, Meta, Node, Paragraph, Report, Table
from editor_app.store import document, files
from editor_app.store.document import (
    DamagedDocumentError,
    ForeignDocumentError,
    NewerVersionError,
    SaveError,
    decode,
    encode,
    open_document,
    save_document,
)
from editor_app.store.files import backup_path
from editor_app.templates import list_templates, sample_report
from strategies import reports


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_any_report_survives_encode_and_decode(report):
    assert decode(encode(report)) == report


def test_sample_and_every_template_survive_save_and_open(tmp_path):
    for index, report in enumerate([sample_report(), *(t.create() for t in list_templates())]):
        path = save_document(report, tmp_path / f"doc{index}")
        assert path.suffix == ".edesk"
        assert open_document(path) == report


def test_lone_surrogates_and_control_characters_are_kept_exactly(tmp_path):
    report = Report(meta=Meta(title="标题\ud800\x01"), lead=[Paragraph("\x7f\u200b\U0001f600")])
    assert open_document(save_document(report, tmp_path / "odd")) == report


def test_second_save_keeps_the_previous_version_as_backup(tmp_path):
    path = tmp_path / "报告.edesk"
    save_document(Report(meta=Meta(title="第一版")), path)
    save_document(Report(meta=Meta(title="第二版")), path)
    assert open_document(path).meta.title == "第二版"
    assert open_document(backup_path(path)).meta.title == "第一版"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.edesk", "报告.edesk.bak"]


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = save_document(Report(meta=Meta(title="原稿")), tmp_path / "a.edesk")
    before = path.read_bytes()

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "_write_synced", disk_full)
    with pytest.raises(SaveError, match="磁盘空间不足"):
        save_document(Report(meta=Meta(title="新稿")), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.edesk"]


def test_crash_between_backup_and_replace_leaves_the_old_document(tmp_path, monkeypatch):
    path = save_document(Report(meta=Meta(title="原稿")), tmp_path / "a.edesk")
    real_replace = os.replace

    def replace(src, dst):
        if str(dst) == str(path):
            raise OSError(errno.EIO, "I/O error")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(SaveError):
        save_document(Report(meta=Meta(title="新稿")), path)
    assert open_document(path).meta.title == "原稿"
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_read_only_folder_gives_a_chinese_reason(tmp_path, monkeypatch):
    real_open = os.open

    def refuse(path, flags, *args, **kwargs):  # no new file in this folder (root ignores chmod)
        if flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(files.os, "open", refuse)
    with pytest.raises(SaveError) as caught:
        save_document(Report(), tmp_path / "x.edesk")
    assert "没有写入权限" in str(caught.value) and "x.edesk" in str(caught.value)


def test_saving_into_a_missing_folder_says_so(tmp_path):
    with pytest.raises(SaveError, match="文件夹不存在"):
        save_document(Report(), tmp_path / "no" / "such" / "x.edesk")


def _open_untouched(path, error_type, text):
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    with pytest.raises(error_type) as caught:
        open_document(path)
    assert path.read_bytes() == before and path.stat().st_mtime_ns == mtime
    assert path.name in str(caught.value) and text in str(caught.value)


def test_truncated_file_is_reported_and_left_alone(tmp_path):
    path = save_document(sample_report(), tmp_path / "cut.edesk")
    path.write_bytes(path.read_bytes()[:200])
    _open_untouched(path, ForeignDocumentError, "损坏")


def test_corrupted_json_inside_is_reported_as_damaged(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", document.MIMETYPE)
        archive.writestr("document.json", '{"format": "editorial-desk", "schema": 1, "report": {"meta": ')
    path = tmp_path / "bad.edesk"
    path.write_bytes(buffer.getvalue())
    _open_untouched(path, DamagedDocumentError, "文档内容已损坏")


def test_wrong_types_inside_name_the_field(tmp_path):
    data = json.loads(zipfile.ZipFile(io.BytesIO(encode(sample_report()))).read("document.json"))
    data["report"]["nodes"][0]["children"][1]["title"] = 42
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", document.MIMETYPE)
        archive.writestr("document.json", json.dumps(data))
    path = tmp_path / "typed.edesk"
    path.write_bytes(buffer.getvalue())
    _open_untouched(path, DamagedDocumentError, "report.nodes[0].children[1].title")


def test_newer_version_is_refused_with_advice_to_upgrade(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", document.MIMETYPE)
        archive.writestr("document.json", json.dumps({"format": "editorial-desk", "schema": 99, "app_version": "9.0"}))
    path = tmp_path / "future.edesk"
    path.write_bytes(buffer.getvalue())
    _open_untouched(path, NewerVersionError, "请升级")


@pytest.mark.parametrize(
    ("content", "text"),
    [
        (b"", "不是稿件编辑台文档"),
        (b"\x00\xff" * 500, "不是稿件编辑台文档"),
        (b'{"title": "x"}', "JSON"),
    ],
)
def test_files_that_are_not_ours(tmp_path, content, text):
    path = tmp_path / "other.edesk"
    path.write_bytes(content)
    _open_untouched(path, ForeignDocumentError, text)


def test_a_word_file_is_pointed_to_import(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    path = tmp_path / "renamed.edesk"
    path.write_bytes(buffer.getvalue())
    _open_untouched(path, ForeignDocumentError, "Word")


def test_missing_file_and_folder_have_clear_messages(tmp_path):
    with pytest.raises(document.DocumentError, match="文件不存在"):
        open_document(tmp_path / "nothing.edesk")
    with pytest.raises(document.DocumentError, match="文件夹"):
        open_document(tmp_path)


def test_file_starts_with_an_uncompressed_mimetype_like_odf(tmp_path):
    path = save_document(Report(nodes=[Node("一")]), tmp_path / "m.edesk")
    head = path.read_bytes()[:100]
    assert document.MIMETYPE.encode() in head


def test_new_files_get_ordinary_permissions_and_saves_keep_them(tmp_path):
    path = save_document(Report(), tmp_path / "shared.edesk")
    assert path.stat().st_mode & 0o777 == files.NEW_FILE_MODE  # not mkstemp's private 0600
    os.chmod(path, 0o640)
    save_document(Report(meta=Meta(title="二稿")), path)
    assert path.stat().st_mode & 0o777 == 0o640
    assert backup_path(path).stat().st_mode & 0o777 == 0o640


def test_a_version_1_file_opens_with_its_attachment_names_and_saves_as_version_2(tmp_path):
    old = {
        "format": "editorial-desk",
        "schema": 1,
        "app_version": "0.1",
        "report": {
            "meta": {"title": "旧稿", "document_number": "青农〔2026〕5号"},
            "lead": [{"type": "paragraph", "text": "正文。"}],
            "attachments": ["名单", "日程"],
        },
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", document.MIMETYPE)
        archive.writestr("document.json", json.dumps(old, ensure_ascii=False))
    path = tmp_path / "old.edesk"
    path.write_bytes(buffer.getvalue())
    report = open_document(path)
    assert [(a.name, a.content) for a in report.attachments] == [("名单", []), ("日程", [])]
    assert report.meta.document_number == "青农〔2026〕5号" and report.meta.issuer == []
    save_document(report, path)
    saved = json.loads(zipfile.ZipFile(path).read("document.json"))
    assert saved["schema"] == 2
    assert saved["report"]["attachments"][0] == {"name": "名单", "content": []}


def test_official_elements_and_attachment_bodies_survive_save_and_open(tmp_path):
    report = sample_report()
    report.meta.issuer = ["青溪县农业农村局", "青溪县财政局"]
    report.meta.signers = ["张三", "李四"]
    report.meta.cc = ["县委办公室", "县政府办公室"]
    report.meta.copy_number, report.meta.secrecy, report.layout = "000001", "秘密★1年", "letter"
    report.attachments = [Attachment("名单", [Paragraph("张三"), Table([["姓名"], ["李四"]])])]
    save_document(report, tmp_path / "full.edesk")
    assert open_document(tmp_path / "full.edesk") == report
