"""Records behave as the dataclasses they replaced: documents compare, print, copy and stay immutable where they
must (a finding or a block used as a dict key, a snapshot that must not share lists with the live report)."""

from __future__ import annotations

import pytest

from editor_app.model.records import FrozenRecordError, asdict, field, fields, record, replace


@record
class Item:
    name: str
    tags: list[str] = field(default_factory=list)
    note: str = field(default="", compare=False, repr=False)
    size: int = 0

    def __post_init__(self) -> None:
        self.name = self.name.strip()


@record(frozen=True)
class Mark:
    start: int
    end: int = 0
    owner: object = field(default=None, compare=False)


def test_init_defaults_factories_and_post_init():
    first, second = Item(" a "), Item("b", size=2)
    first.tags.append("x")
    assert (first.name, first.tags, second.tags, second.size, first.note) == ("a", ["x"], [], 2, "")
    with pytest.raises(TypeError):
        Item()


def test_equality_repr_and_hash_follow_the_compared_fields():
    assert Item("a", note="one") == Item("a", note="two") != Item("a", ["t"])
    assert repr(Item("a", ["t"])) == "Item(name='a', tags=['t'], size=0)"
    assert Mark(1, 2, owner="x") == Mark(1, 2, owner="y")
    assert len({Mark(1, 2, owner="x"), Mark(1, 2, owner="y"), Mark(1)}) == 2
    with pytest.raises(TypeError):
        hash(Item("a"))


def test_frozen_records_refuse_changes():
    mark = Mark(1)
    with pytest.raises(FrozenRecordError):
        mark.start = 2
    with pytest.raises(AttributeError):
        del mark.end


def test_fields_replace_and_asdict():
    item = Item("a", ["t"], "n", 3)
    assert [(f.name, f.type) for f in fields(Item)] == [
        ("name", "str"),
        ("tags", "list[str]"),
        ("note", "str"),
        ("size", "int"),
    ]
    copy = replace(item, size=4)
    assert (copy.name, copy.tags, copy.size) == ("a", ["t"], 4) and copy.tags is item.tags
    plain = asdict(item)
    assert plain == {"name": "a", "tags": ["t"], "note": "n", "size": 3} and plain["tags"] is not item.tags
    with pytest.raises(TypeError):
        replace(item, colour="red")
