from __future__ import annotations

from pathlib import Path

import pytest

from vault_fixtures import PASSWORD


@pytest.fixture
def password_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RISKDESK_PASSWORD", PASSWORD)


@pytest.fixture(params=["vault", "server"])
def demo_location(request: pytest.FixtureRequest, demo_path: Path) -> Path | str:
    """The demo on each backend in turn, as ``--vault`` takes it: the vault file, and the
    same demo moved onto a team server (its address), with the same users and passwords.
    The commands that do casework run on both; a vault file's own commands (init, demo,
    backup, restore, vault check) stay on demo_path."""
    if request.param == "vault":
        return demo_path
    url: str = request.getfixturevalue("server_demo_url")
    return url
