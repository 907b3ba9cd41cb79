"""Which audit events concern a person: their record, their cases and anything carrying
their ids, read as a story so that reused ids never mix two people's logs."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from riskdesk.domain.access_insight import events_concerning, search_matches
from riskdesk.domain.access_insight_wording import describe
from riskdesk.domain.audit import AuditAction, AuditEntity, AuditEvent
from riskdesk.domain.case import CaseKind, CaseStatus
from riskdesk.domain.case_list import CaseListRow, fold_name, matches_all, search_terms
from riskdesk.domain.ids import CaseId, PersonId

PERSON = 7
CASE = 70


def _event(
    sequence: int,
    action: AuditAction,
    entity: AuditEntity,
    entity_id: int | None,
    **details: Any,
) -> AuditEvent:
    return AuditEvent(
        sequence=sequence,
        at=datetime(2026, 11, 21, 12, 0, sequence, tzinfo=UTC),
        username="u",
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=details,
    )


def _concerning(events: list[AuditEvent], current_cases: set[int] | None = None) -> list[int]:
    found = events_concerning(
        events,
        person_id=PERSON,
        current_case_ids=current_cases if current_cases is not None else {CASE},
        name="Testi Prøvesen",
        cpr="010110-1234",
        case_numbers=("2026-0042",),
    )
    return [e.sequence for e in found]


def test_events_by_id_in_details_and_in_lists_are_found_and_others_are_not() -> None:
    events = [
        _event(1, AuditAction.CREATE, AuditEntity.PERSON, PERSON),
        _event(2, AuditAction.CREATE, AuditEntity.CASE, CASE, person_id=PERSON),
        _event(3, AuditAction.READ, AuditEntity.PLAN, 5, case_id=CASE, version=1),
        _event(4, AuditAction.READ, AuditEntity.PLAN, 6, case_id=71, version=1),
        _event(5, AuditAction.READ, AuditEntity.ASSESSMENT, 9, person_id=PERSON),
        _event(6, AuditAction.READ, AuditEntity.ASSESSMENT, 10, person_id=17),
        _event(7, AuditAction.READ, AuditEntity.MEETING, 3, case_ids=[69, CASE]),
        _event(8, AuditAction.READ, AuditEntity.MEETING, 4, case_ids=[69]),
        _event(9, AuditAction.LOGIN, AuditEntity.VAULT, None),
        _event(10, AuditAction.READ, AuditEntity.PERSON, 70),
        _event(11, AuditAction.UPDATE, AuditEntity.CASE, 71, person_id=8),
    ]
    assert _concerning(events) == [1, 2, 3, 5, 7]


def test_events_of_an_earlier_person_with_the_same_id_are_left_out() -> None:
    events = [
        _event(1, AuditAction.CREATE, AuditEntity.PERSON, PERSON),
        _event(2, AuditAction.READ, AuditEntity.PERSON, PERSON),
        _event(3, AuditAction.DELETE, AuditEntity.PERSON, PERSON),
        _event(4, AuditAction.CREATE, AuditEntity.PERSON, PERSON),
        _event(5, AuditAction.READ, AuditEntity.PERSON, PERSON),
    ]
    assert _concerning(events) == [4, 5]


def test_a_reused_case_id_counts_only_while_the_case_is_theirs() -> None:
    events = [
        _event(1, AuditAction.CREATE, AuditEntity.PERSON, PERSON),
        _event(2, AuditAction.CREATE, AuditEntity.CASE, CASE, person_id=8),
        _event(3, AuditAction.READ, AuditEntity.PLAN, 1, case_id=CASE),
        _event(4, AuditAction.DELETE, AuditEntity.CASE, CASE, person_id=8),
        _event(5, AuditAction.CREATE, AuditEntity.CASE, CASE, person_id=PERSON),
        _event(6, AuditAction.READ, AuditEntity.PLAN, 2, case_id=CASE),
    ]
    assert _concerning(events) == [1, 5, 6]


def test_only_searches_that_find_the_person_count() -> None:
    events = [
        _event(1, AuditAction.SEARCH, AuditEntity.CASE_LIST, None, search="prøvesen", results=1),
        _event(2, AuditAction.CREATE, AuditEntity.PERSON, PERSON),
        _event(3, AuditAction.SEARCH, AuditEntity.CASE_LIST, None, search="PRØVESEN", results=1),
        _event(4, AuditAction.SEARCH, AuditEntity.CASE_LIST, None, search="", results=40),
        _event(5, AuditAction.SEARCH, AuditEntity.CASE_LIST, None, search="0101", results=1),
        _event(6, AuditAction.SEARCH, AuditEntity.CASE_LIST, None, search="2026-00", results=9),
        _event(7, AuditAction.SEARCH, AuditEntity.CASE_LIST, None, search="testi x", results=2),
        _event(8, AuditAction.SEARCH, AuditEntity.CASE_LIST, None, search="testi", results=0),
    ]
    assert _concerning(events) == [2, 3, 5, 6]


@given(st.text(max_size=12))
def test_a_search_matches_only_when_every_word_does(text: str) -> None:
    words = text.split()
    expected = bool(words) and all(
        w.casefold() in "testi prøvesen"
        or "2026-0042".startswith(w)
        or (w.replace("-", "").isdigit() and "0101101234".startswith(w.replace("-", "")))
        for w in words
    )
    matched = search_matches(
        text, name="Testi Prøvesen", cpr="010110-1234", case_numbers=("2026-0042",)
    )
    if not any(not w.isascii() for w in words):
        assert matched == expected


@given(st.text(alphabet="kbhKBH-2026 0042testiPRØ", max_size=14))
def test_a_search_lists_the_person_exactly_when_the_case_list_lists_their_case(
    text: str,
) -> None:
    # A case number with letters (an imported one) is compared case-folded, as the list does.
    row = CaseListRow(
        case_id=CaseId(1),
        case_number="KBH-2026-0042",
        person_id=PersonId(PERSON),
        person_name="Testi Prøvesen",
        name_folded=fold_name("Testi Prøvesen"),
        cpr_digits="0101101234",
        birth_date=date(2010, 1, 1),
        level=2,
        kind=CaseKind.INDIVIDUAL,
        status=CaseStatus.OPEN,
        caseworker="koordinator",
        opened_on=date(2026, 1, 5),
    )
    listed = bool(text.split()) and matches_all(row, search_terms(text))
    assert (
        search_matches(text, name=row.person_name, cpr=row.cpr, case_numbers=(row.case_number,))
        == listed
    )


def test_descriptions_name_the_action_and_the_record_in_both_languages() -> None:
    export = _event(
        1, AuditAction.EXPORT, AuditEntity.PLAN, None, case_id=CASE, document="plan", file="x.docx"
    )
    what, record = describe(export, case_numbers={CASE: "2026-0042"})
    assert what.da == "eksporterede handleplanen (fil: x.docx)"
    assert what.en == "exported the action plan (file: x.docx)"
    assert record.da == "Handleplan, sag 2026-0042"
    update = _event(2, AuditAction.UPDATE, AuditEntity.CASE, 71, person_id=PERSON, fields=["level"])
    what, record = describe(update, case_numbers={})
    assert what.da == "ændrede sagen: niveau"
    assert record.en == "Case (deleted case)"
    unknown = _event(3, AuditAction.UPDATE, AuditEntity.MEETING, 2, case_ids=[CASE])
    assert describe(unknown, case_numbers={})[0].da == "ændrede mødet"
