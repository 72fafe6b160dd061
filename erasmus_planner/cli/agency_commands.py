"""``agency`` (who takes an application, and why) and ``actions`` (the rule catalogue)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from erasmus_planner.cli.check_commands import add_language_option
from erasmus_planner.domain import countries
from erasmus_planner.domain.agencies import resolve_agency
from erasmus_planner.domain.catalogue import (
    FIRST_YEAR,
    LAST_YEAR,
    ActionDef,
    load_catalogue,
)
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.vocabulary import (
    COMMUNITIES,
    FIELD_LABELS,
    FIELDS,
    ORG_TYPE_IDS,
)
from erasmus_planner.domain.wording import wording


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year; use {FIRST_YEAR}-{LAST_YEAR}") from None
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"{year} is outside the calls this planner knows ({FIRST_YEAR}-{LAST_YEAR})")
    return year


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    a = sub.add_parser(
        "agency",
        help="name the agency an application goes to, and why",
        description="Name the agency that receives an application, from the applicant's country, the action, field and call year.",
    )
    a.add_argument("--country", required=True, metavar="CC", help="the applicant's country (ISO code; EL and UK accepted)")
    a.add_argument("--action", required=True, metavar="ACTION", help="action id or official code (e.g. strategic-partnership, KA203, KA220-YOU)")
    a.add_argument("--field", choices=FIELDS, help="field of education, training or youth")
    a.add_argument("--year", type=_year, metavar="Y", help="call year (default: the action's latest)")
    a.add_argument("--community", choices=COMMUNITIES, help="Belgian applicants: language community")
    a.add_argument("--type", dest="org_type", choices=ORG_TYPE_IDS, metavar="TYPE", help="the applicant's organisation type (european-ngo changes the route from 2021)")
    a.add_argument("--json", action="store_true", help="print the answer as JSON")
    add_language_option(a, "the reason (JSON keys stay English)")
    a.set_defaults(handler=run_agency)

    c = sub.add_parser(
        "actions",
        help="list actions, fields, lots and their rules, with sources",
        description="List the actions, their fields, lots and variants, and every rule with its source and confidence.",
    )
    c.add_argument("--year", type=_year, metavar="Y", help="only what is open in this call year")
    c.add_argument("--json", action="store_true", help="print the catalogue as JSON")
    c.set_defaults(handler=run_actions)


def run_agency(args: argparse.Namespace) -> int:
    catalogue = load_catalogue()
    resolved = catalogue.resolve_code(args.action)
    if resolved is None:
        raise PlanError(f"unknown action {args.action!r}; valid actions: {', '.join(catalogue.actions)}")
    action_id, implied_field = resolved
    action = catalogue.action(action_id)
    field = args.field or implied_field
    if implied_field and args.field and args.field != implied_field:
        raise PlanError(f"the code {args.action} means the field {implied_field!r}, not {args.field!r}")
    if action.has_fields and field is None:
        raise PlanError(f"{action.name} need --field: one of {', '.join(action.fields)}")
    if field is not None and action.has_fields and field not in action.fields:
        raise PlanError(f"{action.name} have no field {field!r}; fields: {', '.join(action.fields)}")
    country = countries.parse_code(args.country, where="--country")
    year = args.year or action.years.last
    agency = resolve_agency(
        action_name=action.name,
        centralised=action.centralised,
        field=field,
        call_year=year,
        applicant_country=country,
        applicant_type=args.org_type,
        community=args.community,
        european_ngo_route=action.european_ngo_route,
        wording=wording(args.lang),
    )
    if args.json:
        json.dump(agency.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from erasmus_planner.cli.text_report import agency_lines

        sys.stdout.write("\n".join(agency_lines(agency, w=wording(args.lang))) + "\n")
    return 0


def action_to_json(action: ActionDef, year: int | None) -> dict[str, Any]:
    rules = [
        r for r in load_catalogue().rules_for(action.id) if year is None or year in r.years
    ]
    return {
        "id": action.id,
        "name": action.name,
        "codes": list(action.codes),
        "programme": action.programme,
        "years": [action.years.first, action.years.last],
        "centralised": action.centralised,
        "description": action.description,
        "fields": list(action.fields),
        "lots": [
            {"id": lot.id, "name": lot.name, "years": [lot.years.first, lot.years.last]}
            for lot in action.lots
            if year is None or year in lot.years
        ],
        "variants": [
            {"id": v.id, "name": v.name, "years": [v.years.first, v.years.last], "excluded_fields": list(v.excluded_fields)}
            for v in action.variants
            if year is None or year in v.years
        ],
        "rules": [
            {
                "id": r.id,
                "kind": r.kind,
                "years": [r.years.first, r.years.last],
                "fields": list(r.fields),
                "lots": list(r.lots),
                "params": dict(r.edition_for(year)[2] if year else r.params),
                "blocking": r.status == "fail",
                "source": r.edition_for(year)[1] if year else r.source,
                "confidence": r.edition_for(year)[0] if year else r.confidence,
            }
            for r in rules
        ],
    }


def run_actions(args: argparse.Namespace) -> int:
    catalogue = load_catalogue()
    actions = catalogue.actions_in(args.year) if args.year else tuple(catalogue.actions.values())
    if args.json:
        json.dump([action_to_json(a, args.year) for a in actions], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    out: list[str] = []
    for action in actions:
        data = action_to_json(action, args.year)
        where = "executive agency (Brussels)" if action.centralised else "National Agency of the applicant"
        out.append(f"{action.name} [{action.id}] — codes {', '.join(action.codes)}; calls {action.years}; {where}")
        if action.fields:
            out.append("  Fields: " + ", ".join(f"{f} ({FIELD_LABELS[f]})" for f in action.fields))
        for lot in data["lots"]:
            out.append(f"  Lot {lot['id']}: {lot['name']} (calls {lot['years'][0]}–{lot['years'][1]})")
        for v in data["variants"]:
            out.append(f"  Variant {v['id']}: {v['name']} (calls {v['years'][0]}–{v['years'][1]})")
        for r in data["rules"]:
            scope = "".join(
                [f" fields={','.join(r['fields'])}" if r["fields"] else "", f" lots={','.join(r['lots'])}" if r["lots"] else ""]
            )
            params = " ".join(f"{k}={v}" for k, v in r["params"].items())
            out.append(f"  - {r['id']} ({r['kind']}; calls {r['years'][0]}–{r['years'][1]}{scope}) {params}".rstrip())
            out.append(f"      {r['confidence']}: {r['source']}")
        out.append("")
    sys.stdout.write("\n".join(out))
    return 0
