"""Telling a team server's address from a vault file's path, and the address as it may be
remembered or shown: never with the user's name or password."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from riskdesk.domain.server_address_text import address_without_login, is_server_address


@pytest.mark.parametrize(
    ("text", "server"),
    [
        ("postgresql://db.kommune.dk/riskdesk", True),
        ("  POSTGRES://127.0.0.1:5432/riskdesk ", True),
        ("postgresql://", True),
        ("/home/kim/riskdesk.rdv", False),
        ("postgresql:/db/riskdesk", False),
        ("C:\\RiskDesk\\enhed.rdv", False),
        ("https://db.kommune.dk/riskdesk", False),
    ],
)
def test_a_server_address_is_told_from_a_path(text: str, server: bool) -> None:
    assert is_server_address(text) is server


def test_the_login_query_and_fragment_are_left_out() -> None:
    typed = "PostgreSQL://kim:hemmeligt@db.kommune.dk:5433/riskdesk?sslmode=require#x"
    assert address_without_login(typed) == "postgresql://db.kommune.dk:5433/riskdesk"
    assert address_without_login("postgresql://[::1]:5432/rd") == "postgresql://[::1]:5432/rd"


# "?" and "#" end the address's place in any URL, so a password holding one is no URL.
_secret = st.text(st.characters(exclude_characters="?#"), min_size=4)


@given(user=_secret, password=_secret, host=st.from_regex(r"[a-z][a-z0-9.]{0,20}", fullmatch=True))
def test_no_password_is_ever_kept(user: str, password: str, host: str) -> None:
    shown = address_without_login(f"postgresql://{user}:{password}@{host}/riskdesk")
    assert shown == f"postgresql://{host}/riskdesk"
