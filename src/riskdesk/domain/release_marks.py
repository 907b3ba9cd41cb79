"""The overdue release deadlines of many cases, worked out for a case when it is asked
about: the case list marks the rows it draws. Working them out for every open release
case at unlock took 3.7 s at 100,000 people (some 11,000 meetings, each validated and
counted); read as stored text in one query, and counted for the thirty rows a list
shows, it takes milliseconds."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date

from riskdesk.domain.ids import CaseId
from riskdesk.domain.release_progress import overdue_milestones, timeline_part
from riskdesk.domain.release_timeline import Deadline, TimelineRules


class OverdueByCase(Mapping[CaseId, tuple[Deadline, ...]]):
    """The passed deadlines of each case that has any, earliest first. ``stored`` holds,
    per case, its release meeting's stored JSON and whether the case has an action plan;
    a case is counted once, the first time it is asked about (iterating counts all)."""

    def __init__(
        self, stored: Mapping[CaseId, tuple[str, bool]], *, rules: TimelineRules, today: date
    ) -> None:
        self._stored = stored
        self._rules = rules
        self._today = today
        self._counted: dict[CaseId, tuple[Deadline, ...]] = {}

    def __getitem__(self, case_id: CaseId) -> tuple[Deadline, ...]:
        late = self._late(case_id)
        if not late:
            raise KeyError(case_id)
        return late

    def __iter__(self) -> Iterator[CaseId]:
        return (case_id for case_id in self._stored if self._late(case_id))

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def _late(self, case_id: CaseId) -> tuple[Deadline, ...]:
        late = self._counted.get(case_id)
        if late is None:
            stored = self._stored.get(case_id)
            late = self._counted[case_id] = self._count(*stored) if stored else ()
        return late

    def _count(self, text: str, has_plan: bool) -> tuple[Deadline, ...]:
        meeting = timeline_part(json.loads(text))
        if meeting.expected_release is None:
            return ()
        return overdue_milestones(meeting, rules=self._rules, has_plan=has_plan, today=self._today)
