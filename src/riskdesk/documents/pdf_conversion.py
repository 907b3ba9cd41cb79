"""PDF through LibreOffice, when it is installed. RiskDesk never needs it: the .docx is
the document, the PDF a convenience."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from riskdesk.documents.document_errors import DocumentError, PdfUnavailable
from riskdesk.domain.file_errors import os_error_reason, with_reason
from riskdesk.domain.localized import LocalizedText

PDF_TIMEOUT_SECONDS = 120
_OFFICE_NAMES = ("soffice", "libreoffice")
_FAILED = LocalizedText(
    da="LibreOffice kunne ikke lave en PDF af {name} ({reason}). Word-dokumentet er "
    "gemt og kan bruges.",
    en="LibreOffice could not make a PDF of {name} ({reason}). The Word document is "
    "saved and can be used.",
)
_TIMED_OUT = LocalizedText(
    da="det tog over {seconds} sekunder", en="it took over {seconds} seconds"
)
_EXIT_CODE = LocalizedText(da="slutkode {code}", en="exit code {code}")


def find_office() -> Path | None:
    """The LibreOffice command on ``PATH``, or ``None``."""
    for name in _OFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def convert_to_pdf(document: Path, *, out_dir: Path, timeout: float = PDF_TIMEOUT_SECONDS) -> Path:
    """Convert ``document`` to ``out_dir/<stem>.pdf`` and return that path.

    Raises :class:`PdfUnavailable` when LibreOffice is not installed, and
    :class:`DocumentError` when it fails or takes longer than ``timeout`` seconds.
    """
    office = find_office()
    if office is None:
        raise PdfUnavailable(
            LocalizedText(
                da="PDF kræver LibreOffice, som ikke er installeret. Word-dokumentet er "
                "gemt; åbn det i Word og vælg Gem som PDF.",
                en="PDF needs LibreOffice, which is not installed. The Word document is "
                "saved; open it in Word and choose Save as PDF.",
            )
        )
    target = out_dir / f"{document.stem}.pdf"
    # A private profile: a LibreOffice the user already has open would otherwise take the
    # job and ignore --headless, and its recent-files list would remember the document.
    with tempfile.TemporaryDirectory(prefix="riskdesk-office-") as profile:
        command = [
            str(office),
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(document),
        ]
        try:
            result = subprocess.run(  # noqa: S603 - fixed arguments, no shell
                command, capture_output=True, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired:
            raise _failed(document, _TIMED_OUT.format(seconds=f"{timeout:.0f}")) from None
        except OSError as error:
            raise _failed(document, os_error_reason(error)) from None
    if result.returncode != 0 or not target.exists():
        raise _failed(document, _EXIT_CODE.format(code=result.returncode))
    return target


def _failed(document: Path, reason: LocalizedText) -> DocumentError:
    return DocumentError(with_reason(_FAILED, reason, name=document.name))
