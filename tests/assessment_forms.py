"""The shipped forms, parsed straight from YAML so domain tests need no service."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from riskdesk.domain.instrument import Instrument
from riskdesk.domain.level_rules import LevelRules

FORMS = Path(__file__).resolve().parents[1] / "src" / "riskdesk" / "forms"


def raw_youth() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FORMS / "riskdesk-youth-v1.yaml").read_text("utf-8"))
    return data


@cache
def youth() -> Instrument:
    return Instrument.model_validate(raw_youth())


@cache
def level_rules() -> LevelRules:
    return LevelRules.model_validate(
        yaml.safe_load((FORMS / "level-rules.yaml").read_text("utf-8"))
    )


def yes_to_first(count: int, *, domain: str | None = None) -> dict[str, str | None]:
    """Answer every item: the first ``count`` (in the domain, if given) yes, the rest no."""
    instrument = youth()
    ids = [
        item.id for d in instrument.domains if domain is None or d.id == domain for item in d.items
    ]
    answers: dict[str, str | None] = {item.id: "no" for item in instrument.items}
    answers.update(dict.fromkeys(ids[:count], "yes"))
    return answers
