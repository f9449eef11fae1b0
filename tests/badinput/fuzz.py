"""Mutation fuzzing of the document reader and every importer (Markdown, plain text, Word, web page).

Run by hand for as long as you like: ``python tests/badinput/fuzz.py --seconds 600 [--seed N]``; CI runs it for
a few seconds through test_fuzz.py. Inputs start from real documents, Markdown, text, .docx and HTML files and are
mutated (bytes flipped, inserted, deleted, duplicated, spliced, markup tokens planted; inside a zip, one member is
mutated and the zip rebuilt, so the XML parsers behind it are reached too). Each input must give a report or our own
error, within ``SLOW_SECONDS``; anything else is printed with the seed that reproduces it.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from editor_app.importers.markdown import ImportFailed, parse_markdown  # noqa: E402
from editor_app.opening import LoadFailed, load_report  # noqa: E402
from editor_app.render.docx import render_docx  # noqa: E402
from editor_app.render.html import render_page  # noqa: E402
from editor_app.render.text import render_text  # noqa: E402
from editor_app.store.document import DocumentError, decode, encode  # noqa: E402
from editor_app.templates import SAMPLE_PATH, list_templates, sample_report  # noqa: E402

SLOW_SECONDS = 2.0
TOKENS = [b"---\n", b"*", b"**", b"_", b"\\", b"\n", b"# ", b"|", b"&a ", b"*a", b"!!binary ", b"[", b"{", b"\xff",
          b"\xe4\xb8", b"PK\x03\x04", b"PK\x01\x02", b"\x00", b"\\u", b"9" * 50, b"\n***\n", b"<w:p>", b"</w:t>",
          b"<table>", b"<script>", b"&#0;", b"<!DOCTYPE x [",
          b"<!ENTITY a \"aaaa\">", b"<h1>", b"\xe4\xb8\x80\xe3\x80\x81"]  # fmt: skip
SUFFIXES = (".md", ".txt", ".docx", ".html")


def seeds() -> list[bytes]:
    markdown = [SAMPLE_PATH.read_bytes(), *(t.path.read_bytes() for t in list_templates() if t.path)]
    report = sample_report()
    outputs = [render_docx(report).data, render_page(report).encode("utf-8"), render_text(report).encode("utf-8")]
    return [encode(report), encode(list_templates()[0].create()), *markdown, *outputs]


def mutate_member(data: bytes, rng: random.Random, corpus: list[bytes]) -> bytes:
    """``data`` (a zip) with one member's bytes mutated and the zip rebuilt."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as source:
            members = [(info.filename, source.read(info)) for info in source.infolist()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return mutate(data, rng, corpus)
    if not members:
        return data
    index = rng.randrange(len(members))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for position, (name, content) in enumerate(members):
            target.writestr(name, mutate(content, rng, corpus) if position == index else content)
    return out.getvalue()


def mutate(data: bytes, rng: random.Random, corpus: list[bytes]) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        where = rng.randrange(len(out) + 1)
        choice = rng.randrange(6)
        if choice == 0 and out:
            out[min(where, len(out) - 1)] = rng.randrange(256)
        elif choice == 1:
            out[where:where] = rng.choice(TOKENS) * rng.choice((1, 1, 2, 50, 1000))
        elif choice == 2:
            del out[where : where + rng.randint(1, 64)]
        elif choice == 3 and out:
            start = rng.randrange(len(out))
            out[where:where] = out[start : start + rng.randint(1, 256)] * rng.randint(1, 20)
        elif choice == 4:
            other = rng.choice(corpus)
            out[where:] = other[rng.randrange(len(other) + 1) :]
        else:
            out[where:where] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return bytes(out)


def check(data: bytes, folder: Path) -> None:
    """Feed one input to every reader; anything but a report or our own error propagates."""
    with contextlib.suppress(DocumentError):
        decode(data)
    with contextlib.suppress(ImportFailed):
        parse_markdown(data.decode("utf-8", "replace"))
    for suffix in SUFFIXES:
        source = folder / f"稿件{suffix}"
        source.write_bytes(data)
        with contextlib.suppress(LoadFailed, DocumentError):  # a zip under a source's name is opened as a document
            load_report(source)


def run(seconds: float, seed: int) -> list[str]:
    """Fuzz for ``seconds``; the problems found, each with the seed and index that reproduce it."""
    rng = random.Random(seed)
    corpus = seeds()
    problems = []
    deadline = time.monotonic() + seconds
    count = 0
    with tempfile.TemporaryDirectory() as folder:
        while time.monotonic() < deadline and len(problems) < 5:
            seed_data = rng.choice(corpus)
            zipped = seed_data.startswith(b"PK") and rng.random() < 0.7
            data = mutate_member(seed_data, rng, corpus) if zipped else mutate(seed_data, rng, corpus)
            started = time.monotonic()
            try:
                check(data, Path(folder))
            except Exception as error:
                problems.append(f"seed {seed} input {count}: {type(error).__name__}: {error!s:.200}")
            if time.monotonic() - started > SLOW_SECONDS:
                problems.append(f"seed {seed} input {count}: took {time.monotonic() - started:.1f} s")
            count += 1
    print(f"fuzz: {count} inputs in {seconds:.0f} s, {len(problems)} problems", file=sys.stderr)
    return problems


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    found = run(args.seconds, args.seed)
    print("\n".join(found) or "no problems")
    sys.exit(1 if found else 0)
