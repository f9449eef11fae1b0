"""The check registry and what a check sees of one place.

A check is one small function registered with ``@text_rule`` (it reads one place's plain text and yields
``Hit``s) or ``@report_rule`` (it reads the whole report and yields ``Finding``s, for rules about order or
details). Families of checks live in their own modules, which ``load_checks`` imports.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from importlib import import_module

from ..model.patterns import lazy_pattern
from ..model.places import PlaceKind, Region
from ..model.records import field, record
from ..model.report import Report
from .findings import Finding, Hit, Severity
from .wordlists import WordLists

# Han characters (CJK Unified Ideographs with extensions A–F, compatibility ideographs, 〇) and the punctuation
# of Chinese text, as the zhon package lists them (hanzi.characters, hanzi.punctuation less the ideographic space).
# ``is_han`` compares code points: compiling the pattern costs 4 ms, near half of a command-line export's review.
_HAN_RANGES = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x3007, 0x3007), (0xF900, 0xFAFF), (0x20000, 0x2A6DF),
               (0x2A700, 0x2B73F), (0x2B740, 0x2B81F), (0x2F800, 0x2FA1F))  # fmt: skip
HAN = lazy_pattern("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _HAN_RANGES) + "]")
FULLWIDTH_PUNCT = frozenset(
    "＂＃＄％＆＇（）＊＋，－／：；＜＝＞＠［＼］＾＿｀｛｜｝～｟｠｢｣､、〃〈〉《》「」『』【】〔〕〖〗〘〙〚〛〜〝〞〟〰〾〿"
    "–—‘’‛“”„‟…‧﹏﹑﹔·．！？｡。"
)
OPENING = frozenset("“‘（《〈【〔「『")
CLOSING = frozenset("”’）》〉】〕」』")

# Half-width marks that belong where they are: URLs, e-mail addresses, numbers with separators, decimals and
# times, Latin abbreviations and file names. Case is ignored only for the words (``(?i:…)``): the flag on the
# whole pattern made it cost 3.6 ms to compile instead of 0.8.
_LITERAL = lazy_pattern(
    r"(?i:https?|ftp)://[!-~]+|(?i:www)\.[!-~]+"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"
    r"|\d+(?:[,.:]\d+)+"
    r"|(?:[A-Za-z]\.){2,}"
    r"|\b(?i:etc|Inc|Ltd|Co|No|Dr|Mr|Mrs|Ms|Jr|St|vs|Fig|Vol|pp|e\.g|i\.e)\."
    r"|\.(?i:docx?|xlsx?|pptx?|pdf|wps|ofd|txt|jpe?g|png|zip|rar|html?)\b"
)
_QUOTED = lazy_pattern(r"“[^“”]*”|《[^《》]*》|‘[^‘’]*’|\"[^\"]*\"")


def is_han(char: str) -> bool:
    """Whether ``char`` (or the first character of it) is a Han character."""
    if not char:
        return False
    code = ord(char[0])
    if 0x4E00 <= code <= 0x9FFF:
        return True  # the common ideographs, most of any Chinese text
    return code >= 0x3007 and any(low <= code <= high for low, high in _HAN_RANGES)


@record
class Options:
    """What the checks need besides the text: the office's word lists, and whether a _GB2312 font is mapped."""

    words: WordLists = field(default_factory=WordLists)
    gb2312: bool = False


@record
class Text:
    """One place as a check sees it: the plain text, where it stands, and spans some rules leave alone."""

    plain: str
    kind: PlaceKind
    region: Region
    options: Options
    memo: dict = field(default_factory=dict)  # work several rules share (one word-list pass)

    @cached_property
    def literal(self) -> list[tuple[int, int]]:
        return [match.span() for match in _LITERAL.finditer(self.plain)]

    @cached_property
    def quoted(self) -> list[tuple[int, int]]:
        return [match.span() for match in _QUOTED.finditer(self.plain)]

    def in_literal(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.literal)

    def in_quotation(self, start: int, end: int) -> bool:
        """Inside quoted material (a quotation, a title in 《》) or an attachment name: not the writer's wording."""
        if self.kind is PlaceKind.ATTACHMENT:
            return True
        return any(q_start < start and end < q_end for q_start, q_end in self.quoted)

    def neighbour(self, position: int, step: int) -> str:
        """The nearest character before (step -1) or after (step 1) ``position`` that is not a space."""
        position += step
        while 0 <= position < len(self.plain) and self.plain[position] in " \t\u00a0":
            position += step
        return self.plain[position] if 0 <= position < len(self.plain) else ""


TextCheck = Callable[[Text], Iterable[Hit]]
ReportCheck = Callable[[Report, Options], Iterable[Finding]]


@record(frozen=True)
class Rule:
    id: str
    severity: Severity
    title: str  # what the review panel calls the rule
    text_check: TextCheck | None = None
    report_check: ReportCheck | None = None
    kinds: frozenset[PlaceKind] | None = None  # the places a text rule reads (None: all)


RULES: dict[str, Rule] = {}

# The modules that register checks, and whether each holds checks whose findings are errors (the export warning
# runs only those; tests/unit/test_review_engine.py keeps these flags true).
FAMILIES = {"document": True, "numbers": False, "pairs": True, "punctuation": True, "sequence": False, "words": True}


def load_checks(*, errors_only: bool = False) -> dict[str, Rule]:
    """Register every check family (or only those with error checks): ``RULES`` then holds their checks."""
    for family, has_errors in FAMILIES.items():
        if has_errors or not errors_only:
            import_module(f"{__package__}.{family}")
    return RULES


def text_rule(rule_id: str, severity: Severity, title: str, kinds: Iterable[PlaceKind] | None = None):
    """Register a check of one place's text."""

    def register(check: TextCheck) -> TextCheck:
        RULES[rule_id] = Rule(rule_id, severity, title, text_check=check, kinds=frozenset(kinds) if kinds else None)
        return check

    return register


def report_rule(rule_id: str, severity: Severity, title: str):
    """Register a check of the report as a whole (details, numbering order)."""

    def register(check: ReportCheck) -> ReportCheck:
        RULES[rule_id] = Rule(rule_id, severity, title, report_check=check)
        return check

    return register


def matches(pattern: re.Pattern[str], text: Text, *, literal_ok: bool = False) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` that do not start inside a literal span (unless ``literal_ok``)."""
    for match in pattern.finditer(text.plain):
        if literal_ok or not text.in_literal(match.start()):
            yield match
