"""The QtWebEngine surface of the preview: the exported page, offline, with document scripts off.

Imported only when the preview starts, so a desktop without QtWebEngine's libraries gets the simple preview
instead of an import error. The page's head (stylesheet, Content-Security-Policy) is loaded once with
``setHtml``; as the writer types (the title too: the document title is set from the same script), only the
blocks that changed are replaced, and where blocks came or went (Enter) only the stretch between the blocks that
stayed, from an isolated script world,
which keeps the scroll position, avoids a flash, spares Chromium laying out the whole page again, and has no size
limit (``setHtml`` stops at 2 MB). Document JavaScript stays off, the profile is off the record, and every
request that is not the page itself is refused.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from ..render.html import Page, Stretch, page_changes

BASE_URL = QUrl("about:blank")
LOCAL_SCHEMES = {"about", "data"}
WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
PROFILE_NAME = "editor-app-offline-preview"

_SCROLL_TO_ANCHOR = """(function (anchor) {
  var element = document.getElementById("b-" + anchor);
  if (element) { element.scrollIntoView({block: "nearest"}); } else { window.scrollTo(0, 0); }
})(%s);"""

# Puts each stretch right (see render.html.page_changes): its new HTML where its old elements stood (or by an
# anchored neighbour), the old elements out; false when an element is missing (the page is then swapped whole).
_PUT_RIGHT = """(function (stretches) {
  const find = (anchor) => anchor ? document.getElementById("b-" + anchor) : null;
  for (const [gone, html, following, preceding] of stretches) {
    const old = gone.map(find);
    if (old.includes(null)) { return false; }
    if (old.length) {
      old[0].insertAdjacentHTML("beforebegin", html);
      old.forEach((element) => element.remove());
      continue;
    }
    const next = find(following), previous = find(preceding);
    if (next) { next.insertAdjacentHTML("beforebegin", html); }
    else if (previous) { previous.insertAdjacentHTML("afterend", html); }
    else { return false; }
  }
  return true;
})(%s)"""


class OfflineInterceptor(QWebEngineUrlRequestInterceptor):
    """Refuses every request that would leave the page: http(s), file, ftp, websockets."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme() not in LOCAL_SCHEMES:
            self.blocked.append(url.toString())
            info.block(True)


class OfflinePage(QWebEnginePage):
    """Never navigates away: link clicks, form posts and redirects to anything but the page stay put."""

    def acceptNavigationRequest(self, url: QUrl, navigation_type, is_main_frame: bool) -> bool:
        return url.scheme() in LOCAL_SCHEMES


def offline_profile() -> QWebEngineProfile:
    """The one profile every preview shares: off the record (nothing on disk), every remote request refused.

    It belongs to the application, so it outlives every page that uses it, as QtWebEngine requires.
    """
    app = QCoreApplication.instance()
    profile = app.findChild(QWebEngineProfile, PROFILE_NAME)
    if profile is None:
        profile = QWebEngineProfile(app)  # no storage name: off the record
        profile.setObjectName(PROFILE_NAME)
        profile.setUrlRequestInterceptor(OfflineInterceptor(profile))
    return profile


class WebSurface(QObject):
    """Shows pages in a QWebEngineView; ``shown`` fires once the body is in the DOM."""

    shown = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = QWebEngineView(parent)
        self.profile = offline_profile()
        self.interceptor = self.profile.findChild(OfflineInterceptor)
        self.page = OfflinePage(self.profile, self.view)
        settings = self.page.settings()
        attribute = QWebEngineSettings.WebAttribute
        for name, value in (
            (attribute.JavascriptEnabled, False),
            (attribute.LocalContentCanAccessRemoteUrls, False),
            (attribute.LocalContentCanAccessFileUrls, False),
            (attribute.JavascriptCanOpenWindows, False),
            (attribute.PluginsEnabled, False),
            (attribute.NavigateOnDropEnabled, False),
            (attribute.DnsPrefetchEnabled, False),
        ):
            settings.setAttribute(name, value)
        self.view.setPage(self.page)
        self.view.setAccessibleName(self.tr("网页预览"))
        self.page.loadFinished.connect(self._loaded)
        self.page.renderProcessTerminated.connect(self._terminated)
        self._shell: str | None = None
        self._loading = False
        self._body: str | None = None
        self._page: Page | None = None  # what the page shows once the scripts sent so far have run
        self._scroll = QPointF()
        self._anchor: str | None = None

    def widget(self) -> QWidget:
        return self.view

    def show_page(self, page: Page) -> None:
        """Show ``page``: put right the blocks that changed, came or went, swap the body when that cannot be done in
        place, or load the page again when its shell (theme, text size) changed."""
        old, self._page, self._body = self._page, page, page.body
        if page.shell != self._shell:
            self._shell = page.shell
            self._scroll = self.page.scrollPosition()
            self._loading = True
            self.page.setHtml(Page(page.head, "").html, BASE_URL)
        elif not self._loading:
            changes = page_changes(old, page) if old is not None else None
            if changes is None:
                self._inject()
            else:
                self._replace(changes)

    def show_anchor(self, anchor: str) -> None:
        self._anchor = anchor
        if not self._loading and self._shell is not None:
            self._scroll_to_anchor()

    def _loaded(self, ok: bool) -> None:
        self._loading = False
        if ok:
            self._inject(restore=self._scroll)

    def _inject(self, restore: QPointF | None = None) -> None:
        """Swap the body in, and scroll in the same script (a script's answer is now and then lost)."""
        script = self._retitle() + f"document.body.innerHTML = {json.dumps(self._body, ensure_ascii=False)};"
        if restore is not None:
            script += f"window.scrollTo({restore.x()}, {restore.y()});"
        if self._anchor is not None:
            script += _SCROLL_TO_ANCHOR % json.dumps(self._anchor)
            self._anchor = None
        self._run(script, "true", lambda _result: self.shown.emit())

    def _replace(self, changes: list[Stretch]) -> None:
        """Put right only the stretches that changed and scroll in the same script; the body is swapped whole if the
        page lost one of their elements."""
        anchor, self._anchor = self._anchor, None
        replace = _PUT_RIGHT % json.dumps(changes, ensure_ascii=False)
        scroll = _SCROLL_TO_ANCHOR % json.dumps(anchor) if anchor is not None else ""
        body = f"{self._retitle()} const replaced = {replace}; if (replaced) {{ {scroll} }} return replaced;"
        script = f"var replaced = (function () {{ {body} }})();"

        def done(replaced) -> None:
            if replaced is False:
                self._anchor = self._anchor or anchor
                self._inject()
            else:
                self.shown.emit()

        self._run(script, "replaced", done)

    def _run(self, script: str, answer: str, then) -> None:
        """Run ``script``, then hand ``then`` the value of the expression ``answer`` evaluated after it in the same
        world (scripts run in the order sent). PySide6 6.11 keeps every script run with a result callback alive for
        good, so only the small question carries the callback: with the script itself, a long report's preview grew
        by the size of its page (~1 MB at 300,000 characters) at every Enter, and by a block's size at every pause
        in typing."""
        self.page.runJavaScript(script, WORLD)
        self.page.runJavaScript(answer, WORLD, then)

    def _retitle(self) -> str:
        """The script that sets the document title (it is in the head, which typing no longer reloads)."""
        return f"document.title = {json.dumps(self._page.title, ensure_ascii=False)};" if self._page else ""

    def _scroll_to_anchor(self) -> None:
        anchor, self._anchor = self._anchor, None
        self.page.runJavaScript(_SCROLL_TO_ANCHOR % json.dumps(anchor), WORLD)

    def _terminated(self, status: QWebEnginePage.RenderProcessTerminationStatus, code: int) -> None:
        if status != QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            self.failed.emit(self.tr("网页预览进程意外退出（代码 %1）").replace("%1", str(code)))
