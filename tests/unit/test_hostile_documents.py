"""Hostile and damaged document files: every one is refused with a Chinese message, in bounded time and memory,
and never with a traceback (``decode`` promises to raise only DocumentError)."""

import io
import json
import os
import struct
import zipfile

import pytest

from editor_app.model.report import Meta, Paragraph, Report
from editor_app.store import files
from editor_app.store.document import (
    MIMETYPE,
    DamagedDocumentError,
    DocumentError,
    ForeignDocumentError,
    decode,
    encode,
    open_document,
    save_document,
)


def _zip(members: dict[str, bytes], compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=compress)
    return buffer.getvalue()


def _document(payload_json: bytes) -> bytes:
    return _zip({"mimetype": MIMETYPE.encode(), "document.json": payload_json})


def _payload(report_json: str) -> bytes:
    return f'{{"format": "editorial-desk", "schema": 1, "report": {report_json}}}'.encode()


def test_every_single_byte_corruption_is_a_document_error():
    data = encode(Report(meta=Meta(title="标题"), lead=[Paragraph("导语" * 20)]))
    for position in range(len(data)):
        for value in (0x00, 0xFF, 0x80, data[position] ^ 0x01):
            damaged = bytearray(data)
            damaged[position] = value
            try:
                decode(bytes(damaged))
            except DocumentError as error:
                assert "无法打开" in str(error)


def test_member_name_that_is_not_utf8_is_a_document_error():
    data = bytearray(_document(b"{}"))
    central = data.rfind(b"PK\x01\x02")
    flags = struct.unpack_from("<H", data, central + 8)[0]
    struct.pack_into("<H", data, central + 8, flags | 0x800)  # "the name is UTF-8"
    name_at = central + 46
    data[name_at : name_at + 8] = b"\xffmimety\xfe"[:8]
    with pytest.raises(DocumentError):
        decode(bytes(data))


@pytest.mark.parametrize("depth", [1_100, 100_000])
def test_deeply_nested_json_is_damaged_not_a_recursion_error(depth):
    nested = "[" * depth + "]" * depth
    with pytest.raises(DamagedDocumentError, match="损坏"):
        decode(_document(_payload(f'{{"meta": {nested}}}')))


def test_a_number_with_thousands_of_digits_is_damaged_not_a_value_error():
    with pytest.raises(DamagedDocumentError):
        decode(_document(_payload('{"lead": [{"type": "table", "rows": [], "header_rows": ' + "9" * 5000 + "}]}")))


def test_huge_mimetype_member_is_refused_before_it_is_inflated():
    bomb = _zip({"mimetype": b"\0" * (64 * 1024 * 1024), "document.json": b"{}"})
    assert len(bomb) < 200_000
    with pytest.raises(ForeignDocumentError):
        decode(bomb)


def test_document_json_bomb_is_refused_before_it_is_inflated(monkeypatch):
    from editor_app.store import document

    monkeypatch.setattr(document, "MAX_JSON_BYTES", 1024 * 1024)
    bomb = _document(b" " * (8 * 1024 * 1024))
    with pytest.raises(DamagedDocumentError, match="大小"):
        decode(bomb)


def test_a_link_to_an_endless_device_is_refused(tmp_path):
    link = tmp_path / "报告.edesk"
    link.symlink_to("/dev/zero")
    with pytest.raises(DocumentError, match="不是普通文件"):
        open_document(link)


def test_a_file_larger_than_any_document_is_refused_unread(tmp_path, monkeypatch):
    from editor_app.store import document

    monkeypatch.setattr(document, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "大.edesk"
    path.write_bytes(encode(Report(meta=Meta(title="很长"), lead=[Paragraph(os.urandom(3000).hex())])))
    with pytest.raises(DocumentError, match="过大"):
        open_document(path)


def test_opening_a_small_document_does_not_reserve_the_size_limit(tmp_path):
    """A 256 MB allocation for every open would fail on a low-memory office PC long before the file's size does."""
    import tracemalloc

    path = save_document(Report(meta=Meta(title="小"), lead=[Paragraph("正文。")]), tmp_path / "小")
    tracemalloc.start()
    try:
        open_document(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024


def test_thousands_of_members_open_in_bounded_time():
    members = {"mimetype": MIMETYPE.encode(), "document.json": json.dumps({"format": "x"}).encode()}
    members.update({f"junk/{i}": b"" for i in range(5000)})
    with pytest.raises(ForeignDocumentError):
        decode(_zip(members, zipfile.ZIP_STORED))


def test_stale_temporaries_of_a_killed_save_are_swept_by_the_next_save(tmp_path):
    path = save_document(Report(meta=Meta(title="第一版")), tmp_path / "报告.edesk")
    dead = _dead_pid()
    for suffix in (".tmp", ".baktmp"):
        (tmp_path / f".报告.edesk.{dead}.abc{suffix}").write_bytes(b"half")
    unrelated = tmp_path / ".别的.edesk.123.tmp"
    unrelated.write_bytes(b"not ours")
    save_document(Report(meta=Meta(title="第二版")), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".别的.edesk.123.tmp", "报告.edesk", "报告.edesk.bak"]


def test_temporaries_of_a_live_saver_are_left_alone(tmp_path):
    path = save_document(Report(meta=Meta(title="第一版")), tmp_path / "报告.edesk")
    busy = tmp_path / f".报告.edesk.{os.getppid()}.xyz.tmp"
    busy.write_bytes(b"another process is writing this")
    save_document(Report(meta=Meta(title="第二版")), path)
    assert busy.exists()


def test_file_too_large_reason_is_chinese():
    import errno

    reason = files.os_reason(OSError(errno.EFBIG, "File too large"))
    assert "File too large" not in reason and "大小" in reason
    assert "Some English" not in files.os_reason(OSError(errno.EMLINK, "Some English"))


def _dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_path_traversal_member_names_are_never_extracted(tmp_path):
    good = encode(Report(meta=Meta(title="正常")))
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["../../逃逸.txt"] = b"x"
    members["/etc/passwd"] = b"x"
    path = tmp_path / "inner" / "稿件.edesk"
    path.parent.mkdir()
    path.write_bytes(_zip(members))
    assert open_document(path).meta.title == "正常"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["inner", "稿件.edesk"]
