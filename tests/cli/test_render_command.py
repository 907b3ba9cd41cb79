from pathlib import Path

import pytest
from docx import Document

from riskdesk.cli import main
from riskdesk.domain.case import CaseKind
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


@pytest.fixture
def release_case(demo_location: Path | str) -> str:
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        return next(c.case_number for c in desk.cases.search() if c.kind is CaseKind.RELEASE)


@pytest.mark.usefixtures("password_env")
@pytest.mark.parametrize("kind", ["plan", "release-agenda", "release-minutes"])
def test_every_document_renders_from_the_demo_vault(
    kind: str, demo_location: Path | str, release_case: str, tmp_path: Path
) -> None:
    out = tmp_path / f"{kind}.docx"
    args = ["render", kind, "--vault", str(demo_location), "--user", "koordinator"]
    assert main([*args, "--case", release_case, "--out", str(out)]) == 0
    assert Document(str(out)).paragraphs


@pytest.mark.usefixtures("password_env")
def test_an_unknown_case_number_is_exit_1_naming_it(
    demo_location: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["render", "plan", "--vault", str(demo_location), "--user", "koordinator"]
    assert main([*args, "--case", "1999-9999", "--out", str(tmp_path / "x.docx")]) == 1
    error = capsys.readouterr().err
    assert "1999-9999" in error
    assert len(error.strip().splitlines()) == 1


@pytest.mark.usefixtures("password_env")
def test_an_unwritable_output_is_exit_1(
    demo_location: Path | str, release_case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no-such-folder" / "plan.docx"
    args = ["render", "plan", "--vault", str(demo_location), "--user", "koordinator"]
    assert main([*args, "--case", release_case, "--out", str(out)]) == 1
    assert "plan.docx" in capsys.readouterr().err


@pytest.mark.usefixtures("password_env")
def test_without_libreoffice_the_docx_is_written_with_a_note(
    demo_location: Path | str,
    release_case: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("riskdesk.documents.pdf_conversion.find_office", lambda: None)
    out = tmp_path / "plan.docx"
    args = ["render", "plan", "--vault", str(demo_location), "--user", "koordinator"]
    assert main([*args, "--case", release_case, "--out", str(out), "--pdf"]) == 0
    assert out.exists()
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
