"""The info line under a portal article's title, shared by every output that shows it."""

from __future__ import annotations

from ..model.report import Meta


def info_line(meta: Meta) -> str:
    """``来源：某县统战部　发布时间：2021-12-02 16:04　作者：…``: only the fields that are filled in."""
    parts = []
    if meta.source:
        parts.append(f"来源：{meta.source}")
    if meta.published:
        parts.append(f"发布时间：{meta.published}")
    if meta.author:
        parts.append(f"作者：{meta.author}")
    return "\u3000".join(parts)
