"""Every importer is total: any input gives a report or a Chinese ImportFailed, in bounded time."""

import io
import random
import time
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.importers.common import ImportFailed
from editor_app.importers.docx import parse_docx
from editor_app.importers.html import parse_html
from editor_app.importers.markdown import parse_markdown
from editor_app.importers.text import parse_text

PIECES = [
    "一、", "（一）", "(二)", "㈢", "1.", "2、", "１．", "（3）", "(1)", "①", "第一章", "第二条　", "一是", "1.5亿元",
    "当前位置：首页 > 专题", "来源：", " | 发布时间：2021/12/2 16:04:59", "|", "附件：", "特此通知。", "2025年12月2日",
    "青溪县人民政府", "（记者 张三）", "××局文件", "青政发〔2025〕3号", "突出思想引领。", "深化改革，", "。", "，",
    "\n", "\n\n", "\u3000\u3000", "**", "\\", "<p>", "</p>", "<strong>", "</strong>", "<h2>", "<table><tr><td>",
    "&amp;",
]  # fmt: skip
structured = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)


def _total(parse, data) -> None:
    try:
        result = parse(data)
    except ImportFailed as error:
        assert str(error) and not str(error).isascii()
        return
    assert result.report is not None


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(structured)
def test_text_and_clipboard_html_never_crash(text):
    _total(parse_text, text)
    _total(lambda t: parse_html(t, page=False), text)
    _total(parse_html, text.encode("utf-8", "surrogatepass"))


@settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=2000), st.booleans())
def test_word_files_with_damaged_content_are_refused_in_chinese(payload, zipped):
    if zipped:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("[Content_Types].xml", payload)
            archive.writestr("word/document.xml", payload)
        payload = buffer.getvalue()
    _total(parse_docx, payload)


def test_random_bytes_fuzz_is_bounded_for_every_importer():
    """A fixed-seed fuzz run, bounded in count and time, as CI runs it."""
    rng = random.Random(20251010)
    started = time.monotonic()
    for _ in range(150):
        data = rng.randbytes(rng.randrange(0, 4000))
        text = data.decode("utf-8", "replace")
        for parse, value in ((parse_text, text), (parse_markdown, text), (parse_html, data), (parse_docx, data)):
            _total(parse, value)
    assert time.monotonic() - started < 60


def test_a_large_report_imports_in_seconds():
    section = "一、加强组织领导。" + "各单位要高度重视，明确责任分工，确保各项工作落到实处。" * 20 + "\n"
    text = "青溪县工作报告\n\n" + section * 2000  # about 2.5 million characters, a 300-page report and more
    started = time.monotonic()
    result = parse_text(text)
    assert len(result.report.nodes) == 2000
    assert time.monotonic() - started < 30
