"""The document session: one report's file on disk — its name and lock, saving, exporting, the recovery copy.

Saves, exports and recovery copies run on worker threads from snapshots, so the writer keeps typing meanwhile.
The session asks its questions (overwrite a file changed by someone else, where to save) in dialogs over the
window it belongs to, and tells the window what happened through signals.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..export import (
    EXPORTERS,
    Exporter,
    ExportFailed,
    ExportUnavailable,
    default_output,
    export_report,
    with_format_suffix,
)
from ..model.inline import without_prompts
from ..settings import recovery_dir
from ..store.document import EXTENSION, save_document, with_extension
from ..store.json_text import SectionTexts
from ..store.lock import release_lock, take_lock
from ..store.recovery import discard_recovery, new_session_id, write_recovery
from .report_editor import ReportEditor
from .workers import Background


class ChangedOnDisk(Exception):
    """The file was changed by someone else since this window opened or saved it."""


def disk_stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def unavailable_text(exporter: Exporter) -> str:
    """Why ``exporter`` cannot run on this installation, in the UI's language ("" when it can): its optional
    install component is missing (the PDF engine is the only one) or the export is not built yet."""
    reason = exporter.unavailable()
    if reason and exporter.needs:
        return QCoreApplication.translate(
            "DocumentSession", "PDF 导出需要安装“PDF 导出组件”（editor-app-pdf），请联系单位信息技术人员。"
        )
    return reason


class DocumentSession(QObject):
    state_changed = Signal()  # the name or the unsaved state changed: the window title follows
    saved = Signal(Path)
    message = Signal(str, int)  # a status-bar message and how long it shows (ms)

    def __init__(
        self,
        editor: ReportEditor,
        path: Path | None,
        window: QWidget,
        *,
        autosave_seconds: int,
        recovery_id: str | None = None,
        recovered: bool = False,
        stamp: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(window)
        self.editor = editor
        self.path = path
        self.window = window
        self.recovery_id = recovery_id or new_session_id()
        self.disk_stamp = stamp
        self.unsaved_recovery = recovered  # a recovered copy is unsaved work even before any edit
        self.closing_after_save = False
        self._saving = False
        self._autosave_revision = -1
        self.revision = 0
        self.background = Background(self)
        self.recovery_jobs = Background(self, serial=True)  # a discard never overtakes a copy still being written
        self.section_texts = SectionTexts()  # the encoded sections of the last copy: the next encodes only changes
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.timeout.connect(self.autosave)
        self.set_autosave_interval(autosave_seconds)
        editor.undo_stack.cleanChanged.connect(lambda _: self.state_changed.emit())
        editor.changed.connect(self._changed)
        if recovered:
            self.autosave_timer.start()

    @property
    def saving(self) -> bool:
        """A save is being written on its worker thread."""
        return self._saving

    def dirty(self) -> bool:
        return self.unsaved_recovery or not self.editor.undo_stack.isClean()

    def name(self, untitled: str, length: int = 24) -> str:
        """The file's name, or the start of the title for a report never saved (a 【…】 prompt is no title)."""
        return (
            self.path.name if self.path else without_prompts(self.editor.report.meta.title).strip()[:length] or untitled
        )

    def set_autosave_interval(self, seconds: int) -> None:
        self.autosave_timer.setInterval(max(1, seconds) * 1000)

    def _changed(self) -> None:
        self.revision += 1
        if not self.autosave_timer.isActive():
            self.autosave_timer.start()  # not restarted by further typing: a copy at most N seconds old
        self.state_changed.emit()

    # ---- saving

    def save(self, *, then: Callable[[], object] | None = None) -> None:
        if self.path is None:  # never saved, or imported: the session only names documents of ours
            self.save_as(then=then)
        else:
            if then is not None:
                self.closing_after_save = True
            self.save_to(self.path, then=then)

    def save_as(self, *, then: Callable[[], object] | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog  # the dialogs' classes load when first asked for

        start = self.path or Path.home() / self.name(self.tr("文稿"), 30)
        kinds = self.tr("稿件编辑台文稿 (*.edesk)")
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("另存为"), str(start), kinds)
        path = self._named(name, with_extension)
        if path is not None:
            if then is not None:
                self.closing_after_save = True
            self.save_to(path, force=True, then=then)

    def save_to(self, path: Path, *, force: bool = False, then: Callable[[], object] | None = None) -> None:
        """Save a snapshot on a worker thread; the writer keeps typing meanwhile."""
        from PySide6.QtWidgets import QMessageBox

        if self._saving:
            return
        self._saving = True
        snapshot = self.editor.snapshot()
        self.editor.save_epoch += 1  # later typing starts a new undo step, so "clean" means exactly what was saved
        undo_stack = self.editor.undo_stack
        index = undo_stack.index()
        expected = None if force or path != self.path else self.disk_stamp
        sections = self.section_texts

        def work() -> tuple[Path, tuple[int, int] | None]:
            if expected is not None and disk_stamp(path) not in (None, expected):
                raise ChangedOnDisk(str(path))
            saved = save_document(snapshot, path, keep_backup=True, sections=sections)
            return saved, disk_stamp(saved)

        def done(result) -> None:
            self._saving = False
            saved, stamp = result
            if self.path != saved:
                if self.path is not None:
                    release_lock(self.path)
                take_lock(saved)
            self.path, self.disk_stamp = saved, stamp
            self.unsaved_recovery = False
            if undo_stack.index() == index:
                undo_stack.setClean()
            # The recovery copy is dropped now that the file holds everything, or rewritten (naming the file)
            # when typing went on during the save; a crash must never offer saved work again.
            self._autosave_revision = -1
            self.autosave()
            self.state_changed.emit()
            self.message.emit(self.tr("已保存：{0}").format(saved), 5000)
            self.saved.emit(saved)
            if then is not None:
                then()

        def failed(error: Exception) -> None:
            self._saving = False
            self.closing_after_save = False
            if isinstance(error, ChangedOnDisk):
                answer = QMessageBox.warning(
                    self.window,
                    self.tr("文件已被修改"),
                    self.tr("“{0}”在本窗口打开后已被其他窗口或程序修改。\n覆盖它会丢掉对方的修改。仍要覆盖吗？").format(
                        path.name
                    ),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel,
                )
                if answer == QMessageBox.StandardButton.Yes:
                    self.save_to(path, force=True, then=then)
                return
            QMessageBox.critical(self.window, self.tr("保存失败"), str(error))

        self.message.emit(self.tr("正在保存…"), 0)
        self.background.run(work, done, failed)

    def _named(self, name: str, complete: Callable[[Path], Path]) -> Path | None:
        """The file a save dialog's answer names once its suffix is added; None when nothing was chosen, or when
        the completed name is an existing file the writer does not want to overwrite (the dialog asked about the
        name as typed, not this one)."""
        from PySide6.QtWidgets import QMessageBox

        if not name:
            return None
        path = complete(Path(name))
        if path != Path(name) and path.exists():
            answer = QMessageBox.question(
                self.window,
                self.tr("文件已存在"),
                self.tr("“{0}”已存在。要替换它吗？").format(path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return path

    # ---- exporting

    def export(self, fmt: str, output: Path | None = None) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

        exporter = EXPORTERS[fmt]
        reason = unavailable_text(exporter)
        if reason:
            QMessageBox.information(self.window, self.tr("暂不能导出"), reason)
            return
        source = self.path or Path.home() / (self.name(self.tr("文稿"), 30) + EXTENSION)
        if output is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("导出为 {0}").format(exporter.name),
                str(default_output(source, fmt)),
                f"{exporter.name} (*{exporter.suffix})",
            )
            output = self._named(name, lambda path: with_format_suffix(path, fmt))
            if output is None:
                return
        snapshot = self.editor.snapshot()
        progress = QProgressDialog(self.tr("正在导出…"), "", 0, 0, self.window)
        progress.setCancelButton(None)
        progress.setMinimumDuration(400)
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def done(result) -> None:
            progress.close()
            message = self.tr("已导出：{0}").format("、".join(str(p) for p in result.paths))
            if result.warnings:
                message += "\n\n" + "\n".join(result.warnings)
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("导出完成"), message, parent=self.window)
            open_file = box.addButton(self.tr("打开文件"), QMessageBox.ButtonRole.ActionRole)
            folder = box.addButton(self.tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is open_file:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.paths[0])))
            elif box.clickedButton() is folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.paths[0].parent)))

        def failed(error: Exception) -> None:
            progress.close()
            known = isinstance(error, ExportUnavailable | ExportFailed)  # these already speak Chinese
            text = str(error) if known else self.tr("导出失败：{0}").format(error)
            QMessageBox.warning(self.window, self.tr("导出失败"), text)

        self.background.run(lambda: export_report(snapshot, fmt, output, source=source), done, failed)

    # ---- recovery copy and the end of the session

    def autosave(self) -> None:
        """Write the recovery copy off the UI thread (or drop it when everything is saved)."""
        recovery_id = self.recovery_id
        if not self.dirty():
            self.recovery_jobs.run(lambda: discard_recovery(recovery_dir(), recovery_id))
            return
        if self._autosave_revision == self.revision:
            return
        self._autosave_revision = self.revision
        snapshot, original, stamp = self.editor.snapshot(), self.path, self.disk_stamp

        def failed(error: Exception) -> None:
            self.message.emit(self.tr("自动保存恢复副本失败：{0}").format(error), 8000)

        sections = self.section_texts
        self.recovery_jobs.run(
            lambda: write_recovery(recovery_dir(), recovery_id, snapshot, original, stamp, sections), None, failed
        )

    def application_state(self, state: Qt.ApplicationState) -> None:
        """Switching to another program writes the recovery copy at once."""
        if state != Qt.ApplicationState.ApplicationActive and self.dirty():
            self.autosave_timer.stop()
            self.autosave()

    def end(self, *, keep_lock: bool) -> None:
        """The window closes: wait for the workers, drop the recovery copy, and release the lock unless another
        window of this app has the same file open."""
        self.autosave_timer.stop()
        self.background.wait()
        self.recovery_jobs.wait()
        discard_recovery(recovery_dir(), self.recovery_id)
        if self.path is not None and not keep_lock:
            release_lock(self.path)
