from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from riskdesk.domain.person import person_from
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.validation import LINE_MAX, TEXT_MAX


def _problems(data: dict[str, object]) -> dict[str, str]:
    with pytest.raises(UserInputError) as caught:
        person_from(data)
    return {p.field: p.text("da") for p in caught.value.problems}


def test_birth_date_comes_from_the_cpr_number() -> None:
    person = person_from({"name": "Testperson Åse Ærø", "cpr": "0101901234"})
    assert person.cpr == "010190-1234"
    assert person.birth_date == date(1990, 1, 1)


def test_a_person_without_cpr_needs_a_birth_date() -> None:
    assert "fødselsdato" in " ".join(_problems({"name": "Testperson"}).values())
    person = person_from({"name": "Testperson", "birth_date": "2010-06-01"})
    assert person.cpr is None
    assert person.is_minor_at(date(2026, 1, 1))


def test_a_birth_date_that_contradicts_the_cpr_number_is_refused() -> None:
    problems = _problems({"name": "T", "cpr": "010190-1234", "birth_date": "1990-01-02"})
    assert any("passer ikke" in text for text in problems.values())


def test_empty_name_is_required_in_both_languages() -> None:
    with pytest.raises(UserInputError) as caught:
        person_from({"name": "   ", "birth_date": "2000-01-01"})
    assert caught.value.text("da") == "Navn skal udfyldes."
    assert caught.value.text("en") == "Name is required."


def test_too_long_text_is_refused_not_truncated() -> None:
    problems = _problems({"name": "x" * (LINE_MAX + 1), "birth_date": "2000-01-01"})
    assert f"{LINE_MAX + 1}" in problems["name"]
    notes = "y" * TEXT_MAX
    assert person_from({"name": "T", "birth_date": "2000-01-01", "notes": notes}).notes == notes
    assert "notes" in _problems({"name": "T", "birth_date": "2000-01-01", "notes": notes + "y"})


def test_control_characters_are_refused_but_newlines_in_notes_kept() -> None:
    assert "name" in _problems({"name": "A\x00B", "birth_date": "2000-01-01"})
    assert "name" in _problems({"name": "A\nB", "birth_date": "2000-01-01"})
    person = person_from({"name": "T", "birth_date": "2000-01-01", "notes": "a\r\nb\tc"})
    assert person.notes == "a\nb\tc"


def test_messages_never_echo_the_value() -> None:
    with pytest.raises(UserInputError) as caught:
        person_from({"name": "Hemmelig" * 40, "cpr": "999999-9999"})
    assert "Hemmelig" not in str(caught.value)
    assert "999999" not in str(caught.value) + caught.value.text("da")


def test_guardians_need_a_name() -> None:
    problems = _problems(
        {"name": "T", "birth_date": "2012-01-01", "guardians": [{"name": "", "relation": "mor"}]}
    )
    assert "guardians.0.name" in problems


def test_danish_letters_and_emoji_survive() -> None:
    person = person_from({"name": "Søren Ærø Øster 😀", "birth_date": "2000-01-01"})
    assert person.name == "Søren Ærø Øster 😀"


@given(st.text(max_size=300))
def test_any_name_is_accepted_or_refused_with_a_message(name: str) -> None:
    try:
        person = person_from({"name": name, "birth_date": "2000-01-01"})
    except UserInputError as error:
        problems = error.problems
    else:
        assert person.name == name.strip()
        assert 0 < len(person.name) <= LINE_MAX
        return
    assert problems
    assert all(p.text("da") and p.text("en") for p in problems)


# --- issue #10: what a register can trust ------------------------------------------------


def hex_id(char: str) -> str:
    return f"U+{ord(char):04X}"


@pytest.mark.parametrize(
    "field", ["name", "address", "notes", "phone", "email", "city", "postal_code"]
)
@pytest.mark.parametrize("surrogate", [chr(0xDCFF), chr(0xD800), chr(0xDFFF)], ids=hex_id)
def test_a_lone_surrogate_is_refused_at_validation(field: str, surrogate: str) -> None:
    data = {"name": "Testperson", "birth_date": "2000-01-01", field: f"Te{surrogate}st"}
    with pytest.raises(UserInputError) as caught:
        person_from(data)
    (problem,) = caught.value.problems
    assert problem.field == field
    assert "ødelagt tegn" in problem.text("da")
    assert surrogate not in caught.value.text("da")


def test_a_guardian_s_lone_surrogate_is_refused_too() -> None:
    with pytest.raises(UserInputError) as caught:
        person_from({"name": "T", "birth_date": "2012-01-01", "guardians": [{"name": "Mor\udc80"}]})
    assert caught.value.problems[0].field == "guardians.0.name"


def test_a_fullwidth_cpr_number_is_stored_in_ascii_digits() -> None:
    person = person_from({"name": "T", "cpr": "０１０２０３-４５６７"})
    assert person.cpr == "010203-4567"


def test_with_today_an_impossible_birth_is_refused_on_the_field_it_came_from() -> None:
    today = date(2026, 11, 21)
    with pytest.raises(UserInputError) as from_cpr:
        person_from({"name": "T", "cpr": "010160-5234"}, today=today)
    assert [p.field for p in from_cpr.value.problems] == ["cpr"]
    with pytest.raises(UserInputError) as typed:
        person_from({"name": "T", "birth_date": "2027-01-01"}, today=today)
    assert [p.field for p in typed.value.problems] == ["birth_date"]
    assert person_from({"name": "T", "birth_date": "1926-11-21"}, today=today)
