"""Record classes: what ``dataclasses`` gave us (``__init__``, ``__repr__``, ``__eq__``, frozen instances,
``field``, ``fields``, ``replace``, ``asdict``) for a command-line start that skips its cost (issue #13).

Python 3.11's ``dataclasses`` imports ``inspect`` (with ``ast``, ``dis``, ``tokenize``) and compiles each
generated method on its own: about 40 ms of a 50 KB export. A record shares one ``__eq__``, ``__hash__`` and
``__repr__`` with every other (they read the class's fields) and compiles its ``__init__`` when first created.
It supports what this program uses: fields from the class's annotations, defaults, ``field(default_factory=…,
compare=False, repr=False)``, ``__post_init__``, ``frozen=True`` (hashable and immutable), and methods the class
writes itself win over generated ones. No inheritance between records.
"""

from __future__ import annotations

from operator import attrgetter

_MISSING = object()  # no default, no factory


class FrozenRecordError(AttributeError):
    """Assigning to or deleting an attribute of a frozen record."""


class Field:
    """One field of a record: its name, annotation (a string), default or default factory, and whether it takes
    part in equality (and hash) and in the repr."""

    __slots__ = ("compare", "default", "default_factory", "name", "repr", "type")

    def __init__(self, default=_MISSING, default_factory=_MISSING, compare: bool = True, repr: bool = True) -> None:
        self.name, self.type = "", ""
        self.default, self.default_factory, self.compare, self.repr = default, default_factory, compare, repr


def field(*, default=_MISSING, default_factory=_MISSING, compare: bool = True, repr: bool = True):
    """A field's options, written where its default would stand (as ``dataclasses.field``)."""
    return Field(default, default_factory, compare, repr)


def _init_source(cls: type, frozen: bool) -> str:
    """``__init__`` of ``cls`` as Python source, for ``exec`` with the defaults and factories at hand."""
    params, body = [], []
    for item in cls.__record_fields__:
        name = item.name
        if item.default_factory is not _MISSING:
            params.append(f"{name}=_MISSING")
            value = f"_factory_{name}() if {name} is _MISSING else {name}"
        else:
            params.append(name if item.default is _MISSING else f"{name}=_default_{name}")
            value = name
        body.append(f"_fields[{name!r}] = {value}" if frozen else f"self.{name} = {value}")
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    if frozen:  # past the refusing __setattr__: straight into the instance dict, twice as quick as object.__setattr__
        body.insert(0, "_fields = self.__dict__")
    return "\n    ".join([f"def __init__(self, {', '.join(params)}):", *body, "pass"])


def _compiled_init(cls: type, frozen: bool):
    """The real ``__init__``, compiled when the class is first instantiated: a command-line export defines some
    thirty records and creates only some of them."""
    namespace: dict = {"_MISSING": _MISSING}
    for item in cls.__record_fields__:
        namespace[f"_default_{item.name}"] = item.default
        namespace[f"_factory_{item.name}"] = item.default_factory
    exec(_init_source(cls, frozen), namespace)  # our own source, once per class
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _first_init(cls: type, frozen: bool):
    def __init__(self, *args, **kwargs) -> None:
        if cls.__init__ is __init__:
            cls.__init__ = _compiled_init(cls, frozen)
        cls.__init__(self, *args, **kwargs)

    return __init__


# The other methods are shared by every record; they read the class's fields.


def _eq(self, other) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return self.__record_key__(self) == self.__record_key__(other)


def _hash(self) -> int:
    return hash(self.__record_key__(self))


def _repr(self) -> str:
    shown = ", ".join(f"{item.name}={getattr(self, item.name)!r}" for item in self.__record_fields__ if item.repr)
    return f"{type(self).__qualname__}({shown})"


def _refuse_set(self, name: str, value) -> None:
    raise FrozenRecordError(f"cannot assign to field {name!r}")


def _refuse_delete(self, name: str) -> None:
    raise FrozenRecordError(f"cannot delete field {name!r}")


def _make(cls: type, frozen: bool) -> type:
    items = []
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():  # noqa: RUF063 - no inspect
        value = cls.__dict__.get(name, _MISSING)
        item = value if isinstance(value, Field) else Field(default=value)
        item.name, item.type = name, annotation
        if item.default is _MISSING:
            if name in cls.__dict__:
                delattr(cls, name)
        else:
            setattr(cls, name, item.default)
        items.append(item)
    cls.__record_fields__ = tuple(items)
    compared = [item.name for item in items if item.compare]
    cls.__record_key__ = attrgetter(*compared) if compared else lambda _: ()
    methods = {"__init__": _first_init(cls, frozen), "__repr__": _repr, "__eq__": _eq}
    if frozen:
        methods |= {"__hash__": _hash, "__setattr__": _refuse_set, "__delattr__": _refuse_delete}
    else:
        methods["__hash__"] = None  # mutable and compared by value: unhashable, as a dataclass
    for name, method in methods.items():
        if name not in cls.__dict__:
            setattr(cls, name, method)
    return cls


def record(cls: type | None = None, /, *, frozen: bool = False):
    """Class decorator, used as ``@record`` or ``@record(frozen=True)``."""
    if cls is None:
        return lambda cls: _make(cls, frozen)
    return _make(cls, frozen)


def fields(record_or_class) -> tuple[Field, ...]:
    """The fields of a record class or instance, in declaration order."""
    return record_or_class.__record_fields__


def replace(item, **changes):
    """A copy of the record ``item`` with the given fields changed (``__post_init__`` runs again)."""
    values = {each.name: getattr(item, each.name) for each in item.__record_fields__}
    return type(item)(**{**values, **changes})


def asdict(item) -> dict:
    """The record as a dict, records, lists, tuples and dicts inside it converted and copied likewise."""
    return _plain(item)


def _plain(value):
    if hasattr(type(value), "__record_fields__"):
        return {each.name: _plain(getattr(value, each.name)) for each in value.__record_fields__}
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(each) for each in value)
    if isinstance(value, dict):
        return {_plain(key): _plain(each) for key, each in value.items()}
    return value
