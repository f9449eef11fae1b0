"""The official document in Word: 版头, 主送, 附注, attachment pages and 版记, read back from the XML."""

from __future__ import annotations

from docx_xml import DATA, NS, Parts, w

from editor_app.export import export_report
from editor_app.model.report import Meta, Paragraph, Report
from editor_app.opening import load_report
from editor_app.render.docx import render_docx
from editor_app.templates import get_template


def official(name: str) -> Report:
    return load_report(DATA / f"official-{name}.md")[0]


def body_styles(parts: Parts) -> list[tuple[str, str]]:
    """(style, text) of the body's own paragraphs, tables' paragraphs left out."""
    body = parts.document.find(w("body"))
    out = []
    for p in body.findall(w("p")):
        style = p.xpath("w:pPr/w:pStyle/@w:val", namespaces=NS)
        out.append((style[0] if style else "", "".join(p.itertext())))
    return out


def test_masthead_elements_come_in_the_standards_order_above_the_title():
    parts = Parts(render_docx(official("notice")).data)
    texts = [(s, t) for s, t in body_styles(parts) if t]
    assert texts[:7] == [
        ("GwMark", "000123"),
        ("GwMark", "秘密★1年"),
        ("GwMark", "特急"),
        ("GwIssuer", "青溪县农业农村局文件"),
        ("GwDocNumber", "青农〔2026〕12号"),
        ("Title", "关于开展2026年秋季农业生产安全大检查的通知"),
        ("GwRecipients", "各乡镇人民政府，县直有关单位："),
    ]


def test_issuer_is_red_and_the_rule_under_the_number_is_red_and_text_wide():
    parts = Parts(render_docx(official("notice")).data)
    assert parts.style("GwIssuer").xpath("w:rPr/w:color/@w:val", namespaces=NS) == ["FF0000"]
    rules = parts.document.xpath("//w:body/w:p[w:pPr/w:pBdr/w:bottom]", namespaces=NS)
    assert len(rules) == 1
    bottom = rules[0].find(f"{w('pPr')}/{w('pBdr')}/{w('bottom')}")
    assert bottom.get(w("color")) == "FF0000" and bottom.get(w("val")) == "single"
    assert rules[0].find(f"{w('pPr')}/{w('ind')}") is None  # no indent: the rule spans the text area


def test_signers_stand_right_of_the_number_two_names_a_line():
    report = official("request")
    report.meta.signers = ["张明远", "李华", "王立新"]
    paragraphs = [(s, t) for s, t in body_styles(Parts(render_docx(report).data)) if s == "GwDocNumber" and t]
    assert paragraphs == [("GwDocNumber", "青农〔2026〕18号签发人：张明远\u3000李华"), ("GwDocNumber", "王立新")]
    document = Parts(render_docx(report).data).document
    names = document.xpath("//w:r[w:rPr/w:rStyle/@w:val='GwSigners']/w:t/text()", namespaces=NS)
    assert names == ["张明远\u3000李华", "王立新"]


def test_joint_issue_stacks_the_offices_with_the_suffix_beside_them():
    document = Parts(render_docx(official("request")).data).document
    table = document.find(f"{w('body')}/{w('tbl')}")
    cells = ["".join(tc.itertext()) for tc in table.iter(w("tc"))]
    assert cells == ["青溪县农业农村局青溪县财政局", "文件"]


def test_note_follows_the_date_in_parentheses():
    report = official("notice")
    report.meta.note = "联系人：王五"
    texts = [(s, t) for s, t in body_styles(Parts(render_docx(report).data)) if t]
    index = texts.index(("GwDate", "2026年11月20日"))
    assert texts[index + 1] == ("GwNote", "（联系人：王五）")


def test_each_attachment_with_a_body_starts_a_new_page_under_its_label():
    parts = Parts(render_docx(official("notice")).data)
    labels = parts.document.xpath("//w:p[w:pPr/w:pStyle/@w:val='GwAttachmentLabel']", namespaces=NS)
    assert ["".join(p.itertext()) for p in labels] == ["附件1", "附件2"]
    for label in labels:
        assert label.find(f"{w('pPr')}/{w('pageBreakBefore')}") is not None
        title = label.getnext()
        assert title.xpath("w:pPr/w:pStyle/@w:val", namespaces=NS) == ["Title"]
    assert "".join(labels[0].getnext().itertext()) == "检查组名单"
    assert labels[0].getnext().getnext().tag == w("tbl")  # the body follows, here a table


def test_imprint_has_thick_outer_and_thin_inner_rules_cc_and_printing_line():
    document = Parts(render_docx(official("notice")).data).document
    imprint = document.findall(f"{w('body')}/{w('tbl')}")[-1]
    borders = imprint.find(f"{w('tblPr')}/{w('tblBorders')}")
    assert [borders.find(w(side)).get(w("sz")) for side in ("top", "insideH", "bottom")] == ["8", "6", "8"]
    rows = ["".join(tr.itertext()) for tr in imprint.iter(w("tr"))]
    assert rows == [
        "抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。",
        "青溪县农业农村局办公室2026年11月20日印发",
    ]
    assert imprint.find(f".//{w('tab')}") is not None  # the date is set right by a tab, not by spaces


def test_a_report_without_official_elements_exports_without_any_of_them():
    report = Report(Meta(title="通知", document_number=""), lead=[Paragraph("正文。")])
    parts = Parts(render_docx(report).data)
    styles = {s for s, _ in body_styles(parts)}
    assert not styles & {"GwMark", "GwIssuer", "GwDocNumber", "GwRecipients", "GwNote", "GwImprint"}
    assert len(parts.document.findall(f".//{w('sectPr')}")) == 1


def test_a_letter_prints_its_masthead_in_the_first_page_header_and_no_page_number_there():
    report = official("letter")
    parts = Parts(render_docx(report, "letter").data)
    section = parts.document.find(f"{w('body')}/{w('sectPr')}")
    assert section.find(w("titlePg")) is not None
    rels = {r.get("Id"): r.get("Target") for r in parts.xml("word/_rels/document.xml.rels")}
    first = {
        ref.tag.split("}")[1]: rels[ref.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")]
        for ref in section
        if ref.get(w("type")) == "first"
    }
    header, footer = parts.xml("word/" + first["headerReference"]), parts.xml("word/" + first["footerReference"])
    assert "".join(header.itertext()) == "青溪县农业农村局"
    assert header.xpath("//w:pBdr/w:bottom/@w:val", namespaces=NS) == ["thickThinSmallGap"]
    assert footer.xpath("//w:pBdr/w:bottom/@w:val", namespaces=NS) == ["thinThickSmallGap"]
    assert "PAGE" not in "".join(footer.itertext())
    number = [(s, t) for s, t in body_styles(parts) if s == "GwDocNumber" and t]
    assert number == [("GwDocNumber", "青农函〔2026〕7号")]


def test_text_filling_an_even_page_puts_the_imprint_after_a_blank_page_in_an_unnumbered_section():
    report = official("notice")
    report.attachments = []
    filler = "各单位要高度重视，认真组织自查，及时整改发现的问题，确保检查工作取得实效。"
    report.nodes[-1].content += [Paragraph(filler) for _ in range(8)]
    parts = Parts(render_docx(report).data)
    sections = parts.document.findall(f".//{w('sectPr')}")
    assert len(sections) == 2
    rels = {r.get("Id"): r.get("Target") for r in parts.xml("word/_rels/document.xml.rels")}
    rid = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    numbered = [
        "PAGE" in "".join(parts.xml("word/" + rels[ref.get(rid)]).itertext())
        for ref in sections[0]
        if ref.tag == w("footerReference")
    ]
    unnumbered = [
        "PAGE" in "".join(parts.xml("word/" + rels[ref.get(rid)]).itertext())
        for ref in sections[1]
        if ref.tag == w("footerReference")
    ]
    assert numbered and all(numbered) and unnumbered and not any(unnumbered)


def test_official_templates_export_in_their_own_layout(tmp_path):
    layouts = {"notice": "gbt9704", "request": "gbt9704", "report": "gbt9704", "letter": "letter", "minutes": "minutes"}
    for template_id, layout in layouts.items():
        report = get_template(template_id).create()
        assert report.layout == layout and report.meta.issuer
        path = tmp_path / f"{template_id}.docx"
        export_report(report, "docx", path, source=tmp_path / "source.edesk")
        section = Parts(path.read_bytes()).document.find(f"{w('body')}/{w('sectPr')}")
        assert (section.find(w("titlePg")) is not None) == (layout == "letter")  # a letter's own first page
    assert get_template("request").create().meta.signers == ["【签发人】"]
