"""Real SQLCipher vaults in tmp_path, with a cheap KDF cost (the KDF is a true port)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from riskdesk.store.key_slots import KdfCost
from riskdesk.store.vault import Vault

ADMIN = "admin"
ADMIN_PASSWORD = "Admin-kodeord-1"


@pytest.fixture
def cheap_kdf() -> KdfCost:
    return KdfCost(memory_kib=64, iterations=1, lanes=1)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "enhed.riskdesk"


@pytest.fixture
def vault(vault_path: Path, cheap_kdf: KdfCost) -> Iterator[Vault]:
    created = Vault.create(
        vault_path,
        username=ADMIN,
        display_name="Test Administrator",
        password=ADMIN_PASSWORD,
        kdf_cost=cheap_kdf,
    )
    yield created
    created.close()
