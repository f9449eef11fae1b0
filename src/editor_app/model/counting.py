"""Character counts as Chinese offices count them: characters, not words.

What is counted: every visible character of the text a reader sees (title, lead, headings, paragraphs, table
cells and captions, closing, signature and date), after inline markup is removed, excluding whitespace (spaces,
full-width spaces, line breaks). Generated numbering (一、 （一）) is not counted: nobody typed it. Punctuation
counts, as it does in Word's and WPS's "字数" including punctuation.
"""

from __future__ import annotations

from .inline import plain
from .report import Content, Node, Report, Table, iter_nodes


def count_text(text: str) -> int:
    """Visible non-whitespace characters of plain text."""
    return sum(1 for char in text if not char.isspace())


def count_markup(markup: str) -> int:
    return count_text(plain(markup))


def count_content(items: list[Content]) -> int:
    total = 0
    for item in items:
        if isinstance(item, Table):
            total += count_markup(item.caption) + sum(count_markup(cell) for row in item.rows for cell in row)
        else:
            total += count_markup(item.text)
    return total


def count_node(node: Node) -> int:
    """A section with everything under it."""
    return count_markup(node.title) + count_content(node.content) + sum(count_node(c) for c in node.children)


def count_report(report: Report) -> int:
    total = count_markup(report.meta.title) + count_markup(report.meta.subtitle)
    total += count_content(report.lead) + count_content(report.closing)
    total += sum(count_markup(node.title) + count_content(node.content) for _, node in iter_nodes(report.nodes))
    return total + count_markup(report.signature) + count_markup(report.date)
