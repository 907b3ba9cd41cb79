"""``riskdesk case add``, ``case show`` and ``case list --format json``, for scripts and
imports (issue #16, item 4): invalid input is exit 2 in one line naming the option, a
CPR number another person has is exit 1 naming only that person's case, a case is shown
by its number and the showing is audited as a reading of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from riskdesk.cli import main
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

CASEWORKER = "koordinator"
NEW = ["--name", "Testa Testesen", "--level", "2", "--kind", "individual"]


def _case(*words: str, vault: Path, user: str = CASEWORKER) -> list[str]:
    return ["case", *words, "--vault", str(vault), "--user", user]


def _added(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str], *extra: str
) -> dict[str, object]:
    assert main(_case("add", vault=demo_location) + NEW + [*extra, "--format", "json"]) == 0
    added: dict[str, object] = json.loads(capsys.readouterr().out)
    return added


@pytest.mark.usefixtures("password_env")
def test_case_add_files_a_person_with_a_first_case(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    added = _added(demo_location, capsys, "--cpr", "0102034567", "--referral-source", "school")
    assert set(added) == {"case_number", "case_id", "person_id"}
    with Desk.open(demo_location, username=CASEWORKER, password=PASSWORD) as desk:
        found = desk.cases.with_person_by_number(str(added["case_number"]))
    assert found is not None
    person, case = found
    assert (person.name, person.cpr, person.id) == (
        "Testa Testesen",
        "010203-4567",
        added["person_id"],
    )
    assert (case.level, case.kind.value, case.referral_source.value) == (2, "individual", "school")
    assert case.caseworker == CASEWORKER

    without_cpr = ["--birth-date", "07.06.2005"]
    assert main(_case("add", vault=demo_location) + NEW + without_cpr) == 0
    out = capsys.readouterr().out
    assert out.startswith("Sag ")
    assert out.count("\n") == 1


@pytest.mark.usefixtures("password_env")
@pytest.mark.parametrize(
    ("change", "option", "words"),
    [
        (["--name", ""], "--name", "Navn skal udfyldes"),
        (["--cpr", "12345"], "--cpr", "CPR-nummeret skal have formen"),
        (["--birth-date", "07-06-2005"], "--birth-date", "Fødselsdato skal være en dato som"),
        (["--birth-date", "1890-01-01"], "--birth-date", "mere end 100 år tilbage"),
        (["--level", "7"], "--level", "Niveau 7 findes ikke"),
        (["--level", "1"], "--level", "kun en bekymring"),
    ],
)
def test_invalid_input_is_exit_2_naming_the_option_in_one_line(
    demo_location: Path | str,
    capsys: pytest.CaptureFixture[str],
    change: list[str],
    option: str,
    words: str,
) -> None:
    arguments = dict(zip(NEW[::2], NEW[1::2], strict=True)) | {"--cpr": "0102034567"}
    if "--birth-date" in change:
        del arguments["--cpr"]
    arguments |= dict(zip(change[::2], change[1::2], strict=True))
    flat = [word for pair in arguments.items() for word in pair]
    before = _case_numbers(demo_location, capsys)
    assert main(_case("add", vault=demo_location) + flat) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"riskdesk: {option}: ")
    assert words in err
    for typed in change[1:]:
        if len(typed) > 2:
            assert typed not in err
    assert _case_numbers(demo_location, capsys) == before


@pytest.mark.usefixtures("password_env")
def test_a_cpr_number_filed_already_is_exit_1_naming_the_case_not_the_person(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _added(demo_location, capsys, "--cpr", "010203-4567")
    again = ["--name", "Anden Testperson", "--cpr", "0102034567", "--level", "2", "--kind", "exit"]
    assert main(_case("add", vault=demo_location) + again) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert str(first["case_number"]) in err
    assert "Testa" not in err
    assert "Anden" not in err
    assert "010203" not in err


@pytest.mark.usefixtures("password_env")
def test_case_show_gives_the_case_and_person_and_is_audited_as_reading_it(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    added = _added(demo_location, capsys, "--cpr", "0102034567")
    number = str(added["case_number"])
    with Desk.open(demo_location, username="leder", password=PASSWORD) as desk:
        before = len(desk.audit.events())

    assert main(_case("show", "--case", number, "--format", "json", vault=demo_location)) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["case_number"], shown["case_id"], shown["person_id"]) == (
        number,
        added["case_id"],
        added["person_id"],
    )
    assert shown["status"] == "open"
    assert shown["closed_on"] is None
    assert shown["person"]["cpr"] == "010203-4567"
    assert shown["person"]["birth_date"] == "2003-02-01"

    assert main(_case("show", "--case", number, vault=demo_location)) == 0
    text = capsys.readouterr().out
    assert f"Sagsnummer: {number}" in text
    assert "Fødselsdato: 01.02.2003" in text
    assert "Navn: Testa Testesen" in text

    with Desk.open(demo_location, username="leder", password=PASSWORD) as desk:
        events = desk.audit.events()[before:]
    readings = [e for e in events if e.details.get("use_case") == UseCase.CASE_VIEW.value]
    assert len(readings) == 2
    for reading in readings:
        assert (reading.action, reading.entity, reading.entity_id) == (
            AuditAction.READ,
            AuditEntity.CASE,
            added["case_id"],
        )
        assert reading.username == CASEWORKER


@pytest.mark.usefixtures("password_env")
def test_an_unknown_case_is_exit_1_in_one_line(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_case("show", "--case", "1999-9999", vault=demo_location)) == 1
    err = capsys.readouterr().err
    assert err.startswith("riskdesk: ")
    assert err.count("\n") == 1
    assert "1999-9999" in err
    # The same sentence as every other command's unknown case.
    decisions = ["meeting", "decisions", "--case", "1999-9999"]
    assert main([*decisions, "--vault", str(demo_location), "--user", CASEWORKER]) == 1
    assert capsys.readouterr().err == err


@pytest.mark.usefixtures("password_env")
def test_case_list_json_gives_dates_closing_referral_caseworker_and_person(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    with Desk.open(demo_location, username=CASEWORKER, password=PASSWORD) as desk:
        person, case = desk.cases.create_person_with_case(
            person={"name": "Testa Testesen", "birth_date": "2001-02-03"},
            case={"level": 2, "kind": "individual", "referral_source": "police"},
        )
        assert case.id is not None
        closed = desk.cases.close(case.id, closed_on=case.opened_on, reason="Flyttet")
    assert (
        main(_case("list", "--search", case.case_number, "--format", "json", vault=demo_location))
        == 0
    )
    (row,) = json.loads(capsys.readouterr().out)
    assert row["person_id"] == person.id
    assert row["opened_on"] == case.opened_on.isoformat()
    assert closed.closed_on is not None
    assert row["closed_on"] == closed.closed_on.isoformat()
    assert row["close_reason"] == "Flyttet"
    assert row["referral_source"] == "police"
    assert row["caseworker"] == CASEWORKER
    assert row["status"] == "closed"


def _case_numbers(demo_location: Path | str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(_case("list", "--format", "json", vault=demo_location)) == 0
    return [row["case_number"] for row in json.loads(capsys.readouterr().out)]
