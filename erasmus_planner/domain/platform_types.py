"""Organisation types as the Erasmus+ Project Results export writes them, mapped to ours.

The pairs are data (``resources/funded/organisation-types.toml``), each with its source and
confidence. A label that is not listed becomes ``other`` and the label itself is kept with the
organisation, so the window and the audit can show what the file said: never a guess.
"""

from __future__ import annotations

import re
from functools import cache

from erasmus_planner.domain.resources import load_toml
from erasmus_planner.domain.values import Value
from erasmus_planner.domain.vocabulary import ORG_TYPE_IDS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

OTHER: Final = "other"
RESOURCE: Final = ("funded", "organisation-types.toml")

# En dash, em dash, minus sign, figure dash and hyphen read as one; curly apostrophes as straight.
_DASHES: Final = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2012": "-", "\u2010": "-", "\u2019": "'"})
_SPACES: Final = re.compile(r"\s+")
_AROUND_DASH: Final = re.compile(r"\s*-\s*")


def normalise_label(text: str) -> str:
    """The form labels are compared in: one kind of dash, single spaces, case folded.

    ``centre - General`` and ``centre – General`` and ``Centre–general`` are the same label."""
    text = _SPACES.sub(" ", text.translate(_DASHES)).strip().casefold()
    return _AROUND_DASH.sub(" - ", text)


class TypeMapping(Value):
    """One platform label and the type id it stands for, with where that pairing comes from."""

    __slots__ = _fields = ("label", "id", "confidence", "source")

    label: str
    id: str
    confidence: str
    source: str

    def __init__(self, label: str, id: str, confidence: str, source: str) -> None:
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "confidence", confidence)
        object.__setattr__(self, "source", source)


@cache
def mappings() -> dict[str, TypeMapping]:
    """Every mapped label, by its normalised form."""
    table: dict[str, TypeMapping] = {}
    for raw in load_toml(*RESOURCE)["type"]:
        mapping = TypeMapping(raw["label"], raw["id"], raw["confidence"], raw["source"])
        if mapping.id not in ORG_TYPE_IDS:  # a typo in the data file must not reach a plan
            raise ValueError(f"{'/'.join(RESOURCE)}: {mapping.label!r} maps to unknown type {mapping.id!r}")
        table[normalise_label(mapping.label)] = mapping
    return table


def mapping_for(label: str) -> TypeMapping | None:
    """The mapping of a platform label, or None when the label is not one we map."""
    return mappings().get(normalise_label(label))


def type_for(label: str) -> str:
    """Our type id for a platform label; ``other`` for an empty or unknown label."""
    found = mapping_for(label)
    return found.id if found is not None else OTHER


def is_mapped(label: str) -> bool:
    """True when the label is one we map (``Other`` included: that is what the file says)."""
    return mapping_for(label) is not None
