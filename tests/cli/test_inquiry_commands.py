"""``riskdesk inquiry add|list``: the issue's arguments and JSON fields, a period filter,
and one-line refusals naming the field (exit 2) with nothing stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from riskdesk.cli import main
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


def _vault(demo_location: Path | str) -> list[str]:
    return ["--vault", str(demo_location), "--user", "koordinator"]


def _listed(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str], *extra: str
) -> list[dict]:
    assert main(["inquiry", "list", *_vault(demo_location), *extra, "--format", "json"]) == 0
    rows: list[dict] = json.loads(capsys.readouterr().out)
    return rows


def _case_number(demo_location: Path | str) -> str:
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        return desk.cases.search()[0].case_number


@pytest.mark.usefixtures("password_env")
def test_add_and_list_with_the_issues_fields(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    number = _case_number(demo_location)
    before = {r["id"] for r in _listed(demo_location, capsys)}
    add = ["inquiry", "add", *_vault(demo_location), "--date", "2020-03-04"]
    assert main([*add, "--type", "release", "--source", "kriminalforsorgen", "--case", number]) == 0
    assert main([*add, "--type", "advice", "--source", "health_visitor", "--note", "Råd"]) == 0
    capsys.readouterr()

    rows = _listed(demo_location, capsys, "--from", "2020-03-01", "--to", "2020-03-31")
    assert {"id", "date", "type", "source", "case_number"} <= set(rows[0])
    assert not {r["id"] for r in rows} & before
    assert sorted((r["type"], r["source"], r["case_number"]) for r in rows) == [
        ("advice", "health_visitor", None),
        ("release", "kriminalforsorgen", number),
    ]
    assert {r["date"] for r in rows} == {"2020-03-04"}
    assert _listed(demo_location, capsys, "--from", "2020-04-01", "--to", "2020-04-30") == []


@pytest.mark.parametrize(
    ("arguments", "field_da"),
    [
        (["--type", "complaint", "--source", "school"], "Type"),
        (["--type", "case", "--source", "mayor"], "Kilde"),
        (["--type", "case", "--source", "school", "--date", "2020-02-30"], "Dato"),
    ],
)
def test_bad_input_is_one_line_naming_the_field_in_a_real_process(
    demo_location: Path | str, arguments: list[str], field_da: str
) -> None:
    environment = os.environ | {"RISKDESK_PASSWORD": PASSWORD}
    command = [
        sys.executable,
        "-m",
        "riskdesk",
        "inquiry",
        "add",
        *_vault(demo_location),
        *arguments,
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, env=environment, timeout=120, check=False
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert field_da in lines[0]
    assert "mayor" not in lines[0]
    assert "complaint" not in lines[0]
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        assert desk.inquiries.list(start="2020-01-01", end="2020-12-31") == []


@pytest.mark.usefixtures("password_env")
def test_an_unknown_case_exits_1_and_stores_nothing(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    add = ["inquiry", "add", *_vault(demo_location), "--date", "2020-05-01"]
    assert main([*add, "--type", "case", "--source", "police", "--case", "1999-0001"]) == 1
    assert "1999-0001" in capsys.readouterr().err
    assert _listed(demo_location, capsys, "--from", "2020-05-01", "--to", "2020-05-01") == []
