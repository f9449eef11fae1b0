"""The app comes up on any desktop (as root, without a GPU) and survives its own bugs without losing text."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from editor_app.logs import log_path, setup_logging
from editor_app.settings import Settings, recovery_dir
from editor_app.store.document import open_document
from editor_app.templates import sample_report
from editor_app.ui.app import Desk, create_application, input_method_module, install_crash_handler, web_engine_flags

TYPED = "出错前刚输入、尚未保存的一句话。"


def test_root_gets_no_sandbox_and_no_gpu_gets_software_drawing():
    assert web_engine_flags("", root=False, gpu=True) == ("", [])
    flags, reasons = web_engine_flags("--lang=zh-CN", root=True, gpu=False)
    assert flags.split() == ["--lang=zh-CN", "--no-sandbox", "--disable-gpu"]
    assert "root" in reasons[0] and "--disable-gpu" in reasons[1]
    assert web_engine_flags("--no-sandbox --disable-gpu", root=True, gpu=False) == ("--no-sandbox --disable-gpu", [])


@pytest.mark.qt_no_exception_capture
def _plugins(folder, *names):
    (folder / "platforminputcontexts").mkdir(parents=True)
    for name in names:
        (folder / "platforminputcontexts" / name).touch()
    return folder


def test_a_fcitx_desktop_without_a_fcitx_plugin_reaches_fcitx_5_through_ibus(tmp_path):
    wheel = _plugins(
        tmp_path / "wheel", "libibusplatforminputcontextplugin.so", "libcomposeplatforminputcontextplugin.so"
    )
    module, reason = input_method_module("fcitx", wheel)
    assert module == "ibus" and "fcitx" in reason  # without it Qt loads no input method: no Chinese at all
    assert input_method_module("fcitx5", wheel)[0] == "ibus"


def test_an_installed_fcitx_plugin_or_another_input_method_is_left_alone(tmp_path):
    with_fcitx = _plugins(
        tmp_path / "fcitx", "libibusplatforminputcontextplugin.so", "libfcitx5platforminputcontextplugin.so"
    )
    assert input_method_module("fcitx", with_fcitx) == ("fcitx", None)
    wheel = _plugins(tmp_path / "wheel", "libibusplatforminputcontextplugin.so")
    assert input_method_module("ibus", wheel) == ("ibus", None)
    assert input_method_module("", wheel) == ("", None)


def test_a_bug_in_a_slot_keeps_the_window_and_writes_the_recovery_copy_first(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("EDITOR_APP_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    setup_logging()
    create_application()
    desk = Desk(Settings(autosave_seconds=3600))  # only the crash handler can have written the copy
    window = desk.show_window(sample_report(), None)
    editor = window.column.editor_for(window.report().lead[0], "text")
    editor.set_cursor(0)
    commit = QInputMethodEvent()
    commit.setCommitString(TYPED)
    QApplication.sendEvent(editor, commit)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    install_crash_handler(desk)

    def bug() -> None:
        raise RuntimeError("模拟的程序错误")

    window.session.closing_after_save = True  # closing at the end asks nothing
    QTimer.singleShot(0, bug)
    qtbot.waitUntil(lambda: bool(shown))
    title, text = shown[0]
    assert title == "程序出错" and "模拟的程序错误" in text and str(log_path()) in text
    (copy,) = recovery_dir().glob("*.edesk")  # the next start offers it (once this process has ended)
    assert open_document(copy).lead[0].text.startswith(TYPED)
    logged = log_path().read_text(encoding="utf-8")
    assert "RuntimeError: 模拟的程序错误" in logged and "Traceback" in logged
    assert window.isVisible() and desk.windows == [window]
    window.close()
    logging.getLogger().handlers[-1].close()


def test_the_log_rotates_instead_of_filling_the_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITOR_APP_LOG_DIR", str(tmp_path))
    path = setup_logging()
    record = "一行日志" * 100
    for _ in range(3000):  # about 3.6 MB
        logging.getLogger("editor_app.test").info(record)
    assert path == tmp_path / "editor-app.log"
    assert path.stat().st_size <= 1_000_000
    assert (tmp_path / "editor-app.log.1").is_file()
    assert not (tmp_path / "editor-app.log.6").exists()


def test_a_new_start_adds_to_the_log_and_a_rotation_keeps_the_lines_before_it(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITOR_APP_LOG_DIR", str(tmp_path))
    path = setup_logging()
    logging.getLogger("editor_app.test").info("第一次启动")
    setup_logging()  # the next start
    logging.getLogger("editor_app.test").info("第二次启动")
    assert "第一次启动" in path.read_text(encoding="utf-8") and "第二次启动" in path.read_text(encoding="utf-8")
    long = "一行日志" * 100
    for _ in range(1000):  # about 1.2 MB: one rotation
        logging.getLogger("editor_app.test").info(long)
    assert "第一次启动" in (tmp_path / "editor-app.log.1").read_text(encoding="utf-8")
    assert long in path.read_text(encoding="utf-8")
    logging.getLogger().handlers[-1].close()
