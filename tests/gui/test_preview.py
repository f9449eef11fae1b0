"""The live preview: shows the exported page, follows typing without blocking it, and stays offline."""

from __future__ import annotations

import json
import sys
import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.exceptions import TimeoutError as QtTimeoutError

from editor_app.model.report import Paragraph
from editor_app.render.html import render_page, render_page_parts
from editor_app.templates import sample_report
from editor_app.ui import preview as preview_module
from editor_app.ui.clipboard import copy_for_portal
from editor_app.ui.preview import DEBOUNCE_MS, FORCE_SIMPLE_ENV, PreviewPane

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)  # before the QApplication exists

WAIT_MS = 20_000  # the first QtWebEngine start on a cold machine is slow; later steps are fast


def run_js(qtbot, pane: PreviewPane, script: str):
    """Evaluate ``script`` from the test side (an isolated world: the page's own scripts stay off).

    QtWebEngine now and then drops the answer to a script sent while the previous DOM swap is committing;
    asking again is what a test can do about it.
    """
    from editor_app.ui.preview_web import WORLD

    for _ in range(10):
        results = []
        pane.surface().page.runJavaScript(script, WORLD, results.append)
        try:
            qtbot.waitUntil(lambda results=results: bool(results), timeout=WAIT_MS // 10)
        except QtTimeoutError:
            continue
        return results[0]
    raise AssertionError(f"no answer from the preview to {script!r}")


def dom(qtbot, pane: PreviewPane, selector: str) -> str | None:
    script = f"JSON.stringify((document.querySelector({json.dumps(selector)}) || {{}}).textContent ?? null)"
    return json.loads(run_js(qtbot, pane, script))


def wait_for_dom(qtbot, pane: PreviewPane, selector: str, expected: str, timeout: int) -> None:
    """Poll the DOM until ``selector`` shows ``expected`` (fails after ``timeout`` ms)."""
    for _ in range(max(timeout // 50, 1)):
        if dom(qtbot, pane, selector) == expected:
            return
        qtbot.wait(50)
    assert dom(qtbot, pane, selector) == expected


@pytest.fixture
def pane(qtbot):
    widget = PreviewPane()
    qtbot.addWidget(widget)  # closed and deleted after the test, before the shared web profile goes
    widget.resize(820, 900)
    return widget


def shown_with(qtbot, pane: PreviewPane, report) -> None:
    with qtbot.waitSignal(pane.pageShown, timeout=WAIT_MS):
        pane.set_report(report)
        pane.show()


def test_engine_starts_only_after_the_pane_is_shown(qtbot, pane):
    pane.set_report(sample_report())
    qtbot.wait(DEBOUNCE_MS + 100)
    assert pane.engine() == ""  # nothing heavy before the window appears
    pane.show()
    qtbot.waitUntil(lambda: pane.engine() == "web", timeout=WAIT_MS)


def test_preview_shows_the_exported_page(qtbot, pane, artifacts):
    report = sample_report()
    shown_with(qtbot, pane, report)
    assert dom(qtbot, pane, "h1") == report.meta.title
    assert dom(qtbot, pane, ".article-info").startswith("来源：青溪县农业农村局")
    assert dom(qtbot, pane, "strong.runin-lead") == "一、聚焦产业提质，夯实富民增收基础。"
    exported = render_page(report)
    anchors = run_js(qtbot, pane, "Array.from(document.querySelectorAll('[data-anchor]')).map(e => e.id).join(' ')")
    assert anchors.split() == [f"b-{a}" for a in _anchors(exported)]
    qtbot.wait(300)  # loadFinished and the DOM swap come before the first paint
    image = pane.grab().toImage()
    image.save(str(artifacts / "preview-pane.png"))
    assert image.pixelColor(image.width() // 2, 60).red() > 150  # the red header band is painted


def _anchors(html: str) -> list[str]:
    import re

    return re.findall(r'data-anchor="([^"]+)"', html)


def test_typing_changes_the_preview_within_the_debounce(qtbot, pane):
    report = sample_report()
    shown_with(qtbot, pane, report)
    report.meta.title = "新的标题"
    report.lead[0] = Paragraph("改过的导语。")
    pane.set_report(report)
    wait_for_dom(qtbot, pane, "h1", "新的标题", timeout=DEBOUNCE_MS + 2000)
    assert dom(qtbot, pane, "[data-anchor='lead-0']") == "改过的导语。"


def test_typing_in_the_title_updates_the_page_without_loading_it_again(qtbot, pane):
    """A reload would flash the page and lose the reader's place; the title and keywords live in the head."""
    report = sample_report()
    shown_with(qtbot, pane, report)
    run_js(qtbot, pane, "window.sameDocument = true; true")
    loads = []
    pane.surface().page.loadStarted.connect(lambda: loads.append(1))
    report.meta.title = "改过的标题"
    report.meta.keywords = ["新的关键词"]
    with qtbot.waitSignal(pane.pageShown, timeout=WAIT_MS):
        pane.set_report(report)
    assert dom(qtbot, pane, "h1") == "改过的标题"
    assert run_js(qtbot, pane, "document.title") == "改过的标题_青溪县人民政府"
    assert run_js(qtbot, pane, "window.sameDocument === true") is True and loads == []


def test_typing_is_never_blocked_by_rendering(qtbot, monkeypatch):
    renders = []

    def recording_render(*args, **kwargs):
        renders.append(threading.current_thread() is threading.main_thread())
        return real_render(*args, **kwargs)

    real_render = preview_module.render_page_parts
    monkeypatch.setattr(preview_module, "render_page_parts", recording_render)
    report = sample_report()
    window = QWidget()
    qtbot.addWidget(window)
    editor = QPlainTextEdit(window)
    pane = PreviewPane(window)
    layout = QVBoxLayout(window)
    layout.addWidget(editor)
    layout.addWidget(pane)

    def edited():
        report.meta.title = editor.toPlainText()
        calls_before = len(renders)
        pane.set_report(report)
        assert len(renders) == calls_before  # set_report itself never renders

    editor.textChanged.connect(edited)
    window.show()
    qtbot.waitUntil(lambda: pane.engine() == "web", timeout=WAIT_MS)
    typed = "青溪县召开和美乡村建设推进会"
    for char in typed:  # as a Chinese input method commits them, at a brisk typing pace
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(editor, event)
        qtbot.wait(40)
    assert editor.toPlainText() == typed  # every keystroke landed
    wait_for_dom(qtbot, pane, "h1", typed, timeout=WAIT_MS)
    assert renders and not any(renders)  # rendering ran on the worker thread only
    assert len(renders) < len(typed)  # debounced: not one render per keystroke


@pytest.fixture
def held_render(monkeypatch):
    """Renders that stop before their first block until the test lets them go on: ``began`` is set when one is
    under way, ``go_on`` lets it continue (through its ``pause``, as between any two blocks, which it appends the
    seconds it took to ``paused``)."""
    began, go_on, paused = threading.Event(), threading.Event(), []
    render = preview_module.render_page_parts

    def held(report, theme, *, pause, **options):
        began.set()
        go_on.wait(10)
        start = time.monotonic()
        try:
            pause()
        finally:
            paused.append(time.monotonic() - start)
        return render(report, theme, pause=pause, **options)

    monkeypatch.setattr(preview_module, "render_page_parts", held)
    return began, go_on, paused


def test_keys_during_a_render_hold_it_until_the_writer_pauses(qtbot, pane, held_render):
    """The page is rendered on a worker; keys that come while it works hold it between blocks (Python runs one
    thread at a time: each key would otherwise wait for the render of a long report), and the page follows once
    the writer stops. The editors tell ``writer_typing`` of every key and input-method event (test_review_panel)."""
    from editor_app.ui.workers import writer_typing

    began, go_on, _ = held_render
    report = sample_report()
    report.lead[0] = Paragraph("改过的导语。")
    shown = []
    pane.pageShown.connect(lambda: shown.append(True))
    pane.set_report(report)
    pane.show()
    qtbot.waitUntil(began.is_set)
    writer_typing.key()  # an arrow key, say: the report does not change
    go_on.set()
    for _ in range(8):  # a key every 0.1 s for 0.8 s: the render waits all along
        qtbot.wait(100)
        assert not shown
        writer_typing.key()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    assert dom(qtbot, pane, "#b-lead-0") == "改过的导语。"


def test_a_render_that_began_after_the_writer_paused_goes_on_at_once(qtbot, pane, held_render):
    """The pause before a render (as long as the last one took) is the writer's pause: the keys before it do not
    hold it again, so the page follows a keystroke in tens of milliseconds."""
    from editor_app.ui.workers import Typing, writer_typing

    began, go_on, paused = held_render
    report = sample_report()
    report.lead[0] = Paragraph("刚打完的一句。")
    writer_typing.key()
    pane.set_report(report)
    pane.show()
    qtbot.waitUntil(began.is_set)
    with qtbot.waitSignal(pane.pageShown, timeout=WAIT_MS):
        go_on.set()
    assert paused[0] < Typing.QUIET / 3
    assert dom(qtbot, pane, "#b-lead-0") == "刚打完的一句。"


def test_a_change_during_a_render_stops_it_and_the_newer_page_follows(qtbot, pane, held_render):
    began, go_on, _ = held_render
    report = sample_report()
    pane.set_report(report)
    pane.show()
    qtbot.waitUntil(began.is_set)
    report.lead[0] = Paragraph("渲染途中改过的导语。")
    pane.set_report(report)
    with qtbot.waitSignal(pane.pageShown, timeout=WAIT_MS):
        go_on.set()
    assert dom(qtbot, pane, "#b-lead-0") == "渲染途中改过的导语。"
    assert pane._notice.isHidden()  # the stopped render is no failure


def test_scroll_position_survives_an_update_and_anchors_scroll_into_view(qtbot, pane):
    report = sample_report()
    report.lead += [Paragraph(f"第{i}段补充内容。" * 10) for i in range(30)]
    shown_with(qtbot, pane, report)
    run_js(qtbot, pane, "window.scrollTo(0, 1500); window.scrollY")
    on_screen = "document.getElementById('b-lead-20').getBoundingClientRect().top"
    before = run_js(qtbot, pane, on_screen)
    report.lead[1] = Paragraph("改动一处。")  # shorter, above what is being read
    with qtbot.waitSignal(pane.pageShown, timeout=WAIT_MS):
        pane.set_report(report)
    assert dom(qtbot, pane, "#b-lead-1") == "改动一处。"
    assert abs(run_js(qtbot, pane, on_screen) - before) < 1  # what was being read stays where it was
    pane.show_anchor("n2.1")
    for _ in range(100):
        top = run_js(qtbot, pane, "document.getElementById('b-n2.1').getBoundingClientRect().top")
        if 0 <= top < 900:
            break
        qtbot.wait(50)
    assert 0 <= top < 900  # the block is on screen


_MARK_ALL = "document.querySelectorAll('[data-anchor]').forEach(e => { e.keptSince = 1; }); true"
_UNMARKED = "Array.from(document.querySelectorAll('[id^=\"b-\"]')).filter(e => !e.keptSince).map(e => e.id).join(' ')"


def test_editing_one_paragraph_replaces_only_that_paragraph_in_the_page(qtbot, pane):
    """The rest of the page stays as it was: the same elements, so Chromium does not lay the whole article out again."""
    report = sample_report()
    report.lead += [Paragraph(f"第{i}段补充内容。" * 10) for i in range(30)]
    shown_with(qtbot, pane, report)
    run_js(qtbot, pane, _MARK_ALL)
    report.lead[3] = Paragraph("第3段改过了。")
    with qtbot.waitSignal(pane.pageShown, timeout=WAIT_MS):
        pane.set_report(report)
    assert dom(qtbot, pane, "#b-lead-3") == "第3段改过了。"
    assert run_js(qtbot, pane, _UNMARKED) == "b-lead-3"
    page = run_js(qtbot, pane, "document.body.innerHTML")
    assert page.replace("\n", "") == render_page_parts(report, pane.theme()).body.replace("\n", "")


def test_adding_and_removing_paragraphs_puts_right_only_the_stretches_that_moved(qtbot, pane):
    """Blocks that come or go renumber the anchors after them in their part: only that stretch is sent and put in
    place (the sections between stay the same elements), and the page matches the export."""
    report = sample_report()
    shown_with(qtbot, pane, report)
    run_js(qtbot, pane, _MARK_ALL)
    report.lead.insert(0, Paragraph("新加的第一段。"))
    del report.closing[-1]
    with qtbot.waitSignal(pane.pageShown, timeout=WAIT_MS):
        pane.set_report(report)
    assert dom(qtbot, pane, "#b-lead-0") == "新加的第一段。"
    anchors = run_js(qtbot, pane, "Array.from(document.querySelectorAll('[data-anchor]')).map(e => e.id).join(' ')")
    assert anchors.split() == [f"b-{a}" for a in _anchors(render_page(report))]
    renewed = run_js(qtbot, pane, _UNMARKED).split()
    assert renewed and all(anchor.startswith("b-lead-") for anchor in renewed)  # the sections were not sent again
    page = run_js(qtbot, pane, "document.body.innerHTML")
    assert page.replace("\n", "") == render_page_parts(report, pane.theme()).body.replace("\n", "")
    report.lead[1] = Paragraph("再改一段。")  # an edit after that is again replaced in place
    with qtbot.waitSignal(pane.pageShown, timeout=WAIT_MS):
        pane.set_report(report)
    assert dom(qtbot, pane, "#b-lead-1") == "再改一段。"


def test_scripts_carrying_the_page_go_without_a_result_callback(qtbot, pane, monkeypatch):
    """PySide6 keeps every script run with a result callback for good: with the page's text in them, a 300,000-
    character report's preview grew by about 1 MB at every Enter. Only short questions carry a callback."""
    report = sample_report()
    shown_with(qtbot, pane, report)
    page = pane.surface().page
    sent = []
    send = page.runJavaScript

    def recording(script, *rest):
        sent.append((script, len(rest) > 1))  # (script, world) or (script, world, callback)
        return send(script, *rest)

    monkeypatch.setattr(page, "runJavaScript", recording)
    report.lead[0] = Paragraph("改过的导语。")  # its block is replaced in place
    with qtbot.waitSignal(pane.pageShown, timeout=WAIT_MS):
        pane.set_report(report)
    report.lead.insert(0, Paragraph("新加的第一段。"))  # the lead's stretch is put right
    with qtbot.waitSignal(pane.pageShown, timeout=WAIT_MS):
        pane.set_report(report)
    monkeypatch.undo()
    assert dom(qtbot, pane, "#b-lead-0") == "新加的第一段。"
    assert any("改过的导语" in script for script, _ in sent)
    assert any("新加的第一段" in script for script, _ in sent)
    assert [script for script, answered in sent if answered and len(script) > 40] == []


def test_text_size_and_theme_switch_from_the_toolbar(qtbot, pane):
    shown_with(qtbot, pane, sample_report())
    big = next(b for b in pane.findChildren(type(pane._sizes.buttons()[0])) if b.text() == "大")
    with qtbot.waitSignal(pane.textSizeChanged) as changed, qtbot.waitSignal(pane.pageShown, timeout=WAIT_MS):
        big.click()
    assert changed.args == ["大"]
    assert run_js(qtbot, pane, "getComputedStyle(document.documentElement).fontSize") == "20px"
    run_js(qtbot, pane, "window.scrollTo(0, 600); window.scrollY")
    qtbot.wait(100)  # the view reports its scroll position asynchronously
    with qtbot.waitSignal(pane.pageShown, timeout=WAIT_MS):
        pane.set_theme("plain")
    assert dom(qtbot, pane, ".site-header") is None and dom(qtbot, pane, "h1") == sample_report().meta.title
    assert run_js(qtbot, pane, "window.scrollY") == 600  # a new look, the same place in the article


def test_document_scripts_never_run_and_nothing_is_fetched(qtbot, pane, tmp_path):
    """Even an office theme that carries a script and a remote image runs and loads nothing."""
    from editor_app.settings import data_dir

    folder = data_dir() / "themes" / "hostile"
    folder.mkdir(parents=True)
    (folder / "style.css").write_text("body { background: url(http://example.com/bg.png); }", encoding="utf-8")
    (folder / "page.html").write_text(
        "<h1>${title}</h1><img src='http://example.com/x.png'><script>document.title='ran'</script>${article}",
        encoding="utf-8",
    )
    report = sample_report()
    report.meta.title = "<script>document.title='ran'</script><img src=x onerror=\"document.title='ran'\">"
    pane.set_theme("hostile")
    shown_with(qtbot, pane, report)
    qtbot.wait(500)
    assert dom(qtbot, pane, "h1") == report.meta.title  # shown as text
    assert run_js(qtbot, pane, "document.title") == report.meta.title + "_青溪县人民政府"  # no script changed it
    entries = json.loads(run_js(qtbot, pane, "JSON.stringify(performance.getEntriesByType('resource'))"))
    assert all(e["responseStatus"] == 0 and e["transferSize"] == 0 for e in entries)  # refused, nothing fetched


def test_preview_never_navigates_away(qtbot, pane):
    shown_with(qtbot, pane, sample_report())
    pane.surface().page.setUrl(QUrl("http://example.com/"))
    qtbot.wait(500)
    assert dom(qtbot, pane, "h1") == sample_report().meta.title


def test_forced_fallback_shows_a_notice_and_the_article(qtbot, pane, monkeypatch, artifacts):
    monkeypatch.setenv(FORCE_SIMPLE_ENV, "1")
    shown_with(qtbot, pane, sample_report())
    assert pane.engine() == "simple"
    notice = pane._notice
    assert notice.isVisible() and "简化预览" in notice.text()
    text = pane.surface().browser.toPlainText()
    assert "聚焦“三个提升” 绘就和美乡村新画卷" in text and "一、聚焦产业提质" in text
    qtbot.wait(100)
    image = pane.grab().toImage()
    image.save(str(artifacts / "preview-pane-simple.png"))
    assert notice.height() < pane.height() // 4  # the article, not the notice, fills the pane
    assert pane.surface().browser.isVisible()
    height = pane.surface().browser.document().size().height()
    with qtbot.waitSignal(pane.pageShown, timeout=WAIT_MS):
        pane.set_text_size("大")
    assert pane.surface().browser.document().size().height() > height * 1.1  # 大 makes the text bigger here too


def test_fallback_when_qtwebengine_cannot_be_imported(qtbot, pane, monkeypatch):
    monkeypatch.setitem(sys.modules, "editor_app.ui.preview_web", None)  # import raises ImportError
    shown_with(qtbot, pane, sample_report())
    assert pane.engine() == "simple"
    assert "网页预览组件无法启动" in pane._notice.text()
    report = sample_report()
    report.meta.title = "简化预览也随输入更新"
    with qtbot.waitSignal(pane.pageShown, timeout=WAIT_MS):
        pane.set_report(report)
    assert "简化预览也随输入更新" in pane.surface().browser.toPlainText()


def test_copy_for_portal_puts_html_and_plain_text_on_the_clipboard(qtbot):
    copy_for_portal(sample_report())
    data = QApplication.clipboard().mimeData()
    assert "<strong>一、聚焦产业提质，夯实富民增收基础。</strong>" in data.html()
    assert data.text().startswith("\u3000\u3000今年以来")
    assert "聚焦“三个提升” 绘就和美乡村新画卷" not in data.text()  # the title is a separate CMS field


def test_long_source_and_urls_stay_inside_the_card_without_stretched_lines(qtbot, pane):
    """Issue #14: at 字号 大 a long 来源 ran out of the article card, and a line before a long URL was justified
    into 办 事 群 众 满 意 度."""
    report = sample_report()
    report.meta.source = "青溪县农业农村局、青溪县乡村振兴局、青溪县财政局、青溪县自然资源局联合发布" * 2
    url = "https://www.qingxi.gov.cn/zwgk/xxgkml/nyncj/" + "abcdefghij" * 8 + ".html"
    report.lead[0].text = "全县办事群众满意度" + url
    pane.set_text_size("大")
    shown_with(qtbot, pane, report)
    overflow = """(() => { const card = document.querySelector('.article').getBoundingClientRect();
        return [...document.querySelectorAll('.article-info, .article-info > span, .article-body p')]
            .filter(e => e.getBoundingClientRect().right > card.right + 1).length; })()"""
    assert run_js(qtbot, pane, overflow) == 0
    same_line = """(() => { const p = [...document.querySelectorAll('.article-body p')]
            .find(e => e.textContent.includes('满意度https'));
        const node = [...p.childNodes].find(n => n.nodeType === 3 && n.textContent.includes('满意度https'));
        const at = node.textContent.indexOf('满意度https') + 2;  // 度, then the URL's h
        const top = i => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
            return r.getBoundingClientRect().top; };
        return Math.abs(top(at) - top(at + 1)) < 2; })()"""
    assert run_js(qtbot, pane, same_line) is True  # the URL starts on the same line: nothing to stretch


def test_the_preview_shares_the_right_side_with_the_review_in_tabs_and_shows_first(window, qtbot):
    """Stacked, the review panel and the preview were each too short to read; in tabs each has the full height."""
    window.attach_preview(PreviewPane())
    preview, review = window.findChild(QDockWidget, "previewDock"), window.findChild(QDockWidget, "reviewDock")
    qtbot.waitUntil(lambda: preview in window.tabifiedDockWidgets(review))
    qtbot.waitUntil(lambda: not preview.visibleRegion().isEmpty())  # the portal preview is the tab in front
    assert review.visibleRegion().isEmpty()


def test_a_window_holds_the_preview_place_until_its_first_paint_then_shows_the_page(qapp, qtbot):
    """The window paints before the web engine loads and the review panel is made: the preview tab says it is
    getting ready, then shows the page; the review panel fills its tab and its first check follows."""
    from writer import discard

    from editor_app.settings import Settings
    from editor_app.ui.app import Desk

    report = sample_report()
    window = Desk(Settings(), previews=True).show_window(report, None)
    dock = window.findChild(QDockWidget, "previewDock")
    assert window.preview is None and window.review is None
    assert "正在准备预览" in dock.widget().text()
    try:
        qtbot.waitUntil(lambda: window.preview is not None, timeout=WAIT_MS)
        assert dock.widget() is window.preview
        assert window.findChild(QDockWidget, "reviewDock").widget() is window.review
        qtbot.waitUntil(lambda: window.preview.engine() == "web", timeout=WAIT_MS)
        wait_for_dom(qtbot, window.preview, "h1", report.meta.title, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: window.review.counts.text() != "", timeout=WAIT_MS)  # then the review checks
    finally:
        discard(window)
