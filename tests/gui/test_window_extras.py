"""The preview dock hook, the new-document dialog, settings, and window state restore."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from editor_app.settings import Settings, load_settings
from editor_app.templates import sample_report
from editor_app.ui.app import Desk, create_application
from editor_app.ui.dialogs import NewDocumentDialog, SettingsDialog


class FakePreview(QWidget):
    """Stands in for ui.preview.PreviewPane: records what the window asks of it."""

    themeChanged = Signal(str)
    textSizeChanged = Signal(str)
    pageShown = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.reports: list = []
        self.anchors: list[str] = []
        self.site_names: list[str] = []
        self.theme = self.text_size = ""

    def set_site_name(self, name: str) -> None:
        self.site_names.append(name)

    def set_theme(self, theme: str) -> None:
        self.theme = theme

    def set_text_size(self, size: str) -> None:
        self.text_size = size

    def set_report(self, report, copy) -> None:
        self.reports.append(report)
        self.copy = copy

    def show_anchor(self, anchor: str) -> None:
        self.anchors.append(anchor)


def test_preview_is_docked_and_follows_edits_and_cursor(window, qtbot):
    pane = FakePreview()
    window.attach_preview(pane)
    assert pane.reports == [window.report()]
    assert window.dockWidgetArea(pane.parentWidget()) == Qt.DockWidgetArea.RightDockWidgetArea
    sub = window.column.editor_for(window.report().nodes[1].children[0].content[0], "text")
    window.column.focus_editor(sub, 0)
    qtbot.waitUntil(lambda: pane.anchors[-1:] == ["n1.0-p0"])
    sub.textCursor().insertText("新")
    assert len(pane.reports) == 2
    assert pane.copy() == window.report() and pane.copy().nodes[1].children[0].content[0].text.startswith("新")


def test_new_dialog_shows_templates_with_skeleton_and_recent(qapp, qtbot, tmp_path):
    recent = tmp_path / "上次.edesk"
    dialog = NewDocumentDialog(Settings(recent_files=[str(recent)], default_template="work-summary"))
    qtbot.addWidget(dialog)
    assert dialog.templates[dialog.list.currentRow()].id == "work-summary"
    dialog.list.setCurrentRow(0)
    assert dialog.description.text() and "【" in dialog.skeleton.toPlainText()
    assert "一、" in dialog.skeleton.toPlainText()  # the skeleton shows generated numbering
    dialog.recent.itemDoubleClicked.emit(dialog.recent.item(0))
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen_path == recent


def test_settings_dialog_writes_readable_file(qapp, qtbot):
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.unit.setText("青溪县人民政府办公室")
    dialog.columns.setPlainText("首页 > 政务公开\n首页 > 通知公告\n")
    dialog.autosave.setValue(3)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog._save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    create_application()
    desk = Desk(settings)
    window = desk.show_window(sample_report(), None)
    window.meta_panel.unfold()
    column = window.meta_panel.column.currentText()
    window.apply_settings()
    assert [window.meta_panel.column.itemText(i) for i in range(2)] == ["首页 > 政务公开", "首页 > 通知公告"]
    assert window.meta_panel.column.currentText() == column  # the report's own column is untouched
    assert window.session.autosave_timer.interval() == 3000
    window.close()
    saved, warning = load_settings()
    assert warning is None
    assert saved.unit_name == "青溪县人民政府办公室" and saved.columns == ["首页 > 政务公开", "首页 > 通知公告"]
    assert saved.autosave_seconds == 3 and saved.language == "en"


def test_window_geometry_is_restored(qapp, qtbot):
    create_application()
    desk = Desk(Settings())
    window = desk.show_window(sample_report(), None)
    window.resize(700, 500)  # within the offscreen screen (800×600): restoring keeps windows on screen
    window.close()
    again = desk.show_window(sample_report(), None)
    assert (again.width(), again.height()) == (700, 500)
    again.outline_dock.hide()
    again.close()
    third = desk.show_window(sample_report(), None)
    assert not third.outline_dock.isVisible()
    third.close()


def test_portal_name_from_the_settings_dialog_reaches_the_preview(qapp, qtbot):
    create_application()
    settings = Settings()
    desk = Desk(settings)
    window = desk.show_window(sample_report(), None)
    pane = FakePreview()
    window.attach_preview(pane)
    assert pane.site_names == [""]  # nothing set: the preview guesses from the source unit
    dialog = SettingsDialog(settings, window, writer=desk.settings_writer)
    dialog.portal.setText("  青溪县人民政府门户网站 ")
    dialog._save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    window.apply_settings()
    assert pane.site_names[-1] == "青溪县人民政府门户网站"
    assert load_settings()[0].portal_name == "青溪县人民政府门户网站"
    window.close()
