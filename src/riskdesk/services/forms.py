"""The forms folder as one desk uses it: instruments, level rules, the intervention
catalogue, the release-meeting form and the municipality's document settings. Each is
read on first use, not at unlock, so unlocking stays fast; a broken file raises
:class:`FormFileInvalid` naming it when something needs it."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from riskdesk.documents.municipality import Municipality, load_municipality
from riskdesk.domain.case_levels import LevelScheme
from riskdesk.domain.intervention_catalogue import InterventionCatalogue
from riskdesk.domain.level_rules import LevelRules
from riskdesk.domain.release_meeting import ReleaseMeetingForm
from riskdesk.services.instrument_catalogue import (
    InstrumentCatalogue,
    default_forms_dir,
    load_catalogue,
)
from riskdesk.services.intervention_catalogue import load_intervention_catalogue
from riskdesk.services.release_meeting_form import load_release_meeting_form


class Forms:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_forms_dir()

    @cached_property
    def _rules_and_instruments(self) -> tuple[LevelRules, InstrumentCatalogue]:
        return load_catalogue(self.folder)

    @property
    def level_rules(self) -> LevelRules:
        return self._rules_and_instruments[0]

    @property
    def levels(self) -> LevelScheme:
        """The municipality's case levels: the one source for the case service, the
        assessment and which meeting a plan goes to."""
        return self.level_rules.levels

    @property
    def catalogue(self) -> InstrumentCatalogue:
        """Every instrument that loaded, and the files that failed."""
        return self._rules_and_instruments[1]

    @cached_property
    def interventions(self) -> InterventionCatalogue:
        return load_intervention_catalogue(self.folder)

    @cached_property
    def release_meeting(self) -> ReleaseMeetingForm:
        return load_release_meeting_form(self.folder)

    @cached_property
    def municipality(self) -> Municipality:
        """Raises :class:`DocumentError` when the municipality file is unreadable."""
        return load_municipality()
