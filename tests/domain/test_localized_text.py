"""LocalizedText is a plain frozen dataclass (the unlock dialog's path imports it without
pydantic); as a field of the domain's models pydantic still checks it and writes it."""

from __future__ import annotations

import dataclasses

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from riskdesk.domain.localized import Language, LocalizedText


class Titled(BaseModel):
    model_config = ConfigDict(frozen=True)

    title: LocalizedText


def test_read_from_both_languages_and_written_back() -> None:
    titled = Titled.model_validate({"title": {"da": "Handleplan", "en": "Action plan"}})
    assert titled.title == LocalizedText(da="Handleplan", en="Action plan")
    assert titled.title.text(Language.ENGLISH) == "Action plan"
    assert titled.model_dump() == {"title": {"da": "Handleplan", "en": "Action plan"}}
    assert Titled.model_validate_json(titled.model_dump_json()) == titled


@pytest.mark.parametrize(
    "title",
    [
        {"da": "Handleplan"},
        {"da": "Handleplan", "en": "Action plan", "de": "Aktionsplan"},
        {"da": 3, "en": "Action plan"},
    ],
)
def test_a_missing_or_third_language_or_a_number_is_refused(title: object) -> None:
    with pytest.raises(ValidationError):
        Titled.model_validate({"title": title})


def test_it_cannot_be_changed_and_can_be_a_key() -> None:
    text = LocalizedText(da="Sag", en="Case")
    with pytest.raises(dataclasses.FrozenInstanceError):
        text.da = "Person"  # type: ignore[misc]
    assert {text: 1}[LocalizedText(da="Sag", en="Case")] == 1
    assert text.format() == text
