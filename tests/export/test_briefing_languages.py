"""The PDF briefing in German, French and Turkish: headings, labels, verdict and findings in the
language, names as typed, the document's language set, and a layout that gives long words room.
"""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pypdf
import pytest
from briefing_plans import EXAMPLES, org, pages_text, plan_of, scripts_plan

from erasmus_planner.cli.main import main as cli_main
from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.domain.eligibility import check, suggest
from erasmus_planner.domain.model import Plan
from erasmus_planner.domain.wording import wording
from erasmus_planner.export import briefing_bytes
from erasmus_planner.export.content import build_content
from erasmus_planner.export.sections.partner_tables import CELL_PAD, partner_widths
from erasmus_planner.export.styles import TABLE_SIZE
from erasmus_planner.services.plan_files import load_plan

DATE = "29.11.2025"
INELIGIBLE = EXAMPLES / "strategic-partnership-adult-2017-ineligible.json"

# What a reader of each language finds on the pages, and what an English briefing says instead.
HEADINGS = {
    "de": ("EINREICHEN BEI", "Prüfliste zur Förderfähigkeit", "Partner nach Ländern", "Was passt noch?", "Seite 1 von"),
    "fr": ("À SOUMETTRE À", "Liste de contrôle de l'éligibilité", "Partenaires par pays", "Quelles autres actions", "Page 1 sur"),
    "tr": ("BAŞVURU YERİ", "Uygunluk kontrol listesi", "Ülkelere göre ortaklar", "Başka neler uygun?", "Sayfa 1 /"),
    "en": ("SUBMIT TO", "Eligibility checklist", "Partners by country", "What else fits?", "Page 1 of"),
}
VERDICTS = {
    "de": ("✔ FÖRDERFÄHIG", "✘ NICHT FÖRDERFÄHIG"),
    "fr": ("✔ ÉLIGIBLE", "✘ NON ÉLIGIBLE"),
    "tr": ("✔ UYGUN", "✘ UYGUN DEĞİL"),
}
TITLES = {"de": "Konsortialübersicht", "fr": "note de synthèse du consortium", "tr": "konsorsiyum özeti"}
SOURCES_IN_ENGLISH = {
    "de": "Quellen werden auf Englisch zitiert",
    "fr": "Les sources sont citées en anglais",
    "tr": "İngilizce ile verilmiştir",
}


def squash(text: str) -> str:
    return "".join(text.split())


def reader_of(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


@pytest.fixture(scope="module", params=["de", "fr", "tr"])
def exported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Plan, bytes]:
    """The ineligible example exported from the command line with --lang."""
    if not INELIGIBLE.exists():
        pytest.skip("example not written")
    language = request.param
    out = tmp_path_factory.mktemp("pdf") / f"briefing-{language}.pdf"
    assert cli_main(["export", str(INELIGIBLE), "-o", str(out), "--lang", language]) == 0
    return language, load_plan(INELIGIBLE), out.read_bytes()


def test_export_lang_prints_headings_verdict_and_findings_in_the_language(exported: tuple[str, Plan, bytes]) -> None:
    language, plan, data = exported
    pages = pages_text(data)
    text = squash("".join(pages))
    for heading in HEADINGS[language]:
        assert squash(heading) in text, heading
    for english in HEADINGS["en"]:
        assert squash(english) not in text, english
    report = check(plan, language=language)
    assert not report.eligible
    assert squash(VERDICTS[language][1]) in squash(pages[0])
    for finding in report.findings:
        assert squash(finding.message) in text, finding.rule
        if finding.hint:
            assert squash(finding.hint) in text, finding.rule
    assert report.agency is not None and squash(report.agency.reason) in text
    assert squash(SOURCES_IN_ENGLISH[language]) in text


def test_export_lang_keeps_every_name_as_typed(exported: tuple[str, Plan, bytes]) -> None:
    _, plan, data = exported
    text = squash("".join(pages_text(data)))
    for partner in plan.partners:
        assert squash(partner.name) in text, partner.name
        if partner.city:
            assert squash(partner.city) in text
    assert squash(plan.title) in text


def test_export_lang_sets_the_documents_language_and_title(exported: tuple[str, Plan, bytes]) -> None:
    language, plan, data = exported
    reader = reader_of(data)
    assert reader.trailer["/Root"]["/Lang"] == language
    assert reader.metadata is not None
    assert reader.metadata.title == f"{plan.title}{' :' if language == 'fr' else ':'} {TITLES[language]}"


def test_switching_language_changes_the_headings_of_the_same_plan() -> None:
    plan = scripts_plan()
    texts = {lang: squash("".join(pages_text(briefing_bytes(plan, title_date=DATE, language=lang)))) for lang in HEADINGS}
    for language in HEADINGS:
        for other, other_headings in HEADINGS.items():
            for heading in other_headings[:3]:
                assert (squash(heading) in texts[language]) == (language == other), (language, heading)
    assert squash(VERDICTS["de"][0]) in texts["de"] and squash("✔ ELIGIBLE") in texts["en"]
    for name in ("Zespół Szkół Łączności im. Mikołaja Kopernika", "Şehit Öğretmen Ayşe Yılmaz Anadolu Lisesi"):
        assert all(squash(name) in text for text in texts.values())


def test_a_plan_without_applicant_says_why_in_the_language() -> None:
    plan = plan_of([org("Szkoła Podstawowa nr 1", "PL"), org("Lycée Jean Moulin", "FR")])
    first = pages_text(briefing_bytes(plan, language="de"))[0]
    assert "Noch keine Agentur bestimmbar" in first
    assert "Noch kein eindeutiger Antragsteller." in first
    reason = next(f.message for f in check(plan, language="de").findings if f.rule == "agency")
    assert squash(reason) in squash(first) and reason.startswith("Noch kein Antragsteller")


# --- long words get room ------------------------------------------------------------------


LONG_WORDS = plan_of(
    [
        org("Volkshochschule Bremen-Nord", "DE", "adult-education", role="applicant", city="Bremen"),
        org("Fundacja Aktywni Seniorzy", "PL", "ngo", city="Warszawa"),
        org("Kentro Dia Viou Mathisis", "GR", "adult-education", role="associated-partner"),
    ],
    action="strategic-partnership",
    field="adult",
    call_year=2017,
)


def test_partner_columns_fit_the_longest_german_type_and_role_words() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from erasmus_planner.export import fonts

    fonts.register_fonts()
    w = wording("de")
    content = build_content(LONG_WORDS, check(LONG_WORDS, language="de"), [], load_catalogue(), DATE, w)
    width = 174 * 72 / 25.4  # A4's text width, in points
    widths = partner_widths(content, width)
    assert abs(sum(widths) - width) < 0.01
    for word, column in (("Nichtregierungsorganisation", 2), ("Antragsteller", 3), ("Assoziierter", 3)):
        assert stringWidth(word, fonts.BOLD, TABLE_SIZE) + 2 * CELL_PAD <= widths[column], word
    english = build_content(LONG_WORDS, check(LONG_WORDS), [], load_catalogue(), DATE)
    assert partner_widths(english, width) == [width * share for share in (0.05, 0.30, 0.23, 0.13, 0.12, 0.17)]


def test_long_german_words_are_printed_whole() -> None:
    text = "".join(pages_text(briefing_bytes(LONG_WORDS, title_date=DATE, language="de")))
    lines = text.splitlines()
    assert any("Nichtregierungsorganisation" in line for line in lines)
    assert "Antragsteller" in [line.strip() for line in lines]  # the applicant's Role cell, on one line
    assert not any(line.rstrip().endswith(("Antragstelle", "Nichtregierungsorganisati")) for line in lines)
    # Status words of two lines keep their symbol on the first line.
    assert "✘ NICHT" in text


# --- no global state ------------------------------------------------------------------------


def test_two_briefings_in_two_languages_at_once_are_independent() -> None:
    plan = scripts_plan()
    report_suggest = {lang: (check(plan, language=lang), suggest(plan, language=lang)) for lang in ("de", "fr")}
    expected = {
        lang: pages_text(briefing_bytes(plan, title_date=DATE, language=lang, report=r, suggestions=s))
        for lang, (r, s) in report_suggest.items()
    }
    produced: dict[str, list[list[str]]] = {"de": [], "fr": []}

    def work(language: str) -> None:
        for _ in range(3):
            produced[language].append(pages_text(briefing_bytes(plan, title_date=DATE, language=language)))

    threads = [threading.Thread(target=work, args=(lang,)) for lang in produced]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for language, runs in produced.items():
        assert runs and all(run == expected[language] for run in runs), language
    assert expected["de"] != expected["fr"]


def test_an_unknown_language_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    from erasmus_planner.domain.errors import PlanError
    from erasmus_planner.export import write_briefing

    out = tmp_path / "briefing.pdf"
    with pytest.raises(PlanError, match="en, de, fr, tr"):
        write_briefing(scripts_plan(), out, language="xx")
    assert not out.exists()


def test_two_briefings_are_never_laid_out_at_the_same_moment(monkeypatch: pytest.MonkeyPatch) -> None:
    # ReportLab keeps an embedded font's subsets on the shared font object: two layouts at once
    # (two windows of one planner exporting) corrupt each other's font subsets now and then (seen
    # in CI as KeyError in TTFont.makeSubset). Both threads meet at a barrier while writing their
    # PDF: if the layouts could overlap, both would pass it; one at a time, the first waits alone.
    from erasmus_planner.export.pages import FooterCanvas

    barrier = threading.Barrier(2)
    met: list[bool] = []
    original_save = FooterCanvas.save

    def save(self: FooterCanvas) -> None:
        try:
            barrier.wait(timeout=1.5)
            met.append(True)
        except threading.BrokenBarrierError:
            met.append(False)
        original_save(self)

    monkeypatch.setattr(FooterCanvas, "save", save)
    plan = scripts_plan()
    results: list[bytes] = []
    threads = [threading.Thread(target=lambda lang=lang: results.append(briefing_bytes(plan, title_date=DATE, language=lang))) for lang in ("de", "fr")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 2
    assert True not in met
