"""Errors the domain (and the layers under the window) raise for input a user can correct.

An error's words are a ``Message``: an English template and its values, rendered in the
user's language only when shown (``PlanError.text(wording)``), the way findings are. The
template is the key of its translation in the catalogues' ``errors`` context
(``resources/translations/rules_*.ts``); tools/update_translations.py collects every template
written as the first argument of ``PlanError(...)``, its subclasses, ``Message(...)`` and
``RowProblem`` messages, and a test refuses a PlanError built from an f-string, whose words no
catalogue could ever hold.

Plain classes with ``__slots__``: this module is imported by every ``check`` process.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~3 ms of every check)
if TYPE_CHECKING:
    from typing import Any, Protocol

    class Translator(Protocol):
        """What rendering needs of ``domain.wording.Wording`` (kept apart so this module imports nothing)."""

        def tr(self, text: str, context: str) -> str: ...


ERRORS = "errors"  # the catalogue context of every template here


class Message:
    """An English template with ``{named}`` fields and their values, rendered later.

    A value may itself be a ``Message`` (a translatable fragment: "partner 3 (Name)", "; did you
    mean 'PL'?"), a ``PlanError`` (a cause inside a sentence), or anything else with a
    ``render(wording)`` method (a country's name), rendered in the same language.
    A template without values is never formatted, so braces in it stay as written. A translation
    that names a field the English does not have falls back to English rather than failing: a
    typo in a catalogue must never hide an error message.
    """

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: Any) -> None:
        self.template = template
        self.values = values

    def render(self, wording: Translator | None = None) -> str:
        if not self.values:
            return wording.tr(self.template, ERRORS) if wording is not None else self.template
        values = {key: _rendered(value, wording) for key, value in self.values.items()}
        if wording is not None:
            try:
                return wording.tr(self.template, ERRORS).format(**values)
            except (KeyError, IndexError, ValueError, AttributeError):
                pass
        return self.template.format(**values)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.values!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (other.template, other.values) == (self.template, self.values)

    def __hash__(self) -> int:
        return hash(self.template)


def _rendered(value: Any, wording: Translator | None) -> Any:
    if isinstance(value, PlanError):
        return value.message.render(wording)
    if isinstance(value, (str, int)):
        return value
    render = getattr(value, "render", None)
    return render(wording) if render is not None else value


def render(value: str | Message, wording: Translator | None = None) -> str:
    """A problem text that may be plain English (older callers) or a ``Message``."""
    return value.render(wording) if isinstance(value, Message) else value


class PlanError(ValueError):
    """A plan (or a piece of one) is not valid; the message says what would be.

    ``PlanError("unknown role {role!r}; valid roles: {valid}", role=role, valid=...)`` keeps the
    template and values (``message``); ``str(error)`` and ``detail`` are English, for logs, the
    command line and tests; ``text(wording)`` is what a window in another language shows.
    ``source`` (a file, a folder) is put in front unchanged: paths are never translated.
    """

    def __init__(self, message: str | Message, *, source: str | None = None, **values: Any) -> None:
        self.message = message if isinstance(message, Message) else Message(message, **values)
        self.source = source
        self.detail = self.message.render()
        super().__init__(f"{source}: {self.detail}" if source else self.detail)

    def text(self, wording: Translator | None = None) -> str:
        """The whole message, ``source: …`` included, in ``wording``'s language."""
        detail = self.message.render(wording)
        return f"{self.source}: {detail}" if self.source else detail
