"""Characters no document may hold, one rule for what comes in (pastes, imports) and what goes out (Word, HTML).

C0 controls except tab and newline, DEL, C1 controls, lone surrogates, non-characters and the BOM used as a
zero-width no-break space: none can be typed on purpose, XML (so .docx) forbids most, and browsers show some
as boxes. The bidi embedding, override and isolate controls (U+202A–202E, U+2066–2069) reorder what a reader
sees (合同 + U+202E + "fdp.exe" shows as 合同exe.pdf); Chinese reports never need them. The marks U+200E/200F
stay: they only hint direction.
"""

from __future__ import annotations

from .patterns import lazy_pattern

_ILLEGAL = lazy_pattern(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufeff\ufffe\uffff]"
)


def strip_illegal(text: str) -> tuple[str, int]:
    """``text`` with line ends normalised to ``\\n`` and illegal characters dropped, and how many were dropped."""
    if text.isprintable():
        return text, 0  # none of them is printable, nor is a line end: most paragraphs, without the pattern (1 ms)
    cleaned, count = _ILLEGAL.subn("", text)
    return cleaned.replace("\r\n", "\n").replace("\r", "\n"), count


def clean_text(text: str) -> str:
    """``text`` fit for a document (see ``strip_illegal``)."""
    return strip_illegal(text)[0]
