"""The real county portal article (../shared/corpus/seed-article.txt) through the core.

A writer who pastes the seed's sections into Markdown, numbers typed and all, gets the same article back from
the plain-text export: the numbers regenerated in order, every character of the text kept as written
(including the seed's half-width commas, which the review, not the importer, must report).
"""

import re

from editor_app.importers.markdown import parse_markdown
from editor_app.model.report import Placement
from editor_app.render.blocks import Kind, to_blocks
from editor_app.render.markdown import render_markdown
from editor_app.render.text import render_text

SECTION = re.compile(r"^[一二三四五六七八九十]+、")


def _seed_as_markdown(seed: str) -> tuple[str, list[str]]:
    lines = [line.strip() for line in seed.splitlines() if line.strip() and line.strip() != "|"]
    title = lines[1]
    body = lines[3:]
    lead = [line for line in body if not SECTION.match(line)]
    sections = [line for line in body if SECTION.match(line)]
    parts = [
        "---",
        f"title: {title}",
        "column: 首页 > 专题 > 贯彻学习徐州市第十三次党代会精神",
        "published: 2021/12/2 16:04:59",
        "levels:",
        "- {numbered: true, marker: 一、, placement: runin}",
        "---",
        *lead,
    ]
    for section in sections:
        heading, _, rest = section.partition("。")
        parts += [f"# {heading}。", rest]
    return "\n\n".join(parts) + "\n", sections


def test_seed_sections_come_back_numbered_and_untouched(seed_text):
    markdown, sections = _seed_as_markdown(seed_text)
    result = parse_markdown(markdown)
    report = result.report
    assert report.levels[0].placement is Placement.RUNIN
    assert len(report.nodes) == len(sections) == 5
    assert not any(SECTION.match(node.title) for node in report.nodes)  # typed numbers were stripped
    runins = [b for b in to_blocks(report) if b.kind is Kind.RUNIN]
    assert [b.number for b in runins] == ["一、", "二、", "三、", "四、", "五、"]
    text = render_text(report)
    for section in sections:
        assert "\u3000\u3000" + section in text.splitlines()
    assert "自市党代会闭幕以来,睢宁县委统战部" in text  # half-width comma kept for the review to catch
    assert report.meta.published == "2021-12-02 16:04"
    assert report.meta.source == ""  # the seed's empty 来源 stays empty, visibly
    assert "来源" not in text.splitlines()[2]


def test_seed_markdown_round_trip_is_stable(seed_text):
    markdown, _ = _seed_as_markdown(seed_text)
    once = render_markdown(parse_markdown(markdown).report)
    assert render_markdown(parse_markdown(once).report) == once
