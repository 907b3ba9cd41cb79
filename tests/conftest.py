"""Every test runs with its own config and data folders, so nothing touches the
developer's real settings or vaults."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from pg_cluster import Cluster, running_cluster
from team_servers import TeamServer, fresh_team_server

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Speed is measured by the benchmarks, never by a test: a loaded CI machine must not turn
# a slow example into a failure.
settings.register_profile("riskdesk", deadline=None)
settings.load_profile("riskdesk")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A throwaway PostgreSQL server for the whole run (tests/pg_cluster.py)."""
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture
def team_server(pg_cluster: Cluster) -> Iterator[TeamServer]:
    """A fresh, secured RiskDesk database with its first administrator."""
    with fresh_team_server(pg_cluster) as server:
        yield server


@pytest.fixture
def server_demo(
    pg_cluster: Cluster, _demo_vault_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TeamServer]:
    """The demo vault imported onto a fresh team-server database (tests/server_demo.py):
    admin, leder, koordinator and mentor log in with vault_fixtures.PASSWORD."""
    from server_demo import fresh_server_demo

    with fresh_server_demo(pg_cluster, _demo_vault_template, tmp_path_factory.mktemp("sd")) as s:
        yield s


@pytest.fixture
def server_demo_url(server_demo: TeamServer) -> str:
    return server_demo.url


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    home = tmp_path_factory.mktemp("profile")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RISKDESK_CONFIG_DIR", str(home / "config"))
        patch.setenv("RISKDESK_DATA_DIR", str(home / "data"))
        patch.delenv("RISKDESK_PASSWORD", raising=False)
        patch.delenv("RISKDESK_NEW_PASSWORD", raising=False)
        yield


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test with a Qt application collects garbage as the app does, on the GUI thread
    only (riskdesk.gui.gui_thread_gc), so an operation's worker never frees a widget."""
    if "qapp" not in request.fixturenames:
        yield
        return
    from riskdesk.gui.gui_thread_gc import collect_on_gui_thread

    collector = collect_on_gui_thread(request.getfixturevalue("qapp"))
    yield
    collector.stop()
    collector.deleteLater()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        layer = Path(str(item.fspath)).parent.name
        if layer == "gui":
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def _demo_vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Built once per run; each test gets its own copy of both files.
    from datetime import date

    from riskdesk.demo.demo_vault import create_demo_vault
    from vault_fixtures import CHEAP_KDF, DEMO_PERSONS, PASSWORD

    path = tmp_path_factory.mktemp("template") / "demo.rdv"
    create_demo_vault(
        path,
        persons=DEMO_PERSONS,
        seed=3,
        password=PASSWORD,
        kdf_cost=CHEAP_KDF,
        today=date(2026, 11, 21),
    )
    return path


@pytest.fixture
def demo_path(_demo_vault_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of a demo vault (users admin, leder, koordinator; password PASSWORD)."""
    from riskdesk.store.key_slots import sidecar_path

    path = tmp_path / "demo.rdv"
    shutil.copyfile(_demo_vault_template, path)
    shutil.copyfile(sidecar_path(_demo_vault_template), sidecar_path(path))
    return path
