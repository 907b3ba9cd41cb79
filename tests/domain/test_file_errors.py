"""Each way the file system refuses a user is said in Danish and English words of our own,
never the system's (English) text; anything else is named by its error code."""

from __future__ import annotations

import errno
import os
import re

import pytest

from riskdesk.domain.file_errors import os_error_reason, with_os_reason
from riskdesk.domain.localized import LocalizedText

KNOWN = {
    errno.ENOENT: ("mappen eller filen findes ikke", "the folder or file does not exist"),
    errno.EACCES: (
        "du har ikke adgang til mappen eller filen",
        "you have no permission for the folder or file",
    ),
    errno.EPERM: (
        "du har ikke adgang til mappen eller filen",
        "you have no permission for the folder or file",
    ),
    errno.ENOSPC: ("disken er fuld", "the disk is full"),
    errno.EDQUOT: ("din kvote på disken er brugt op", "your disk quota is used up"),
    errno.EROFS: ("drevet er skrivebeskyttet", "the drive is read-only"),
    errno.ENAMETOOLONG: ("filnavnet er for langt", "the file name is too long"),
    errno.EISDIR: ("navnet er en mappe, ikke en fil", "the name is a folder, not a file"),
    errno.ENOTDIR: ("en del af stien er ikke en mappe", "part of the path is not a folder"),
}


@pytest.mark.parametrize("code", list(KNOWN))
def test_each_refusal_a_user_can_act_on_has_its_own_words(code: int) -> None:
    reason = os_error_reason(OSError(code, os.strerror(code)))
    assert (reason.da, reason.en) == KNOWN[code]
    system_words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", os.strerror(code))}
    assert not system_words & {w.lower() for w in re.findall(r"[A-Za-z]+", reason.da)}


def test_any_other_is_named_by_its_code_and_one_without_a_code_generically() -> None:
    reason = os_error_reason(OSError(errno.EXDEV, os.strerror(errno.EXDEV)))
    assert reason.da == "systemet afviste filen (fejlkode EXDEV)"
    assert reason.en == "the system refused the file (error code EXDEV)"
    assert os.strerror(errno.EXDEV) not in reason.da
    assert os_error_reason(OSError("no errno")).da == "systemet afviste filen"


def test_the_reason_goes_into_a_sentence_in_each_language() -> None:
    sentence = LocalizedText(
        da="{file} kan ikke gemmes: {reason}.", en="{file} not saved: {reason}."
    )
    filled = with_os_reason(sentence, OSError(errno.ENOSPC, "No space left on device"), file="a")
    assert filled == LocalizedText(
        da="a kan ikke gemmes: disken er fuld.", en="a not saved: the disk is full."
    )
