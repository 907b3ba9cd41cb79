from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


@pytest.fixture
def desk(demo_path: Path) -> Iterator[Desk]:
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as opened:
        yield opened
