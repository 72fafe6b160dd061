#!/usr/bin/env python3
"""Refresh the domain's and the briefing's Qt Linguist catalogues (rules_de/fr/tr.ts). No Qt needed.

    .venv/bin/python tools/update_translations.py           # add new texts, mark removed ones
    .venv/bin/python tools/update_translations.py --check   # exit 1 when a catalogue is incomplete

The source texts are English and come from four places: the message and hint templates of
resources/rules/*.toml (context "rules"); texts marked in code with ``N_`` / ``N_n`` or passed as
literals to ``tr`` / ``trn`` and the one-argument helpers ``ctx.tr``, ``content.t`` and ``say``
(erasmus_planner/domain, erasmus_planner/export, cli/text_report.py); the vocabulary's labels and
the catalogue's action, lot and variant names ("vocabulary"); the agency directory's cities and
the notes it can print ("agency"). New texts arrive ``type="unfinished"`` with an empty
translation, texts no longer used are kept ``type="vanished"`` (their translation is reused if
the text comes back), existing translations are kept. Translate with Qt Linguist
(``pyside6-linguist rules_de.ts``) or any editor. The interface's own catalogues (ui_*.ts) are
tools/update_ui_translations.py's.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from erasmus_planner.domain import agencies, countries, vocabulary
from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.domain.wording import (
    CONTEXTS,
    LANGUAGES,
    SOURCE_LANGUAGE,
    catalogue_path,
)

PACKAGE = ROOT / "erasmus_planner"
TRANSLATIONS = PACKAGE / "resources" / "translations"
SCANNED = (*sorted((PACKAGE / "domain").rglob("*.py")), *sorted((PACKAGE / "export").rglob("*.py")), PACKAGE / "cli" / "text_report.py")
# One-argument helpers whose context is fixed: ``ctx.tr("…")`` in the rule kinds, ``content.t("…")``
# (or its alias ``t``) in the briefing, ``say("…")`` in the agency resolver.
HELPERS = {"tr": "findings", "trn": "findings", "t": "briefing", "say": "agency"}
PLACEHOLDER = re.compile(r"\{(\w*)(?:![rsa])?(?::[^{}]*)?\}")
# Error messages (context "errors", see domain/errors.py): the first argument of these calls,
# anywhere in the package except the command line's own argument errors (cli/, English like
# its --help). ``type(exc)(…)`` re-raises are written with a Message literal so they are found.
ERROR_CALLS = frozenset({
    "PlanError", "NotOurFile", "DamagedFile", "FileTooNew", "PlanLocked", "Message",
    # the team workspace's kinds (persistence/workspace/errors.py)
    "WorkspaceError", "WorkspaceUnreachable", "PasswordNeeded", "NotPermitted", "VersionConflict", "LeaseHeld",
    "NoSuchPlan", "NotAWorkspace",
})
ERROR_SCANNED = tuple(
    path for path in sorted(PACKAGE.rglob("*.py")) if "cli" not in path.relative_to(PACKAGE).parts[:1]
)

_MORE_COUNTRIES = (
    "Value of {more} in the hints 'Add a full partner {from_each_of} {more} not yet in the consortium.' and "
    "'... or add partners from {more}.'; write it to fit your templates (it may carry 'not yet in the consortium')."
)
# Notes for translators (<extracomment>) on fragments that only make sense with their templates.
NOTES: dict[tuple[str, str], str] = {
    ("vocabulary", "Programme Countries"): "{eligible} of the rules templates ('from {eligible}', 'established in "
    "{eligible}', 'outside {eligible}'): the form your templates need (German: dative plural).",
    ("vocabulary", "EU Member States or associated countries"): "{eligible} of the rules templates, 2021+ calls.",
    ("vocabulary", "a Programme Country"): "{eligible_one} of the rules templates ('established in {eligible_one}', "
    "'from {eligible_one}').",
    ("vocabulary", "an EU Member State or associated country"): "{eligible_one} of the rules templates, 2021+ calls.",
    ("vocabulary", "{day} {month} {year}"): "A written date, e.g. the application deadline.",
    ("findings", "is required"): "{required} in 'At least {min} {group} {required} as applicant or {full_partners} "
    "from {eligible}'; agrees with {min}. It may be the verb alone if the template holds the rest.",
    ("findings", "from"): "{from_each_of} when one country is missing: 'Add a full partner {from_each_of} {more} ...'.",
    ("findings", "from each of"): "{from_each_of} when several countries are missing.",
    ("findings", "{n} more Programme Country"): _MORE_COUNTRIES,
    ("findings", "{n} more EU Member State"): _MORE_COUNTRIES,
    ("findings", "{n} more EU Member State or associated country"): _MORE_COUNTRIES,
    ("findings", "{name} is {a_type}"): "{a_type}: in English the type with 'a'/'an'; in other languages the "
    "type's label alone, so write it as a label.",
    ("findings", "; "): "Separator between clauses (French: ' ; ').",
    ("findings", ": {items}"): "A list after a colon (French: ' : ').",
    ("findings", "{items} and {n} more"): "The end of a long list of names.",
    ("agency", " or "): "Joins the language communities after 'belongs to' (French repeats the preposition).",
    ("agency", " and "): "Joins spans of calls: 'the 2014 call and the 2017–2020 calls'.",
    ("briefing", "FAIL"): "Status word in the checklist's narrow first column; a line break splits a long word.",
    ("briefing", "NOT\nELIGIBLE"): "Verdict of another action in a narrow column; keep the line break.",
}


_ERROR_KIND = (
    "A kind of file, put into error messages as {what} ('the {what} is damaged', 'not a {what}'). "
    "German: neuter nouns (das Plandokument, das Partnerverzeichnis), so 'das {what}', 'kein {what}' fit both; "
    "French: masculine (le document de plan, le répertoire des partenaires)."
)
# Notes for translators of error messages (context "errors").
ERROR_NOTES: dict[str, str] = {
    "plan document": _ERROR_KIND,
    "partner directory": _ERROR_KIND,
    "partner {number} ({name})": "{partner} of other error messages: how a partner of the file is named.",
    "partner {number}": "{partner} of other error messages, for a partner without a name.",
    " (did you mean {code}, {name}?)": "Appended to a word; keep the leading space.",
    " (did you mean {found!r}?)": "Appended to a word; keep the leading space.",
    " (sheet {sheet!r})": "Appended to 'no header row found'; keep the leading space.",
    " (process {pid} on host {host})": "Appended to 'is open in another window or program'; keep the leading space.",
    "{problem}; open it read-only?": "The question of a dialog that offers to open the plan read-only.",
}


@dataclass
class Entry:
    context: str
    source: str
    plural: str | None = None  # English plural of a numerus entry
    note: str = ""
    translation: str | tuple[str, ...] = ""
    state: str = "unfinished"  # "" (finished), "unfinished" or "vanished"


# --- sources ------------------------------------------------------------------------------


def _constants(trees: list[ast.Module]) -> dict[str, str]:
    """Module-level ``NAME = "text"`` of the scanned modules (FINDINGS = "findings", …)."""
    found = {}
    for tree in trees:
        for node in tree.body:
            if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Constant):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                        found[target.id] = node.value.value
    return found


def _text(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def from_code() -> Iterator[Entry]:
    trees = [ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in SCANNED]
    constants = _constants(trees)
    for tree in trees:
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args]
            texts = [_text(a, constants) for a in call.args]
            if name == "N_" and len(texts) == 2 and literal[0]:
                yield Entry(str(texts[1]), str(texts[0]))
            elif name == "N_n" and len(texts) == 3 and all(literal[:2]):
                yield Entry(str(texts[2]), str(texts[0]), plural=texts[1])
            elif name == "tr" and len(texts) == 2 and literal[0] and texts[1] in CONTEXTS:
                yield Entry(str(texts[1]), str(texts[0]))
            elif name == "trn" and len(texts) == 4 and all(literal[:2]) and texts[3] in CONTEXTS:
                yield Entry(str(texts[3]), str(texts[0]), plural=texts[1])
            elif name == "trn" and len(texts) == 3 and all(literal[:2]):
                yield Entry(HELPERS["trn"], str(texts[0]), plural=texts[1])
            elif name in HELPERS and name != "trn" and len(call.args) == 1 and literal[0]:
                yield Entry(HELPERS[name], str(texts[0]))


def error_templates(tree: ast.Module) -> Iterator[tuple[ast.Call, ast.expr]]:
    """Every ``PlanError(first, …)`` / ``Message(first, …)`` call of ``tree`` and its first argument."""
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
        if name in ERROR_CALLS and call.args:
            yield call, call.args[0]


def from_errors() -> Iterator[Entry]:
    for path in ERROR_SCANNED:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for _call, first in error_templates(tree):
            branches = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
            for node in branches:
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and _has_words(node.value):
                    yield Entry("errors", node.value, note=ERROR_NOTES.get(node.value, ""))


def _has_words(template: str) -> bool:
    """False for templates that are only placeholders ("{detail}"): nothing to translate."""
    return bool(re.search(r"[^\W\d_]", PLACEHOLDER.sub("", template)))


def from_rules() -> Iterator[Entry]:
    catalogue = load_catalogue()
    templates = [t for kind in catalogue.messages.values() for t in (kind["message"], kind["hint"])]
    for action in catalogue.actions:
        templates += [t for rule in catalogue.rules_for(action) for t in (rule.message, rule.hint)]
    for template in templates:
        if template and _has_words(template):
            yield Entry("rules", template)


def from_vocabulary() -> Iterator[Entry]:
    v = "vocabulary"
    labels = [t.label for t in vocabulary.ORG_TYPES]
    labels += [*vocabulary.ROLE_LABELS.values(), *vocabulary.FIELD_LABELS.values(), *vocabulary.COMMUNITY_LABELS.values()]
    labels += [*vocabulary.TYPE_GROUP_EXAMPLES.values(), *countries.STATUS_LABELS.values()]
    for label in labels:
        yield Entry(v, label)
    for singular, plural in vocabulary.TYPE_GROUP_NOUNS.values():
        yield Entry(v, singular, plural=plural, note="Without the number: it follows {min} or stands alone.")
    for title in load_catalogue().titles.values():
        yield Entry(v, title, note="A rule's short title in Help ▸ Rules.")
    for action in load_catalogue().actions.values():
        yield Entry(v, action.name, note=f"Action name ({action.programme} programme).")
        yield Entry(v, action.description, note=f"One-line description of {action.name}, under the action picker.")
        for part in (*action.lots, *action.variants):
            yield Entry(v, part.name, note=f"A lot or project type of {action.name}.")


def _notes_shown() -> list[str]:
    """Notes of the rows the resolver can list as alternatives (rows overlapping outside Belgium)."""
    rows = [r for r in agencies._rows() if r.kind == agencies.NATIONAL and r.country != "BE"]
    shown = []
    for row in rows:
        if row.note and any(
            other is not row and other.country == row.country and row.fields & other.fields
            and max(row.from_year, other.from_year) <= min(row.to_year, other.to_year)
            for other in rows
        ):
            shown.append(row.note)
    return shown


def from_agencies() -> Iterator[Entry]:
    for city in sorted({r.city for r in agencies._rows() if r.city}):
        yield Entry("agency", city, note="A city where an agency sits: its usual name in your language.")
    for note in _notes_shown():
        yield Entry("agency", note, note="A note on an agency, printed when responsibility changed within a call.")


def sources() -> dict[tuple[str, str], Entry]:
    """Every source text once, in a stable order: by context, then as first met."""
    found: dict[tuple[str, str], Entry] = {}
    for entry in (*from_rules(), *from_code(), *from_vocabulary(), *from_agencies(), *from_errors()):
        entry = found.setdefault((entry.context, entry.source), entry)
        entry.note = NOTES.get((entry.context, entry.source), entry.note)
    order = {c: i for i, c in enumerate(CONTEXTS)}
    return dict(sorted(found.items(), key=lambda item: order[item[0][0]]))


# --- reading and writing .ts ------------------------------------------------------------


def read(path: Path) -> dict[tuple[str, str], Entry]:
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", "")
            entry = Entry(name, source, note=message.findtext("extracomment", ""))
            if translation is not None:
                entry.state = translation.get("type", "")
                if message.get("numerus") == "yes":
                    entry.plural = ""
                    entry.translation = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    entry.translation = translation.text or ""
            found[(name, source)] = entry
    return found


def merge(existing: dict[tuple[str, str], Entry], wanted: dict[tuple[str, str], Entry]) -> list[Entry]:
    merged = []
    for key, entry in wanted.items():
        old = existing.get(key)
        if old is not None and old.translation and (isinstance(old.translation, tuple)) == (entry.plural is not None):
            entry.translation = old.translation
            entry.state = "unfinished" if old.state in ("vanished", "obsolete") else old.state
        merged.append(entry)
    for key, old in existing.items():
        if key not in wanted:
            old.state = "vanished"
            merged.append(old)
    return merged


def _forms(language: str) -> int:
    return 1 if language == "tr" else 2


def render(entries: list[Entry], language: str) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    out.append(f'<TS version="2.1" language="{language}" sourcelanguage="{SOURCE_LANGUAGE}">')
    for context in CONTEXTS:
        members = [e for e in entries if e.context == context]
        if not members:
            continue
        out += ["<context>", f"    <name>{context}</name>"]
        for e in members:
            numerus = e.plural is not None
            out.append('    <message numerus="yes">' if numerus else "    <message>")
            out.append(f"        <source>{escape(e.source)}</source>")
            note = e.note
            if numerus and e.plural:
                note = (note + " " if note else "") + f"English plural: {e.plural}"
            if note:
                out.append(f"        <extracomment>{escape(note)}</extracomment>")
            state = f' type="{e.state}"' if e.state else ""
            if numerus:
                forms = list(e.translation) if isinstance(e.translation, tuple) else []
                forms += [""] * (_forms(language) - len(forms))
                out.append(f"        <translation{state}>")
                out += [f"            <numerusform>{escape(f)}</numerusform>" for f in forms]
                out.append("        </translation>")
            else:
                out.append(f"        <translation{state}>{escape(str(e.translation))}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


# --- checks -------------------------------------------------------------------------------


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def problems(path: Path, wanted: dict[tuple[str, str], Entry]) -> list[str]:
    """What keeps a catalogue from being complete: missing, unfinished or empty entries, and
    translations whose placeholders differ from their source's."""
    if not path.exists():
        return [f"{path.name}: missing"]
    have = read(path)
    found = []
    for key, entry in wanted.items():
        old = have.get(key)
        label = f"{path.name}: [{key[0]}] {key[1]!r}"
        if old is None or old.state in ("vanished", "obsolete"):
            found.append(f"{label} is not in the catalogue")
            continue
        forms = old.translation if isinstance(old.translation, tuple) else (old.translation,)
        if old.state == "unfinished" or not all(forms):
            found.append(f"{label} is not translated")
            continue
        expected = placeholders(entry.source)
        for form in forms:
            got = placeholders(form)
            if entry.plural is not None:  # a number form may spell its count out ("eine weitere Schule")
                got, expected = got | {"n"}, expected | {"n"}
            if got != expected:
                found.append(f"{label}: the translation {form!r} has placeholders {sorted(got)}, not {sorted(expected)}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when a catalogue is incomplete")
    parser.add_argument("--dir", type=Path, default=TRANSLATIONS, help="the folder of the rules_*.ts files")
    parser.add_argument("--drop-vanished", action="store_true", help="forget the translations of removed texts")
    args = parser.parse_args(argv)
    wanted = sources()
    targets = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]
    if args.check:
        found = [p for lang in targets for p in problems(args.dir / catalogue_path(lang), wanted)]
        for problem in found[:50]:
            print(problem, file=sys.stderr)
        if len(found) > 50:
            print(f"… and {len(found) - 50} more", file=sys.stderr)
        return 1 if found else 0
    args.dir.mkdir(parents=True, exist_ok=True)
    for lang in targets:
        path = args.dir / catalogue_path(lang)
        fresh = {k: Entry(e.context, e.source, e.plural, e.note) for k, e in wanted.items()}
        entries = merge(read(path), fresh)
        if args.drop_vanished:
            entries = [e for e in entries if e.state != "vanished"]
        path.write_text(render(entries, lang), encoding="utf-8")
        todo = sum(1 for e in entries if e.state == "unfinished")
        print(f"{path.name}: {len(wanted)} texts, {todo} to translate")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
