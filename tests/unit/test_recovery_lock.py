"""Recovery copies survive a crash and are offered; lock files warn a second opener."""

import json
import os
import subprocess
import sys

from editor_app.compare import describe_difference
from editor_app.model.report import Meta, Paragraph, Report
from editor_app.settings import recovery_dir
from editor_app.store.document import save_document
from editor_app.store.lock import lock_path, read_lock, release_lock, take_lock
from editor_app.store.recovery import discard_recovery, list_recoveries, write_recovery


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_copy_of_a_dead_process_is_offered_with_its_text(tmp_path):
    original = tmp_path / "报告.edesk"
    save_document(Report(meta=Meta(title="旧标题"), lead=[Paragraph("旧导语")]), original)
    write_recovery(recovery_dir(), "s1", Report(meta=Meta(title="新标题"), lead=[Paragraph("新写的导语")]), original)
    assert list_recoveries(recovery_dir()) == []  # our own running session is not a crash
    sidecar = recovery_dir() / "s1.json"
    info = json.loads(sidecar.read_text(encoding="utf-8"))
    sidecar.write_text(json.dumps({**info, "pid": _dead_pid()}), encoding="utf-8")
    (copy,) = list_recoveries(recovery_dir())
    assert copy.original == original and copy.title == "新标题"
    assert copy.load().lead[0].text == "新写的导语"
    diff = describe_difference(copy.load(), original)
    assert diff[diff.index("【导语第1段】") + 1 :][:2] == ["已保存的文件：旧导语", "恢复的副本：新写的导语"]
    discard_recovery(recovery_dir(), "s1")
    assert list_recoveries(recovery_dir()) == []


def test_damaged_sidecar_is_skipped(tmp_path):
    recovery_dir().mkdir(parents=True)
    (recovery_dir() / "x.json").write_text("{broken", encoding="utf-8")
    (recovery_dir() / "x.edesk").write_bytes(b"nothing")
    assert list_recoveries(recovery_dir()) == []


def test_lock_of_live_process_is_reported_and_stale_lock_is_not(tmp_path):
    document = tmp_path / "a.edesk"
    assert read_lock(document) is None
    take_lock(document)
    owner = read_lock(document)
    assert owner is not None and owner.pid == os.getpid()
    data = json.loads(lock_path(document).read_text(encoding="utf-8"))
    lock_path(document).write_text(json.dumps({**data, "pid": _dead_pid()}), encoding="utf-8")
    assert read_lock(document) is None
    take_lock(document)
    release_lock(document)
    assert not lock_path(document).exists()
