"""Scoring an assessment against its instrument: domain scores and ratings, total, band.

Unanswered items (blank or "don't know") count as absent, so an incomplete result is a
minimum ("at least"). A professional override sits beside the computed band and never
replaces it: ``band`` is always what the answers give, ``final_band`` what applies.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, computed_field
from pydantic_core import PydanticCustomError

from riskdesk.domain.instrument import Identifier, Instrument, ItemKind, Rating, rating_for
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.validation import Text


def _not_blank(value: str) -> str:
    if not value:
        raise PydanticCustomError("blank", "must not be empty")
    return value


ReasonText = Annotated[Text, AfterValidator(_not_blank)]
"""A written professional reason: free text that must not be blank."""

Answers = Mapping[str, str | None]
"""Item id → option id of the item's scale; ``None`` or a missing key means unanswered."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class BandOverride(_Frozen):
    band: Identifier
    reason: ReasonText


class DomainScore(_Frozen):
    domain_id: str
    score: int
    max_score: int
    rating: Rating
    present: tuple[str, ...]
    missing: tuple[str, ...]
    strength: bool
    resources_present: tuple[str, ...] = ()


class AssessmentResult(_Frozen):
    instrument_id: str
    instrument_version: int
    domains: tuple[DomainScore, ...]
    total: int
    max_total: int
    band: str
    final_band: str
    band_override: BandOverride | None
    missing_items: tuple[str, ...]
    strengths: tuple[str, ...]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def complete(self) -> bool:
        """False means total and band are a minimum: unanswered items could only add."""
        return not self.missing_items

    @computed_field  # type: ignore[prop-decorator]
    @property
    def missing_count(self) -> int:
        return len(self.missing_items)

    def domain(self, domain_id: str) -> DomainScore:
        return next(d for d in self.domains if d.domain_id == domain_id)


def answer_problems(
    instrument: Instrument,
    *,
    answers: Answers,
    strengths: Collection[str] = (),
    band_override: BandOverride | None = None,
) -> list[Problem]:
    """Every way the answers do not fit ``instrument``, each naming its key."""
    problems: list[Problem] = []
    for item_id, value in answers.items():
        item = instrument.item(item_id)
        if item is None:
            problems.append(_problem(f"answers.{item_id}", _UNKNOWN_ITEM, item=item_id))
        elif value is not None and instrument.scale(item.scale).option(value) is None:
            options = ", ".join(o.id for o in instrument.scale(item.scale).options)
            problems.append(
                _problem(f"answers.{item_id}", _BAD_OPTION, item=item_id, options=options)
            )
    strength_ids = {d.id for d in instrument.strength_domains}
    problems.extend(
        _problem(f"strengths.{domain_id}", _BAD_STRENGTH, domain=domain_id)
        for domain_id in sorted(set(strengths) - strength_ids)
    )
    if band_override is not None and instrument.band(band_override.band) is None:
        bands = ", ".join(b.id for b in instrument.bands)
        problems.append(_problem("band_override.band", _BAD_BAND, bands=bands))
    return problems


def score_assessment(
    instrument: Instrument,
    *,
    answers: Answers,
    strengths: Collection[str] = (),
    band_override: BandOverride | None = None,
) -> AssessmentResult:
    """Score ``answers``; raises :class:`UserInputError` if they do not fit the instrument."""
    problems = answer_problems(
        instrument, answers=answers, strengths=strengths, band_override=band_override
    )
    if problems:
        raise UserInputError(problems)
    return score_checked(
        instrument, answers=answers, strengths=strengths, band_override=band_override
    )


def score_checked(
    instrument: Instrument,
    *,
    answers: Answers,
    strengths: Collection[str] = (),
    band_override: BandOverride | None = None,
) -> AssessmentResult:
    """:func:`score_assessment` of answers that :func:`answer_problems` found nothing
    wrong with, for a caller that has just asked it (not asked twice)."""
    domains: list[DomainScore] = []
    for domain in instrument.domains:
        score = 0
        present: list[str] = []
        resources: list[str] = []
        missing: list[str] = []
        for item in domain.items:
            value = answers.get(item.id)
            option = None if value is None else instrument.scale(item.scale).option(value)
            if option is None or not option.answered:
                missing.append(item.id)
                continue
            points = option.points * item.weight
            if points and item.kind is ItemKind.RESOURCE:
                resources.append(item.id)
            elif points:
                score += points
                present.append(item.id)
        domains.append(
            DomainScore(
                domain_id=domain.id,
                score=score,
                max_score=instrument.domain_max(domain.id),
                rating=rating_for(domain.ratings, score),
                present=tuple(present),
                missing=tuple(missing),
                strength=domain.id in strengths,
                resources_present=tuple(resources),
            )
        )
    total = sum(d.score for d in domains)
    band = instrument.band_for(total).id
    return AssessmentResult(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        domains=tuple(domains),
        total=total,
        max_total=instrument.max_total,
        band=band,
        final_band=band_override.band if band_override else band,
        band_override=band_override,
        missing_items=tuple(i for d in domains for i in d.missing),
        strengths=tuple(d.id for d in instrument.domains if d.id in strengths),
    )


def finalisation_problems(result: AssessmentResult, *, unanswered_reason: str) -> list[Problem]:
    """An incomplete assessment may only be finalised with a written reason for the gaps."""
    if result.complete or unanswered_reason.strip():
        return []
    return [
        _problem("unanswered_reason", _NEEDS_REASON, count=result.missing_count),
    ]


def _problem(field: str, template: LocalizedText, **params: object) -> Problem:
    return Problem(field, template.format(**params))


_UNKNOWN_ITEM = LocalizedText(
    da="Instrumentet har intet spørgsmål {item}.", en="The instrument has no item {item}."
)
_BAD_OPTION = LocalizedText(
    da="Svaret på {item} skal være et af: {options}.",
    en="The answer to {item} must be one of: {options}.",
)
_BAD_STRENGTH = LocalizedText(
    da="Området {domain} findes ikke eller har ingen styrke at markere.",
    en="Domain {domain} does not exist or has no strength to tick.",
)
_BAD_BAND = LocalizedText(
    da="Den ændrede samlede risiko skal være en af: {bands}.",
    en="The overridden overall risk must be one of: {bands}.",
)
_NEEDS_REASON = LocalizedText(
    da="{count} spørgsmål er ubesvarede. Skriv hvorfor, før vurderingen afsluttes.",
    en="{count} items are unanswered. Write why before finalising the assessment.",
)
