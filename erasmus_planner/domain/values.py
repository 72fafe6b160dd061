"""The base of the domain's immutable values, without ``dataclasses``.

Every ``check`` process imports the domain, and ``@dataclass`` both imports ``inspect`` (with
``ast``, ``dis``, ``tokenize``…) and writes each class's methods as source code it ``exec``s:
about half a millisecond per class, twenty classes, plus the imports — a third of a ``check``
process before it had read anything. A ``Value`` subclass lists its fields once and writes its
own ``__init__``; the rest is shared here and behaves like a frozen dataclass:

- equality compares the fields (except those in ``_uncompared``) of two values of the same
  class; ``hash`` hashes the same fields; ``repr`` is ``Name(field=value, …)``;
- assigning or deleting an attribute raises ``AttributeError`` (the dataclass error is a
  subclass of it); ``__init__`` sets fields with ``object.__setattr__``;
- ``replace(**changes)`` is ``dataclasses.replace``: a new value with every field carried over
  (the partner id too) except those changed;
- ``copy``, ``deepcopy`` and ``pickle`` rebuild a value through its ``__init__``.

A subclass declares ``__slots__ = _fields = ("a", "b", …)`` (constructor order) and adds
``"__dict__"`` to ``__slots__`` only when it uses ``functools.cached_property``.
"""

from __future__ import annotations

from operator import attrgetter

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Self


def _getter(names: tuple[str, ...]) -> Callable[[object], tuple[object, ...]]:
    """The named attributes of an object as a tuple (at C speed: ``attrgetter``)."""
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda value: (one(value),)
    return attrgetter(*names)  # type: ignore[return-value]


class Value:
    __slots__ = ()
    _fields: tuple[str, ...] = ()
    # Fields left out of equality and hashing (``Organisation.id``: two organisations with the
    # same data are equal whatever identity the open plan gave them).
    _uncompared: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls._key = staticmethod(_getter(tuple(f for f in cls._fields if f not in cls._uncompared)))  # type: ignore[assignment]
        cls._values = staticmethod(_getter(cls._fields))  # type: ignore[assignment]

    # Per class, set by __init_subclass__: the compared fields and all fields of a value, as tuples.
    @staticmethod
    def _key(value: Value) -> tuple[object, ...]:
        return ()

    @staticmethod
    def _values(value: Value) -> tuple[object, ...]:
        return ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key(self) == self._key(other)  # type: ignore[arg-type]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key(self))

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self._values(self)))
        return f"{self.__class__.__qualname__}({values})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return self.__class__, self._values(self)

    def replace(self, **changes: object) -> Self:
        """A copy with ``changes`` applied (``dataclasses.replace``): unknown names raise TypeError."""
        values = dict(zip(self._fields, self._values(self)))
        values.update(changes)
        return self.__class__(**values)
