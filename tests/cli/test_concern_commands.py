"""``riskdesk concern add|list|close|agenda|escalate``: the issue's arguments and JSON
fields with no identity field, one-line refusals naming the option (exit 2) that never
repeat the note, and an escalation filed as ``case add`` files a person."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from riskdesk.cli import main
from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.meeting import Meeting, MeetingKind
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

TODAY = date(2026, 11, 21)
_FIELDS = {"id", "date", "topic", "age_band", "sex", "area", "source", "status", "note"}
_IDENTITY_FIELDS = {"name", "cpr", "birth_date", "address", "phone", "email", "person_id"}


def _vault(demo_location: Path | str) -> list[str]:
    return ["--vault", str(demo_location), "--user", "koordinator"]


def _add(demo_location: Path | str, *extra: str) -> list[str]:
    return [
        "concern",
        "add",
        *_vault(demo_location),
        "--date",
        "2020-03-04",
        "--topic",
        "new_peer_group",
        "--age-band",
        "15-17",
        "--sex",
        "f",
        "--area",
        "Øst",
        "--source",
        "club",
        *extra,
    ]


def _listed(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str], *extra: str
) -> list[dict]:
    assert main(["concern", "list", *_vault(demo_location), *extra, "--format", "json"]) == 0
    rows: list[dict] = json.loads(capsys.readouterr().out)
    return rows


@pytest.mark.usefixtures("password_env")
def test_add_and_list_with_the_issues_fields_and_no_identity_field(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_add(demo_location, "--note", "Ny gruppe i klubben")) == 0
    capsys.readouterr()
    rows = _listed(demo_location, capsys, "--from", "2020-03-01", "--to", "2020-03-31")
    assert len(rows) == 1
    assert set(rows[0]) >= _FIELDS
    assert not _IDENTITY_FIELDS & set(rows[0])
    assert (rows[0]["topic"], rows[0]["age_band"], rows[0]["area"], rows[0]["status"]) == (
        "new_peer_group",
        "15-17",
        "Øst",
        "open",
    )
    close = ["concern", "close", *_vault(demo_location), "--concern", str(rows[0]["id"])]
    assert main([*close, "--reason", "flyttet til Hansens"]) == 2
    refusal = capsys.readouterr().err
    assert "--reason:" in refusal
    assert "Hansens" not in refusal
    assert main([*close, "--reason", "resolved"]) == 0
    capsys.readouterr()
    closed = _listed(demo_location, capsys, "--from", "2020-03-01", "--status", "closed")
    assert closed[0]["close_reason"] == "resolved"


@pytest.mark.parametrize(
    ("arguments", "option", "named"),
    [
        (["--note", "cpr 010203-4567"], "--note", "et CPR-nummer"),
        (["--note", "ring 2345 6789"], "--note", "et telefonnummer"),
        (["--note", "skriv til far@example.dk"], "--note", "en e-mailadresse"),
        (["--area", "Storegade 4"], "--area", "Område"),
    ],
)
def test_bad_input_is_one_line_naming_the_option_in_a_real_process(
    demo_location: Path | str, arguments: list[str], option: str, named: str
) -> None:
    environment = os.environ | {"RISKDESK_PASSWORD": PASSWORD}
    command = [sys.executable, "-m", "riskdesk", *_add(demo_location), *arguments]
    result = subprocess.run(
        command, capture_output=True, text=True, env=environment, timeout=120, check=False
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{option}:") or f" {option}:" in lines[0]
    assert named in lines[0]
    for typed in ("4567", "6789", "far@", "Storegade"):
        assert typed not in lines[0]
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        assert desk.concerns.list(start="2020-01-01", end="2020-12-31") == []


@pytest.mark.usefixtures("password_env")
def test_escalate_files_the_person_and_links_the_case(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    someone = synthetic_records(1, seed=4_242, today=TODAY, caseworkers=("koordinator",))[0].person
    assert main(_add(demo_location)) == 0
    capsys.readouterr()
    concern_id = _listed(demo_location, capsys, "--from", "2020-03-01")[0]["id"]
    escalate = ["concern", "escalate", *_vault(demo_location), "--concern", str(concern_id)]
    person = ["--name", someone["name"], "--cpr", someone["cpr"], "--kind", "individual"]
    assert main([*escalate, *person, "--format", "json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["concern_id"] == concern_id
    row = _listed(demo_location, capsys, "--from", "2020-03-01")[0]
    assert (row["status"], row["case_number"]) == ("escalated", made["case_number"])
    text = json.dumps(row, ensure_ascii=False)
    assert someone["name"].split()[0] not in text
    assert someone["cpr"].replace("-", "")[:6] not in text
    assert main([*escalate, *person]) == 2
    assert "--concern" in capsys.readouterr().err


@pytest.mark.usefixtures("password_env")
def test_agenda_puts_a_concern_on_a_coordination_meeting_only(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        youth = desk.meetings.save(
            Meeting(kind=MeetingKind.YOUTH_COORDINATION, held_on=TODAY, area="Nord")
        )
        ssp = desk.meetings.save(Meeting(kind=MeetingKind.SSP, held_on=TODAY))
    assert main(_add(demo_location)) == 0
    capsys.readouterr()
    concern_id = str(_listed(demo_location, capsys, "--from", "2020-03-01")[0]["id"])
    agenda = ["concern", "agenda", *_vault(demo_location), "--concern", concern_id, "--meeting"]
    assert main([*agenda, str(ssp.id)]) == 2
    assert "--meeting" in capsys.readouterr().err
    assert main([*agenda, str(youth.id), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["meetings"] == [youth.id]
    assert main([*agenda, str(youth.id), "--remove"]) == 0
