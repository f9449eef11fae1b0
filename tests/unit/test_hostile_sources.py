"""Hostile and odd Markdown sources: front matter YAML that would explode or leak Python reprs, typos that used to
crash the line joining, markup dense enough to exhaust memory, and wrong encoding guesses."""

import time

import pytest

from editor_app.importers.markdown import ImportFailed, parse_markdown
from editor_app.model.characters import clean_text
from editor_app.model.inline import parse, plain
from editor_app.opening import LoadFailed, read_source_text


def _front(yaml_text: str) -> str:
    return f"---\n{yaml_text}\n---\n正文。\n"


@pytest.mark.parametrize("key", ["keywords", "column", "title"])
def test_yaml_alias_bomb_is_refused_at_once(key):
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x","x"]\n'
    for level in "bcdefgh":
        previous = chr(ord(level) - 1)
        bomb += f"{level}: &{level} [{','.join(['*' + previous] * 10)}]\n"
    bomb += f"{key}: *h"
    start = time.perf_counter()
    with pytest.raises(ImportFailed, match="别名"):
        parse_markdown(_front(bomb))
    assert time.perf_counter() - start < 1


def test_deeply_nested_front_matter_is_a_message_not_a_recursion_error():
    with pytest.raises(ImportFailed, match="嵌套"):
        parse_markdown(_front("title: " + "[" * 20_000 + "]" * 20_000))


def test_a_number_of_thousands_of_digits_is_kept_as_typed():
    digits = "9" * 5000
    assert parse_markdown(_front(f"title: {digits}")).report.meta.title == digits


def test_numbers_keep_the_writers_spelling():
    meta = parse_markdown(_front("title: 007\nsubtitle: 1.50\nkeywords: [2026, 0x1F]")).report.meta
    assert (meta.title, meta.subtitle, meta.keywords) == ("007", "1.50", ["2026", "0x1F"])


@pytest.mark.parametrize("value", ["!!binary aGVsbG8=", "!!set {a, b}", "!!python/object:os.system x", "!!omap [a: 1]"])
def test_yaml_tags_are_refused_with_a_message_not_leaked_as_python(value):
    with pytest.raises(ImportFailed, match="不支持"):
        parse_markdown(_front(f"keywords: {value}"))


def test_mappings_inside_lists_are_refused_not_shown_as_python():
    with pytest.raises(ImportFailed, match="keywords"):
        parse_markdown(_front("keywords: [{a: 1}, 乡村振兴]"))


def test_yaml_escapes_for_emoji_survive():
    meta = parse_markdown(_front('title: "庆祝\\U0001F389"\nsubtitle: "庆祝\\ud83c\\udf89"')).report.meta
    assert meta.title == meta.subtitle == "庆祝\U0001f389"


def test_oversized_front_matter_is_refused():
    with pytest.raises(ImportFailed, match="过大"):
        parse_markdown(_front("summary: " + "很长" * 600_000))


@pytest.mark.parametrize("source", ["abc\n\\\ndef", "a\n\\", "abc\\\n\\\n\\\n中文", "x  \n\\\n"])
def test_a_line_holding_only_a_backslash_is_an_ordinary_typo(source):
    text = plain(parse_markdown(source).report.lead[0].text)
    assert text.startswith(source[0]) and "\\\\" not in text


def test_markup_dense_with_emphasis_imports_in_linear_time_and_bounded_memory():
    import tracemalloc

    dense = "*a **b _c" * 60_000  # 540,000 characters, 180,000 markers in one paragraph
    start = time.perf_counter()
    report = parse_markdown(dense).report
    spans = parse(report.lead[0].text)
    elapsed = time.perf_counter() - start
    parse.cache_clear()
    tracemalloc.start()  # memory measured apart: tracing every allocation takes more time than the parse itself
    parse_markdown(dense)
    parse(report.lead[0].text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "".join(span.text for span in spans).count("a") == 60_000  # every letter is still there
    assert elapsed < 5 and peak < 100 * 1024 * 1024


def test_ordinary_emphasis_still_parses():
    assert [s.bold for s in parse("**突出思想引领。**以党建为引领")] == [True, False]


def test_utf8_with_one_stray_byte_is_read_as_utf8_with_a_notice(tmp_path):
    path = tmp_path / "稿件.md"
    path.write_bytes("---\ntitle: 县政府工作报告\n---\n\n".encode() + b"\xff" + "全县经济稳中向好。".encode())
    text, warnings = read_source_text(path)
    assert "title: 县政府工作报告" in text and "全县经济稳中向好。" in text
    assert warnings and "UTF-8" in warnings[0] and "1" in warnings[0]


def test_gbk_is_still_recognised(tmp_path):
    path = tmp_path / "旧.md"
    path.write_bytes("# 一、工作\n\n全县经济稳中向好。".encode("gb18030"))
    text, warnings = read_source_text(path)
    assert "全县经济稳中向好" in text and "GB18030" in warnings[0]


def test_a_source_that_is_a_link_to_an_endless_device_is_refused(tmp_path):
    link = tmp_path / "稿件.md"
    link.symlink_to("/dev/zero")
    with pytest.raises(LoadFailed, match="不是普通文件"):
        read_source_text(link)


@pytest.mark.parametrize(
    "control", ["\u202e", "\u202a", "\u202b", "\u202c", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069"]
)
def test_bidi_override_controls_are_dropped(control):
    assert clean_text(f"合同{control}fdp.exe") == "合同fdp.exe"
