"""The unit's figures against a small set of facts counted by hand (the comments give the
count). Period: the first half of 2017, as in the seed's report."""

from __future__ import annotations

from datetime import date

import pytest

from riskdesk.domain.statistics_facts import (
    CaseFact,
    ConcernFact,
    CourseFact,
    InquiryFact,
    MilestoneFact,
    OutcomeFact,
    Period,
)
from riskdesk.domain.unit_statistics import UnitStatistics, age_band, unit_statistics

H1 = Period(date(2017, 1, 1), date(2017, 6, 30))
KINDS = ("case", "release", "advice", "other")
SOURCES = ("kriminalforsorgen", "school", "police", "citizen", "health_visitor")
TOPICS = ("school_absence", "violence", "other")

CASES = [
    # A: closed in the period; inquiry 11 days before it opened.
    CaseFact(
        2,
        "individual",
        date(2016, 10, 1),
        date(2017, 2, 15),
        "school",
        birth_date=date(2002, 3, 1),
        sex="m",
        first_inquiry_on=date(2016, 9, 20),
    ),
    # B: EXIT, opened in the period, open at the end; plan 10 days after the assessment,
    # approved 4 days after it was submitted.
    CaseFact(
        3,
        "exit",
        date(2017, 3, 1),
        None,
        "police",
        birth_date=date(1995, 7, 1),
        sex="f",
        first_final_assessment_on=date(2017, 3, 10),
        first_plan_on=date(2017, 3, 20),
        first_submitted_on=date(2017, 3, 21),
        first_approved_on=date(2017, 3, 25),
    ),
    # C: closed on the period's last day (closed, not active); no birth date.
    CaseFact(
        3,
        "release",
        date(2017, 5, 1),
        date(2017, 6, 30),
        "kriminalforsorgen",
        first_inquiry_on=date(2017, 4, 21),
        first_final_assessment_on=date(2017, 5, 2),
        first_plan_on=date(2017, 5, 22),
    ),
    # D: opened after the period; E: closed before it. Neither counts.
    CaseFact(2, "individual", date(2017, 7, 1), None, "school"),
    CaseFact(2, "individual", date(2016, 1, 1), date(2016, 12, 31), "school"),
    # F: EXIT, open all along; 12 on the period's last day.
    CaseFact(3, "exit", date(2016, 6, 1), None, "police", birth_date=date(2005, 6, 30), sex="m"),
]
CONCERNS = [
    ConcernFact(date(2017, 1, 5), "school_absence", "12-14", "m", "Nord", "school", "open"),
    ConcernFact(date(2017, 6, 30), "school_absence", "15-17", "f", "Syd", "police", "closed"),
    ConcernFact(date(2017, 3, 3), "violence", "15-17", "m", "Nord", "police", "escalated"),
    ConcernFact(date(2016, 12, 31), "violence", "15-17", "m", "Nord", "police", "open"),
]
INQUIRIES = [
    InquiryFact(date(2017, 1, 2), "case", "school"),
    InquiryFact(date(2017, 1, 31), "case", "school"),
    InquiryFact(date(2017, 1, 15), "advice", "police"),
    InquiryFact(date(2017, 3, 9), "release", "kriminalforsorgen"),
    InquiryFact(date(2017, 6, 30), "other", "citizen"),
    InquiryFact(date(2017, 7, 1), "case", "school"),
]
COURSES = [
    CourseFact(date(2016, 1, 1), date(2016, 11, 1), "no"),  # ended: 305 days
    CourseFact(date(2016, 6, 1), None, "yes"),  # active: 394 days to the reference
    CourseFact(date(2017, 1, 1), date(2017, 7, 31), "unknown"),  # active at the end: 180 days
    CourseFact(date(2017, 8, 1), None, "yes"),  # starts after the reference date
]
OUTCOMES = [
    OutcomeFact("closing", date(2017, 2, 15), "no", "improved", "same", "same", "worse"),
    OutcomeFact("6m", date(2017, 6, 30), "yes", "same", "same", "improved", "same"),
    OutcomeFact("closing", date(2017, 7, 1), "no", "improved", "improved", "same", "same"),
]
MILESTONES = [
    MilestoneFact(date(2017, 3, 1), date(2017, 2, 28)),  # met on time
    MilestoneFact(date(2017, 4, 1), date(2017, 4, 2)),  # met late
    MilestoneFact(date(2017, 5, 1), None),  # not met
    MilestoneFact(date(2017, 8, 1), None),  # due after the period
]
MONTH = 365.25 / 12


@pytest.fixture(scope="module")
def figures() -> UnitStatistics:
    return unit_statistics(
        H1,
        cases=CASES,
        concerns=CONCERNS,
        inquiries=INQUIRIES,
        courses=COURSES,
        outcomes=OUTCOMES,
        milestones=MILESTONES,
        inquiry_kinds=KINDS,
        inquiry_sources=SOURCES,
        concern_topics=TOPICS,
    )


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (("cases", "by_level"), {"1": 3, "2": 1, "3": 3}),
        (("cases", "exit"), 2),
        (("cases", "in_period"), 4),
        (("cases", "closed"), 2),
        (("cases", "active"), 2),
        (("cases", "by_referral_source"), {"kriminalforsorgen": 1, "police": 2, "school": 1}),
        (("cases", "by_kind"), {"exit": 2, "individual": 1, "release": 1}),
        (
            ("cases", "by_age_band"),
            {"under-12": 0, "12-14": 1, "15-17": 1, "18-24": 1, "25+": 0, "unknown": 1},
        ),
        (("cases", "by_sex"), {"m": 2, "f": 1, "unknown": 1}),
        (("concerns", "count"), 3),
        (("concerns", "by_topic"), {"school_absence": 2, "violence": 1, "other": 0}),
        (("concerns", "by_area"), {"Nord": 2, "Syd": 1}),
        (("inquiries", "count"), 5),
        (("inquiries", "by_type"), {"case": 2, "release": 1, "advice": 1, "other": 1}),
        (
            ("inquiries", "by_source"),
            {"kriminalforsorgen": 1, "school": 2, "police": 1, "citizen": 1, "health_visitor": 0},
        ),
        (("inquiries", "by_month", "2017-01"), {"case": 2, "release": 0, "advice": 1, "other": 0}),
        (("inquiries", "by_month", "2017-02"), {"case": 0, "release": 0, "advice": 0, "other": 0}),
        (("inquiries", "by_month", "2017-06"), {"case": 0, "release": 0, "advice": 0, "other": 1}),
        (("mentor_courses", "since"), "2016-01-01"),
        (("mentor_courses", "since_start"), 3),
        (("mentor_courses", "active"), 2),
        (("mentor_courses", "reoffended"), 1),
        (("mentor_courses", "average_months"), round((305 + 394 + 180) / 3 / MONTH, 1)),
        (("mentor_courses", "average_months_ended"), round(305 / MONTH, 1)),
        (("outcomes", "closing", "education"), {"improved": 1}),
        (("outcomes", "closing", "substance_use"), {"worse": 1}),
        (("outcomes", "6m", "new_charge"), {"yes": 1}),
        (("outcomes", "12m", "job"), {}),
        (("durations_days", "inquiry_to_case"), {"mean": 10.5, "count": 2}),
        (("durations_days", "assessment_to_plan"), {"mean": 15.0, "count": 2}),
        (("durations_days", "submitted_to_approved"), {"mean": 4.0, "count": 1}),
        (("release_milestones",), {"due": 3, "met_on_time": 1}),
        # January: A and F open, the school-absence concern of the 5th.
        (("cases", "by_month", "2017-01"), {"1": 1, "2": 1, "3": 1}),
        # March: A closed in February; B opened, F open; the violence concern.
        (("cases", "by_month", "2017-03"), {"1": 1, "2": 0, "3": 2}),
        # June: B, C and F open; the concern of the 30th.
        (("cases", "by_month", "2017-06"), {"1": 1, "2": 0, "3": 3}),
    ],
)
def test_each_figure_matches_the_hand_count(
    figures: UnitStatistics, path: tuple[str, ...], expected: object
) -> None:
    value: object = figures.as_json()
    for key in path:
        assert isinstance(value, dict)
        value = value[key]
    assert value == expected


def test_the_months_of_figure_one_run_through_the_whole_period(figures: UnitStatistics) -> None:
    assert list(figures.inquiries_by_month) == [f"2017-0{m}" for m in range(1, 7)]


def test_courses_can_be_counted_from_a_later_start() -> None:
    later = unit_statistics(
        H1,
        cases=[],
        concerns=[],
        inquiries=[],
        courses=COURSES,
        outcomes=[],
        milestones=[],
        inquiry_kinds=KINDS,
        inquiry_sources=SOURCES,
        concern_topics=TOPICS,
        courses_since=date(2016, 6, 1),
    )
    assert later.courses.since_start == 2
    assert later.courses.average_months_ended is None


def test_an_empty_unit_has_zeros_not_errors() -> None:
    empty = unit_statistics(
        H1,
        cases=[],
        concerns=[],
        inquiries=[],
        courses=[],
        outcomes=[],
        milestones=[],
        inquiry_kinds=KINDS,
        inquiry_sources=SOURCES,
        concern_topics=TOPICS,
    )
    figures = empty.as_json()
    assert figures["cases"]["by_level"] == {"1": 0, "2": 0, "3": 0}
    assert figures["mentor_courses"]["average_months"] is None
    assert figures["durations_days"]["inquiry_to_case"] == {"mean": None, "count": 0}


@pytest.mark.parametrize(
    ("born", "band"),
    [
        (date(2005, 7, 1), "under-12"),
        (date(2005, 6, 30), "12-14"),
        (date(2002, 7, 1), "12-14"),
        (date(2002, 6, 30), "15-17"),
        (date(1999, 6, 30), "18-24"),
        (date(1992, 6, 30), "25+"),
        (None, "unknown"),
    ],
)
def test_age_bands_turn_on_the_birthday(born: date | None, band: str) -> None:
    assert age_band(born, date(2017, 6, 30)) == band


def test_a_period_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError, match="ends on or after"):
        Period(date(2017, 6, 30), date(2017, 1, 1))
