"""The GUI tests share the suite's demo vault (tests/conftest.py) and log in as the
demo caseworker. Qt runs offscreen (set in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from riskdesk.gui import operations
from riskdesk.services.desk import Desk
from riskdesk.services.settings import Settings
from vault_fixtures import PASSWORD

USER = "koordinator"
OPERATIONS_TIMEOUT_MS = 30_000


@pytest.fixture
def demo_vault(demo_path: Path) -> Path:
    return demo_path


@pytest.fixture
def desk(demo_vault: Path) -> Iterator[Desk]:
    opened = Desk.open(demo_vault, username=USER, password=PASSWORD)
    yield opened
    # An operation a test left running must not meet a locked desk (or the next test).
    if QApplication.instance() is not None:
        operations.wait_until_idle(OPERATIONS_TIMEOUT_MS)
    opened.lock()


@pytest.fixture
def wait_for_operations(qtbot) -> Callable[[], None]:
    """Call it to let every operation started with ``run_op`` finish, callbacks and
    all; fails the test after 30 s."""

    def wait() -> None:
        qtbot.waitUntil(lambda: operations.hub().running == 0, timeout=OPERATIONS_TIMEOUT_MS)

    return wait


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def login() -> tuple[str, str]:
    """The demo vault's caseworker: user name and password."""
    return USER, PASSWORD
