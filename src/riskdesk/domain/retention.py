"""Retention: the rules in ``forms/retention.yaml`` and what they make due on a date.

Pure: given the rules, a reference date and plain records of the cases (no names), it
says which closed cases are due for deletion, which are held and why, and whether each
case's person goes with it. Nothing here deletes; a supervisor approves what is due.

"Holds" means two things, kept apart on purpose:

- a **hold on the case** (configured, :class:`HoldKind`) keeps a due case out of the
  deletion until the hold ends (the case is on a coming meeting's agenda, the same
  person has an open case);
- the **person** is deleted only with their last case. A person with any other case that
  stays in the vault (open, not yet due, held, or due but not approved in the same
  deletion) is kept; that is not configurable, since the person's record is shared by
  all their cases.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date

from pydantic import BaseModel, ConfigDict

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.refusals import PermissionDenied, Refusal
from riskdesk.domain.retention_rules import (
    CaseHold,
    HoldKind,
    RetentionRule,
    RetentionRules,
    RuleKind,
)

# ----- the plain records the evaluation reads ----------------------------------------


class CaseRecord(BaseModel):
    """A case as retention sees it: no name, no CPR number."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    case_id: int
    case_number: str
    person_id: int
    kind: str
    caseworker: str
    opened_on: date
    closed_on: date | None = None
    """None while the case is open."""


class AgendaRecord(BaseModel):
    """A case on a meeting's agenda."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    case_id: int
    held_on: date


# ----- what the evaluation says ------------------------------------------------------


class DueCase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    case: CaseRecord
    rule_id: str
    due_since: date
    other_cases: tuple[str, ...]
    """Case numbers of the person's other cases: while any of them stays, the person is
    kept and only this case's own records are deleted."""

    @property
    def closed_on(self) -> date:
        assert self.case.closed_on is not None
        return self.case.closed_on


class HeldCase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    case: CaseRecord
    rule_id: str
    due_since: date
    hold_id: str
    hold_kind: HoldKind
    until: date | None = None
    """The day the hold ends, when it is known (the meeting's date)."""


class RuleStatus(BaseModel):
    """How a rule stands on the reference date, for the page and the command line."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: RetentionRule
    applied: bool
    note: LocalizedText


class RetentionReview(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    on: date
    due: tuple[DueCase, ...]
    held: tuple[HeldCase, ...]
    rules: tuple[RuleStatus, ...]

    def due_by_number(self, case_number: str) -> DueCase | None:
        return next((d for d in self.due if d.case.case_number == case_number), None)


class DeletionOrder(BaseModel):
    """One approved case to delete, and whether its person goes with it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    case_id: int
    case_number: str
    person_id: int
    rule_id: str
    delete_person: bool


_NO_REGISTER = LocalizedText(
    da="Gælder intet endnu: RiskDesk har endnu intet register over bekymringer.",
    en="Applies to nothing yet: RiskDesk has no register of concerns yet.",
)
_AUDIT_NOT_APPLIED = LocalizedText(
    da="Anvendes ikke: {n} hændelser er fra før {cutoff}. Hver hændelse er signeret og "
    "kædet til den forrige, så sletning ville bryde revisionssporet (se README).",
    en="Not applied: {n} events are from before {cutoff}. Each event is signed and chained "
    "to the one before, so deleting them would break the audit trail (see the README).",
)
_CASES_APPLIED = LocalizedText(
    da="{due} sager kan slettes, {held} holdes tilbage.",
    en="{due} cases are due for deletion, {held} are held.",
)


def evaluate(
    rules: RetentionRules,
    *,
    on: date,
    cases: Sequence[CaseRecord],
    agenda: Sequence[AgendaRecord] = (),
    old_audit_events: int = 0,
) -> RetentionReview:
    """What the rules make due on ``on``. ``old_audit_events`` is how many audit events
    are older than the audit rule's cutoff (:meth:`RetentionRules.cutoff`)."""
    by_person: dict[int, list[CaseRecord]] = {}
    for case in cases:
        by_person.setdefault(case.person_id, []).append(case)
    coming: dict[int, date] = {}
    for entry in agenda:
        if entry.held_on >= on:
            coming[entry.case_id] = min(entry.held_on, coming.get(entry.case_id, entry.held_on))
    due: list[DueCase] = []
    held: list[HeldCase] = []
    rule = rules.rule(RuleKind.CLOSED_CASE)
    if rule is not None:
        for case in sorted(cases, key=lambda c: (c.closed_on or on, c.case_number)):
            if case.closed_on is None:
                continue
            due_since = rule.period.after(case.closed_on)
            if due_since > on:
                continue
            others = [c for c in by_person[case.person_id] if c.case_id != case.case_id]
            hold = _case_hold(rules, case, others, coming)
            if hold is not None:
                held.append(
                    HeldCase(
                        case=case,
                        rule_id=rule.id,
                        due_since=due_since,
                        hold_id=hold[0].id,
                        hold_kind=hold[0].kind,
                        until=hold[1],
                    )
                )
                continue
            due.append(
                DueCase(
                    case=case,
                    rule_id=rule.id,
                    due_since=due_since,
                    other_cases=tuple(sorted(c.case_number for c in others)),
                )
            )
    return RetentionReview(
        on=on,
        due=tuple(due),
        held=tuple(held),
        rules=tuple(
            _status(r, on, rules, len(due), len(held), old_audit_events) for r in rules.rules
        ),
    )


def _case_hold(
    rules: RetentionRules,
    case: CaseRecord,
    others: Sequence[CaseRecord],
    coming: dict[int, date],
) -> tuple[CaseHold, date | None] | None:
    meeting_hold = rules.holds_by(HoldKind.COMING_MEETING)
    if meeting_hold is not None and case.case_id in coming:
        return meeting_hold, coming[case.case_id]
    open_hold = rules.holds_by(HoldKind.OPEN_CASE_OF_PERSON)
    if open_hold is not None and any(other.closed_on is None for other in others):
        return open_hold, None
    return None


def _status(
    rule: RetentionRule, on: date, rules: RetentionRules, due: int, held: int, old_events: int
) -> RuleStatus:
    if rule.kind is RuleKind.CLOSED_CONCERN:
        return RuleStatus(rule=rule, applied=False, note=_NO_REGISTER)
    if rule.kind is RuleKind.AUDIT_EVENT:
        cutoff = rules.cutoff(RuleKind.AUDIT_EVENT, on)
        assert cutoff is not None
        note = _AUDIT_NOT_APPLIED.format(n=old_events, cutoff=cutoff.strftime("%d.%m.%Y"))
        return RuleStatus(rule=rule, applied=False, note=note)
    return RuleStatus(rule=rule, applied=True, note=_CASES_APPLIED.format(due=due, held=held))


def deletion_orders(review: RetentionReview, case_numbers: Collection[str]) -> list[DeletionOrder]:
    """The orders for the approved ``case_numbers``, each due in ``review``: a person
    goes with their case only when every other case of theirs is approved now too.
    Raises :class:`NotDueForDeletion` naming the first number that is not due."""
    chosen: list[DueCase] = []
    for number in dict.fromkeys(n.strip() for n in case_numbers):
        entry = review.due_by_number(number)
        if entry is None:
            raise NotDueForDeletion(number)
        chosen.append(entry)
    if not chosen:
        raise NothingChosen()
    numbers = {entry.case.case_number for entry in chosen}
    return [
        DeletionOrder(
            case_id=entry.case.case_id,
            case_number=entry.case.case_number,
            person_id=entry.case.person_id,
            rule_id=entry.rule_id,
            delete_person=all(other in numbers for other in entry.other_cases),
        )
        for entry in chosen
    ]


_CASE_NUMBER_SHAPE = re.compile(r"^\d{4}-\d{1,8}$")


class NotDueForDeletion(Refusal):
    """A case asked to be deleted that the rules do not make due today (open, not yet
    due, held, or no such case). The number is said back only when it is shaped like a
    case number, so a name or CPR number typed in its place is never repeated."""

    message = LocalizedText(
        da="Sagen skal ikke slettes nu: den er ikke på listen over det, der skal slettes.",
        en="That case is not due for deletion: it is not on the list of what is due.",
    )

    def __init__(self, case_number: str = "") -> None:
        if _CASE_NUMBER_SHAPE.match(case_number):
            super().__init__(
                LocalizedText(
                    da=f"Sagen {case_number} skal ikke slettes nu: den er ikke på listen "
                    "over det, der skal slettes.",
                    en=f"Case {case_number} is not due for deletion: it is not on the list "
                    "of what is due.",
                )
            )
        else:
            super().__init__()


class NothingChosen(Refusal):
    message = LocalizedText(da="Vælg de sager, der skal slettes.", en="Choose the cases to delete.")


class OnlySupervisorsDelete(PermissionDenied):
    message = LocalizedText(
        da="Kun en leder kan godkende sletning af sager.",
        en="Only a supervisor can approve deleting cases.",
    )


class OnlySupervisorsSeeRetention(PermissionDenied):
    message = LocalizedText(
        da="Kun ledere og administratorer kan se, hvad der skal slettes.",
        en="Only supervisors and administrators can see what is due for deletion.",
    )


class DeletionReport(BaseModel):
    """What an approved deletion did: the cases deleted, how many people went with them,
    and whether the vault was compacted at once (False: another user had it open, and
    the old pages are overwritten when the last one closes it)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    case_numbers: tuple[str, ...]
    persons_deleted: int
    compacted: bool


# ----- wording shared by the page and the command line -------------------------------

_PERSON_DELETED = LocalizedText(da="slettes med sagen", en="deleted with the case")
_PERSON_KEPT = LocalizedText(da="bevares (anden sag: {cases})", en="kept (another case: {cases})")
_HOLD_MEETING = LocalizedText(
    da="på dagsordenen til et møde {day}", en="on the agenda of a meeting on {day}"
)
_HOLD_OPEN_CASE = LocalizedText(da="personen har en åben sag", en="the person has an open case")


def person_fate(due: DueCase) -> LocalizedText:
    """What happens to the person if this case alone is approved."""
    if not due.other_cases:
        return _PERSON_DELETED
    return _PERSON_KEPT.format(cases=", ".join(due.other_cases))


def hold_reason(held: HeldCase) -> LocalizedText:
    if held.hold_kind is HoldKind.COMING_MEETING and held.until is not None:
        return _HOLD_MEETING.format(day=held.until.strftime("%d.%m.%Y"))
    return _HOLD_OPEN_CASE
