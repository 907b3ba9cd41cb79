"""Why a document could not be made, in both languages, naming the template or file."""

from __future__ import annotations

from riskdesk.domain.localized import DEFAULT_LANGUAGE, Language, LocalizedText


class DocumentError(Exception):
    """A template that cannot be used, data that does not fit it, or a file that cannot be
    written. ``str(error)`` is the English message; it names files, never person data."""

    def __init__(self, message: LocalizedText) -> None:
        self.message = message
        super().__init__(message.en)

    def text(self, language: Language | str = DEFAULT_LANGUAGE) -> str:
        return self.message.text(language)


class PdfUnavailable(DocumentError):
    """LibreOffice is not installed, so no PDF can be made; the .docx is still fine."""
