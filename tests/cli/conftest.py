from __future__ import annotations

import pytest

from vault_fixtures import PASSWORD


@pytest.fixture
def password_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RISKDESK_PASSWORD", PASSWORD)
