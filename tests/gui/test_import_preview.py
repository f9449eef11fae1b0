"""The import preview as a writer uses it: 文件 → 导入, 粘贴为新稿件 and 打开 show the recognised outline beside the
source first; a correction changes the outline before anything is made; 导入 opens an unsaved window, 取消 nothing;
a large report is read off the UI thread with progress."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeWidgetItem
from writer import discard, outline_texts

from editor_app.model.numbering import chinese_numeral
from editor_app.settings import Settings
from editor_app.ui.app import Desk, create_application
from editor_app.ui.import_dialog import ImportDialog

SECTIONS = ["大兴学习研究之风", "大兴真抓实干之风", "大兴攻坚克难之风", "大兴改革创新之风", "大兴勇争一流之风"]


def seed_file(tmp_path: Path, seed_text: str) -> Path:
    path = tmp_path / "弘扬五种风气.txt"
    path.write_text(seed_text, encoding="utf-8")
    return path


def choose_file(monkeypatch, path: Path) -> list[str]:
    """The file dialog answers ``path``; returns the filters it was shown."""
    shown: list[str] = []

    def answer(parent, caption, start, kinds, *rest, **options):
        shown.append(kinds)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    return shown


def preview(qtbot, timeout: int = 20000) -> ImportDialog:
    """The import preview on screen, once it shows what it recognised."""
    found: list[ImportDialog] = []

    def ready() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()]
        assert found and found[0].result is not None and found[0].job is None

    qtbot.waitUntil(ready, timeout=timeout)
    return found[0]


def tree_texts(dialog: ImportDialog) -> list[str]:
    texts = []

    def walk(item: QTreeWidgetItem) -> None:
        for row in range(item.childCount()):
            texts.append(item.child(row).text(0))
            walk(item.child(row))

    walk(dialog.tree.invisibleRootItem())
    return texts


def headings_shown(dialog: ImportDialog) -> list[str]:
    return [text for text in tree_texts(dialog) if text[:1] in "一二三四五六"]


def click_row(qtbot, dialog: ImportDialog, starts: str) -> None:
    tree = dialog.tree
    (item,) = [
        tree.itemFromIndex(index)
        for index in tree.model().match(tree.model().index(0, 0), Qt.ItemDataRole.DisplayRole, starts, -1,
                                        Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)
    ]  # fmt: skip
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def new_windows(desk, before) -> list:
    return [w for w in desk.windows if w not in before]


def test_import_shows_outline_beside_source_and_accept_opens_the_report(
    window, desk, qtbot, tmp_path, monkeypatch, seed_text, artifacts
):
    choose_file(monkeypatch, seed_file(tmp_path, seed_text))
    before = list(desk.windows)
    window.menus.action("import").trigger()
    dialog = preview(qtbot)
    assert new_windows(desk, before) == []  # nothing is made before the writer accepts
    assert "大兴学习研究之风" in dialog.text.toPlainText()
    marked = [s.cursor.selectedText() for s in dialog.text.extraSelections()]
    assert "大兴学习研究之风,固本强基提境界。" in marked and "突出思想引领。" in marked
    shown = headings_shown(dialog)
    assert [text.split(" ", 1)[1][:8] for text in shown] == SECTIONS
    assert "· 突出思想引领。" in tree_texts(dialog)
    assert "标题：弘扬“五种风气” 贡献统战力量" in tree_texts(dialog)
    assert any("来源" in text for text in tree_texts(dialog))  # the empty 来源 is reported
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    dialog.grab().save(str(artifacts / "import-preview-seed.png"))

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    (imported,) = new_windows(desk, before)
    assert not dialog.isVisible()
    top = [text for text in outline_texts(imported) if text[:2] in ("一、", "二、", "三、", "四、", "五、")]
    assert [text[2:10] for text in top] == SECTIONS
    assert imported.path is None and imported.isWindowModified()  # unsaved: closing asks
    assert imported.windowTitle().startswith("弘扬“五种风气”")


def test_not_a_heading_changes_the_outline_before_import(window, desk, qtbot, tmp_path, monkeypatch, seed_text):
    choose_file(monkeypatch, seed_file(tmp_path, seed_text))
    before = list(desk.windows)
    window.menus.action("import").trigger()
    dialog = preview(qtbot)
    click_row(qtbot, dialog, "五、")
    assert dialog.text.textCursor().block().text().startswith("五、大兴勇争一流之风")
    assert "编号标题" in dialog.line_info.text()
    qtbot.mouseClick(button(dialog, "这一行不是标题"), Qt.MouseButton.LeftButton)
    dialog = preview(qtbot)
    assert [text[:2] for text in headings_shown(dialog)] == ["一、", "二、", "三、", "四、"]
    assert "，1 处更正" in dialog.status.text()

    qtbot.mouseClick(button(dialog, "撤销更正"), Qt.MouseButton.LeftButton)  # taken back …
    dialog = preview(qtbot)
    assert len(headings_shown(dialog)) == 5
    click_row(qtbot, dialog, "五、")
    qtbot.mouseClick(button(dialog, "这一行不是标题"), Qt.MouseButton.LeftButton)  # … and made again
    dialog = preview(qtbot)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    (imported,) = new_windows(desk, before)
    top = [text for text in outline_texts(imported) if text[1:2] == "、"]
    assert [text[:2] for text in top] == ["一、", "二、", "三、", "四、"]


def test_a_lead_can_be_taken_out_and_put_back_and_a_paragraph_split(
    window, desk, qtbot, tmp_path, monkeypatch, seed_text
):
    choose_file(monkeypatch, seed_file(tmp_path, seed_text))
    window.menus.action("import").trigger()
    dialog = preview(qtbot)
    click_row(qtbot, dialog, "· 作风优化抓落实。")
    qtbot.mouseClick(button(dialog, "这不是引领句"), Qt.MouseButton.LeftButton)
    dialog = preview(qtbot)
    assert "· 作风优化抓落实。" not in tree_texts(dialog)
    assert any("作风优化抓落实。" in text for text in tree_texts(dialog))  # listed as a possible lead
    click_row(qtbot, dialog, "第 13 行：作风优化抓落实。")
    qtbot.mouseClick(button(dialog, "这是段首引领句"), Qt.MouseButton.LeftButton)
    dialog = preview(qtbot)
    assert "· 作风优化抓落实。" in tree_texts(dialog)

    click_text(qtbot, dialog, "不做注重表面")  # the second sentence of 二's opening paragraph
    qtbot.mouseClick(button(dialog, "在此处分段"), Qt.MouseButton.LeftButton)
    dialog = preview(qtbot)
    before = list(desk.windows)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    (imported,) = new_windows(desk, before)
    opening = [paragraph.text for paragraph in imported.report().nodes[1].content]
    assert opening[0].endswith("以钉钉子精神抓好各项工作落实。") and opening[1].startswith("不做注重表面")


def click_text(qtbot, dialog: ImportDialog, words: str) -> None:
    """Click in the source just before ``words``."""
    view = dialog.text
    found = view.document().find(words)
    found.setPosition(found.selectionStart())
    view.setTextCursor(found)
    view.ensureCursorVisible()
    rect = view.cursorRect(found)
    found.movePosition(found.MoveOperation.Left, n=3)
    view.setTextCursor(found)  # the cursor elsewhere: the click puts it there
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.textCursor().block().text()[view.textCursor().positionInBlock() :].startswith(words)


def button(dialog: ImportDialog, text: str):
    (found,) = [b for b in dialog.findChildren(type(dialog.import_button)) if b.text() == text]
    assert found.isEnabled()
    return found


def test_cancel_makes_nothing(window, desk, qtbot, tmp_path, monkeypatch, seed_text):
    choose_file(monkeypatch, seed_file(tmp_path, seed_text))
    before = list(desk.windows)
    window.menus.action("import").trigger()
    dialog = preview(qtbot)
    qtbot.mouseClick(button(dialog, "取消"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and new_windows(desk, before) == []
    assert not window.isWindowModified()


WORD_CLIPBOARD = """<html><body><!--StartFragment-->
<p class=MsoNormal align=center style="text-align:center"><b><span style="font-family:方正小标宋简体">
青溪县2024年春耕生产工作总结</span></b></p>
<p class=MsoNormal>今年以来，县农业农村局围绕春耕生产，扎实做好各项工作。</p>
<p class=MsoNormal><b>一、强化组织领导</b></p><p class=MsoNormal>县里成立春耕生产工作专班，定期调度。</p>
<p class=MsoNormal><b>二、保障农资供应</b></p><p class=MsoNormal>组织农资企业调运化肥种子。</p>
<p class=MsoNormal><b>三、加强技术指导</b></p><p class=MsoNormal>组织农技人员深入田间地头。</p>
<!--EndFragment--></body></html>"""


def test_paste_as_new_report_prefers_the_clipboard_html(window, desk, qtbot):
    data = QMimeData()
    data.setHtml(WORD_CLIPBOARD)
    data.setText("青溪县2024年春耕生产工作总结 今年以来 一、强化组织领导")  # what a plain-text paste would give
    QApplication.clipboard().setMimeData(data)
    before = list(desk.windows)
    window.menus.action("paste_new").trigger()
    dialog = preview(qtbot)
    assert "剪贴板" in dialog.windowTitle()
    assert headings_shown(dialog) == ["一、 强化组织领导", "二、 保障农资供应", "三、 加强技术指导"]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    (imported,) = new_windows(desk, before)
    assert imported.report().meta.title == "青溪县2024年春耕生产工作总结"
    assert outline_texts(imported)[2:5] == ["一、强化组织领导", "二、保障农资供应", "三、加强技术指导"]


def test_open_lists_the_import_formats_and_a_word_file_opens_through_the_preview(
    window, desk, qtbot, tmp_path, monkeypatch
):
    document = docx.Document()
    document.add_paragraph("青溪县农业农村局工作总结")
    for number, title in enumerate(["强化组织领导", "保障农资供应"], 1):
        document.add_paragraph(f"{chinese_numeral(number)}、{title}")
        document.add_paragraph("围绕春耕生产，扎实做好各项工作。")
    path = tmp_path / "总结.docx"
    document.save(path)
    filters = choose_file(monkeypatch, path)
    before = list(desk.windows)
    window.menus.action("open").trigger()
    (kinds,) = filters
    assert all(pattern in kinds for pattern in ("*.edesk", "*.txt", "*.docx", "*.html", "所有文件 (*)"))
    dialog = preview(qtbot)
    assert new_windows(desk, before) == []
    assert headings_shown(dialog) == ["一、 强化组织领导", "二、 保障农资供应"]
    dialog.reject()


def big_report(tmp_path: Path, seed_text: str, chars: int = 2_000_000) -> Path:
    """A 300-page compendium: chapter after chapter, each holding the seed's five sections."""
    body = seed_text[seed_text.index("一、") :].split("\n\n")
    sections = "\n\n".join(part.strip() for part in body if part.strip())
    lines, chapter = ["青溪县2024年工作总结汇编", ""], 0
    while sum(map(len, lines)) < chars:
        chapter += 1
        lines += [f"第{chinese_numeral(chapter)}章 第{chapter}个专题", "", sections, ""]
    path = tmp_path / "汇编.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_large_report_is_read_off_the_ui_thread_with_progress(window, desk, qtbot, tmp_path, monkeypatch, seed_text):
    choose_file(monkeypatch, big_report(tmp_path, seed_text))
    before = list(desk.windows)
    ticks, progress = [], []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()

    window.menus.action("import").trigger()  # returns at once: the reading happens on a worker thread
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()]
    dialog.progress_bar.valueChanged.connect(progress.append)
    assert dialog.job is not None and not dialog.import_button.isEnabled()
    qtbot.mouseClick(button(dialog, "取消"), Qt.MouseButton.LeftButton)  # cancel works while it reads
    assert not dialog.isVisible()

    window.menus.action("import").trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible())
    dialog.progress_bar.valueChanged.connect(progress.append)
    ticks.clear()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)
    timer.stop()
    assert len(ticks) >= 5  # the event loop kept running while the report was recognised
    assert any(value > 0 for value in progress)  # and the progress bar moved
    (body,) = [text for text in tree_texts(dialog) if text.startswith("正文结构")]
    assert int(body.split("（")[1].split(" ")[0]) > 200, body
    dialog.reject()
    qtbot.wait(200)
    assert new_windows(desk, before) == []


def test_a_file_named_at_start_up_is_previewed_and_cancel_still_leaves_a_window(qapp, qtbot, tmp_path, seed_text):
    create_application()
    desk = Desk(Settings())
    desk.start(seed_file(tmp_path, seed_text))  # editor-app 弘扬五种风气.txt
    assert desk.windows == []
    dialog = preview(qtbot)
    qtbot.mouseClick(button(dialog, "取消"), Qt.MouseButton.LeftButton)
    (window,) = desk.windows  # a blank report, never an app without a window
    assert window.report().nodes == [] and window.isVisible()
    discard(window)
