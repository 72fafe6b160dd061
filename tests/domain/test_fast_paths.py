"""The engine's and the reader's fast paths agree with the obvious versions they replaced
(duplicate groups, identifier problems, identifier normalising, country codes)."""

from __future__ import annotations

import re
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from erasmus_planner.domain import countries
from erasmus_planner.domain.identifiers import fold_name, normalise_oid, normalise_pic, oid_problem, pic_problem
from erasmus_planner.domain.model import Organisation
from erasmus_planner.domain.rules.partner_identifiers import _duplicates, _identifier_problems


def duplicates_reference(partners):  # type: ignore[no-untyped-def]
    groups = defaultdict(list)
    for p in partners:
        if p.oid:
            groups[("OID", p.oid)].append(p)
        if p.pic:
            groups[("PIC", p.pic)].append(p)
        groups[("name", f"{fold_name(p.name)}|{p.country}")].append(p)
    clusters, seen = [], set()
    for (what, value), members in groups.items():
        ids = frozenset(m.id for m in members)
        if len(members) > 1 and ids not in seen:
            seen.add(ids)
            clusters.append((what, members[0].country if what == "name" else value, members))
    return clusters


def problems_reference(partners):  # type: ignore[no-untyped-def]
    problems = []
    for p in partners:
        for label, value, problem in (("OID", p.oid, oid_problem(p.oid)), ("PIC", p.pic, pic_problem(p.pic))):
            if problem:
                problems.append((p.name, label, value or "", problem))
    return problems


# Few distinct values, so that partners often share an identifier or a name.
partners_strategy = st.lists(
    st.builds(
        Organisation,
        name=st.sampled_from(["Łódź School", "lodz school", "LODZ  SCHOOL!", "Köln", "koln", "Other"]),
        country=st.sampled_from(["PL", "DE"]),
        type=st.just("school"),
        oid=st.sampled_from([None, "", "E10000001", "E10000002", "E1", "X10000001"]),
        pic=st.sampled_from([None, "", "949999999", "949999998", "94999", "9499x9999"]),
    ),
    max_size=12,
)


@settings(max_examples=400, deadline=None)
@given(partners=partners_strategy)
def test_duplicate_groups_are_those_of_the_reference(partners: list[Organisation]) -> None:
    assert _duplicates(tuple(partners)) == duplicates_reference(partners)


@settings(max_examples=300, deadline=None)
@given(partners=partners_strategy)
def test_identifier_problems_are_those_of_the_reference(partners: list[Organisation]) -> None:
    assert _identifier_problems(tuple(partners)) == problems_reference(partners)


_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015]+")


@settings(max_examples=400, deadline=None)
@given(value=st.one_of(st.none(), st.text(), st.text(alphabet="E0123456789 .-\u2012eｅ１")))
def test_identifier_normalising_is_the_reference(value: str | None) -> None:
    if value is None:
        assert normalise_oid(value) is None and normalise_pic(value) is None
        return
    assert normalise_oid(value) == (_SEPARATORS.sub("", value).upper() or None)
    assert normalise_pic(value) == (_SEPARATORS.sub("", value) or None)


def test_country_codes_are_normalised_as_before() -> None:
    data, valid = countries._data(), countries._valid_codes()

    def reference(value: str) -> str | None:
        code = value.strip().upper()
        code = data.aliases.get(code, code)
        return code if code in valid else None

    samples = [*valid, *data.aliases, "el", " uk ", "de", "Germany", "", "  ", "XX", "gb", "xk", "EU", "D E"]
    for value in samples + [v.lower() for v in valid]:
        assert countries.normalise_code(value) == reference(value), value


def test_every_field_of_a_partner_is_read_into_its_own_attribute() -> None:
    from erasmus_planner.interchange.plan_json import parse_partner

    raw = {
        "name": " Uni Gent ", "country": "be", "type": "higher-education", "role": "applicant",
        "oid": "E-1000 0001", "pic": "949.999.999", "eche": True, "city": " Gent ", "community": "nl",
        "established": "1817", "contact": {"person": "A"}, "notes": "n", "colour": "red",
    }
    org = parse_partner(raw, index=0, year=2024)
    assert (org.name, org.country, org.type, org.role) == ("Uni Gent", "BE", "higher-education", "applicant")
    assert (org.oid, org.pic, org.eche, org.city, org.community) == ("E10000001", "949999999", True, "Gent", "nl")
    assert (org.established, dict(org.contact or {}), org.notes, dict(org.extra)) == ("1817", {"person": "A"}, "n", {"colour": "red"})
    plain = parse_partner({"name": "X", "country": "DE", "type": "school", "role": "partner"}, index=1, year=2024)
    assert (plain.oid, plain.pic, plain.eche, plain.city, plain.contact, plain.notes, dict(plain.extra)) == (None, None, False, None, None, "", {})


def test_agency_rows_are_those_dictreader_reads() -> None:
    import csv
    import io

    from erasmus_planner.domain import agencies
    from erasmus_planner.domain.resources import read_text

    expected = tuple(
        agencies._Row(
            country=raw["country"], name=raw["agency_name"], name_local=raw["agency_name_local"], acronym=raw["acronym"],
            city=raw["city"], website=raw["website"], fields=frozenset(raw["fields"].split(";")),
            from_year=int(raw["from_year"]), to_year=int(raw["to_year"]), community=raw["community"], kind=raw["kind"],  # type: ignore[arg-type]
            confidence=raw["confidence"], note=raw["note"],
        )
        for raw in csv.DictReader(io.StringIO(read_text("agencies.csv")))
    )
    assert agencies._rows() == expected


def test_partner_ids_are_128_random_bits_each_process_its_own() -> None:
    """Ids are drawn from os.urandom in blocks (model._ID_POOL): still 32 hex digits, all
    distinct, and a forked child never reuses the ids its parent has not handed out yet."""
    import os

    from erasmus_planner.domain.model import new_partner_id

    ids = [new_partner_id() for _ in range(5_000)]
    assert len(set(ids)) == len(ids)
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)
    if not hasattr(os, "fork"):
        return
    new_partner_id()  # the pool now holds ids not yet handed out
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its next id, to the parent
        os.write(write, new_partner_id().encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    child = os.read(read, 64).decode()
    os.close(read)
    assert len(child) == 32 and child != new_partner_id()
