"""The readable JSON text of a document payload, re-using the text of the sections that did not change.

Autosave writes the whole report every few seconds while the writer types in one place of it. ``json.dumps``
with ``indent`` runs in pure Python (the C encoder has no indent), about 40 ms on a 300,000-character report,
holding the GIL in slices that delay the UI thread's next keystroke. ``SectionTexts`` remembers the text of every
item of the report's lists (lead, sections, closing, attachments) from the last encode and re-encodes only the
items that differ, compared as JSON-ready dicts (a C-speed comparison). The result is the same text, byte for
byte, as ``json.dumps(payload, ensure_ascii=False, indent=1)`` (tests/unit/test_json_text.py checks it over
random edits).
"""

from __future__ import annotations

import json
import threading


def _dumps(value: object, level: int) -> bytes:
    """``value`` as it reads at nesting ``level`` of an ``indent=1`` document, in UTF-8: JSON strings escape their
    line breaks, so every line break of the text is layout and takes the deeper indent. Raises
    UnicodeEncodeError for text UTF-8 cannot carry (the caller then encodes the whole payload otherwise)."""
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level).encode("utf-8")


def _layout(out: list[bytes], open_: bytes, close: bytes, entries: list[bytes], level: int) -> None:
    """Append to ``out`` a list or object of already-encoded ``entries`` at nesting ``level``, as ``json.dumps``
    lays it out (as pieces, joined by the caller)."""
    if not entries:
        out.append(open_ + close)
        return
    inner = b"\n" + b" " * (level + 1)
    out.append(open_ + inner)
    for index, entry in enumerate(entries):
        if index:
            out.append(b"," + inner)
        out.append(entry)
    out.append(b"\n" + b" " * level + close)


def _key(key: str) -> bytes:
    return json.dumps(key, ensure_ascii=False).encode("utf-8") + b": "


class SectionTexts:
    """The encoded text of each list item of the last report encoded, per list. One per open document; safe to
    use from several threads (encodes take turns)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[str, list[tuple[object, bytes]]] = {}

    def _list_texts(self, key: str, items: list, level: int) -> list[bytes]:
        """The texts of the items of the report list ``key``; an item equal to the next remembered one (or the
        one after, when one item was removed) keeps its text. Remembered items are private copies, so no later
        change to the caller's objects can make a text stale."""
        old = self._items.get(key, [])
        kept: list[tuple[object, bytes]] = []
        at = 0
        for item in items:
            if at < len(old) and old[at][0] == item:
                kept.append(old[at])
                at += 1
            elif at + 1 < len(old) and old[at + 1][0] == item:
                kept.append(old[at + 1])
                at += 2
            else:
                text = _dumps(item, level + 1)
                kept.append((json.loads(text), text))
        self._items[key] = kept
        return [text for _, text in kept]

    def report_text(self, out: list[bytes], report: dict, level: int) -> None:
        """Append to ``out`` the text of the report dict at nesting ``level``."""
        with self._lock:
            entries = []
            for key, value in report.items():
                if isinstance(value, list):
                    items: list[bytes] = []
                    _layout(items, b"[", b"]", self._list_texts(key, value, level + 1), level + 1)
                    entries.append(_key(key) + b"".join(items))
                else:
                    entries.append(_key(key) + _dumps(value, level + 1))
            _layout(out, b"{", b"}", entries, level)


def payload_bytes(payload: dict, sections: SectionTexts) -> bytes:
    """``json.dumps(payload, ensure_ascii=False, indent=1)`` in UTF-8, with ``payload["report"]`` through
    ``sections``. Raises UnicodeEncodeError as encoding the whole payload would."""
    out: list[bytes] = []
    entries = []
    for key, value in payload.items():
        if key == "report":
            piece: list[bytes] = []
            sections.report_text(piece, value, 1)
            entries.append(_key(key) + b"".join(piece))
        else:
            entries.append(_key(key) + _dumps(value, 1))
    _layout(out, b"{", b"}", entries, 0)
    return b"".join(out)
