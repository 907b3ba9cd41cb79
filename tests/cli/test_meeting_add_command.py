"""``riskdesk meeting add``: one meeting, a coordination meeting repeating every two weeks
for its area, and a wrong area or end date refused in one line naming the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from riskdesk.cli import main


def _vault(demo_location: Path | str) -> list[str]:
    return ["--vault", str(demo_location), "--user", "koordinator"]


@pytest.mark.usefixtures("password_env")
def test_a_series_every_two_weeks_with_its_area(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    add = [
        "meeting",
        "add",
        *_vault(demo_location),
        "--kind",
        "coordination",
        "--date",
        "2027-01-06",
    ]
    assert (
        main(
            [
                *add,
                "--area",
                "Syd",
                "--every-weeks",
                "2",
                "--until",
                "2027-02-03",
                "--format",
                "json",
            ]
        )
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert [r["date"] for r in rows] == ["2027-01-06", "2027-01-20", "2027-02-03"]
    assert {r["series_id"] for r in rows} == {rows[0]["meeting_id"]}
    assert {r["area"] for r in rows} == {"Syd"}

    one = [
        "meeting",
        "add",
        *_vault(demo_location),
        "--kind",
        "network_meeting",
        "--date",
        "2027-01-08",
    ]
    assert main([*one, "--format", "json"]) == 0
    (single,) = json.loads(capsys.readouterr().out)
    assert (single["kind"], single["series_id"]) == ("network_meeting", None)


@pytest.mark.usefixtures("password_env")
@pytest.mark.parametrize(
    ("extra", "named"),
    [
        (["--kind", "coordination", "--area", "Atlantis"], "område"),
        (["--kind", "ssp", "--every-weeks", "2", "--until", "2027-13-01"], "Slutdatoen"),
        (["--kind", "party"], "Mødetype"),
    ],
)
def test_wrong_input_is_one_line_naming_the_field(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str], extra: list[str], named: str
) -> None:
    capsys.readouterr()
    assert main(["meeting", "list", *_vault(demo_location), "--format", "json"]) == 0
    before = len(json.loads(capsys.readouterr().out))
    args = ["meeting", "add", *_vault(demo_location), "--date", "2027-01-06", *extra]
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert named in err[0]
    assert "Atlantis" not in err[0]
    assert main(["meeting", "list", *_vault(demo_location), "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == before
