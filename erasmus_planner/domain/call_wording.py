"""Call facts in words, in the reader's language: the text report's line, the agency card, the
briefing and the call calendar all say a deadline, a way to submit and a grant the same way.

Unconfirmed values carry "(unconfirmed)" wherever they are shown, like unconfirmed rules.
"""

from __future__ import annotations

from erasmus_planner.domain.brussels_time import Day, Moment
from erasmus_planner.domain.calls import CallFacts, Deadline, Grant, Submission
from erasmus_planner.domain.wording import ENGLISH, N_, N_n, Wording

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Final

CALLS: Final = "calls"  # catalogue context of these words

SUBMIT_LABELS: Final[dict[str, str]] = {
    "national-agency-eform": N_("the eForm, submitted online to the National Agency", CALLS),
    "eacea-eform": N_("the eForm, submitted online to the executive agency (EACEA)", CALLS),
    "national-agency-form": N_("the National Agency's web form, signed in with the organisation's OID", CALLS),
    "funding-tenders-portal": N_("the Funding & Tenders Portal, with each organisation's PIC", CALLS),
}
UNCONFIRMED: Final = N_("unconfirmed", CALLS)
DAYS_LEFT: Final = N_n("{n} day left", "{n} days left", CALLS)
# Thousands separators: 120,000 / 120.000 / 120 000 (a no-break space, never split) / 120.000.
_GROUPING: Final[dict[str, str]] = {"en": ",", "de": ".", "fr": "\u00a0", "tr": "."}


def amount(value: int, w: Wording = ENGLISH) -> str:
    """A whole number of euros with the language's thousands separator."""
    return f"{value:,}".replace(",", _GROUPING.get(w.language, ","))


def _marked(text: str, confidence: str, w: Wording) -> str:
    return f"{text} ({w.tr(UNCONFIRMED, CALLS)})" if confidence == "unconfirmed" else text


def _either(items: list[str], w: Wording) -> str:
    """"a, b or c" in the reader's language."""
    if len(items) == 1:
        return items[0]
    return w.tr("{items} or {last}", CALLS).format(items=", ".join(items[:-1]), last=items[-1])


def moment_text(moment: Moment, w: Wording = ENGLISH) -> str:
    """``5 March 2026, 12:00 Brussels time (UTC+01:00)``."""
    return w.tr("{date}, {time} Brussels time (UTC{offset})", CALLS).format(
        date=w.date(moment.day), time=moment.clock, offset=moment.offset  # type: ignore[arg-type]
    )


def clock_text(moment: Moment, w: Wording = ENGLISH) -> str:
    """``5 March 2026, 12:00 (UTC+01:00)``: where a heading already says "Brussels time"."""
    return w.tr("{date}, {time} (UTC{offset})", CALLS).format(
        date=w.date(moment.day), time=moment.clock, offset=moment.offset  # type: ignore[arg-type]
    )


def days_left_text(days: int, w: Wording = ENGLISH) -> str:
    if days == 0:
        return w.tr("closes today", CALLS)
    return w.trn(*DAYS_LEFT, days, CALLS)


def deadline_text(deadline: Deadline, on: Day, w: Wording = ENGLISH) -> str:
    """When one round closes, how many days are left, and what it was extended from."""
    text = moment_text(deadline.closes, w)
    if deadline.extended_to is not None:
        text += " " + w.tr("(extended from {date})", CALLS).format(date=w.date(deadline.at.day))  # type: ignore[arg-type]
    left = deadline.days_left(on)
    text += " — " + (days_left_text(left, w) if left >= 0 else w.tr("closed", CALLS))
    return _marked(text, deadline.confidence, w)


def next_deadline_text(facts: CallFacts, on: Day, w: Wording = ENGLISH) -> str:
    """The next deadline with the days left, or that the call year's deadlines have passed, or
    that none is recorded."""
    if not facts.deadlines:
        return w.tr("no deadline of the {year} call is recorded yet", CALLS).format(year=facts.call_year)
    upcoming = facts.next_deadline(on)
    if upcoming is None:
        last = facts.deadlines[-1]
        return w.tr("the deadlines of the {year} call have passed (the last closed on {date})", CALLS).format(
            year=facts.call_year, date=w.date(last.closes.day)  # type: ignore[arg-type]
        )
    text = deadline_text(upcoming, on, w)
    if len(facts.deadlines) > 1:
        text += " · " + w.tr("round {round} of {count}", CALLS).format(round=upcoming.round, count=len(facts.deadlines))
    return text


def submission_text(submission: Submission | None, w: Wording = ENGLISH) -> str:
    if submission is None:
        return w.tr("not recorded", CALLS)
    return _marked(w.tr(SUBMIT_LABELS[submission.via], CALLS), submission.confidence, w)


def grant_text(grant: Grant | None, w: Wording = ENGLISH) -> str:
    """The grant in one phrase: "a lump sum of EUR 120,000, 250,000 or 400,000", "at most
    EUR 450,000 per project (EUR 12,500 per month)", "at most EUR 700,000 for 24 months or
    EUR 1,000,000 for 36 months", "EUR 16,500 per school and year, at most EUR 99,000 a year"."""
    if grant is None:
        return w.tr("no figure found", CALLS)
    if grant.kind == "lump-sum":
        amounts = [amount(a, w) for a in grant.amounts_eur]
        text = w.tr("a lump sum of EUR {amounts}", CALLS).format(amounts=_either(amounts, w))
    elif grant.kind == "per-unit":
        text = w.tr("EUR {amount} per school and year, at most EUR {max} a year", CALLS).format(
            amount=amount(grant.amount_eur or 0, w), max=amount(grant.max_eur or 0, w)
        )
    elif grant.by_duration:
        tiers = [
            w.tr("EUR {max} for {months} months", CALLS).format(max=amount(top, w), months=months)
            for months, top in grant.by_duration
        ]
        text = w.tr("at most {amounts}", CALLS).format(amounts=_either(tiers, w))
    elif grant.per == "year":
        text = w.tr("at most EUR {max} per year of the project", CALLS).format(max=amount(grant.max_eur or 0, w))
    else:
        text = w.tr("at most EUR {max} per project", CALLS).format(max=amount(grant.max_eur or 0, w))
        if grant.per_month_eur:
            text += " " + w.tr("(EUR {month} per month)", CALLS).format(month=amount(grant.per_month_eur, w))
    return _marked(text, grant.confidence, w)


DEADLINE_LABEL: Final = N_("Deadline:", CALLS)
SUBMIT_LABEL: Final = N_("Submit:", CALLS)
GRANT_LABEL: Final = N_("Grant:", CALLS)


def fact_lines(facts: CallFacts, on: Day, w: Wording = ENGLISH) -> tuple[tuple[str, str, str, str], ...]:
    """The call facts as the agency card and the briefing show them: (label, value, source,
    confidence) for the next deadline (or the last, once all have passed), how to submit and
    the grant; the source is "" where nothing is recorded."""
    deadline = facts.next_deadline(on) or (facts.deadlines[-1] if facts.deadlines else None)
    return tuple(
        (w.tr(label, CALLS), text, getattr(value, "source", ""), getattr(value, "confidence", "official"))
        for label, text, value in (
            (DEADLINE_LABEL, next_deadline_text(facts, on, w), deadline),
            (SUBMIT_LABEL, submission_text(facts.submission, w), facts.submission),
            (GRANT_LABEL, grant_text(facts.grant, w), facts.grant),
        )
    )


def call_line(facts: CallFacts, on: Day, w: Wording = ENGLISH) -> str:
    """The text report's one line: next deadline · how to submit · the grant."""
    return " · ".join(f"{label} {text}" for label, text, _, _ in fact_lines(facts, on, w))
