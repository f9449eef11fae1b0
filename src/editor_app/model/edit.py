"""Structure edits on the report tree, addressed by node paths, for the window's undo commands.

A path is a tuple of sibling indexes from the top: ``(1, 0)`` is the first sub-theme of the second section.
Every function moves the node objects themselves (never copies), so an undo command that keeps a node can put
the very same object back, and editors keyed by object identity stay attached to their text.
"""

from __future__ import annotations

from .report import MAX_LEVELS, Attachment, Node, Report

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


def insert_node(report: Report, parent: Path, index: int, node: Node) -> Path:
    if len(parent) + subtree_height(node) > MAX_LEVELS:
        raise EditRefused(f"最多只能有 {MAX_LEVELS} 级标题")
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
    if len(parent) + subtree_height(node_at(report, path)) > MAX_LEVELS:
        raise EditRefused(f"最多只能有 {MAX_LEVELS} 级标题")


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
    if len(new_parent) + subtree_height(node_at(report, path)) > MAX_LEVELS:
        return None
    return new_parent, len(node_at(report, new_parent).children)


def outdent_target(report: Report, path: Path) -> tuple[Path, int] | None:
    """Outdent: the node becomes the sibling right after its parent; its own children go with it."""
    if len(path) < 2:
        return None
    return path[:-2], path[-2] + 1


def renamed_attachments(attachments: list[Attachment], names: list[str]) -> list[Attachment]:
    """The attachments after the writer retyped their names (one a line): each keeps its body by position, so
    renaming never loses an attachment's text; new names get empty bodies."""
    return [Attachment(name, attachments[i].content if i < len(attachments) else []) for i, name in enumerate(names)]
