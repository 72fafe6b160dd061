"""Near-duplicate candidates: only within one country, each with its reason, never a merge."""

from __future__ import annotations

import random

import pytest

from erasmus_planner.domain.identifiers import fold_name
from erasmus_planner.domain.near_duplicates import RARE, candidates


def entries(*rows: tuple[str, str, str | None]) -> list[tuple[int, str, str, str | None]]:
    return [(i, fold_name(name), country, host) for i, (name, country, host) in enumerate(rows, start=1)]


@pytest.mark.parametrize(
    "first, second, reason",
    [
        (("Universidad de Alicante", "ES", "ua.es"), ("UNIVERSIDAD DE ALICANTE", "ES", "alicante.es"), "same-name"),
        (("Universidad de Alicante", "ES", "ua.es"), ("Univ. Alicante", "ES", "ua.es"), "same-website"),
        (("Alicante, Universidad de", "ES", None), ("Universidad de Alicante", "ES", None), "same-words"),
        (("Europäisches Institut für interkulturelle Forschung", "LI", None), ("Europaisches Institut fur interkulturelle und interreligiose Forschung", "LI", None), "contained-name"),
        (("Szkoła Podstawowa nr 3 w Łodzi", "PL", None), ("Szkola Podstawowa nr 3 w Lodzi.", "PL", "sp3.lodz.pl"), "same-name"),
        (("Zespół Szkół Technicznych w Rybniku", "PL", None), ("Zespol Szkol Technicznych Rybnik", "PL", None), "similar-name"),
    ],
)
def test_each_kind_of_likeness_is_found_with_its_reason(first, second, reason) -> None:  # type: ignore[no-untyped-def]
    (candidate,) = candidates(entries(first, second))
    assert (candidate.first, candidate.second, candidate.reason) == (1, 2, reason)


@pytest.mark.parametrize(
    "first, second",
    [
        (("Universidad de Alicante", "ES", None), ("Universidad de Alicante", "PT", None)),  # two countries
        (("Primary School No. 1", "PL", None), ("Primary School No. 2", "PL", None)),  # different numbers
        (("Stadt Köln", "DE", None), ("Universität zu Köln", "DE", None)),
        (("Facebook page", "DE", None), ("Other group", "DE", None)),
    ],
)
def test_different_organisations_are_not_candidates(first, second) -> None:  # type: ignore[no-untyped-def]
    assert candidates(entries(first, second)) == []


def test_common_words_alone_do_not_make_everything_a_candidate() -> None:
    rows = [(f"School {word}", "DE", None) for word in ("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta")]
    assert candidates(entries(*rows)) == []


def test_thousands_of_entries_are_compared_quickly_through_their_rare_words() -> None:
    rng = random.Random(7)
    syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "su"]
    # Place-like words that few names share, as real names have, beside the common "school".
    places = ["".join(rng.choice(syllables) for _ in range(4)) for _ in range(3_000)]
    names = {f"{rng.choice(places)} {''.join(rng.choice(syllables) for _ in range(5))}" for _ in range(20_000)}
    rows = [(f"{name} school", "PL", None) for name in sorted(names)]
    rows.append((rows[0][0] + "s", "PL", None))  # one near-duplicate among them
    found = candidates(entries(*rows))
    assert (1, len(rows)) in {(c.first, c.second) for c in found}
    assert RARE < 100
