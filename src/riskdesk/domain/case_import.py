"""Cases moving in from a spreadsheet: each row read as the person/case editor would take
it and checked by the same rules (the person's, the CPR number's, the case's, the level
scheme's), plus one a spreadsheet needs: a CPR number only once in the file.

Pure: the rows come in as plain values (:class:`~riskdesk.domain.case_import_columns.Sheet`),
the vault's own duplicate rule is the services' (it needs the vault). A problem names
its row as the spreadsheet numbers it and its field, never what the cell holds."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from riskdesk.domain.case import (
    KIND_LABELS,
    REFERRAL_LABELS,
    STATUS_LABELS,
    Case,
    CaseKind,
    CaseStatus,
    ReferralSource,
    case_from,
)
from riskdesk.domain.case_import_columns import (
    FIELD_LABELS,
    Cell,
    ColumnMapping,
    ImportField,
    Sheet,
    header_key,
)
from riskdesk.domain.case_levels import LevelScheme
from riskdesk.domain.contact_details import PostalCodes
from riskdesk.domain.cpr import ascii_digits
from riskdesk.domain.ids import PersonId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.person import Person, person_from, typed_date
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.user import User

CLOSED_BEFORE_IMPORT: Final = "Lukket før overførslen fra regneark."
"""The closing reason of a case imported closed when the sheet gives none (a closed
case must have one)."""

_LEVEL_WORDS = re.compile(r"(?:niveau|level)?([0-9]+)")
_CPR_DIGITS_MAX = 10

_LEVEL_NOT_A_NUMBER = LocalizedText(
    da="Niveauet skal være et tal, fx 2.", en="The level must be a number, such as 2."
)
_DATE_FORMAT = LocalizedText(
    da="{field} skal være en dato som 24.12.2025 (eller 2025-12-24).",
    en="{field} must be a date such as 24.12.2025 (or 2025-12-24).",
)
_STATUS_UNKNOWN = LocalizedText(
    da="Status skal være »åben« eller »lukket« (eller tom).",
    en="The status must be 'open' or 'closed' (or empty).",
)
_CLOSED_WITHOUT_DATE = LocalizedText(
    da="En lukket sag skal have sin lukkedato i kolonnen »lukket«.",
    en="A closed case needs its closing date in the column 'closed_on'.",
)
_CASEWORKER_UNKNOWN = LocalizedText(
    da="Sagsbehandleren er ikke en bruger i RiskDesk. Skriv en brugers brugernavn eller "
    "navn, eller lad feltet stå tomt: så bliver den, der importerer, sagsbehandler.",
    en="The caseworker is not a RiskDesk user. Write a user's username or name, or leave "
    "it empty: then the user who imports becomes the caseworker.",
)
_CASEWORKER_ADMINISTRATOR = LocalizedText(
    da="Sagsbehandleren er administrator, og en administrator har ingen sager.",
    en="The caseworker is an administrator, and an administrator has no cases.",
)
_CPR_TWICE = LocalizedText(
    da="Samme CPR-nummer står allerede i række {row}. En person registreres kun én gang.",
    en="The same CPR number is already in row {row}. A person is filed only once.",
)
_ONE_OF = LocalizedText(
    da="{field} skal være en af: {values}.", en="{field} must be one of: {values}."
)

_PERSON_FIELDS: Final = {
    "name": ImportField.NAME,
    "cpr": ImportField.CPR,
    "birth_date": ImportField.BIRTH_DATE,
}


@dataclass(frozen=True, slots=True)
class RowProblem:
    """What is wrong in one row: ``field`` None is the row as a whole."""

    row: int
    field: ImportField | None
    message: LocalizedText


@dataclass(frozen=True, slots=True)
class ImportRow:
    """A row that passed every rule: the person and the case (``person_id`` 0) to store."""

    row: int
    person: Person
    case: Case


@dataclass(frozen=True, slots=True)
class CheckedSheet:
    rows: tuple[ImportRow, ...]
    problems: tuple[RowProblem, ...]
    data_rows: int
    """Rows with anything in a used column (blank rows are not counted)."""


@dataclass(frozen=True, slots=True)
class ImportRules:
    """What a row is checked against: the municipality's levels, today (for plausible
    birth dates and the default opening date), the importing user (the caseworker of a
    row that names none), the vault's users, and the Danish postal codes."""

    levels: LevelScheme
    today: date
    importer: str
    users: Sequence[User]
    postal_codes: PostalCodes | None = None


def check_rows(sheet: Sheet, mapping: ColumnMapping, rules: ImportRules) -> CheckedSheet:
    """Every row of ``sheet`` checked; the rows that pass and the problems of those that
    do not. The second row with a CPR number is the one refused."""
    caseworkers = _caseworkers(rules.users)
    rows: list[ImportRow] = []
    problems: list[RowProblem] = []
    first_row_of: dict[str, int] = {}
    data_rows = 0
    for sheet_row in sheet.rows:
        values = {
            field: sheet_row.cells[column] if column < len(sheet_row.cells) else None
            for column, field in mapping.fields.items()
        }
        if all(_blank(value) for value in values.values()):
            continue
        data_rows += 1
        found: list[RowProblem] = []
        person = _person(sheet_row.number, values, rules, found)
        case = _case(sheet_row.number, values, rules, caseworkers, found)
        if person is not None and person.cpr is not None:
            first = first_row_of.setdefault(person.cpr, sheet_row.number)
            if first != sheet_row.number:
                found.append(
                    RowProblem(sheet_row.number, ImportField.CPR, _CPR_TWICE.format(row=first))
                )
        if found or person is None or case is None:
            problems.extend(found)
        else:
            rows.append(ImportRow(sheet_row.number, person, case))
    return CheckedSheet(rows=tuple(rows), problems=tuple(problems), data_rows=data_rows)


def _person(
    row: int, values: Mapping[ImportField, Cell], rules: ImportRules, found: list[RowProblem]
) -> Person | None:
    # Blank is None, as the editor sends it: a person has a CPR number or a birth date.
    data: dict[str, Any] = {
        "name": _text(values.get(ImportField.NAME)).strip(),
        "cpr": _cpr_text(values.get(ImportField.CPR)).strip() or None,
        "birth_date": _birth_date(values.get(ImportField.BIRTH_DATE)) or None,
    }
    try:
        return person_from(data, today=rules.today, postal_codes=rules.postal_codes)
    except UserInputError as error:
        found.extend(
            RowProblem(row, _PERSON_FIELDS.get(str(p.path[0])) if p.path else None, p.message)
            for p in error.problems
        )
        return None


def _case(
    row: int,
    values: Mapping[ImportField, Cell],
    rules: ImportRules,
    caseworkers: Mapping[str, User],
    found: list[RowProblem],
) -> Case | None:
    before = len(found)

    def problem(field: ImportField, message: LocalizedText) -> None:
        found.append(RowProblem(row, field, message))

    level = _level(values.get(ImportField.LEVEL), rules.levels)
    if level is None:
        problem(ImportField.LEVEL, _LEVEL_NOT_A_NUMBER)
    kind = _choice(values.get(ImportField.KIND), KIND_LABELS, CaseKind.INDIVIDUAL)
    if kind is None:
        problem(ImportField.KIND, _one_of(ImportField.KIND, KIND_LABELS))
    source = _choice(values.get(ImportField.REFERRAL_SOURCE), REFERRAL_LABELS, ReferralSource.OTHER)
    if source is None:
        problem(ImportField.REFERRAL_SOURCE, _one_of(ImportField.REFERRAL_SOURCE, REFERRAL_LABELS))
    opened = _date(values.get(ImportField.OPENED_ON), rules.today)
    if opened is None:
        problem(ImportField.OPENED_ON, _date_format(ImportField.OPENED_ON))
    closed_cell = values.get(ImportField.CLOSED_ON)
    closed = _date(closed_cell, None)
    if closed is None and not _blank(closed_cell):
        problem(ImportField.CLOSED_ON, _date_format(ImportField.CLOSED_ON))
    status_cell = values.get(ImportField.STATUS)
    status = _choice(status_cell, STATUS_LABELS, None)
    if status is None and not _blank(status_cell):
        problem(ImportField.STATUS, _STATUS_UNKNOWN)
    if status is None and closed is not None:
        status = CaseStatus.CLOSED
    if status is CaseStatus.CLOSED and closed is None and _blank(closed_cell):
        problem(ImportField.CLOSED_ON, _CLOSED_WITHOUT_DATE)
    caseworker = _caseworker(values.get(ImportField.CASEWORKER), rules.importer, caseworkers)
    if isinstance(caseworker, LocalizedText):
        problem(ImportField.CASEWORKER, caseworker)
    if len(found) > before:
        return None
    data: dict[str, Any] = {
        "person_id": PersonId(0),
        "level": level,
        "kind": kind,
        "referral_source": source,
        "opened_on": opened,
        "caseworker": caseworker,
        "status": status or CaseStatus.OPEN,
    }
    if status is CaseStatus.CLOSED:
        reason = _text(values.get(ImportField.CLOSE_REASON)).strip()
        data |= {"closed_on": closed, "close_reason": reason or CLOSED_BEFORE_IMPORT}
    try:
        case = case_from(data)
        assert level is not None
        rules.levels.check_keeps_a_file(level)
    except UserInputError as error:
        for p in error.problems:
            field = ImportField(str(p.path[0])) if p.path and p.path[0] in ImportField else None
            # The case's one rule over several fields is about closing.
            problem(field or ImportField.CLOSED_ON, p.message)
        return None
    return case


def _caseworkers(users: Sequence[User]) -> dict[str, User]:
    """Users by their username and by their name, compared as headers are; a username
    wins over another user's name."""
    by_name = {header_key(user.display_name): user for user in users}
    return by_name | {header_key(user.username): user for user in users}


def _caseworker(cell: Cell, importer: str, users: Mapping[str, User]) -> str | LocalizedText:
    if _blank(cell):
        return importer
    user = users.get(header_key(_text(cell)))
    if user is None:
        return _CASEWORKER_UNKNOWN
    if not user.does_casework:
        return _CASEWORKER_ADMINISTRATOR
    return user.username


def _blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return value.isoformat() if isinstance(value, date) else str(value)


def _cpr_text(value: Cell) -> str:
    """A CPR number in a number cell lost its leading zero to Excel: it is put back."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        digits = str(value)
        return digits.zfill(_CPR_DIGITS_MAX) if len(digits) < _CPR_DIGITS_MAX else digits
    return _text(value)


def _birth_date(value: Cell) -> date | str:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return _text(value).strip()


def _date(value: Cell, default: date | None) -> date | None:
    """A date cell, or text as ``24.12.2025`` or ISO; ``default`` when blank; None when
    it is no date."""
    if _blank(value):
        return default
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return typed_date(_text(value)) if isinstance(value, str) else None


def _level(value: Cell, levels: LevelScheme) -> int | None:
    """A level as ``2``, ``2.0``, ``Niveau 2`` or the scheme's name for it; None when it is
    no number. Whether the scheme has that level is the case's rule."""
    if isinstance(value, bool) or _blank(value):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    key = header_key(ascii_digits(_text(value)))
    for definition in levels.levels:
        if key in (header_key(definition.name.da), header_key(definition.name.en)):
            return definition.number
    match = _LEVEL_WORDS.fullmatch(key)
    return int(match[1]) if match and len(match[1]) < 3 else None


def _choice[E](value: Cell, labels: Mapping[E, LocalizedText], default: E | None) -> E | None:
    """The member whose id (its value) or label (Danish or English) the cell holds;
    ``default`` when blank; None when it holds none of them."""
    if _blank(value):
        return default
    key = header_key(_text(value))
    for member, label in labels.items():
        if key in (header_key(str(member)), header_key(label.da), header_key(label.en)):
            return member
    return None


def _one_of[E](field: ImportField, labels: Mapping[E, LocalizedText]) -> LocalizedText:
    label = FIELD_LABELS[field]
    return LocalizedText(
        da=_ONE_OF.da.format(field=label.da, values=", ".join(t.da for t in labels.values())),
        en=_ONE_OF.en.format(field=label.en, values=", ".join(t.en for t in labels.values())),
    )


def _date_format(field: ImportField) -> LocalizedText:
    label = FIELD_LABELS[field]
    return LocalizedText(
        da=_DATE_FORMAT.da.format(field=label.da), en=_DATE_FORMAT.en.format(field=label.en)
    )
