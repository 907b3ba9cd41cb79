"""Which folder holds the municipality's own templates, forms and logo: outside the
installation, so an update replaces the program and leaves them be.

``$RISKDESK_MUNICIPALITY_DIR`` first (IT can set it for every user of a machine), then
the folder chosen in the user's settings, else ``municipality`` in the user's own data
folder. Inside it, ``forms/``, ``templates/`` and ``resources/`` mirror the shipped
folders (:mod:`riskdesk.shipped_files`).
"""

from __future__ import annotations

import os
from pathlib import Path

from riskdesk.documents.municipality import Municipality, load_municipality
from riskdesk.services.settings import Settings, data_dir, load_settings
from riskdesk.shipped_files import MUNICIPALITY_DIR_ENV, LayeredFolder

MUNICIPALITY_FILE = "municipality.yaml"


def default_municipality_dir() -> Path:
    return data_dir() / "municipality"


def municipality_dir(settings: Settings | None = None) -> Path:
    override = os.environ.get(MUNICIPALITY_DIR_ENV)
    if override:
        return Path(override)
    chosen = (settings or load_settings()).municipality_dir
    return chosen or default_municipality_dir()


def own_municipality(resources: LayeredFolder) -> Municipality:
    """The municipality file, the municipality's own when it has one. A logo named
    relative to the file is looked up the same way, so a municipality may replace only the
    logo (a file named as the shipped one) and keep the shipped file. Raises
    :class:`DocumentError` naming the file, as :func:`load_municipality` does."""
    path = resources / MUNICIPALITY_FILE
    municipality = load_municipality(path)
    logo = municipality.logo
    if logo is not None and logo.is_relative_to(path.parent):
        found = resources / logo.relative_to(path.parent).as_posix()
        municipality = municipality.model_copy(update={"logo": found})
    return municipality
