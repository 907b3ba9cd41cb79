"""``riskdesk mentor start|end|list`` and ``riskdesk user add --role mentor``: the issue's
JSON fields, refusals naming the field (exit 2) with nothing stored, and a mentor who can
neither find nor open a case that is not theirs, in a real ``riskdesk`` process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from riskdesk.cli import main
from riskdesk.domain.user import Role
from riskdesk.services.desk import Desk
from vault_fixtures import CHEAP_KDF, PASSWORD

_FIELDS = {"id", "case_number", "mentor", "start", "planned_end", "end", "end_reason", "reoffended"}


def _vault(demo_location: Path | str, user: str = "koordinator") -> list[str]:
    return ["--vault", str(demo_location), "--user", user]


def _json(capsys: pytest.CaptureFixture[str], *command: str) -> list[dict]:
    assert main([*command, "--format", "json"]) == 0
    rows: list[dict] = json.loads(capsys.readouterr().out)
    return rows


def _add_mentor_by_cli(
    demo_location: Path | str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RISKDESK_NEW_PASSWORD", "given by the administrator")
    add = ["user", "add", *_vault(demo_location, "admin"), "--name", "mette.mentor"]
    assert main([*add, "--display-name", "Mette Mentor", "--role", "mentor"]) == 0
    Desk.open(
        demo_location,
        username="mette.mentor",
        password="given by the administrator",
        new_password=PASSWORD,
        kdf_cost=CHEAP_KDF,
    ).close()
    capsys.readouterr()


@pytest.mark.usefixtures("password_env")
def test_start_end_and_list_with_the_issues_fields(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_mentor_by_cli(demo_location, monkeypatch, capsys)
    with Desk.open(demo_location, username="admin", password=PASSWORD) as admin:
        assert {u.username: u.role for u in admin.users.list()}["mette.mentor"] is Role.MENTOR
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        number = desk.cases.search()[0].case_number
    start = ["mentor", "start", *_vault(demo_location), "--case", number, "--start", "2025-02-01"]
    (started,) = _json(capsys, *start, "--mentor", "mette.mentor", "--planned-end", "2025-12-01")
    (ended,) = _json(
        capsys,
        "mentor",
        "end",
        *_vault(demo_location),
        "--course",
        str(started["id"]),
        "--date",
        "2025-10-15",
        "--reason",
        "new_offence",
        "--reoffended",
        "yes",
        "--reoffended-on",
        "2025-10-01",
    )
    rows = _json(capsys, "mentor", "list", *_vault(demo_location), "--case", number)

    assert set(rows[0]) >= _FIELDS
    assert rows == [ended]
    assert ended["id"] == started["id"]
    assert (started["end"], started["end_reason"], started["reoffended"]) == (None, None, "unknown")
    assert (ended["mentor"], ended["start"], ended["planned_end"]) == (
        "mette.mentor",
        "2025-02-01",
        "2025-12-01",
    )
    assert (ended["end"], ended["end_reason"], ended["reoffended"]) == (
        "2025-10-15",
        "new_offence",
        "yes",
    )


@pytest.mark.usefixtures("password_env")
@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (
            ["--external", "Ole", "--start", "2025-05-01", "--planned-end", "2025-04-01"],
            "planlagte slutdato",
        ),
        (["--mentor", "koordinator", "--start", "2025-05-01"], "mentorrollen"),
        (["--external", "Ole", "--start", "2025-13-01"], "Startdato"),
    ],
)
def test_bad_input_is_one_line_naming_the_field(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str], arguments: list[str], words: str
) -> None:
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        number = desk.cases.search()[0].case_number
    before = _json(capsys, "mentor", "list", *_vault(demo_location))
    start = ["mentor", "start", *_vault(demo_location), "--case", number]
    assert main([*start, *arguments]) == 2
    error = capsys.readouterr().err
    assert words in error
    assert error.count("\n") == 1
    assert _json(capsys, "mentor", "list", *_vault(demo_location)) == before


@pytest.mark.usefixtures("password_env")
def test_a_mentor_cannot_find_or_open_another_case(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_mentor_by_cli(demo_location, monkeypatch, capsys)
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        own, other = desk.cases.search()[:2]
        desk.mentor_courses.start(
            own.case_id, mentor_username="mette.mentor", started_on="2025-01-01"
        )
    capsys.readouterr()
    environment = os.environ | {"RISKDESK_PASSWORD": PASSWORD}

    def riskdesk(*words: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "riskdesk", *words],
            capture_output=True,
            text=True,
            env=environment,
            timeout=120,
            check=False,
        )

    mentor = _vault(demo_location, "mette.mentor")
    listed = riskdesk("case", "list", *mentor, "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert [c["case_number"] for c in json.loads(listed.stdout)] == [own.case_number]
    for words in (
        ("case", "show", *mentor, "--case", other.case_number),
        ("mentor", "list", *mentor, "--case", other.case_number),
    ):
        refused = riskdesk(*words)
        assert refused.returncode == 1, refused.stderr
        assert "egne mentorforløb" in refused.stderr or "own mentor courses" in refused.stderr
        assert other.person_name not in refused.stdout + refused.stderr
    courses = riskdesk("mentor", "list", *mentor, "--format", "json")
    assert [c["case_number"] for c in json.loads(courses.stdout)] == [own.case_number]
