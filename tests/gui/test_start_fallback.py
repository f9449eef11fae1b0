"""A file named at start-up that is not opened (damaged, missing, or declined because it is open elsewhere)
leaves the writer in the last document, and the message says so; the sample is for the first run only."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from editor_app.settings import Settings
from editor_app.store.document import save_document
from editor_app.store.lock import take_lock
from editor_app.templates import sample_report
from editor_app.ui.app import Desk, create_application


@pytest.fixture
def last_document(tmp_path):
    path = tmp_path / "上次.edesk"
    report = sample_report()
    report.meta.title = "上次的文稿"
    save_document(report, path)
    return path


def _close_all(desk) -> None:
    for window in list(desk.windows):
        window.close()


@pytest.mark.parametrize("problem", ["damaged", "missing"])
def test_unopenable_file_falls_back_to_the_last_document(qapp, qtbot, tmp_path, monkeypatch, last_document, problem):
    create_application()
    named = tmp_path / "坏.edesk"
    if problem == "damaged":
        named.write_bytes(b"not a zip")
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: messages.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: messages.append(a[2]))
    desk = Desk(Settings(recent_files=[str(named), str(last_document)]))
    desk.start(named)
    qtbot.waitUntil(lambda: len(desk.windows) == 1 and bool(messages))
    assert [w.report().meta.title for w in desk.windows] == ["上次的文稿"]
    assert "坏.edesk" in messages[0] and "已改为打开上次的文稿“上次.edesk”" in messages[0]
    _close_all(desk)


def test_declining_a_file_open_elsewhere_opens_the_last_document(qapp, qtbot, tmp_path, monkeypatch, last_document):
    create_application()
    busy = tmp_path / "别处打开.edesk"
    save_document(sample_report(), busy)
    take_lock(busy.resolve())
    other = Desk(Settings())
    holder = other.show_window(sample_report(), busy.resolve())  # the same file already open in a window
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel)
    desk = Desk(Settings(recent_files=[str(last_document)]))
    desk.start(busy)
    qtbot.waitUntil(lambda: len(desk.windows) == 1)
    assert "已被" in asked[0]  # the writer declined to open it a second time
    assert desk.windows[0].report().meta.title == "上次的文稿"
    _close_all(desk)
    holder.close()
