"""Where the folders shipped with the code live: ``forms/`` (instruments and
catalogues), ``templates/`` (Word templates) and ``resources/`` (translations, the
municipality file, the logo, the postal codes), and how a municipality's own folder is
laid over them.

They are package data inside ``riskdesk``, so a wheel, an editable install and a frozen
bundle all carry them, and every lookup goes through here rather than counting
``parents[n]`` from wherever it is called. A test or a deployment points at other copies
with the environment variables below.

A municipality's own forms, templates and logo live outside the installation, so an
update never touches them: its folder has ``forms/``, ``templates/`` and ``resources/``
as the package has, and a file there replaces the shipped file of the same name
(:class:`LayeredFolder`). Which folder that is, the user's settings say
(``riskdesk.services.municipality_folder``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO, Any, Protocol

FORMS_DIR_ENV = "RISKDESK_FORMS_DIR"
TEMPLATES_DIR_ENV = "RISKDESK_TEMPLATES_DIR"
RESOURCES_DIR_ENV = "RISKDESK_RESOURCES_DIR"
MUNICIPALITY_DIR_ENV = "RISKDESK_MUNICIPALITY_DIR"

FORMS = "forms"
TEMPLATES = "templates"
RESOURCES = "resources"


def _shipped(name: str, env: str) -> Path:
    override = os.environ.get(env)
    if override:
        return Path(override)
    # A real folder, never a zip: docxtpl, Qt's translator and YAML readers take paths, and
    # RiskDesk is installed from a wheel (unpacked) or a PyInstaller folder, never zipped.
    return Path(str(resources.files("riskdesk").joinpath(name)))


def forms_dir() -> Path:
    """``$RISKDESK_FORMS_DIR`` when set, else the shipped ``riskdesk/forms/``."""
    return _shipped(FORMS, FORMS_DIR_ENV)


def templates_dir() -> Path:
    """``$RISKDESK_TEMPLATES_DIR`` when set, else the shipped ``riskdesk/templates/``."""
    return _shipped(TEMPLATES, TEMPLATES_DIR_ENV)


def resources_dir() -> Path:
    """``$RISKDESK_RESOURCES_DIR`` when set, else the shipped ``riskdesk/resources/``."""
    return _shipped(RESOURCES, RESOURCES_DIR_ENV)


class FileFolder(Protocol):
    """What reading a folder of forms needs: one file by name, and the files matching a
    pattern. A :class:`~pathlib.Path` is one, and so is a :class:`LayeredFolder`."""

    def __truediv__(self, name: str) -> Path: ...

    def glob(self, pattern: str) -> Iterable[Path]: ...


@dataclass(frozen=True)
class LayeredFolder:
    """A shipped folder with the municipality's own folder laid over it. ``folder / name``
    is the municipality's file when it has one, else the shipped one (which may not exist:
    the reader then names the missing file). :meth:`glob` gives one file per name, the
    municipality's where it has one, and the files only the municipality has (a licensed
    instrument, say), sorted by name so loading repeats."""

    own: Path
    shipped: Path

    def __truediv__(self, name: str) -> Path:
        own = self.own / name
        return own if own.is_file() else self.shipped / name

    def glob(self, pattern: str) -> list[Path]:
        found = {path.name: path for path in self.shipped.glob(pattern) if path.is_file()}
        found.update({path.name: path for path in self.own.glob(pattern) if path.is_file()})
        return [found[name] for name in sorted(found)]

    def is_own(self, path: Path) -> bool:
        """Whether ``path`` (as this folder gave it) is the municipality's own file."""
        return path.parent == self.own


def forms_folder(municipality_dir: Path) -> LayeredFolder:
    return LayeredFolder(own=municipality_dir / FORMS, shipped=forms_dir())


def templates_folder(municipality_dir: Path) -> LayeredFolder:
    return LayeredFolder(own=municipality_dir / TEMPLATES, shipped=templates_dir())


def resources_folder(municipality_dir: Path) -> LayeredFolder:
    return LayeredFolder(own=municipality_dir / RESOURCES, shipped=resources_dir())


def read_yaml(text: str | IO[str]) -> Any:
    """A form or resource file's YAML, parsed safely, with libyaml when PyYAML has it:
    the pure-Python parser took about three seconds of an unlock reading the forms under
    load (#14). Raises ``yaml.YAMLError`` as ``yaml.safe_load`` does."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, C or Python
