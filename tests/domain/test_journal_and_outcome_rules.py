"""The journal's and the outcomes' rules without a vault: dates in order, each refusal
naming its field and never echoing what was typed; when the follow-ups fall due."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from riskdesk.domain.case_outcome import OutcomePoint, follow_up_due, follow_ups_due, outcome_from
from riskdesk.domain.journal import daily_report_template, journal_entry_from
from riskdesk.domain.refusals import UserInputError

TODAY = date(2026, 11, 30)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))


def _refused_fields(check: Callable[[], object]) -> list[str]:
    """The fields ``check`` is refused on; none when it passes."""
    try:
        check()
    except UserInputError as refused:
        return [p.field for p in refused.problems]
    return []


def _entry(**changes: object) -> dict[str, object]:
    return {
        "case_id": 1,
        "happened_on": TODAY,
        "kind": "conversation",
        "text": "Samtale.",
    } | changes


@given(happened=days, follow_up=days)
def test_a_follow_up_is_never_before_its_entry_nor_an_entry_in_the_future(
    happened: date, follow_up: date
) -> None:
    fields = _refused_fields(
        lambda: journal_entry_from(
            _entry(happened_on=happened, follow_up_on=follow_up), today=TODAY
        )
    )
    assert set(fields) <= {"happened_on", "follow_up_on"}
    assert ("happened_on" in fields) == (happened > TODAY)
    assert ("follow_up_on" in fields) == (follow_up < happened)


@given(text=st.text(max_size=30))
def test_a_refused_entry_never_says_back_what_was_typed(text: str) -> None:
    secret = f"Navn{text}0101011234"
    with pytest.raises(UserInputError) as refused:
        journal_entry_from(_entry(kind=secret, participants=[secret]), today=TODAY)
    assert {p.field for p in refused.value.problems} == {"kind", "participants"}
    assert all(secret not in p.text(lang) for p in refused.value.problems for lang in ("da", "en"))


def test_the_daily_report_template_is_a_valid_entry() -> None:
    entry = journal_entry_from({"case_id": 1, **daily_report_template(today=TODAY)}, today=TODAY)
    assert entry.follow_up_on == TODAY + timedelta(days=14)


@given(opened=days, closing_after=st.integers(0, 900), charged=days)
def test_a_charge_at_closing_lies_within_the_case(
    opened: date, closing_after: int, charged: date
) -> None:
    closed = opened + timedelta(days=closing_after)
    today = max(closed, charged, opened)
    values = {"case_id": 1, "point": "closing", "recorded_on": closed, "new_charge": "yes"}
    fields = _refused_fields(
        lambda: outcome_from(
            values | {"new_charge_on": charged}, opened_on=opened, closed_on=closed, today=today
        )
    )
    assert fields == ([] if opened <= charged <= closed else ["new_charge_on"])


@given(closed=days, recorded=days, point=st.sampled_from(["6m", "12m"]))
def test_a_follow_up_before_the_closing_is_refused_naming_the_date(
    closed: date, recorded: date, point: str
) -> None:
    today = max(closed, recorded)
    values = {"case_id": 1, "point": point, "recorded_on": recorded}
    fields = _refused_fields(
        lambda: outcome_from(values, opened_on=date(1999, 1, 1), closed_on=closed, today=today)
    )
    assert fields == ([] if recorded >= closed else ["recorded_on"])


def test_a_follow_up_on_an_open_case_is_refused() -> None:
    values = {"case_id": 1, "point": "6m", "recorded_on": TODAY}
    with pytest.raises(UserInputError) as refused:
        outcome_from(values, opened_on=date(2025, 1, 1), closed_on=None, today=TODAY)
    assert [p.field for p in refused.value.problems] == ["recorded_on"]


def test_follow_ups_fall_due_six_and_twelve_months_after_closing() -> None:
    assert follow_up_due(date(2026, 8, 31), OutcomePoint.SIX_MONTHS) == date(2027, 2, 28)
    assert follow_up_due(date(2026, 8, 31), OutcomePoint.TWELVE_MONTHS) == date(2027, 8, 31)
    closed = date(2026, 1, 15)
    assert follow_ups_due(closed, set(), until=date(2026, 7, 14)) == []
    assert follow_ups_due(closed, set(), until=date(2026, 7, 15)) == [
        (OutcomePoint.SIX_MONTHS, date(2026, 7, 15))
    ]
    assert follow_ups_due(closed, {OutcomePoint.SIX_MONTHS}, until=date(2027, 2, 1)) == [
        (OutcomePoint.TWELVE_MONTHS, date(2027, 1, 15))
    ]
