"""An organisation's details and track record as rich text: what the directory knows of it, and
every funded project it took part in, newest first — identifier (a link to the project's card on
the Erasmus+ Project Results platform), title, call year, action and role. Shown in the Directory
view beside the list, and under the candidates of "Find in directory"."""

from __future__ import annotations

from html import escape
from typing import Any, Final

from PySide6.QtCore import QCoreApplication

from erasmus_planner.domain import countries
from erasmus_planner.domain.funded_projects import COORDINATOR
from erasmus_planner.ui import i18n, labels

translate = QCoreApplication.translate
SHOWN: Final = 200  # projects listed; a university with more shows how many are left out


def entry_html(entry: Any, catalogue: Any = None) -> str:
    """The whole card of one directory entry (with its projects, as the service gave them)."""
    org = entry.organisation
    language = i18n.content_language()
    lines = [f"<h3>{escape(org.name)}</h3>"]
    facts = [
        countries.name(org.country, language) if org.country else "",
        org.city or "",
        labels.org_type(org.type),
    ]
    lines.append(escape(" · ".join(f for f in facts if f)))
    written = (entry.type_as_written or "").strip()
    if org.type == "other" and written and written.casefold() != "other":  # a type the planner does not map
        lines.append(
            escape(translate("DirectoryWindow", "Type in the list of funded projects: {label}").format(label=entry.type_as_written))
        )
    ids = " · ".join(x for x in (f"OID {org.oid}" if org.oid else "", f"PIC {org.pic}" if org.pic else "") if x)
    if ids:
        lines.append(escape(ids))
    if entry.website:
        url = entry.website if "://" in entry.website else f"http://{entry.website}"
        lines.append(f'<a href="{escape(url, quote=True)}">{escape(entry.website)}</a>')
    if entry.address:
        lines.append(escape(entry.address))
    if org.notes:
        lines.append(f"<i>{escape(org.notes)}</i>")
    body = "<br>".join(lines[1:])
    return f"{lines[0]}<p>{body}</p>{projects_html(entry, catalogue)}"


def projects_html(entry: Any, catalogue: Any = None) -> str:
    if not entry.project_count:
        none = translate("DirectoryWindow", "No funded project in the directory.")
        return f"<p><i>{escape(none)}</i></p>"
    heading = translate("DirectoryWindow", "Funded projects: %n", "", entry.project_count)
    rows = []
    for project in entry.projects[:SHOWN]:
        role = translate("DirectoryWindow", "coordinator") if project.role == COORDINATOR else translate("DirectoryWindow", "partner")
        action = _action_text(project, catalogue)
        rows.append(
            f"<tr><td>{project.call_year}</td>"
            f'<td style="white-space:nowrap"><a href="{escape(project.card_url, quote=True)}">{escape(project.identifier)}</a></td>'
            f"<td>{escape(role)}</td></tr>"
            f"<tr><td></td><td colspan='2'>{escape(project.title)}<br><small>{escape(action)}</small></td></tr>"
        )
    more = entry.project_count - min(len(entry.projects), SHOWN)
    more_text = translate("DirectoryWindow", "… and %n more", "", more)
    tail = f"<p>{escape(more_text)}</p>" if more > 0 else ""
    return f"<p><b>{escape(heading)}</b></p><table cellspacing='3'>{''.join(rows)}</table>{tail}"


def _action_text(project: Any, catalogue: Any) -> str:
    if project.action and catalogue is not None and project.action in catalogue.actions:
        from erasmus_planner.ui import catalogue_text

        name = catalogue_text.action_name(catalogue.action(project.action))
        return f"{name} ({project.code})" if project.code else name
    return project.code or ""
