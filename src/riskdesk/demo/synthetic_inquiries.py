"""Synthetic inquiries for the demo vault: a year of them, 5 to 25 a month as in the seed
report's Figure 1, mostly about individual cases and for advice, mostly from
Kriminalforsorgen, the jobcentre, the family department and the schools, every type and
source present, some linked to the demo's cases. Notes never name anyone."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from riskdesk.domain.inquiry import InquiryKind, InquirySource
from riskdesk.services.inquiry_service import InquiryService

MONTHS = 12
PER_MONTH = (5, 25)

_KIND_WEIGHTS: dict[InquiryKind, int] = {
    InquiryKind.CASE: 45,
    InquiryKind.ADVICE: 30,
    InquiryKind.RELEASE: 15,
    InquiryKind.OTHER: 10,
}
_SOURCE_WEIGHTS: dict[InquirySource, int] = {
    InquirySource.KRIMINALFORSORGEN: 18,
    InquirySource.JOBCENTRE: 15,
    InquirySource.FAMILY_DEPARTMENT: 15,
    InquirySource.SCHOOL: 15,
    InquirySource.CLUB: 7,
    InquirySource.POLICE: 8,
    InquirySource.PSYCHIATRY: 5,
    InquirySource.RELATIVES: 6,
    InquirySource.CITIZEN: 3,
    InquirySource.HEALTH_VISITOR: 2,
    InquirySource.PLACEMENT: 3,
    InquirySource.OTHER: 3,
}
_NOTES = (
    "",
    "",
    "Spørger til muligheden for mentor.",
    "Ønsker et møde om løsladelsen.",
    "Bekymring efter episode i klubben.",
    "Råd om samtale med forældre.",
    "Spørgsmål om forsørgelse ved løsladelse.",
    "Henvist videre til familieafdelingen.",
)


def add_demo_inquiries(
    inquiries: InquiryService, case_numbers: Sequence[str], *, seed: int, today: date
) -> int:
    """Register inquiries in each of the last twelve calendar months (this one up to
    ``today``) through ``inquiries``, each its own use case, and return how many. About a
    third of the case and release inquiries name one of ``case_numbers``."""
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not secrets
    made = 0
    # The first of the year covers every source and every type once.
    first_round = [
        (source, list(InquiryKind)[n % len(InquiryKind)]) for n, source in enumerate(InquirySource)
    ]
    for back in reversed(range(MONTHS)):
        first, last = _month(today, back)
        for _ in range(rng.randint(*PER_MONTH)):
            source, kind = first_round.pop() if first_round else _drawn(rng)
            linked = kind in (InquiryKind.CASE, InquiryKind.RELEASE) and rng.random() < 1 / 3
            inquiries.add(
                received_on=first + timedelta(days=rng.randrange((last - first).days + 1)),
                kind=kind.value,
                source=source.value,
                case_number=rng.choice(case_numbers) if linked and case_numbers else None,
                note=rng.choice(_NOTES),
                today=today,
            )
            made += 1
    return made


def _month(today: date, back: int) -> tuple[date, date]:
    """The first and last day of the calendar month ``back`` months before today's, the
    last not after today."""
    index = today.year * 12 + today.month - 1 - back
    first = date(index // 12, index % 12 + 1, 1)
    following = date((index + 1) // 12, (index + 1) % 12 + 1, 1)
    return first, min(following - timedelta(days=1), today)


def _drawn(rng: random.Random) -> tuple[InquirySource, InquiryKind]:
    (source,) = rng.choices(list(_SOURCE_WEIGHTS), weights=list(_SOURCE_WEIGHTS.values()))
    (kind,) = rng.choices(list(_KIND_WEIGHTS), weights=list(_KIND_WEIGHTS.values()))
    return source, kind
