"""``riskdesk import cases`` (#15 item 6): the dry run reports the ten bad rows of a 500-row
spreadsheet and saves nothing; the real run is refused (exit 1) until they are skipped
with --skip-invalid; a wrong file is exit 2 before the vault opens. Nothing printed
names a person."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from import_sheets import good_rows, with_ten_bad_rows, write_csv, write_xlsx
from riskdesk.cli import main
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

USER = "koordinator"


def _import(vault: Path, sheet: Path, *extra: str) -> list[str]:
    return ["import", "cases", "--vault", str(vault), "--user", USER, "--xlsx", str(sheet), *extra]


def _case_count(vault: Path) -> int:
    with Desk.open(vault, username=USER, password=PASSWORD) as desk:
        return len(desk.cases.search(""))


def _a_cpr_in(vault: Path) -> str:
    with Desk.open(vault, username=USER, password=PASSWORD) as desk:
        cpr = next(c.cpr for c in desk.cases.search("") if c.cpr)
    assert cpr is not None
    return cpr


@pytest.mark.usefixtures("password_env")
def test_dry_run_then_refused_then_skip_invalid(
    demo_location: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    planted = with_ten_bad_rows(good_rows(500), cpr_in_vault=_a_cpr_in(demo_location))
    sheet = write_xlsx(tmp_path / "sager.xlsx", planted.rows)
    before = _case_count(demo_location)

    assert main([*_import(demo_location, sheet, "--dry-run"), "--format", "json"]) == 1
    dry = json.loads(capsys.readouterr().out)
    assert dry["problem_rows"] == sorted(planted.bad_rows)
    assert (dry["rows"], dry["cases"], dry["written"]) == (500, 490, False)
    assert _case_count(demo_location) == before

    assert main(_import(demo_location, sheet)) == 1
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1
    assert "--skip-invalid" in captured.err
    assert [line.split(",")[0] for line in captured.out.splitlines()[1:]] == [
        f"Række {row}" for row in sorted(planted.bad_rows)
    ]
    assert _case_count(demo_location) == before

    assert main(_import(demo_location, sheet, "--skip-invalid")) == 0
    out = capsys.readouterr().out
    assert out.startswith("Rækker læst: 500. Sager oprettet: 490,")
    assert _case_count(demo_location) == before + 490
    for name, cpr, *_ in planted.rows:
        assert str(cpr) not in out
        assert not str(name).strip() or str(name) not in out


@pytest.mark.usefixtures("password_env")
def test_a_csv_is_imported_and_a_wrong_file_is_a_usage_error(
    demo_location: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = write_csv(tmp_path / "sager.csv", good_rows(25, seed=8))
    before = _case_count(demo_location)

    assert main(_import(demo_location, sheet)) == 0
    assert _case_count(demo_location) == before + 25
    capsys.readouterr()

    assert main(_import(demo_location, tmp_path / "sager.docx")) == 2
    assert "--xlsx" in capsys.readouterr().err
    no_level = write_xlsx(tmp_path / "x.xlsx", [["Navn Navnesen", "0101901234"]], ["navn", "cpr"])
    assert main(_import(demo_location, no_level)) == 2
    err = capsys.readouterr().err
    assert "niveau" in err
    assert err.count("\n") == 1
