"""The docked live preview: exactly the page the HTML export writes, updated as the writer types.

``set_report`` only restarts a short timer, so typing never waits on the preview; when the writer pauses, a
snapshot of the report is rendered on a worker thread (the same ``render.html`` as the export) and the result
is shown. The QtWebEngine view is created only after the window is on screen, so it does not slow start-up; the
first page is rendered meanwhile and shown as soon as the engine is up;
when QtWebEngine cannot start (missing libraries, a restricted desktop, a crashed web process, or
``EDITOR_APP_SIMPLE_PREVIEW=1``), a QTextBrowser takes over with a visible notice and the app keeps working.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model.report import Report
from ..model.snapshot import snapshot
from ..office import get_theme, list_themes, theme_or_default
from ..render.html import DEFAULT_TEXT_SIZE, TEXT_SIZES, Page, render_page_parts
from ..render.themes import DEFAULT_THEME, Theme
from .workers import writer_typing

# The pause after a keystroke before the preview renders: as long as the last render took, within these bounds,
# so rendering takes at most half the time: a short report shows typing almost at once, a long one is not
# re-rendered on every keystroke of a burst.
MIN_DEBOUNCE_MS = 30
DEBOUNCE_MS = 300
SIMPLE_THEME = "plain"  # QTextBrowser understands only simple CSS; the plain look survives it
FORCE_SIMPLE_ENV = "EDITOR_APP_SIMPLE_PREVIEW"
_SIZE_FACTORS = {size: float(percent.rstrip("%")) / 100 for size, percent in TEXT_SIZES.items()}
log = logging.getLogger(__name__)


class _Outdated(Exception):
    """The report changed while it was being rendered: the render stops, a newer one follows."""


class _Bridge(QObject):
    """Carries a finished render from the worker thread back to the UI thread (queued signal)."""

    rendered = Signal(int, object)


class SimpleSurface(QObject):
    """The fallback: a QTextBrowser that shows the page's text and never loads anything."""

    shown = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.browser = _OfflineBrowser(parent)
        self.browser.setAccessibleName(self.tr("简化预览"))
        self._base_font = QFont(self.browser.font())

    def widget(self) -> QWidget:
        return self.browser

    def show_page(self, page: Page, text_size: str = DEFAULT_TEXT_SIZE) -> None:
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * _SIZE_FACTORS.get(text_size, 1.0))
        self.browser.document().setDefaultFont(font)
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(page.html)
        self.browser.verticalScrollBar().setValue(scroll)
        self.shown.emit()

    def show_anchor(self, anchor: str) -> None:
        self.browser.scrollToAnchor("b-" + anchor)


class _OfflineBrowser(QTextBrowser):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, url):  # nothing is ever loaded: no files, no network
        return None


class PreviewPane(QWidget):
    """The preview dock's contents: a toolbar (theme, 字号 大/中/小) over the rendered page."""

    themeChanged = Signal(str)
    textSizeChanged = Signal(str)
    pageShown = Signal()  # the latest render is on screen (after the debounce and the render)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: Report | None = None
        self._copy: Callable[[], Report] | None = None
        self._theme: Theme = get_theme(DEFAULT_THEME)
        self._text_size = DEFAULT_TEXT_SIZE
        self._site_name = ""
        self._surface: SimpleSurface | QObject | None = None
        self._engine = ""
        self._generation = 0
        self._asked = 0  # set_report calls so far: a render of an older one is outdated
        self._latest: Page | None = None  # on screen
        self._waiting: Page | None = None  # rendered before the engine was up
        self._anchor: str | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="preview-render")
        self._bridge = _Bridge(self)
        self._bridge.rendered.connect(self._rendered)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._debounce_ms = DEBOUNCE_MS  # until the first render has been timed
        self._render_started = 0.0
        self._timer.setInterval(0)  # the first page at once; then as long as a render takes (see _rendered)
        self._timer.timeout.connect(self._render)
        self.destroyed.connect(lambda: self._executor.shutdown(wait=False, cancel_futures=True))

        self._notice = QLabel(self)
        self._notice.setWordWrap(True)
        self._notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._notice.setStyleSheet("QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; }")
        self._notice.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._notice.hide()
        self._placeholder = QLabel(self.tr("正在准备预览…"), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self._build_toolbar())
        self._layout.addWidget(self._notice)
        self._layout.addWidget(self._placeholder, 1)

    # ------------------------------------------------------------------------------------------------ toolbar

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(self.tr("预览工具栏"), self)
        bar.addWidget(QLabel(self.tr("主题 "), bar))
        self._themes = QComboBox(bar)
        self._themes.setAccessibleName(self.tr("网页主题"))
        self._themes.setToolTip(self.tr("预览和导出网页使用的门户样式"))
        self._fill_themes()
        self._themes.activated.connect(lambda index: self._choose_theme(self._themes.itemData(index)))
        bar.addWidget(self._themes)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("字号 "), bar))
        self._sizes = QButtonGroup(self)
        self._sizes.setExclusive(True)
        for size in TEXT_SIZES:
            button = QToolButton(bar)
            button.setText(size)
            button.setCheckable(True)
            button.setChecked(size == self._text_size)
            button.setAccessibleName(self.tr("%1字号").replace("%1", size))
            button.setToolTip(self.tr("预览文字大小：%1").replace("%1", size))
            button.clicked.connect(lambda _checked=False, s=size: self._choose_text_size(s))
            self._sizes.addButton(button)
            bar.addWidget(button)
        return bar

    def _fill_themes(self) -> None:
        self._themes.clear()
        for theme in list_themes():
            self._themes.addItem(theme.name, theme.id)
            self._themes.setItemData(self._themes.count() - 1, theme.description, Qt.ItemDataRole.ToolTipRole)
        self._themes.setCurrentIndex(max(self._themes.findData(self._theme.id), 0))

    def _choose_theme(self, theme_id: str) -> None:
        self.set_theme(theme_id)
        self.themeChanged.emit(self._theme.id)

    def _choose_text_size(self, size: str) -> None:
        self.set_text_size(size)
        self.textSizeChanged.emit(size)

    # ------------------------------------------------------------------------------------------------ public

    def set_report(self, report: Report, copy: Callable[[], Report] | None = None) -> None:
        """Show ``report`` once the writer pauses (debounced; cheap to call on every keystroke). ``copy`` takes
        the snapshot a render works on (the open document's, which shares unchanged sections); a full copy
        otherwise."""
        self._report, self._copy = report, copy
        self._asked += 1
        self._timer.start()

    def show_anchor(self, anchor: str) -> None:
        """Scroll the block with this anchor (see render.blocks) into view."""
        self._anchor = anchor
        if self._surface is not None and self._latest is not None:
            self._surface.show_anchor(anchor)

    def set_theme(self, name: str) -> None:
        """Switch the portal look; an unknown name falls back to the default with a notice."""
        self._theme, warning = theme_or_default(name)
        self._themes.setCurrentIndex(max(self._themes.findData(self._theme.id), 0))
        if warning:
            self._show_notice(warning)
        self._render_soon()

    def set_text_size(self, size: str) -> None:
        """大/中/小: scales the page's text like a portal's 字号 switch."""
        self._text_size = size if size in TEXT_SIZES else DEFAULT_TEXT_SIZE
        for button in self._sizes.buttons():
            button.setChecked(button.text() == self._text_size)
        self._render_soon()

    def set_site_name(self, name: str) -> None:
        """The portal name in the header band (default: the county of the source unit)."""
        self._site_name = name
        self._render_soon()

    def theme(self) -> str:
        return self._theme.id

    def text_size(self) -> str:
        return self._text_size

    def engine(self) -> str:
        """``"web"`` (QtWebEngine), ``"simple"`` (QTextBrowser fallback) or ``""`` before the preview starts."""
        return self._engine

    def surface(self) -> QObject | None:
        return self._surface

    # ------------------------------------------------------------------------------------------------ engine

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._surface is None:
            QTimer.singleShot(0, self.start_engine)  # after the window has been painted

    def start_engine(self) -> None:
        """Create the web view (or the fallback). Called once, after the pane is first shown."""
        if self._surface is not None:
            return
        if os.environ.get(FORCE_SIMPLE_ENV):
            self._use_simple(self.tr("已按设置使用简化预览"))
            return
        try:
            from .preview_web import WebSurface  # QtWebEngine loads its libraries here

            surface = WebSurface(self)
        except Exception as error:  # ImportError, missing libraries, a refused sandbox: all end the same way
            self._use_simple(self.tr("网页预览组件无法启动（%1）").replace("%1", str(error) or type(error).__name__))
            return
        surface.failed.connect(self._use_simple)
        self._install(surface, "web")
        log.info("预览使用网页组件（QtWebEngine）")

    def _use_simple(self, reason: str) -> None:
        log.warning("预览改用简化预览：%s", reason)
        old = self._surface
        self._install(SimpleSurface(self), "simple")
        if old is not None:
            old.widget().deleteLater()
            old.deleteLater()
        self._show_notice(
            reason + self.tr("。已改用简化预览，版式按“简洁”主题显示，与导出的网页略有差异；导出和编辑不受影响。")
        )

    def _install(self, surface, engine: str) -> None:
        self._surface = surface
        self._engine = engine
        surface.shown.connect(self.pageShown)
        if self._placeholder is not None:
            self._layout.replaceWidget(self._placeholder, surface.widget())
            self._placeholder.deleteLater()
            self._placeholder = None
        else:
            self._layout.addWidget(surface.widget(), 1)
        self._layout.setStretchFactor(surface.widget(), 1)
        surface.widget().show()
        self._latest = None
        waiting, self._waiting = self._waiting, None
        if waiting is not None and engine == "web":
            self._show(waiting)
        else:
            self._render_soon()

    def _show_notice(self, text: str) -> None:
        self._notice.setText(text)
        self._notice.show()

    # ------------------------------------------------------------------------------------------------ render

    def _render_soon(self) -> None:
        if self._report is not None:
            self._timer.start(0)

    def _render(self) -> None:
        """Render a snapshot of the report on the worker thread; only the newest result is shown."""
        if self._report is None:
            return
        self._timer.setInterval(self._debounce_ms)
        self._generation += 1
        generation = self._generation
        self._render_started = time.perf_counter()
        asked, began = self._asked, time.monotonic()
        theme = get_theme(SIMPLE_THEME) if self._engine == "simple" else self._theme
        future = self._executor.submit(
            render_page_parts,
            self._copy() if self._copy is not None else snapshot(self._report),
            theme,
            text_size=self._text_size,
            site_name=self._site_name,
            pause=lambda: self._give_way(asked, began),
        )
        future.add_done_callback(lambda done: self._deliver(generation, done))

    def _give_way(self, asked: int, began: float) -> None:
        """Between blocks of a render (on the worker thread): Python runs one thread at a time, so the writer's keys
        come first. Keys that came after the render began hold it until the writer pauses (it began after a pause:
        it waited for none before); a change of the report since it began stops it (a newer render follows)."""
        writer_typing.give_way(since=began)
        if asked != self._asked:
            raise _Outdated

    def _deliver(self, generation: int, future: Future) -> None:
        with contextlib.suppress(RuntimeError):  # the pane was closed while rendering
            self._bridge.rendered.emit(generation, future)

    def _rendered(self, generation: int, future: Future) -> None:
        if generation != self._generation or future.cancelled():
            return
        error = future.exception()
        if isinstance(error, _Outdated):
            return
        if error is not None:
            self._show_notice(self.tr("预览生成失败：%1").replace("%1", str(error)))
            return
        cost_ms = (time.perf_counter() - self._render_started) * 1000
        self._debounce_ms = int(min(DEBOUNCE_MS, max(MIN_DEBOUNCE_MS, cost_ms)))
        page: Page = future.result()
        if self._surface is None:
            self._waiting = page
        else:
            self._show(page)

    def _show(self, page: Page) -> None:
        if page == self._latest:
            return
        self._latest = page
        if isinstance(self._surface, SimpleSurface):
            self._surface.show_page(page, self._text_size)
        else:
            self._surface.show_page(page)
        if self._anchor is not None:
            self._surface.show_anchor(self._anchor)
            self._anchor = None
