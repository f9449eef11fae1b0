"""Structure edits on the report: sections addressed by node paths, paragraphs by their list and index.

A path is a tuple of sibling indexes from the top: ``(1, 0)`` is the first sub-theme of the second section.
Every function moves the objects themselves (never copies), so an undo command that keeps a node or paragraph
can put the very same object back, and editors keyed by object identity stay attached to their text. The window's
undo commands change the report only through these functions; the rule of four levels lives here alone.
"""

from __future__ import annotations

from .inline import join_markup, plain
from .records import replace
from .report import MAX_LEVELS, Attachment, Content, LevelStyle, Node, Paragraph, Placement, Report

Path = tuple[int, ...]


class EditRefused(ValueError):
    """The edit would break the report's shape (e.g. a fifth level); the message is Chinese."""


def siblings(report: Report, parent: Path) -> list[Node]:
    """The list that holds the children of ``parent`` (``()`` is the top level)."""
    nodes = report.nodes
    for index in parent:
        nodes = nodes[index].children
    return nodes


def node_at(report: Report, path: Path) -> Node:
    if not path:
        raise IndexError("the empty path names no node")
    return siblings(report, path[:-1])[path[-1]]


def path_of(report: Report, node: Node) -> Path | None:
    """Where ``node`` (by identity) stands in the tree, or None."""

    def walk(nodes: list[Node], prefix: Path) -> Path | None:
        for index, child in enumerate(nodes):
            here = (*prefix, index)
            if child is node:
                return here
            found = walk(child.children, here)
            if found is not None:
                return found
        return None

    return walk(report.nodes, ())


def subtree_height(node: Node) -> int:
    """1 for a node without children, 2 with children, and so on."""
    return 1 + max((subtree_height(child) for child in node.children), default=0)


def _check_depth(parent: Path, node: Node) -> None:
    if len(parent) + subtree_height(node) > MAX_LEVELS:
        raise EditRefused(f"最多只能有 {MAX_LEVELS} 级标题")


def insert_node(report: Report, parent: Path, index: int, node: Node) -> Path:
    _check_depth(parent, node)
    nodes = siblings(report, parent)
    index = max(0, min(index, len(nodes)))
    nodes.insert(index, node)
    return (*parent, index)


def remove_node(report: Report, path: Path) -> Node:
    return siblings(report, path[:-1]).pop(path[-1])


def move_node(report: Report, path: Path, parent: Path, index: int) -> Path:
    """Move the node at ``path`` to be child ``index`` of ``parent`` (the index counts after its removal).

    Returns its new path. Refuses moves into its own subtree and moves past the deepest level.
    """
    check_move(report, path, parent)
    node = node_at(report, path)
    remove_node(report, path)
    # Removing the node shifts the target parent's path when they share a list before it.
    parent = _after_removal(parent, path)
    return insert_node(report, parent, index, node)


def check_move(report: Report, path: Path, parent: Path) -> None:
    """Raise EditRefused when the node at ``path`` may not become a child of ``parent``."""
    if parent[: len(path)] == path:
        raise EditRefused("不能把标题移到它自己的下级")
    _check_depth(parent, node_at(report, path))


def _after_removal(target: Path, removed: Path) -> Path:
    depth = len(removed) - 1
    if len(target) > depth and target[:depth] == removed[:depth] and target[depth] > removed[depth]:
        return (*target[:depth], target[depth] - 1, *target[depth + 1 :])
    return target


def move_target_up(report: Report, path: Path) -> tuple[Path, int] | None:
    """Where Alt+Up puts a node: one place earlier among its siblings."""
    return (path[:-1], path[-1] - 1) if path[-1] > 0 else None


def move_target_down(report: Report, path: Path) -> tuple[Path, int] | None:
    return (path[:-1], path[-1] + 1) if path[-1] + 1 < len(siblings(report, path[:-1])) else None


def indent_target(report: Report, path: Path) -> tuple[Path, int] | None:
    """Indent: the node becomes the last child of its previous sibling (one level deeper)."""
    if path[-1] == 0:
        return None
    new_parent = (*path[:-1], path[-1] - 1)
    try:
        _check_depth(new_parent, node_at(report, path))
    except EditRefused:
        return None
    return new_parent, len(node_at(report, new_parent).children)


def outdent_target(report: Report, path: Path) -> tuple[Path, int] | None:
    """Outdent: the node becomes the sibling right after its parent; its own children go with it."""
    if len(path) < 2:
        return None
    return path[:-2], path[-2] + 1


def new_section(report: Report, path: Path | None, *, child: bool) -> tuple[Path, int, Node]:
    """Where Ctrl+Enter (a sibling after ``path``) or Ctrl+Shift+Enter (its last child) puts a fresh section,
    and the section itself: a run-in level starts with the paragraph its lead sentence opens.

    Without ``path`` the section goes last at the top level. Raises EditRefused past the deepest level.
    """
    if path is None:
        parent, index = (), len(report.nodes)
    elif child:
        parent, index = path, len(node_at(report, path).children)
    else:
        parent, index = path[:-1], path[-1] + 1
    runin = report.level_style(len(parent) + 1).placement is Placement.RUNIN
    fresh = Node("", [Paragraph("")] if runin else [])
    _check_depth(parent, fresh)
    return parent, index, fresh


def insert_content(items: list[Content], index: int, new: list[Content]) -> None:
    """Put paragraphs (or tables) into a paragraph list before ``index``."""
    items[index:index] = new


def remove_content(items: list[Content], index: int, count: int = 1) -> list[Content]:
    """Take ``count`` items out of a paragraph list from ``index``; returns them for the undo."""
    removed = items[index : index + count]
    del items[index : index + count]
    return removed


def split_paragraph(items: list[Content], index: int, first: str, rest: list[Paragraph]) -> str:
    """Enter (or a paste of several lines) in paragraph ``index``: it keeps ``first`` and ``rest`` follow it.
    Returns the paragraph's text before, for the undo."""
    paragraph = items[index]
    assert isinstance(paragraph, Paragraph)
    old, paragraph.text = paragraph.text, first
    insert_content(items, index + 1, list(rest))
    return old


def can_merge_back(items: list[Content], index: int) -> bool:
    """Backspace at the start of paragraph ``index`` may join it to the one before (both paragraphs)."""
    return 0 < index < len(items) and isinstance(items[index - 1], Paragraph) and isinstance(items[index], Paragraph)


def merge_paragraph(items: list[Content], index: int) -> tuple[str, int]:
    """Join paragraph ``index`` to the one before; returns the earlier paragraph's old text and where, in its
    visible text, the join is (the cursor goes there)."""
    previous, item = items[index - 1], items[index]
    assert isinstance(previous, Paragraph) and isinstance(item, Paragraph)
    old = previous.text
    previous.text = join_markup(old, item.text)
    remove_content(items, index)
    return old, len(plain(old))


def set_level_style(report: Report, level: int, style: LevelStyle) -> LevelStyle:
    """Give ``level`` its own style (the scheme grows to reach it); returns the style it had."""
    while len(report.levels) < level:
        report.levels.append(replace(report.levels[-1]))
    old = report.levels[level - 1]
    report.levels[level - 1] = replace(style)
    return old


def renamed_attachments(attachments: list[Attachment], names: list[str]) -> list[Attachment]:
    """The attachments after the writer retyped their names (one a line): each keeps its body by position, so
    renaming never loses an attachment's text; new names get empty bodies."""
    return [Attachment(name, attachments[i].content if i < len(attachments) else []) for i, name in enumerate(names)]
