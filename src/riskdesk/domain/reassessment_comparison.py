"""What changed between two assessments of the same person on the same instrument.

The two may use different versions of the instrument, so domains and items are matched
by id and an entry that exists on one side only is marked as such rather than dropped.
A final record is compared through its snapshot (what was decided then); a draft is
evaluated as it stands.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from riskdesk.domain.assessment_evaluation import evaluate_assessment
from riskdesk.domain.assessment_record import AssessmentRecord, AssessmentSnapshot, snapshot_of
from riskdesk.domain.ids import AssessmentId
from riskdesk.domain.instrument import Instrument, Rating, RiskDomain
from riskdesk.domain.level_rules import LevelRules
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError


class Presence(StrEnum):
    BOTH = "both"
    OLDER_ONLY = "older_only"
    NEWER_ONLY = "newer_only"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ItemChange(_Frozen):
    """One item whose answer differs; ``None`` means unanswered (or absent on that side)."""

    item_id: str
    domain_id: str
    text: LocalizedText
    presence: Presence
    before: str | None
    after: str | None
    before_label: LocalizedText | None
    after_label: LocalizedText | None


class DomainComparison(_Frozen):
    domain_id: str
    title: LocalizedText
    presence: Presence
    score_before: int | None
    score_after: int | None
    rating_before: Rating | None
    rating_after: Rating | None
    strength_before: bool
    strength_after: bool
    changed_items: tuple[ItemChange, ...]

    @property
    def rating_changed(self) -> bool:
        return self.rating_before != self.rating_after


class RiskDomainComparison(_Frozen):
    risk_domain: RiskDomain
    title: LocalizedText
    present_before: int
    present_after: int
    rating_before: Rating
    rating_after: Rating
    factors_gained: tuple[str, ...]
    factors_lost: tuple[str, ...]


class ReassessmentComparison(_Frozen):
    older_id: AssessmentId
    newer_id: AssessmentId
    instrument_id: str
    older_version: int
    newer_version: int
    older_date: date
    newer_date: date
    total_before: int
    total_after: int
    band_before: str
    band_after: str
    final_band_before: str
    final_band_after: str
    final_band_label_before: LocalizedText
    final_band_label_after: LocalizedText
    level_before: int
    level_after: int
    domains: tuple[DomainComparison, ...]
    four_domains: tuple[RiskDomainComparison, ...]
    strengths_gained: tuple[str, ...]
    strengths_lost: tuple[str, ...]

    @property
    def changed_items(self) -> tuple[ItemChange, ...]:
        return tuple(change for domain in self.domains for change in domain.changed_items)

    def domain(self, domain_id: str) -> DomainComparison:
        return next(d for d in self.domains if d.domain_id == domain_id)


def compare_assessments(
    older: AssessmentRecord,
    newer: AssessmentRecord,
    *,
    older_instrument: Instrument,
    newer_instrument: Instrument,
    rules: LevelRules,
) -> ReassessmentComparison:
    """Compare ``older`` with ``newer``; each instrument must be the version its record
    used. Raises :class:`UserInputError` for two different people or instrument ids,
    and (for a draft) when its answers do not fit its instrument."""
    problems: list[Problem] = []
    if older.person_id != newer.person_id:
        problems.append(Problem("person_id", _OTHER_PERSON))
    if older.draft.instrument_id != newer.draft.instrument_id:
        problems.append(Problem("instrument", _OTHER_INSTRUMENT))
    if problems:
        raise UserInputError(problems)
    for record, instrument in ((older, older_instrument), (newer, newer_instrument)):
        if record.instrument_ref != instrument.ref:
            raise ValueError(f"{record.instrument_ref} compared with {instrument.ref}")
    before = _decided(older, older_instrument, rules)
    after = _decided(newer, newer_instrument, rules)
    strengths_before = {d.domain_id for d in before.domains if d.strength}
    strengths_after = {d.domain_id for d in after.domains if d.strength}
    return ReassessmentComparison(
        older_id=older.id,
        newer_id=newer.id,
        instrument_id=newer.draft.instrument_id,
        older_version=older.draft.instrument_version,
        newer_version=newer.draft.instrument_version,
        older_date=older.draft.assessment_date,
        newer_date=newer.draft.assessment_date,
        total_before=before.total,
        total_after=after.total,
        band_before=before.band,
        band_after=after.band,
        final_band_before=before.final_band,
        final_band_after=after.final_band,
        final_band_label_before=before.final_band_label,
        final_band_label_after=after.final_band_label,
        level_before=before.level,
        level_after=after.level,
        domains=_domains(older, newer, older_instrument, newer_instrument, before, after),
        four_domains=tuple(_risk_domain(before, after, risk_domain) for risk_domain in RiskDomain),
        strengths_gained=tuple(
            d.domain_id for d in after.domains if d.domain_id in strengths_after - strengths_before
        ),
        strengths_lost=tuple(
            d.domain_id for d in before.domains if d.domain_id in strengths_before - strengths_after
        ),
    )


def _decided(
    record: AssessmentRecord, instrument: Instrument, rules: LevelRules
) -> AssessmentSnapshot:
    if record.snapshot is not None:
        return record.snapshot
    draft = record.draft
    evaluation = evaluate_assessment(
        instrument,
        rules,
        answers=draft.answer_values(),
        strengths=draft.strengths,
        extra_factors=draft.extra_factors,
        flags=draft.flags,
        band_override=draft.band_override,
        level_override=draft.level_override,
    )
    return snapshot_of(instrument, evaluation)


def _domains(
    older: AssessmentRecord,
    newer: AssessmentRecord,
    older_instrument: Instrument,
    newer_instrument: Instrument,
    before: AssessmentSnapshot,
    after: AssessmentSnapshot,
) -> tuple[DomainComparison, ...]:
    old_answers = older.draft.answer_values()
    new_answers = newer.draft.answer_values()
    # Newer order first, then whatever only the older version had, in its order.
    domain_ids = [d.id for d in newer_instrument.domains]
    domain_ids += [d.id for d in older_instrument.domains if d.id not in domain_ids]
    comparisons: list[DomainComparison] = []
    for domain_id in domain_ids:
        old_domain = older_instrument.domain(domain_id)
        new_domain = newer_instrument.domain(domain_id)
        shown = new_domain or old_domain
        assert shown is not None  # the id came from one of the two
        old_items = {i.id: i for i in old_domain.items} if old_domain else {}
        new_items = {i.id: i for i in new_domain.items} if new_domain else {}
        item_ids = [*new_items, *(i for i in old_items if i not in new_items)]
        changes: list[ItemChange] = []
        for item_id in item_ids:
            old_item = old_items.get(item_id)
            new_item = new_items.get(item_id)
            value_before = old_answers.get(item_id) if old_item else None
            value_after = new_answers.get(item_id) if new_item else None
            presence = _presence(old_item is not None, new_item is not None)
            if presence is Presence.BOTH and value_before == value_after:
                continue
            item = new_item or old_item
            assert item is not None
            changes.append(
                ItemChange(
                    item_id=item_id,
                    domain_id=domain_id,
                    text=item.text,
                    presence=presence,
                    before=value_before,
                    after=value_after,
                    before_label=_option_label(older_instrument, item_id, value_before),
                    after_label=_option_label(newer_instrument, item_id, value_after),
                )
            )
        old_score = before.domain(domain_id) if old_domain else None
        new_score = after.domain(domain_id) if new_domain else None
        comparisons.append(
            DomainComparison(
                domain_id=domain_id,
                title=shown.title,
                presence=_presence(old_domain is not None, new_domain is not None),
                score_before=old_score.score if old_score else None,
                score_after=new_score.score if new_score else None,
                rating_before=old_score.rating if old_score else None,
                rating_after=new_score.rating if new_score else None,
                strength_before=bool(old_score and old_score.strength),
                strength_after=bool(new_score and new_score.strength),
                changed_items=tuple(changes),
            )
        )
    return tuple(comparisons)


def _risk_domain(
    before: AssessmentSnapshot, after: AssessmentSnapshot, risk_domain: RiskDomain
) -> RiskDomainComparison:
    old = before.risk_domain(risk_domain)
    new = after.risk_domain(risk_domain)
    return RiskDomainComparison(
        risk_domain=risk_domain,
        title=new.title,
        present_before=old.present,
        present_after=new.present,
        rating_before=old.rating,
        rating_after=new.rating,
        factors_gained=tuple(f for f in new.factor_ids if f not in old.factor_ids),
        factors_lost=tuple(f for f in old.factor_ids if f not in new.factor_ids),
    )


def _presence(in_older: bool, in_newer: bool) -> Presence:
    if in_older and in_newer:
        return Presence.BOTH
    return Presence.OLDER_ONLY if in_older else Presence.NEWER_ONLY


def _option_label(instrument: Instrument, item_id: str, value: str | None) -> LocalizedText | None:
    item = instrument.item(item_id)
    if item is None or value is None:
        return None
    option = instrument.scale(item.scale).option(value)
    return option.label if option else None


_OTHER_PERSON = LocalizedText(
    da="Kun vurderinger af samme person kan sammenlignes.",
    en="Only assessments of the same person can be compared.",
)
_OTHER_INSTRUMENT = LocalizedText(
    da="Kun vurderinger med samme instrument kan sammenlignes.",
    en="Only assessments made with the same instrument can be compared.",
)
