"""The wheel carries every file the app reads, checked without building one: each file
in the package's data folders matches a ``package-data`` glob of ``pyproject.toml``,
globbed as setuptools globs them, and every folder of modules is a package or is listed.
(``scripts/check-wheel`` builds and installs the real wheel in CI.)"""

from __future__ import annotations

import glob
import tomllib
from pathlib import Path

import riskdesk

PACKAGE = Path(riskdesk.__file__).parent
PYPROJECT = PACKAGE.parents[1] / "pyproject.toml"
DATA_FOLDERS = ("forms", "templates", "resources", "store/migrations")
NOT_READ_BY_THE_APP = {
    # The translation's source: `make translations` compiles it to the .qm the app loads.
    "resources/translations/riskdesk_da.ts",
}


def _patterns() -> list[str]:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    patterns: list[str] = config["tool"]["setuptools"]["package-data"]["riskdesk"]
    return patterns


def _shipped_by(patterns: list[str]) -> set[str]:
    # As setuptools does: each pattern is globbed relative to the package's folder, and a
    # "*" does not cross into subfolders.
    return {
        Path(match).relative_to(PACKAGE).as_posix()
        for pattern in patterns
        for match in glob.glob(str(PACKAGE / pattern))
        if Path(match).is_file()
    }


def _data_files() -> set[str]:
    return {
        path.relative_to(PACKAGE).as_posix()
        for folder in DATA_FOLDERS
        for path in (PACKAGE / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_every_data_file_the_app_reads_is_in_a_package_data_glob() -> None:
    missing = _data_files() - NOT_READ_BY_THE_APP - _shipped_by(_patterns())
    assert not missing, f"add a package-data pattern to pyproject.toml for {sorted(missing)}"


def test_the_check_sees_a_file_no_pattern_ships() -> None:
    patterns = [p for p in _patterns() if p != "templates/*.docx"]
    assert "templates/handleplan.docx" not in _shipped_by(patterns)


def test_every_folder_of_modules_is_a_package_or_listed() -> None:
    shipped = _shipped_by(_patterns())
    for module in PACKAGE.rglob("*.py"):
        if "__pycache__" in module.parts:
            continue
        relative = module.relative_to(PACKAGE).as_posix()
        assert (module.parent / "__init__.py").is_file() or relative in shipped, relative


def test_the_data_folders_are_found_where_the_package_is() -> None:
    from riskdesk.shipped_files import forms_dir, resources_dir, templates_dir

    assert forms_dir() == PACKAGE / "forms"
    assert templates_dir() == PACKAGE / "templates"
    assert resources_dir() == PACKAGE / "resources"
