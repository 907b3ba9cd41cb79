"""Which RiskDesk this is and what it works with: its version, the schema revision it
writes, and the instruments and templates in use, each from the shipped files or the
municipality's own folder. ``riskdesk --version`` and Help → About show it.

A template's version is the start of the SHA-256 of its .docx file: nothing in a Word
file is kept up to date by whoever edits it, while the hash changes with every change,
and an approved plan records the full hash of the template it was frozen with
(``template_sha256``), so the two can be compared.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from riskdesk import __version__
from riskdesk.documents.access_insight_document import (
    ACCESS_INSIGHT_TEMPLATE,
    ACCESS_INSIGHT_VARIABLES,
)
from riskdesk.documents.docx_rendering import SHIPPED_TEMPLATES, choose_template
from riskdesk.documents.half_year_document import HALF_YEAR_VARIABLES
from riskdesk.documents.half_year_document import TEMPLATE as HALF_YEAR_TEMPLATE
from riskdesk.documents.meeting_documents import (
    MEETING_AGENDA_TEMPLATE,
    MEETING_AGENDA_VARIABLES,
    MEETING_MINUTES_TEMPLATE,
    MEETING_VARIABLES,
)
from riskdesk.documents.plan_document import PLAN_TEMPLATE, PLAN_VARIABLES
from riskdesk.documents.release_meeting_documents import (
    AGENDA_TEMPLATE,
    AGENDA_VARIABLES,
    MINUTES_TEMPLATE,
    MINUTES_VARIABLES,
)
from riskdesk.domain.instrument_registry import InstrumentRegistry
from riskdesk.services.forms import Forms
from riskdesk.services.instrument_catalogue import FormFileInvalid, InstrumentCatalogue
from riskdesk.services.service_context import ServiceContext
from riskdesk.shipped_files import FORMS
from riskdesk.store.migrate import head_revision

TEMPLATE_HASH_LENGTH = 12
# Every template RiskDesk renders, with the fields a municipality's own copy must have.
TEMPLATE_VARIABLES: dict[str, Collection[str]] = {
    PLAN_TEMPLATE: PLAN_VARIABLES,
    AGENDA_TEMPLATE: AGENDA_VARIABLES,
    MINUTES_TEMPLATE: MINUTES_VARIABLES,
    MEETING_AGENDA_TEMPLATE: MEETING_AGENDA_VARIABLES,
    MEETING_MINUTES_TEMPLATE: MEETING_VARIABLES,
    ACCESS_INSIGHT_TEMPLATE: ACCESS_INSIGHT_VARIABLES,
    HALF_YEAR_TEMPLATE: HALF_YEAR_VARIABLES,
}


@dataclass(frozen=True)
class InstrumentInUse:
    id: str
    version: int
    file: str
    own: bool
    """From the municipality's own folder rather than shipped with RiskDesk."""


@dataclass(frozen=True)
class TemplateInUse:
    name: str
    version: str
    """The first characters of the used file's SHA-256."""
    own: bool
    own_passed_over: bool
    """The municipality has its own copy, which fails the template check: the shipped
    one is used, and each document made with it says why."""


@dataclass(frozen=True)
class VersionReport:
    version: str
    schema_revision: str
    """The newest schema this RiskDesk knows: a vault it opens is upgraded to it."""
    instruments: tuple[InstrumentInUse, ...]
    instrument_failures: tuple[str, ...]
    """Instrument files that could not be loaded, by name."""
    templates: tuple[TemplateInUse, ...]
    municipality_dir: Path | None
    """The municipality's own folder, when the forms are read with one."""


def version_report(forms: Forms | None = None) -> VersionReport:
    """What this RiskDesk runs with; ``Forms()`` (the settings' municipality folder)
    unless ``forms`` is given. Level rules that cannot be read leave no instrument
    loaded, and their file is named among the failures."""
    forms = forms or Forms()
    try:
        catalogue = forms.catalogue
    except FormFileInvalid as invalid:
        catalogue = InstrumentCatalogue(InstrumentRegistry(), invalid.errors)
    own_forms = forms.own_files / FORMS if forms.own_files is not None else None
    instruments = []
    for instrument_id in catalogue.registry.ids():
        for version in catalogue.registry.versions(instrument_id):
            origin = catalogue.origins[f"{instrument_id}@{version}"]
            own = own_forms is not None and origin.parent == own_forms
            instruments.append(InstrumentInUse(instrument_id, version, origin.name, own))
    return VersionReport(
        version=__version__,
        schema_revision=head_revision(),
        instruments=tuple(instruments),
        instrument_failures=tuple(sorted({failure.file.name for failure in catalogue.failures})),
        templates=tuple(
            _template(name, forms.own_templates) for name in sorted(TEMPLATE_VARIABLES)
        ),
        municipality_dir=forms.own_files,
    )


def _template(name: str, own_templates: Path | None) -> TemplateInUse:
    choice = choose_template(
        name, variables=TEMPLATE_VARIABLES[name], custom_templates=own_templates
    )
    digest = hashlib.sha256(choice.path.read_bytes()).hexdigest()
    own = choice.path.parent != SHIPPED_TEMPLATES
    return TemplateInUse(
        name=name,
        version=digest[:TEMPLATE_HASH_LENGTH],
        own=own,
        own_passed_over=choice.notice is not None,
    )


class VersionService:
    """The report for an open desk: the forms and templates that desk works with."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def report(self) -> VersionReport:
        return version_report(self._ctx.forms)
