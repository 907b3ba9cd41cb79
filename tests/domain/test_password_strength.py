from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from riskdesk.domain.password_strength import Strength, password_strength
from riskdesk.domain.refusals import UserInputError
from riskdesk.services.user_service import check_new_password


@pytest.mark.parametrize(
    ("password", "strength", "hint_en"),
    [
        ("", Strength.TOO_SHORT, "At least 8 characters; the longer, the stronger."),
        ("kat", Strength.TOO_SHORT, "Too short: at least 8 characters (5 more)."),
        ("Adgangskode1!", Strength.WEAK, "common words and patterns"),
        ("12345678", Strength.WEAK, "common words and patterns"),
        ("aaaaaaaaaaaa", Strength.WEAK, "common words and patterns"),
        ("lene.leder2026", Strength.WEAK, "Leave it out of the password"),
        ("hestebil", Strength.WEAK, "make it longer (12 characters or more)"),
        ("Hestebil7", Strength.GOOD, "Good."),
        ("hest bil stige", Strength.GOOD, "Good."),
        ("correct horse battery", Strength.GOOD, "Good."),
    ],
)
def test_the_hint_says_what_would_make_it_stronger(
    password: str, strength: Strength, hint_en: str
) -> None:
    result = password_strength(password, username="lene.leder")
    assert result.strength is strength
    assert hint_en in result.hint.en
    assert result.hint.da


def test_the_hint_is_danish_too() -> None:
    assert password_strength("kat").hint.da == "For kort: mindst 8 tegn (5 mere)."
    assert password_strength("hestebil").hint.da.startswith("Svag: gør den længere")
    assert password_strength("Hestebil7").hint.da == "God."


@given(st.text(max_size=40))
def test_too_short_exactly_when_the_user_service_refuses_the_password(password: str) -> None:
    try:
        check_new_password(password)
    except UserInputError:
        refused = True
    else:
        refused = False
    assert (password_strength(password).strength is Strength.TOO_SHORT) is refused
