"""The Word hand-back opens in LibreOffice with its comments: converted to ODF, the annotations are there, each
on its paragraph, with author and text."""

from __future__ import annotations

import subprocess
import zipfile

import pytest
from lxml import etree

from editor_app.export import export_report
from editor_app.model.report import Comment, Meta, Paragraph, Report
from tools import require_tool

pytestmark = pytest.mark.integration
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def test_libreoffice_opens_the_handback_with_its_comments(tmp_path):
    soffice = require_tool("soffice")
    meta = Meta(title="弘扬五种风气", column=["首页"], source="县委统战部", published="2024-05-08 09:30")
    report = Report(meta=meta, lead=[Paragraph("加强管理,落实责任。"), Paragraph("截止目前工作顺利。")])
    report.review.comments.append(Comment("这一段请压缩", "张编辑", "lead-1", "2026-11-30 09:30"))
    (docx,) = export_report(report, "handback", tmp_path / "稿件.docx", source=tmp_path / "稿件.edesk").paths
    profile = tmp_path / "lo-profile"
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "odt"]
    subprocess.run([*command, "--outdir", str(tmp_path), str(docx)], check=True, capture_output=True, timeout=300)
    with zipfile.ZipFile(tmp_path / "稿件.odt") as archive:
        content = etree.fromstring(archive.read("content.xml"))
    found = []
    for paragraph in content.iter(f"{{{NS['text']}}}p"):
        for note in paragraph.findall("office:annotation", NS):
            author = note.findtext("dc:creator", namespaces=NS)
            text = "".join(note.xpath("text:p//text()", namespaces=NS))
            found.append((author, text, "".join(paragraph.xpath("text()|text:span//text()", namespaces=NS))))
    assert ("张编辑", "这一段请压缩", "截止目前工作顺利。") in found
    assert ("审校", "“,”：中文里用了半角“,”，应为全角“，”（建议改为“，”）", "加强管理,落实责任。") in found
    assert any(author == "审校" and "截止目前" in text for author, text, _ in found)
