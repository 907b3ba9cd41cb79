"""Issue #16 item 7: every command that writes a Word document takes ``--out`` ending in
``.docx`` (in any case) and refuses anything else as a usage error naming the option,
before the vault is opened; with ``--pdf`` the PDF is written beside it under the same
name. Driven through ``riskdesk.cli.main`` on a copy of the demo vault."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from docx import Document

from riskdesk.cli import main
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

EXIT_OK, EXIT_USAGE = 0, 2


@pytest.fixture
def commands(demo_path: Path, password_env: None) -> dict[str, list[str]]:
    """Every command that writes a Word document, with what it needs but ``--out``."""
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        case = next(c.case_number for c in desk.cases.search() if desk.plans.current(c.case_id))
        release = next(
            c.case_number for c in desk.cases.search() if desk.release_meetings.get(c.case_id)
        )
        meeting = str(desk.meetings.list()[0].id)
    vault = ["--vault", str(demo_path), "--user", "leder"]
    return {
        "render plan": ["render", "plan", *vault, "--case", case],
        "render release-agenda": ["render", "release-agenda", *vault, "--case", release],
        "render release-minutes": ["render", "release-minutes", *vault, "--case", release],
        "meeting agenda": ["meeting", "agenda", *vault, "--meeting", meeting],
        "meeting agenda --pseudonymised": [
            "meeting",
            "agenda",
            "--pseudonymised",
            *vault,
            "--meeting",
            meeting,
        ],
        "meeting minutes": ["meeting", "minutes", *vault, "--meeting", meeting],
        "access-insight": ["access-insight", *vault, "--case", case],
    }


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


COMMANDS = [
    "render plan",
    "render release-agenda",
    "render release-minutes",
    "meeting agenda",
    "meeting agenda --pseudonymised",
    "meeting minutes",
    "access-insight",
]


@pytest.mark.parametrize(
    ("name", "out"),
    [(name, "plan.pdf") for name in COMMANDS]
    + [("render plan", out) for out in ("plan", "plan.doc", "plan.docx.txt", ".docx")],
)
def test_an_out_that_is_no_docx_is_a_usage_error_before_the_vault_opens(
    commands: dict[str, list[str]],
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    out: str,
) -> None:
    folder = tmp_path / "ud"
    folder.mkdir()
    before = _fingerprint(demo_path.parent)
    assert main([*commands[name], "--out", str(folder / out), "--pdf"]) == EXIT_USAGE
    stdout, err = capsys.readouterr()
    assert stdout == ""
    assert err.count("\n") == 1
    assert err.startswith("riskdesk: --out ")
    assert ".docx" in err
    assert out not in err.replace(".docx", "")
    assert list(folder.iterdir()) == []
    # Not even opened: opening a vault is an audit event, and it changes the file.
    assert _fingerprint(demo_path.parent) == before


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("name", ["render plan", "meeting minutes"])
def test_docx_in_capitals_is_accepted_and_the_pdf_is_written_beside_it(
    commands: dict[str, list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
) -> None:
    folder = tmp_path / "ud"
    folder.mkdir()
    out = folder / "Dokument.DOCX"
    assert main([*commands[name], "--out", str(out), "--pdf"]) == EXIT_OK
    assert capsys.readouterr().out.split() == [str(out), str(folder / "Dokument.pdf")]
    assert sorted(p.name for p in folder.iterdir()) == ["Dokument.DOCX", "Dokument.pdf"]
    assert Document(str(out)).paragraphs
    assert (folder / "Dokument.pdf").read_bytes().startswith(b"%PDF")
