"""The portal page: what the reader sees around and in the article, and what the portal's crawler reads."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from editor_app.model.report import Attachment, LevelStyle, Meta, Node, Paragraph, Placement, Report, Table
from editor_app.render.html import CSP, Page, page_changes, render_page, render_page_parts, site_name_for
from editor_app.templates import sample_report
from workloads import realistic_report


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside each element by tag."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.stack: list[tuple[str, dict, list[str]]] = []
        self.texts: list[tuple[str, dict, str]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in ("meta", "br", "img", "link"):
            self.stack.append((tag, dict(attrs), []))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, attrs, text = self.stack.pop()
            joined = "".join(text)
            self.texts.append((open_tag, attrs, joined))
            if self.stack:
                self.stack[-1][2].append(joined)
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.stack:
            self.stack[-1][2].append(data)

    def text_of(self, tag: str, css_class: str | None = None) -> list[str]:
        return [
            t for g, a, t in self.texts if g == tag and (css_class is None or css_class in a.get("class", "").split())
        ]

    def meta(self) -> dict[str, str]:
        return {a["name"]: a["content"] for t, a in self.tags if t == "meta" and "name" in a}


def _classic() -> Report:
    """A work summary with four heading levels on their own lines."""
    report = Report(Meta(title="2026年工作总结", source="青溪县水利局", published="2026-12-01 09:00"))
    report.nodes = [
        Node("总体情况", [Paragraph("今年完成投资。")], [Node("工程建设", [], [Node("灌区", [], [Node("渠道")])])]),
        Node("存在问题", [Paragraph("资金不足。")]),
    ]
    return report


def test_page_shows_breadcrumb_title_and_info_line():
    page = Elements(render_page(sample_report()))
    assert page.text_of("h1") == ["聚焦“三个提升” 绘就和美乡村新画卷"]
    assert page.text_of("nav", "breadcrumb") == ["当前位置：首页 > 专题 > 乡村振兴在青溪"]
    assert page.text_of("p", "article-info") == [
        "来源：青溪县农业农村局\u3000发布时间：2026-11-20 10:30\u3000作者：县农业农村局办公室"
    ]


def test_breadcrumb_starts_at_home_and_info_line_leaves_out_empty_fields():
    report = Report(Meta(title="标题", column=["专题", "乡村振兴"], published="2026-01-02 08:00"))
    page = Elements(render_page(report))
    assert page.text_of("nav", "breadcrumb") == ["当前位置：首页 > 专题 > 乡村振兴"]
    assert page.text_of("p", "article-info") == ["发布时间：2026-01-02 08:00"]


def test_page_meta_tags_carry_the_cms_fields():
    tags = Elements(render_page(sample_report())).meta()
    assert tags["ArticleTitle"] == "聚焦“三个提升” 绘就和美乡村新画卷"
    assert tags["PubDate"] == "2026-11-20 10:30"
    assert tags["ContentSource"] == "青溪县农业农村局"
    assert tags["ColumnName"] == "乡村振兴在青溪"
    assert tags["Keywords"] == "和美乡村,乡村振兴,人居环境"
    assert tags["Description"].startswith("青溪县农业农村局以产业、环境、治理")


def test_page_forbids_scripts_and_remote_loads_before_anything_else():
    html = render_page(sample_report())
    head = html.split("<head>", 1)[1]
    assert head.index("Content-Security-Policy") < head.index("<title>") < head.index("<style>")
    assert "default-src 'none'" in CSP and "script-src" not in CSP
    assert "<script" not in html and "http://" not in html and "https://" not in html


def test_run_in_leads_are_bold_and_numbered_in_order():
    page = Elements(render_page(sample_report()))
    leads = page.text_of("strong", "runin-lead")
    assert leads[0] == "一、聚焦产业提质，夯实富民增收基础。"
    assert [lead[:2] for lead in leads if lead[1] == "、"] == ["一、", "二、", "三、"]
    assert "壮大特色主导产业。" in leads  # level 2: unnumbered run-in lead


def test_headings_on_their_own_lines_are_heading_elements_with_numbers():
    page = Elements(render_page(_classic()))
    assert page.text_of("h2") == ["一、总体情况", "二、存在问题"]
    assert page.text_of("h3") == ["（一）工程建设"]
    assert page.text_of("h4") == ["1.灌区"]
    assert page.text_of("h5") == ["（1）渠道"]


def test_every_body_element_carries_its_anchor():
    html = render_page(sample_report())
    page = Elements(html)
    anchors = [a["data-anchor"] for _, a in page.tags if "data-anchor" in a]
    # A run-in paragraph carries its section's anchor, the text after the lead that of its first paragraph.
    assert anchors[:5] == ["lead-0", "n0", "n0-p0", "n0.0", "n0.0-p0"]
    assert 'id="b-n0.1"' in html and 'id="b-n0.1-p0"' in html


def test_table_has_caption_and_header_cells():
    report = Report(Meta(title="表"), lead=[Table([["项目", "金额"], ["道路", "45"]], 1, "表1 投资情况")])
    page = Elements(render_page(report))
    assert page.text_of("caption") == ["表1 投资情况"]
    assert page.text_of("th") == ["项目", "金额"]
    assert page.text_of("td") == ["道路", "45"]


def test_signature_date_and_attachments_follow_the_body():
    report = Report(Meta(title="通知"), lead=[Paragraph("正文。")], signature="青溪县人民政府", date="2026年12月1日")
    report.attachments = [Attachment("名单"), Attachment("日程")]
    page = Elements(render_page(report))
    assert page.text_of("p", "attachments") == ["附件：1.名单"]
    assert page.text_of("p", "attachments-more") == ["2.日程"]
    assert page.text_of("p", "signature") == ["青溪县人民政府"]
    assert page.text_of("p", "date") == ["2026年12月1日"]


@pytest.mark.parametrize(("size", "percent"), [("大", "125%"), ("中", "100%"), ("小", "87.5%")])
def test_text_size_scales_the_root_font(size, percent):
    assert f"html {{ font-size: {percent}; }}" in render_page(sample_report(), text_size=size)


def test_themes_differ_in_look_not_in_content():
    county = render_page_parts(sample_report(), "county")
    plain = render_page_parts(sample_report(), "plain")
    assert county.head != plain.head
    assert "site-header" in county.body and "site-header" not in plain.body
    assert Elements(county.body).text_of("div", "article-body") == Elements(plain.body).text_of("div", "article-body")


def test_theme_css_sizes_text_in_relative_units():
    """The 字号 switch and browser zoom only work when the theme pins no font size in pixels."""
    for theme in ("county", "plain"):
        head = render_page_parts(sample_report(), theme).head
        assert "px" not in head, theme


def test_site_name_comes_from_the_source_county_or_the_setting():
    assert site_name_for(Meta(source="青溪县农业农村局")) == "青溪县人民政府"
    assert site_name_for(Meta(source="")) == "政府门户网站"
    page = Elements(render_page(sample_report(), site_name="青溪县政府网"))
    assert page.text_of("p", "site-name") == ["青溪县政府网"]


def test_level_scheme_changes_the_numbers():
    report = _classic()
    report.levels = [LevelStyle(True, "1.", Placement.HEADING), *report.levels[1:]]
    assert Elements(render_page(report)).text_of("h2") == ["1.总体情况", "2.存在问题"]


def test_the_portal_shows_attachment_bodies_but_no_masthead_recipients_note_or_imprint():
    report = Report(
        Meta(
            title="通知",
            issuer=["青溪县农业农村局文件"],
            document_number="青农〔2026〕12号",
            copy_number="000123",
            recipients="各乡镇人民政府",
            note="（联系人：王五）",
            cc=["县委办公室"],
            printed_by="县农业农村局办公室",
        ),
        lead=[Paragraph("正文。")],
        attachments=[Attachment("名单", [Paragraph("张三")])],
    )
    html = render_page(report)
    for hidden in ("青溪县农业农村局文件", "000123", "各乡镇人民政府", "联系人", "抄送", "县委办公室", "印发"):
        assert hidden not in html
    page = Elements(html)
    assert page.text_of("p", "attachment") == ["附件 名单", "张三"]  # its label and name, then its text


def test_no_anchor_names_two_elements_when_attachments_have_bodies():
    report = Report(Meta(title="通知"), lead=[Paragraph("正文。")])
    report.attachments = [Attachment("名单", [Paragraph("张三")]), Attachment("日程", [Paragraph("25日")])]
    anchors = [a["data-anchor"] for _, a in Elements(render_page(report)).tags if "data-anchor" in a]
    assert len(anchors) == len(set(anchors)) and {"a0", "a0-p0", "a1-p0"} <= set(anchors)


def test_an_edited_paragraph_is_the_only_change_the_preview_replaces():
    report = sample_report()
    before = render_page_parts(report)
    report.lead[0] = Paragraph("改过的导语。")
    report.closing[0] = Paragraph("改过的结尾，**加粗**。")
    after = render_page_parts(report)
    changes = page_changes(before, after)
    assert [gone for gone, *_ in changes] == [["lead-0"], ["closing-0"]]
    assert "改过的结尾，<strong>加粗</strong>。" in changes[1][1] and changes[1][1].startswith('<p id="b-closing-0"')
    assert page_changes(after, render_page_parts(report)) == []


def put_right(page: Page, stretches) -> list[tuple[str, str]]:
    """What the preview's script does to the page's elements, done to its list of (anchor, html)."""
    blocks = list(page.blocks)
    for gone, html, following, preceding in stretches:
        anchors = [anchor for anchor, _ in blocks]
        if gone:
            at = anchors.index(gone[0])
            blocks[at : at + len(gone)] = [("?", html)]
        else:
            at = anchors.index(following) if following else anchors.index(preceding) + 1
            blocks.insert(at, ("?", html))
    return [html for _, html in blocks if html]


def test_blocks_that_came_or_went_are_put_right_by_the_stretches_between_the_blocks_that_stayed():
    """Enter in a long report renumbers the anchors after it in its section only: the preview sends that stretch
    (a 300,000-character report's page is about 1 MB), not the whole body."""
    report = realistic_report(120_000)
    before = render_page_parts(report)
    section = report.nodes[1]
    section.content.insert(1, Paragraph("新的一段。"))  # Enter after the section's first paragraph
    del report.closing[-1]
    after = render_page_parts(report)
    stretches = page_changes(before, after)
    assert len(stretches) == 2
    assert sum(len(html) for _, html, *_ in stretches) < len(after.body) / 10
    assert "\n".join(put_right(before, stretches)) == "\n".join(html for _, html in after.blocks if html)


@pytest.mark.parametrize(
    "edit",
    [
        lambda report: setattr(report.meta, "title", "新的标题"),  # the title in the frame
        lambda report: setattr(report.meta, "source", "青溪县人民政府办公室"),  # the info line in the frame
        lambda report: report.attachments[1].__setattr__("name", "丙"),  # a list of two: several elements
    ],
)
def test_the_preview_swaps_the_whole_body_when_the_frame_or_an_unanchored_block_changed(edit):
    report = sample_report()
    report.attachments = [Attachment("甲"), Attachment("乙")]
    before = render_page_parts(report)
    edit(report)
    assert page_changes(before, render_page_parts(report)) is None


def test_keywords_and_title_change_the_exported_head_but_not_the_shell_the_preview_loads():
    """Typing in the title or the keywords must not make the preview load the page again (a flash, the scroll lost)."""
    report = sample_report()
    before = render_page_parts(report)
    report.meta.keywords = ["和美乡村", "新的关键词"]
    report.meta.title = "新的标题"
    after = render_page_parts(report)
    assert 'content="和美乡村,新的关键词"' in after.head and "<title>新的标题_" in after.head
    assert after.shell == before.shell and "<title>" not in after.shell and "新的关键词" not in after.shell
    assert after.title.startswith("新的标题_") and CSP in after.shell
    assert render_page_parts(report, "plain").shell != after.shell  # a theme does need a reload
