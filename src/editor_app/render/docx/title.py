"""Breaking a long title into lines the way GB/T 9704 asks (7.3.1): balanced, words kept whole, shaped like
a trapezoid (shorter line on top where the choice is free) or a diamond, never a full line over a stub.

Word would fill the first line and leave the rest below; a writer then breaks the title by hand. Without a
dictionary, "words kept whole" is approximated: a break is preferred after a space or punctuation, before an
opening bracket or quote, and around Latin words and numbers it is never made.
"""

from __future__ import annotations

import itertools
import math

from .measure import display_width

_NO_LINE_START = set("，。、；：？！）》〉」』】〕”’…—·%") | set(",.;:?!)]}%")
_NO_LINE_END = set("（《〈「『【〔“‘") | set("([{")
_BREAK_AFTER = set("，。、；：？！）》」』】〕” ")
_BREAK_BEFORE = set("（《「『【〔“")


def _allowed(text: str, index: int) -> bool:
    before, after = text[index - 1], text[index]
    if after in _NO_LINE_START or before in _NO_LINE_END:
        return False
    return not (before.isascii() and before.isalnum() and after.isascii() and after.isalnum())


def _natural(text: str, index: int) -> bool:
    return text[index - 1] in _BREAK_AFTER or text[index] in _BREAK_BEFORE


def _well_shaped(widths: list[float]) -> bool:
    """A trapezoid (each line no longer than the next) or, for three lines, a diamond."""
    if all(upper <= lower + 0.5 for upper, lower in itertools.pairwise(widths)):
        return True
    return len(widths) == 3 and widths[0] <= widths[1] >= widths[2] and abs(widths[0] - widths[2]) <= 1


def shape_title(text: str, max_width: float) -> list[str]:
    """``text`` as lines no wider than ``max_width`` characters, or as one line when it fits. Line breaks the
    writer typed are kept as they are."""
    if "\n" in text:
        return text.split("\n")
    total = display_width(text)
    if total <= max_width or len(text) < 4:
        return [text]
    count = math.ceil(total / max_width)
    cuts = [i for i in range(1, len(text)) if _allowed(text, i)]
    if count > 3 or len(cuts) < count - 1:
        return [text]  # longer than any title should be: leave it to the word processor
    best: tuple[float, list[str]] | None = None
    for chosen in itertools.combinations(cuts, count - 1):
        bounds = (0, *chosen, len(text))
        lines = [text[a:b].strip() for a, b in itertools.pairwise(bounds)]
        widths = [display_width(line) for line in lines]
        if max(widths) > max_width or min(widths) == 0:
            continue
        mean = sum(widths) / count
        score = sum((w - mean) ** 2 for w in widths)
        score += 0 if _well_shaped(widths) else 1  # a longer line over a shorter one is a trapezoid too
        score -= sum(10 for cut in chosen if _natural(text, cut))  # worth up to 3–4 characters of imbalance
        if best is None or score < best[0]:
            best = (score, lines)
    return best[1] if best else [text]
