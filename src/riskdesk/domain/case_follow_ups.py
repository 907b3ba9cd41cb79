"""The start page's follow-ups from the case journal and from closed cases' outcomes: a
journal entry's follow-up date until it is marked done, and the 6- and 12-month outcome
follow-ups until they are recorded. They join the plan's follow-up dates in the page's
"Opfølgninger" section, soonest (most overdue) first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from riskdesk.domain.case_outcome import POINT_LABELS, follow_ups_due
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.ids import CaseId
from riskdesk.domain.journal import JOURNAL_KIND_LABELS, JournalEntryId, JournalKind
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.release_timeline import months_before
from riskdesk.domain.today import Opens, Section, Today, TodayLine, TodayRules

# An outcome follow-up no one recorded within half a year of its date is not this
# morning's work any more; it still shows on the case page.
OUTCOME_STALE_MONTHS = 6
_LATEST_FOLLOW_UP_MONTHS = 12


@dataclass(frozen=True)
class JournalFollowUpFact:
    entry_id: JournalEntryId
    case_id: CaseId
    case_number: str
    person_name: str
    kind: JournalKind
    due: date


@dataclass(frozen=True)
class OutcomeFollowUpFact:
    case_id: CaseId
    case_number: str
    person_name: str
    closed_on: date
    recorded: frozenset[str]


def outcome_closed_since(today: date) -> date:
    """The earliest closing whose follow-ups can still be on the start page."""
    return months_before(today, _LATEST_FOLLOW_UP_MONTHS + OUTCOME_STALE_MONTHS)


def follow_up_lines(
    journal: Sequence[JournalFollowUpFact],
    outcomes: Sequence[OutcomeFollowUpFact],
    *,
    rules: TodayRules,
    today: date,
) -> list[TodayLine]:
    """The lines due by ``rules.ahead_days`` from now, overdue ones included."""
    until = today + timedelta(days=rules.ahead_days)
    lines = [_journal_line(fact, today) for fact in journal if fact.due <= until]
    stale = months_before(today, OUTCOME_STALE_MONTHS)
    for fact in outcomes:
        recorded = {point for point in POINT_LABELS if point.value in fact.recorded}
        for point, due in follow_ups_due(fact.closed_on, recorded, until=until):
            if due >= stale:
                lines.append(_outcome_line(fact, point.value, due, today))
    return lines


def with_follow_ups(today_page: Today, lines: Sequence[TodayLine], *, limit: int) -> Today:
    """``today_page`` with ``lines`` in its follow-up section, soonest first, at most
    ``limit`` shown and the rest counted."""
    if not lines:
        return today_page
    section = Section.FOLLOW_UPS
    merged = sorted(
        [*today_page.section(section), *lines],
        key=lambda line: (line.when or date.max, line.case_id or 0),
    )
    hidden = today_page.more.get(section, 0) + max(0, len(merged) - limit)
    before = [line for line in today_page.lines if _order(line.section) < _order(section)]
    after = [line for line in today_page.lines if _order(line.section) > _order(section)]
    more = {k: v for k, v in today_page.more.items() if k is not section}
    if hidden:
        more[section] = hidden
    return Today(lines=(*before, *merged[:limit], *after), more=more)


def _order(section: Section) -> int:
    return list(Section).index(section)


def _who(case_number: str, person_name: str) -> str:
    return f"{case_number} {person_name}"


def _journal_line(fact: JournalFollowUpFact, today: date) -> TodayLine:
    overdue = fact.due < today
    kind = JOURNAL_KIND_LABELS[fact.kind]
    template = _JOURNAL_OVERDUE if overdue else _JOURNAL_DUE
    return TodayLine(
        section=Section.FOLLOW_UPS,
        when=fact.due,
        text=template.format(
            who=_who(fact.case_number, fact.person_name),
            kind=kind.da.lower(),
            kind_en=kind.en.lower(),
            day=dmy(fact.due),
        ),
        opens=Opens.JOURNAL,
        case_id=fact.case_id,
        overdue=overdue,
        entry_id=fact.entry_id,
    )


def _outcome_line(fact: OutcomeFollowUpFact, point: str, due: date, today: date) -> TodayLine:
    overdue = due < today
    template = _OUTCOME_OVERDUE if overdue else _OUTCOME_DUE
    label = next(label for p, label in POINT_LABELS.items() if p.value == point)
    return TodayLine(
        section=Section.FOLLOW_UPS,
        when=due,
        text=template.format(
            who=_who(fact.case_number, fact.person_name),
            point=label.da.lower(),
            point_en=label.en.lower(),
            closed=dmy(fact.closed_on),
            day=dmy(due),
        ),
        opens=Opens.OUTCOME,
        case_id=fact.case_id,
        overdue=overdue,
        outcome_point=point,
    )


_JOURNAL_DUE = LocalizedText(
    da="{who}: opfølgning på {kind} {day}", en="{who}: follow-up on the {kind_en} on {day}"
)
_JOURNAL_OVERDUE = LocalizedText(
    da="{who}: opfølgning på {kind} {day} (overskredet)",
    en="{who}: follow-up on the {kind_en} on {day} (overdue)",
)
_OUTCOME_DUE = LocalizedText(
    da="{who}: registrér udfald {point} (lukket {closed})",
    en="{who}: record the outcome {point_en} (closed on {closed})",
)
_OUTCOME_OVERDUE = LocalizedText(
    da="{who}: registrér udfald {point} (lukket {closed}, overskredet)",
    en="{who}: record the outcome {point_en} (closed on {closed}, overdue)",
)
