"""Level schemes for tests that need one without reading ``forms/`` (the app's one source
of levels is ``forms/level-rules.yaml``, loaded by ``riskdesk.services.forms``)."""

from __future__ import annotations

from riskdesk.domain.case_levels import LevelDefinition, LevelScheme
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.meeting import MeetingKind


def level(
    number: int, *, identifying: bool = True, meeting: MeetingKind = MeetingKind.SSP
) -> LevelDefinition:
    return LevelDefinition(
        number=number,
        name=LocalizedText(da=f"Niveau {number}", en=f"Level {number}"),
        description=LocalizedText(da=f"Beskrivelse {number}", en=f"Description {number}"),
        person_identifying=identifying,
        meeting=meeting,
    )


THREE_LEVELS = LevelScheme(
    levels=(
        level(1, identifying=False, meeting=MeetingKind.COORDINATION),
        level(2),
        level(3, meeting=MeetingKind.OPERATIVE),
    )
)
"""Like the shipped rules: niveau 1 a concern only, niveau 3 for the operative group."""
