"""``riskdesk access-insight``: the person's log as text or JSON and as a Word extract,
named by a case number; the person's name and CPR number stay off stdout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document

from riskdesk.cli import main
from riskdesk.domain.user import Role
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


@pytest.fixture
def case(demo_location: Path | str) -> tuple[str, str, str]:
    """A case number with its person's name and CPR number, of a person the demo
    imported (the first cases; later ones are filed from niveau-1 concerns)."""
    with Desk.open(demo_location, username="leder", password=PASSWORD) as desk:
        summary = min((s for s in desk.cases.search() if s.cpr), key=lambda s: s.case_id)
        assert summary.cpr is not None
        return summary.case_number, summary.person_name, summary.cpr


def _args(demo_location: Path | str, user: str, case_number: str) -> list[str]:
    return ["access-insight", "--vault", str(demo_location), "--user", user, "--case", case_number]


@pytest.mark.usefixtures("password_env")
def test_text_listing_and_word_extract(
    demo_location: Path | str,
    case: tuple[str, str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    number, name, cpr = case
    out = tmp_path / "indsigt.docx"
    assert main([*_args(demo_location, "leder", number), "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == str(out)
    # The demo's people came in by one import: the first event is that import.
    assert "indlæste personoplysningerne og sagen" in lines[0]
    assert any("Lene Leder (leder)" in line and "(fil: indsigt.docx)" in line for line in lines)
    assert name not in "\n".join(lines)
    assert cpr not in "\n".join(lines)
    document = Document(str(out))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert name in cells
    assert cpr in cells
    assert "Indlæste personoplysningerne og sagen" in cells


@pytest.mark.usefixtures("password_env")
def test_json_lists_the_events_oldest_first(
    demo_location: Path | str, case: tuple[str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    number, name, _ = case
    assert main([*_args(demo_location, "koordinator", number), "--format", "json"]) == 0
    output = capsys.readouterr().out
    payload = json.loads(output)
    assert payload["case_number"] == number
    assert payload["docx"] is None
    events = payload["events"]
    assert [e["sequence"] for e in events] == sorted(e["sequence"] for e in events)
    assert (events[0]["action"], events[0]["entity"], events[0]["username"]) == (
        "create",
        "case",
        "koordinator",
    )
    last = events[-1]
    assert (last["username"], last["role"], last["action"]) == ("koordinator", "caseworker", "read")
    assert last["what"]["en"] == "produced an access log extract"
    assert name not in output


@pytest.mark.usefixtures("password_env")
def test_an_unknown_case_is_exit_1(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_args(demo_location, "leder", "1999-9999")) == 1
    assert "1999-9999" in capsys.readouterr().err


@pytest.mark.usefixtures("password_env")
def test_a_caseworker_not_on_the_case_is_refused_with_exit_1(
    demo_location: Path | str,
    case: tuple[str, str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with Desk.open(demo_location, username="admin", password=PASSWORD) as desk:
        desk.users.add(
            username="kollega", display_name="Kaj", role=Role.CASEWORKER, password="givet-kode-1"
        )
    Desk.open(
        demo_location, username="kollega", password="givet-kode-1", new_password=PASSWORD
    ).lock()
    out = tmp_path / "indsigt.docx"
    assert main([*_args(demo_location, "kollega", case[0]), "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert "logudtræk" in error
    assert len(error.strip().splitlines()) == 1
    assert not out.exists()


def test_pdf_without_out_is_a_usage_error(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*_args(demo_location, "leder", "2026-0001"), "--pdf"]) == 2
    assert "--out" in capsys.readouterr().err
