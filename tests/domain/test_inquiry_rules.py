"""The inquiry's validation as pure rules: every type and source id of the issue is taken,
anything else is refused naming its field, a date in the future is refused, and a note with
a CPR number in any spelling is refused without being repeated."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from riskdesk.domain.inquiry import (
    INQUIRY_KIND_LABELS,
    INQUIRY_SOURCE_LABELS,
    InquiryKind,
    InquirySource,
    inquiry_filter,
    inquiry_input,
)
from riskdesk.domain.refusals import UserInputError

TODAY = date(2026, 11, 21)
ISSUE_SOURCES = [
    "kriminalforsorgen",
    "jobcentre",
    "family_department",
    "school",
    "club",
    "police",
    "psychiatry",
    "relatives",
    "citizen",
    "health_visitor",
    "placement",
    "other",
]


def _given(**values: object) -> dict[str, object]:
    return {"received_on": TODAY, "kind": "case", "source": "school"} | values


def test_the_issues_types_and_sources_are_taken_and_labelled() -> None:
    assert [k.value for k in InquiryKind] == ["case", "release", "advice", "other"]
    assert [s.value for s in InquirySource] == ISSUE_SOURCES
    assert set(INQUIRY_KIND_LABELS) == set(InquiryKind)
    assert set(INQUIRY_SOURCE_LABELS) == set(InquirySource)
    assert INQUIRY_SOURCE_LABELS[InquirySource.HEALTH_VISITOR].da == "Sundhedspleje"
    for source in ISSUE_SOURCES:
        assert inquiry_input(_given(source=source), today=TODAY).source.value == source


@given(word=st.text(min_size=1, max_size=20))
def test_any_other_type_or_source_is_refused_naming_its_field(word: str) -> None:
    for field, known in (("kind", InquiryKind), ("source", InquirySource)):
        if word in {k.value for k in known}:
            continue
        with pytest.raises(UserInputError) as refused:
            inquiry_input(_given(**{field: word}), today=TODAY)
        assert [p.field for p in refused.value.problems] == [field]


_SEPARATORS = st.sampled_from(["", "-", " ", ".", "/", " - "])


@given(
    digits=st.from_regex(r"[0-3][0-9][01][0-9][0-9]{2}[0-9]{4}", fullmatch=True),
    gap=_SEPARATORS,
    before=st.text(alphabet="abc æøå,", max_size=20),
    after=st.text(alphabet="abc æøå,", max_size=20),
)
def test_a_note_with_a_cpr_number_in_any_spelling_is_refused(
    digits: str, gap: str, before: str, after: str
) -> None:
    cpr = f"{digits[:6]}{gap}{digits[6:]}"
    note = f"{before} {cpr} {after}"
    with pytest.raises(UserInputError) as refused:
        inquiry_input(_given(note=note), today=TODAY)
    assert [p.field for p in refused.value.problems] == ["note"]
    assert cpr not in refused.value.text("da")


def test_a_future_date_and_a_backwards_period_are_refused() -> None:
    with pytest.raises(UserInputError) as refused:
        inquiry_input(_given(received_on=date(2026, 11, 22)), today=TODAY)
    assert refused.value.problems[0].field == "received_on"
    with pytest.raises(UserInputError) as backwards:
        inquiry_filter({"start": "2026-05-01", "end": "2026-04-01"})
    assert backwards.value.problems[0].field == "end"
