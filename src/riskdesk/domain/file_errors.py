"""Why the operating system refused a file, in words of both languages.

The system's own text (``OSError.strerror``: "Permission denied", "No such file or
directory") is English, or in the language of the machine, and a Danish sentence must not
carry it. Each refusal a user can act on has its own words; any other is named by its
error code, which support can look up.
"""

from __future__ import annotations

import errno

from riskdesk.domain.localized import LocalizedText

_REASONS: dict[int, LocalizedText] = {
    errno.ENOENT: LocalizedText(
        da="mappen eller filen findes ikke", en="the folder or file does not exist"
    ),
    errno.ENOTDIR: LocalizedText(
        da="en del af stien er ikke en mappe", en="part of the path is not a folder"
    ),
    errno.EACCES: LocalizedText(
        da="du har ikke adgang til mappen eller filen",
        en="you have no permission for the folder or file",
    ),
    errno.ENOSPC: LocalizedText(da="disken er fuld", en="the disk is full"),
    errno.EDQUOT: LocalizedText(
        da="din kvote på disken er brugt op", en="your disk quota is used up"
    ),
    errno.EROFS: LocalizedText(da="drevet er skrivebeskyttet", en="the drive is read-only"),
    errno.ENAMETOOLONG: LocalizedText(da="filnavnet er for langt", en="the file name is too long"),
    errno.EISDIR: LocalizedText(
        da="navnet er en mappe, ikke en fil", en="the name is a folder, not a file"
    ),
    errno.EBUSY: LocalizedText(
        da="filen er i brug af et andet program", en="the file is in use by another program"
    ),
}
_REASONS[errno.EPERM] = _REASONS[errno.EACCES]
_REASONS[errno.ETXTBSY] = _REASONS[errno.EBUSY]

_OTHER = LocalizedText(
    da="systemet afviste filen (fejlkode {code})",
    en="the system refused the file (error code {code})",
)
_UNKNOWN = LocalizedText(da="systemet afviste filen", en="the system refused the file")


def os_error_reason(error: OSError) -> LocalizedText:
    """Why ``error`` happened, as a clause to put inside a sentence ("…: {reason}.")."""
    if error.errno is None:
        return _UNKNOWN
    known = _REASONS.get(error.errno)
    if known is not None:
        return known
    return _OTHER.format(code=errno.errorcode.get(error.errno, str(error.errno)))


def with_os_reason(sentence: LocalizedText, error: OSError, **params: object) -> LocalizedText:
    """``sentence`` with ``{reason}`` saying why ``error`` happened, in each language."""
    return with_reason(sentence, os_error_reason(error), **params)


def with_reason(sentence: LocalizedText, reason: LocalizedText, **params: object) -> LocalizedText:
    """``sentence`` with ``{reason}`` filled in each language by that language's words."""
    return LocalizedText(
        da=sentence.da.format(reason=reason.da, **params),
        en=sentence.en.format(reason=reason.en, **params),
    )
