"""Synthetic Erasmus+ Project Results exports in the real layout, for benchmarks and load tests.

The real layout of reference/project-results/format.md: the 22 fixed columns and 100 groups of
``Partner N`` columns (622 columns), UTF-8 with BOM, comma-separated, CRLF, minimal quoting, one
project per row. The content is made up but shaped like the real lists:

- call years 2014–2025, each identifier in the pattern of its programme period (KA2xx with a
  6-digit serial up to 2020, KAxxx-FFF with a 9-digit serial from 2021, KA226/KA227-FFF in 2020,
  EACEA's NNNNNN-EPP-1-YYYY-1-CC-EPPKA2-KA / -SSA for Knowledge and Sector Skills Alliances) and
  some Key Action 1 rows without partners;
- 1 to 30 partners, most projects with few (the mean participation count per project is set by
  ``--participations``);
- a shared pool of organisations, some in many projects (one in a hundred is a "hub", like a
  big university, and takes part in a hundred projects or more; most take part in a few),
  written with accents, Greek and Cyrillic letters, ``EL`` and ``UK`` country codes,
  an address with a line break now and then, and the same name now and then in capitals.

Deterministic for a given seed. Usage:

    python bench/funded_generator.py [OUT.csv] [--projects 100000] [--participations 500000] [--seed 14]

Without OUT.csv (as ``make bench`` runs every script here), a small list of 1,000 projects is
written to a temporary folder and described, then removed.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

FIXED = (
    "Programme", "Key Action", "Action Type", "Call year", "Project Identifier", "Project Title", "Topics",
    "Project Summary", "Project Status",
    "EU Grant award in euros (This amount represents the grant awarded after the selection stage and is indicative. "
    "Please note that any changes made during or after the project's lifetime will not be reflected here.)",
    "Is Good Practice", "Is Success Story", "Project Website", "Results Available", "Results Platform Project Card",
    "Participating countries", "Coordinating organisation name", "Coordinating organisation type",
    "Coordinator's address", "Coordinator's region", "Coordinator's country", "Coordinator's website",
)
GROUP = ("name", "organisation type", "address", "region", "country", "website")
PARTNER_GROUPS = 100
HEADER = (*FIXED, *(f"Partner {n} {field}" for n in range(1, PARTNER_GROUPS + 1) for field in GROUP))

# Country code as the export writes it (EU style), agency country and a few places with their region.
COUNTRIES = (
    ("DE", "Köln", "NORDRHEIN-WESTFALEN"), ("DE", "München", "BAYERN"), ("ES", "Málaga", "Andalucía"),
    ("ES", "Alicante", "Comunidad Valenciana"), ("FR", "Besançon", "Franche-Comté"), ("IT", "Trappeto", "Sicilia"),
    ("PL", "Łódź", "Łódzkie"), ("PL", "Kraków", "Małopolskie"), ("EL", "Αθήνα", "Aττική (Attiki)"),
    ("BG", "София", "София (столица) (Sofia (stolitsa))"), ("RO", "Cluj-Napoca", "Nord-Vest"), ("PT", "Porto", "Norte"),
    ("CZ", "Brno", "Jihomoravský kraj"), ("LT", "Biržai", "Panevėžio apskritis"), ("TR", "Ankara", "Turkey Extra-Regio"),
    ("UK", "Leeds", "West Yorkshire"), ("AT", "Graz", "Steiermark"), ("FI", "Tampere", "Pirkanmaa"),
    ("HU", "Győr", "Nyugat-Dunántúl"), ("SI", "Ljubljana", "Zahodna Slovenija"), ("LI", "Triesen", "Liechtenstein"),
    ("RS", "Kruševac", "Serbia"), ("NL", "Utrecht", "Utrecht"), ("SE", "Göteborg", "Västsverige"),
)
TYPES = (
    ("School/Institute/Educational centre – General education (secondary level)", ("Gimnazjum", "Lycée", "Gymnasium", "Escola Secundária", "Liceo")),
    ("School/Institute/Educational centre – Vocational Training (secondary level)", ("Berufskolleg", "Zespół Szkół Zawodowych", "Lycée professionnel", "Instituto de FP")),
    ("Higher education institution (tertiary level)", ("Universität", "Universidad", "Université", "Uniwersytet", "Πανεπιστήμιο")),
    ("School/Institute/Educational centre – Adult education", ("Volkshochschule", "Centro de Educación de Adultos", "Folkuniversitetet")),
    ("Non-governmental organisation/association/social enterprise", ("Stowarzyszenie", "Verein", "Asociación", "Association", "Сдружение")),
    ("Small and medium sized enterprise", ("GmbH", "S.L.", "Sp. z o.o.", "SARL", "Kft.")),
    ("Local Public body", ("Stadt", "Ayuntamiento de", "Urząd Miasta", "Mairie de")),
    ("Research Institute/Centre", ("Institut für", "Instituto de Investigación", "Research Centre")),
    ("Foundation", ("Stiftung", "Fundación", "Fundacja")),
    ("Other", ("Centrum", "Centre", "Zentrum")),
    ("Sport club", ("Sportklub", "Club Deportivo")),
)
SUBJECTS = ("Innovation", "Inclusion", "Digital Skills", "Green Futures", "Entrepreneurship", "Mobility", "STEM", "Languages",
            "Arts", "Citizenship", "Wellbeing", "Heritage", "Robotics", "Tourism", "Agriculture", "Media")
# (weight, code, action type, first year, last year, with field part, partners)
ACTIONS = (
    (30, "KA2", "Strategic Partnerships for school education", 2014, 2020, False, True),
    (30, "KA220", "Cooperation partnerships", 2021, 2025, True, True),
    (14, "KA210", "Small-scale partnerships", 2021, 2025, True, True),
    (6, "KA229", "School Exchange Partnerships", 2018, 2020, False, True),
    (3, "KA226", "Partnerships for Digital Education Readiness", 2020, 2020, True, True),
    (2, "EPPKA2-KA", "Knowledge Alliances", 2014, 2020, False, True),
    (2, "EPPKA2-SSA", "Sector Skills Alliances", 2015, 2020, False, True),
    (13, "KA1", "School education staff mobility", 2014, 2025, False, False),
)
FIELDS = ("SCH", "VET", "HED", "ADU", "YOU")


class Pool:
    """Organisations shared between projects: a few take part very often, most once or twice."""

    def __init__(self, size: int, rng: random.Random) -> None:
        self.rng = rng
        self.orgs = [self._make(i) for i in range(size)]

    def _make(self, i: int) -> tuple[str, str, str, str, str, str]:
        rng = self.rng
        country, town, region = rng.choice(COUNTRIES)
        label, words = rng.choice(TYPES)
        name = f"{rng.choice(words)} {town} {rng.choice(SUBJECTS)} {i}"
        if i % 17 == 0:
            name = name.upper()  # the same name in capitals in one list and not in another
        street = f"{rng.choice(('Hauptstraße', 'ul. Piotrkowska', 'Calle Mayor', 'Rue de la Paix', 'Οδός Ερμού'))} {i % 200 + 1}"
        address = f"{street}{chr(10) if i % 41 == 0 else ''}, {10000 + i % 89999}, {town}"
        website = "" if i % 5 == 0 else f"www.org{i}.{country.lower()}"
        return name, label, address, region, country, website

    def pick(self) -> tuple[str, str, str, str, str, str]:
        # 15 % of all participations go to the hubs (the first 1 % of the pool); the rest to the
        # whole pool with a mild preference for the first (u^1.5): a long tail of one-off partners.
        rng, size = self.rng, len(self.orgs)
        if rng.random() < 0.15:
            return self.orgs[rng.randrange(max(1, size // 100))]
        return self.orgs[int(size * rng.random() ** 1.5)]


def _partners(rng: random.Random, mean: float) -> int:
    """1 to 30 partners, most projects few: a geometric draw with the wanted mean."""
    p = 1 / max(mean, 1.0)
    count = 1
    while count < 30 and rng.random() > p:
        count += 1
    return count


def rows(projects: int, participations: int, seed: int) -> Iterator[list[str]]:
    rng = random.Random(seed)
    pool = Pool(max(1000, participations // 6), rng)
    weights = [a[0] for a in ACTIONS]
    mobility_share = ACTIONS[-1][0] / sum(weights)
    # Mean partners per partnership so that the whole file has about ``participations`` rows.
    mean_partners = max(1.0, (participations / projects - 1) / (1 - mobility_share))
    serial = 0
    for _ in range(projects):
        serial += 1
        _, code, action_type, first, last, with_field, has_partners = rng.choices(ACTIONS, weights)[0]
        year = rng.randint(first, last)
        coordinator = pool.pick()
        agency = {"EL": "EL", "UK": "UK"}.get(coordinator[4], coordinator[4])
        field = rng.choice(FIELDS)
        if code.startswith("EPPKA2"):
            identifier = f"{500000 + serial}-EPP-1-{year}-1-{agency}-{code}"
        elif code == "KA2":
            identifier = f"{year}-1-{agency}01-KA20{rng.randint(1, 4)}-{serial:06d}"
        elif code == "KA1":
            identifier = f"{year}-1-{agency}01-KA101-{serial:06d}" if year < 2021 else f"{year}-1-{agency}01-KA121-{field}-{serial:09d}"
        elif code == "KA226":
            identifier = f"{year}-1-{agency}01-KA226-{rng.choice(('SCH', 'VET', 'HE'))}-{serial:06d}"
        elif year >= 2021 and with_field:
            identifier = f"{year}-{rng.randint(1, 2)}-{agency}01-{code}-{field}-{serial:09d}"
        else:
            identifier = f"{year}-1-{agency}01-{code}-{serial:06d}"
        members = [pool.pick() for _ in range(_partners(rng, mean_partners))] if has_partners else []
        countries = ",".join(dict.fromkeys(m[4] for m in (coordinator, *members)))
        title = f"{rng.choice(SUBJECTS)} for {rng.choice(SUBJECTS).lower()} – {serial}"
        fixed = [
            "Erasmus+", "Cooperation for innovation and the exchange of good practices", action_type, str(year),
            identifier, title, "Inclusion - equity; Digital content, technologies and practices", "",
            rng.choice(("finalized", "ongoing")), f"{rng.randint(5000, 400000)}.00", rng.choice(("Yes", "No")), "No",
            "", "No", f"https://erasmus-plus.ec.europa.eu/projects/search/details/{identifier}", countries,
            coordinator[0], coordinator[1], coordinator[2], coordinator[3], coordinator[4], coordinator[5],
        ]
        groups = [cell for member in members for cell in member]
        yield fixed + groups + [""] * (6 * PARTNER_GROUPS - len(groups))


def write(path: Path, projects: int, participations: int, seed: int = 14) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows(projects, participations, seed))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path, nargs="?")
    parser.add_argument("--projects", type=int, default=100_000)
    parser.add_argument("--participations", type=int, default=500_000)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)
    if args.output is None:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            return main([str(Path(folder) / "sample.csv"), "--projects", "1000", "--participations", "5000"])
    start = time.perf_counter()
    write(args.output, args.projects, args.participations, args.seed)
    size = args.output.stat().st_size
    print(f"wrote {args.output}: {args.projects:,} projects, {size / 1e6:.0f} MB in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
