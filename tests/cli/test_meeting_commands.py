"""``riskdesk meeting``: the demo's meetings as JSON, the agenda (plain and pseudonymised),
the minutes, a case's decisions, and clear one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document

from riskdesk.cli import main
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


def _text(path: Path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _vault(demo_location: Path | str) -> list[str]:
    return ["--vault", str(demo_location), "--user", "koordinator"]


def _meetings(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> list[dict[str, object]]:
    assert main(["meeting", "list", *_vault(demo_location), "--format", "json"]) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


@pytest.mark.usefixtures("password_env")
def test_the_demo_has_an_upcoming_ssp_meeting_with_cases_listed_first(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _meetings(demo_location, capsys)
    assert {"meeting_id", "date", "kind"} <= set(rows[0])
    ssp = [r for r in rows if r["kind"] == "ssp"]
    assert len(ssp) == 2
    upcoming, past = sorted(ssp, key=lambda r: str(r["date"]), reverse=True)
    assert rows.index(upcoming) < rows.index(past)
    assert isinstance(upcoming["cases"], int)
    assert upcoming["cases"] >= 3
    assert past["decisions"] == past["cases"]

    assert main(["meeting", "list", *_vault(demo_location)]) == 0
    assert "SSP" in capsys.readouterr().out


@pytest.mark.usefixtures("password_env")
def test_agenda_pseudonymised_agenda_and_minutes(
    demo_location: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _meetings(demo_location, capsys)
    upcoming = next(r for r in rows if r["kind"] == "ssp")
    meeting = ["--meeting", str(upcoming["meeting_id"])]
    plain, hidden = tmp_path / "dagsorden.docx", tmp_path / "pseudo.docx"
    assert main(["meeting", "agenda", *_vault(demo_location), *meeting, "--out", str(plain)]) == 0
    args = ["meeting", "agenda", *_vault(demo_location), *meeting, "--out", str(hidden)]
    assert main([*args, "--pseudonymised"]) == 0
    assert capsys.readouterr().out.split() == [str(plain), str(hidden)]

    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        entries = desk.meetings.agenda(upcoming["meeting_id"])  # type: ignore[arg-type]
    plain_text, hidden_text = _text(plain), _text(hidden)
    for entry in entries:
        assert entry.person_name in plain_text
        for part in entry.person_name.split():
            assert part not in hidden_text
        assert entry.cpr is not None
        assert entry.cpr not in hidden_text
        assert entry.cpr.replace("-", "") not in hidden_text
        assert entry.case_number in hidden_text

    past = next(r for r in reversed(rows) if r["kind"] == "ssp")
    minutes = tmp_path / "referat.docx"
    args = ["meeting", "minutes", *_vault(demo_location), "--meeting", str(past["meeting_id"])]
    assert main([*args, "--out", str(minutes)]) == 0
    assert "Beslutninger pr. sag" in _text(minutes)


@pytest.mark.usefixtures("password_env")
def test_a_case_lists_its_meeting_decisions(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        decided = next(m for m in desk.meetings.list() if any(i.decision for i in m.items))
        case_number = desk.cases.get(decided.items[0].case_id).case_number
    args = ["meeting", "decisions", *_vault(demo_location), "--case", case_number]
    assert main([*args, "--format", "json"]) == 0
    decisions = json.loads(capsys.readouterr().out)
    assert decisions[0]["decision"] == decided.items[0].decision
    assert decisions[0]["date"] == decided.held_on.isoformat()


@pytest.mark.usefixtures("password_env")
def test_an_unknown_meeting_is_one_line_exit_1_and_nothing_is_written(
    demo_location: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.docx"
    args = ["meeting", "agenda", *_vault(demo_location), "--meeting", "99999", "--out", str(out)]
    assert main(args) == 1
    error = capsys.readouterr().err
    assert len(error.strip().splitlines()) == 1
    assert not out.exists()
