"""Text hygiene for everything that comes in: pastes, imports, files from elsewhere."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, lone surrogates, non-characters, and the BOM used
# as a zero-width no-break space: none of them can be typed on purpose, and XML (so .docx) forbids most.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Normalise line ends and drop characters that no document may hold."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL.sub("", text)


def count_illegal(text: str) -> int:
    """How many characters ``clean_text`` would drop (line ends aside), for warnings."""
    return len(_ILLEGAL.findall(text))
