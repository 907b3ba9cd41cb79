"""Loading the intervention catalogue from ``forms/interventions.yaml``."""

from __future__ import annotations

from collections.abc import Collection

from riskdesk.domain.intervention_catalogue import InterventionCatalogue
from riskdesk.services.instrument_catalogue import (
    FormFileError,
    FormFileInvalid,
    read_form_file,
    validate_form,
)
from riskdesk.shipped_files import FileFolder

INTERVENTIONS_FILE = "interventions.yaml"


def load_intervention_catalogue(
    forms_dir: FileFolder, *, known_domains: Collection[str] | None = None
) -> InterventionCatalogue:
    """Read and validate the catalogue; raises :class:`FormFileInvalid` naming file and field.

    With ``known_domains`` (the loaded instruments' domain ids), a catalogue that refers to
    a domain no instrument has is refused, since its suggestions could never appear.
    """
    path = forms_dir / INTERVENTIONS_FILE
    catalogue = validate_form(InterventionCatalogue, read_form_file(path), path)
    if known_domains is not None:
        unknown = sorted(catalogue.assessment_domains - set(known_domains))
        if unknown:
            raise FormFileInvalid(
                [
                    FormFileError(
                        path, "assessment_domains", f"unknown domain(s): {', '.join(unknown)}"
                    )
                ]
            )
    return catalogue
