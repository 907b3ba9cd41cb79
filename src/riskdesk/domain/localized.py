"""Text that exists in Danish and English; the domain never picks the language itself."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict


class Language(StrEnum):
    DANISH = "da"
    ENGLISH = "en"


DEFAULT_LANGUAGE = Language.DANISH


class LocalizedText(BaseModel):
    """A user-facing text in both shipped languages."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    da: str
    en: str

    def text(self, language: Language | str = DEFAULT_LANGUAGE) -> str:
        return self.en if Language(language) is Language.ENGLISH else self.da

    def format(self, **params: Any) -> LocalizedText:
        return LocalizedText(da=self.da.format(**params), en=self.en.format(**params))
