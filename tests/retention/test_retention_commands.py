"""``riskdesk retention list|apply`` on a demo vault with a case closed in 2019 (due
today under the shipped five-year rule): one line for every refusal, the README's exit
codes, and no name or CPR number in anything printed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from riskdesk.cli import main
from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.ids import CaseId
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


@pytest.fixture
def old_case(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str, str, str]:
    """The vault, the number of a case closed in 2019 and its person's name and CPR."""
    monkeypatch.setenv("RISKDESK_PASSWORD", PASSWORD)
    record = synthetic_records(1, seed=7015, today=date(2018, 1, 1), caseworkers=("koordinator",))[
        0
    ]
    case_data = {**record.case, "opened_on": date(2018, 1, 1)}
    for closing in ("status", "closed_on", "close_reason"):
        case_data.pop(closing, None)
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        _, case = desk.cases.create_person_with_case(person=record.person, case=case_data)
        assert case.id is not None
        desk.cases.close(CaseId(case.id), closed_on=date(2019, 1, 2), reason="Forløbet er slut")
    return demo_path, case.case_number, record.person["name"], record.person["cpr"]


def _run(*words: str, vault: Path, user: str = "leder") -> int:
    return main(["retention", *words, "--vault", str(vault), "--user", user])


def test_list_names_the_due_case_and_no_person(
    old_case: tuple[Path, str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    vault, number, name, cpr = old_case
    assert _run("list", "--format", "json", vault=vault) == 0
    out = capsys.readouterr().out
    listed = json.loads(out)
    (due,) = [d for d in listed["due"] if d["case_number"] == number]
    assert (due["closed_on"], due["due_since"], due["rule"]) == (
        "2019-01-02",
        "2024-01-02",
        "closed-cases",
    )
    assert due["person"] == "deleted"
    assert {rule["id"]: rule["applied"] for rule in listed["rules"]} == {
        "closed-cases": True,
        "concerns": False,
        "audit-events": False,
    }
    assert _run("list", vault=vault) == 0
    text = capsys.readouterr().out
    assert number in text
    for printed in (out, text):
        assert name not in printed
        assert cpr not in printed
        assert cpr.replace("-", "") not in printed


def test_a_caseworker_is_refused_in_one_line(
    old_case: tuple[Path, str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    vault, number, _, _ = old_case
    assert _run("list", vault=vault, user="koordinator") == 1
    assert _run("apply", "--case", number, "--yes", vault=vault, user="koordinator") == 1
    assert _run("apply", "--case", number, "--yes", vault=vault, user="admin") == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3
    assert all(line.startswith("riskdesk: ") for line in err)
    assert "leder" in err[1].lower()


def test_apply_asks_first_and_deletes_with_yes(
    old_case: tuple[Path, str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    vault, number, name, _ = old_case
    # No terminal to ask on and no --yes: a usage error, nothing deleted.
    assert _run("apply", "--case", number, vault=vault) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--yes" in err
    assert main(["case", "show", "--case", number, "--vault", str(vault), "--user", "leder"]) == 0
    capsys.readouterr()
    assert _run("apply", "--case", number, "--yes", vault=vault) == 0
    out = capsys.readouterr().out
    assert number in out
    assert name not in out
    assert main(["case", "show", "--case", number, "--vault", str(vault), "--user", "leder"]) == 1
    assert main(["audit", "verify", "--vault", str(vault), "--user", "leder"]) == 0


def test_a_case_not_due_is_refused_naming_its_number(
    old_case: tuple[Path, str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    vault, number, _, _ = old_case
    with Desk.open(vault, username="leder", password=PASSWORD) as desk:
        open_number = next(c.case_number for c in desk.cases.search() if c.closed_on is None)
    assert _run("apply", "--case", number, open_number, "--yes", vault=vault) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert open_number in err
    assert main(["case", "show", "--case", number, "--vault", str(vault), "--user", "leder"]) == 0
