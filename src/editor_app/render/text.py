"""Plain-text export, in the order a reader meets the article on the portal, with generated numbers."""

from __future__ import annotations

from ..model.report import Report
from .blocks import Block, Kind, to_blocks
from .info import info_line

INDENT = "\u3000\u3000"  # two full-width spaces: what a plain-text paragraph indent means in Chinese text


def _spans(spans) -> str:
    return "".join(span.text for span in spans)


def _table(block: Block) -> list[str]:
    lines = [_spans(block.spans)] if block.spans else []
    lines += ["\t".join(_spans(cell) for cell in row) for row in block.rows]
    return lines


def render_text(report: Report, blocks: list[Block] | None = None) -> str:
    """The report as plain text: one paragraph a line, blank lines between, indents as full-width spaces."""
    return blocks_to_text(to_blocks(report) if blocks is None else blocks)


def blocks_to_text(blocks: list[Block]) -> str:
    paragraphs: list[str] = []
    for block in blocks:
        match block.kind:
            case Kind.TITLE | Kind.SUBTITLE:
                paragraphs.append(_spans(block.spans))
            case Kind.INFO:
                assert block.meta is not None
                if block.meta.column:
                    paragraphs.insert(0, "当前位置：" + " > ".join(block.meta.column))
                line = info_line(block.meta)
                if line:
                    paragraphs.append(line)
            case Kind.HEADING:
                paragraphs.append(block.number + _spans(block.spans))
            case Kind.RUNIN | Kind.PARAGRAPH:
                paragraphs.append(INDENT + block.text)
            case Kind.TABLE:
                paragraphs.append("\n".join(_table(block)))
            case Kind.ATTACHMENTS:
                items = list(block.items)
                if len(items) == 1:
                    paragraphs.append(f"{INDENT}附件：{items[0]}")
                else:
                    first, *rest = (f"{i}.{name}" for i, name in enumerate(items, 1))
                    paragraphs.append(
                        "\n".join([f"{INDENT}附件：{first}", *(INDENT + "\u3000\u3000\u3000" + r for r in rest)])
                    )
            case Kind.SIGNATURE | Kind.DATE:
                paragraphs.append(_spans(block.spans))
            case Kind.ATTACHMENT:
                paragraphs.append(f"{block.number}\n{_spans(block.spans)}".rstrip())
    return "\n\n".join(paragraphs) + "\n"
