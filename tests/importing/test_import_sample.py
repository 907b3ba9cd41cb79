"""The sample spreadsheet shipped in resources/ (found as package data): every row of it
imports into a real vault, and the script that builds it gives the same bytes again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from riskdesk.services.desk import Desk
from riskdesk.shipped_files import resources_dir
from vault_fixtures import PASSWORD

REPO = Path(__file__).resolve().parents[2]
SAMPLE_NAME = "import-eksempel.xlsx"


def test_the_shipped_sample_imports_without_a_problem(demo_path: Path) -> None:
    sample = resources_dir() / SAMPLE_NAME
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        sheet = desk.imports.read(sample)
        mapping = desk.imports.mapping(sheet)
        report = desk.imports.import_cases(sheet, mapping)
    assert report.problems == ()
    assert report.ignored_columns == ()
    assert len(report.cases) == report.data_rows == 24
    assert {case.caseworker for case in report.cases} == {"koordinator"}
    assert report.closed > 0


def test_the_build_script_gives_the_shipped_bytes(tmp_path: Path) -> None:
    rebuilt = tmp_path / SAMPLE_NAME
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.path.insert(0, 'scripts'); import build_import_sample as b; "
            f"b.build(__import__('pathlib').Path({str(rebuilt)!r}))",
        ],
        cwd=REPO,
        check=True,
    )
    assert rebuilt.read_bytes() == (resources_dir() / SAMPLE_NAME).read_bytes()
