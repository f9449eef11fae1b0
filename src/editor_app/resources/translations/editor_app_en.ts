<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AttachmentsEditor</name>
    <message>
        <location filename="../../ui/editors/attachments.py" line="42"/>
        <source>附件名称，每行一个（没有附件就留空）</source>
        <translation>Attachment names, one per line (leave empty if there are none)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/attachments.py" line="43"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <location filename="../../ui/editors/block.py" line="67"/>
        <source>粘贴的内容有 {0} 个字符，超过了一次粘贴的上限（{1} 个）。大段材料请分次粘贴。</source>
        <translation>The pasted text has {0} characters, more than one paste may hold ({1}). Paste large material in parts.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/block.py" line="229"/>
        <source>粘贴的内容有 {0} 段，超过了一次粘贴的上限（{1} 段）。请分次粘贴。</source>
        <translation>The pasted text has {0} paragraphs, more than one paste may hold ({1}). Paste it in parts.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../ui/comments_panel.py" line="43"/>
        <location filename="../../ui/comments_panel.py" line="44"/>
        <source>批注人</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.py" line="47"/>
        <source>批注</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.py" line="51"/>
        <source>添加批注…</source>
        <translation>Add Comment…</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.py" line="52"/>
        <source>回复…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.py" line="53"/>
        <source>解决/重新打开</source>
        <translation>Resolve/Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.py" line="54"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.py" line="74"/>
        <source>（已解决）</source>
        <translation> (resolved)</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.py" line="108"/>
        <location filename="../../ui/comments_panel.py" line="133"/>
        <source>添加批注</source>
        <translation>Add Comment</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.py" line="115"/>
        <location filename="../../ui/comments_panel.py" line="142"/>
        <source>回复批注</source>
        <translation>Reply to Comment</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.py" line="121"/>
        <source>重新打开批注</source>
        <translation>Reopen Comment</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.py" line="121"/>
        <source>解决批注</source>
        <translation>Resolve Comment</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.py" line="129"/>
        <source>删除批注</source>
        <translation>Delete Comment</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.py" line="133"/>
        <source>批注内容（针对所选文字或当前段落）：</source>
        <translation>Comment (on the selected words or the current paragraph):</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.py" line="142"/>
        <source>回复内容：</source>
        <translation>Reply:</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/compare_dialog.py" line="81"/>
        <source>与历史版本比较</source>
        <translation>Compare Versions</translation>
    </message>
    <message>
        <location filename="../../ui/compare_dialog.py" line="83"/>
        <source>当前（编辑中）</source>
        <translation>Current (being edited)</translation>
    </message>
    <message>
        <location filename="../../ui/compare_dialog.py" line="85"/>
        <source>已保存的文件</source>
        <translation>Saved file</translation>
    </message>
    <message>
        <location filename="../../ui/compare_dialog.py" line="87"/>
        <source>保存于 {0} 的版本</source>
        <translation>Version saved {0}</translation>
    </message>
    <message>
        <location filename="../../ui/compare_dialog.py" line="89"/>
        <source>版本差别</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../../ui/compare_dialog.py" line="96"/>
        <source>恢复较早的版本</source>
        <translation>Restore Older Version</translation>
    </message>
    <message>
        <location filename="../../ui/compare_dialog.py" line="102"/>
        <source>较早的版本：</source>
        <translation>Older version:</translation>
    </message>
    <message>
        <location filename="../../ui/compare_dialog.py" line="103"/>
        <source>较新的版本：</source>
        <translation>Newer version:</translation>
    </message>
    <message>
        <location filename="../../ui/compare_dialog.py" line="136"/>
        <source>恢复版本：{0}</source>
        <translation>Restore version: {0}</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../ui/app.py" line="120"/>
        <source>本程序的另一个窗口</source>
        <translation>another window of this program</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="123"/>
        <source>文稿已被打开</source>
        <translation>Document already open</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="125"/>
        <source>“{0}”已被{1}打开。
同时编辑会互相覆盖修改。仍要打开吗？保存时如文件已被对方修改，会再次提醒。</source>
        <translation>“{0}” is already open by {1}.
Editing it in both places overwrites each other&apos;s changes. Open anyway? You will be warned again before overwriting their changes.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="145"/>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="158"/>
        <source>已改为打开上次的文稿“{0}”。</source>
        <translation>Opened your last document “{0}” instead.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="160"/>
        <source>已新建一份空白文稿。</source>
        <translation>A new blank document was opened instead.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="200"/>
        <source>无法恢复</source>
        <translation>Cannot recover</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <location filename="../../ui/session.py" line="52"/>
        <source>PDF 导出需要安装“PDF 导出组件”（editor-app-pdf），请联系单位信息技术人员。</source>
        <translation>PDF export needs the “PDF export component” (editor-app-pdf) installed. Please ask your office's IT staff.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="107"/>
        <location filename="../../ui/session.py" line="202"/>
        <source>文稿</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="108"/>
        <source>稿件编辑台文稿 (*.edesk)</source>
        <translation>Editorial Desk documents (*.edesk)</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="109"/>
        <source>另存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="149"/>
        <source>已保存：{0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="160"/>
        <source>文件已被修改</source>
        <translation>File changed</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="161"/>
        <source>“{0}”在本窗口打开后已被其他窗口或程序修改。
覆盖它会丢掉对方的修改。仍要覆盖吗？</source>
        <translation>“{0}” was changed by another window or program after this window opened it.
Overwriting it discards their changes. Overwrite anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="170"/>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="172"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="185"/>
        <source>文件已存在</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="186"/>
        <source>“{0}”已存在。要替换它吗？</source>
        <translation>“{0}” already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="199"/>
        <source>暂不能导出</source>
        <translation>Export not available yet</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="206"/>
        <source>导出为 {0}</source>
        <translation>Export as {0}</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="214"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="221"/>
        <source>已导出：{0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="224"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="225"/>
        <source>打开文件</source>
        <translation>Open File</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="226"/>
        <source>打开所在文件夹</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="237"/>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="238"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="256"/>
        <source>自动保存恢复副本失败：{0}</source>
        <translation>Writing the recovery copy failed: {0}</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <location filename="../../ui/find.py" line="73"/>
        <source>全部替换</source>
        <translation>Replace all</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../ui/find.py" line="95"/>
        <source>查找和替换</source>
        <translation>Find and Replace</translation>
    </message>
    <message>
        <location filename="../../ui/find.py" line="100"/>
        <location filename="../../ui/find.py" line="102"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/find.py" line="101"/>
        <location filename="../../ui/find.py" line="103"/>
        <source>替换为</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../../ui/find.py" line="107"/>
        <source>上一个</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ui/find.py" line="108"/>
        <source>下一个</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/find.py" line="109"/>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../ui/find.py" line="110"/>
        <source>全部替换</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <location filename="../../ui/find.py" line="125"/>
        <location filename="../../ui/find.py" line="132"/>
        <source>没有找到</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../ui/find.py" line="132"/>
        <source>已替换 {0} 处</source>
        <translation>Replaced {0} occurrences</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../ui/help.py" line="37"/>
        <location filename="../../ui/help.py" line="49"/>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="40"/>
        <source>新起一段</source>
        <translation>New paragraph</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="41"/>
        <source>合并到上一段</source>
        <translation>Join to the paragraph above</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="41"/>
        <source>段首按 Backspace</source>
        <translation>Backspace at the start of a paragraph</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="42"/>
        <source>把下一段接上来</source>
        <translation>Join the next paragraph</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="42"/>
        <source>段末按 Delete</source>
        <translation>Delete at the end of a paragraph</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="43"/>
        <source>到上一个、下一个文字块</source>
        <translation>Previous / next text</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="43"/>
        <source>首行按 ↑ / 末行按 ↓</source>
        <translation>↑ on the first line / ↓ on the last</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="44"/>
        <source>翻一屏</source>
        <translation>Page up / down</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="45"/>
        <source>到全文开头、结尾</source>
        <translation>Start / end of the report</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="50"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="50"/>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入预览</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>原文</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>这一行不是标题</source>
        <translation>This line is not a heading</translation>
    </message>
    <message>
        <source>这是段首引领句</source>
        <translation>This is a run-in lead</translation>
    </message>
    <message>
        <source>这不是引领句</source>
        <translation>This is not a lead</translation>
    </message>
    <message>
        <source>在此处分段</source>
        <translation>Split here</translation>
    </message>
    <message>
        <source>撤销更正</source>
        <translation>Undo correction</translation>
    </message>
    <message>
        <source>原文（识别为标题的行以蓝色标出，引领句以绿色标出，可能的引领句加波浪线）</source>
        <translation>Source (headings found in blue, run-in leads in green, possible leads underlined)</translation>
    </message>
    <message>
        <source>识别出的结构</source>
        <translation>Recognised structure</translation>
    </message>
    <message>
        <source>正在识别结构…</source>
        <translation>Recognising the structure…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>导入失败：{0}</source>
        <translation>Import failed: {0}</translation>
    </message>
    <message>
        <source>来源：{0}　共 {1} 行</source>
        <translation>Source: {0}　{1} lines</translation>
    </message>
    <message>
        <source>导入预览 — {0}</source>
        <translation>Import preview — {0}</translation>
    </message>
    <message>
        <source>{0}，{1} 处更正</source>
        <translation>{0}, {1} correction(s)</translation>
    </message>
    <message>
        <source>稿件信息</source>
        <translation>Report details</translation>
    </message>
    <message>
        <source>正文结构（{0} 个标题）</source>
        <translation>Body structure ({0} headings)</translation>
    </message>
    <message>
        <source>第 {0} 行：{1}</source>
        <translation>Line {0}: {1}</translation>
    </message>
    <message>
        <source>可能的引领句，未拆分（{0}）</source>
        <translation>Possible leads, not split ({0})</translation>
    </message>
    <message>
        <source>提示（{0}）</source>
        <translation>Notes ({0})</translation>
    </message>
    <message>
        <source>段首引领句</source>
        <translation>run-in lead</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>heading</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>第 {0} 行，{1}：{2}（把握 {3}%）</source>
        <translation>Line {0}, {1}: {2} ({3}% sure)</translation>
    </message>
    <message>
        <source>第 {0} 行，第 {1} 字：{2}</source>
        <translation>Line {0}, character {1}: {2}</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>body text</translation>
    </message>
    <message>
        <source>已导入，{0} 条提示：{1}</source>
        <translation>Imported, {0} note(s): {1}</translation>
    </message>
    <message>
        <source>可导入的文件 (*.txt *.docx *.html *.htm);;所有文件 (*)</source>
        <translation>Importable files (*.txt *.docx *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <source>剪贴板中没有文字</source>
        <translation>The clipboard holds no text</translation>
    </message>
    <message>
        <source>剪贴板</source>
        <translation>Clipboard</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../ui/menus.py" line="42"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="43"/>
        <source>新建(&amp;N)…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="44"/>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="45"/>
        <source>最近的文稿</source>
        <translation>Recent documents</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="48"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="49"/>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="50"/>
        <source>导出(&amp;E)</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="53"/>
        <source>复制到门户网站(&amp;P)</source>
        <translation>Copy for &amp;Portal</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="55"/>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="57"/>
        <source>关闭窗口</source>
        <translation>Close window</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="58"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="60"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="62"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="64"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="74"/>
        <source>查找和替换(&amp;F)…</source>
        <translation>&amp;Find and Replace…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="75"/>
        <source>加粗</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="76"/>
        <source>倾斜</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="78"/>
        <source>结构(&amp;S)</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="79"/>
        <source>新增同级标题</source>
        <translation>New heading</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="80"/>
        <source>新增下级标题</source>
        <translation>New sub-heading</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="81"/>
        <source>删除标题及其内容</source>
        <translation>Delete heading and its content</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="83"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="84"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="85"/>
        <source>升一级</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="86"/>
        <source>降一级</source>
        <translation>Indent</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="88"/>
        <source>下一节</source>
        <translation>Next section</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="89"/>
        <source>上一节</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="91"/>
        <source>层级样式</source>
        <translation>Level styles</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="94"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="96"/>
        <source>转到大纲</source>
        <translation>Go to outline</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="97"/>
        <source>转到正文</source>
        <translation>Go to text</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="99"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="100"/>
        <source>快捷键(&amp;K)…</source>
        <translation>&amp;Keyboard Shortcuts…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="101"/>
        <source>关于稿件编辑台(&amp;A)…</source>
        <translation>&amp;About Editorial Desk…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="103"/>
        <source>常用</source>
        <translation>Common</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="147"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="152"/>
        <source>第一级</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="152"/>
        <source>第二级</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="152"/>
        <source>第三级</source>
        <translation>Level 3</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="152"/>
        <source>第四级</source>
        <translation>Level 4</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="157"/>
        <source>标题单独成行</source>
        <translation>Heading on its own line</translation>
    </message>
    <message>
        <source>导入(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>粘贴为新稿件</source>
        <translation>Paste as new report</translation>
    </message>
    <message>
        <source>编号样式</source>
        <translation>Numbering style</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="158"/>
        <source>段首加粗引领句</source>
        <translation>Run-in bold lead sentence</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="166"/>
        <source>编号</source>
        <translation>Numbered</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>正在准备预览…</source>
        <translation>Preparing preview…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>大纲</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>字数</source>
        <translation>Character count</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>关于稿件编辑台</source>
        <translation>About Editorial Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>导语</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>结尾</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>落款</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>（附件 {0} 个）</source>
        <translation> ({0} attachments)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>请先把光标放在要移动的标题或其正文中</source>
        <translation>Put the cursor in the heading (or its text) you want to move first</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>已经不能再这样移动了</source>
        <translation>It cannot move further that way</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>拖动标题</source>
        <translation>Drag heading</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>全文 {0} 字</source>
        <translation>Report: {0} characters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>本节 {0} 字</source>
        <translation>Section: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>选中 {0} 字</source>
        <translation>Selected: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>按字符计数：不含空格、换行和自动生成的序号，含标点</source>
        <translation>Counted in characters: without spaces, line breaks and generated numbers, with punctuation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>升一级</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>降一级</source>
        <translation>Indent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>打开文稿</source>
        <translation>Open document</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>可打开的文件 (*.edesk *.txt *.docx *.html *.htm *.md);;稿件编辑台文稿 (*.edesk);;所有文件 (*)</source>
        <translation>Files it opens (*.edesk *.txt *.docx *.html *.htm *.md);;Editorial Desk documents (*.edesk);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>已复制正文，可直接粘贴到网站编辑器；标题、来源等请分别填写</source>
        <translation>Body copied: paste it into the portal editor; fill in title, source and the other fields separately</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>未命名文稿</source>
        <translation>Untitled document</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>保存修改？</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>“{0}”有尚未保存的修改。关闭前要保存吗？</source>
        <translation>“{0}” has unsaved changes. Save before closing?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>稿件编辑台</source>
        <translation>Editorial Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>MetaPanel</name>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>公文要素（版头、主送、附注、版记）</source>
        <translation>Official elements (masthead, recipients, note, imprint)</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>展开或收起公文要素</source>
        <translation>Show or hide official elements</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>发文机关标志</source>
        <translation>Issuing office mark</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>如 青溪县农业农村局文件；联合发文用顿号分隔</source>
        <translation>e.g. Qingxi County Agriculture Bureau Document; joint issue: separate with 、</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>签发人</source>
        <translation>Signed off by</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>上行文填写，多人用顿号分隔</source>
        <translation>For documents to a superior; separate names with 、</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>份号</source>
        <translation>Copy number</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>6 位数字，如 000123</source>
        <translation>6 digits, e.g. 000123</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>密级和保密期限</source>
        <translation>Classification and period</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>如 秘密★1年</source>
        <translation>e.g. 秘密★1年</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>特急 或 加急</source>
        <translation>特急 or 加急</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>主送机关</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>如 各乡镇人民政府，县直各单位</source>
        <translation>e.g. all township governments, county departments</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>附注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>如 （联系人：张某，电话：12345678）</source>
        <translation>e.g. (Contact: Zhang, tel. 12345678)</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>抄送机关</source>
        <translation>Copies to</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>印发机关</source>
        <translation>Printing office</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>印发日期</source>
        <translation>Printing date</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>如 2026年11月20日</source>
        <translation>e.g. 2026年11月20日</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>出席（纪要）</source>
        <translation>Present (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>请假（纪要）</source>
        <translation>Absent (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>列席（纪要）</source>
        <translation>Attending (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="40"/>
        <source>用顿号分隔</source>
        <translation>Separate with 、</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="55"/>
        <source>稿件信息（栏目、来源、作者、发布时间、关键词、摘要、文号）</source>
        <translation>Report details (column, source, author, publish time, keywords, summary, number)</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="56"/>
        <source>展开或收起稿件信息</source>
        <translation>Show or hide report details</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="69"/>
        <source>如 2026-11-20 10:30</source>
        <translation>e.g. 2026-11-20 10:30</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="70"/>
        <source>现在</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="71"/>
        <source>发布时间设为现在</source>
        <translation>Set publish time to now</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="77"/>
        <source>用顿号或逗号分隔</source>
        <translation>Separated by 、 or commas</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="87"/>
        <source>副标题</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="88"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="89"/>
        <source>来源单位</source>
        <translation>Source unit</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="90"/>
        <source>作者</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="91"/>
        <location filename="../../ui/meta_panel.py" line="101"/>
        <source>发布时间</source>
        <translation>Publish time</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="93"/>
        <source>关键词</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="94"/>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/meta_panel.py" line="95"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="46"/>
        <source>新建文稿</source>
        <translation>New document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="53"/>
        <location filename="../../ui/dialogs.py" line="75"/>
        <source>模板</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="60"/>
        <source>模板骨架预览</source>
        <translation>Template skeleton preview</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="62"/>
        <source>最近的文稿</source>
        <translation>Recent documents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="77"/>
        <source>最近的文稿（双击打开）</source>
        <translation>Recent documents (double-click to open)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="85"/>
        <source>用此模板新建</source>
        <translation>Create from this template</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/preview.py" line="119"/>
        <source>正在准备预览…</source>
        <translation>Preparing preview…</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="132"/>
        <source>预览工具栏</source>
        <translation>Preview toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="133"/>
        <source>主题 </source>
        <translation>Theme </translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="135"/>
        <source>网页主题</source>
        <translation>Page theme</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="136"/>
        <source>预览和导出网页使用的门户样式</source>
        <translation>The portal look used by the preview and the HTML export</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="141"/>
        <source>字号 </source>
        <translation>Text size </translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="149"/>
        <source>%1字号</source>
        <translation>Text size %1</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="150"/>
        <source>预览文字大小：%1</source>
        <translation>Preview text size: %1</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="229"/>
        <source>已按设置使用简化预览</source>
        <translation>Using the simple preview, as set</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="236"/>
        <source>网页预览组件无法启动（%1）</source>
        <translation>The web preview could not start (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="248"/>
        <source>。已改用简化预览，版式按“简洁”主题显示，与导出的网页略有差异；导出和编辑不受影响。</source>
        <translation>. Showing the simple preview in the plain look, which differs slightly from the exported page; editing and export are not affected.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="298"/>
        <source>预览生成失败：%1</source>
        <translation>Preview failed: %1</translation>
    </message>
</context>
<context>
    <name>ReadingColumn</name>
    <message>
        <location filename="../../ui/editors/column.py" line="97"/>
        <source>无标题</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location filename="../../ui/editors/column.py" line="99"/>
        <source>［表格：{0}，{1} 行。表格在此只显示，不能编辑］</source>
        <translation>[Table: {0}, {1} rows. Tables are shown here but cannot be edited]</translation>
    </message>
    <message>
        <location filename="../../ui/editors/column.py" line="83"/>
        <source>输入正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/editors/column.py" line="114"/>
        <source>导语</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/editors/column.py" line="116"/>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../ui/editors/column.py" line="82"/>
        <source>输入小标题</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../ui/editors/column.py" line="118"/>
        <source>结尾</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../ui/editors/column.py" line="121"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/editors/column.py" line="121"/>
        <source>落款</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../ui/editors/column.py" line="84"/>
        <source>署名单位</source>
        <translation>Signing unit</translation>
    </message>
    <message>
        <location filename="../../ui/editors/column.py" line="85"/>
        <source>成文日期，如 2026年11月20日</source>
        <translation>Date, e.g. 2026年11月20日</translation>
    </message>
    <message>
        <location filename="../../ui/editors/column.py" line="81"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="122"/>
        <source>恢复未保存的文稿</source>
        <translation>Recover unsaved documents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="127"/>
        <source>稿件编辑台上次没有正常关闭。以下文稿有自动保存的内容，可以恢复：</source>
        <translation>Editorial Desk did not close normally last time. These documents have autosaved text that can be recovered:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="130"/>
        <source>可恢复的文稿</source>
        <translation>Recoverable documents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="132"/>
        <source>未保存过的新文稿</source>
        <translation>New document, never saved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="141"/>
        <source>与已保存文件的差别</source>
        <translation>Difference from the saved file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="146"/>
        <source>恢复勾选的文稿</source>
        <translation>Recover the ticked documents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="148"/>
        <source>以后再说</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="154"/>
        <source>未勾选的副本将被删除。</source>
        <translation>Copies that are not ticked will be deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="166"/>
        <source>恢复副本无法读取：{0}</source>
        <translation>The recovery copy cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="169"/>
        <source>这是一份从未保存过的新文稿，以下是它的全部内容：</source>
        <translation>This is a new document that was never saved. Its whole text:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="171"/>
        <source>恢复的副本与已保存的文件有这些不同：</source>
        <translation>The recovered copy differs from the saved file here:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="172"/>
        <source>已保存的文件：</source>
        <translation>Saved file: </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="172"/>
        <source>恢复的副本：</source>
        <translation>Recovered copy: </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="174"/>
        <source>（没有差别）</source>
        <translation>(no difference)</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <location filename="../../ui/report_editor.py" line="59"/>
        <source>修改稿件信息</source>
        <translation>Edit report details</translation>
    </message>
    <message>
        <location filename="../../ui/report_editor.py" line="63"/>
        <source>修改附件</source>
        <translation>Edit attachments</translation>
    </message>
    <message>
        <location filename="../../ui/report_editor.py" line="90"/>
        <source>删除空段落</source>
        <translation>Delete empty paragraph</translation>
    </message>
    <message>
        <location filename="../../ui/report_editor.py" line="97"/>
        <source>新增段落</source>
        <translation>New paragraph</translation>
    </message>
    <message>
        <location filename="../../ui/report_editor.py" line="121"/>
        <source>新增下级标题</source>
        <translation>New sub-heading</translation>
    </message>
    <message>
        <location filename="../../ui/report_editor.py" line="121"/>
        <source>新增标题</source>
        <translation>New heading</translation>
    </message>
    <message>
        <location filename="../../ui/report_editor.py" line="125"/>
        <source>删除标题及其内容</source>
        <translation>Delete heading and its content</translation>
    </message>
    <message>
        <location filename="../../ui/report_editor.py" line="133"/>
        <source>修改层级样式</source>
        <translation>Change level style</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/review_panel.py" line="76"/>
        <source>审校状态</source>
        <translation>Review status</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="82"/>
        <source>按规则</source>
        <translation>By rule</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="82"/>
        <source>按章节</source>
        <translation>By section</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="86"/>
        <source>审校结果</source>
        <translation>Review findings</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="89"/>
        <source>修正</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="90"/>
        <source>全部修正此类</source>
        <translation>Fix All of This Rule</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="91"/>
        <source>忽略</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="95"/>
        <source>与历史版本比较…</source>
        <translation>Compare with…</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="111"/>
        <source>审校</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="112"/>
        <source>批注</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="114"/>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="152"/>
        <source>审校未能完成：{0}</source>
        <translation>The review could not finish: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="172"/>
        <source>未发现问题</source>
        <translation>No problems found</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="228"/>
        <source>审校与批注</source>
        <translation>Review and Comments</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="232"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="232"/>
        <source>送审</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="232"/>
        <source>退回修改</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="233"/>
        <source>已审定</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="236"/>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="236"/>
        <source>警告</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="237"/>
        <source>提示</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="269"/>
        <source>审校修正</source>
        <translation>Review Fix</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="277"/>
        <source>全部修正：{0}</source>
        <translation>Fix All: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="287"/>
        <source>忽略审校结果</source>
        <translation>Ignore Finding</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="296"/>
        <source>审校状态：{0}</source>
        <translation>Review Status: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="222"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="238"/>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="247"/>
        <source>单位名称（默认来源单位）</source>
        <translation>Unit name (default source)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="226"/>
        <source>留空则按来源单位推断</source>
        <translation>Leave empty to derive it from the source unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="227"/>
        <source>显示在预览和导出网页的页头、页脚，如“青溪县人民政府门户网站”</source>
        <translation>Shown in the header and footer of the preview and the exported page, e.g. “青溪县人民政府门户网站”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="248"/>
        <source>门户网站名称</source>
        <translation>Portal name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="249"/>
        <source>栏目列表（每行一个）</source>
        <translation>Columns (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="250"/>
        <source>默认模板</source>
        <translation>Default template</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="251"/>
        <source>自动保存间隔</source>
        <translation>Autosave interval</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="252"/>
        <source>界面语言（重启后生效）</source>
        <translation>Interface language (after restart)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="276"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="277"/>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="278"/>
        <source>一级标题</source>
        <translation>Level 1 heading</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="279"/>
        <source>二级标题</source>
        <translation>Level 2 heading</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="280"/>
        <source>三级标题</source>
        <translation>Level 3 heading</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="281"/>
        <source>四级标题</source>
        <translation>Level 4 heading</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="282"/>
        <source>页码</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="283"/>
        <source>数字和西文</source>
        <translation>Digits and Latin text</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="298"/>
        <source>Word 导出字体</source>
        <translation>Word export fonts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="303"/>
        <source>留空即用 Word 版式“{0}”的字体。本机没有的字体，Word 会用别的字体代替，换行位置随之变化。</source>
        <translation>Leave a role empty to use the font of the Word layout “{0}”. Word draws a font this computer lacks in another font, which moves the line breaks.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="322"/>
        <source>默认：{0}</source>
        <translation>Default: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="324"/>
        <source>（本机未安装）</source>
        <translation> (not installed here)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="326"/>
        <source>{0}字体</source>
        <translation>{0} font</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="368"/>
        <source>设置没有保存：{0}
请检查配置文件夹能否写入，或把设置另行告知信息中心。</source>
        <translation>The settings were not saved: {0}
Check that the configuration folder is writable, or pass the settings on to your IT staff.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="367"/>
        <source>无法保存设置</source>
        <translation>Cannot save settings</translation>
    </message>
</context>
<context>
    <name>SimpleSurface</name>
    <message>
        <location filename="../../ui/preview.py" line="57"/>
        <source>简化预览</source>
        <translation>Simple preview</translation>
    </message>
</context>
<context>
    <name>TextKeys</name>
    <message>
        <location filename="../../ui/text_keys.py" line="37"/>
        <source>无法粘贴</source>
        <translation>Cannot paste</translation>
    </message>
    <message>
        <location filename="../../ui/text_keys.py" line="40"/>
        <source>输入文字</source>
        <translation>Typing</translation>
    </message>
</context>
<context>
    <name>WebSurface</name>
    <message>
        <location filename="../../ui/preview_web.py" line="99"/>
        <source>网页预览</source>
        <translation>Web preview</translation>
    </message>
    <message>
        <location filename="../../ui/preview_web.py" line="148"/>
        <source>网页预览进程意外退出（代码 %1）</source>
        <translation>The web preview process stopped unexpectedly (code %1)</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../ui/commands.py" line="161"/>
        <source>分段</source>
        <translation>Split paragraph</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="183"/>
        <source>合并段落</source>
        <translation>Join paragraphs</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于稿件编辑台</source>
        <translation>About Editorial Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;稿件编辑台 %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Editorial Desk %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>离线撰写政务网站稿件和公文，预览门户网站效果，导出 Word 和网页。不联网。</source>
        <translation>Write government portal reports and official documents offline, preview them as the portal shows them, export to Word and web pages. No network.</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt 版本</source>
        <translation>Qt version</translation>
    </message>
    <message>
        <source>Python 版本</source>
        <translation>Python version</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>设置文件夹</source>
        <translation>Settings folder</translation>
    </message>
    <message>
        <source>日志文件夹</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>恢复副本文件夹</source>
        <translation>Recovery copies folder</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>把以上信息复制到剪贴板，便于报告问题</source>
        <translation>Copy the above to the clipboard for a problem report</translation>
    </message>
    <message>
        <source>稿件编辑台</source>
        <translation>Editorial Desk</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>稿件编辑台遇到了一个意外错误：{0}

打开的文稿没有丢失，已写入恢复副本；建议先保存文稿。
如问题再次出现，请把日志文件交给信息技术人员：
{1}</source>
        <translation>Editorial Desk met an unexpected error: {0}

Your open documents are not lost: recovery copies have been written. Save your document now.
If this happens again, give the log file to your IT staff:
{1}</translation>
    </message>
</context>
</TS>
