"""The office's word lists: confusable words, preferred terms, banned and outdated expressions, protected names.

One Aho-Corasick pass finds every listed word in a place. Wording rules (preferred, banned, outdated) leave
quotations, titles in 《》 and attachment names alone: those are someone else's words. Protected names (the
country, central institutions, the office's units and leaders) are also searched for near-misses, one wrong,
missing or extra character inside the name (``中华人民共合国``); a person's name only where a title such as
``同志`` follows, so that another person with a similar name is not flagged.
"""

from __future__ import annotations

from collections.abc import Iterator

from .findings import Hit, Severity
from .rules import Text, is_han, text_rule
from .wordlists import LISTS, Name, Term

_PLACE_LEVELS = frozenset("国省市县区镇乡村州盟旗")


def _term_matches(text: Text) -> list[tuple[int, int, Term | Name]]:
    if "words" not in text.memo:
        automaton = text.options.words.automaton
        found = []
        if automaton is not None:
            for end, items in automaton.iter(text.plain):
                for item in items:
                    word = item.wrong if isinstance(item, Term) else item.name
                    found.append((end + 1 - len(word), end + 1, item))
        text.memo["words"] = found
    return text.memo["words"]


def _names(text: Text) -> list[tuple[int, int]]:
    return [(start, end) for start, end, item in _term_matches(text) if isinstance(item, Name)]


def _quiet(text: Text, start: int, end: int, term: Term) -> bool:
    after, before = text.plain[end:], text.plain[:start]
    if any(after.startswith(word) for word in term.not_before) or any(before.endswith(w) for w in term.not_after):
        return True
    if any(n_start <= start and end <= n_end for n_start, n_end in _names(text)):
        return True  # part of a protected name (the office's leader 曾强)
    return term.rule != "words.confusable" and text.in_quotation(start, end)


def _term_rule(rule_id: str) -> None:
    label = dict(LISTS.values())[rule_id]

    def check(text: Text) -> Iterator[Hit]:
        for start, end, item in _term_matches(text):
            if isinstance(item, Term) and item.rule == rule_id and not _quiet(text, start, end, item):
                right = f"，应为“{item.right}”" if item.right else ""
                note = f"（{item.note}）" if item.note else ""
                yield Hit(start, end, f"{label}：“{item.wrong}”{right}{note}", item.right)

    severity = {"words.banned": Severity.ERROR, "words.preferred": Severity.INFO}.get(rule_id, Severity.WARNING)
    titles = {"words.confusable": "易混淆词语", "words.preferred": "规范用语", "words.banned": "禁用表述"}
    text_rule(rule_id, severity, titles.get(rule_id, "过时表述"))(check)


for _rule_id, _ in LISTS.values():
    _term_rule(_rule_id)


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether one character changed, removed or added turns ``a`` into ``b`` (edit distance exactly 1)."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    prefix = 0
    while prefix < len(a) and a[prefix] == b[prefix]:
        prefix += 1
    if len(a) == len(b):
        return prefix < len(a) and a[prefix + 1 :] == b[prefix + 1 :]
    return a[prefix:] == b[prefix + 1 :]


def _near(text: Text, name: Name, start: int, end: int) -> bool:
    """Whether ``text.plain[start:end]`` is ``name`` with one character wrong, missing or added inside it."""
    window = text.plain[start:end]
    if start < 0 or end > len(text.plain) or window == name.name or not all(is_han(c) for c in window):
        return False
    if not _one_edit_apart(window, name.name):
        return False
    if len(window) == len(name.name):
        (wrong, right), *_ = [(a, b) for a, b in zip(window, name.name, strict=True) if a != b]
        if wrong in _PLACE_LEVELS and right in _PLACE_LEVELS:
            return False  # 全县人民代表大会 is another body, not a misspelling
    ends_differ = window[0] != name.name[0] or window[-1] != name.name[-1]
    if ends_differ and (len(window) != len(name.name) or not name.person):
        return False  # 中国共产党员, 以习近平: the name with a word around it
    return not name.person or any(text.plain.startswith(title, end) for title in text.options.words.titles)


@text_rule("names.protected", Severity.ERROR, "重要名称")
def protected_names(text: Text) -> Iterator[Hit]:
    halves = text.options.words.halves
    if halves is None:
        return
    exact = _names(text)
    seen = set()
    for half_end, entries in halves.iter(text.plain):
        for name, first, half_size in entries:
            size = len(name.name)
            for length in (size - 1, size, size + 1):
                # the intact half anchors the window: the first half its start, the second half its end
                start = half_end + 1 - half_size if first else half_end + 1 - length
                span = (start, start + length)
                if span in seen or any(s < span[1] and span[0] < e for s, e in exact):
                    continue
                if _near(text, name, *span):
                    seen.add(span)
                    wrong = text.plain[span[0] : span[1]]
                    yield Hit(*span, f"重要名称疑似写错：“{wrong}”应为“{name.name}”", name.name)
