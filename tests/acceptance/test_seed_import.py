"""The real county article (../shared/corpus/seed-article.txt) pasted as text comes out structured.

Expected values are read from the seed at test time (its lines and sentences), never copied into the project:
the sub-theme leads are named by their place, e.g. the third sentence of the first section.
"""

import re

from editor_app.importers.leads import sentences
from editor_app.importers.markdown import parse_markdown
from editor_app.importers.outline import heading_lines
from editor_app.importers.text import parse_text
from editor_app.model.inline import plain
from editor_app.model.report import Paragraph, Placement
from editor_app.render.markdown import render_markdown
from editor_app.render.text import render_text
from editor_app.store.document import decode, encode

SECTION = re.compile(r"^[一二三四五六七八九十]+、")
# (sentence index of the first lead, of the second) within each section's text after its number
LEAD_SENTENCES = [(2, 4), (3, 5), (2, 6), (2, 5), (2, 5)]


def _seed(seed_text: str) -> tuple[list[str], list[str], list[str]]:
    lines = [line.strip() for line in seed_text.splitlines() if line.strip()]
    sections = [line for line in lines if SECTION.match(line)]
    lead = [line for line in lines[4:] if not SECTION.match(line)]
    return lines, lead, sections


def test_pasted_seed_article_comes_out_as_the_portal_shows_it(seed_text):
    lines, lead, sections = _seed(seed_text)
    result = parse_text(seed_text)
    report = result.report
    assert report.meta.title == lines[1]
    assert report.meta.column == [part.strip() for part in lines[0].split(":", 1)[1].split(">")]
    assert report.meta.published == "2021-12-02 16:04"
    assert report.meta.source == "" and any("来源" in w and "为空" in w for w in result.warnings)
    assert [plain(p.text) for p in report.lead] == lead and len(lead) == 1
    assert report.levels[0].numbered and report.levels[0].placement is Placement.RUNIN
    assert not report.levels[1].numbered and report.levels[1].placement is Placement.RUNIN
    assert len(report.nodes) == len(sections) == 5
    for node, line, (first, second) in zip(report.nodes, sections, LEAD_SENTENCES, strict=True):
        text = SECTION.sub("", line)
        spans = sentences(text)
        assert plain(node.title) == text[: spans[0][1]]  # the heading sentence
        leads = [plain(child.title) for child in node.children]
        assert leads == [text[slice(*spans[first])], text[slice(*spans[second])]]
        body = plain(node.title) + "".join(plain(p.text) for p in node.content if isinstance(p, Paragraph))
        for child in node.children:
            body += plain(child.title) + "".join(plain(p.text) for p in child.content)
        assert body == text  # every character kept, none twice
    outline = heading_lines(report)
    numbers = ["一、", "二、", "三、", "四、", "五、"]
    expected = [f"{number} {plain(node.title)}" for number, node in zip(numbers, report.nodes, strict=True)]
    assert [line for line in outline if not line.startswith(" ")] == expected
    assert sum(line.startswith("  · ") for line in outline) == 10
    assert not any(d.kind == "clutter" and d.text != "|" for d in result.decisions)


def test_imported_seed_exports_with_its_own_numbering_and_survives_save_and_markdown(seed_text):
    _, _, sections = _seed(seed_text)
    report = parse_text(seed_text).report
    text = render_text(report)
    for line in sections:
        assert SECTION.match(line).group(0) + SECTION.sub("", line)[:10] in text
    assert heading_lines(decode(encode(report))) == heading_lines(report)
    again = parse_markdown(render_markdown(report)).report
    assert heading_lines(again) == heading_lines(report)
    assert render_text(again) == text
