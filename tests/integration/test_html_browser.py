"""The exported page and fragment in a real browser (Debian's Chromium driven by Playwright).

What a reader sees: title, info line, every heading with its number in order, bold run-in leads; and what
must never happen: a script running, a request leaving the page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor_app.export import export_report
from editor_app.model.report import Meta, Node, Paragraph, Report, Table
from editor_app.render.html import render_fragment, render_page
from editor_app.templates import sample_report
from tools import require_tool

pytestmark = pytest.mark.integration

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

XSS = [
    "<script>window.__pwned=1;alert(1)</script>",
    '"><img src=x onerror="window.__pwned=2;alert(2)">',
    "' onmouseover='window.__pwned=3' x='",
    "[点我](javascript:window.__pwned=4)",
    '<a href="javascript:window.__pwned=5">链接</a>',
    "&lt;script&gt;window.__pwned=6&lt;/script&gt;",
    "&#60;img src=x onerror=window.__pwned=7&#62;",
    "</style><script>window.__pwned=8</script>",
    "<svg/onload=window.__pwned=9>",
    "<iframe src=http://example.com/></iframe>",
    "<link rel=stylesheet href=http://example.com/x.css>",
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    path = require_tool("chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Visit:
    """A page opened from a file, with every request, dialog and console message recorded."""

    def __init__(self, browser, path: Path, width: int = 1280) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.url = path.as_uri()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.console: list[str] = []
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.on("console", lambda message: self.console.append(message.text))
        self.page.route("**/*", self._route)
        self.page.goto(self.url)

    def _route(self, route) -> None:
        if route.request.url == self.url:
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def texts(self, selector: str) -> list[str]:
        return [t.strip() for t in self.page.locator(selector).all_inner_texts()]


def export(report: Report, tmp_path: Path, fmt: str = "html") -> Path:
    return export_report(report, fmt, None, source=tmp_path / "稿件.edesk").paths[0]


def classic_report() -> Report:
    report = Report(Meta(title="青溪县水利局2026年工作总结", source="青溪县水利局", published="2026-12-01 09:00"))
    report.lead = [Paragraph("今年以来，全局围绕水利高质量发展，重点抓好以下工作。")]
    report.nodes = [
        Node("工程建设", [Paragraph("完成投资。")], [Node("灌区改造", [Paragraph("改造渠道。")], [Node("渠系")])]),
        Node("防汛抗旱", [Paragraph("安全度汛。")], [Node("预案修订"), Node("物资储备")]),
        Node("下一步打算", [Table([["项目", "投资（万元）"], ["水库加固", "1200"]], 1, "表1 重点项目")]),
    ]
    return report


def test_reader_sees_title_info_line_and_bold_numbered_leads(browser, tmp_path, artifacts):
    visit = Visit(browser, export(sample_report(), tmp_path))
    page = visit.page
    assert page.title() == "聚焦“三个提升” 绘就和美乡村新画卷_青溪县人民政府"
    assert visit.texts("h1") == ["聚焦“三个提升” 绘就和美乡村新画卷"]
    assert visit.texts(".breadcrumb") == ["当前位置：首页 > 专题 > 乡村振兴在青溪"]
    info = visit.texts(".article-info")[0]
    assert (
        "来源：青溪县农业农村局" in info and "发布时间：2026-11-20 10:30" in info and "作者：县农业农村局办公室" in info
    )
    leads = page.locator(".runin-lead")
    assert [t for t in leads.all_inner_texts() if "、" in t[:2]] == [
        "一、聚焦产业提质，夯实富民增收基础。",
        "二、聚焦环境提升，打造宜居宜业家园。",
        "三、聚焦治理提效，凝聚共建共享合力。",
    ]
    weights = leads.evaluate_all("els => els.map(e => Number(getComputedStyle(e).fontWeight))")
    assert weights and all(w >= 700 for w in weights)
    body_weight = page.locator("[data-anchor='lead-0']").evaluate("e => Number(getComputedStyle(e).fontWeight)")
    assert body_weight < 600
    indent = page.locator("[data-anchor='lead-0']").evaluate("e => getComputedStyle(e).textIndent")
    font_size = page.locator("[data-anchor='lead-0']").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert float(indent.removesuffix("px")) == pytest.approx(2 * font_size)  # a 2em first-line indent
    assert visit.requests == [] and visit.dialogs == []
    page.screenshot(path=str(artifacts / "portal-page-sample.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(artifacts / "portal-page-sample-narrow.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling on a phone
    for field in (".info-source", ".info-published", ".info-author"):  # each field wraps whole, never inside
        assert page.locator(field).evaluate("e => e.getClientRects().length") == 1


def test_headings_show_their_numbers_in_order(browser, tmp_path):
    visit = Visit(browser, export(classic_report(), tmp_path))
    assert visit.texts("h2") == ["一、工程建设", "二、防汛抗旱", "三、下一步打算"]
    assert visit.texts("h3") == ["（一）灌区改造", "（一）预案修订", "（二）物资储备"]
    assert visit.texts("h4") == ["1.渠系"]
    assert visit.texts("caption") == ["表1 重点项目"]
    assert visit.texts("th") == ["项目", "投资（万元）"]


def test_text_scales_with_the_root_size_and_the_keyboard_reaches_the_article(browser, tmp_path):
    visit = Visit(browser, export(sample_report(), tmp_path))
    page = visit.page
    size = "() => parseFloat(getComputedStyle(document.querySelector('[data-anchor=\"lead-0\"]')).fontSize)"
    normal = page.evaluate(size)
    page.evaluate("document.documentElement.style.fontSize = '150%'")  # what 字号 大 or a reader's setting does
    assert page.evaluate(size) == pytest.approx(normal * 1.5)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "跳到正文"
    assert page.locator(".skip-link").bounding_box()["x"] >= 0  # visible once focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "content"


def _hostile_report() -> Report:
    text = "".join(XSS)
    meta = Meta(text, text, [text, text], text, text, text, [text, text], text, text)
    node = Node(text, [Paragraph(text), Table([[text, text], [text, text]], 1, text)], [Node(text, [Paragraph(text)])])
    return Report(meta, [Paragraph(text)], [node], [Paragraph(text)], text, text, [text, text])


@pytest.mark.parametrize("theme", ["county", "plain"])
def test_hostile_text_in_every_field_runs_nothing_and_loads_nothing(browser, tmp_path, theme):
    from editor_app.settings import Settings, save_settings

    save_settings(Settings(theme=theme))
    visit = Visit(browser, export(_hostile_report(), tmp_path))
    page = visit.page
    page.mouse.move(300, 300)
    for element in page.locator(".article-body > *").all()[:6]:
        element.hover()
        element.click()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert visit.dialogs == [] and visit.requests == []
    assert page.locator("script, iframe, img, svg, link").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert XSS[0] in visit.texts("h1")[0]  # the writer's text is shown as typed


def test_fragment_pastes_into_a_rich_text_editor_as_clean_paragraphs(browser, tmp_path):
    fragment = render_fragment(sample_report()).body
    page = browser.new_page()
    page.set_content('<div id="editor" contenteditable="true"></div>')
    page.focus("#editor")
    page.evaluate("html => document.execCommand('insertHTML', false, html)", fragment)
    editor = page.locator("#editor")
    assert editor.locator("p").count() == 11
    assert editor.locator("p").first.evaluate("e => getComputedStyle(e).textIndent") != "0px"
    assert editor.locator("strong").first.inner_text() == "一、聚焦产业提质，夯实富民增收基础。"
    assert "font-family" not in editor.inner_html() and "px" not in editor.inner_html()


def _seed_report(seed: str) -> Report:
    """The seed article as a writer enters it: breadcrumb, title, date, lead, five run-in sections."""
    from editor_app.model.dates import normalize_published
    from editor_app.model.report import LevelStyle, Placement

    lines = [line.strip() for line in seed.splitlines() if line.strip() and line.strip() != "|"]
    column = [part.strip() for part in lines[0].split(":", 1)[1].split(">")]
    published = normalize_published(lines[2].split("发布时间:", 1)[1].strip())
    section = re.compile(r"^[一二三四五六七八九十]+、")
    report = Report(Meta(title=lines[1], column=column, published=published))
    report.levels = [LevelStyle(True, "一、", Placement.RUNIN)]
    for line in lines[3:]:
        if section.match(line):
            heading, _, rest = section.sub("", line).partition("。")
            report.nodes.append(Node(heading + "。", [Paragraph(rest)]))
        else:
            report.lead.append(Paragraph(line))
    return report


def test_seed_article_exports_as_a_portal_page(browser, tmp_path, artifacts, seed_text):
    report = _seed_report(seed_text)
    county = re.search(r"(\w{2}县)", report.lead[0].text).group(1)
    path = tmp_path / "seed.html"
    path.write_text(render_page(report, site_name=county + "人民政府"), encoding="utf-8")
    visit = Visit(browser, path)
    assert visit.texts("h1") == [report.meta.title]
    assert visit.texts(".breadcrumb") == ["当前位置：" + " > ".join(report.meta.column)]
    assert visit.texts(".article-info") == [f"发布时间：{report.meta.published}"]  # the seed's 来源 was empty
    numbers = [lead[:2] for lead in visit.texts(".runin-lead")]
    assert numbers == ["一、", "二、", "三、", "四、", "五、"]
    assert visit.requests == [] and visit.dialogs == []
    visit.page.screenshot(path=str(artifacts / "portal-page-seed.png"), full_page=True)


CONTRAST = """selector => {
  const rgb = s => s.match(/[\\d.]+/g).map(Number);
  const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const element = document.querySelector(selector);
  let back = element, colour = [255, 255, 255];
  while (back) { const c = rgb(getComputedStyle(back).backgroundColor);
    if (c.length < 4 || c[3] > 0) { colour = c; break; } back = back.parentElement; }
  const [a, b] = [lum(rgb(getComputedStyle(element).color)), lum(colour)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


@pytest.mark.parametrize("theme", ["county", "plain"])
def test_text_keeps_enough_contrast_for_elder_readers(browser, tmp_path, theme):
    """WCAG AA (4.5:1), which the elder-friendly specification and GB/T 37668 follow."""
    from editor_app.settings import Settings, save_settings

    save_settings(Settings(theme=theme))
    page = Visit(browser, export(sample_report(), tmp_path)).page
    selectors = [".breadcrumb-label", ".breadcrumb-item:last-child", "h1", ".article-info span", ".runin-lead"]
    selectors += ["[data-anchor='lead-0']"] + ([".site-name", ".site-footer p"] if theme == "county" else [])
    ratios = {selector: page.evaluate(CONTRAST, selector) for selector in selectors}
    assert all(ratio >= 4.5 for ratio in ratios.values()), ratios
