"""``riskdesk access-insight`` shows a day's searches that listed the person as one line,
from the first to the last, in text and in JSON (``until``) (#14 item 5)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from riskdesk.cli import main
from riskdesk.services.desk import Desk
from riskdesk.store.vault import Vault
from vault_fixtures import PASSWORD


class _Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.mark.usefixtures("password_env")
def test_a_days_searches_are_one_line_with_their_span(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = _Clock(datetime(2026, 12, 3, 8, 0))
    vault = Vault.open(demo_path, username="koordinator", password=PASSWORD, clock=clock)
    with Desk(vault) as desk:
        case = sorted(desk.cases.search(), key=lambda c: c.case_id)[0]
        surname = case.person_name.split()[-1]
        for minute in (0, 5, 50):
            clock.now = datetime(2026, 12, 3, 8, minute)
            desk.cases.search(surname)
    args = ["access-insight", "--vault", str(demo_path), "--user", "leder"]
    assert main([*args, "--case", case.case_number]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "2026-12-03" in line]
    assert len(lines) == 1
    assert lines[0].startswith("2026-12-03 09:00:00–09:50:00  Kim Koordinator (sagsbehandler)")
    assert "fandt personen ved 3 søgninger i sagslisten" in lines[0]

    assert main([*args, "--case", case.case_number, "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    (day,) = [e for e in events if e["at"].startswith("2026-12-03")]
    assert day["at"] == datetime(2026, 12, 3, 8, 0, tzinfo=UTC).isoformat()
    assert day["until"] == datetime(2026, 12, 3, 8, 50, tzinfo=UTC).isoformat()
    assert {e["until"] for e in events if e is not day} == {None}


@pytest.mark.usefixtures("password_env")
def test_on_a_team_server_the_days_searches_are_one_line_by_the_servers_clock(
    server_demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The server stamps each event with its own clock (no clock to set, unlike a vault
    file's): three searches now are one line from the first to the last."""
    with Desk.open(server_demo_url, username="koordinator", password=PASSWORD) as desk:
        case = sorted(desk.cases.search(), key=lambda c: c.case_id)[0]
        surname = case.person_name.split()[-1]
        for _ in range(3):
            desk.cases.search(surname)
    args = ["access-insight", "--vault", server_demo_url, "--user", "leder"]
    assert main([*args, "--case", case.case_number]) == 0
    out = capsys.readouterr().out
    (line,) = [line for line in out.splitlines() if "ved 3 søgninger i sagslisten" in line]
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d–\d\d:\d\d:\d\d  Kim Koordinator ", line)

    assert main([*args, "--case", case.case_number, "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    (day,) = [e for e in events if e["until"] is not None]
    first, last = datetime.fromisoformat(day["at"]), datetime.fromisoformat(day["until"])
    assert first <= last
    assert first.tzinfo is not None
