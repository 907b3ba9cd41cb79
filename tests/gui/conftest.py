"""Qt offscreen, isolated settings, and a real demo vault with a cheap KDF."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from riskdesk.services.demo_vault import create_demo_vault
from riskdesk.services.desk import Desk
from riskdesk.services.settings import Settings
from riskdesk.store.key_slots import KdfCost, sidecar_path

# The KDF cost is a true port: production uses the real cost, tests a cheap one.
CHEAP_KDF = KdfCost(memory_kib=64, iterations=1, lanes=1)
PASSWORD = "demo-password"
USER = "koordinator"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RISKDESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("RISKDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "enhed.rdv"
    create_demo_vault(
        path, persons=60, seed=1, password=PASSWORD, kdf_cost=CHEAP_KDF, today=date(2026, 11, 1)
    )
    return path


@pytest.fixture
def demo_vault(_demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy per test, so tests that save cannot see each other's changes."""
    path = tmp_path / _demo_template.name
    shutil.copy2(_demo_template, path)
    shutil.copy2(sidecar_path(_demo_template), sidecar_path(path))
    return path


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
