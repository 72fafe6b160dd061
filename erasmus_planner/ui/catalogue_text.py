"""Names and descriptions from the rules catalogue (actions, lots, project types) as shown.

The catalogue's texts are data (``resources/rules/*.toml``), translated by the domain's
catalogues (context "vocabulary") where they have them, otherwise shown in English, as written
in the Programme Guides. The interface asks here, never the catalogue objects directly, so there
is one place that knows where those translations live.
"""

from __future__ import annotations

from typing import Any

from erasmus_planner.domain.catalogue import ActionDef, Catalogue
from erasmus_planner.ui.labels import vocabulary


def action_name(action: ActionDef) -> str:
    return vocabulary(action.name)


def action_description(action: ActionDef) -> str:
    return vocabulary(action.description)


def lot_name(action: ActionDef, lot: Any) -> str:
    return vocabulary(lot.name)


def variant_name(action: ActionDef, variant: Any) -> str:
    return vocabulary(variant.name)


def rule_title(catalogue: Catalogue, rule_id: str) -> str:
    return vocabulary(catalogue.title(rule_id))
