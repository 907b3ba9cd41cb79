"""Danish CPR numbers.

Since 2007 the modulus-11 check is not guaranteed to hold, so a number is never
rejected for failing it; :attr:`Cpr.passes_modulus11` lets the GUI show a notice.

Digits of other scripts (fullwidth ``０``, Arabic-Indic ``٠``, Devanagari ``०`` …) are read
as the ASCII digits they stand for, so what is stored is ten ASCII digits that a search
finds however the number was typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError

_CPR_PATTERN = re.compile(r"^([0-9]{6})-?([0-9]{4})$")
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d", "-"))
OLDEST_AGE = 100
_MODULUS11_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)

CPR_FORMAT_PROBLEM = LocalizedText(
    da="CPR-nummeret skal have formen DDMMÅÅ-SSSS (10 cifre, bindestreg valgfri).",
    en="The CPR number must look like DDMMYY-SSSS (10 digits, dash optional).",
)
CPR_DATE_PROBLEM = LocalizedText(
    da="CPR-nummerets første seks cifre er ikke en gyldig dato.",
    en="The first six digits of the CPR number are not a valid date.",
)
CPR_IMPLAUSIBLE_PROBLEM = LocalizedText(
    da="CPR-nummerets fødselsdato ligger i fremtiden eller mere end 100 år tilbage. "
    "Tjek cifrene; det syvende ciffer afgør århundredet.",
    en="The CPR number's date of birth is in the future or more than 100 years ago. "
    "Check the digits; the seventh digit decides the century.",
)


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


def century_for(*, year_in_century: int, seventh_digit: int) -> int:
    """The century of the birth year, by the CPR office's table for the 7th digit."""
    if seventh_digit <= 3:
        return 1900
    if seventh_digit in (4, 9):
        return 2000 if year_in_century <= 36 else 1900
    return 2000 if year_in_century <= 57 else 1800


@dataclass(frozen=True, slots=True)
class Cpr:
    """A syntactically valid CPR number with a real birth date."""

    digits: str
    birth_date: date

    @property
    def formatted(self) -> str:
        return f"{self.digits[:6]}-{self.digits[6:]}"

    @property
    def sex(self) -> Sex:
        return Sex.MALE if int(self.digits[-1]) % 2 else Sex.FEMALE

    @property
    def passes_modulus11(self) -> bool:
        total = sum(int(d) * w for d, w in zip(self.digits, _MODULUS11_WEIGHTS, strict=True))
        return total % 11 == 0

    def age_at(self, when: date) -> int:
        return age_at(self.birth_date, when)

    def __str__(self) -> str:
        return self.formatted

    def __repr__(self) -> str:
        # A CPR number is person data: keep it out of logs and tracebacks.
        return "Cpr(<hidden>)"


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of any script written as its ASCII digit, one
    character for one, so positions in it are positions in ``text``."""
    if text.isascii():
        return text
    return "".join(str(d) if (d := unicodedata.decimal(c, None)) is not None else c for c in text)


def parse_cpr(text: str, *, field: str = "cpr", today: date | None = None) -> Cpr:
    """Parse ``DDMMYY-SSSS`` or ``DDMMYYSSSS``; surrounding spaces are ignored, digits of
    any script count as their ASCII digits and any dash as ``-``. With ``today``, a birth
    date in the future or over :data:`OLDEST_AGE` years back is refused too.

    Raises :class:`UserInputError` for a wrong shape or an impossible date.
    """
    match = _CPR_PATTERN.match(ascii_digits(text).translate(_DASHES).strip())
    if match is None:
        raise UserInputError([Problem(field, CPR_FORMAT_PROBLEM)])
    digits = match.group(1) + match.group(2)
    day, month, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    year = century_for(year_in_century=yy, seventh_digit=int(digits[6])) + yy
    try:
        born = date(year, month, day)
    except ValueError:
        raise UserInputError([Problem(field, CPR_DATE_PROBLEM)]) from None
    if today is not None and not plausible_birth_date(born, today=today):
        raise UserInputError([Problem(field, CPR_IMPLAUSIBLE_PROBLEM)])
    return Cpr(digits=digits, birth_date=born)


def plausible_birth_date(born: date, *, today: date) -> bool:
    """Not in the future and at most :data:`OLDEST_AGE` years back: anything else is a
    typing error (often a seventh digit that puts the birth in the wrong century)."""
    try:
        oldest = today.replace(year=today.year - OLDEST_AGE)
    except ValueError:  # 29 February, and the year a century back has none
        oldest = today.replace(year=today.year - OLDEST_AGE, day=28)
    return oldest <= born <= today


def age_at(born: date, when: date) -> int:
    """Completed years; a person born on 29 February turns a year older on 1 March."""
    had_birthday = (when.month, when.day) >= (born.month, born.day)
    return when.year - born.year - (0 if had_birthday else 1)
