"""Synthetic assessment answers for the demo vault: seeded, and consistent with the
case's level under the level rules, so finalising one leaves the case level as it was.
"""

from __future__ import annotations

import random
from datetime import date

from riskdesk.domain.assessment_draft import AssessmentDraft, InformationSource, ItemAnswer
from riskdesk.domain.ids import PersonId
from riskdesk.domain.instrument import Band, Instrument
from riskdesk.domain.level_rules import LevelRules


def _bands_for_level(instrument: Instrument, rules: LevelRules, level: int) -> list[Band]:
    levels = {band: rule.level for rule in rules.band_rules for band in rule.bands}
    return [b for b in instrument.bands if levels.get(b.id) == level]


def _flags_for_level(rules: LevelRules, level: int) -> list[str]:
    return [flag for rule in rules.flag_rules if rule.level == level for flag in rule.flags]


def _total_range(
    instrument: Instrument, rules: LevelRules, level: int, flags: frozenset[str]
) -> tuple[int, int]:
    """The totals that give ``level``: its bands, or, when a flag already lifts the case
    to ``level``, any band whose rule gives a lower level (never a higher one)."""
    bands = _bands_for_level(instrument, rules, level)
    if flags:
        bands += [
            b
            for lower in range(1, level)
            for b in _bands_for_level(instrument, rules, lower)
            if lower > 1
        ]
    if not bands:
        raise ValueError(f"no band of {instrument.ref} gives level {level}")
    return min(b.min for b in bands), min(max(b.max for b in bands), instrument.max_total)


def synthetic_draft(
    instrument: Instrument,
    rules: LevelRules,
    *,
    person_id: PersonId,
    level: int,
    assessment_date: date,
    rng: random.Random,
) -> AssessmentDraft:
    """A fully answered yes/no draft whose derived level is ``level``."""
    flags: frozenset[str] = frozenset()
    level_flags = _flags_for_level(rules, level)
    has_band = bool(_bands_for_level(instrument, rules, level))
    if level_flags and (not has_band or rng.random() < 0.5):
        flags = frozenset({rng.choice(level_flags)})
    low, high = _total_range(instrument, rules, level, flags)
    total = rng.randint(low, high)
    item_ids = [item.id for item in instrument.items]
    yes = set(rng.sample(item_ids, total))
    draft = AssessmentDraft(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        person_id=person_id,
        assessment_date=assessment_date,
        sources=frozenset(rng.sample(list(InformationSource), rng.randint(1, 3))),
        answers={i: ItemAnswer(value="yes" if i in yes else "no") for i in item_ids},
        flags=flags,
    )
    return _with_strengths(instrument, draft, rng)


def synthetic_reassessment(
    instrument: Instrument,
    rules: LevelRules,
    previous: AssessmentDraft,
    *,
    level: int,
    assessment_date: date,
    rng: random.Random,
) -> AssessmentDraft:
    """``previous`` with a few answers changed, mostly for the better, still at ``level``."""
    low, high = _total_range(instrument, rules, level, previous.flags)
    answers = dict(previous.answers)
    yes = [i for i, a in answers.items() if a.value == "yes"]
    no = [i for i, a in answers.items() if a.value == "no"]
    target = max(low, min(high, len(yes) + rng.randint(-5, 2)))
    if target < len(yes):
        flips = rng.sample(yes, len(yes) - target)
        new_value = "no"
    else:
        flips = rng.sample(no, target - len(yes))
        new_value = "yes"
    # One swap on top, so even an unchanged total shows changed items.
    swap_yes = [i for i in yes if i not in flips]
    swap_no = [i for i in no if i not in flips]
    if swap_yes and swap_no:
        answers[rng.choice(swap_yes)] = ItemAnswer(value="no")
        answers[rng.choice(swap_no)] = ItemAnswer(value="yes")
    for item_id in flips:
        answers[item_id] = ItemAnswer(value=new_value)
    draft = AssessmentDraft.model_validate(
        {**previous.model_dump(), "answers": answers, "assessment_date": assessment_date}
    )
    return _with_strengths(instrument, draft, rng)


def synthetic_partial_draft(
    instrument: Instrument, *, person_id: PersonId, assessment_date: date, rng: random.Random
) -> AssessmentDraft:
    """A draft in progress: the first few domains answered, the rest still blank."""
    answered = instrument.domains[: rng.randint(1, len(instrument.domains) - 1)]
    return AssessmentDraft(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        person_id=person_id,
        assessment_date=assessment_date,
        sources=frozenset({InformationSource.INTERVIEW}),
        answers={
            item.id: ItemAnswer(value=rng.choice(("yes", "no", "no")))
            for domain in answered
            for item in domain.items
        },
    )


def _with_strengths(
    instrument: Instrument, draft: AssessmentDraft, rng: random.Random
) -> AssessmentDraft:
    # A strength is ticked now and then where a domain has few risk factors.
    values = draft.answer_values()
    strengths = {
        domain.id
        for domain in instrument.strength_domains
        if sum(values.get(item.id) == "yes" for item in domain.items) <= 1 and rng.random() < 0.5
    }
    return draft.model_copy(update={"strengths": frozenset(strengths)})
