from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from riskdesk.domain.cpr import Sex, age_at, century_for, parse_cpr
from riskdesk.domain.refusals import UserInputError


@pytest.mark.parametrize(
    ("seventh", "yy", "century"),
    [
        (0, 99, 1900),
        (3, 0, 1900),
        (4, 36, 2000),
        (4, 37, 1900),
        (5, 57, 2000),
        (5, 58, 1800),
        (8, 57, 2000),
        (8, 58, 1800),
        (9, 36, 2000),
        (9, 37, 1900),
    ],
)
def test_century_follows_the_seventh_digit(seventh: int, yy: int, century: int) -> None:
    assert century_for(year_in_century=yy, seventh_digit=seventh) == century


def test_dash_is_optional_and_formatting_adds_it() -> None:
    with_dash = parse_cpr("010190-1235")
    without = parse_cpr(" 0101901235 ")
    assert with_dash == without
    assert without.formatted == "010190-1235"
    assert without.birth_date == date(1990, 1, 1)


def test_sex_comes_from_the_last_digit() -> None:
    assert parse_cpr("010190-1235").sex is Sex.MALE
    assert parse_cpr("010190-1234").sex is Sex.FEMALE


def test_failing_modulus11_is_not_rejected_only_flagged() -> None:
    cpr = parse_cpr("010190-1234")
    assert not cpr.passes_modulus11
    assert parse_cpr("070761-4285").passes_modulus11


@pytest.mark.parametrize(
    "text", ["", "12345", "3102901234x", "abcdefghij", "010190--1234", "01019012345"]
)
def test_wrong_shapes_are_refused_with_a_message(text: str) -> None:
    with pytest.raises(UserInputError) as caught:
        parse_cpr(text)
    assert "DDMMÅÅ-SSSS" in caught.value.text("da")
    assert "DDMMYY-SSSS" in caught.value.text("en")


@pytest.mark.parametrize("text", ["310290-1234", "000190-1234", "011390-1234", "290201-4234"])
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(UserInputError) as caught:
        parse_cpr(text)
    assert "dato" in caught.value.text("da")


def test_leap_day_in_a_leap_year_is_a_real_date() -> None:
    assert parse_cpr("290200-4234").birth_date == date(2000, 2, 29)


def test_repr_hides_the_number() -> None:
    assert "0101" not in repr(parse_cpr("010190-1234"))


@pytest.mark.parametrize(
    ("born", "when", "age"),
    [
        (date(2000, 5, 10), date(2018, 5, 9), 17),
        (date(2000, 5, 10), date(2018, 5, 10), 18),
        (date(2004, 2, 29), date(2022, 2, 28), 17),
        (date(2004, 2, 29), date(2022, 3, 1), 18),
    ],
)
def test_age_at_a_date(born: date, when: date, age: int) -> None:
    assert age_at(born, when) == age


@given(
    born=st.dates(min_value=date(1858, 1, 1), max_value=date(2036, 12, 31)),
    sequence=st.integers(min_value=0, max_value=999),
    dash=st.booleans(),
)
def test_every_real_date_round_trips(born: date, sequence: int, dash: bool) -> None:
    yy = born.year % 100
    sevenths = [
        d for d in range(10) if century_for(year_in_century=yy, seventh_digit=d) + yy == born.year
    ]
    if not sevenths:
        return
    digits = f"{born:%d%m%y}{sevenths[0]}{sequence:03d}"
    text = f"{digits[:6]}-{digits[6:]}" if dash else digits
    cpr = parse_cpr(text)
    assert cpr.birth_date == born
    assert cpr.formatted.replace("-", "") == digits
    assert parse_cpr(cpr.formatted) == cpr


@given(st.text(max_size=14))
def test_any_text_parses_or_raises_user_input_error(text: str) -> None:
    try:
        cpr = parse_cpr(text)
    except UserInputError:
        return
    assert len(cpr.digits) == 10


# --- issue #10: digits of any script, and a birth date that can be true -----------------

_SCRIPTS = {
    "fullwidth": "０１２３４５６７８９",
    "arabic-indic": "٠١٢٣٤٥٦٧٨٩",
    "extended arabic-indic": "۰۱۲۳۴۵۶۷۸۹",
    "devanagari": "०१२३४५६७८९",
    "bengali": "০১২৩৪৫৬৭৮৯",
    "thai": "๐๑๒๓๔๕๖๗๘๙",
}


@given(
    script=st.sampled_from(sorted(_SCRIPTS)),
    mixed=st.lists(st.booleans(), min_size=10, max_size=10),
    dash=st.sampled_from(["", "-", "‐", "–", "－"]),
)
def test_digits_of_any_script_are_read_as_ascii_digits(
    script: str, mixed: list[bool], dash: str
) -> None:
    ascii_digits = "0102034567"
    typed = "".join(
        _SCRIPTS[script][int(d)] if other else d
        for d, other in zip(ascii_digits, mixed, strict=True)
    )
    cpr = parse_cpr(f"{typed[:6]}{dash}{typed[6:]}")
    assert cpr.digits == ascii_digits
    assert cpr.formatted == "010203-4567"
    assert cpr.formatted.isascii()


@pytest.mark.parametrize("text", ["¹²³⁴⁵⁶-⁷⁸⁹⁰", "0102O3-4567", "①②③④⑤⑥-⑦⑧⑨⑩"])
def test_characters_that_only_look_like_digits_are_refused(text: str) -> None:
    with pytest.raises(UserInputError):
        parse_cpr(text)


TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(
    "text",
    [
        "010130-4234",  # 7th digit 4 with year 30: born 2030
        "221126-4234",  # tomorrow
        "010160-5234",  # 7th digit 5 with year 60: born 1860
        "201126-1234",  # 1926, a day over 100 years back
    ],
)
def test_a_birth_date_in_the_future_or_over_100_years_back_is_refused(text: str) -> None:
    assert parse_cpr(text)  # a well-formed number; only ``today`` makes it implausible
    with pytest.raises(UserInputError) as caught:
        parse_cpr(text, today=TODAY)
    assert "100 år" in caught.value.text("da")
    assert "100 years" in caught.value.text("en")


@pytest.mark.parametrize("text", ["211126-4234", "211126-1234", "010190-1234"])
def test_today_and_exactly_100_years_back_are_accepted(text: str) -> None:
    assert parse_cpr(text, today=TODAY)
