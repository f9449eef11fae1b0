"""The window fits the screen it opens on, so the status bar with the word count is always visible."""

from __future__ import annotations

from writer import shown

from editor_app.templates import sample_report


def _assert_fits(window) -> None:
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    assert area.contains(frame), (frame, area)
    status = window.statusBar()
    assert status.isVisible() and area.contains(status.mapToGlobal(status.rect().bottomRight()))


def test_first_run_window_fits_the_available_screen(window):
    # the test screen (800×800) is smaller than the preferred 1280×820
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() * 9 // 10 and window.height() <= area.height() * 9 // 10
    _assert_fits(window)


def test_size_remembered_from_a_bigger_screen_is_shrunk(desk, qtbot):
    first = shown(desk, qtbot, sample_report())
    first.resize(1900, 1150)
    first.close()  # remembers the geometry
    _assert_fits(shown(desk, qtbot, sample_report()))
