"""An assessment's instrument as users know it: its title from the catalogue, not the id
and version the vault stores ("riskdesk-youth@1")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from riskdesk.domain.assessment_draft import AssessmentDraft
from riskdesk.domain.instrument_registry import InstrumentRegistry
from riskdesk.domain.localized import Language
from riskdesk.domain.refusals import UserInputError


def instrument_title(
    registry: InstrumentRegistry, draft: AssessmentDraft, language: Language
) -> str:
    """The title of the instrument ``draft`` is made on, with its version when the
    catalogue holds more than one version of it (so assessments made on different versions
    read apart). A version no longer in the catalogue is named by id and version, as
    stored."""
    instrument_id, version = draft.instrument_id, draft.instrument_version
    try:
        instrument = registry.get(instrument_id, version)
    except UserInputError:
        return (
            QCoreApplication.translate(
                "InstrumentTitle", "%1, version %2 (not in the forms folder)"
            )
            .replace("%1", instrument_id)
            .replace("%2", str(version))
        )
    title = instrument.title.text(language)
    if len(registry.versions(instrument_id)) < 2:
        return title
    return (
        QCoreApplication.translate("InstrumentTitle", "%1 (version %2)")
        .replace("%1", title)
        .replace("%2", str(version))
    )
