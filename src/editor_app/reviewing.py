"""The review as an application service: the office's word lists and fonts found, the report checked.

``review`` only knows the lists and options it is given; this service names them (the bundled default list, the
office's ``review-words.json`` in the settings folder, the unit name from the settings, and whether the Word
export maps a ``_GB2312`` font), so the window, the command line and the export warnings all check alike.
"""

from __future__ import annotations

from pathlib import Path

from .model.inline import plain
from .model.places import find_place
from .model.report import STATUS_NAMES, Report
from .resources import resource_path
from .review.findings import Finding, Severity
from .review.rules import Options, load_checks
from .review.runner import Reviewer
from .review.wordlists import load_wordlists
from .settings import Settings, load_settings, office_file

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on every command
if TYPE_CHECKING:
    from .render.docx import WordComment

OFFICE_WORDS = "review-words.json"


def office_words_path() -> Path:
    """The office's own word lists: the user's file, or the one IT ships with the office defaults."""
    return office_file(OFFICE_WORDS)


def _maps_gb2312(settings: Settings) -> bool:
    from .office import load_profile  # the Word profiles: only when the font check runs
    from .render.docx.profile import ProfileError, resolve_fonts

    try:
        fonts, _ = resolve_fonts(load_profile(settings.word_profile), settings.fonts)
    except ProfileError:
        fonts = dict(settings.fonts)
    return any("GB2312" in name.upper() for name in fonts.values())


def review_options(settings: Settings | None = None, *, font_check: bool = True) -> tuple[Options, list[str]]:
    """The options this office checks with, and Chinese warnings about settings or lists that could not be used.
    Without ``font_check`` the Word profile is not read (the font check is then off)."""
    warnings = []
    if settings is None:
        settings, warning = load_settings()
        warnings += [warning] if warning else []
    words, warning = load_wordlists(
        resource_path("review", "words.json"), office_words_path(), (settings.unit_name.strip(),)
    )
    warnings += [warning] if warning else []
    return Options(words, font_check and _maps_gb2312(settings)), warnings


def review_report(report: Report, only: set[str] | None = None) -> list[Finding]:
    """Every open finding of ``report`` under this office's options (of the rules ``only`` names, if given)."""
    load_checks(errors_only=only is not None and only <= error_rules())
    options, _ = review_options(font_check=only is None or "font.coverage" in only)
    return Reviewer(options, only).check(report)


def error_rules() -> set[str]:
    """The checks whose findings are errors: all the export warning counts."""
    return {rule.id for rule in load_checks(errors_only=True).values() if rule.severity is Severity.ERROR}


def open_items(report: Report, findings: list[Finding] | None = None) -> list[str]:
    """What is still open before publishing, for the export warning: status, errors, unresolved comments.
    Without ``findings``, only the checks that find errors run (the rest would not change the warning)."""
    findings = review_report(report, error_rules()) if findings is None else findings
    items = []
    if report.review.status != "approved":
        status = STATUS_NAMES.get(report.review.status, report.review.status)
        items.append(f"文稿尚未审定（当前状态：{status}）")
    errors = [finding for finding in findings if finding.severity is Severity.ERROR]
    if errors:
        rules = "、".join(dict.fromkeys(finding.rule for finding in errors))
        items.append(f"审校还有 {len(errors)} 处错误未处理（{rules}）")
    comments = sum(1 for comment in report.review.comments if not comment.resolved)
    if comments:
        items.append(f"还有 {comments} 条批注未解决")
    return items


def handback_comments(report: Report, findings: list[Finding] | None = None) -> list[WordComment]:
    """The open comments (with their replies) and the review's findings as Word comments, for a writer who
    answers in Word or WPS. Each quotes the characters it is about, since Word shows it on the whole paragraph."""
    from .render.docx import WordComment

    findings = review_report(report) if findings is None else findings
    comments = []
    for comment in report.review.comments:
        if comment.resolved:
            continue
        place = find_place(report, comment.anchor)
        quoted = plain(place.text)[comment.start : comment.end] if place and comment.end > comment.start else ""
        lines = [(f"“{quoted}”：" if quoted else "") + comment.text]
        lines += [f"{reply.author or '回复'}：{reply.text}" for reply in comment.replies]
        comments.append(WordComment(comment.anchor, "\n".join(lines), comment.author, comment.author[:1]))
    for finding in findings:
        quoted = f"“{finding.text}”：" if finding.text else ""
        fix = f"（建议改为“{finding.fix}”）" if finding.fix else ""
        comments.append(WordComment(finding.anchor, f"{quoted}{finding.message}{fix}", "审校", "审"))
    return comments
