"""Where the folders shipped beside the code live: ``forms/`` (instruments and
catalogues), ``templates/`` (Word templates) and ``resources/`` (translations, the
municipality file, the logo).

They sit at the repository's top, where a municipality's administrator and a reviewer
find them, so every lookup goes through here rather than counting ``parents[n]`` from
wherever it is called. An installed or frozen build points at its own copies with the
environment variables below.
"""

from __future__ import annotations

import os
from pathlib import Path

FORMS_DIR_ENV = "RISKDESK_FORMS_DIR"
TEMPLATES_DIR_ENV = "RISKDESK_TEMPLATES_DIR"
RESOURCES_DIR_ENV = "RISKDESK_RESOURCES_DIR"

_SOURCE_TREE = Path(__file__).resolve().parents[2]


def _shipped(name: str, env: str) -> Path:
    override = os.environ.get(env)
    return Path(override) if override else _SOURCE_TREE / name


def forms_dir() -> Path:
    """``$RISKDESK_FORMS_DIR`` when set, else the top-level ``forms/``."""
    return _shipped("forms", FORMS_DIR_ENV)


def templates_dir() -> Path:
    """``$RISKDESK_TEMPLATES_DIR`` when set, else the top-level ``templates/``."""
    return _shipped("templates", TEMPLATES_DIR_ENV)


def resources_dir() -> Path:
    """``$RISKDESK_RESOURCES_DIR`` when set, else the top-level ``resources/``."""
    return _shipped("resources", RESOURCES_DIR_ENV)
