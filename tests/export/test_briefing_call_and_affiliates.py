"""The briefing says by when, how and for how much (under the agency, each with its source), and
lists affiliated entities under their partner: read back from the PDF itself."""

from __future__ import annotations

import pytest
from briefing_plans import SAMPLE, org, pages_text, plan_of, squash

from erasmus_planner.domain.brussels_time import Day
from erasmus_planner.domain.eligibility import check
from erasmus_planner.export import briefing_bytes
from erasmus_planner.services.plan_files import load_plan


def briefing_on(plan, day: Day, language: str = "en") -> list[str]:  # type: ignore[no-untyped-def]
    report = check(plan, language=language, today=day)
    return pages_text(briefing_bytes(plan, report=report, title_date="7 December 2026", language=language))


@pytest.mark.parametrize(
    ("day", "deadline"),
    [
        (Day(2019, 1, 10), "Deadline: 21 March 2019, 12:00 Brussels time (UTC+01:00) — 70 days left"),
        (Day(2019, 3, 21), "Deadline: 21 March 2019, 12:00 Brussels time (UTC+01:00) — closes today"),
        (Day(2019, 3, 22), "Deadline: the deadlines of the 2019 call have passed (the last closed on 21 March 2019)"),
    ],
)
def test_the_sample_briefing_says_the_deadline_the_form_and_the_grant_with_their_sources(day: Day, deadline: str) -> None:
    first = squash(briefing_on(load_plan(SAMPLE), day)[0])
    # all of it in the Submit to box, before the applicant
    at = first.index(squash("SUBMIT TO"))
    before_applicant = first[at : first.index(squash("APPLICANT (COORDINATOR)"))]
    assert squash(deadline) in before_applicant
    assert squash("Submit: the eForm, submitted online to the National Agency") in before_applicant
    assert squash("Grant: at most EUR 450,000 per project (EUR 12,500 per month)") in before_applicant
    assert squash("Source: Call 2019 Round 1 KA2 eForm header") in before_applicant
    assert squash("'Erasmus+ Technical guidelines for completing application e-forms") in before_applicant
    assert squash("Source: uarctic.org (2016 call)") in before_applicant


def test_unconfirmed_call_facts_are_marked() -> None:
    plan = plan_of(
        [org("A", "PL", role="applicant"), org("B", "DE"), org("C", "FR")],
        action="digital-education-readiness", field="school", call_year=2020,
    )
    first = squash(briefing_on(plan, Day(2020, 9, 1))[0])
    assert squash("Grant: at most EUR 300,000 per project (EUR 12,500 per month) (unconfirmed)") in first
    assert squash("⚠ UNCONFIRMED") in first.upper() or squash("unconfirmed") in first


def test_the_call_facts_in_german() -> None:
    first = squash(briefing_on(load_plan(SAMPLE), Day(2019, 1, 10), "de")[0])
    assert squash("Frist: 21. März 2019, 12:00 Uhr Brüsseler Zeit (UTC+01:00) — noch 70 Tage") in first
    assert squash("Zuschuss: höchstens 450.000 EUR je Projekt (12.500 EUR je Monat)") in first


def test_affiliated_entities_are_listed_under_their_partner_and_counted_apart() -> None:
    partners = [
        org("Universidade do Porto", "PT", "higher-education", "applicant", eche=True),
        org("Sonae Indústria SGPS", "PT", "enterprise-large"),
        org("UPTEC", "PT", "research-institute", "affiliated-entity", affiliated_to="Universidade do Porto"),
        org("Wirtschaftskammer Wien", "AT", "social-partner"),
        org("Agrotech Cyprus Ltd", "CY", "enterprise-sme", "affiliated-entity", affiliated_to="Sonae Indústria SGPS"),
    ]
    plan = plan_of(partners, action="alliance-for-innovation", field=None, lot="education-enterprises", call_year=2024)
    text = squash("".join(briefing_on(plan, Day(2024, 1, 1))))
    # Portugal: the applicant, its affiliated entity right under it, then the other full partner
    assert squash("1 Universidade do Porto") in text
    porto = text.index(squash("Universidade do Porto Higher education institution"))
    uptec = text.index(squash("↳ UPTEC"))
    sonae = text.index(squash("Sonae Indústria SGPS Large enterprise"))
    assert porto < uptec < sonae
    assert squash("Affiliated entity of Universidade do Porto") in text
    # an affiliated entity in a country of its own is listed there, naming its partner
    assert squash("Agrotech Cyprus Ltd Small or medium-sized enterprise Affiliated entity of Sonae Indústria SGPS") in text
    assert squash("2 Affiliated entities") in text
    assert squash("Not counted toward the minimums: UPTEC (affiliated entity of Universidade do Porto)") in text
