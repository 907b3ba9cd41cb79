"""Saving is all or nothing with a clear message; every document converts to PDF when
LibreOffice is installed."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from riskdesk.documents import pdf_conversion
from riskdesk.documents.document_errors import DocumentError, PdfUnavailable
from riskdesk.documents.document_file import save_document
from riskdesk.documents.docx_rendering import RenderedDocument
from riskdesk.documents.pdf_conversion import convert_to_pdf, find_office
from riskdesk.documents.plan_document import render_plan_document
from riskdesk.documents.plan_document_model import PlanDocumentModel
from riskdesk.documents.release_meeting_document_model import ReleaseMeetingDocumentModel
from riskdesk.documents.release_meeting_documents import render_agenda, render_minutes

pytestmark = pytest.mark.documents


def test_saving_replaces_the_file_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "plan.docx"
    target.write_bytes(b"old")
    save_document(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.docx"]


def test_an_unwritable_place_gives_a_clear_message(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "plan.docx"
    with pytest.raises(DocumentError) as caught:
        save_document(target, b"data")
    assert "kan ikke gemmes" in caught.value.text("da")
    assert "cannot be saved" in caught.value.text("en")
    assert "plan.docx" in str(caught.value)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_read_only_folder_gives_a_clear_message(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(DocumentError, match="cannot be saved"):
            save_document(tmp_path / "plan.docx", b"data")
    finally:
        tmp_path.chmod(0o700)


def test_without_libreoffice_pdf_says_so_in_both_languages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_conversion.shutil, "which", lambda _name: None)
    assert find_office() is None
    with pytest.raises(PdfUnavailable) as caught:
        convert_to_pdf(tmp_path / "x.docx", out_dir=tmp_path)
    assert "LibreOffice" in caught.value.text("da")
    assert "Save as PDF" in caught.value.text("en")


Render = Callable[[], RenderedDocument]


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice (soffice) is not installed; CI installs it",
)
def test_every_document_converts_to_pdf(
    tmp_path: Path,
    plan_model: PlanDocumentModel,
    meeting_model: ReleaseMeetingDocumentModel,
) -> None:
    documents = {
        "handleplan.docx": render_plan_document(plan_model),
        "dagsorden.docx": render_agenda(meeting_model),
        "referat.docx": render_minutes(meeting_model),
    }
    for name, rendered in documents.items():
        source = tmp_path / name
        save_document(source, rendered.data)
        pdf = convert_to_pdf(source, out_dir=tmp_path)
        assert pdf == tmp_path / name.replace(".docx", ".pdf")
        assert pdf.read_bytes().startswith(b"%PDF")
