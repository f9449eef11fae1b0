"""Reference files for the Word export: every part of the .docx of a set of documents, as canonical XML.

``python tests/unit/docx_reference.py`` (re)writes ``tests/data/docx-reference/<case>/<part>`` from the
current renderer; ``test_docx_reference.py`` compares the renderer's output with them part by part. Regenerate
only after reading the difference: the files are what a reviewer diffs when the export changes.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree.ElementTree import canonicalize

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx_xml import DATA
from test_handback import reviewed_report

from editor_app.model.report import (
    Attachment,
    LevelStyle,
    Meta,
    Node,
    Paragraph,
    Report,
    Table,
)
from editor_app.opening import load_report
from editor_app.render.docx import WordComment, render_docx
from editor_app.render.docx.profile import Profile, _merge, load_profile
from editor_app.reviewing import handback_comments
from editor_app.templates import get_template, sample_report

REFERENCE = DATA / "docx-reference"
PREFIXES = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
    "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
    "http://schemas.openxmlformats.org/package/2006/content-types": "ct",
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "cp",
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": "ep",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://purl.org/dc/terms/": "dcterms",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
    "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
    "http://schemas.microsoft.com/office/word/2010/wordml": "w14",
    "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
    "urn:schemas-microsoft-com:office:office": "o",
    "urn:schemas-microsoft-com:vml": "v",
}
_NOW = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def _variant(base: str, override: dict) -> Profile:
    profile = load_profile(base)
    return Profile(f"{base}-variant", profile.name, _merge(dict(profile.data), override))


def _official(name: str) -> Report:
    return load_report(DATA / f"official-{name}.md")[0]


def _even_page_notice() -> Report:
    """Text filling an even page: a blank page and the 版记 page in a section without page numbers."""
    report = _official("notice")
    report.attachments = []
    filler = "各单位要高度重视，认真组织自查，及时整改发现的问题，确保检查工作取得实效。"
    report.nodes[-1].content += [Paragraph(filler) for _ in range(8)]
    return report


def _signed_request() -> Report:
    report = _official("request")
    report.meta.signers = ["张明远", "李华", "王立新"]
    return report


def _features() -> Report:
    """Inline markup, a link, a captioned table, skipped and continuous levels, attachments with bodies, control
    characters, line breaks and tabs."""
    levels = [
        LevelStyle(True, "一、", "heading"),
        LevelStyle(True, "（一）", "runin"),
        LevelStyle(True, "1.", "heading", continuous=True),
        LevelStyle(False, "（1）", "heading"),
    ]
    table = Table(
        [["指标", "目标", "完成"], ["粮食产量", "12.5万吨", "101.8%"], ["茶园", "2800亩"]], caption="主要指标"
    )
    items = [Node(f"事项{i}", [Paragraph("落实到人。")]) for i in range(3)]
    nodes = [
        Node(
            "总体情况",
            [Paragraph("**加粗**与*倾斜*，见[县政府网站](https://example.gov.cn)。\t制表\n换行"), table],
            [Node("重点工作。", [Paragraph("引领句后的正文。")], items)],
        ),
        Node(
            "下步打算", [Paragraph("跳级的条目直接在一级之下。")], [Node("直接条目", [Paragraph("内容\x01。")], skip=1)]
        ),
    ]
    attachments = [
        Attachment("任务分工表", [Paragraph("分工如下。"), Table([["单位", "任务"], ["农业农村局", "牵头"]])]),
        Attachment("联系人名单"),
    ]
    meta = Meta(title="关于印发2026年工作要点的通知", subtitle="（征求意见稿）", author="办公室", keywords=["要点"])
    return Report(
        meta,
        [Paragraph("导语。")],
        nodes,
        [Paragraph("结束语。")],
        "青溪县人民政府",
        "2026年12月1日",
        attachments,
        levels,
    )


def _reviewed() -> tuple[Report, list[WordComment]]:
    report = reviewed_report()
    comments = handback_comments(report)
    comments.append(WordComment("no-such-place", "放在第一段的意见", "审校", "审"))
    return report, comments


def _commented_features() -> bytes:
    """Comments sharing a paragraph, on a captioned table, on a cell, on a caption-less table of an attachment,
    on the title and on a place the export does not show; an author with markup characters."""
    comments = [
        WordComment("n0-p0", "第一条", "张编辑", "张"),
        WordComment("n0-p0", "第二条\n第二行\t带制表", '<审&校">'),
        WordComment("n0-p1", "表格标题上的意见", "审校", "审"),
        WordComment("n0-p1-r1c2", "单元格上的意见", "审校", "审"),
        WordComment("a0-p1", "附件表格上的意见", "审校", "审"),
        WordComment("title", "标题上的意见", "审校", "审"),
        WordComment("gone", "无处安放的意见", "审校", "审"),
    ]
    return render_docx(_features(), comments=comments).data


def _cases() -> dict[str, Callable[[], bytes]]:
    def plain(report: Callable[[], Report], profile: str | Profile = "gbt9704") -> Callable[[], bytes]:
        return lambda: render_docx(report(), profile).data

    cases = {
        "sample": plain(sample_report),
        "sample-info-brief": plain(sample_report, "info-brief"),
        "sample-word-grid": plain(
            sample_report, _variant("gbt9704", {"grid": {"fit": "grid"}, "line_spacing_pt": "grid"})
        ),
        "sample-duplex": plain(sample_report, _variant("gbt9704", {"page": {"mirror_margins": True}})),
        "sample-simplex": plain(sample_report, _variant("gbt9704", {"page_number": {"odd_even": False}})),
        "sample-fonts": lambda: render_docx(sample_report(), fonts={"正文": "宋体", "latin": "Arial"}).data,
        "work-summary": plain(lambda: load_report(DATA / "work-summary-2026.md")[0]),
        "features": plain(_features),
        "notice-even-page": plain(_even_page_notice),
        "request-signers": plain(_signed_request),
        "handback": lambda: render_docx(_reviewed()[0], comments=_reviewed()[1]).data,
        "features-commented": _commented_features,
    }
    for name in ("notice", "letter", "minutes", "request"):
        cases[f"official-{name}"] = plain(lambda name=name: _official(name), _official(name).layout or "gbt9704")
    for name in ("notice", "request", "report", "letter", "minutes"):
        report = get_template(name).create
        cases[f"template-{name}"] = plain(report, report().layout or "gbt9704")
    return cases


def canonical(data: bytes, targets: dict[str, str] | None = None) -> str:
    """A part as C14N 2.0, then one element per line with fixed prefixes and sorted attributes, so a diff
    reads well. Export times are masked, relationship ids are shown as their targets (``targets``), and
    relationships and content types are listed by target without their ids: which number a part gets and the
    order they are declared in make no difference."""
    root = etree.fromstring(canonicalize(xml_data=data.decode("utf-8")).encode("utf-8"))
    lines: list[str] = []

    def name(qualified: str) -> str:
        namespace, _, local = qualified[1:].partition("}") if qualified.startswith("{") else ("", "", qualified)
        return f"{PREFIXES.get(namespace, namespace)}:{local}" if namespace else local

    def value(key: str, text: str) -> str:
        if key == "r:id" and targets:
            return "-> " + targets.get(text, text)
        return _NOW.sub("<now>", text)

    def walk(element: etree._Element, depth: int) -> None:
        items = sorted(
            (name(k), v) for k, v in element.attrib.items() if name(element.tag) != "rel:Relationship" or k != "Id"
        )
        attrs = "".join(f" {k}={value(k, v)!r}" for k, v in items)
        text = f" {_NOW.sub('<now>', element.text)!r}" if element.text and element.text.strip("\n ") else ""
        if element.text and not text and len(element) == 0:
            text = f" {element.text!r}"
        lines.append(f"{'  ' * depth}<{name(element.tag)}{attrs}>{text}")
        children = list(element)
        if name(element.tag) == "rel:Relationships":
            children.sort(key=lambda child: child.get("Target"))
        elif name(element.tag) == "ct:Types":
            children.sort(key=lambda child: (child.tag, child.get("Extension") or child.get("PartName")))
        for child in children:
            walk(child, depth + 1)

    walk(root, 0)
    return "\n".join(lines) + "\n"


def parts(data: bytes) -> dict[str, str]:
    """Part name → canonical XML, for every part of a .docx (all of them are XML)."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = archive.namelist()
    out = {}
    for part in names:
        folder, _, base = part.rpartition("/")
        rels = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        targets = None
        if rels in names:
            targets = {r.get("Id"): r.get("Target") for r in etree.fromstring(archive.read(rels))}
        out[part] = canonical(archive.read(part), targets)
    return out


def write_all() -> None:
    for case, render in _cases().items():
        folder = REFERENCE / case
        for old in sorted(folder.rglob("*"), reverse=True) if folder.exists() else ():
            old.unlink() if old.is_file() else old.rmdir()
        for part, text in parts(render()).items():
            target = folder / (part + ".txt")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")


CASES = _cases

if __name__ == "__main__":
    write_all()
