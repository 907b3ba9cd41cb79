"""A note that belongs to no known person (a niveau-1 concern, an inquiry) is refused when
it holds a CPR number, a birth date, an e-mail address or a phone number, however written,
and the refusal names what was found. Hypothesis draws the people from the synthetic
population; ordinary notes with event dates, amounts and ages pass."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.cpr import parse_cpr
from riskdesk.domain.identity_check import (
    IdentityKind,
    find_identity,
    identity_problem,
    require_no_identity,
)
from riskdesk.domain.refusals import UserInputError

TODAY = date(2026, 11, 21)
_MONTHS_DA = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _person(seed: int) -> dict[str, str]:
    record = synthetic_records(1, seed=seed, today=TODAY, caseworkers=("a",))[0]
    return record.person


people = st.integers(min_value=0, max_value=2**31).map(_person)
filler = st.sampled_from(["", "Bekymring fra skolen:", "set i klubben", "drengen er 14 år,"])
scripts = st.sampled_from([None, _FULLWIDTH, _ARABIC_INDIC])


@settings(deadline=None)
@given(
    person=people,
    gaps=st.lists(st.sampled_from(["", "-", " ", ".", "/", " - ", "–"]), min_size=3, max_size=3),
    script=scripts,
    before=filler,
    after=filler,
)
def test_a_cpr_number_in_any_spelling_is_found(
    person: dict[str, str], gaps: list[str], script: dict[int, str] | None, before: str, after: str
) -> None:
    digits = person["cpr"].replace("-", "")
    written = f"{digits[:2]}{gaps[0]}{digits[2:4]}{gaps[1]}{digits[4:6]}{gaps[2]}{digits[6:]}"
    if script is not None:
        written = written.translate(script)
    assert IdentityKind.CPR in find_identity(f"{before} {written} {after}", on=TODAY)


def _birth_dates(born: date) -> st.SearchStrategy[str]:
    day = st.sampled_from([str(born.day), f"{born.day:02d}"])
    month = st.sampled_from([str(born.month), f"{born.month:02d}"])
    year = st.sampled_from([str(born.year), f"{born.year % 100:02d}"])
    gap = st.sampled_from([".", "-", "/", " ", ". "])
    day_first = st.tuples(day, gap, month, gap, year).map("".join)
    iso = st.tuples(gap, gap).map(lambda g: f"{born.year}{g[0]}{born.month:02d}{g[1]}{born:%d}")
    compact = st.sampled_from([f"{born:%d%m%y}", f"{born:%d%m%Y}", f"{born:%Y%m%d}"])
    written = st.tuples(
        st.sampled_from([f"{born.day}.", f"{born.day}", f"den {born.day}."]),
        st.sampled_from([_MONTHS_DA[born.month - 1], _MONTHS_DA[born.month - 1][:3] + "."]),
        st.sampled_from([f" {born.year}", f" '{born.year % 100:02d}", f", {born.year}"]),
    ).map(lambda p: f"{p[0]} {p[1]}{p[2]}")
    yearless = st.sampled_from(
        [f"født {born.day}. {_MONTHS_DA[born.month - 1]}", f"f. {born.day}/{born.month}"]
    )
    english = st.just(f"{born:%B} {born.day}, {born.year}")
    return st.one_of(day_first, iso, compact, written, yearless, english)


@settings(deadline=None)
@given(person=people, data=st.data(), before=filler, after=filler)
def test_a_birth_date_in_any_spelling_is_found(
    person: dict[str, str], data: st.DataObject, before: str, after: str
) -> None:
    born = parse_cpr(person["cpr"]).birth_date
    written = data.draw(_birth_dates(born))
    if data.draw(st.booleans()):
        written = written.translate(_FULLWIDTH)
    assert IdentityKind.BIRTH_DATE in find_identity(f"{before} {written} {after}", on=TODAY)


@settings(deadline=None)
@given(
    person=people,
    prefix=st.sampled_from(["", "+45 ", "0045 ", "(+45) "]),
    grouping=st.sampled_from(["compact", "pairs", "dotted", "dashes"]),
)
def test_a_phone_number_is_found(person: dict[str, str], prefix: str, grouping: str) -> None:
    digits = person["phone"]
    written = {
        "compact": digits,
        "pairs": " ".join(digits[i : i + 2] for i in range(0, 8, 2)),
        "dotted": ".".join(digits[i : i + 2] for i in range(0, 8, 2)),
        "dashes": f"{digits[:4]}-{digits[4:]}",
    }[grouping]
    found = find_identity(f"ring på {prefix}{written} efter kl. 16", on=TODAY)
    # Eight digits that also spell a date more than a year old are refused all the same.
    assert found in ((IdentityKind.PHONE,), (IdentityKind.BIRTH_DATE,))


@settings(deadline=None)
@given(person=people, at=st.sampled_from(["@", " @ ", " (at) ", "[at]"]))
def test_an_email_address_is_found(person: dict[str, str], at: str) -> None:
    local = person["name"].lower().replace(" ", ".")
    found = find_identity(f"skriv til {local}{at}example.dk", on=TODAY)
    assert found == (IdentityKind.EMAIL,)


@pytest.mark.parametrize(
    "note",
    [
        "Set ved skolen 3.11.2026 sammen med ældre drenge",
        "Møde i klubben 25-12-2025",
        "Episode i marts 2019, ny episode i år",
        "Drengen er 14 år og går i 7.b",
        "Skaden anslås til 12.500 kr.",
        "Fravær på 30 % siden 1/9",
        "Henvendelse f.eks. fra SSP",
        "",
    ],
)
def test_an_ordinary_note_passes(note: str) -> None:
    assert find_identity(note, on=TODAY) == ()
    require_no_identity(note, field="note", on=TODAY)


def test_the_refusal_names_what_was_found_and_the_field() -> None:
    note = "Mor skrev fra a.b@example.dk om 010203-4567"
    with pytest.raises(UserInputError) as refused:
        require_no_identity(note, field="note", on=TODAY)
    problem = refused.value.problems[0]
    assert problem.field == "note"
    assert problem.message.da.startswith("Noten indeholder et CPR-nummer og en e-mailadresse.")
    assert problem.message.en.startswith("The note contains a CPR number and an e-mail address.")
    assert "a.b@" not in refused.value.text("da")
    assert "4567" not in refused.value.text("en")


def test_three_kinds_are_listed_with_commas() -> None:
    kinds = [IdentityKind.PHONE, IdentityKind.CPR, IdentityKind.BIRTH_DATE]
    message = identity_problem("note", kinds).message
    assert "et CPR-nummer, en fødselsdato og et telefonnummer" in message.da
