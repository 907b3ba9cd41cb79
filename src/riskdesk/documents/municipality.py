"""The municipality a document is printed for: name, unit, address and logo, read from
``resources/municipality.yaml`` (or a municipality's own copy)."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from riskdesk.documents.document_errors import DocumentError
from riskdesk.domain.file_errors import with_os_reason, with_reason
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.today import TodayRules
from riskdesk.domain.validation import Line, RequiredLine, problems_from
from riskdesk.shipped_files import read_yaml, resources_dir

DEFAULT_MUNICIPALITY_FILE = resources_dir() / "municipality.yaml"
_UNREADABLE = LocalizedText(
    da="Kommunens indstillinger i {file} kan ikke læses: {reason}",
    en="The municipality settings in {file} cannot be read: {reason}",
)


_NOT_UTF8 = LocalizedText(da="filen er ikke UTF-8", en="the file is not UTF-8")
_NOT_YAML = LocalizedText(da="filen er ikke gyldig YAML", en="the file is not valid YAML")


class StatisticsRules(BaseModel):
    """How published statistics are kept anonymous."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    suppress_below: int = Field(default=5, ge=2, le=100)
    """Counts from 1 to this minus one are printed as "<N" in anything published."""


class Municipality(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: RequiredLine
    unit: RequiredLine
    address: Line = ""
    phone: Line = ""
    email: Line = ""
    logo: Path | None = None
    areas: tuple[RequiredLine, ...] = ()
    """The school districts or areas concerns and coordination meetings are kept by."""
    today: TodayRules = TodayRules()
    """How far the start page looks (the unit's rhythm, not a document setting, but the
    municipality's to set in the same file)."""
    statistics: StatisticsRules = StatisticsRules()


def load_municipality(path: Path = DEFAULT_MUNICIPALITY_FILE) -> Municipality:
    """Read the settings file; a relative ``logo`` is taken relative to the file.
    Raises :class:`DocumentError` naming the file and what is wrong."""
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
        municipality = Municipality.model_validate(raw)
    except OSError as error:
        raise DocumentError(with_os_reason(_UNREADABLE, error, file=path)) from None
    except (UnicodeDecodeError, yaml.YAMLError, ValidationError) as error:
        raise DocumentError(with_reason(_UNREADABLE, _describe(error), file=path)) from None
    if municipality.logo is not None and not municipality.logo.is_absolute():
        municipality = municipality.model_copy(update={"logo": path.parent / municipality.logo})
    return municipality


def _describe(error: Exception) -> LocalizedText:
    """What is wrong, in the reader's language: pydantic's own messages are English, so
    each field's problem is said in the project's wording, naming the field."""
    if isinstance(error, ValidationError):
        problems = problems_from(error, {})
        return LocalizedText(
            da=" ".join(p.message.da for p in problems),
            en=" ".join(p.message.en for p in problems),
        )
    if isinstance(error, UnicodeDecodeError):
        return _NOT_UTF8
    return _NOT_YAML
