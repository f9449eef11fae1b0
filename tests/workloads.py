"""Realistic reports of a chosen size, generated deterministically: varied sentences with numbers and names,
run-in leads, tables, a few bold phrases. A paragraph repeated over and over compresses to almost nothing and
would hide what saving really costs, so nothing here repeats verbatim."""

from __future__ import annotations

import random

from editor_app.model.report import Meta, Node, Paragraph, Report, Table
from editor_app.templates import sample_report

_SUBJECTS = ["县农业农村局", "各乡镇", "县财政局", "村两委", "驻村工作队", "县住建局", "县卫健委", "县教育局", "合作社"]
_VERBS = ["扎实推进", "统筹实施", "持续深化", "全面完成", "组织开展", "稳步推动", "重点抓好", "认真落实"]
_OBJECTS = [
    "农村人居环境整治", "高标准农田建设", "乡村治理积分制", "农产品质量安全监管", "饮水安全巩固提升",
    "产业园区配套建设", "防返贫动态监测", "农村道路养护", "秸秆综合利用", "人才回引计划",
]  # fmt: skip
_RESULTS = [
    "累计投入资金{n}万元", "覆盖{n}个行政村", "惠及群众{n}户", "完成年度任务的{p}%", "同比增长{p}%",
    "新建设施{n}处", "培训{n}人次", "整改问题{n}个", "带动就业{n}人",
]  # fmt: skip
_LINKS = ["，", "，其中", "，同时", "；", "，截至目前"]
_ENDS = ["。", "。", "。", "！", "。"]


def _sentence(rng: random.Random) -> str:
    parts = [rng.choice(_SUBJECTS), rng.choice(_VERBS), rng.choice(_OBJECTS)]
    for _ in range(rng.randint(1, 3)):
        result = rng.choice(_RESULTS).format(n=rng.randint(3, 9800), p=rng.randint(1, 99))
        parts.append(rng.choice(_LINKS) + result)
    sentence = "".join(parts) + rng.choice(_ENDS)
    if rng.random() < 0.08:
        sentence = f"**{sentence}**"
    return sentence


def _paragraph(rng: random.Random, chars: int) -> str:
    out = ""
    while len(out) < chars:
        out += _sentence(rng)
    return out


def _table(rng: random.Random) -> Table:
    header = ["乡镇", "项目数", "投资（万元）", "完成率"]
    rows = [[f"{rng.choice('东西南北')}{rng.choice('山河湖溪')}镇", str(rng.randint(1, 40)),
             str(rng.randint(50, 9000)), f"{rng.randint(40, 100)}%"] for _ in range(rng.randint(3, 8))]  # fmt: skip
    return Table([header, *rows], 1, "表：各乡镇项目推进情况")


def realistic_report(chars: int, seed: int = 2026) -> Report:
    """A report in the sample's shape holding about ``chars`` characters of varied text."""
    rng = random.Random(seed)
    report = sample_report()
    report.meta = Meta(title=f"关于全县重点工作推进情况的报告（{chars:,} 字）", source="青溪县人民政府办公室",
                       published="2026-11-20 10:30", keywords=["重点工作", "乡村振兴"])  # fmt: skip
    report.lead = [Paragraph(_paragraph(rng, 160))]
    report.nodes = []
    total = 160
    while total < chars:
        section = Node(f"{rng.choice(_VERBS)}{rng.choice(_OBJECTS)}。")
        for _ in range(rng.randint(2, 6)):
            text = _paragraph(rng, rng.randint(120, 420))
            child = Node(f"{rng.choice(_OBJECTS)}。", [Paragraph(text)])
            if rng.random() < 0.15:
                child.content.append(_table(rng))
            section.children.append(child)
            total += len(text) + 12
        report.nodes.append(section)
    return report
