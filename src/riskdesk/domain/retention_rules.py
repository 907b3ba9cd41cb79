"""The retention rules as the municipality writes them in ``forms/retention.yaml``: a
period per kind of record, and the holds that keep a case longer (see
:mod:`riskdesk.domain.retention` for what they make due)."""

from __future__ import annotations

import calendar
from datetime import date
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from riskdesk.domain.localized import LocalizedText

_RULE_ID = r"^[a-z0-9][a-z0-9-]{0,63}$"


class RuleKind(StrEnum):
    CLOSED_CASE = "closed_case"
    # Concerns (niveau 1) have no register yet: a rule of this kind applies to nothing.
    CLOSED_CONCERN = "closed_concern"
    # Shown, not applied: deleting signed, chained events would break the trail.
    AUDIT_EVENT = "audit_event"


class HoldKind(StrEnum):
    COMING_MEETING = "coming_meeting"
    OPEN_CASE_OF_PERSON = "open_case_of_person"


class RetentionPeriod(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    years: int = Field(default=0, ge=0, le=100)
    months: int = Field(default=0, ge=0, le=1200)
    days: int = Field(default=0, ge=0, le=36500)

    @model_validator(mode="after")
    def _not_empty(self) -> Self:
        if not (self.years or self.months or self.days):
            raise ValueError("a period needs years, months or days")
        return self

    def after(self, start: date) -> date:
        """The day the period ends, counted from ``start`` (29 February plus a year is
        28 February)."""
        months = start.month - 1 + self.months + 12 * self.years
        year, month = start.year + months // 12, months % 12 + 1
        day = min(start.day, calendar.monthrange(year, month)[1])
        return date.fromordinal(date(year, month, day).toordinal() + self.days)

    def text(self) -> LocalizedText:
        parts_da, parts_en = [], []
        for count, da_one, da_many, en_one in (
            (self.years, "år", "år", "year"),
            (self.months, "måned", "måneder", "month"),
            (self.days, "dag", "dage", "day"),
        ):
            if count:
                parts_da.append(f"{count} {da_one if count == 1 else da_many}")
                parts_en.append(f"{count} {en_one}{'' if count == 1 else 's'}")
        return LocalizedText(da=" og ".join(parts_da), en=" and ".join(parts_en))


class RetentionRule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=_RULE_ID)
    kind: RuleKind
    period: RetentionPeriod
    label: LocalizedText


class CaseHold(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=_RULE_ID)
    kind: HoldKind


class RetentionRules(BaseModel):
    """``forms/retention.yaml``: at most one rule per kind, ids unique."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: str = Field(pattern=r"^retention$")
    version: int = Field(ge=1)
    rules: tuple[RetentionRule, ...]
    holds: tuple[CaseHold, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> Self:
        ids = [rule.id for rule in self.rules] + [hold.id for hold in self.holds]
        if len(ids) != len(set(ids)):
            raise ValueError("every rule and hold needs its own id")
        kinds = [rule.kind for rule in self.rules]
        if len(kinds) != len(set(kinds)):
            raise ValueError("at most one rule of each kind")
        if len({hold.kind for hold in self.holds}) != len(self.holds):
            raise ValueError("at most one hold of each kind")
        return self

    def rule(self, kind: RuleKind) -> RetentionRule | None:
        return next((rule for rule in self.rules if rule.kind is kind), None)

    def holds_by(self, kind: HoldKind) -> CaseHold | None:
        return next((hold for hold in self.holds if hold.kind is kind), None)

    def cutoff(self, kind: RuleKind, on: date) -> date | None:
        """Records of ``kind`` closed (or made) before this day are due on ``on``; None
        without a rule of that kind."""
        rule = self.rule(kind)
        if rule is None:
            return None
        # The first start whose period has not ended by ``on`` (the period only grows
        # with its start, so a binary search over days finds it).
        low, high = 1, on.toordinal() + 1
        while low < high:
            middle = (low + high) // 2
            if rule.period.after(date.fromordinal(middle)) <= on:
                low = middle + 1
            else:
                high = middle
        return date.fromordinal(low)
