"""The GUI tests share the suite's demo vault (tests/conftest.py) and log in as the
demo caseworker. Qt runs offscreen (set in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from riskdesk.services.desk import Desk
from riskdesk.services.settings import Settings
from vault_fixtures import PASSWORD

USER = "koordinator"


@pytest.fixture
def demo_vault(demo_path: Path) -> Path:
    return demo_path


@pytest.fixture
def desk(demo_vault: Path) -> Iterator[Desk]:
    opened = Desk.open(demo_vault, username=USER, password=PASSWORD)
    yield opened
    opened.lock()


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def login() -> tuple[str, str]:
    """The demo vault's caseworker: user name and password."""
    return USER, PASSWORD
