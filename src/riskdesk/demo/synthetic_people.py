"""Synthetic, Danish-looking people and cases for the demo vault, tests and benchmarks.

Seeded and reproducible. Names are common Danish first names and surnames combined
at random; CPR numbers are well-formed with real dates and pass modulus-11 where
the CPR office would have issued one (births before 2007). Phone numbers, e-mail
addresses and postal codes pass the rules a person is saved under (Danish 8-digit
numbers, addresses at example.com, postal codes from the shipped list with its towns).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from riskdesk.domain.case import CaseKind, LegalBasis, ReferralSource
from riskdesk.domain.cpr import age_at, century_for

_FIRST_NAMES_MALE = (
    "Mads",
    "Frederik",
    "Oliver",
    "Lucas",
    "Emil",
    "Noah",
    "Victor",
    "Magnus",
    "Mikkel",
    "Mathias",
    "Jonas",
    "Kasper",
    "Rasmus",
    "Ahmad",
    "Ali",
    "Omar",
    "Yusuf",
    "Jakob",
    "Sebastian",
    "Tobias",
    "Anton",
    "William",
    "Malthe",
    "Elias",
    "Hassan",
    "Mohammed",
)
_FIRST_NAMES_FEMALE = (
    "Emma",
    "Ida",
    "Sofie",
    "Freja",
    "Clara",
    "Laura",
    "Anna",
    "Ella",
    "Maja",
    "Josefine",
    "Mathilde",
    "Karoline",
    "Alma",
    "Agnes",
    "Nora",
    "Sara",
    "Fatima",
    "Amira",
    "Line",
    "Signe",
    "Cecilie",
    "Astrid",
    "Aya",
    "Zeynep",
)
_SURNAMES = (
    "Nielsen",
    "Jensen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Christiansen",
    "Poulsen",
    "Johansen",
    "Møller",
    "Mortensen",
    "Østergaard",
    "Kaya",
    "Yilmaz",
    "Hussein",
    "Ahmed",
    "Khan",
    "Ibrahim",
    "Dahl",
    "Bækgaard",
    "Lund",
)
_STREETS = (
    "Vestergade",
    "Nørregade",
    "Søndergade",
    "Østergade",
    "Skolevej",
    "Parkvej",
    "Engvej",
    "Kirkevej",
    "Birkevej",
    "Åboulevarden",
    "Møllevej",
    "Egevænget",
    "Rosenvænget",
    "Bøgeløkken",
    "Stationsvej",
    "Havnegade",
)
_TOWNS = (
    ("8000", "Aarhus C"),
    ("8200", "Aarhus N"),
    ("8210", "Aarhus V"),
    ("8220", "Brabrand"),
    ("8260", "Viby J"),
    ("8270", "Højbjerg"),
    ("8600", "Silkeborg"),
    ("8700", "Horsens"),
    ("7100", "Vejle"),
    ("5000", "Odense C"),
    ("2300", "København S"),
    ("4000", "Roskilde"),
)
_RELATIONS = ("mor", "far", "værge", "plejemor", "plejefar")
_CLOSE_REASONS = (
    "Målene i handleplanen er nået.",
    "Borgeren er flyttet fra kommunen.",
    "Sagen er overdraget til Familieafsnittet.",
    "Borgeren ønsker ikke at deltage.",
)
_MODULUS11_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2)
# Addresses at a domain reserved for examples (RFC 2606), so no demo mail can reach anyone.
_MAIL_DOMAIN = "example.com"
_ASCII_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


@dataclass(frozen=True)
class SyntheticRecord:
    """Validated-shape input for one person and one case (as the GUI or CLI would give)."""

    person: dict[str, Any]
    case: dict[str, Any]


def _seventh_digit_for(year: int, rng: random.Random) -> int:
    yy = year % 100
    candidates = [
        d for d in range(10) if century_for(year_in_century=yy, seventh_digit=d) + yy == year
    ]
    return rng.choice(candidates)


def synthetic_cpr(born: date, *, male: bool, rng: random.Random) -> str:
    """A CPR number for ``born``; modulus-11-valid for births before 2007."""
    head = born.strftime("%d%m%y")
    seventh = _seventh_digit_for(born.year, rng)
    for _ in range(200):
        middle = f"{seventh}{rng.randrange(100):02d}"
        partial = head + middle
        if born.year >= 2007:
            last = rng.randrange(10)
        else:
            remainder = (
                sum(int(d) * w for d, w in zip(partial, _MODULUS11_WEIGHTS, strict=True)) % 11
            )
            last = (11 - remainder) % 11
            if last == 10:
                continue
        if (last % 2 == 1) == male:
            return f"{head}-{middle}{last}"
    raise RuntimeError("no CPR sequence found")  # unreachable with 200 tries in practice


def _email(first: str, surname: str) -> str:
    # Made from the name without drawing from the generator, so the people drawn with a
    # seed stay the same as before e-mail addresses were added.
    local = f"{first}.{surname}".lower().translate(_ASCII_LETTERS)
    return f"{local}@{_MAIL_DOMAIN}"


def _weighted[T](rng: random.Random, weights: dict[T, int]) -> T:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def synthetic_records(
    count: int, *, seed: int, today: date, caseworkers: tuple[str, ...]
) -> list[SyntheticRecord]:
    """``count`` people, each with one case, in a realistic mix of levels, kinds and sources.

    Most cases are niveau 2 (the unit's report has 25 of 27); niveau 1 is a concern
    without a file, so it is not generated as a case.
    """
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not secrets
    records: list[SyntheticRecord] = []
    filed: set[str] = set()
    for index in range(count):
        male = rng.random() < 0.8
        first = rng.choice(_FIRST_NAMES_MALE if male else _FIRST_NAMES_FEMALE)
        surname = rng.choice(_SURNAMES)
        age = rng.choices(
            (rng.randint(12, 17), rng.randint(18, 29), rng.randint(30, 45)), weights=(45, 45, 10)
        )[0]
        born = today - timedelta(days=age * 365 + rng.randrange(365))
        age = age_at(born, today)
        postal_code, city = rng.choice(_TOWNS)
        cpr = synthetic_cpr(born, male=male, rng=rng)
        # A person is filed once per CPR number: draw again on the rare clash (thousands of
        # people share a few thousand birth dates and a hundred sequence numbers each).
        while cpr in filed:
            cpr = synthetic_cpr(born, male=male, rng=rng)
        filed.add(cpr)
        person: dict[str, Any] = {
            "name": f"{first} {surname}",
            "cpr": cpr,
            "phone": f"{rng.choice((2, 3, 4, 5, 6, 7))}{rng.randrange(10_000_000):07d}",
            "email": _email(first, surname) if index % 3 == 0 and age >= 18 else "",
            "address": f"{rng.choice(_STREETS)} {rng.randint(1, 140)}",
            "postal_code": postal_code,
            "city": city,
            "guardians": [],
            "notes": "",
        }
        if age < 18:
            person["guardians"] = [
                {
                    "name": f"{rng.choice(_FIRST_NAMES_FEMALE)} {surname}",
                    "relation": rng.choice(_RELATIONS),
                    "phone": f"{rng.choice((2, 4, 6))}{rng.randrange(10_000_000):07d}",
                    "email": "",
                }
            ]
        kind = _weighted(
            rng,
            {
                CaseKind.INDIVIDUAL: 55,
                CaseKind.RELEASE: 20 if age >= 18 else 2,
                CaseKind.MENTOR_COURSE: 18,
                CaseKind.EXIT: 5,
            },
        )
        level = 3 if kind is CaseKind.EXIT else _weighted(rng, {2: 90, 3: 10})
        source = _weighted(
            rng,
            {
                ReferralSource.KRIMINALFORSORGEN: 25 if kind is CaseKind.RELEASE else 5,
                ReferralSource.JOBCENTRE: 10,
                ReferralSource.FAMILY_DEPARTMENT: 15 if age < 18 else 3,
                ReferralSource.SCHOOL: 15 if age < 18 else 1,
                ReferralSource.CLUB: 6,
                ReferralSource.POLICE: 14,
                ReferralSource.PSYCHIATRY: 4,
                ReferralSource.RELATIVES: 5,
                ReferralSource.CITIZEN: 3,
                ReferralSource.OTHER: 2,
            },
        )
        opened = today - timedelta(days=rng.randrange(30, 720))
        case: dict[str, Any] = {
            "level": level,
            "kind": kind,
            "opened_on": opened,
            "caseworker": rng.choice(caseworkers),
            "referral_source": source,
            "legal_basis": _weighted(
                rng, {LegalBasis.RPL_115: 50, LegalBasis.CONSENT: 40, LegalBasis.NOT_RECORDED: 10}
            ),
        }
        if rng.random() < 0.25:
            closed = min(today, opened + timedelta(days=rng.randrange(60, 400)))
            case |= {
                "status": "closed",
                "closed_on": closed,
                "close_reason": rng.choice(_CLOSE_REASONS),
            }
        records.append(SyntheticRecord(person=person, case=case))
    return records
