"""Case level from the assessment, by rules that are data (a municipality can change them).

The decided level is the highest level any rule gives; a caseworker's choice replaces it
only with a written reason, and every rule that fired is listed in words, so the result
always says *why*.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from riskdesk.domain.assessment_scoring import AssessmentResult, ReasonText
from riskdesk.domain.case_levels import LevelDefinition, LevelScheme
from riskdesk.domain.instrument import Identifier, Instrument, schema_error
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Flag(_Frozen):
    """An escalation flag, e.g. gang affiliation; ticked in the assessment, not scored."""

    id: Identifier
    label: LocalizedText
    help: LocalizedText | None = None


class BandRule(_Frozen):
    bands: tuple[Identifier, ...] = Field(min_length=1)
    level: int


class FlagRule(_Frozen):
    flags: tuple[Identifier, ...] = Field(min_length=1)
    level: int


class LevelOverride(_Frozen):
    level: int
    reason: ReasonText


class LevelRules(_Frozen):
    kind: Literal["level_rules"] = "level_rules"
    levels: LevelScheme
    flags: tuple[Flag, ...] = ()
    band_rules: tuple[BandRule, ...] = Field(min_length=1)
    flag_rules: tuple[FlagRule, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> LevelRules:
        numbers = set(self.levels.numbers)
        flag_ids = [f.id for f in self.flags]
        if len(set(flag_ids)) != len(flag_ids):
            raise schema_error("flags", "flag ids must be unique")
        seen_bands: set[str] = set()
        for index, band_rule in enumerate(self.band_rules):
            if band_rule.level not in numbers:
                raise schema_error(f"band_rules.{index}.level", "no such level")
            if seen_bands & set(band_rule.bands):
                raise schema_error(f"band_rules.{index}.bands", "a band has two rules")
            seen_bands |= set(band_rule.bands)
        for index, flag_rule in enumerate(self.flag_rules):
            if flag_rule.level not in numbers:
                raise schema_error(f"flag_rules.{index}.level", "no such level")
            unknown = set(flag_rule.flags) - set(flag_ids)
            if unknown:
                raise schema_error(
                    f"flag_rules.{index}.flags",
                    "unknown flag(s) {unknown}",
                    unknown=", ".join(sorted(unknown)),
                )
        return self

    def flag(self, flag_id: str) -> Flag | None:
        return next((f for f in self.flags if f.id == flag_id), None)

    def uncovered_bands(self, instrument: Instrument) -> tuple[str, ...]:
        """Bands of ``instrument`` that no band rule turns into a level."""
        covered = {band for rule in self.band_rules for band in rule.bands}
        return tuple(b.id for b in instrument.bands if b.id not in covered)

    def problems(self, *, flags: Collection[str], override: LevelOverride | None) -> list[Problem]:
        """Unknown flag ids and an override to a level that does not exist, each by key."""
        known = {f.id for f in self.flags}
        problems = [
            Problem(
                f"flags.{flag}",
                LocalizedText(da="Ukendt markering: {flag}.", en="Unknown flag: {flag}.").format(
                    flag=flag
                ),
            )
            for flag in sorted(set(flags) - known)
        ]
        if override is not None:
            try:
                self.levels.get(override.level)
            except UserInputError as error:
                problems.extend(
                    Problem("level_override.level", problem.message) for problem in error.problems
                )
        return problems


class LevelDecision(_Frozen):
    """The level, the level the rules gave, and the reasons in words, in rule order."""

    level: int
    computed_level: int
    definition: LevelDefinition
    override: LevelOverride | None
    reasons: tuple[LocalizedText, ...]

    @property
    def anonymous_concern(self) -> bool:
        """True when the level keeps no case file: record it as an anonymous concern."""
        return not self.definition.person_identifying


def derive_level(
    rules: LevelRules,
    instrument: Instrument,
    *,
    result: AssessmentResult,
    flags: Collection[str] = (),
    override: LevelOverride | None = None,
) -> LevelDecision:
    """Apply the band rule for the final band and every flag rule whose flag is ticked.

    Raises :class:`UserInputError` for unknown flags or an override to a level that does
    not exist, and ``ValueError`` when no rule covers the band (the catalogue refuses
    such instruments at load).
    """
    problems = rules.problems(flags=flags, override=override)
    if problems:
        raise UserInputError(problems)
    band = instrument.band(result.final_band)
    band_rule = next((r for r in rules.band_rules if result.final_band in r.bands), None)
    if band is None or band_rule is None:
        raise ValueError(f"no level rule for band {result.final_band!r} of {instrument.ref}")
    if result.band_override is not None:
        template = _OVERRIDDEN_BAND_REASON
    elif result.complete:
        template = _BAND_REASON
    else:
        template = _MINIMUM_BAND_REASON
    computed_band = instrument.band_for(result.total)
    reasons = [
        template.format(
            band_da=band.label.da,
            band_en=band.label.en,
            computed_da=computed_band.label.da,
            computed_en=computed_band.label.en,
            total=result.total,
            level=band_rule.level,
        )
    ]
    level = band_rule.level
    for flag_rule in rules.flag_rules:
        for flag_id in flag_rule.flags:
            flag = rules.flag(flag_id)
            if flag is not None and flag_id in flags:
                reasons.append(
                    _FLAG_REASON.format(
                        flag_da=flag.label.da, flag_en=flag.label.en, level=flag_rule.level
                    )
                )
                level = max(level, flag_rule.level)
    computed = level
    if override is not None:
        level = override.level
        reasons.append(_OVERRIDE_REASON.format(level=override.level, reason=override.reason))
    return LevelDecision(
        level=level,
        computed_level=computed,
        definition=rules.levels.get(level),
        override=override,
        reasons=tuple(reasons),
    )


_BAND_REASON = LocalizedText(
    da="Samlet risiko '{band_da}' (score {total}) → niveau {level}",
    en="Overall risk '{band_en}' (score {total}) → level {level}",
)
_MINIMUM_BAND_REASON = LocalizedText(
    da="Samlet risiko mindst '{band_da}' (score mindst {total}) → niveau {level}",
    en="Overall risk at least '{band_en}' (score at least {total}) → level {level}",
)
_OVERRIDDEN_BAND_REASON = LocalizedText(
    da="Samlet risiko '{band_da}' efter fagligt skøn (beregnet '{computed_da}', score {total})"
    " → niveau {level}",
    en="Overall risk '{band_en}' by professional override (computed '{computed_en}',"
    " score {total}) → level {level}",
)
_FLAG_REASON = LocalizedText(
    da="Markering '{flag_da}' → niveau {level}", en="Flag '{flag_en}' → level {level}"
)
_OVERRIDE_REASON = LocalizedText(
    da="Sagsbehandlerens valg: niveau {level} (begrundelse: {reason})",
    en="Caseworker's choice: level {level} (reason: {reason})",
)
