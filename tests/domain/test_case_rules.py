from datetime import date

import pytest

from riskdesk.domain.case import CaseKind, CaseStatus, case_from
from riskdesk.domain.refusals import UserInputError
from riskdesk.services.instrument_catalogue import default_forms_dir, load_level_rules

BASE = {"person_id": 1, "level": 2, "opened_on": "2026-01-05", "caseworker": "koordinator"}


def test_an_open_case_with_defaults() -> None:
    case = case_from(BASE)
    assert case.kind is CaseKind.INDIVIDUAL
    assert case.status is CaseStatus.OPEN


def test_a_closed_case_needs_a_date_and_a_reason() -> None:
    with pytest.raises(UserInputError) as caught:
        case_from(BASE | {"status": "closed"})
    assert "lukkedato" in caught.value.text("da")
    closed = case_from(
        BASE | {"status": "closed", "closed_on": "2026-03-01", "close_reason": "Mål nået"}
    )
    assert closed.closed_on == date(2026, 3, 1)


def test_closing_before_opening_is_refused() -> None:
    with pytest.raises(UserInputError):
        case_from(BASE | {"status": "closed", "closed_on": "2025-12-31", "close_reason": "x"})


def test_an_unknown_kind_names_the_field() -> None:
    with pytest.raises(UserInputError) as caught:
        case_from(BASE | {"kind": "vacation"})
    assert caught.value.problems[0].field == "kind"
    assert caught.value.text("en") == "Case kind must be one of the listed values."


def test_levels_are_data_and_unknown_levels_are_refused() -> None:
    shipped = load_level_rules(default_forms_dir()).levels
    assert shipped.numbers == (1, 2, 3)
    assert not shipped.get(1).person_identifying
    with pytest.raises(UserInputError) as caught:
        shipped.get(4)
    assert "1, 2, 3" in caught.value.text("da")
