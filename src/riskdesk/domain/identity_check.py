"""Finding identity in a short note that belongs to no known person (a niveau-1 concern,
an inquiry), so it can be refused with a message saying what was found. Pure functions.

The rules are the pseudonymised agenda's scrubber's (:mod:`text_scrubbing`): the same
patterns, tried in the same order, for CPR-like numbers in any spelling and any digit
script, e-mail addresses and phone numbers with or without a country prefix (an amount
with thousands dots and a date written with dashes are kept, as there).

Birth dates: the scrubber knows whose birth date to look for; here nobody is known, so
any full date in one of the scrubber's birth-date spellings (``1.2.2003``, ``1/2-03``,
``2003-02-01``, ``01022003``, ``20030201``, ``1. februar 2003``, ``February 1, 2003``)
counts as a possible birth date when it would make someone 1 to 100 years old on the
note's day. A date from the last year or in the future is read as when something happened
or will happen ("set ved skolen 3.11.2026"): notes need those, and nobody the unit works
with is a baby. An older event is written by month and year ("marts 2019"). A date after
a word for birth ("født 1. februar", "f. 1/2") is a birth date with or without a year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from enum import StrEnum

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.text_scrubbing import (
    CPR_SHAPED,
    DATE_GAP,
    EMAIL,
    MONTH_NAMES,
    PHONE,
    PREFIXED_PHONE,
    is_kept_number,
    matchable,
)

OLDEST_AGE = 100
YOUNGEST_AGE = 1


class IdentityKind(StrEnum):
    """What was found, in the order a refusal names them."""

    CPR = "cpr"
    BIRTH_DATE = "birth_date"
    EMAIL = "email"
    PHONE = "phone"


_KIND_WORDS: dict[IdentityKind, LocalizedText] = {
    IdentityKind.CPR: LocalizedText(da="et CPR-nummer", en="a CPR number"),
    IdentityKind.BIRTH_DATE: LocalizedText(da="en fødselsdato", en="a date of birth"),
    IdentityKind.EMAIL: LocalizedText(da="en e-mailadresse", en="an e-mail address"),
    IdentityKind.PHONE: LocalizedText(da="et telefonnummer", en="a phone number"),
}
_REFUSAL = LocalizedText(
    da="Noten indeholder {found}. Fjern det, og skriv heller ikke navne: "
    "noten må ikke kunne pege på en person.",
    en="The note contains {found}. Remove it, and do not write names either: "
    "the note must not point to a person.",
)

_MONTH_NUMBER = {name: month for month, names in MONTH_NAMES.items() for name in names}
_MONTHS = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
_YEAR = r"(?P<y>\d{4}|\d\d)"
# The scrubber's birth-date spellings with any day, month and year in place of one date.
_FULL_DATES = [
    re.compile(rf"(?<!\d)(?P<d>\d\d?){DATE_GAP}(?P<m>\d\d?){DATE_GAP}{_YEAR}(?!\d)"),
    re.compile(rf"(?<!\d)(?P<y>\d{{4}}){DATE_GAP}(?P<m>\d\d?){DATE_GAP}(?P<d>\d\d?)(?!\d)"),
    re.compile(rf"(?<!\d)(?P<d>\d\d)(?P<m>\d\d){_YEAR}(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)(?!\d)"),
    re.compile(
        rf"(?<!\d)(?P<d>\d\d?)\.?\s*(?:(?:af|i|of)\s+)?(?P<mn>{_MONTHS})\b\.?,?\s*'?{_YEAR}(?!\d)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<!\w)(?P<mn>{_MONTHS})\b\.?\s*(?P<d>\d\d?)(?:st|nd|rd|th)?\b,?\s*(?P<y>\d{{4}})(?!\d)",
        re.IGNORECASE,
    ),
]
_BORN_DATE = re.compile(
    rf"(?<!\w)(?:født|f\.|fødselsdato|fødselsdag|born|birthday|d\.?o\.?b\.?)\s*:?\s*"
    rf"(?:den\s+|d\.\s*)?(?P<d>\d\d?)(?:{DATE_GAP}|\.?\s*)(?:{_MONTHS}|\d\d?)\b",
    re.IGNORECASE,
)
_BLANK = "#"


def find_identity(text: str, *, on: date) -> tuple[IdentityKind, ...]:
    """The kinds of identity in ``text`` written on the day ``on``, in the order of
    :class:`IdentityKind`; empty when none was found."""
    work = matchable(text)
    found: set[IdentityKind] = set()
    # The scrubber's order: what one pattern takes, a later one does not see again.
    for kind, pattern in (
        (IdentityKind.EMAIL, EMAIL),
        (IdentityKind.PHONE, PREFIXED_PHONE),
        (IdentityKind.CPR, CPR_SHAPED),
    ):
        work = _take(work, pattern.finditer(work), kind, found)
    work = _take(work, _BORN_DATE.finditer(work), IdentityKind.BIRTH_DATE, found)
    for pattern in _FULL_DATES:
        births = (m for m in pattern.finditer(work) if _is_possible_birth(m, on))
        work = _take(work, births, IdentityKind.BIRTH_DATE, found)
    phones = (m for m in PHONE.finditer(work) if not is_kept_number(m.group()))
    _take(work, phones, IdentityKind.PHONE, found)
    return tuple(kind for kind in IdentityKind if kind in found)


def identity_problem(field: str, found: Iterable[IdentityKind]) -> Problem:
    """The problem for ``field`` naming what was found ("Noten indeholder et CPR-nummer
    og en e-mailadresse")."""
    words = [_KIND_WORDS[kind] for kind in IdentityKind if kind in set(found)]
    return Problem(
        field,
        LocalizedText(
            da=_REFUSAL.da.format(found=_listed([w.da for w in words], "og")),
            en=_REFUSAL.en.format(found=_listed([w.en for w in words], "and")),
        ),
    )


def require_no_identity(text: str, *, field: str, on: date) -> None:
    """Refuse ``text`` for ``field`` when it holds identity; nothing else is checked."""
    found = find_identity(text, on=on)
    if found:
        raise UserInputError([identity_problem(field, found)])


def _take(
    work: str, matches: Iterator[re.Match[str]], kind: IdentityKind, found: set[IdentityKind]
) -> str:
    pieces: list[str] = []
    end = 0
    for match in matches:
        found.add(kind)
        pieces += [work[end : match.start()], _BLANK * (match.end() - match.start())]
        end = match.end()
    pieces.append(work[end:])
    return "".join(pieces)


def _is_possible_birth(match: re.Match[str], on: date) -> bool:
    groups = match.groupdict()
    month = _MONTH_NUMBER[groups["mn"].lower()] if groups.get("mn") else int(groups["m"])
    year = _full_year(groups["y"].lstrip("'"), on)
    try:
        born = date(year, month, int(groups["d"]))
    except ValueError:
        return False
    return _years_between(born, on) in range(YOUNGEST_AGE, OLDEST_AGE + 1)


def _full_year(year: str, on: date) -> int:
    """A two-digit year in the latest century that does not put it after ``on``."""
    if len(year) == 4:
        return int(year)
    this_century = on.year - on.year % 100 + int(year)
    return this_century if this_century <= on.year else this_century - 100


def _years_between(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _listed(words: list[str], conjunction: str) -> str:
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"
