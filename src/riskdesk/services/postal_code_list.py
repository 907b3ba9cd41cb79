"""The list of Danish postal codes shipped in ``resources/postnumre.csv`` (DAWA's
"postnumre": code and town; the file's header says where and when it was taken).

Read once per process and handed to the domain as :class:`PostalCodes`, which checks a
person's postal code and names its town."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from riskdesk import shipped_files
from riskdesk.domain.contact_details import PostalCodes
from riskdesk.services.instrument_catalogue import FormFileError, FormFileInvalid

POSTAL_CODES_FILE = "postnumre.csv"
_HEADER = "nr;navn"
_ROW = re.compile(r"(?P<code>[0-9]{4});(?P<town>[^;]+)")


def shipped_postal_codes() -> PostalCodes:
    """The list in ``resources/`` (``$RISKDESK_RESOURCES_DIR`` when set); raises
    :class:`FormFileInvalid` naming the file and line when it cannot be used."""
    return load_postal_codes(shipped_files.resources_dir() / POSTAL_CODES_FILE)


@cache
def load_postal_codes(path: Path) -> PostalCodes:
    """The codes in ``path``: ``#`` lines say where the list is from, then the header
    ``nr;navn`` and one ``code;town`` a line. Raises :class:`FormFileInvalid`."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise FormFileInvalid([FormFileError(path, "-", error.strerror or "unreadable")]) from None
    except UnicodeDecodeError:
        raise FormFileInvalid([FormFileError(path, "-", "the file is not UTF-8")]) from None
    towns: dict[str, str] = {}
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            if line.strip() != _HEADER:
                raise FormFileInvalid([FormFileError(path, f"line {number}", f"not {_HEADER}")])
            header_seen = True
            continue
        row = _ROW.fullmatch(line.strip())
        if row is None or row["code"] in towns:
            problem = "a code twice" if row else "not four digits;town"
            raise FormFileInvalid([FormFileError(path, f"line {number}", problem)])
        towns[row["code"]] = row["town"].strip()
    if not towns:
        raise FormFileInvalid([FormFileError(path, "-", "no postal codes")])
    return PostalCodes(towns)
