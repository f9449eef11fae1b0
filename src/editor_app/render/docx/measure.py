"""How wide text is in Chinese character cells, the unit official layout counts in."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> float:
    """Full-width characters (and quotes, dashes, ellipses, drawn full-width) count 1, Latin and digits ½."""
    if text.isascii():
        return len(text) / 2  # none of ASCII is wide or ambiguous
    return sum(1 if unicodedata.east_asian_width(c) in ("W", "F", "A") else 0.5 for c in text)
