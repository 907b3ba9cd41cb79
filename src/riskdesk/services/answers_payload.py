"""Scoring an answers payload (parsed JSON, e.g. from `riskdesk score --answers FILE`).

JSON ``true``/``false`` mean the scale's ``yes``/``no`` options, a string names an option
directly and ``null`` leaves the item unanswered. Every problem names its key as written
in the payload.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from riskdesk.domain.assessment_evaluation import AssessmentEvaluation, evaluate_assessment
from riskdesk.domain.assessment_scoring import BandOverride
from riskdesk.domain.instrument import Instrument
from riskdesk.domain.level_rules import LevelOverride, LevelRules
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.validation import problems_from

_LIST_KEYS = ("strengths", "extra_factors", "flags")
_KEYS = ("answers", *_LIST_KEYS, "override", "level_override")
_LABELS = {
    "band": LocalizedText(da="Risiko", en="Band"),
    "level": LocalizedText(da="Niveau", en="Level"),
    "reason": LocalizedText(da="Begrundelse", en="Reason"),
}


def score_answers_payload(
    payload: object, *, instrument: Instrument, rules: LevelRules
) -> AssessmentEvaluation:
    """Evaluate ``payload`` against ``instrument`` and ``rules``.

    Raises :class:`UserInputError` listing every key that is unknown, of the wrong type
    or does not fit the instrument; the payload is never echoed back.
    """
    if not isinstance(payload, Mapping):
        raise UserInputError([_problem("-", _NOT_OBJECT)])
    problems = [_problem(str(key), _UNKNOWN_KEY, key=key) for key in payload if key not in _KEYS]
    answers = _answers(payload.get("answers"), problems)
    lists = {key: _strings(key, payload.get(key, []), problems) for key in _LIST_KEYS}
    band_override = _model(BandOverride, "override", payload.get("override"), problems)
    level_override = _model(
        LevelOverride, "level_override", payload.get("level_override"), problems
    )
    try:
        evaluation = evaluate_assessment(
            instrument,
            rules,
            answers=answers,
            strengths=lists["strengths"],
            extra_factors=lists["extra_factors"],
            flags=lists["flags"],
            band_override=band_override,
            level_override=level_override,
        )
    except UserInputError as error:
        # The domain calls it band_override; the payload key is override.
        problems.extend(
            Problem(p.field.replace("band_override.", "override.", 1), p.message)
            for p in error.problems
        )
    if problems:
        raise UserInputError(problems)
    return evaluation


def _answers(raw: object, problems: list[Problem]) -> dict[str, str | None]:
    if not isinstance(raw, Mapping):
        problems.append(_problem("answers", _NOT_OBJECT_KEY))
        return {}
    answers: dict[str, str | None] = {}
    for key, value in raw.items():
        if isinstance(value, bool):
            answers[str(key)] = "yes" if value else "no"
        elif value is None or isinstance(value, str):
            answers[str(key)] = value
        else:
            problems.append(_problem(f"answers.{key}", _BAD_ANSWER_TYPE))
    return answers


def _strings(key: str, raw: object, problems: list[Problem]) -> frozenset[str]:
    if isinstance(raw, list) and all(isinstance(entry, str) for entry in raw):
        return frozenset(raw)
    problems.append(_problem(key, _NOT_STRING_LIST))
    return frozenset()


def _model[M: BaseModel](
    model: type[M], key: str, raw: object, problems: list[Problem]
) -> M | None:
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        problems.append(_problem(key, _NOT_OBJECT_KEY))
        return None
    try:
        return model.model_validate(dict(raw), strict=True)
    except ValidationError as error:
        problems.extend(
            Problem(f"{key}.{p.field}", p.message) for p in problems_from(error, _LABELS)
        )
        return None


def _problem(field: str, template: LocalizedText, **params: Any) -> Problem:
    return Problem(field, template.format(**params))


_NOT_OBJECT = LocalizedText(
    da="Svarfilen skal indeholde et JSON-objekt.", en="The answers file must hold a JSON object."
)
_NOT_OBJECT_KEY = LocalizedText(da="Skal være et JSON-objekt.", en="Must be a JSON object.")
_UNKNOWN_KEY = LocalizedText(da="Ukendt nøgle: {key}.", en="Unknown key: {key}.")
_BAD_ANSWER_TYPE = LocalizedText(
    da="Svaret skal være true, false, null eller et svar-id.",
    en="The answer must be true, false, null or an answer option id.",
)
_NOT_STRING_LIST = LocalizedText(da="Skal være en liste af id'er.", en="Must be a list of ids.")
