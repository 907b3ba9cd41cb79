"""``riskdesk report half-year``: the issue's JSON fields for a leader, a one-line
refusal for a caseworker, and usage errors (exit 2) that echo nothing typed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from riskdesk.cli import main


def _run(demo_location: Path | str, user: str, *extra: str) -> int:
    return main(["report", "half-year", "--vault", str(demo_location), "--user", user, *extra])


@pytest.mark.usefixtures("password_env")
def test_the_json_holds_the_issues_fields(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        _run(
            demo_location, "leder", "--from", "2026-01-01", "--to", "2026-06-30", "--format", "json"
        )
        == 0
    )
    figures = json.loads(capsys.readouterr().out)
    assert figures["period"] == {"from": "2026-01-01", "to": "2026-06-30"}
    assert set(figures["cases"]["by_level"]) == {"1", "2", "3"}
    for key in ("exit", "in_period", "closed", "active"):
        assert isinstance(figures["cases"][key], int)
    assert {"count", "by_topic"} <= set(figures["concerns"])
    assert {"count", "by_type", "by_source", "by_month"} <= set(figures["inquiries"])
    assert next(iter(figures["inquiries"]["by_month"])) == "2026-01"
    assert {"since_start", "average_months", "active", "reoffended"} <= set(
        figures["mentor_courses"]
    )
    assert "outcomes" in figures


@pytest.mark.usefixtures("password_env")
def test_the_text_form_prints_the_two_tables(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(demo_location, "admin", "--from", "2026-01-01", "--to", "2026-06-30") == 0
    out = capsys.readouterr().out
    assert "niveau 1 (bekymringer)" in out
    assert "Mentorforløb siden" in out


@pytest.mark.usefixtures("password_env")
def test_a_caseworker_is_refused_in_one_line(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(demo_location, "koordinator", "--from", "2026-01-01", "--to", "2026-06-30") == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "ledere og administratorer" in err


@pytest.mark.usefixtures("password_env")
@pytest.mark.parametrize(
    "dates",
    [
        ("--from", "2026-06-30", "--to", "2026-01-01"),
        ("--from", "0101901234", "--to", "2026-01-01"),
    ],
)
def test_bad_dates_are_usage_errors_that_echo_nothing(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str], dates: tuple[str, ...]
) -> None:
    try:
        code = _run(demo_location, "leder", *dates)
    except SystemExit as raised:
        code = raised.code
    assert code == 2
    assert "0101901234" not in capsys.readouterr().err


@pytest.mark.usefixtures("password_env")
def test_out_pdf_and_xlsx_make_the_report_and_print_the_files(
    demo_location: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, sheets = tmp_path / "halvaar.docx", tmp_path / "halvaar.xlsx"
    period = ("--from", "2026-01-01", "--to", "2026-06-30")
    code = _run(demo_location, "leder", *period, "--out", str(out), "--pdf", "--xlsx", str(sheets))
    assert code == 0
    printed = capsys.readouterr().out.split()
    assert str(out) in printed
    assert str(sheets) in printed
    assert out.exists()
    assert sheets.exists()
    if shutil.which("soffice") or shutil.which("libreoffice"):
        pdf = tmp_path / "halvaar.pdf"
        assert str(pdf) in printed
        assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.usefixtures("password_env")
@pytest.mark.parametrize(
    "extra",
    [("--pdf",), ("--out", "rapport.pdf"), ("--xlsx", "tabeller.csv")],
)
def test_report_files_are_checked_before_the_vault_is_opened(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str], extra: tuple[str, ...]
) -> None:
    code = _run(demo_location, "leder", "--from", "2026-01-01", "--to", "2026-06-30", *extra)
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "rapport" not in err
    assert "tabeller" not in err
