"""The interface in German, French and Turkish: complete catalogues, compiled from their sources,
a live switch of language, and a pseudo-language that finds labels too small for longer words."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from layout_checks import clipped, clipped_headings
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from window_driver import school_partnership, three_schools_partners

from erasmus_planner.domain.eligibility import check
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.ui import i18n
from erasmus_planner.ui.partner_dialog import PartnerDialog
from erasmus_planner.ui.partner_table_model import COL_COUNTRY

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "erasmus_planner" / "resources" / "translations"
LANGUAGES = ("de", "fr", "tr")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")


def ineligible_plan() -> Plan:
    """Two schools: the minimum of three is not met, so the checklist has a failure with a hint."""
    return school_partnership(*three_schools_partners()[:2])


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


# --- the catalogues -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated_with_its_placeholders_and_mnemonic(language):
    entries = messages(TRANSLATIONS / f"ui_{language}.ts")
    assert len(entries) > 300
    problems = []
    for context, source, message in entries:
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" else [translation.text or ""]
        if kind in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            problems.append(f"{context}: {source!r} is {kind or 'empty'}")
            continue
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} → {form!r} has other placeholders")
            if ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")) and "<" not in source:
                problems.append(f"{context}: {source!r} → {form!r} gains or loses its mnemonic")
    assert problems == []


def test_english_catalogue_gives_every_plural_its_two_forms():
    entries = messages(TRANSLATIONS / "ui_en.ts")
    assert entries, "the English catalogue holds the plural forms"
    for _context, source, message in entries:
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms), source


def test_catalogues_match_the_code_and_each_qm_is_compiled_from_its_ts():
    """The tool's check: lupdate over the code changes no .ts (no text left out), and lrelease
    of each .ts in a scratch folder gives the very bytes of the shipped .qm."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_ui_translations.py"), "--check"],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr


# --- switching language ------------------------------------------------------------------------------


def texts(window) -> dict[str, object]:  # type: ignore[no-untyped-def]
    model = window.partners.model
    return {
        "menus": [a.text() for a in window.menuBar().actions()],
        "verdict": window.panel.banner.headline.text(),
        "headers": [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())],
        "findings": [window.panel.findings.item(i).text() for i in range(window.panel.findings.count())],
        "country": window.partners.proxy.index(0, COL_COUNTRY).data(),
        "caption": window.panel.agency.caption.text(),
    }


def test_switching_language_changes_the_window_texts_and_the_findings(make_window, qtbot):
    plan = ineligible_plan()
    window = make_window(plan)
    english = texts(window)
    assert english["menus"] == ["&File", "&Edit", "&View", "&Help"]
    assert english["verdict"] == "Not eligible"

    window.set_language("de")
    qtbot.waitUntil(lambda: texts(window)["menus"] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"])
    german = texts(window)
    assert german["verdict"] == "Nicht förderfähig"
    assert german["headers"][:2] == ["Name", "Land"]
    assert german["country"] == "Polen"
    assert german["caption"] == "EINREICHEN BEI"
    # The checklist is the domain's German report, not the English one redrawn.
    report = check(plan, language="de")
    for finding in report.findings:
        if finding.rule != "agency":
            assert any(finding.message in shown for shown in german["findings"]), finding.message
    if any(f.message != e.message for f, e in zip(report.findings, check(plan).findings, strict=True)):
        assert german["findings"] != english["findings"]

    window.set_language("en")
    qtbot.waitUntil(lambda: texts(window)["menus"] == english["menus"])
    assert texts(window) == english


@pytest.mark.parametrize(("language", "word"), [("fr", "Non éligible"), ("tr", "Uygun değil")])
def test_french_and_turkish_name_the_verdict_in_their_own_words(make_window, qtbot, language, word):
    window = make_window(ineligible_plan())
    window.set_language(language)
    qtbot.waitUntil(lambda: window.panel.banner.headline.text() == word)


def test_an_undo_entry_made_before_a_switch_reads_in_the_new_language(make_window, qtbot):
    window = make_window(ineligible_plan())
    window.header.title.setFocus()
    qtbot.keyClicks(window.header.title, "!")
    window.set_language("fr")
    qtbot.waitUntil(lambda: window.undo_action.text().startswith("&Annuler"))


# --- the pseudo-language: every text 40 % longer -----------------------------------------------------


def test_pseudo_language_lengthens_and_marks_every_text():
    assert i18n.pseudo("Save") == "[Ŝàvé~]"
    longer = i18n.pseudo("Imported {partners} from {name}")
    assert "{partners}" in longer and "{name}" in longer
    assert len(i18n.pseudo("Organisation name")) >= 1.4 * len("Organisation name")


@pytest.fixture
def pseudo(qapp):
    i18n.use_language(i18n.PSEUDO)
    yield
    i18n.use_language("en")


def test_pseudo_localised_window_at_1024x768_cuts_off_no_text(pseudo, make_window, qtbot):
    window = make_window(ineligible_plan())
    assert window.menuBar().actions()[0].text().startswith("[")  # the pseudo-language is on
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.size().width() == 1024)
    QApplication.processEvents()
    assert (window.width(), window.height()) == (1024, 768), "the window cannot be made that small"
    assert clipped(window) == []
    assert clipped_headings(window.partners.table.horizontalHeader()) == []


def test_pseudo_localised_partner_dialog_cuts_off_no_text(pseudo, make_window, qtbot):
    window = make_window(ineligible_plan())
    org = Organisation("Uniwersytet Łódzki", "BE", "higher-education", "partner", oid="E123")
    dialog = PartnerDialog(window, organisation=org, call_year=2019, action=window.document.session.action)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert dialog.width() <= 1024 and dialog.height() <= 768, (dialog.width(), dialog.height())
    assert dialog.ok_button.text().startswith("[")
    assert clipped(dialog) == []


def test_pseudo_localised_preferences_dialog_cuts_off_no_text(pseudo, make_window, qtbot):
    from erasmus_planner.ui.preferences_dialog import PreferencesDialog

    window = make_window(ineligible_plan())
    dialog = PreferencesDialog(window.preferences, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert dialog.width() <= 1024 and dialog.height() <= 768
    assert clipped(dialog) == []


def test_a_label_too_small_for_its_words_is_caught(make_window, qtbot):
    """The check itself can fail: a fixed-width label with long words is reported."""
    window = make_window(ineligible_plan())
    caption = window.panel.agency.caption
    caption.setFixedWidth(20)
    QApplication.sendEvent(window, QEvent(QEvent.Type.LayoutRequest))
    QApplication.processEvents()
    assert any("SUBMIT TO" in problem for problem in clipped(window))


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_fits_the_window_at_1024x768(make_window, qtbot, language):
    window = make_window(ineligible_plan())
    window.set_language(language)
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() != "&File")
    window.resize(1024, 768)
    QApplication.processEvents()
    assert (window.width(), window.height()) == (1024, 768)
    assert clipped(window) == []
    assert clipped_headings(window.partners.table.horizontalHeader()) == []


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def clashes(texts: list[str]) -> list[str]:
    keys = [mnemonic(t) for t in texts if t]
    return sorted({t for t, k in zip(texts, keys, strict=False) if k is not None and keys.count(k) > 1})


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_alt_keys_are_unique_in_every_language(make_window, qtbot, language):
    """Alt+letter reaches one thing: the menus and the plan's labels, each menu's items, the
    partner dialog's fields."""
    window = make_window(ineligible_plan())
    window.set_language(language)
    qtbot.waitUntil(lambda: window.language == language and i18n.current() == language)
    QApplication.processEvents()
    menus = [a for a in window.menuBar().actions()]
    header_labels = [label.text() for label in window.header._labels.values() if label.isVisibleTo(window)]
    assert clashes([m.text() for m in menus] + header_labels) == []
    for menu_action in menus:
        items = [a.text() for a in menu_action.menu().actions() if not a.isSeparator()]
        assert clashes(items) == [], menu_action.text()
    dialog = PartnerDialog(window, call_year=2019)
    qtbot.addWidget(dialog)
    labels = [row.text() for row in dialog.findChildren(type(window.save_state)) if row.buddy() is not None]
    assert len(labels) == 14  # with "Affiliated to:", shown for an affiliated entity
    assert clashes(labels) == []
    from erasmus_planner.ui.preferences_dialog import PreferencesDialog

    preferences = PreferencesDialog(window.preferences, window)
    qtbot.addWidget(preferences)
    fields = [row.text() for row in preferences.findChildren(type(window.save_state)) if row.buddy() is not None]
    buttons = [b.text() for b in preferences.findChildren(QPushButton)]
    assert len(fields) == 6
    assert clashes(fields + buttons) == []


def test_partner_dialog_speaks_the_language_of_the_checklist(make_window, qtbot):
    from erasmus_planner.domain.identifiers import oid_problem
    from erasmus_planner.domain.wording import wording

    window = make_window(ineligible_plan())
    window.set_language("de")
    qtbot.waitUntil(lambda: i18n.current() == "de")
    dialog = PartnerDialog(window, call_year=2019, language="de")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Partner hinzufügen"
    assert dialog.problem_label.text() == "Noch nötig: Name, Land und Art."
    dialog.country_picker.set_code("BE")
    assert dialog.country_picker.currentText() == "Belgien — Programmland 2019"
    dialog.oid_edit.setText("E1234")
    english = oid_problem("E1234") or ""
    german = wording("de").tr("an OID has exactly 8 digits after the E; this one has {n}", "findings").replace("{n}", "4")
    shown = dialog.oid_feedback.text()
    assert german[1:] in shown
    if german != english:
        assert english[1:] not in shown


def test_pseudo_localised_welcome_view_cuts_off_no_text(pseudo, make_window, qtbot, tmp_path):
    window = make_window()
    window.settings.add_recent_plan(tmp_path / "a-plan-with-a-rather-long-name.json")
    window.welcome.set_recent(window.settings.recent_plans())
    window.resize(1024, 768)
    QApplication.processEvents()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.new_button.text().startswith("[")
    assert clipped(window) == []
