"""Start-up: the application object, translations, the first window, recovery after a crash.

The main window shows first, with only what its first paint needs imported; the preview (renderer and web engine)
loads once the window has been painted, the review's checks at their first run on a worker.
``Desk`` keeps the open windows, the settings and the list of recent documents. An unhandled exception is
logged, the open documents' recovery copies are written, and a Chinese dialog names the log; the window stays.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QObject, Qt, QTimer, qVersion
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from .. import __version__
from ..logs import log_path, setup_logging
from ..model.report import Report
from ..model.snapshot import snapshot
from ..settings import Settings, load_settings, recovery_dir, save_settings
from ..store.document import DocumentError, is_document_file
from ..store.lock import read_lock, take_lock
from ..store.recovery import RecoveryCopy, discard_recovery, list_recoveries, write_recovery
from . import collector
from .i18n import install_translator
from .main_window import MainWindow
from .session import disk_stamp
from .workers import Background, settings_writer

if TYPE_CHECKING:
    from ..templates import Template

MAX_RECENT = 12
log = logging.getLogger(__name__)


class Desk(QObject):
    """The open windows of this process and what they share."""

    def __init__(self, settings: Settings, *, previews: bool = False, frozen_when_built: bool = False) -> None:
        super().__init__()
        self.settings = settings
        self.previews = previews  # each window gets the live preview after its first paint (tests attach their own)
        self.frozen_when_built = frozen_when_built  # each window's objects leave the garbage collector's full
        # passes once it has painted and again once its column is built (``collector``); the app does this, and
        # the tests that check it
        self.windows: list[MainWindow] = []
        self.background = Background(self)
        self.settings_writer = settings_writer(self)
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
        if self.frozen_when_built:  # its report and first screen, then (a long report's column takes seconds) the rest
            window.painted.connect(collector.window_built)
            window.column.completed.connect(collector.window_built, Qt.ConnectionType.SingleShotConnection)
            window.destroyed.connect(lambda: QTimer.singleShot(0, lambda: collector.window_closed(bool(self.windows))))
        if self.previews:
            window.painted.connect(lambda: attach_preview_pane(window))
        if self._untold:
            QTimer.singleShot(0, self._tell_waiting)
        return window

    def tell(self, title: str, text: str, *, critical: bool = False, over: QWidget | None = None) -> None:
        """A message over ``over`` or the newest window, so it never hides under one; with no window yet (at
        start-up) it waits for the first."""
        from PySide6.QtWidgets import QMessageBox  # the dialogs' classes load when first asked for

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
        import copy

        snapshot = copy.deepcopy(self.settings)  # the worker never sees the lists while they change
        self.settings_writer.run(lambda: save_settings(snapshot), None, lambda error: None)

    # ---- opening

    def open_path(self, path: Path, replace: MainWindow | None = None) -> None:
        """Read the file on a worker thread, warn if another window or copy of the app has it open."""
        from ..opening import LoadFailed, load_report, previewed  # the first run's sample is not opened from a file

        path = path.resolve()
        if previewed(path):  # text, Word, a saved page: the writer sees the recognised structure first
            from ..sources import read_source  # the importers (python-docx, lxml): only when a source is opened
            from .importing import preview_import

            preview_import(self, lambda: read_source(path), replace, lambda: self._never_windowless(path))
            return

        def work():
            report, warnings = load_report(path)
            return report, warnings, read_lock(path), disk_stamp(path), is_document_file(path)

        def done(result) -> None:
            from PySide6.QtWidgets import QMessageBox

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
            log.info("已打开 %s", path)
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
            from ..templates import sample_report  # the first run

            self.show_window(sample_report(), None)

    def choose_recoveries(self, copies: list[RecoveryCopy]) -> list[RecoveryCopy] | None:
        """Ask which recovered documents to reopen; the rest are discarded ("later" keeps them all)."""
        from .dialogs import RecoveryDialog

        dialog = RecoveryDialog(copies)
        dialog.exec()
        return dialog.chosen


def web_engine_flags(flags: str, *, root: bool, gpu: bool) -> tuple[str, list[str]]:
    """Chromium's flags for the preview engine, and why each was added (for the log).

    As root, Chromium refuses to start its sandbox and takes the whole process down with an English line on
    stderr; without a GPU (a virtual machine, a thin client) its GPU process fails and is retried before it
    falls back. Both are decided here, before the engine starts.
    """
    reasons = []
    words = flags.split()
    if root and "--no-sandbox" not in words:
        words.append("--no-sandbox")
        reasons.append("以 root 身份运行，预览组件不能使用沙箱，已加 --no-sandbox")
    if not gpu and "--disable-gpu" not in words:
        words.append("--disable-gpu")
        reasons.append("未找到显卡设备（/dev/dri），预览组件改用软件绘制，已加 --disable-gpu")
    return " ".join(words), reasons


def configure_web_engine() -> None:
    """Set QTWEBENGINE_CHROMIUM_FLAGS for this machine before the preview engine is first loaded."""
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    gpu = not sys.platform.startswith("linux") or any(Path("/dev/dri").glob("*"))
    flags, reasons = web_engine_flags(os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""), root=root, gpu=gpu)
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = flags
    if "--disable-gpu" in flags.split() and "QT_QUICK_BACKEND" not in os.environ:
        # Without a GPU, the web view would make Qt compose the whole window through software OpenGL on every
        # repaint (40 ms a keystroke in the reading column); drawn in software, it repaints like any widget.
        os.environ["QT_QUICK_BACKEND"] = "software"
        reasons.append("预览组件以软件方式绘制（QT_QUICK_BACKEND=software），打字时不重绘整个窗口")
    for reason in reasons:
        log.info(reason)


def input_method_module(wanted: str, plugins: Path) -> tuple[str, str | None]:
    """The input-method module to ask Qt for, and why it differs from ``wanted`` (QT_IM_MODULE).

    Qt's wheels bring plugins for IBus and the compose table only. Where the desktop asks for fcitx (UOS, Kylin,
    Deepin) and no fcitx plugin is installed beside Qt's, Qt would load no input method at all and Chinese could
    not be typed; Fcitx 5 also answers the IBus protocol, so IBus is the module that can still reach it.
    """
    name = wanted.strip().lower()
    if not name.startswith("fcitx"):
        return wanted, None
    folder = plugins / "platforminputcontexts"
    if any(folder.glob("*fcitx*")) or not any(folder.glob("*ibus*")):
        return wanted, None
    return (
        "ibus",
        f"输入法：未找到 {wanted} 的 Qt 插件，改用 IBus 协议连接（Fcitx 5 支持），如仍无法输入中文请联系信息技术人员",
    )


def configure_input_method() -> None:
    """Set QT_IM_MODULE before the application exists, so that a fcitx desktop still gets an input method."""
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    module, reason = input_method_module(os.environ.get("QT_IM_MODULE", ""), plugins)
    if reason:
        os.environ["QT_IM_MODULE"] = module
        log.info(reason)


def create_application(argv: list[str] | None = None) -> QApplication:
    if QApplication.instance() is None:
        configure_web_engine()
        configure_input_method()
        # The preview's QtWebEngine, loaded after the window shows, needs this set before the app exists.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance()
    if app is None:
        # The same look on every desktop. Asked for on the command line: app.setStyle() would hand the style back
        # to Python, and making its class (the largest enums of Qt) costs ~9 ms before the first paint.
        name, *rest = argv or sys.argv[:1]
        app = QApplication([name, "-style", "Fusion", *rest])
    else:
        app.setStyle("Fusion")
    app.setApplicationName("editorial-desk")
    app.setApplicationDisplayName("稿件编辑台")
    app.setOrganizationName("EditorialDesk")
    font = QFont(app.font())
    font.setFamilies(["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", font.family()])
    app.setFont(font)
    return app


def run_gui(path: Path | None = None) -> int:
    """``editor-app [FILE]``: show the window, then load the heavy parts."""
    setup_logging()
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = create_application()
    python = sys.version.split()[0]
    log.info("稿件编辑台 %s 启动（Qt %s，Python %s，%s）", __version__, qVersion(), python, sys.platform)
    settings, warning = load_settings()
    install_translator(app, settings.language)
    desk = Desk(settings, previews=True, frozen_when_built=True)
    install_crash_handler(desk)
    desk.start(path)
    if warning:
        desk.tell("设置", warning)
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    shutdown_qt(app)
    return code


def save_recovery_copies(desk: Desk) -> list[Path]:
    """Write every window's unsaved work to its recovery copy now, on this thread; returns the copies written."""
    written = []
    for window in list(desk.windows):
        try:
            session = window.session
            if session.dirty():
                work = snapshot(window.report())
                written.append(
                    write_recovery(recovery_dir(), session.recovery_id, work, session.path, session.disk_stamp)
                )
        except Exception:  # one broken window must not keep the others' work from the disk
            log.exception("恢复副本写入失败")
    return written


def install_crash_handler(desk: Desk) -> None:
    """Route unhandled exceptions (PySide6 hands those raised in slots to ``sys.excepthook``) to ``report_crash``."""
    sys.excepthook = lambda kind, error, trace: report_crash(desk, kind, error, trace)


def report_crash(desk: Desk, kind: type[BaseException], error: BaseException, trace) -> None:
    """An unhandled exception: recovery copies first, then the log, then a Chinese dialog. The app goes on."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    from PySide6.QtWidgets import QMessageBox

    copies = save_recovery_copies(desk)
    log.error("未处理的异常（已写恢复副本 %d 份）", len(copies), exc_info=(kind, error, trace))
    if QApplication.instance() is None:
        traceback.print_exception(kind, error, trace)
        return
    QMessageBox.critical(
        desk.windows[-1] if desk.windows else None,
        QCoreApplication.translate("Desk", "程序出错"),
        QCoreApplication.translate(
            "Desk",
            "稿件编辑台遇到了一个意外错误：{0}\n\n打开的文稿没有丢失，已写入恢复副本；建议先保存文稿。\n"
            "如问题再次出现，请把日志文件交给信息技术人员：\n{1}",
        ).format(str(error) or kind.__name__, log_path()),
    )


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


def attach_preview_pane(window: MainWindow) -> None:
    """The live preview in ``window``'s preview dock; the renderer and the web engine load here, after the window's
    first paint."""
    from .preview import PreviewPane

    if window.preview is None:
        window.attach_preview(PreviewPane())
