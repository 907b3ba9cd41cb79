"""Where the folders shipped with the code live: ``forms/`` (instruments and
catalogues), ``templates/`` (Word templates) and ``resources/`` (translations, the
municipality file, the logo, the postal codes).

They are package data inside ``riskdesk``, so a wheel, an editable install and a frozen
bundle all carry them, and every lookup goes through here rather than counting
``parents[n]`` from wherever it is called. A test or a deployment points at other copies
with the environment variables below.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

FORMS_DIR_ENV = "RISKDESK_FORMS_DIR"
TEMPLATES_DIR_ENV = "RISKDESK_TEMPLATES_DIR"
RESOURCES_DIR_ENV = "RISKDESK_RESOURCES_DIR"


def _shipped(name: str, env: str) -> Path:
    override = os.environ.get(env)
    if override:
        return Path(override)
    # A real folder, never a zip: docxtpl, Qt's translator and YAML readers take paths, and
    # RiskDesk is installed from a wheel (unpacked) or a PyInstaller folder, never zipped.
    return Path(str(resources.files("riskdesk").joinpath(name)))


def forms_dir() -> Path:
    """``$RISKDESK_FORMS_DIR`` when set, else the shipped ``riskdesk/forms/``."""
    return _shipped("forms", FORMS_DIR_ENV)


def templates_dir() -> Path:
    """``$RISKDESK_TEMPLATES_DIR`` when set, else the shipped ``riskdesk/templates/``."""
    return _shipped("templates", TEMPLATES_DIR_ENV)


def resources_dir() -> Path:
    """``$RISKDESK_RESOURCES_DIR`` when set, else the shipped ``riskdesk/resources/``."""
    return _shipped("resources", RESOURCES_DIR_ENV)
