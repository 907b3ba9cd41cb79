"""When LibreOffice fails, the Danish sentence says why in Danish: no "exit code" or
"timeout" in English inside it. LibreOffice is a program outside RiskDesk, so a stand-in
``soffice`` on ``PATH`` plays a failing one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from riskdesk.documents.document_errors import DocumentError
from riskdesk.documents.pdf_conversion import convert_to_pdf

pytestmark = pytest.mark.documents


def _stand_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    office = bin_dir / "soffice"
    office.write_text(f"#!/bin/sh\n{script}\n")
    office.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    document = tmp_path / "plan.docx"
    document.write_bytes(b"not really a document")
    return document


def test_a_failing_libreoffice_is_said_in_each_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = _stand_in(tmp_path, monkeypatch, "exit 3")
    with pytest.raises(DocumentError) as caught:
        convert_to_pdf(document, out_dir=tmp_path)
    assert caught.value.text("da") == (
        "LibreOffice kunne ikke lave en PDF af plan.docx (slutkode 3). Word-dokumentet er "
        "gemt og kan bruges."
    )
    assert "(exit code 3)" in caught.value.text("en")


def test_a_libreoffice_that_takes_too_long_is_said_in_each_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = _stand_in(tmp_path, monkeypatch, f"exec {shutil.which('sleep')} 30")
    with pytest.raises(DocumentError) as caught:
        convert_to_pdf(document, out_dir=tmp_path, timeout=1)
    assert "(det tog over 1 sekunder)" in caught.value.text("da")
    assert "timeout" not in caught.value.text("da")
    assert "(it took over 1 seconds)" in caught.value.text("en")
