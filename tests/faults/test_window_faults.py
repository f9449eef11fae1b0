"""The window when the disk refuses a save, and when another instance saved the same document meanwhile: a clear
Chinese message, the file on disk untouched, the writer's text still in the window and in the recovery copy."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from editor_app.settings import Settings, recovery_dir
from editor_app.store.document import open_document, save_document
from editor_app.templates import sample_report
from editor_app.ui.app import Desk, create_application

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX")
ROOT = Path(__file__).resolve().parents[2]
TYPED = "磁盘满之前刚写下的一句话。"


@pytest.fixture
def window(qapp, qtbot, tmp_path):
    create_application()
    desk = Desk(Settings(autosave_seconds=3600))
    document = save_document(sample_report(), tmp_path / "报告.edesk")
    desk.open_path(document)
    qtbot.waitUntil(lambda: bool(desk.windows))
    window = desk.windows[0]
    window.column.editor_for(window.report().lead[0], "text").textCursor().insertText(TYPED)
    yield window
    window.undo_stack.setClean()
    window.close()


def test_save_on_a_full_disk_keeps_the_text_in_the_window_and_the_recovery_copy(window, qtbot, monkeypatch):
    document = window.path
    before = document.read_bytes()
    window.session.autosave()
    copy = recovery_dir() / f"{window.session.recovery_id}.edesk"
    qtbot.waitUntil(copy.exists)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(title + text))
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, limits[1]))  # the disk is full: nothing past 1 KB
    try:
        window.session.save()
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, previous)
    assert "保存失败" in shown[0] and "超过系统允许的大小" in shown[0]
    assert document.read_bytes() == before
    assert window.report().lead[0].text.endswith(TYPED) and window.isWindowModified()
    assert open_document(copy).lead[0].text.endswith(TYPED)
    assert not [p for p in document.parent.iterdir() if p.suffix in (".tmp", ".baktmp")]


def test_another_instance_saving_the_same_document_is_never_silently_overwritten(window, qtbot, monkeypatch):
    document = window.path
    other = (
        "import sys; from editor_app.store.document import open_document, save_document;"
        "r = open_document(sys.argv[1]); r.meta.title = '另一个程序改的标题'; save_document(r, sys.argv[1])"
    )
    subprocess.run([sys.executable, "-c", other, str(document)], check=True, env={"PYTHONPATH": str(ROOT / "src")})
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", answer)
    window.session.save()
    qtbot.waitUntil(lambda: bool(asked))
    assert "其他窗口或程序修改" in asked[0]
    assert open_document(document).meta.title == "另一个程序改的标题"
    assert window.report().lead[0].text.endswith(TYPED) and window.isWindowModified()
