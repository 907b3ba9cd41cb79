"""Phone numbers, e-mail addresses and postal codes a register can trust (issue #16,
item 4): each rule with numbers and addresses it takes (and how it stores them) and ones
it refuses naming the field, in Danish and English, without echoing what was typed; the
rules hold when a person is written, so a value stored before them still reads."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from riskdesk.domain.contact_details import (
    InvalidContactDetail,
    PostalCodes,
    email_address,
    phone_number,
    postal_code,
)
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.person import Guardian, Person, person_from, typed_date
from riskdesk.domain.refusals import UserInputError

LABEL = LocalizedText(da="Telefon", en="Phone")
# A few codes of the shipped list, handed in as the services hand in the whole list.
CODES = PostalCodes({"8000": "Aarhus C", "4300": "Holbæk", "0800": "Høje Taastrup"})


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("12345678", "12 34 56 78"),
        ("12 34 56 78", "12 34 56 78"),
        ("1234 5678", "12 34 56 78"),
        ("+45 12 34 56 78", "12 34 56 78"),
        ("+4512345678", "12 34 56 78"),
        ("0045 1234 5678", "12 34 56 78"),
        ("  87 65 43 21 ", "87 65 43 21"),
        ("８７６５４３２１", "87 65 43 21"),
        ("+46 70 123 45 67", "+46701234567"),
        ("0046-70-1234567", "+46701234567"),
        ("+299 32 12 34", "+299321234"),
        ("+1 202 555 0123", "+12025550123"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_a_phone_number_is_stored_in_one_form(typed: str, stored: str) -> None:
    assert phone_number(typed, label=LABEL) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "1234567",  # seven digits
        "123456789",  # nine digits, no +
        "02345678",  # no Danish number starts with 0
        "12 345 678",  # not a Danish grouping
        "12-34-56-78",
        "+45 1234 567",  # +45 and seven digits is a Danish number mistyped
        "+45 123456789",
        "+0 123 456 789",
        "+46 123",  # too short for any country
        "+12345678901234567",  # longer than E.164
        "tlf. 12345678",
        "12345678 (arbejde)",
        "ring til mor",
    ],
)
def test_a_phone_number_that_is_none_is_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(InvalidContactDetail) as caught:
        phone_number(typed, label=LABEL)
    message = caught.value.message
    assert message.da.startswith("Telefon skal være 8 cifre (evt. med +45 foran)")
    assert message.en.startswith("Phone must be 8 digits (optionally after +45)")
    assert typed.strip() not in message.da + message.en


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("navn@eksempel.dk", "navn@eksempel.dk"),
        (" Anna.Jensen@Example.COM ", "Anna.Jensen@example.com"),
        ("a+filter@sub.example.org", "a+filter@sub.example.org"),
        ("post@købmand.dk", "post@købmand.dk"),
        ("o'neil@example.ie", "o'neil@example.ie"),
        ("", ""),
    ],
)
def test_an_email_address_is_stored_with_its_domain_in_lower_case(typed: str, stored: str) -> None:
    assert email_address(typed, label=LABEL) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "navn",
        "navn@",
        "@eksempel.dk",
        "navn@eksempel",
        "navn@eksempel.d",
        "navn@@eksempel.dk",
        "na vn@eksempel.dk",
        "navn@eks empel.dk",
        "navn@-eksempel.dk",
        "navn@eksempel-.dk",
        "navn@eksempel..dk",
        "navn@eks_empel.dk",
        ".navn@eksempel.dk",
        "na..vn@eksempel.dk",
        "navn@eksempel.123",
        "<navn@eksempel.dk>",
        "Navn Navnesen <navn@eksempel.dk>",
        "navn@eksempel.dk, anden@eksempel.dk",
        "x" * 65 + "@eksempel.dk",
        "navn@" + "a" * 250 + ".dk",
    ],
)
def test_an_email_address_that_is_none_is_refused(typed: str) -> None:
    label = LocalizedText(da="E-mail", en="Email")
    with pytest.raises(InvalidContactDetail) as caught:
        email_address(typed, label=label)
    assert caught.value.message.da == "E-mail skal være en e-mailadresse som navn@eksempel.dk."
    assert caught.value.message.en == "Email must be an e-mail address such as name@example.com."


@pytest.mark.parametrize(
    ("typed", "stored"), [("8000", "8000"), (" 4300 ", "4300"), ("０８００", "0800"), ("", "")]
)
def test_a_postal_code_in_the_list_is_taken(typed: str, stored: str) -> None:
    label = LocalizedText(da="Postnummer", en="Postal code")
    assert postal_code(typed, label=label, postal_codes=CODES) == stored


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("800", "fire cifre"),  # a Faroese code has three digits
        ("80000", "fire cifre"),
        ("DK-8000", "fire cifre"),
        ("8 000", "fire cifre"),
        ("3900", "findes ikke i listen over danske postnumre"),  # Nuuk, Greenland
        ("9999", "findes ikke i listen over danske postnumre"),
    ],
)
def test_a_postal_code_not_in_use_is_refused_pointing_abroad_to_the_address(
    typed: str, words: str
) -> None:
    label = LocalizedText(da="Postnummer", en="Postal code")
    with pytest.raises(InvalidContactDetail) as caught:
        postal_code(typed, label=label, postal_codes=CODES)
    message = caught.value.message
    assert message.da.startswith("Postnummer ")
    assert words in message.da
    assert "Grønland og Færøerne" in message.da
    assert "Greenland" in message.en
    assert message.en.startswith("Postal code ")


def test_without_the_list_a_postal_code_is_only_checked_for_four_digits() -> None:
    label = LocalizedText(da="Postnummer", en="Postal code")
    assert postal_code("9999", label=label, postal_codes=None) == "9999"
    with pytest.raises(InvalidContactDetail):
        postal_code("999", label=label, postal_codes=None)


_DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=16)
_TYPED = st.text(alphabet="0123456789 +-()abc@.", max_size=24) | _DIGITS


@given(typed=_TYPED)
def test_a_phone_number_is_stored_as_itself_or_refused(typed: str) -> None:
    try:
        stored = phone_number(typed, label=LABEL)
    except InvalidContactDetail:
        return
    assert phone_number(stored, label=LABEL) == stored
    if stored:
        digits = stored.replace(" ", "").lstrip("+")
        assert digits.isdigit()
        assert len(digits) == 8 if not stored.startswith("+") else 7 <= len(digits) <= 15


@given(
    local=st.from_regex(r"[a-z0-9._%+-]{1,20}", fullmatch=True),
    domain=st.sampled_from(["eksempel.dk", "Example.COM"]),
)
def test_an_email_address_is_stored_as_itself_or_refused(local: str, domain: str) -> None:
    label = LocalizedText(da="E-mail", en="Email")
    try:
        stored = email_address(f"{local}@{domain}", label=label)
    except InvalidContactDetail:
        assert local.startswith(".") or local.endswith(".") or ".." in local
        return
    assert email_address(stored, label=label) == stored
    assert stored.endswith(domain.lower())


@given(typed=st.text(alphabet="0123456789 ", max_size=6))
def test_a_postal_code_is_taken_exactly_when_the_list_has_it(typed: str) -> None:
    label = LocalizedText(da="Postnummer", en="Postal code")
    try:
        stored = postal_code(typed, label=label, postal_codes=CODES)
    except InvalidContactDetail:
        assert typed.strip()
        assert typed.strip() not in CODES
        return
    assert stored == "" or stored in CODES
    assert stored == typed.strip()


# ----- the rules on a person ------------------------------------------------------------


def test_a_person_is_stored_with_contact_details_normalised_and_the_town_of_the_code() -> None:
    person = person_from(
        {
            "name": "Testa Testesen",
            "birth_date": "2011-04-05",
            "phone": "+45 1234 5678",
            "email": "Testa@Example.COM",
            "postal_code": "4300",
            "city": "Holbæk by",
            "guardians": [{"name": "Mor", "phone": "0046 70 123 45 67", "email": "m@EX.dk"}],
        },
        postal_codes=CODES,
    )
    assert (person.phone, person.email) == ("12 34 56 78", "Testa@example.com")
    assert (person.postal_code, person.city) == ("4300", "Holbæk")
    assert (person.guardians[0].phone, person.guardians[0].email) == ("+46701234567", "m@ex.dk")


def test_without_a_postal_code_the_city_is_kept_as_typed() -> None:
    person = person_from(
        {
            "name": "T",
            "birth_date": "2000-01-01",
            "address": "Aqqusinersuaq 3, 3900 Nuuk",
            "city": "Nuuk, Grønland",
        },
        postal_codes=CODES,
    )
    assert (person.postal_code, person.city) == ("", "Nuuk, Grønland")


def test_every_contact_problem_is_reported_at_its_field_with_the_others() -> None:
    with pytest.raises(UserInputError) as caught:
        person_from(
            {
                "name": "",
                "birth_date": "2011-04-05",
                "phone": "123",
                "email": "ikke en adresse",
                "postal_code": "9999",
                "guardians": [{"name": "Far", "phone": "", "email": "far@"}],
            },
            postal_codes=CODES,
        )
    problems = {p.field: p for p in caught.value.problems}
    assert set(problems) == {"name", "phone", "email", "postal_code", "guardians.0.email"}
    assert problems["phone"].text("da").startswith("Telefon ")
    assert (
        problems["guardians.0.email"]
        .text("da")
        .startswith("Forældremyndighedsindehaverens e-mail ")
    )
    assert problems["guardians.0.email"].text("en").startswith("The guardian's email ")
    assert "ikke en adresse" not in caught.value.text("da")


def test_a_value_stored_before_the_rules_still_reads_and_is_named_when_saved_again() -> None:
    # The store builds a Person from its row, as before the rules: that must not break.
    old = Person(
        name="Gammel Registrering",
        birth_date="1990-06-07",
        phone="tlf 1234",
        email="ikke-en-adresse",
        postal_code="DK-9999",
        guardians=(Guardian(name="Mor", phone="?"),),
    )
    assert old.email == "ikke-en-adresse"
    with pytest.raises(UserInputError) as caught:
        person_from(old.model_dump(), postal_codes=CODES)
    assert [p.field for p in caught.value.problems] == [
        "phone",
        "email",
        "postal_code",
        "guardians.0.phone",
    ]


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("24.12.2008", "2008-12-24"),
        ("4.3.2012", "2012-03-04"),
        (" 2008-12-24 ", "2008-12-24"),
        ("２４.１２.２００８", "2008-12-24"),
        ("31.02.2008", None),
        ("24-12-2008", None),
        ("20081224", None),
        ("24.12.08", None),
        ("", None),
    ],
)
def test_a_date_of_birth_is_typed_the_danish_way_or_in_iso(typed: str, day: str | None) -> None:
    found = typed_date(typed)
    assert (found.isoformat() if found else None) == day


def test_a_date_of_birth_that_is_no_date_names_both_ways_to_write_it() -> None:
    assert person_from({"name": "T", "birth_date": "05.06.2007"}).born.isoformat() == "2007-06-05"
    with pytest.raises(UserInputError) as caught:
        person_from({"name": "T", "birth_date": "5/6/2007"})
    (problem,) = caught.value.problems
    assert problem.field == "birth_date"
    assert problem.text("da") == "Fødselsdato skal være en dato som 24.12.2008 (eller 2008-12-24)."
    assert "5/6/2007" not in problem.text("en")
