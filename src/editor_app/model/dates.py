"""Dates as official documents and portals write them."""

from __future__ import annotations

from datetime import datetime

from .patterns import lazy_pattern

_PUBLISHED = lazy_pattern(
    r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[\sT]+(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})\s*秒?)?)?\s*$"
)


def normalize_published(text: str) -> str:
    """Read a publish date-time in the forms people type (``2021/12/2 16:04:59``, ``2021-12-02``,
    ``2021年12月2日 16:04``) and return ``YYYY-MM-DD HH:MM`` (or ``YYYY-MM-DD`` without a time).

    Raises ValueError with a Chinese message for anything that is not a real date.
    """
    text = text.strip()
    if not text:
        return ""
    match = _PUBLISHED.match(text)
    if not match:
        raise ValueError(f"发布时间“{text}”无法识别，请写成 2024-05-08 09:30 的形式")
    year, month, day, hour, minute, _ = match.groups()
    try:
        moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
    except ValueError:
        raise ValueError(f"发布时间“{text}”不是有效的日期") from None
    return moment.strftime("%Y-%m-%d %H:%M") if hour is not None else moment.strftime("%Y-%m-%d")


def official_date(moment: datetime) -> str:
    """``2021年12月2日``: Arabic digits, full year, no zero padding (GB/T 9704)."""
    return f"{moment.year}年{moment.month}月{moment.day}日"


_OFFICIAL = lazy_pattern(r"^(\d{4})年([1-9]\d?)月([1-9]\d?)日$")


def check_official_date(text: str) -> str | None:
    """Why ``text`` is not a proper 成文日期 (``2021年12月2日``: full year, no zero padding), or None if it is."""
    match = _OFFICIAL.match(text.strip())
    if not match:
        return f"成文日期“{text}”应写作 2026年11月20日 的形式（阿拉伯数字，年份写全，月、日不编虚位）"
    try:
        datetime(*(int(part) for part in match.groups()))
    except ValueError:
        return f"成文日期“{text}”不是有效的日期"
    return None
