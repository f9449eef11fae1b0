"""A killed process loses nothing older than the autosave interval, and the next start offers it back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from editor_app.settings import Settings, recovery_dir
from editor_app.store.document import open_document, save_document
from editor_app.store.recovery import list_recoveries
from editor_app.templates import sample_report
from editor_app.ui.app import Desk, create_application
from editor_app.ui.dialogs import RecoveryDialog

ROOT = Path(__file__).resolve().parents[2]
TYPED = "这是进程被强行结束前刚输入的一句话。"


def _kill_after_autosave(document: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("crash_writer.py")), str(document), TYPED],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "typed"
        typed_at = time.monotonic()
        time.sleep(1.0 + 2.0)  # the autosave interval (1 s) and a margin for the worker's write
        assert child.poll() is None, "the writer process ended on its own"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        assert time.monotonic() - typed_at < 10
    finally:
        if child.poll() is None:
            child.kill()


def test_killed_process_is_recovered_on_next_start(qapp, qtbot, tmp_path, monkeypatch):
    document = tmp_path / "乡村振兴.edesk"
    save_document(sample_report(), document)
    _kill_after_autosave(document)
    assert TYPED not in open_document(document).lead[0].text  # the kill happened before any save

    (copy,) = list_recoveries(recovery_dir())
    assert copy.original == document.resolve()
    dialog = RecoveryDialog([copy])
    shown = dialog.difference.toPlainText()  # in words a writer reads, no diff markers (issue #14)
    assert "恢复的副本：" + TYPED in shown and "已保存的文件：今年以来" in shown
    assert not any(marker in shown for marker in ("@@", "---", "+++"))

    create_application()
    desk = Desk(Settings())
    monkeypatch.setattr(Desk, "choose_recoveries", lambda self, copies: list(copies))
    desk.start(None)
    (window,) = desk.windows
    assert window.report().lead[0].text.startswith(TYPED)
    assert window.path == document.resolve() and window.isWindowModified()
    window.menus.action("save").trigger()
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert open_document(document).lead[0].text.startswith(TYPED)
    window.close()
    assert not any(recovery_dir().glob("*.edesk"))  # a normal close leaves no recovery copy behind


def test_declined_recovery_is_discarded_and_later_keeps_it(qapp, tmp_path, monkeypatch):
    document = tmp_path / "稿.edesk"
    save_document(sample_report(), document)
    _kill_after_autosave(document)
    create_application()
    monkeypatch.setattr(Desk, "choose_recoveries", lambda self, copies: None)  # "decide later"
    later = Desk(Settings())
    later.start(None)
    assert len(list_recoveries(recovery_dir())) == 1
    for window in list(later.windows):
        window.close()
    monkeypatch.setattr(Desk, "choose_recoveries", lambda self, copies: [])  # nothing ticked
    declined = Desk(Settings())
    declined.start(None)
    assert list_recoveries(recovery_dir()) == []
    assert declined.windows[0].report().meta.title == sample_report().meta.title
    declined.windows[0].close()
