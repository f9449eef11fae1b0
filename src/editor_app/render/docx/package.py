"""The .docx package: the parts, their content types and relationships, and the file's properties, zipped.

Every member carries the same fixed time, so the same report and the same export time give the same bytes.
"""

from __future__ import annotations

import io
import zipfile

from ... import __version__
from .ooxml import Element, el, part, text_el

WORDML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


class Package:
    """The parts of ``word/`` that the document relates to, numbered in the order they are added."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, bytes, str]] = []  # name, data, content type
        self.relationships: list[Element] = []
        self.counts: dict[str, int] = {}

    def add(self, kind: str, data: bytes, *, numbered: bool = False, name: str = "", content_type: str = "") -> str:
        """Add ``word/<kind>.xml`` (``footer1.xml``… when ``numbered``) and return its relationship id; ``kind``
        is the part's name in its relationship type and, unless ``content_type`` says otherwise, in its
        content type (``styles``, ``footer``…)."""
        self.counts[kind] = self.counts.get(kind, 0) + 1
        name = name or f"{kind}{self.counts[kind] if numbered else ''}.xml"
        self.parts.append((f"word/{name}", data, content_type or f"{WORDML}{kind}+xml"))
        rid = f"rId{len(self.relationships) + 1}"
        self.relationships.append(el("Relationship", {"Id": rid, "Type": OFFICE_RELS + kind, "Target": name}))
        return rid

    def save(self, document: bytes, core: bytes, app: bytes) -> bytes:
        """The zipped package: content types first, then the package's relationships and the parts."""
        members = [
            ("docProps/core.xml", core, "application/vnd.openxmlformats-package.core-properties+xml"),
            ("docProps/app.xml", app, "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
            ("word/document.xml", document, f"{WORDML}document.main+xml"),
            *self.parts,
        ]
        types = el(
            "Types",
            {},
            el(
                "Default",
                {"Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"},
            ),
            el("Default", {"Extension": "xml", "ContentType": "application/xml"}),
            *(el("Override", {"PartName": "/" + name, "ContentType": kind}) for name, _, kind in members),
        )
        package_rels = el(
            "Relationships",
            {},
            el("Relationship", {"Id": "rId1", "Type": OFFICE_RELS + "officeDocument", "Target": "word/document.xml"}),
            el(
                "Relationship",
                {"Id": "rId2", "Type": PACKAGE_RELS + "/metadata/core-properties", "Target": "docProps/core.xml"},
            ),
            el(
                "Relationship",
                {"Id": "rId3", "Type": OFFICE_RELS + "extended-properties", "Target": "docProps/app.xml"},
            ),
        )
        rels = el("Relationships", {}, *self.relationships)
        files = [
            ("[Content_Types].xml", part(types, {"": "http://schemas.openxmlformats.org/package/2006/content-types"})),
            ("_rels/.rels", part(package_rels, {"": PACKAGE_RELS})),
            *((name, data) for name, data, _ in members[:3]),
            ("word/_rels/document.xml.rels", part(rels, {"": PACKAGE_RELS})),
            *((name, data) for name, data, _ in members[3:]),
        ]
        stream = io.BytesIO()
        with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in files:
                archive.writestr(zipfile.ZipInfo(name, _FIXED_TIME), data, zipfile.ZIP_DEFLATED)
        return stream.getvalue()


def core_properties(title: str, author: str, subject: str, keywords: str, now: str) -> bytes:
    """Title, author, subject and keywords as the file's properties, in Chinese, made and saved ``now``."""
    dated = {"xsi:type": "dcterms:W3CDTF"}
    fields = [
        ("dc:title", title, {}),
        ("dc:subject", subject, {}),
        ("dc:creator", author, {}),
        ("cp:keywords", keywords, {}),
        ("cp:revision", "1", {}),
        ("dcterms:created", now, dated),
        ("dcterms:modified", now, dated),
        ("dc:language", "zh-CN", {}),
    ]
    root = el("cp:coreProperties")
    for tag, value, attrs in fields:
        element = text_el(tag, value, preserve=False)
        element.attrs = attrs
        root.append(element)
    namespaces = {
        "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
        "dc": "http://purl.org/dc/elements/1.1/",
        "dcterms": "http://purl.org/dc/terms/",
        "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    }
    return part(root, namespaces)


def app_properties() -> bytes:
    """The application that wrote the file: this one, not the template's "Microsoft Macintosh Word"."""
    root = el(
        "Properties", {}, text_el("Application", f"稿件编辑台 editor-app {__version__}"), text_el("DocSecurity", "0")
    )
    return part(root, {"": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"})
