"""``riskdesk review``: the queue and the workflow from the command line, with the roles
enforced by the service underneath."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from riskdesk.cli import main
from riskdesk.domain.case import CaseStatus
from riskdesk.domain.ids import PlanId
from riskdesk.domain.plan_review import ReviewStatus
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


def _run(
    capsys: pytest.CaptureFixture[str], demo_location: Path | str, user: str, *args: str
) -> tuple[int, str, str]:
    code = main(["review", *args[:1], "--vault", str(demo_location), "--user", user, *args[1:]])
    out, err = capsys.readouterr()
    return code, out, err


def _listing(capsys: pytest.CaptureFixture[str], demo_location: Path | str, user: str) -> list[Any]:
    code, out, _ = _run(capsys, demo_location, user, "list", "--format", "json")
    assert code == 0
    rows: list[Any] = json.loads(out)
    return rows


@pytest.mark.usefixtures("password_env")
def test_the_supervisor_lists_the_queue_oldest_first(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _listing(capsys, demo_location, "leder")
    assert len(rows) >= 2
    assert {row["status"] for row in rows} == {"submitted"}
    assert {row["author"] for row in rows} == {"koordinator"}
    assert all({"plan_id", "case_number", "status", "author"} <= row.keys() for row in rows)
    waiting = [row["days_waiting"] for row in rows]
    assert waiting == sorted(waiting, reverse=True)
    code, out, _ = _run(capsys, demo_location, "leder", "list")
    assert code == 0
    assert rows[0]["case_number"] in out


@pytest.mark.usefixtures("password_env")
def test_the_caseworker_lists_returned_plans_with_comments(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    (returned,) = _listing(capsys, demo_location, "koordinator")
    assert returned["status"] == "returned"
    assert len(returned["open_comments"]) == 2


@pytest.mark.usefixtures("password_env")
def test_a_caseworker_cannot_approve_from_the_command_line(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_id = str(_listing(capsys, demo_location, "leder")[0]["plan_id"])
    code, _, err = _run(capsys, demo_location, "koordinator", "approve", "--plan", plan_id)
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert "leder" in err.lower()  # "Kun en leder kan godkende ..."
    with Desk.open(demo_location, username="leder", password=PASSWORD) as desk:
        assert desk.review.state(PlanId(int(plan_id))).status is ReviewStatus.SUBMITTED


@pytest.mark.usefixtures("password_env")
def test_the_supervisor_approves_and_returns(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second, *_ = _listing(capsys, demo_location, "leder")
    code, out, _ = _run(
        capsys,
        demo_location,
        "leder",
        "approve",
        "--plan",
        str(first["plan_id"]),
        "--format",
        "json",
    )
    assert code == 0
    assert json.loads(out)["status"] == "approved"

    code, _, err = _run(capsys, demo_location, "leder", "return", "--plan", str(second["plan_id"]))
    assert code == 1
    assert "kommentar" in err
    assert len(err.strip().splitlines()) == 1
    code, out, _ = _run(
        capsys,
        demo_location,
        "leder",
        "return",
        "--plan",
        str(second["plan_id"]),
        "--comment",
        "Tilføj frister",
    )
    assert code == 0
    assert second["case_number"] in out
    remaining = {row["plan_id"] for row in _listing(capsys, demo_location, "leder")}
    assert not {first["plan_id"], second["plan_id"]} & remaining


@pytest.mark.usefixtures("password_env")
def test_the_caseworker_submits_by_case_number(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        number = next(
            c.case_number
            for c in desk.cases.search()
            if c.status is CaseStatus.OPEN
            and (plan_id := desk.review.current_plan_id(c.case_id)) is not None
            and desk.review.state(plan_id).status is ReviewStatus.DRAFT
        )
    code, _, _ = _run(capsys, demo_location, "koordinator", "submit", "--case", number)
    assert code == 0
    assert number in {row["case_number"] for row in _listing(capsys, demo_location, "leder")}


@pytest.mark.usefixtures("password_env")
@pytest.mark.parametrize("which", [["--plan", "999999"], ["--case", "1999-9999"]])
def test_an_unknown_plan_or_case_is_exit_1(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str], which: list[str]
) -> None:
    code, _, err = _run(capsys, demo_location, "leder", "approve", *which)
    assert code == 1
    assert which[1] in err


@pytest.mark.usefixtures("password_env")
def test_a_wrong_approval_password_is_refused(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_id = str(_listing(capsys, demo_location, "leder")[0]["plan_id"])
    # The vault opens with RISKDESK_PASSWORD; the approval prompt gets a wrong one.
    monkeypatch.setattr("riskdesk.cli.review_commands.read_password", lambda **_: "forkert")
    code, _, err = _run(capsys, demo_location, "leder", "approve", "--plan", plan_id)
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert "adgangskode" in err.lower()
    assert plan_id in {str(row["plan_id"]) for row in _listing(capsys, demo_location, "leder")}
