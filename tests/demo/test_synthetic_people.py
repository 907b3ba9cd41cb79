from collections import Counter
from datetime import date

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.case import case_from
from riskdesk.domain.person import person_from
from riskdesk.services.postal_code_list import shipped_postal_codes

TODAY = date(2026, 11, 21)


def test_same_seed_same_people() -> None:
    first = synthetic_records(50, seed=7, today=TODAY, caseworkers=("a",))
    again = synthetic_records(50, seed=7, today=TODAY, caseworkers=("a",))
    other = synthetic_records(50, seed=8, today=TODAY, caseworkers=("a",))
    assert first == again
    assert first != other


def test_every_record_is_valid_and_the_mix_is_realistic() -> None:
    records = synthetic_records(1000, seed=1, today=TODAY, caseworkers=("a", "b"))
    levels: Counter[int] = Counter()
    for record in records:
        person = person_from(record.person)
        case = case_from(record.case | {"person_id": 1})
        cpr = person.cpr_number
        assert cpr is not None
        assert cpr.passes_modulus11 or cpr.birth_date.year >= 2007
        if person.is_minor_at(TODAY):
            assert person.guardians
        levels[case.level] += 1
    assert levels[2] > levels[3] > 0
    assert len({r.person["cpr"] for r in records}) > 990


def test_ten_thousand_people_have_ten_thousand_cpr_numbers() -> None:
    records = synthetic_records(10_000, seed=5, today=date(2026, 11, 21), caseworkers=("k",))
    numbers = [r.person["cpr"] for r in records]
    assert len(set(numbers)) == len(numbers)


def test_contact_details_pass_the_rules_a_person_is_saved_under() -> None:
    codes = shipped_postal_codes()
    records = synthetic_records(2000, seed=2, today=TODAY, caseworkers=("a",))
    for record in records:
        person = person_from(record.person, today=TODAY, postal_codes=codes)
        assert person.city == record.person["city"]
    emails = [r.person["email"] for r in records if r.person["email"]]
    assert len(emails) > 300
    assert all(email.endswith("@example.com") for email in emails)
