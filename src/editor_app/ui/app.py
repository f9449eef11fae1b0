"""Start-up: the application object, translations, the first window, recovery after a crash.

The main window shows first; the preview engine is imported afterwards, so the window is on screen fast.
``Desk`` keeps the open windows, the settings and the list of recent documents.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..model.report import Report
from ..opening import LoadFailed, load_report
from ..settings import Settings, load_settings, recovery_dir, save_settings
from ..store.document import DocumentError, is_document_file
from ..store.lock import read_lock, take_lock
from ..store.recovery import RecoveryCopy, discard_recovery, list_recoveries
from .i18n import install_translator
from .main_window import MainWindow
from .session import disk_stamp
from .style import STYLE_SHEET
from .workers import Background, settings_writer

if TYPE_CHECKING:
    from ..templates import Template

MAX_RECENT = 12


class Desk(QObject):
    """The open windows of this process and what they share."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.windows: list[MainWindow] = []
        self.background = Background(self)
        self.settings_writer = settings_writer(self)
        self.preview_factory = None  # set once the preview module has loaded, after the first window shows
        self._unopened: set[Path] = set()  # files that failed to open (or were declined) in this session
        self._untold: list[tuple[str, str, bool]] = []  # messages waiting for a window to stand on

    # ---- windows

    def show_window(
        self, report: Report, path: Path | None, *, replace: MainWindow | None = None, **options
    ) -> MainWindow:
        """A window on ``report``. It takes the place of ``replace`` when that one has nothing unsaved."""
        window = MainWindow(self, report, path, self.settings, **options)
        self.windows.append(window)
        if path is not None:
            take_lock(path)
        if replace is not None and not replace.dirty():
            window.setGeometry(replace.geometry())
            replace.close()
        window.show()
        if self.preview_factory is not None:
            window.attach_preview(self.preview_factory())
        if self._untold:
            QTimer.singleShot(0, self._tell_waiting)
        return window

    def tell(self, title: str, text: str, *, critical: bool = False, over: QWidget | None = None) -> None:
        """A message over ``over`` or the newest window, so it never hides under one; with no window yet (at
        start-up) it waits for the first."""
        parent = over or (self.windows[-1] if self.windows else None)
        if parent is None:
            self._untold.append((title, text, critical))
            return
        (QMessageBox.critical if critical else QMessageBox.warning)(parent, title, text)

    def _tell_waiting(self) -> None:
        waiting, self._untold = self._untold, []
        for title, text, critical in waiting:
            self.tell(title, text, critical=critical)

    def forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def quit(self) -> None:
        for window in list(self.windows):
            if not window.close():
                return
        QApplication.instance().quit()

    def remember(self, path: Path) -> None:
        name = str(path)
        self.settings.recent_files = [name, *[p for p in self.settings.recent_files if p != name][: MAX_RECENT - 1]]
        self.save_settings()

    def _forget_recent(self, path: Path) -> None:
        """A document that could not be opened leaves 最近的文稿 instead of failing again next time."""
        kept = [name for name in self.settings.recent_files if Path(name).resolve() != path]
        if kept != self.settings.recent_files:
            self.settings.recent_files = kept
            self.save_settings()

    def save_settings(self) -> None:
        """Write the shared settings off the UI thread; a failure here (a read-only folder) is not worth a dialog."""
        snapshot = copy.deepcopy(self.settings)  # the worker never sees the lists while they change
        self.settings_writer.run(lambda: save_settings(snapshot), None, lambda error: None)

    # ---- opening

    def open_path(self, path: Path, replace: MainWindow | None = None) -> None:
        """Read the file on a worker thread, warn if another window or copy of the app has it open."""
        path = path.resolve()

        def work():
            report, warnings = load_report(path)
            return report, warnings, read_lock(path), disk_stamp(path), is_document_file(path)

        def done(result) -> None:
            report, warnings, owner, stamp, ours = result
            if owner is not None or any(w.path == path for w in self.windows):
                who = owner.describe() if owner is not None else self.tr("本程序的另一个窗口")
                answer = QMessageBox.warning(
                    replace or (self.windows[-1] if self.windows else None),
                    self.tr("文稿已被打开"),
                    self.tr(
                        "“{0}”已被{1}打开。\n同时编辑会互相覆盖修改。仍要打开吗？保存时如文件已被对方修改，会再次提醒。"
                    ).format(path.name, who),
                    QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel,
                )
                if answer != QMessageBox.StandardButton.Open:
                    self._never_windowless(path)
                    return
            document = path if ours else None  # a document of ours whatever its name; imports start unnamed
            window = self.show_window(report, document, replace=replace, stamp=stamp)
            if document is not None:
                self.remember(path)
            for warning in warnings:
                window.statusBar().showMessage(warning, 10000)

        def failed(error: Exception) -> None:
            self._forget_recent(path)
            instead = self._never_windowless(path)
            known = isinstance(error, (DocumentError, LoadFailed))
            text = "\n\n".join(filter(None, [str(error) if known else f"{path.name}：{error}", instead]))
            self.tell(self.tr("无法打开"), text, critical=not known, over=replace)

        self.background.run(work, done, failed)

    def _never_windowless(self, unopened: Path) -> str:
        """A file named at start-up that is not opened must not leave the app without a window: the last document
        opens instead, or else a blank one (the sample is for the first run only). Returns what was done."""
        self._unopened.add(unopened)
        if self.windows:
            return ""
        last = self._last_document()
        if last is not None:
            self.open_path(last)
            return self.tr("已改为打开上次的文稿“{0}”。").format(last.name)
        self.show_window(Report(), None)
        return self.tr("已新建一份空白文稿。")

    def _last_document(self) -> Path | None:
        for name in self.settings.recent_files:
            path = Path(name)
            if path.is_file() and path.resolve() not in self._unopened:
                return path
        return None

    def new_document(self, replace: MainWindow | None = None) -> None:
        from .dialogs import NewDocumentDialog

        dialog = NewDocumentDialog(self.settings, replace)
        if dialog.exec():
            if dialog.chosen_path is not None:
                self.open_path(dialog.chosen_path, replace)
            elif dialog.chosen_template is not None:
                self.show_window(self.report_from_template(dialog.chosen_template), None, replace=replace)

    def report_from_template(self, template: Template) -> Report:
        """A new report; the office's unit name fills an empty or placeholder source."""
        report = template.create()
        unit = self.settings.unit_name
        if unit and (not report.meta.source or report.meta.source.startswith("【")):
            report.meta.source = unit
        return report

    # ---- start-up

    def start(self, path: Path | None) -> None:
        """Offer recovered work first; then the file asked for, the last document, or the sample."""
        copies = list_recoveries(recovery_dir())
        recovered = set()
        if copies:
            chosen = self.choose_recoveries(copies)
            for found in copies:
                if chosen is not None and found in chosen:
                    try:
                        report = found.load()
                    except DocumentError as error:
                        self.tell(self.tr("无法恢复"), str(error))
                        continue
                    # Without the original's date and size the check before saving would be skipped.
                    stamp = found.stamp or (disk_stamp(found.original) if found.original else None)
                    self.show_window(report, found.original, session=found.session, recovered=True, stamp=stamp)
                    recovered.add(found.original)
                elif chosen is not None:
                    discard_recovery(recovery_dir(), found.session)
        if path is not None:
            if path.resolve() not in recovered:
                self.open_path(path)
            return
        if self.windows:
            return
        last = self._last_document()
        if last is not None:
            self.open_path(last)
        else:
            from ..templates import sample_report  # YAML and the Markdown importer: only for the first run

            self.show_window(sample_report(), None)

    def choose_recoveries(self, copies: list[RecoveryCopy]) -> list[RecoveryCopy] | None:
        """Ask which recovered documents to reopen; the rest are discarded ("later" keeps them all)."""
        from .dialogs import RecoveryDialog

        dialog = RecoveryDialog(copies)
        dialog.exec()
        return dialog.chosen


def create_application(argv: list[str] | None = None) -> QApplication:
    if QApplication.instance() is None:
        # The preview's QtWebEngine, loaded after the window shows, needs this set before the app exists.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("editorial-desk")
    app.setApplicationDisplayName("稿件编辑台")
    app.setOrganizationName("EditorialDesk")
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
    font = QFont(app.font())
    font.setFamilies(["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", font.family()])
    app.setFont(font)
    return app


def run_gui(path: Path | None = None) -> int:
    """``editor-app [FILE]``: show the window, then load the heavy parts."""
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = create_application()
    settings, warning = load_settings()
    install_translator(app, settings.language)
    desk = Desk(settings)
    desk.start(path)
    if warning:
        desk.tell("设置", warning)
    QTimer.singleShot(0, lambda: attach_preview_panes(desk))
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    shutdown_qt(app)
    return code


def shutdown_qt(app: QApplication) -> None:
    """Delete every window, then the application, while Python is still running.

    Left to the C library's exit handlers, Qt destroys objects (clipboard data, the preview's web profile) whose
    Python wrappers can no longer be reached, and the process ends in a segmentation fault.
    """
    import shiboken6

    if app.platformName() in ("offscreen", "minimal"):
        # These platforms keep the clipboard in a static that outlives the application; no other program can
        # read it anyway. Real desktops hand the clipboard over as the application goes.
        app.clipboard().clear()
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    shiboken6.delete(app)


def attach_preview_panes(desk: Desk) -> None:
    """Dock the preview in each window once the window is on screen; absent preview module: no dock."""
    try:
        from .preview import PreviewPane  # type: ignore[import-not-found]
    except ImportError:
        return
    desk.preview_factory = PreviewPane
    for window in desk.windows:
        if window.preview is None:
            window.attach_preview(PreviewPane())
