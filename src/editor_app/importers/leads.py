"""Unnumbered run-in leads: the short sentence that opens a sub-theme inside running text.

County articles open each sub-theme with a short bold sentence (``突出思想引领。以“两学一走”为抓手……``), and
pasted text has lost the bold, often with several sub-themes run into one long paragraph. A lead is told from
an ordinary short sentence by how it reads: short, no commas or figures, a verb phrase (``深化调查研究``), not a
conclusion (``成效明显``) and followed by the body it introduces. Each candidate gets a confidence; the caller
splits only above a threshold and shows the rest to the writer.
"""

from __future__ import annotations

from ..model.patterns import lazy_pattern
from ..model.records import record
from .lines import ENUMERATION

THRESHOLD = 0.6

_OPEN, _CLOSE = "“‘（(《「『", "”’）)》」』"
_ENDS = "。！？"
_NO_LEAD = lazy_pattern(r"[，,、；;：:0-9０-９%％…—\-a-zA-Z]")
_SUBJECT = lazy_pattern(
    r"(?:我们|我县|我局|我部|我市|我区|我镇|全县|全市|全区|该|这|此|其|他|她|目前|当前|今年|去年|近年)"
)
_CONNECTIVE = lazy_pattern(r"(?:同时|此外|另外|因此|总之|然而|但是|所以|通过|经过|截至|截止|据|在)")
_TAIL_PARTICLE = lazy_pattern(r"[了的着过吗呢吧啊等]$")
_VERBS = lazy_pattern(
    r"(?:突出|深化|强化|加强|完善|健全|推进|推动|打造|建立|建设|明确|补齐|破解|聚焦|坚持|优化|提升|夯实|狠抓|抓好|抓实|"
    r"落实|创新|拓展|拓宽|加大|做好|实施|开展|严格|规范|注重|激发|激活|筑牢|守牢|织密|织牢|构建|深入|全面|持续|着力|压实|"
    r"提高|增强|扩大|发挥|用好|实行|保障|培育|壮大|促进|聚力|凝聚|锻造|畅通|加快|统筹|丰富|营造|树立|弘扬|守住|严守|"
    r"紧盯|围绕|立足|坚守|厚植|擦亮|唱响|做实|做强|做优|做大|补强|延伸|巩固|释放|盘活|改善|整治|防范|化解|服务)"
)


@record(frozen=True)
class Lead:
    """A lead sentence ``text[start:end]`` (its end mark included) and how likely it opens a sub-theme."""

    start: int
    end: int
    confidence: float
    reason: str


def sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of a paragraph as ``(start, end)``; an end mark inside quotes or brackets ends none."""
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char in _ENDS and depth == 0:
            spans.append((start, index + 1))
            start = index + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def score(sentence: str, following: str) -> tuple[float, str]:
    """How likely ``sentence`` (with its end mark) opens a sub-theme whose body is ``following``."""
    core = sentence[:-1]
    if sentence[-1:] not in _ENDS or not 3 <= len(core) <= 16:
        return 0.0, "长度不像引领句"
    if _NO_LEAD.search(core) or ENUMERATION.match(core):
        return 0.0, "含逗号、数字或“一是”式列举"
    if not following.strip():
        return 0.0, "其后没有正文"
    confidence, reasons = 0.55, []
    if len(core) <= 10:
        confidence += 0.1
    if _VERBS.match(core):
        confidence += 0.2
        reasons.append("动宾短语开头")
    if _SUBJECT.match(core) or _CONNECTIVE.match(core):
        confidence -= 0.35
        reasons.append("以主语或关联词开头")
    if _TAIL_PARTICLE.search(core):
        confidence -= 0.3
        reasons.append("以语气或结果词结尾")
    if any(char in core for char in _OPEN):
        confidence -= 0.1
    if len(following) < 20:
        confidence -= 0.2
        reasons.append("其后正文很短")
    return max(0.0, min(confidence, 0.95)), "、".join(reasons) or "短句，无逗号"


def find_leads(text: str) -> list[Lead]:
    """Candidate leads in a paragraph, in order, each with its confidence (0.4 and above)."""
    spans = sentences(text)
    found: list[Lead] = []
    for index, (start, end) in enumerate(spans):
        following = text[end : spans[index + 1][1]] if index + 1 < len(spans) else ""
        confidence, reason = score(text[start:end], following)
        if confidence >= 0.4:
            found.append(Lead(start, end, round(confidence, 2), reason))
    return found
