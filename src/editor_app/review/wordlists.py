"""The office's word lists: confusable words and fixed phrases, preferred terms, banned and outdated expressions,
and protected names. A small default ships in ``resources/review/words.json``; an office adds to it (or switches
entries off) with a file of the same shape, ``review-words.json`` in the settings folder, which IT can pre-seed.

All words are found in one pass over a text with an Aho-Corasick automaton (pyahocorasick).
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path

import ahocorasick

from ..model.records import field, record

# list name in the file → (rule id, what the message calls it)
LISTS = {
    "confusable": ("words.confusable", "易混淆"),
    "preferred": ("words.preferred", "规范用语"),
    "banned": ("words.banned", "禁用表述"),
    "outdated": ("words.outdated", "过时表述"),
}


class WordListError(ValueError):
    """A word-list file that cannot be used; the message is Chinese."""


@record(frozen=True)
class Term:
    wrong: str
    right: str | None  # None: no safe replacement
    rule: str
    note: str = ""
    not_before: tuple[str, ...] = ()  # quiet when one of these follows (农业部门 is not 农业部)
    not_after: tuple[str, ...] = ()  # quiet when one of these precedes


@record(frozen=True)
class Name:
    name: str
    person: bool = False


@record
class WordLists:
    terms: list[Term] = field(default_factory=list)
    names: list[Name] = field(default_factory=list)
    titles: tuple[str, ...] = ()  # what follows a person's name (同志, 书记): where a near-miss is a misspelt name

    @cached_property
    def automaton(self) -> ahocorasick.Automaton | None:
        """Every term and protected name in one automaton; values are lists of Term or Name."""
        automaton = ahocorasick.Automaton()
        for item in [*self.terms, *self.names]:
            word = item.wrong if isinstance(item, Term) else item.name
            if not word:
                continue
            if word in automaton:
                automaton.get(word).append(item)
            else:
                automaton.add_word(word, [item])
        if len(automaton) == 0:
            return None
        automaton.make_automaton()
        return automaton

    @cached_property
    def halves(self) -> ahocorasick.Automaton | None:
        """The two halves of every protected name long enough for near-miss search: one wrong character leaves
        one half intact, so only texts holding a half need comparing."""
        automaton = ahocorasick.Automaton()
        for name in self.names:
            if len(name.name) < (3 if name.person else 5):
                continue
            middle = len(name.name) // 2
            for half, first in ((name.name[:middle], True), (name.name[middle:], False)):
                entry = (name, first, len(half))
                if half in automaton:
                    automaton.get(half).append(entry)
                else:
                    automaton.add_word(half, [entry])
        if len(automaton) == 0:
            return None
        automaton.make_automaton()
        return automaton


def _strings(value: object, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise WordListError(f"{where} 应为文字或文字列表")


def _terms(data: dict, where: str) -> list[Term]:
    terms = []
    for list_name, (rule, _) in LISTS.items():
        entries = data.get(list_name, [])
        if not isinstance(entries, list):
            raise WordListError(f"{where}：“{list_name}”应为列表")
        for number, entry in enumerate(entries, 1):
            place = f"{where}：“{list_name}”第 {number} 项"
            if not isinstance(entry, dict) or not isinstance(entry.get("wrong"), str) or not entry["wrong"]:
                raise WordListError(f"{place} 缺少“wrong”")
            right = entry.get("right")
            if right is not None and not isinstance(right, str):
                raise WordListError(f"{place} 的“right”应为文字")
            terms.append(
                Term(
                    entry["wrong"],
                    right,
                    rule,
                    str(entry.get("note", "")),
                    _strings(entry.get("not_before", []), place),
                    _strings(entry.get("not_after", []), place),
                )
            )
    return terms


def parse_wordlists(data: object, where: str = "词表") -> WordLists:
    """A word-list file's content. Raises WordListError naming the entry that is wrong."""
    if not isinstance(data, dict):
        raise WordListError(f"{where} 应为对象")
    names = []
    for number, entry in enumerate(data.get("names", []), 1):
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise WordListError(f"{where}：“names”第 {number} 项应为名称")
        names.append(Name(entry["name"], bool(entry.get("person", False))))
    return WordLists(_terms(data, where), names, _strings(data.get("titles", []), f"{where}：“titles”"))


def merge(base: WordLists, extra: WordLists, disabled: tuple[str, ...] = ()) -> WordLists:
    """The office's lists on top of the defaults; ``disabled`` switches default entries off by their word."""
    terms = [term for term in base.terms if term.wrong not in disabled] + extra.terms
    names = [name for name in base.names if name.name not in disabled] + extra.names
    return WordLists(terms, names, tuple(dict.fromkeys(base.titles + extra.titles)))


def load_wordlists(bundled: Path, office: Path | None = None, units: tuple[str, ...] = ()) -> tuple[WordLists, str]:
    """The bundled lists, the office file on top when there is one, and the office's own unit names protected.

    Returns the lists and a Chinese warning ("" when none): a broken office file is reported, not fatal.
    """
    lists = parse_wordlists(json.loads(bundled.read_text(encoding="utf-8")), bundled.name)
    warning = ""
    if office is not None and office.is_file():
        try:
            data = json.loads(office.read_text(encoding="utf-8"))
            disabled = _strings(data.get("disabled", []), office.name) if isinstance(data, dict) else ()
            lists = merge(lists, parse_wordlists(data, office.name), disabled)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, WordListError) as error:
            warning = f"本单位词表“{office}”无法使用，已只用默认词表（{error}）"
    extra = [Name(unit) for unit in units if unit and unit not in {name.name for name in lists.names}]
    if extra:
        lists = merge(lists, WordLists(names=extra))
    return lists, warning
