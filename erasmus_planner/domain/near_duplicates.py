"""Which directory entries may be one organisation written two ways: candidates, never merges.

Funded-project lists spell the same organisation differently from project to project
("Universidad de Alicante", "UNIVERSIDAD DE ALICANTE " with another website, "Univ. of
Alicante"). Entries are compared only within one country, on their folded names (accents,
case and punctuation already gone) and website hosts:

- the same name with different websites (the import kept them apart on purpose);
- the same website host under different names;
- the same words in another order;
- every word of one name (three at least) in the other ("… für interkulturelle Forschung" and
  "… für interkulturelle und interreligiöse Forschung");
- names that are nearly the same (``difflib``'s ratio at or above ``SIMILAR``).

Comparing every pair in a country of 20,000 entries would take minutes, so names are compared
only when they share one of their two rarest words, and only a word that few names of that
country have (``RARE``): "school" links everything and proves nothing, "alicante" links the few
that matter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from difflib import SequenceMatcher
from itertools import combinations

from erasmus_planner.domain.values import Value

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

SIMILAR: Final = 0.88
RARE: Final = 60  # a word in at most this many names of one country links them for comparison
LINKING_WORDS: Final = 2
SAME_NAME: Final = "same-name"
SAME_WEBSITE: Final = "same-website"
SAME_WORDS: Final = "same-words"
CONTAINED_NAME: Final = "contained-name"
SIMILAR_NAME: Final = "similar-name"
REASONS: Final = (SAME_NAME, SAME_WEBSITE, SAME_WORDS, CONTAINED_NAME, SIMILAR_NAME)
WORD_SIMILAR: Final = 0.8  # two spellings of one word ("rybnik", "rybniku")
CONTAINED_WORDS: Final = 3  # the shorter name has at least this many words


class Candidate(Value):
    """Two entries (``first`` < ``second``, ids) that may be one organisation, and why."""

    __slots__ = _fields = ("first", "second", "country", "score", "reason")

    first: int
    second: int
    country: str
    score: float
    reason: str

    def __init__(self, first: int, second: int, country: str, score: float, reason: str) -> None:
        object.__setattr__(self, "first", min(first, second))
        object.__setattr__(self, "second", max(first, second))
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "reason", reason)


Entry = tuple[int, str, str, "str | None"]  # (id, folded name, country, website host)


def candidates(entries: Iterable[Entry]) -> list[Candidate]:
    """Every likely pair, the surest first (then by country and id)."""
    by_country: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        by_country[entry[2]].append(entry)
    found: dict[tuple[int, int], Candidate] = {}
    for country, items in by_country.items():
        for candidate in _in_country(country, items):
            key = (candidate.first, candidate.second)
            if key not in found or found[key].score < candidate.score:
                found[key] = candidate
    return sorted(found.values(), key=lambda c: (-c.score, c.country, c.first, c.second))


def _in_country(country: str, items: list[Entry]) -> Iterable[Candidate]:
    by_name: dict[str, list[int]] = defaultdict(list)
    by_host: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for entry_id, name, _, host in items:
        by_name[name].append(entry_id)
        if host:
            by_host[host].append((entry_id, name))
    for ids in by_name.values():
        for a, b in combinations(ids, 2):
            yield Candidate(a, b, country, 1.0, SAME_NAME)
    for members in by_host.values():
        for (a, name_a), (b, name_b) in combinations(members, 2):
            if name_a != name_b:
                yield Candidate(a, b, country, 0.95, SAME_WEBSITE)
    yield from _similar_names(country, by_name)


def _similar_names(country: str, by_name: dict[str, list[int]]) -> Iterable[Candidate]:
    names = list(by_name)
    words_of = [frozenset(name.split()) for name in names]
    holders: dict[str, list[int]] = defaultdict(list)
    for index, words in enumerate(words_of):
        for word in words:
            holders[word].append(index)
    compared: set[tuple[int, int]] = set()
    for index, name in enumerate(names):
        # SequenceMatcher caches what it learns of its second sequence: this name, compared many times.
        matcher = SequenceMatcher(None, "", name, autojunk=False)
        # Linked through its two rarest words only: a near-duplicate shares at least one of them
        # unless both are misspelt, and common words would bring in every other name.
        shared = [w for w in words_of[index] if len(holders[w]) > 1]  # a word of its own links nothing
        rarest = sorted(shared, key=lambda w: (len(holders[w]), w))[:LINKING_WORDS]
        for word in rarest:
            others = holders[word]
            if len(others) > RARE:
                continue
            for other in others:
                if other <= index or (index, other) in compared:
                    continue
                compared.add((index, other))
                score, reason = _likeness(matcher, name, names[other], words_of[index], words_of[other])
                if reason:
                    for a in by_name[name]:
                        for b in by_name[names[other]]:
                            yield Candidate(a, b, country, score, reason)


def _likeness(matcher: SequenceMatcher, name: str, other: str, words: frozenset[str], other_words: frozenset[str]) -> tuple[float, str]:
    if sorted(name.split()) == sorted(other.split()):
        return 0.97, SAME_WORDS
    shorter, longer = sorted((words, other_words), key=len)
    if len(shorter) >= CONTAINED_WORDS and shorter < longer:
        return 0.9, CONTAINED_NAME
    if {w for w in words if w.isdigit()} != {w for w in other_words if w.isdigit()}:
        return 0.0, ""  # "School No. 1" and "School No. 2" are two schools
    matcher.set_seq1(other)
    if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
        return 0.0, ""
    ratio = matcher.ratio()
    if ratio < SIMILAR or not _words_correspond(words - other_words, other_words - words):
        return 0.0, ""
    return round(ratio, 3), SIMILAR_NAME


def _words_correspond(only_here: frozenset[str], only_there: frozenset[str]) -> bool:
    """Every word that differs is a variant of a word on the other side ("rybniku" of "rybnik"),
    or a short word ("w", "de", "of"): "School Beta" and "School Zeta" differ by a whole word."""
    for ours, theirs in ((only_here, only_there), (only_there, only_here)):
        for word in ours:
            if len(word) > 2 and not any(SequenceMatcher(None, word, other).ratio() >= WORD_SIMILAR for other in theirs):
                return False
    return True
