"""Where a command saves a Word document. ``--out`` is checked before the vault is opened
(opening is already an audit event): it names a Word document, ending in ``.docx`` in any
case; with ``--pdf`` the PDF goes beside it under the same name. What the export refuses
or cannot save is one line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from riskdesk.cli.console import EXIT_FAILURE, EXIT_USAGE, CommandFailed, language
from riskdesk.domain.document_kinds import DocumentKind
from riskdesk.domain.localized import LocalizedText

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk
    from riskdesk.services.document_export import ExportedDocument

DOCX_SUFFIX = ".docx"

_NOT_DOCX = LocalizedText(
    da="--out skal være et Word-dokument med endelsen .docx; med --pdf gemmes PDF'en ved "
    "siden af under samme navn.",
    en="--out must be a Word document ending in .docx; with --pdf the PDF is saved beside "
    "it under the same name.",
)


def check_docx_out(out: Path | None) -> None:
    """Exit 2 naming ``--out`` when it is given and does not end in ``.docx``. The path
    itself is not repeated: a file name can be a person's."""
    if out is not None and out.suffix.lower() != DOCX_SUFFIX:
        raise CommandFailed(_NOT_DOCX.text(language()), EXIT_USAGE)


def export_document(
    desk: Desk, kind: DocumentKind, record_id: int, out: Path, *, pdf: bool
) -> ExportedDocument:
    """``desk.documents.export``; a document that cannot be made or saved exits 1. A
    refusal (nothing to print, an unknown record) goes on to :func:`translated_errors`."""
    # Imported here, as every command's services are: `riskdesk gui` parses the same
    # command line and must not pay for the document renderers before its first window.
    from riskdesk.services.document_export import DocumentProblem

    try:
        return desk.documents.export(kind, record_id, out, pdf=pdf)
    except DocumentProblem as problem:
        raise CommandFailed(problem.text(language()), EXIT_FAILURE) from None
