"""Precision: correct official text gives no finding at all.

``tests/data/review-precision.txt`` holds passages of real, public government documents (not under copyright:
Copyright Law of the PRC, art. 5), each source named with its address: county and city 政府工作规则 and notices,
county 政府工作报告, county news reports of meetings with leaders' names, percentages, document numbers, dates,
nested quotations and series of 《》 titles. The crawl they were found through had turned the full-width marks into
ASCII (``,`` ``:`` ``(``); they are restored here as the published pages have them. Each source is its own section,
so the typed ``一、二、`` of one document do not continue another's.
"""

from pathlib import Path

from review_kit import COMPLETE, options

from editor_app.model.report import Meta, Node, Paragraph, Report
from editor_app.review import check_report

CORPUS = Path(__file__).resolve().parent.parent / "data" / "review-precision.txt"

TRAPS = [
    "曾强同志出席会议并讲话。他曾强调，要增强“四个意识”。",
    "贵阳市、贵州省代表团一行来我县考察。",
    "1.5亿元用于道路建设，附件10万元已拨付到位。",
    "会议于9:00开始，全县共1,200人参加，增长3.5%，详见http://www.example.gov.cn/a.html?id=1,2。",
    "来信请寄office@example.gov.cn，或访问www.example.gov.cn。",
    "他用英文说：“Hello, world. How are you?”",
    "文件依据《中华人民共和国宪法》《国务院工作规则》，执行“三个代表”重要思想。",
    "2021—2025年规划目标，增长20%～30%，编号睢政发〔2024〕5号，落款2024年5月8日。",
    "第三、四季度，一、二年级，三、五天，农业部门，全县人民代表大会。",
    "——综合实力更强。荣登全国发展潜力百强县榜首，位居第3。",
]


def _sources() -> list[tuple[str, list[str]]]:
    sources: list[tuple[str, list[str]]] = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            sources.append((line[2:], []))
        elif line.strip():
            sources[-1][1].append(line)
    return sources


def test_the_corpus_is_real_and_substantial():
    sources = _sources()
    assert len(sources) >= 10
    assert all("http" in source for source, _ in sources)
    assert sum(len(p) for _, paragraphs in sources for p in paragraphs) > 3900


def test_real_official_text_gives_no_finding():
    nodes = [Node(f"来源{i}", [Paragraph(p) for p in paragraphs]) for i, (_, paragraphs) in enumerate(_sources())]
    report = Report(meta=Meta(**vars(COMPLETE)), nodes=nodes, signature="某县人民政府", date="2024年5月8日")
    found = check_report(report, options(True))
    assert [(f.rule, f.anchor, f.text) for f in found] == []


def test_known_traps_of_other_checkers_give_no_finding():
    report = Report(meta=Meta(**vars(COMPLETE)), lead=[Paragraph(text) for text in TRAPS])
    assert [(f.rule, f.anchor, f.text) for f in check_report(report, options(True))] == []
