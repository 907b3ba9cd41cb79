"""Saving a rendered document where the user chose, all or nothing."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from riskdesk.documents.document_errors import DocumentError
from riskdesk.domain.file_errors import with_os_reason
from riskdesk.domain.localized import LocalizedText

_NOT_SAVED = LocalizedText(
    da="Dokumentet kan ikke gemmes som {file}: {reason}. Vælg en anden mappe "
    "eller luk filen, hvis den er åben i Word.",
    en="The document cannot be saved as {file}: {reason}. Choose another folder "
    "or close the file if it is open in Word.",
)


def save_document(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: a temp file beside it, fsync, then rename, so
    a crash or a full disk never leaves a half-written document under the real name.
    Raises :class:`DocumentError` saying where and why it could not be saved."""
    temp: str | None = None
    try:
        descriptor, temp = tempfile.mkstemp(dir=path.parent, prefix=".riskdesk-", suffix=".tmp")
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
        temp = None
    except OSError as error:
        # The file's name, not its folder: a folder can name someone's share.
        raise DocumentError(with_os_reason(_NOT_SAVED, error, file=path.name)) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
