"""What changed between two versions of an action plan, for the supervisor's "what changed
since the last approved version": every goal and action of either version, paired up and
marked unchanged, changed (naming the fields), added or removed.

Goals and actions have no ids, so they are paired by what they say: first identical
ones, then the same text, then (goals) the same need area or (actions) the same owner and
deadline, in order. Whatever is left over was added or removed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict

from riskdesk.domain.action_plan import ActionPlan, PlanAction, PlanGoal
from riskdesk.domain.localized import LocalizedText


class ChangeKind(StrEnum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


GOAL_FIELDS = ("need_area", "text")
ACTION_FIELDS = (
    "what",
    "responsible",
    "responsible_name",
    "due",
    "no_date_reason",
    "status",
    "success_criterion",
)
PLAN_FIELDS = (
    "made_on",
    "mentor",
    "citizen_view",
    "parents_view",
    "agreement",
    "agreement_note",
    "partners",
    "legal_basis",
    "legal_basis_note",
    "follow_up_dates",
)

DIFF_FIELD_LABELS: dict[str, LocalizedText] = {
    "need_area": LocalizedText(da="Indsatsområde", en="Need area"),
    "text": LocalizedText(da="Mål", en="Goal"),
    "what": LocalizedText(da="Handling", en="Action"),
    "responsible": LocalizedText(da="Ansvarlig", en="Responsible"),
    "responsible_name": LocalizedText(da="Ansvarlig person", en="Responsible person"),
    "due": LocalizedText(da="Frist", en="Deadline"),
    "no_date_reason": LocalizedText(da="Begrundelse for ingen dato", en="Reason for no date"),
    "status": LocalizedText(da="Status", en="Status"),
    "success_criterion": LocalizedText(da="Succeskriterium", en="Success criterion"),
    "made_on": LocalizedText(da="Udarbejdet", en="Made on"),
    "mentor": LocalizedText(da="Mentor", en="Mentor"),
    "citizen_view": LocalizedText(da="Borgerens egen vurdering", en="The citizen's view"),
    "parents_view": LocalizedText(da="Forældrenes vurdering", en="The parents' view"),
    "agreement": LocalizedText(da="Borgerens tilslutning", en="The citizen's agreement"),
    "agreement_note": LocalizedText(da="Note om tilslutning", en="Note on agreement"),
    "partners": LocalizedText(da="Samarbejdspartnere", en="Partners"),
    "legal_basis": LocalizedText(da="Hjemmel til videregivelse", en="Legal basis for sharing"),
    "legal_basis_note": LocalizedText(da="Note om hjemmel", en="Note on legal basis"),
    "follow_up_dates": LocalizedText(da="Opfølgningsdatoer", en="Follow-up dates"),
}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ActionChange(_Frozen):
    """One action; ``before_index``/``after_index`` are its places within its goal in
    the older and newer version (None where it does not exist)."""

    kind: ChangeKind
    before_index: int | None
    after_index: int | None
    before: PlanAction | None
    after: PlanAction | None
    fields: tuple[str, ...] = ()


class GoalChange(_Frozen):
    """One goal and its actions. A goal counts as changed when its own fields or any of
    its actions changed."""

    kind: ChangeKind
    before_index: int | None
    after_index: int | None
    before: PlanGoal | None
    after: PlanGoal | None
    fields: tuple[str, ...] = ()
    actions: tuple[ActionChange, ...] = ()


class PlanDiff(_Frozen):
    """Goals in the newer version's order, then the removed ones; ``fields`` are the
    plan-level fields that changed."""

    before_version: int
    after_version: int
    goals: tuple[GoalChange, ...]
    fields: tuple[str, ...]

    @property
    def unchanged(self) -> bool:
        return not self.fields and all(g.kind is ChangeKind.UNCHANGED for g in self.goals)


def _changed_fields(before: BaseModel, after: BaseModel, names: Sequence[str]) -> tuple[str, ...]:
    return tuple(name for name in names if getattr(before, name) != getattr(after, name))


def _pair[T](
    before: Sequence[T], after: Sequence[T], keys: Sequence[Callable[[T], Any]]
) -> dict[int, int]:
    """after index → before index, matching on each key in turn, first come first served."""
    pairs: dict[int, int] = {}
    for key in keys:
        free_before = [i for i in range(len(before)) if i not in pairs.values()]
        for a, item in enumerate(after):
            if a in pairs:
                continue
            match = next((b for b in free_before if key(before[b]) == key(item)), None)
            if match is not None:
                pairs[a] = match
                free_before.remove(match)
    return pairs


def _kind(fields: tuple[str, ...]) -> ChangeKind:
    return ChangeKind.CHANGED if fields else ChangeKind.UNCHANGED


def diff_actions(
    before: Sequence[PlanAction], after: Sequence[PlanAction]
) -> tuple[ActionChange, ...]:
    pairs = _pair(
        before,
        after,
        (lambda a: a, lambda a: a.what, lambda a: (a.responsible, a.due)),
    )
    changes: list[ActionChange] = []
    for a, action in enumerate(after):
        b = pairs.get(a)
        if b is None:
            changes.append(
                ActionChange(
                    kind=ChangeKind.ADDED,
                    before_index=None,
                    after_index=a,
                    before=None,
                    after=action,
                )
            )
            continue
        fields = _changed_fields(before[b], action, ACTION_FIELDS)
        changes.append(
            ActionChange(
                kind=_kind(fields),
                before_index=b,
                after_index=a,
                before=before[b],
                after=action,
                fields=fields,
            )
        )
    matched = set(pairs.values())
    changes.extend(
        ActionChange(
            kind=ChangeKind.REMOVED, before_index=b, after_index=None, before=action, after=None
        )
        for b, action in enumerate(before)
        if b not in matched
    )
    return tuple(changes)


def diff_plans(before: ActionPlan, after: ActionPlan) -> PlanDiff:
    """How ``after`` differs from ``before`` (typically the last approved version)."""
    pairs = _pair(
        before.goals,
        after.goals,
        (lambda g: g, lambda g: g.text, lambda g: g.need_area),
    )
    goals: list[GoalChange] = []
    for a, goal in enumerate(after.goals):
        b = pairs.get(a)
        if b is None:
            goals.append(
                GoalChange(
                    kind=ChangeKind.ADDED,
                    before_index=None,
                    after_index=a,
                    before=None,
                    after=goal,
                    actions=diff_actions((), goal.actions),
                )
            )
            continue
        old = before.goals[b]
        fields = _changed_fields(old, goal, GOAL_FIELDS)
        actions = diff_actions(old.actions, goal.actions)
        changed = fields or any(c.kind is not ChangeKind.UNCHANGED for c in actions)
        goals.append(
            GoalChange(
                kind=ChangeKind.CHANGED if changed else ChangeKind.UNCHANGED,
                before_index=b,
                after_index=a,
                before=old,
                after=goal,
                fields=fields,
                actions=actions,
            )
        )
    matched = set(pairs.values())
    goals.extend(
        GoalChange(
            kind=ChangeKind.REMOVED,
            before_index=b,
            after_index=None,
            before=goal,
            after=None,
            actions=diff_actions(goal.actions, ()),
        )
        for b, goal in enumerate(before.goals)
        if b not in matched
    )
    return PlanDiff(
        before_version=before.version,
        after_version=after.version,
        goals=tuple(goals),
        fields=_changed_fields(before, after, PLAN_FIELDS),
    )
