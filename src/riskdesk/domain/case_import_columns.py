"""Which column of a spreadsheet holds which field of an imported case: headers in Danish
or English, matched without regard to case, spaces, dashes or underscores, and a choice
for every other header (a field, or ignored)."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from riskdesk.domain.case import CASE_LABELS
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.person import PERSON_LABELS
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError

type Cell = str | int | float | date | None
"""A cell's value as a spreadsheet gives it (a datetime is a date)."""


class ImportField(StrEnum):
    NAME = "name"
    CPR = "cpr"
    BIRTH_DATE = "birth_date"
    LEVEL = "level"
    KIND = "kind"
    OPENED_ON = "opened_on"
    CASEWORKER = "caseworker"
    REFERRAL_SOURCE = "referral_source"
    STATUS = "status"
    CLOSED_ON = "closed_on"
    CLOSE_REASON = "close_reason"


FIELD_LABELS: Final[dict[ImportField, LocalizedText]] = {
    field: (PERSON_LABELS | CASE_LABELS)[field.value] for field in ImportField
}

# The headers the brief and the README promise, besides the labels the app shows.
_NAMED_HEADERS: Final[dict[ImportField, tuple[str, ...]]] = {
    ImportField.NAME: ("navn", "name"),
    ImportField.CPR: ("cpr", "cpr-nr", "cpr number"),
    ImportField.BIRTH_DATE: ("fødselsdato", "birth_date"),
    ImportField.LEVEL: ("niveau", "level"),
    ImportField.KIND: ("sagstype", "kind"),
    ImportField.OPENED_ON: ("oprettet", "opened_on"),
    ImportField.CASEWORKER: ("sagsbehandler", "caseworker"),
    ImportField.REFERRAL_SOURCE: ("henvisning", "referral_source"),
    ImportField.STATUS: ("status",),
    ImportField.CLOSED_ON: ("lukket", "closed_on"),
    ImportField.CLOSE_REASON: ("lukkeårsag", "close_reason"),
}


def header_key(text: str) -> str:
    """A header or value as compared: NFC, case-folded, without spaces, ``_``, ``-``, ``.``."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return "".join(c for c in folded if not (c.isspace() or c in "_-."))


HEADER_FIELDS: Final[dict[str, ImportField]] = {
    header_key(header): field
    for field in ImportField
    for header in (
        *_NAMED_HEADERS[field],
        FIELD_LABELS[field].da,
        FIELD_LABELS[field].en,
    )
}

_MISSING_NAME = LocalizedText(
    da="Regnearket har ingen kolonne med navn (overskriften »navn« eller »name«).",
    en="The spreadsheet has no column for the name (the header 'navn' or 'name').",
)
_MISSING_LEVEL = LocalizedText(
    da="Regnearket har ingen kolonne med niveau (overskriften »niveau« eller »level«).",
    en="The spreadsheet has no column for the level (the header 'niveau' or 'level').",
)
_MISSING_BIRTH = LocalizedText(
    da="Regnearket har hverken en kolonne med CPR-nummer (»cpr«) eller med fødselsdato "
    "(»fødselsdato« eller »birth_date«).",
    en="The spreadsheet has no column for the CPR number ('cpr') nor for the date of "
    "birth ('fødselsdato' or 'birth_date').",
)
_TWICE = LocalizedText(
    da="Kolonne {first} og {second} er begge {field}. Vælg »ignorér« for den ene.",
    en="Columns {first} and {second} are both {field}. Choose 'ignore' for one of them.",
)
_NO_HEADER = LocalizedText(
    da="Regnearket er tomt: første udfyldte række skal være overskrifter.",
    en="The spreadsheet is empty: its first filled-in row must be the headers.",
)


def column_letter(index: int) -> str:
    """The spreadsheet's name for the column at ``index`` (0 → ``A``, 26 → ``AA``)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True, slots=True)
class SheetRow:
    """A row below the header, numbered as the spreadsheet numbers it."""

    number: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Sheet:
    """A spreadsheet as read: its header row and the rows below it."""

    headers: tuple[str, ...]
    rows: tuple[SheetRow, ...]

    def __post_init__(self) -> None:
        if not any(h.strip() for h in self.headers):
            raise UserInputError([Problem((), _NO_HEADER)])


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Column index → field. :attr:`ignored` are the columns with a header that holds no
    field (unknown, or chosen to be ignored); their content is never read."""

    fields: Mapping[int, ImportField]
    ignored: tuple[int, ...]

    def column_of(self, field: ImportField) -> int | None:
        return next((c for c, f in self.fields.items() if f is field), None)


def unknown_columns(headers: Sequence[str]) -> tuple[int, ...]:
    """The columns whose header is filled in but names no field: the mapping dialog asks
    about each of them."""
    return tuple(
        index
        for index, header in enumerate(headers)
        if header.strip() and header_key(header) not in HEADER_FIELDS
    )


def column_mapping(
    headers: Sequence[str], chosen: Mapping[int, ImportField | None] | None = None
) -> ColumnMapping:
    """The fields of the columns by their headers, with ``chosen`` (column index → field,
    or None to ignore it) overriding. Raises :class:`UserInputError` (naming columns by
    their letter, never a header's text) when the name, the level, or both the CPR number
    and the date of birth have no column, or two columns are the same field."""
    chosen = chosen or {}
    fields: dict[int, ImportField] = {}
    ignored: list[int] = []
    for index, header in enumerate(headers):
        field = chosen[index] if index in chosen else HEADER_FIELDS.get(header_key(header))
        if field is not None:
            fields[index] = field
        elif header.strip() or index in chosen:
            ignored.append(index)
    problems: list[Problem] = []
    seen: dict[ImportField, int] = {}
    for index, field in fields.items():
        if field in seen:
            problems.append(Problem(("columns", index), _twice(seen[field], index, field)))
        seen.setdefault(field, index)
    if ImportField.NAME not in seen:
        problems.append(Problem(("columns",), _MISSING_NAME))
    if ImportField.LEVEL not in seen:
        problems.append(Problem(("columns",), _MISSING_LEVEL))
    if ImportField.CPR not in seen and ImportField.BIRTH_DATE not in seen:
        problems.append(Problem(("columns",), _MISSING_BIRTH))
    if problems:
        raise UserInputError(problems)
    return ColumnMapping(fields=fields, ignored=tuple(ignored))


def _twice(first: int, second: int, field: ImportField) -> LocalizedText:
    label = FIELD_LABELS[field]
    return LocalizedText(
        da=_TWICE.da.format(
            first=column_letter(first), second=column_letter(second), field=label.da.lower()
        ),
        en=_TWICE.en.format(
            first=column_letter(first), second=column_letter(second), field=label.en.lower()
        ),
    )
