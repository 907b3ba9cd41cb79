"""The forms folder as one desk uses it: instruments, level rules, the intervention
catalogue, the release-meeting form and the municipality's document settings. Each is
read on first use, not at unlock, so unlocking stays fast; a broken file raises
:class:`FormFileInvalid` naming it when something needs it."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from riskdesk.documents.municipality import Municipality, load_municipality
from riskdesk.domain.case_levels import LevelScheme
from riskdesk.domain.concern import ConcernTopics
from riskdesk.domain.intervention_catalogue import InterventionCatalogue
from riskdesk.domain.level_rules import LevelRules
from riskdesk.domain.release_meeting import ReleaseMeetingForm
from riskdesk.services.concern_topics import load_concern_topics
from riskdesk.services.instrument_catalogue import InstrumentCatalogue, load_catalogue
from riskdesk.services.intervention_catalogue import load_intervention_catalogue
from riskdesk.services.municipality_folder import municipality_dir, own_municipality
from riskdesk.services.release_meeting_form import load_release_meeting_form
from riskdesk.shipped_files import TEMPLATES, FileFolder, forms_folder, resources_folder


class Forms:
    """``Forms()`` reads the shipped files with the municipality's own folder laid over
    them; ``Forms(folder)`` reads only ``folder`` and the shipped templates, as a test or
    a tool that names its folder wants. ``own_files`` names the municipality's folder."""

    def __init__(self, folder: FileFolder | None = None, *, own_files: Path | None = None) -> None:
        if folder is None:
            own_files = own_files or municipality_dir()
            folder = forms_folder(own_files)
        self.folder: FileFolder = folder
        self.own_files = own_files

    @property
    def own_templates(self) -> Path | None:
        """The municipality's templates folder, for the renderers' ``custom_templates``: a
        template there that fails the check is passed over, with a notice saying why."""
        return self.own_files / TEMPLATES if self.own_files is not None else None

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
    def concern_topics(self) -> ConcernTopics:
        return load_concern_topics(self.folder)

    @cached_property
    def municipality(self) -> Municipality:
        """Raises :class:`DocumentError` when the municipality file is unreadable."""
        if self.own_files is None:
            return load_municipality()
        return own_municipality(resources_folder(self.own_files))
