"""The case list's release-deadline marks, found without reading every meeting.

Counting every open case's timeline at unlock took 3.7 s at 100,000 people. A meeting's
deadlines only move when the meeting is saved or the timeline rules change, so the
meeting is given, when it is saved, the days on which any of its deadlines can be
overdue (:class:`LateWindow`, stored beside it under the rules' :func:`rules_key`).
The list asks the store for the meetings whose window holds today, which are the few
late ones, and counts those by the one rule (:func:`overdue_milestones`), each when it
draws its row (:class:`OverdueByCase`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from riskdesk.domain.ids import CaseId
from riskdesk.domain.release_meeting import ReleaseMeeting
from riskdesk.domain.release_progress import milestones_done, overdue_milestones, timeline_part
from riskdesk.domain.release_timeline import Deadline, Milestone, TimelineRules, release_timeline

_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class LateWindow:
    """The days on which a meeting's case can have an overdue deadline: a superset, so a
    case outside it is never late, and one inside it is counted to be sure. Each part is
    what one index range finds.

    ``late_from``: the first day a deadline not done yet, and with no day set for it to
    be done, is overdue; from then on the case is late (until the meeting is saved
    again). ``late_span_from``..``late_span_until`` (both included) spans the days
    deadlines done late, or to be done on a day after them, are overdue. The plan's
    deadline is done whenever the case has a plan, which the meeting does not know, so
    it is kept apart: ``plan_late_from`` is its first late day for a case with no plan."""

    late_from: date | None = None
    late_span_from: date | None = None
    late_span_until: date | None = None
    plan_late_from: date | None = None


def rules_key(rules: TimelineRules) -> str:
    """A short fingerprint of the rules a window was counted under: a window counted
    under other rules (the form's offsets were changed) is counted again."""
    return hashlib.sha256(rules.model_dump_json().encode("utf-8")).hexdigest()[:16]


def late_window(meeting: ReleaseMeeting, *, rules: TimelineRules) -> LateWindow:
    """The days on which the case of ``meeting`` can have an overdue deadline under
    ``rules``, whatever day it is asked on (see :func:`overdue_milestones`)."""
    if meeting.expected_release is None:
        return LateWindow()
    done_from = _done_from(meeting)
    open_ended: list[date] = []
    spans: list[tuple[date, date]] = []
    plan_late_from: date | None = None
    for deadline in release_timeline(meeting.dates, rules):
        late = _late_days(deadline, done_from.get(deadline.milestone))
        if late is None:
            continue
        first, last = late
        if deadline.milestone is Milestone.PLAN_READY:
            plan_late_from = first
        elif last is None:
            open_ended.append(first)
        else:
            spans.append((first, last))
    return LateWindow(
        late_from=min(open_ended, default=None),
        late_span_from=min((first for first, _ in spans), default=None),
        late_span_until=max((last for _, last in spans), default=None),
        plan_late_from=plan_late_from,
    )


def overdue_of_stored(
    text: str, *, rules: TimelineRules, has_plan: bool, today: date
) -> tuple[Deadline, ...]:
    """The passed deadlines of a meeting as stored (its JSON), by the one rule."""
    meeting = timeline_part(json.loads(text))
    if meeting.expected_release is None:
        return ()
    return overdue_milestones(meeting, rules=rules, has_plan=has_plan, today=today)


class OverdueByCase(Mapping[CaseId, tuple[Deadline, ...]]):
    """The passed deadlines of each case that has any, earliest first. ``stored`` holds
    the meetings that can be late (their stored JSON, and whether the case has a plan);
    a case is counted once, the first time it is asked about, so a list that draws
    thirty rows counts at most thirty even on a day many are late (iterating counts
    all)."""

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
            late = self._counted[case_id] = (
                overdue_of_stored(
                    stored[0], rules=self._rules, has_plan=stored[1], today=self._today
                )
                if stored
                else ()
            )
        return late


def _done_from(meeting: ReleaseMeeting) -> dict[Milestone, date]:
    """The first day each milestone counts as done, asked of the one rule
    (:func:`milestones_done`) on the only days its answer can change: the meeting's
    date, the days milestones were reached, and the first day of all (a checklist item
    in place)."""
    days = {date.min, *(reached.on for reached in meeting.reached)}
    if meeting.meeting_on is not None:
        days.add(meeting.meeting_on)
    done: dict[Milestone, date] = {}
    for day in sorted(days):
        for milestone in milestones_done(meeting, has_plan=False, today=day):
            done.setdefault(milestone, day)
    return done


def _late_days(deadline: Deadline, done_from: date | None) -> tuple[date, date | None] | None:
    """The first and last day ``deadline`` is overdue (None: no last day), or None when
    it never is: it is late from the day after it falls due until the day before it is
    done."""
    if deadline.due == date.max:
        return None
    first = deadline.due + _DAY
    if done_from is None:
        return first, None
    if done_from <= first:
        return None
    return first, done_from - _DAY
