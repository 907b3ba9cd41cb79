"""The retention rules as data and their pure evaluation: periods, holds, who goes with
whom, and the file the municipality edits."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from riskdesk.domain.retention import (
    AgendaRecord,
    CaseRecord,
    NotDueForDeletion,
    NothingChosen,
    deletion_orders,
    evaluate,
)
from riskdesk.domain.retention_rules import HoldKind, RetentionPeriod, RetentionRules, RuleKind
from riskdesk.services.instrument_catalogue import FormFileInvalid
from riskdesk.services.retention_service import RETENTION_FILE, load_retention_rules
from riskdesk.shipped_files import FORMS, forms_dir, forms_folder

ON = date(2030, 6, 1)


def _rules(**holds: bool) -> RetentionRules:
    return RetentionRules.model_validate(
        {
            "kind": "retention",
            "version": 1,
            "rules": [
                {
                    "id": "closed-cases",
                    "kind": "closed_case",
                    "period": {"years": 5},
                    "label": {"da": "Lukkede sager", "en": "Closed cases"},
                },
                {
                    "id": "concerns",
                    "kind": "closed_concern",
                    "period": {"years": 1},
                    "label": {"da": "Bekymringer", "en": "Concerns"},
                },
                {
                    "id": "audit-events",
                    "kind": "audit_event",
                    "period": {"years": 5},
                    "label": {"da": "Revisionsspor", "en": "Audit events"},
                },
            ],
            "holds": [
                {"id": kind.replace("_", "-"), "kind": kind} for kind, on in holds.items() if on
            ],
        }
    )


def _case(case_id: int, person_id: int, closed_on: date | None) -> CaseRecord:
    return CaseRecord(
        case_id=case_id,
        case_number=f"2020-{case_id:04d}",
        person_id=person_id,
        kind="individual",
        caseworker="koordinator",
        opened_on=date(2019, 1, 1),
        closed_on=closed_on,
    )


def test_the_shipped_file_loads_with_the_example_periods() -> None:
    rules = load_retention_rules(forms_dir())
    assert rules.rule(RuleKind.CLOSED_CASE).period == RetentionPeriod(years=5)  # type: ignore[union-attr]
    assert rules.rule(RuleKind.CLOSED_CONCERN).period == RetentionPeriod(years=1)  # type: ignore[union-attr]
    assert rules.rule(RuleKind.AUDIT_EVENT).period == RetentionPeriod(years=5)  # type: ignore[union-attr]
    text = (forms_dir() / RETENTION_FILE).read_text(encoding="utf-8")
    assert "EXAMPLES" in text
    assert "Rigsarkivet" in text


def test_a_broken_file_is_named_with_its_field(tmp_path: Path) -> None:
    (tmp_path / RETENTION_FILE).write_text(
        "kind: retention\nversion: 1\nrules:\n  - id: closed-cases\n    kind: closed_case\n"
        "    period: {years: 0}\n    label: {da: a, en: b}\n",
        encoding="utf-8",
    )
    with pytest.raises(FormFileInvalid) as error:
        load_retention_rules(tmp_path)
    assert "retention.yaml" in error.value.text("en")
    assert "period" in error.value.text("en")


def test_two_rules_of_one_kind_are_refused() -> None:
    raw = _rules().model_dump(mode="json")
    raw["rules"].append({**raw["rules"][0], "id": "more"})
    with pytest.raises(ValueError, match="one rule of each kind"):
        RetentionRules.model_validate(raw)


def test_due_on_the_day_the_period_ends_not_the_day_before() -> None:
    rules = _rules()
    cases = [_case(1, 1, date(2025, 6, 1))]
    assert evaluate(rules, on=ON, cases=cases).due[0].due_since == ON
    assert evaluate(rules, on=ON - timedelta(days=1), cases=cases).due == ()


def test_an_open_case_is_never_due() -> None:
    assert evaluate(_rules(), on=ON, cases=[_case(1, 1, None)]).due == ()


def test_a_person_goes_only_with_their_last_case() -> None:
    rules = _rules()
    cases = [_case(1, 1, date(2020, 1, 1)), _case(2, 1, date(2021, 1, 1)), _case(3, 1, None)]
    review = evaluate(rules, on=ON, cases=cases)
    assert [d.case.case_id for d in review.due] == [1, 2]
    assert review.due[0].other_cases == ("2020-0002", "2020-0003")
    orders = deletion_orders(review, ["2020-0001", "2020-0002"])
    assert [o.delete_person for o in orders] == [False, False]  # the open case keeps them
    alone = evaluate(rules, on=ON, cases=cases[:2])
    assert [o.delete_person for o in deletion_orders(alone, ["2020-0001"])] == [False]
    assert [o.delete_person for o in deletion_orders(alone, ["2020-0001", "2020-0002"])] == [
        True,
        True,
    ]


def test_a_coming_meeting_holds_the_case_until_it_is_held() -> None:
    rules = _rules(coming_meeting=True)
    cases = [_case(1, 1, date(2020, 1, 1))]
    agenda = [AgendaRecord(case_id=1, held_on=ON + timedelta(days=3))]
    review = evaluate(rules, on=ON, cases=cases, agenda=agenda)
    assert review.due == ()
    (held,) = review.held
    assert (held.hold_kind, held.until) == (HoldKind.COMING_MEETING, ON + timedelta(days=3))
    past = [AgendaRecord(case_id=1, held_on=ON - timedelta(days=3))]
    assert len(evaluate(rules, on=ON, cases=cases, agenda=past).due) == 1


def test_an_open_case_of_the_person_holds_when_the_municipality_says_so() -> None:
    cases = [_case(1, 1, date(2020, 1, 1)), _case(2, 1, None)]
    assert len(evaluate(_rules(), on=ON, cases=cases).due) == 1
    held = evaluate(_rules(open_case_of_person=True), on=ON, cases=cases)
    assert held.due == ()
    assert held.held[0].hold_kind is HoldKind.OPEN_CASE_OF_PERSON


def test_concerns_apply_to_nothing_and_audit_events_are_not_applied() -> None:
    review = evaluate(_rules(), on=ON, cases=[], old_audit_events=12)
    status = {s.rule.kind: s for s in review.rules}
    assert not status[RuleKind.CLOSED_CONCERN].applied
    assert "no register of concerns" in status[RuleKind.CLOSED_CONCERN].note.text("en")
    assert not status[RuleKind.AUDIT_EVENT].applied
    assert "12 events are from before 02.06.2025" in status[RuleKind.AUDIT_EVENT].note.text("en")
    assert status[RuleKind.CLOSED_CASE].applied


def test_only_due_cases_can_be_ordered() -> None:
    review = evaluate(_rules(), on=ON, cases=[_case(1, 1, date(2020, 1, 1)), _case(2, 2, None)])
    with pytest.raises(NotDueForDeletion):
        deletion_orders(review, ["2020-0002"])
    with pytest.raises(NothingChosen):
        deletion_orders(review, [])


@given(
    start=st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)),
    years=st.integers(0, 20),
    months=st.integers(0, 30),
    days=st.integers(0, 400),
)
def test_the_cutoff_splits_due_from_not_yet(
    start: date, years: int, months: int, days: int
) -> None:
    period = RetentionPeriod(years=years, months=months, days=days or (0 if years or months else 1))
    rules = _rules().model_copy(
        update={"rules": (_rules().rules[2].model_copy(update={"period": period}),)}
    )
    on = period.after(start)
    cutoff = rules.cutoff(RuleKind.AUDIT_EVENT, on)
    assert cutoff is not None
    assert start < cutoff
    assert period.after(cutoff) > on
    assert period.after(cutoff - timedelta(days=1)) <= on


def test_the_municipalitys_own_file_sets_the_periods(tmp_path: Path) -> None:
    own = tmp_path / FORMS
    own.mkdir()
    shipped = (forms_dir() / RETENTION_FILE).read_text(encoding="utf-8")
    (own / RETENTION_FILE).write_text(
        shipped.replace(
            "period: {years: 5}\n    label:\n      da: Lukkede",
            "period: {years: 10}\n    label:\n      da: Lukkede",
        ),
        encoding="utf-8",
    )
    rules = load_retention_rules(forms_folder(tmp_path))
    assert rules.rule(RuleKind.CLOSED_CASE).period == RetentionPeriod(years=10)  # type: ignore[union-attr]
    assert load_retention_rules(forms_folder(tmp_path / "none")).rule(
        RuleKind.CLOSED_CASE
    ).period == RetentionPeriod(years=5)  # type: ignore[union-attr]
