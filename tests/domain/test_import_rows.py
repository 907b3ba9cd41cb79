"""The rows of an imported spreadsheet, without a vault: headers found in Danish or
English however they are spelt, values as ids or Danish labels, dates as cells or
text, and every rule the editor has, each problem on its row and field."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from level_schemes import THREE_LEVELS
from riskdesk.domain.case import CaseKind, CaseStatus, ReferralSource
from riskdesk.domain.case_import import CLOSED_BEFORE_IMPORT, ImportRules, check_rows
from riskdesk.domain.case_import_columns import (
    ImportField,
    Sheet,
    SheetRow,
    column_letter,
    column_mapping,
    unknown_columns,
)
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.user import Role, User

TODAY = date(2026, 11, 21)
USERS = (
    User(username="koordinator", display_name="Kim Koordinator", role=Role.CASEWORKER),
    User(username="admin", display_name="Administrator", role=Role.ADMINISTRATOR),
)
HEADERS = ("navn", "cpr", "niveau", "sagstype", "henvisning", "oprettet", "status", "lukket")


def _rules() -> ImportRules:
    return ImportRules(levels=THREE_LEVELS, today=TODAY, importer="koordinator", users=USERS)


def _check(*rows: tuple[Any, ...], headers: tuple[str, ...] = HEADERS) -> Any:
    sheet = Sheet(headers=headers, rows=tuple(SheetRow(i + 2, r) for i, r in enumerate(rows)))
    return check_rows(sheet, column_mapping(headers), _rules())


@pytest.mark.parametrize(
    "header",
    ["Navn", " NAVN ", "name", "Name", "n a v n"],
)
def test_a_name_header_is_found_however_it_is_spelt(header: str) -> None:
    assert column_mapping([header, "cpr", "niveau"]).fields[0] is ImportField.NAME


def test_english_headers_and_the_apps_own_labels_are_found() -> None:
    headers = ["Name", "CPR number", "Date of birth", "Level", "Case kind", "Opened on"]
    fields = column_mapping(headers).fields
    assert [fields[i] for i in range(6)] == [
        ImportField.NAME,
        ImportField.CPR,
        ImportField.BIRTH_DATE,
        ImportField.LEVEL,
        ImportField.KIND,
        ImportField.OPENED_ON,
    ]


def test_unknown_headers_are_asked_about_and_may_be_mapped_or_ignored() -> None:
    headers = ["Klient", "cpr", "niveau", "Telefon", ""]
    assert unknown_columns(headers) == (0, 3)
    mapping = column_mapping(headers, {0: ImportField.NAME, 3: None})
    assert mapping.fields[0] is ImportField.NAME
    assert mapping.ignored == (3,)


def test_two_columns_for_one_field_are_refused_by_letter() -> None:
    with pytest.raises(UserInputError) as refused:
        column_mapping(["navn", "cpr", "niveau", "Name"])
    assert "A og D" in refused.value.text("da")


def test_ids_and_danish_labels_are_both_values() -> None:
    checked = _check(
        ("Ida Test", "010190-1234", 2, "Mentorforløb", "Jobcenter", "01.02.2024", "", ""),
        ("Ole Test", "020290-1235", "3", "exit", "police", "2024-03-01", "åben", ""),
    )
    assert checked.problems == ()
    first, second = (row.case for row in checked.rows)
    assert (first.kind, first.referral_source, first.opened_on) == (
        CaseKind.MENTOR_COURSE,
        ReferralSource.JOBCENTRE,
        date(2024, 2, 1),
    )
    assert (second.kind, second.referral_source, second.level) == (
        CaseKind.EXIT,
        ReferralSource.POLICE,
        3,
    )


def test_excel_cells_a_cpr_number_that_lost_its_zero_and_a_date_cell() -> None:
    checked = _check(
        ("Ida Test", 101901234, 2.0, None, None, datetime(2024, 5, 6), None, None),
    )
    assert checked.problems == ()
    (row,) = checked.rows
    assert row.person.cpr == "010190-1234"
    assert row.case.opened_on == date(2024, 5, 6)
    assert row.case.kind is CaseKind.INDIVIDUAL
    assert row.case.referral_source is ReferralSource.OTHER


def test_a_closed_case_comes_in_closed_with_its_date() -> None:
    checked = _check(
        ("Ida Test", "010190-1234", 2, "", "", "01.02.2024", "Lukket", "03.04.2025"),
        ("Ole Test", "020290-1235", 2, "", "", "01.02.2024", "", date(2025, 1, 2)),
    )
    assert checked.problems == ()
    first, second = (row.case for row in checked.rows)
    assert (first.status, first.closed_on, first.close_reason) == (
        CaseStatus.CLOSED,
        date(2025, 4, 3),
        CLOSED_BEFORE_IMPORT,
    )
    assert (second.status, second.closed_on) == (CaseStatus.CLOSED, date(2025, 1, 2))


@pytest.mark.parametrize(
    ("row", "field"),
    [
        (("", "010190-1234", 2, "", "", "", "", ""), ImportField.NAME),
        (("Ida", "0101901", 2, "", "", "", "", ""), ImportField.CPR),
        (("Ida", "010130-5234", 2, "", "", "", "", ""), ImportField.CPR),  # born in 2030
        (("Ida", "010190-1234", "to", "", "", "", "", ""), ImportField.LEVEL),
        (("Ida", "010190-1234", 4, "", "", "", "", ""), ImportField.LEVEL),
        (("Ida", "010190-1234", 1, "", "", "", "", ""), ImportField.LEVEL),
        (("Ida", "010190-1234", 2, "Fodbold", "", "", "", ""), ImportField.KIND),
        (("Ida", "010190-1234", 2, "", "Naboen", "", "", ""), ImportField.REFERRAL_SOURCE),
        (("Ida", "010190-1234", 2, "", "", "31.02.2024", "", ""), ImportField.OPENED_ON),
        (("Ida", "010190-1234", 2, "", "", "", "måske", ""), ImportField.STATUS),
        (("Ida", "010190-1234", 2, "", "", "", "lukket", ""), ImportField.CLOSED_ON),
        (("Ida", "010190-1234", 2, "", "", "01.02.2024", "", "01.01.2024"), ImportField.CLOSED_ON),
    ],
)
def test_each_rule_names_its_field_on_its_row(row: tuple[Any, ...], field: ImportField) -> None:
    checked = _check(row)
    assert checked.rows == ()
    assert {(p.row, p.field) for p in checked.problems} == {(2, field)}


def test_the_caseworker_is_a_user_by_username_or_name_else_the_importer() -> None:
    headers = ("navn", "cpr", "niveau", "sagsbehandler")
    checked = _check(
        ("A A", "010190-1234", 2, "Kim Koordinator"),
        ("B B", "020290-1235", 2, ""),
        ("C C", "030390-1236", 2, "someone.else"),
        ("D D", "040490-1237", 2, "admin"),
        headers=headers,
    )
    assert [row.case.caseworker for row in checked.rows] == ["koordinator", "koordinator"]
    assert [(p.row, p.field) for p in checked.problems] == [
        (4, ImportField.CASEWORKER),
        (5, ImportField.CASEWORKER),
    ]


def test_the_second_row_with_a_cpr_number_is_refused_naming_the_first() -> None:
    checked = _check(
        ("A A", "010190-1234", 2, "", "", "", "", ""),
        ("B B", "0101901234", 2, "", "", "", "", ""),
    )
    (problem,) = checked.problems
    assert (problem.row, problem.field) == (3, ImportField.CPR)
    assert "række 2" in problem.message.da


def test_blank_rows_are_not_counted() -> None:
    checked = _check(("A A", "010190-1234", 2, "", "", "", "", ""), (None,) * 8, ("",) * 8)
    assert checked.data_rows == 1


@given(st.integers(min_value=0, max_value=2000))
def test_column_letters_are_the_spreadsheets(index: int) -> None:
    letters = column_letter(index)
    value = 0
    for letter in letters:
        value = value * 26 + ord(letter) - ord("A") + 1
    assert value - 1 == index


_CELLS = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(),
    st.datetimes(),
)


@given(st.lists(st.tuples(*[_CELLS] * len(HEADERS)), max_size=5))
def test_any_cells_give_rows_or_problems_never_an_error(rows: list[tuple[Any, ...]]) -> None:
    checked = _check(*rows)
    filled = {row for row in (r.row for r in checked.rows)} | {p.row for p in checked.problems}
    assert len(filled) == checked.data_rows
