"""Danish CPR numbers.

Since 2007 the modulus-11 check is not guaranteed to hold, so a number is never
rejected for failing it; :attr:`Cpr.passes_modulus11` lets the GUI show a notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError

_CPR_PATTERN = re.compile(r"^(\d{6})-?(\d{4})$")
_MODULUS11_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)

CPR_FORMAT_PROBLEM = LocalizedText(
    da="CPR-nummeret skal have formen DDMMÅÅ-SSSS (10 cifre, bindestreg valgfri).",
    en="The CPR number must look like DDMMYY-SSSS (10 digits, dash optional).",
)
CPR_DATE_PROBLEM = LocalizedText(
    da="CPR-nummerets første seks cifre er ikke en gyldig dato.",
    en="The first six digits of the CPR number are not a valid date.",
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


def parse_cpr(text: str, *, field: str = "cpr") -> Cpr:
    """Parse ``DDMMYY-SSSS`` or ``DDMMYYSSSS``; surrounding spaces are ignored.

    Raises :class:`UserInputError` for a wrong shape or an impossible date.
    """
    match = _CPR_PATTERN.match(text.strip())
    if match is None:
        raise UserInputError([Problem(field, CPR_FORMAT_PROBLEM)])
    digits = match.group(1) + match.group(2)
    day, month, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    year = century_for(year_in_century=yy, seventh_digit=int(digits[6])) + yy
    try:
        born = date(year, month, day)
    except ValueError:
        raise UserInputError([Problem(field, CPR_DATE_PROBLEM)]) from None
    return Cpr(digits=digits, birth_date=born)


def age_at(born: date, when: date) -> int:
    """Completed years; a person born on 29 February turns a year older on 1 March."""
    had_birthday = (when.month, when.day) >= (born.month, born.day)
    return when.year - born.year - (0 if had_birthday else 1)
