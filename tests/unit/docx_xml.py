"""Reading the parts of an exported .docx back as XML, for the Word export tests."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

from editor_app.model.report import Report
from editor_app.opening import load_report

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
DATA = Path(__file__).resolve().parent.parent / "data"


def w(name: str) -> str:
    return f"{{{W}}}{name}"


class Parts:
    """The zip members of a .docx, parsed on demand."""

    def __init__(self, data: bytes) -> None:
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = set(self.zip.namelist())

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name))

    def text(self, name: str) -> str:
        return self.zip.read(name).decode("utf-8")

    @property
    def document(self) -> etree._Element:
        return self.xml("word/document.xml")

    @property
    def styles(self) -> etree._Element:
        return self.xml("word/styles.xml")

    def style(self, style_id: str) -> etree._Element:
        found = self.styles.xpath(f"w:style[@w:styleId='{style_id}']", namespaces=NS)
        assert found, f"style {style_id} missing"
        return found[0]

    def paragraphs(self) -> list[tuple[str, str]]:
        """(style id, text) of every body paragraph in order."""
        out = []
        for p in self.document.iter(w("p")):
            style = p.xpath("w:pPr/w:pStyle/@w:val", namespaces=NS)
            out.append((style[0] if style else "", "".join(p.itertext())))
        return out


def work_summary() -> Report:
    """A four-level work summary with a table, attachments, signature and date."""
    report, _ = load_report(DATA / "work-summary-2026.md")
    return report
