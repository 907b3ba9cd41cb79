"""The start page's release deadlines, read from the few meetings that can have a line
today instead of every meeting of the user's cases (a coordinator holding every case of
100,000 people had 12,000 meetings decoded and counted at each refresh, 3.8 s).

A meeting has a line when one of its deadlines is overdue, or falls due within the
page's look-ahead and is not done yet. Migration 0013 stores with each meeting the days
on which a deadline of it can be overdue (:class:`~riskdesk.domain.release_marks.
LateWindow`, under the rules' fingerprint), and those days answer both: a deadline due
by the last day of the look-ahead and not done today is overdue on the day after it
falls due, unless it will be done on a day from tomorrow to that day after, which only
a meeting date or a milestone marked reached on a future day can make. So the
candidates are the meetings whose stored days reach the look-ahead (by index ranges),
the meetings with such a future day, and the meetings with no days stored under these
rules, read in full as before. The page then counts the candidates by the one rule
(:func:`~riskdesk.domain.release_progress.timeline_progress`), so the lines are the
ones reading every meeting gave.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Date,
    String,
    and_,
    bindparam,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from riskdesk.domain.case import CaseKind, CaseStatus
from riskdesk.domain.ids import CaseId
from riskdesk.domain.release_marks import rules_key
from riskdesk.domain.release_meeting import ReleaseMeeting
from riskdesk.domain.release_progress import timeline_part
from riskdesk.domain.release_timeline import TimelineRules
from riskdesk.store.portable_sql import json_items, json_text
from riskdesk.store.tables import ActionPlanRow, CaseRow, ReleaseMeetingRow

# Release deadlines lie at most this long before release (the meeting, three months
# ahead, with room for a municipality's longer rule); a meeting whose release is further
# off has nothing due yet.
RELEASE_WINDOW_DAYS = 400
# A release more than this long ago is past the start page's concern.
RELEASED_DAYS_AGO = 31

type ReleaseFact = tuple[CaseId, ReleaseMeeting, bool]


def release_facts(
    session: Session, *, username: str, rules: TimelineRules, today: date, until: date
) -> list[ReleaseFact]:
    """The meetings of the user's open release cases that can have a deadline overdue
    on ``today`` or due by ``until``, each as far as its timeline reads it, with whether
    its case has a plan."""
    rows = session.execute(
        _STATEMENT,
        {
            "username": username,
            "key": rules_key(rules),
            "today": today,
            "last": until + timedelta(days=1),
            "today_text": today.isoformat(),
            "last_text": (until + timedelta(days=1)).isoformat(),
            "released_from": (today - timedelta(days=RELEASED_DAYS_AGO)).isoformat(),
            "released_until": (today + timedelta(days=RELEASE_WINDOW_DAYS)).isoformat(),
        },
    )
    return [
        (CaseId(case_id), timeline_part(json.loads(data)), bool(plans))
        for case_id, data, plans in rows
    ]


def _candidates() -> Any:
    meeting = ReleaseMeetingRow
    key = bindparam("key", type_=String)
    today = bindparam("today", type_=Date)
    last = bindparam("last", type_=Date)
    after_today = bindparam("today_text", type_=String)
    by_last = bindparam("last_text", type_=String)
    counted = meeting.marks_rules == key
    meeting_on = json_text(meeting.meeting_json, "meeting_on")
    reached = json_items(meeting.meeting_json, "reached").table_valued("value", name="reached")
    reached_on = json_text(reached.c.value, "on")
    done_soon = or_(
        and_(meeting_on > after_today, meeting_on <= by_last),
        exists(
            select(literal_column("1"))
            .select_from(reached)
            .where(reached_on > after_today, reached_on <= by_last)
        ),
    )
    # One branch per index range, so the database reads only the rows each needs; the
    # future days are in the JSON alone, read by the database without decoding here.
    return union_all(
        select(meeting.id).where(counted, meeting.late_from <= last),
        select(meeting.id).where(
            counted, meeting.late_span_until >= today, meeting.late_span_from <= last
        ),
        select(meeting.id).where(counted, meeting.plan_late_from <= last),
        select(meeting.id).where(meeting.marks_rules.is_(None)),
        select(meeting.id).where(meeting.marks_rules < key),
        select(meeting.id).where(meeting.marks_rules > key),
        # The JSON of the user's own meetings only: a colleague's are not read.
        select(meeting.id)
        .join(CaseRow, CaseRow.id == meeting.case_id)
        .where(_mine(), counted, done_soon),
    )


def _mine() -> Any:
    return and_(
        CaseRow.caseworker == bindparam("username", type_=String),
        CaseRow.status == CaseStatus.OPEN.value,
    )


def _statement() -> Any:
    meeting = ReleaseMeetingRow
    release = json_text(meeting.meeting_json, "expected_release")
    has_plan = (
        select(func.count(ActionPlanRow.id))
        .where(ActionPlanRow.case_id == meeting.case_id)
        .scalar_subquery()
    )
    return (
        select(meeting.case_id, meeting.meeting_json, has_plan)
        .join(CaseRow, CaseRow.id == meeting.case_id)
        .where(
            # ``+ 0``: the candidates are looked up for each meeting of the user's, not
            # each candidate probed for every case of theirs by the meetings' case index
            # (SQLite's choice: 12,000 candidates times 100,000 cases, 40 s, until the
            # late days are filled in after an upgrade).
            (meeting.id + literal(0)).in_(_candidates()),
            _mine(),
            CaseRow.kind == CaseKind.RELEASE.value,
            release.is_not(None),
            release >= bindparam("released_from", type_=String),
            release <= bindparam("released_until", type_=String),
        )
    )


# Built once: building a statement costs SQLAlchemy more than running it.
_STATEMENT = _statement()
