"""What a start-page line opens when chosen (:class:`~riskdesk.domain.today.TodayLine`);
imported by :mod:`riskdesk.domain.today`, where it is used."""

from __future__ import annotations

from enum import StrEnum


class Opens(StrEnum):
    PLAN = "plan"
    RELEASE_MEETING = "release_meeting"
    REVIEW = "review"
    MEETING = "meeting"
    ASSESSMENTS = "assessments"
    # A journal entry's follow-up, and an outcome follow-up (domain/case_follow_ups.py).
    JOURNAL = "journal"
    OUTCOME = "outcome"
