from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


@pytest.fixture(params=["vault", "server"])
def demo_location(request: pytest.FixtureRequest, demo_path: Path) -> Path | str:
    """The demo, on each backend in turn: a vault file, and the same demo moved onto a
    team server (``server import``), with the same users and passwords. The service
    suite runs on both: nothing above the store may know which one it has."""
    if request.param == "vault":
        return demo_path
    url: str = request.getfixturevalue("server_demo_url")
    return url


@pytest.fixture
def desk(demo_location: Path | str) -> Iterator[Desk]:
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as opened:
        yield opened
