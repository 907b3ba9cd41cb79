import pytest

from assessment_forms import level_rules, yes_to_first, youth
from riskdesk.domain.assessment_scoring import BandOverride, score_assessment
from riskdesk.domain.level_rules import LevelDecision, LevelOverride, derive_level
from riskdesk.domain.refusals import UserInputError


def decide(
    total: int,
    *,
    flags: frozenset[str] = frozenset(),
    override: LevelOverride | None = None,
    band_override: BandOverride | None = None,
) -> LevelDecision:
    result = score_assessment(youth(), answers=yes_to_first(total), band_override=band_override)
    return derive_level(level_rules(), youth(), result=result, flags=flags, override=override)


@pytest.mark.parametrize(
    ("total", "level", "reason"),
    [
        (0, 1, "Samlet risiko 'lav' (score 0) → niveau 1"),
        (8, 1, "Samlet risiko 'lav' (score 8) → niveau 1"),
        (9, 2, "Samlet risiko 'moderat' (score 9) → niveau 2"),
        (25, 2, "Samlet risiko 'høj' (score 25) → niveau 2"),
        (35, 3, "Samlet risiko 'meget høj' (score 35) → niveau 3"),
    ],
)
def test_band_alone_gives_the_level(total: int, level: int, reason: str) -> None:
    decision = decide(total)

    assert decision.level == level
    assert [r.da for r in decision.reasons] == [reason]


def test_low_band_suggests_an_anonymous_concern_only() -> None:
    assert decide(3).anonymous_concern
    assert not decide(12).anonymous_concern


@pytest.mark.parametrize(
    ("flag", "label"),
    [
        ("gang", "bande"),
        ("weapon", "våben"),
        ("serious_violence", "grov vold"),
        ("radicalisation", "radikalisering"),
    ],
)
def test_each_flag_escalates_to_level_three_whatever_the_band(flag: str, label: str) -> None:
    decision = decide(0, flags=frozenset({flag}))

    assert decision.level == 3
    assert decision.reasons[-1].da == f"Markering '{label}' → niveau 3"


def test_caseworker_choice_replaces_the_level_and_is_listed_with_the_rules() -> None:
    decision = decide(
        12,
        flags=frozenset({"weapon"}),
        override=LevelOverride(level=2, reason="Kniven var et værktøj"),
    )

    assert decision.level == 2
    assert decision.computed_level == 3
    assert [r.da for r in decision.reasons] == [
        "Samlet risiko 'moderat' (score 12) → niveau 2",
        "Markering 'våben' → niveau 3",
        "Sagsbehandlerens valg: niveau 2 (begrundelse: Kniven var et værktøj)",
    ]


def test_band_override_decides_the_level_and_the_computed_band_is_named() -> None:
    decision = decide(12, band_override=BandOverride(band="very_high", reason="Eskalerer"))

    assert decision.level == 3
    assert decision.reasons[0].en == (
        "Overall risk 'very high' by professional override (computed 'moderate', score 12)"
        " → level 3"
    )


def test_incomplete_assessment_says_at_least() -> None:
    answers = yes_to_first(10)
    answers["family.2"] = None
    result = score_assessment(youth(), answers=answers)

    decision = derive_level(level_rules(), youth(), result=result)

    assert decision.reasons[0].da.startswith("Samlet risiko mindst 'moderat'")


def test_level_override_needs_a_written_reason() -> None:
    with pytest.raises(ValueError, match="reason"):
        LevelOverride(level=2, reason="   ")


def test_unknown_flag_and_missing_level_are_refused_by_key() -> None:
    with pytest.raises(UserInputError) as raised:
        decide(5, flags=frozenset({"knife"}), override=LevelOverride(level=4, reason="x"))

    assert [p.field for p in raised.value.problems] == ["flags.knife", "level_override.level"]
