"""Text that exists in Danish and English; the domain never picks the language itself."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar


class Language(StrEnum):
    DANISH = "da"
    ENGLISH = "en"


DEFAULT_LANGUAGE = Language.DANISH


# A plain dataclass, not a pydantic model: the unlock dialog's first paint imports this
# module through the refusals and the settings, and pydantic would cost it a quarter of a
# second. pydantic still validates it as a field of its models, from ``{"da", "en"}``.
@dataclass(frozen=True, slots=True, kw_only=True)
class LocalizedText:
    """A user-facing text in both shipped languages."""

    # Read by pydantic where this is a field of a model: a third language is a mistake.
    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    da: str
    en: str

    def text(self, language: Language | str = DEFAULT_LANGUAGE) -> str:
        return self.en if Language(language) is Language.ENGLISH else self.da

    def format(self, **params: Any) -> LocalizedText:
        return LocalizedText(da=self.da.format(**params), en=self.en.format(**params))
