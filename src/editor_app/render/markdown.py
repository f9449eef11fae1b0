"""Markdown export: the interchange format described in docs/markdown-format.md.

Front matter carries the meta fields and the level scheme; the body comes from the block stream. Headings carry
their generated numbers (the importer strips and regenerates them), and any text that Markdown would read as
structure is escaped, so Markdown → Report → Markdown is stable.
"""

from __future__ import annotations

import yaml

from ..model.characters import clean_text
from ..model.inline import to_markup
from ..model.patterns import lazy_pattern
from ..model.report import Report, meta_fields
from .blocks import Block, Kind, Role, to_blocks

CLOSING_BREAK = "***"
_COLUMN_SEPARATOR = lazy_pattern(r"[>＞/]")  # what the importer splits a column path string on

# Line starts that Markdown would read as a block: headings, quotes, lists, rules, fences, tables, setext lines.
_BLOCK_START = lazy_pattern(r"^(?:[#>+\-=_~`|]|\d{1,9}[.)])")


def _escape_line(text: str) -> str:
    """Markup for one paragraph line that Markdown reads back as a plain paragraph with the same text."""
    text = text.replace("\n", " ")
    match = _BLOCK_START.match(text)
    if match:
        token = match.group(0)
        text = (token[:-1] + "\\" + token[-1] if token[0].isdigit() else "\\" + token) + text[len(token) :]
    if text.endswith("#") and not text.endswith("\\#"):
        text = text[:-1] + "\\#"
    return text


def _cleaned(value):
    """Front matter without the characters no file holds: YAML would keep them as escapes (``\\e``) that the
    export's final cleaning cannot see."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    if isinstance(value, dict):
        return {key: _cleaned(item) for key, item in value.items()}
    return value


def front_matter(report: Report) -> dict:
    meta = report.meta
    data: dict = {"title": meta.title}
    optional = {name: getattr(meta, name) for name, _ in meta_fields() if name != "title"}
    if not any(_COLUMN_SEPARATOR.search(c) for c in meta.column):
        optional["column"] = " > ".join(meta.column)
    optional |= {
        "signature": report.signature,
        "date": report.date,
        "attachments": [a.name for a in report.attachments],
        "template": report.template,
        "layout": report.layout,
    }
    data.update({key: value for key, value in optional.items() if value})
    data["levels"] = [
        {"numbered": s.numbered, "marker": s.marker, "placement": str(s.placement)}
        | ({"continuous": True} if s.continuous else {})
        for s in report.levels
    ]
    return data


def _cell(spans) -> str:
    return to_markup(spans).replace("|", "\\|").replace("\n", " ")


def _table(block: Block) -> str:
    rows = [[_cell(cell) for cell in row] for row in block.rows]
    width = max((len(row) for row in rows), default=1)
    rows = [row + [""] * (width - len(row)) for row in rows] or [[""]]
    header = rows[0] if block.header_rows else [""] * width
    body = rows[1:] if block.header_rows else rows
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(row) + " |" for row in body]
    if block.spans:
        lines.insert(0, _escape_line(to_markup(block.spans)))  # caption: the line directly above
    return "\n".join(lines)


def _heading(block: Block, spans) -> str:
    """``## （二）title``: the generated number is written so the file reads well anywhere; the importer strips
    one typed number from headings of numbered levels, so a title that itself starts like a number survives."""
    title = _escape_line(to_markup(spans))
    separator = " " if title[:1].isdigit() or title[:1] in "、.．" else ""
    number = block.number + separator if block.number else ""
    return "#" * block.level + " " + number + title


def render_markdown(report: Report, blocks: list[Block] | None = None) -> str:
    """The report as Markdown with YAML front matter."""
    matter = yaml.safe_dump(_cleaned(front_matter(report)), allow_unicode=True, sort_keys=False, width=1000)
    parts = [f"---\n{matter}---"]
    closing_started = False
    for block in to_blocks(report) if blocks is None else blocks:
        if block.role is Role.CLOSING and not closing_started:
            parts.append(CLOSING_BREAK)
            closing_started = True
        match block.kind:
            case Kind.HEADING:
                parts.append(_heading(block, block.spans))
            case Kind.RUNIN:
                parts.append(_heading(block, block.lead))
                if block.spans:
                    parts.append(_escape_line(to_markup(block.spans)))
            case Kind.PARAGRAPH:
                parts.append(_escape_line(to_markup(block.spans)))
            case Kind.TABLE:
                parts.append(_table(block))
            case Kind.ATTACHMENT:  # the importer reads "# 附件2 名称" as the start of the second attachment's body
                parts.append(f"# {block.number} {_escape_line(to_markup(block.spans))}".rstrip())
    return "\n\n".join(parts) + "\n"
