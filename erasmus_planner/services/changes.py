"""What an operation changed, so the interface redraws only what it must (Anki's ``OpChanges``).

Every mutating use case returns one ``Changes``; the window turns it into one refresh signal and
each view looks at the flags it cares about. Nobody has to remember to emit anything.
"""

from __future__ import annotations

from erasmus_planner.domain.values import Value


class Changes(Value):  # a plain value, not a dataclass: imported before the window's first paint
    __slots__ = _fields = ("partners", "header", "document")

    partners: bool  # the partner list (rows added, edited, removed, reordered)
    header: bool  # title, call year, action, field, lot, variant, duration
    document: bool  # a different plan, a new path, saved state or read-only flag

    def __init__(self, partners: bool = False, header: bool = False, document: bool = False) -> None:
        set_ = object.__setattr__
        set_(self, "partners", partners)
        set_(self, "header", header)
        set_(self, "document", document)

    @property
    def any(self) -> bool:
        return self.partners or self.header or self.document

    @property
    def affects_report(self) -> bool:
        """Whether the verdict, findings, agency and suggestions may differ."""
        return self.partners or self.header or self.document

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            partners=self.partners or other.partners,
            header=self.header or other.header,
            document=self.document or other.document,
        )


NOTHING = Changes()
PARTNERS = Changes(partners=True)
HEADER = Changes(header=True)
DOCUMENT = Changes(document=True)
EVERYTHING = Changes(partners=True, header=True, document=True)
