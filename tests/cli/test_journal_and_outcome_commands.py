"""``riskdesk journal add|list|done`` and ``riskdesk outcome close|record|list``: entries
and outcomes written and read back as JSON, the daily-report template from the command
line, and one-line refusals naming the field (exit 2) with nothing stored, in a real
process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from riskdesk.cli import main
from riskdesk.domain.case import CaseStatus
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

TODAY = date.today()


def _vault(demo_location: Path | str) -> list[str]:
    return ["--vault", str(demo_location), "--user", "koordinator"]


def _new_case(demo_location: Path | str, *, opened_on: date = TODAY) -> str:
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        _, case = desk.cases.create_person_with_case(
            person={"name": "Kommando Testesen", "birth_date": date(2009, 5, 6)},
            case={"level": 2, "kind": "individual", "opened_on": opened_on},
        )
        return case.case_number


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    return json.loads(capsys.readouterr().out)


@pytest.mark.usefixtures("password_env")
def test_journal_entries_are_added_listed_newest_first_and_followed_up(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    number = _new_case(demo_location)
    add = ["journal", "add", *_vault(demo_location), "--case", number, "--format", "json"]
    earlier = (TODAY - timedelta(days=3)).isoformat()
    assert (
        main(
            [
                *add,
                "--date",
                earlier,
                "--kind",
                "home_visit",
                "--participant",
                "parent",
                "--participant",
                "young_person",
                "--text",
                "Hjemmebesøg.",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main([*add, "--daily-report"]) == 0
    (template,) = _json(capsys)  # type: ignore[misc]
    assert template["kind"] == "concern_talk"
    assert template["follow_up"] == (TODAY + timedelta(days=14)).isoformat()

    assert (
        main(["journal", "list", *_vault(demo_location), "--case", number, "--format", "json"]) == 0
    )
    rows = _json(capsys)
    assert [r["kind"] for r in rows] == ["concern_talk", "home_visit"]  # type: ignore[index]
    assert rows[1]["participants"] == ["parent", "young_person"]  # type: ignore[index]
    assert {"id", "case_number", "date", "kind", "text", "follow_up"} <= set(rows[0])  # type: ignore[index]

    done = ["journal", "done", *_vault(demo_location), "--entry", str(template["id"])]
    assert main([*done, "--format", "json"]) == 0
    assert _json(capsys)[0]["follow_up_done"] == TODAY.isoformat()  # type: ignore[index]


@pytest.mark.usefixtures("password_env")
def test_a_case_is_closed_with_its_outcome_and_followed_up(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    number = _new_case(demo_location, opened_on=date(2025, 1, 6))
    close = ["outcome", "close", *_vault(demo_location), "--case", number, "--format", "json"]
    assert (
        main(
            [
                *close,
                "--date",
                "2025-10-01",
                "--reason",
                "Mål nået",
                "--new-charge",
                "no",
                "--education",
                "improved",
                "--job",
                "same",
            ]
        )
        == 0
    )
    (closing,) = _json(capsys)  # type: ignore[misc]
    assert (closing["point"], closing["new_charge"], closing["education"]) == (
        "closing",
        "no",
        "improved",
    )
    record = ["outcome", "record", *_vault(demo_location), "--case", number, "--format", "json"]
    assert (
        main(
            [
                *record,
                "--point",
                "6m",
                "--new-charge",
                "yes",
                "--new-charge-date",
                "2026-02-01",
                "--housing",
                "worse",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert (
        main(["outcome", "list", *_vault(demo_location), "--case", number, "--format", "json"]) == 0
    )
    listed = _json(capsys)
    assert [o["point"] for o in listed["outcomes"]] == ["closing", "6m"]  # type: ignore[index]
    assert listed["due"] == {"12m": "2026-10-01"}  # type: ignore[index]
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        found = desk.cases.by_number(number)
        assert found is not None
        assert found.status is CaseStatus.CLOSED


@pytest.mark.parametrize(
    ("command", "arguments", "field_da"),
    [
        ("journal", ["add", "--kind", "gossip", "--text", "x"], "Art"),
        ("journal", ["add", "--kind", "other", "--text", "x", "--date", "2020-02-30"], "Dato"),
        (
            "journal",
            ["add", "--kind", "other", "--text", "x", "--participant", "mayor"],
            "Deltagere",
        ),
        ("outcome", ["record", "--point", "6m", "--new-charge", "no"], "sagen er lukket"),
        ("outcome", ["close", "--reason", "Mål nået", "--new-charge", "yes"], "sigtelse"),
    ],
)
def test_bad_input_is_one_line_naming_the_field_in_a_real_process(
    demo_location: Path | str, command: str, arguments: list[str], field_da: str
) -> None:
    number = _new_case(demo_location)
    environment = os.environ | {"RISKDESK_PASSWORD": PASSWORD}
    head, *rest = arguments
    run = [
        sys.executable,
        "-m",
        "riskdesk",
        command,
        head,
        *_vault(demo_location),
        "--case",
        number,
    ]
    result = subprocess.run(
        [*run, *rest], capture_output=True, text=True, env=environment, timeout=120, check=False
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert field_da in lines[0]
    assert "gossip" not in lines[0]
    assert "mayor" not in lines[0]
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        found = desk.cases.by_number(number)
        assert found is not None
        assert found.status is CaseStatus.OPEN
        assert desk.journal.for_case(case_id=found.case_id) == []
        assert desk.outcomes.for_case(case_id=found.case_id).recorded == ()
