"""Field rules shared by the domain models, and the bridge from pydantic errors to
bilingual messages that say what to fix (never echoing the value, which may be person data).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ValidationError
from pydantic_core import PydanticCustomError

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.unwritable_text import has_lone_surrogate

LINE_MAX = 200
TEXT_MAX = 20_000

_MESSAGES: dict[str, LocalizedText] = {
    "missing": LocalizedText(da="{label} skal udfyldes.", en="{label} is required."),
    "blank": LocalizedText(da="{label} skal udfyldes.", en="{label} is required."),
    "too_long": LocalizedText(
        da="{label} må højst være {max_length} tegn; der er {actual_length}. Forkort teksten.",
        en="{label} may be at most {max_length} characters; it has {actual_length}. "
        "Please shorten it.",
    ),
    "broken_character": LocalizedText(
        da="{label} indeholder et ødelagt tegn, der ikke kan gemmes. Skriv teksten igen.",
        en="{label} contains a broken character that cannot be stored. Please retype it.",
    ),
    "control_characters": LocalizedText(
        da="{label} indeholder usynlige styretegn. Skriv teksten igen uden dem.",
        en="{label} contains invisible control characters. Please retype it without them.",
    ),
    "date": LocalizedText(
        da="{label} skal være en gyldig dato (ÅÅÅÅ-MM-DD).",
        en="{label} must be a valid date (YYYY-MM-DD).",
    ),
    "choice": LocalizedText(
        da="{label} skal være en af de mulige værdier.",
        en="{label} must be one of the listed values.",
    ),
    "number": LocalizedText(
        da="{label} skal være et helt tal.", en="{label} must be a whole number."
    ),
    "number_range": LocalizedText(
        da="{label} er uden for det tilladte område.", en="{label} is out of range."
    ),
    "unknown_field": LocalizedText(da="Ukendt felt: {label}.", en="Unknown field: {label}."),
    "invalid": LocalizedText(da="{label} er ikke gyldig.", en="{label} is not valid."),
}

_PYDANTIC_TYPES: dict[str, str] = {
    "missing": "missing",
    "string_too_short": "blank",
    "string_too_long": "too_long",
    "date_type": "date",
    "date_parsing": "date",
    "date_from_datetime_parsing": "date",
    "date_from_datetime_inexact": "date",
    "enum": "choice",
    "literal_error": "choice",
    "int_type": "number",
    "int_parsing": "number",
    "int_from_float": "number",
    "greater_than_equal": "number_range",
    "less_than_equal": "number_range",
    "greater_than": "number_range",
    "less_than": "number_range",
    "extra_forbidden": "unknown_field",
}


def _check_length(value: str, limit: int) -> str:
    if len(value) > limit:
        raise PydanticCustomError(
            "too_long",
            "at most {max_length} characters, got {actual_length}",
            {"max_length": limit, "actual_length": len(value)},
        )
    return value


def _is_control(char: str, *, allow_newlines: bool) -> bool:
    if allow_newlines and char in "\n\t":
        return False
    return unicodedata.category(char) in ("Cc", "Cf") and char != "\u200d"


def _has_control(value: str, *, allow_newlines: bool) -> bool:
    # str.isprintable is false for every Cc and Cf character (and for a few more
    # categories), so text it accepts needs no look per character: a bulk import checks
    # millions of characters, and unicodedata.category one call each was most of it.
    if (value.replace("\n", "").replace("\t", "") if allow_newlines else value).isprintable():
        return False
    return any(_is_control(c, allow_newlines=allow_newlines) for c in value)


def _check_encodable(value: str) -> str:
    if has_lone_surrogate(value):
        raise PydanticCustomError("broken_character", "lone surrogates are not allowed")
    return value


def clean_line(value: str) -> str:
    """One line of text: trimmed, no control characters, at most :data:`LINE_MAX`."""
    value = _check_encodable(value).strip()
    if _has_control(value, allow_newlines=False):
        raise PydanticCustomError("control_characters", "control characters are not allowed")
    return _check_length(value, LINE_MAX)


def clean_text(value: str) -> str:
    """Free text: newlines and tabs kept (CRLF made LF), other control characters refused."""
    value = _check_encodable(value).replace("\r\n", "\n").strip()
    if _has_control(value, allow_newlines=True):
        raise PydanticCustomError("control_characters", "control characters are not allowed")
    return _check_length(value, TEXT_MAX)


def clean_query(value: str, *, field: str, label: LocalizedText) -> str:
    """A search or a number to look up, cleaned as :func:`clean_line` cleans a line, so
    a broken character or a page of text is refused here and never reaches the
    database. Raises :class:`UserInputError` on ``field``."""
    try:
        return clean_line(value)
    except PydanticCustomError as error:
        template = _MESSAGES.get(error.type) or _MESSAGES["invalid"]
        context = dict(error.context or {})
        message = LocalizedText(
            da=template.da.format(label=label.da, **context),
            en=template.en.format(label=label.en, **context),
        )
        raise UserInputError([Problem(field, message)]) from None


def _required(value: str) -> str:
    if not value:
        raise PydanticCustomError("blank", "must not be empty")
    return value


Line = Annotated[str, AfterValidator(clean_line)]
RequiredLine = Annotated[str, AfterValidator(clean_line), AfterValidator(_required)]
Text = Annotated[str, AfterValidator(clean_text)]


def problems_from(error: ValidationError, labels: Mapping[str, LocalizedText]) -> list[Problem]:
    """Translate pydantic's errors into :class:`Problem` s, one per field."""
    problems: list[Problem] = []
    for item in error.errors(include_input=False, include_url=False):
        location = ".".join(str(part) for part in item["loc"]) or "__root__"
        top = str(item["loc"][0]) if item["loc"] else "__root__"
        # "goals.actions.what" names a field inside a list of a list: a label for it
        # says which field is wrong, where the top-level label alone would blame "Goals".
        nested = ".".join(str(part) for part in item["loc"] if isinstance(part, str))
        kind = _PYDANTIC_TYPES.get(item["type"], item["type"])
        template = _MESSAGES.get(kind) or _MESSAGES["invalid"]
        label = labels.get(nested) or labels.get(top) or LocalizedText(da=top, en=top)
        context: dict[str, Any] = dict(item.get("ctx") or {})
        message = _custom_message(context) or template
        problems.append(
            Problem(
                location,
                LocalizedText(
                    da=message.da.format(label=label.da, **context),
                    en=message.en.format(label=label.en, **context),
                ),
            )
        )
    return problems


def _custom_message(context: dict[str, Any]) -> LocalizedText | None:
    # A model validator can hand over its own bilingual message through the error context.
    message = context.pop("message", None)
    return message if isinstance(message, LocalizedText) else None


def rule_error(message: LocalizedText) -> PydanticCustomError:
    """An error for a rule across fields, carrying its own bilingual message."""
    return PydanticCustomError("rule", message.en, {"message": message})


def validate_model[M: BaseModel](
    model: type[M], data: Mapping[str, Any], labels: Mapping[str, LocalizedText]
) -> M:
    """Build ``model`` from ``data`` or raise :class:`UserInputError` with every problem."""
    try:
        return model.model_validate(dict(data))
    except ValidationError as error:
        raise UserInputError(problems_from(error, labels)) from None
