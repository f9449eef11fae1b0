"""The command line: the same core as the window, for scripts, IT staff and tests.

Exit codes: 0 success, 1 failure (a message in Chinese on stderr), 2 usage error.
Each command imports what it uses when it runs, so ``--version`` and ``templates`` start in a few
milliseconds instead of loading python-docx, markdown-it and every exporter.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

from . import EXTENSION, __version__

FORMATS = ("docx", "fragment", "handback", "html", "md", "pdf", "txt")  # export.EXPORTERS, checked by a test

# argparse's own words, in Chinese. argparse looks them up through its module-level ``_`` when it formats help
# and errors, so ``_chinese_argparse`` swaps that function only while our parser runs.
_ARGPARSE_WORDS = {
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "expected one argument": "需要一个参数值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 有歧义，可能是 %(matches)s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
}


@contextmanager
def _chinese_argparse():
    english = argparse._
    argparse._ = lambda text: _ARGPARSE_WORDS[text] if text in _ARGPARSE_WORDS else english(text)  # no gettext look-up
    try:
        yield
    finally:
        argparse._ = english


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # Chinese usage errors, exit 2 as argparse does
        self.print_usage(sys.stderr)
        message = message.replace(", ", "、")  # argparse lists missing arguments and choices with ", "
        self.exit(2, f"用法错误：{message}\n（运行 editor-app --help 查看用法）\n")

    def format_help(self) -> str:
        """argparse ends each section's heading (参数, 选项) with a half-width colon; Chinese takes ``：``."""
        return re.sub(r"^(\S.*):$", r"\1：", super().format_help(), flags=re.MULTILINE)


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _user_errors() -> tuple[type[Exception], ...]:
    """The errors whose message is for the user (Chinese, naming the file): shown without a traceback."""
    from .export import ExportFailed, ExportUnavailable
    from .opening import LoadFailed
    from .store.document import DocumentError

    return (DocumentError, LoadFailed, ExportUnavailable, ExportFailed, OutputNameError)


def _cmd_templates(args: argparse.Namespace) -> int:
    from .templates import list_templates

    for template in list_templates():
        print(f"{template.id}\t{template.name}\t{template.description}")
    return 0


class OutputNameError(Exception):
    """``-o`` does not name a document file; the message is Chinese."""


_OTHER_FORMATS = (".md", ".markdown", ".txt", ".html", ".htm", ".docx", ".json", ".pdf")


def _document_output(name: str) -> Path:
    """The document path for ``-o NAME``: ``.edesk`` is added unless the name ends with it (``总结v1.2`` →
    ``总结v1.2.edesk``, as the window saves); a folder or another format's name is refused."""
    from .store.document import with_extension

    path = with_extension(name)
    if path.is_dir() or Path(name).is_dir() or name.endswith(("/", os.sep)):
        raise OutputNameError(f"“{name}”是文件夹，请给出文稿的文件名，如 {Path(name) / ('报告' + EXTENSION)}")
    if Path(name).suffix.lower() in _OTHER_FORMATS:
        raise OutputNameError(
            f"文稿的扩展名应为 {EXTENSION}（“{Path(name).name}”）；导出其他格式请用 editor-app export"
        )
    return path


def _cmd_new(args: argparse.Namespace) -> int:
    from .store.document import save_document
    from .templates import get_template

    try:
        template = get_template(args.template)
    except KeyError as error:
        _say(error.args[0])
        return 1
    path = _document_output(args.output)
    if path.exists() and not args.force:
        _say(f"“{path}”已存在，未覆盖（如确需覆盖，请加 --force）")
        return 1
    report = template.create()
    saved = save_document(report, path, keep_backup=path.exists())
    print(f"已用模板“{template.name}”新建：{saved}")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    """Export one document or many (``export *.edesk --to docx -d OUT``); one failure does not stop the rest."""
    from .export import export_report, output_path
    from .opening import load_report

    if args.output and len(args.files) > 1:
        _say("用法错误：-o 只能用于一个文稿；导出多个文稿请用 -d 指定文件夹")
        return 2
    folder = Path(args.folder) if args.folder else None
    if folder is not None and not folder.is_dir():
        _say(f"无法导出：文件夹“{folder}”不存在")
        return 1
    output = Path(args.output) if args.output else folder
    written: set[Path] = set()
    failures = 0
    for name in args.files:
        source = Path(name)
        target = output_path(source, args.to, output).resolve()
        try:
            if target in written:
                raise OutputNameError(f"“{source.name}”的导出文件“{target.name}”与前一个文稿的同名，未覆盖")
            report, _ = load_report(source)
            result = export_report(report, args.to, output, source=source)
        except _user_errors() as error:
            _say(str(error))
            failures += 1
            continue
        written.add(target)
        print("已导出：" + "、".join(str(path) for path in result.paths))
        for warning in result.warnings:
            _say(f"提示：{warning}")
    return 1 if failures else 0


def _cmd_import(args: argparse.Namespace) -> int:
    from .importers.outline import detail_lines, heading_lines
    from .opening import import_source
    from .store.document import save_document

    source = Path(args.source)
    if source.suffix == EXTENSION:
        _say(f"“{source.name}”已是稿件编辑台文档，直接打开即可")
        return 1
    if not args.output and not args.print_outline:
        _say("用法错误：请用 -o 给出新文稿的路径，或用 --print-outline 只查看识别出的结构")
        return 2
    path = _document_output(args.output) if args.output else None
    result = import_source(source, args.source_kind)
    report, warnings = result.report, result.warnings
    if args.print_outline:
        print("\n".join([*detail_lines(report), "", *heading_lines(report)]))
    if path is None:
        for warning in warnings:
            _say(f"提示：{warning}")
        return 0
    if path.exists() and not args.force:
        _say(f"“{path}”已存在，未覆盖（如确需覆盖，请加 --force）")
        return 1
    saved = save_document(report, path, keep_backup=path.exists())
    for warning in warnings:
        _say(f"提示：{warning}")
    print(f"已导入：{saved}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    """Review a document: findings in Chinese (or JSON); exit 1 while errors remain. ``--fix`` saves safe fixes."""
    import json

    from .opening import load_report
    from .review import SEVERITY_NAMES, Severity, fixed_texts
    from .reviewing import review_report
    from .store.document import save_document

    path = Path(args.file)
    report, _ = load_report(path)
    findings = review_report(report)
    fixable = sum(finding.fix is not None for finding in findings)
    fixed = 0
    if args.fix:
        if path.suffix != EXTENSION:
            raise OutputNameError(f"--fix 只能用于 {EXTENSION} 文稿（“{path.name}”）；请先用 editor-app import 导入")
        from .model.places import set_text

        for _ in range(5):  # overlapping fixes in one place are applied in later rounds
            changes = fixed_texts(report, findings)
            if not changes:
                break
            for place, text in changes:
                set_text(place, text)
            findings = review_report(report)
        fixed = fixable - sum(finding.fix is not None for finding in findings)
        if fixed > 0:
            save_document(report, path, keep_backup=True)
    if args.json:
        print(json.dumps([finding.to_json() for finding in findings], ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            where = f"{finding.anchor}:{finding.start + 1}" if finding.end > finding.start else finding.anchor
            print(f"{where}\t{SEVERITY_NAMES[finding.severity]}\t{finding.rule}\t{finding.message}")
        counts = {severity: sum(f.severity is severity for f in findings) for severity in Severity}
        summary = "，".join(f"{SEVERITY_NAMES[s]} {n} 处" for s, n in counts.items())
        print(f"共 {len(findings)} 处：{summary}" if findings else "未发现问题")
    if args.fix:
        _say(f"已自动修正并保存 {fixed} 处" if fixed else "没有可以自动修正的问题")
    return 1 if any(finding.severity is Severity.ERROR for finding in findings) else 0


def _no_screen() -> bool:
    """On Linux without X11 or Wayland (a server, an SSH session), Qt would abort with an English error."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    )


def _cmd_gui(args: argparse.Namespace) -> int:
    if _no_screen():
        _say("没有可用的图形界面（未设置 DISPLAY 或 WAYLAND_DISPLAY），无法打开窗口。命令行用法见 editor-app --help")
        return 1
    from .ui.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(Path(args.file) if args.file else None)


def _add_templates(sub) -> None:
    p = sub.add_parser("templates", help="列出可用模板（每行一个，模板名在前）")
    p.set_defaults(run=_cmd_templates)


def _add_new(sub) -> None:
    p = sub.add_parser("new", help="用模板新建文稿")
    p.add_argument("--template", "-t", default="thematic-report", help="模板名，见 editor-app templates")
    p.add_argument("-o", "--output", required=True, help=f"新文稿的路径（无扩展名时自动加 {EXTENSION}）")
    p.add_argument("--force", action="store_true", help="目标已存在时覆盖（旧文件留作 .bak 备份）")
    p.set_defaults(run=_cmd_new)


def _add_export(sub) -> None:
    p = sub.add_parser("export", help="导出为其他格式（可一次导出多个文稿）")
    p.add_argument("files", nargs="+", metavar="file", help=f"文稿（{EXTENSION}）或可导入的文件，可以有多个")
    p.add_argument("--to", required=True, choices=FORMATS, help="导出格式")
    target = p.add_mutually_exclusive_group()
    target.add_argument("-o", "--output", help="输出路径（只导出一个文稿时；默认与文稿同名，换扩展名）")
    target.add_argument("-d", "--folder", help="输出文件夹（文件名与各文稿相同，换扩展名）")
    p.set_defaults(run=_cmd_export)


def _add_import(sub) -> None:
    p = sub.add_parser("import", help="把其他格式的稿件导入为文稿")
    p.add_argument("source", help="来源文件：纯文本（.txt）、Word（.docx）、网页（.html）或 Markdown（.md）")
    p.add_argument("-o", "--output", help=f"新文稿的路径（自动加 {EXTENSION}）")
    p.add_argument(
        "--from", dest="source_kind", choices=["txt", "docx", "html", "md"], help="来源的格式（默认按扩展名判断）"
    )
    p.add_argument("--print-outline", action="store_true", help="显示识别出的标题、栏目等结构；不加 -o 时不写文件")
    p.add_argument("--force", action="store_true", help="目标已存在时覆盖（旧文件留作 .bak 备份）")
    p.set_defaults(run=_cmd_import)


def _add_check(sub) -> None:
    p = sub.add_parser("check", help="审校文稿：列出标点、数字、用语、必填信息等问题（有错误时退出码为 1）")
    p.add_argument("file", help=f"文稿（{EXTENSION}）或 Markdown 文件")
    p.add_argument(
        "--json", action="store_true", help="以 JSON 输出（id、severity、message、place、start、end、text、fix）"
    )
    p.add_argument("--fix", action="store_true", help="应用可安全自动修正的问题并保存文稿（旧文件留作 .bak 备份）")
    p.set_defaults(run=_cmd_check)


_COMMANDS = {
    "templates": _add_templates,
    "new": _add_new,
    "export": _add_export,
    "import": _add_import,
    "check": _add_check,
}
"""Each command's sub-parser, in the order ``--help`` lists them."""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of ``command`` alone: a command's process builds only its own (each
    sub-parser costs a process about half a millisecond; ``export`` runs once per document in some offices'
    scripts)."""
    parser = _Parser(
        prog="editor-app",
        description="稿件编辑台：撰写、预览、审校并导出政务网站稿件。不带参数时打开窗口。",
    )
    parser.add_argument(
        "--version", action="version", version=f"稿件编辑台 editor-app {__version__}", help="显示版本号并退出"
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="命令")
    for name, add in _COMMANDS.items():
        if command is None or name == command:
            add(sub)
    return parser


def _opens_window(argv: Sequence[str]) -> bool:
    """Whether these arguments open the window (none, or a file to open) rather than run a command."""
    return not argv or (argv[0] not in _COMMANDS and argv[0][:1] != "-")


def _parser_for(argv: list[str]) -> argparse.ArgumentParser:
    """The parser these arguments need: the window's (a file and more: argparse says what is wrong), one command's,
    or every command's (``--help``, an unknown option)."""
    if _opens_window(argv):
        gui = _Parser(prog="editor-app", description="打开稿件编辑台窗口")
        gui.add_argument("file", nargs="?", help="要打开的文稿")
        gui.set_defaults(run=_cmd_gui)
        return gui
    return build_parser(argv[0] if argv[0] in _COMMANDS else None)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _opens_window(argv) and len(argv) <= 1:  # ``editor-app [FILE]``: nothing to parse
        args = argparse.Namespace(file=argv[0] if argv else None, run=_cmd_gui)
    else:
        with _chinese_argparse():  # argparse translates some words when the parser is built, others when it prints
            parser = _parser_for(argv)
            args = parser.parse_args(argv)
            if not getattr(args, "run", None):
                parser.print_help()
                return 2
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 1
    except Exception as error:
        if not isinstance(error, _user_errors()):
            raise
        _say(str(error))
        return 1


def run() -> None:
    """The program's entry (the console script, ``python -m editor_app``, the frozen app): ``main``, then exit.

    A command's objects (modules, the report, its blocks) mostly live until its process ends, so the cyclic garbage
    collector is mostly wasted on them (issue #13): run every 20,000 new objects instead of every 700, it no longer
    runs during a 50 KB export (it took ~10–20 ms), and ``gc.freeze`` keeps Python's last collection at exit from
    walking them all (~15 ms); the system takes back the memory at once. A window keeps Python's usual collector."""
    command = not _opens_window(sys.argv[1:])
    if command:
        gc.set_threshold(20_000, 10, 10)
    code = main()
    if command:
        gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    run()
