"""The person-and-case editor's model: fields as typed, guardians for minors, a dirty flag,
problems at typed paths and the data the services take, all without Qt."""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessment_forms import level_rules
from riskdesk.domain.case import Case, CaseKind, CaseStatus, LegalBasis, ReferralSource
from riskdesk.domain.case_levels import LevelDefinition, LevelScheme
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.person import person_from
from riskdesk.domain.person_case_form import PersonCaseForm
from riskdesk.domain.person_case_inputs import GuardianRow
from riskdesk.domain.problems import Problem
from riskdesk.domain.validation import LINE_MAX

TODAY = date(2026, 5, 1)
LEVELS = level_rules().levels


def new_form(levels: LevelScheme = LEVELS) -> PersonCaseForm:
    return PersonCaseForm.new(levels=levels, caseworker="koordinator", today=TODAY)


def stored_form(*, cpr: str | None = "010190-1234", guardians: int = 0) -> PersonCaseForm:
    person = person_from(
        {
            "id": 7,
            "name": "Testa Testesen",
            "cpr": cpr,
            "birth_date": None if cpr else "2012-03-04",
            "city": "Holbæk",
            "guardians": [{"name": f"Værge {n}", "relation": "mor"} for n in range(guardians)],
        }
    )
    case = Case(
        id=CaseId(3),
        person_id=PersonId(7),
        case_number="2026-0003",
        level=3,
        kind=CaseKind.EXIT,
        opened_on=date(2026, 1, 2),
        caseworker="kollega",
        referral_source=ReferralSource.SCHOOL,
        legal_basis=LegalBasis.CONSENT,
        notes="Noter",
    )
    return PersonCaseForm.existing(levels=LEVELS, person=person, case=case, today=TODAY)


def paths(problems: tuple[Problem, ...] | list[Problem]) -> list[tuple[str | int, ...]]:
    return [p.path for p in problems]


def test_a_new_form_starts_empty_clean_at_the_first_level_that_keeps_a_file() -> None:
    form = new_form()
    assert form.is_new
    assert form.case_id is None
    assert form.person_id is None
    assert not form.dirty
    assert form.case.level == 2
    assert form.case.opened_on == TODAY
    assert form.case.referral_source is ReferralSource.KRIMINALFORSORGEN
    assert not form.can_close
    assert not form.can_reopen
    assert [d.number for d in form.levels] == [1, 2, 3]


def test_a_new_form_names_every_missing_person_field_and_nothing_on_the_case() -> None:
    problems = new_form().problems()
    assert ("person", "name") in paths(problems)
    assert all(p.under("person") for p in problems)
    assert "Navn skal udfyldes." in [p.text("da") for p in problems]


def test_a_complete_new_form_has_no_problems_and_the_services_data() -> None:
    form = new_form()
    form.person = replace(form.person, name="Testa Testesen", cpr=" 0101104234 ")
    form.case = replace(form.case, notes="Henvist efter samtale.", level=3)
    assert form.dirty
    assert form.problems() == ()
    person = form.person_data()
    assert person["cpr"] == "0101104234"
    assert person["birth_date"] is None
    assert person["guardians"] == []
    assert person_from(person).birth_date == date(2010, 1, 1)
    assert form.case_data() == {
        "level": 3,
        "kind": CaseKind.INDIVIDUAL,
        "referral_source": ReferralSource.KRIMINALFORSORGEN,
        "legal_basis": LegalBasis.NOT_RECORDED,
        "legal_basis_note": "",
        "opened_on": TODAY,
        "notes": "Henvist efter samtale.",
    }


def test_undoing_an_edit_makes_the_form_clean_again() -> None:
    form = stored_form()
    assert not form.dirty
    form.person = replace(form.person, city="Roskilde")
    assert form.dirty
    form.set_person_text("city", "Holbæk")
    assert not form.dirty
    with pytest.raises(KeyError):
        form.set_person_text("guardians", "")
    form.case = replace(form.case, level=2)
    assert form.dirty


def test_an_existing_case_loads_as_stored_without_a_birth_date_taken_from_the_cpr() -> None:
    form = stored_form()
    assert not form.is_new
    assert (form.person_id, form.case_id) == (7, 3)
    assert form.person.name == "Testa Testesen"
    assert form.person.cpr == "010190-1234"
    assert form.person.birth_date == ""
    assert form.case.kind is CaseKind.EXIT
    assert form.case.opened_on == date(2026, 1, 2)
    assert form.caseworker == "kollega"
    assert form.problems() == ()
    without_cpr = stored_form(cpr=None)
    assert without_cpr.person.birth_date == "04.03.2012"
    assert without_cpr.problems() == ()
    assert not without_cpr.dirty


def test_guardians_show_for_a_minor_and_for_anyone_who_has_them() -> None:
    form = new_form()
    assert not form.shows_guardians
    form.person = replace(form.person, cpr="0101104234")
    assert form.is_minor()
    assert form.shows_guardians
    form.person = replace(form.person, cpr="010190-1234")
    assert not form.shows_guardians
    form.person = replace(form.person, cpr="99999")
    assert form.birth_date() is None
    assert not form.shows_guardians
    form.person = replace(form.person, cpr="", birth_date="2015-06-01")
    assert form.shows_guardians
    form.person = replace(form.person, birth_date="01.06.2015")
    assert form.shows_guardians
    form.person = replace(form.person, birth_date="2008-05-01")
    assert not form.is_minor(), "eighteen today"
    assert stored_form(guardians=1).shows_guardians


def test_blank_guardian_rows_are_neither_sent_nor_a_change() -> None:
    form = stored_form(guardians=1)
    form.add_guardian()
    assert not form.dirty
    assert form.person_data()["guardians"] == [
        {"name": "Værge 0", "relation": "mor", "phone": "", "email": ""}
    ]
    form.set_guardian(1, "phone", "12345678")
    assert form.dirty
    form.remove_guardian(0)
    assert [row.phone for row in form.person.guardians] == ["12345678"]


def test_a_guardian_problem_points_at_the_row_shown_not_the_row_sent() -> None:
    form = stored_form(guardians=1)
    form.add_guardian()
    form.add_guardian(GuardianRow(relation="far"))
    assert paths(form.problems()) == [("person", "guardians", 2, "name")]
    assert form.problems()[0].text("da") == "Forældremyndighedsindehaver skal udfyldes."


def test_case_problems_are_under_case() -> None:
    form = stored_form()
    form.case = replace(form.case, legal_basis_note="x" * 20_001, level=7)
    assert paths(form.problems()) == [("case", "legal_basis_note"), ("case", "level")]


def test_the_levels_are_the_schemes_own() -> None:
    four = LevelScheme(
        levels=(
            *LEVELS.levels,
            LevelDefinition(
                number=4,
                name=LocalizedText(da="Niveau 4", en="Level 4"),
                description=LocalizedText(da="Fire", en="Four"),
            ),
        )
    )
    form = new_form(four)
    form.person = replace(form.person, name="T", birth_date="2000-01-01")
    form.case = replace(form.case, level=4)
    assert form.problems() == ()
    level = form.level()
    assert level is not None
    assert level.description.en == "Four"
    form.case = replace(form.case, level=5)
    assert form.level() is None
    assert paths(form.problems()) == [("case", "level")]


def test_service_problems_are_located_in_the_form() -> None:
    form = stored_form()
    form.add_guardian()
    form.add_guardian(GuardianRow(relation="far"))
    message = LocalizedText(da="x", en="x")
    located = form.located(
        [
            Problem("level", message),
            Problem("case.level", message),
            Problem("person.guardians.0.name", message),
            Problem((), message),
        ],
        "case",
    )
    assert paths(located) == [
        ("case", "level"),
        ("case", "level"),
        ("person", "guardians", 1, "name"),
        ("case",),
    ]
    assert paths(form.located([Problem("name", message)], "person")) == [("person", "name")]
    assert paths(form.located([Problem("name", message)])) == [("name",)]


def test_a_saved_form_is_clean_and_shows_what_was_stored() -> None:
    form = new_form()
    form.person = replace(form.person, name="  Testa  ", birth_date="2012-03-04")
    form.add_guardian(GuardianRow(name="Mor"))
    form.add_guardian()
    person = person_from({**form.person_data(), "id": 9})
    case = Case(
        id=CaseId(4),
        person_id=PersonId(9),
        case_number="2026-0004",
        level=2,
        opened_on=TODAY,
        caseworker="koordinator",
    )
    form.saved(person, case)
    assert not form.dirty
    assert not form.is_new
    assert form.person.name == "Testa"
    assert [row.name for row in form.person.guardians] == ["Mor"]
    assert form.case_id == 4
    assert form.can_close


def test_closing_keeps_what_was_typed_and_not_saved() -> None:
    form = stored_form()
    form.person = replace(form.person, city="Roskilde")
    stored = form.stored_case
    assert stored is not None
    closed = stored.model_copy(
        update={"status": CaseStatus.CLOSED, "closed_on": TODAY, "close_reason": "Slut"}
    )
    form.case_changed(closed)
    assert form.status is CaseStatus.CLOSED
    assert form.can_reopen
    assert not form.can_close
    assert form.person.city == "Roskilde"
    assert form.dirty
    assert form.problems() == ()


_ROW = st.builds(
    GuardianRow,
    name=st.sampled_from(["", " ", "Mor"]),
    relation=st.sampled_from(["", "far"]),
    phone=st.sampled_from(["", "12345678"]),
)


@given(rows=st.lists(_ROW, max_size=6))
def test_every_guardian_problem_points_at_a_shown_row_that_is_not_blank(
    rows: list[GuardianRow],
) -> None:
    form = stored_form()
    for row in rows:
        form.add_guardian(row)
    guardian_paths = [p.path for p in form.problems() if p.under("person", "guardians")]
    expected = [
        ("person", "guardians", i, "name")
        for i, row in enumerate(rows)
        if not row.blank and not row.name.strip()
    ]
    assert guardian_paths == expected


@given(name=st.text(max_size=LINE_MAX + 5))
def test_the_form_agrees_with_the_domains_person_rule(name: str) -> None:
    form = new_form()
    form.person = replace(form.person, name=name, birth_date="2000-01-01")
    try:
        person_from(form.person_data())
        valid = True
    except ValueError:
        valid = False
    assert valid == (form.problems() == ())
