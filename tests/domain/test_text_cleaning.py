"""clean_line and clean_text accept and refuse exactly what a look at each character's
Unicode category would (the rule they had before their fast path for printable text)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic_core import PydanticCustomError

from riskdesk.domain.validation import LINE_MAX, TEXT_MAX, clean_line, clean_text


def _reference(value: str, *, allow_newlines: bool, limit: int) -> str:
    if any(unicodedata.category(c) == "Cs" for c in value):
        return "broken_character"
    value = value.replace("\r\n", "\n").strip() if allow_newlines else value.strip()
    for char in value:
        if allow_newlines and char in "\n\t":
            continue
        if unicodedata.category(char) in ("Cc", "Cf") and char != "\u200d":
            return "control_characters"
    return "too_long" if len(value) > limit else value


def _outcome(clean: object, value: str) -> str:
    try:
        return clean(value)  # type: ignore[operator, no-any-return]
    except PydanticCustomError as error:
        return error.type


# Text drawn from every category, with the awkward ones made likely.
_awkward = st.sampled_from(
    [
        "\n",
        "\t",
        "\r",
        "\x00",
        "\x7f",
        "\u200b",
        "\u200d",
        "\u00ad",
        "\u2028",
        "\ufeff",
        "\ud800",
        "\U000e0001",
        "\xa0",
        "æ",
        "ø",
        "å",
        " ",
    ]
)
_texts = st.lists(st.one_of(st.characters(), _awkward), max_size=40).map("".join)


@given(_texts)
def test_a_line_is_judged_as_each_characters_category_says(value: str) -> None:
    assert _outcome(clean_line, value) == _reference(value, allow_newlines=False, limit=LINE_MAX)


@given(_texts)
def test_free_text_is_judged_as_each_characters_category_says(value: str) -> None:
    assert _outcome(clean_text, value) == _reference(value, allow_newlines=True, limit=TEXT_MAX)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("Søren\u200bHansen", "control_characters"),  # zero-width space: Cf
        ("Søren\x07", "control_characters"),
        ("a\ud800b", "broken_character"),
        ("to\nlinjer", "control_characters"),
        ("x" * (LINE_MAX + 1), "too_long"),
    ],
)
def test_a_line_with_a_hidden_or_broken_character_is_refused(value: str, kind: str) -> None:
    assert _outcome(clean_line, value) == kind


def test_a_joiner_and_a_non_breaking_space_are_kept() -> None:
    assert clean_line(" 👩\u200d👧\xa0Åse ") == "👩\u200d👧\xa0Åse"
    assert clean_text("to\r\nlinjer\tog tab") == "to\nlinjer\tog tab"
