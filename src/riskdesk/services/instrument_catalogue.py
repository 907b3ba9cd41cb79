"""Loading instruments and level rules from the `forms/` directory.

A file is an instrument when its top-level ``kind`` is ``instrument``; other kinds belong
to other catalogues and are skipped. A broken instrument is reported with its file and
field and left out, so the app still starts with the instruments that did load.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from riskdesk import shipped_files
from riskdesk.domain.instrument import Instrument
from riskdesk.domain.instrument_registry import InstrumentRegistry
from riskdesk.domain.level_rules import LevelRules
from riskdesk.domain.localized import DEFAULT_LANGUAGE, Language, LocalizedText
from riskdesk.shipped_files import FileFolder, read_yaml

FORMS_DIR_ENV = shipped_files.FORMS_DIR_ENV
_FORM_FILE_INVALID = LocalizedText(
    da="En fil i mappen med skemaer kan ikke indlæses; kontakt den, der vedligeholder dem.",
    en="A file in the forms folder cannot be loaded; contact whoever maintains them.",
)
LEVEL_RULES_FILE = "level-rules.yaml"


def default_forms_dir() -> Path:
    """``$RISKDESK_FORMS_DIR`` if set, else the shipped ``forms/``, without the
    municipality's own files (``Forms()`` lays those over it)."""
    return shipped_files.forms_dir()


@dataclass(frozen=True)
class FormFileError:
    """Why one file in ``forms/`` could not be used; ``field`` is a path such as
    ``domains[family].items[family.3].risk_domain``."""

    file: Path
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}"


class FormFileInvalid(Exception):
    """A file in the forms folder that cannot be used; the files and fields are named for
    the administrator who maintains them (no person data lives in these files)."""

    def __init__(self, errors: Sequence[FormFileError]) -> None:
        self.errors = tuple(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

    def text(self, language: Language | str = DEFAULT_LANGUAGE) -> str:
        first = self.errors[0] if self.errors else None
        where = f" ({first.file.name}, {first.field}: {first.message})" if first else ""
        return _FORM_FILE_INVALID.text(language) + where


@dataclass(frozen=True)
class InstrumentCatalogue:
    registry: InstrumentRegistry
    failures: tuple[FormFileError, ...]
    origins: Mapping[str, Path] = field(default_factory=dict)
    """The file each instrument (``id@version``) was read from."""


def load_instruments(
    forms_dir: FileFolder, *, level_rules: LevelRules | None = None
) -> InstrumentCatalogue:
    """Load every instrument file in ``forms_dir`` (sorted by name, so results repeat).

    With ``level_rules``, an instrument whose bands the rules do not all cover is refused
    too, since no level could be derived from it.
    """
    registry = InstrumentRegistry()
    failures: list[FormFileError] = []
    origin: dict[str, Path] = {}
    for path in sorted(forms_dir.glob("*.yaml")):
        try:
            raw = read_form_file(path)
            if raw.get("kind") != "instrument":
                continue
            instrument = validate_form(Instrument, raw, path)
        except FormFileInvalid as invalid:
            failures.extend(invalid.errors)
            continue
        if instrument.ref in origin:
            failures.append(
                FormFileError(
                    path,
                    "version",
                    f"{instrument.ref} is already loaded from {origin[instrument.ref].name}",
                )
            )
            continue
        uncovered = level_rules.uncovered_bands(instrument) if level_rules else ()
        if uncovered:
            failures.append(
                FormFileError(
                    path,
                    "bands",
                    f"no level rule in {LEVEL_RULES_FILE} for band(s) {', '.join(uncovered)}",
                )
            )
            continue
        origin[instrument.ref] = path
        registry.add(instrument)
    return InstrumentCatalogue(registry=registry, failures=tuple(failures), origins=origin)


def load_level_rules(forms_dir: FileFolder) -> LevelRules:
    """Read ``level-rules.yaml``; raises :class:`FormFileInvalid` naming file and field."""
    path = forms_dir / LEVEL_RULES_FILE
    return validate_form(LevelRules, read_form_file(path), path)


def load_catalogue(forms_dir: FileFolder) -> tuple[LevelRules, InstrumentCatalogue]:
    """Level rules first (they are required), then the instruments checked against them."""
    rules = load_level_rules(forms_dir)
    return rules, load_instruments(forms_dir, level_rules=rules)


def read_form_file(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as stream:
            data = read_yaml(stream)
    except OSError as error:
        raise FormFileInvalid([FormFileError(path, "-", error.strerror or str(error))]) from None
    except UnicodeDecodeError:
        raise FormFileInvalid([FormFileError(path, "-", "the file is not UTF-8")]) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "-"
        raise FormFileInvalid([FormFileError(path, where, f"not valid YAML: {error}")]) from None
    if not isinstance(data, dict):
        raise FormFileInvalid([FormFileError(path, "-", "the file must hold a mapping")])
    return data


def validate_form[M: BaseModel](model: type[M], raw: dict[str, Any], path: Path) -> M:
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        raise FormFileInvalid(
            [
                FormFileError(path, _field_path(raw, _location(detail)), detail["msg"])
                for detail in error.errors(include_url=False, include_input=False)
            ]
        ) from None


def _location(detail: Any) -> tuple[int | str, ...]:
    # Cross-field checks put the field they are about in the context, relative to the
    # model that raised them; pydantic's own location only reaches that model.
    extra = str((detail.get("ctx") or {}).get("field", ""))
    parts = [int(p) if p.isdigit() else p for p in extra.split(".") if p]
    return (*detail["loc"], *parts)


def _field_path(raw: object, location: Sequence[int | str]) -> str:
    """Render a location with list indexes replaced by the ids in the file, when present:
    ``("domains", 1, "items", 2, "text")`` → ``domains[family].items[family.3].text``."""
    rendered = ""
    node: object = raw
    for part in location:
        if isinstance(part, int):
            node = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
            label = node.get("id") if isinstance(node, dict) else None
            rendered += f"[{label if label is not None else part}]"
        else:
            node = node.get(part) if isinstance(node, dict) else None
            rendered += f".{part}" if rendered else part
    return rendered or "-"
