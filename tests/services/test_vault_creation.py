"""Creating a vault with its administrator, as the first-run dialog does: every refusal on
its field, in the command line's words, before anything is written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from riskdesk.cli import vault_access
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.user import Role
from riskdesk.domain.vault_errors import VaultExists
from riskdesk.services import vault_creation
from riskdesk.services.desk import Desk
from riskdesk.services.settings import data_dir
from riskdesk.services.vault_creation import (
    NETWORK_NOTE,
    check_vault_place,
    create_vault,
    suggested_vault_path,
)
from riskdesk.store import storage_location
from vault_fixtures import CHEAP_KDF

PASSWORD = "hest bil stige"


def _create(path: Path, **changes: str) -> Desk:
    details = {
        "username": "anne",
        "display_name": "Anne Admin",
        "password": PASSWORD,
        "password_again": PASSWORD,
        **changes,
    }
    return create_vault(path, kdf_cost=CHEAP_KDF, **details)


def _refusal(path: Path, **changes: str) -> dict[str, str]:
    with pytest.raises(UserInputError) as refused:
        _create(path, **changes)
    return {problem.field: problem.text("da") for problem in refused.value.problems}


def test_the_vault_is_created_and_open_as_its_administrator(tmp_path: Path) -> None:
    path = tmp_path / "enhed.rdv"
    with _create(path) as desk:
        assert desk.user.username == "anne"
        assert desk.user.display_name == "Anne Admin"
        assert desk.user.role is Role.ADMINISTRATOR
        assert [user.username for user in desk.users.list()] == ["anne"]
    with Desk.open(path, username="anne", password=PASSWORD) as again:
        assert again.user.role is Role.ADMINISTRATOR


def test_every_problem_is_refused_at_once_on_its_field_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    problems = _refusal(
        tmp_path / "missing" / "enhed.rdv",
        username="Anne Admin",
        display_name="  ",
        password="kort",
        password_again="kort",
    )
    assert problems == {
        "path": "Mappen, boksen skal ligge i, findes ikke. Opret den først, eller vælg en anden.",
        "username": "Brugernavnet skal være 2–64 tegn: små bogstaver a–z, tal, punktum, "
        "bindestreg eller understreg.",
        "display_name": "Skriv administratorens fulde navn.",
        "password": "Adgangskoden skal være mindst 8 tegn.",
    }
    assert list(tmp_path.iterdir()) == []


def test_two_different_passwords_are_refused_on_the_second(tmp_path: Path) -> None:
    problems = _refusal(tmp_path / "enhed.rdv", password_again="hest bil stigen")
    assert problems == {"password_again": "De to adgangskoder er ikke ens."}
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["enhed", "enhed.db", "enhed.rdv.keys", ".rdv"])
def test_the_name_must_end_in_rdv(tmp_path: Path, name: str) -> None:
    assert _refusal(tmp_path / name) == {"path": "Boksfilens navn skal ende på .rdv."}


def test_a_name_the_system_will_not_take_is_refused_in_our_words(tmp_path: Path) -> None:
    refused = _refusal(tmp_path / f"{'a' * 300}.rdv")
    assert refused == {"path": "Boksen kan ikke ligge her: filnavnet er for langt."}
    assert list(tmp_path.iterdir()) == []


def test_a_taken_place_is_refused_with_the_vaults_words(tmp_path: Path) -> None:
    (tmp_path / "taget.rdv").write_bytes(b"someone's file")
    (tmp_path / "nøgle.rdv.keys").write_bytes(b"{}")
    (tmp_path / "mappe.rdv").mkdir()
    taken = VaultExists.message.da
    assert _refusal(tmp_path / "taget.rdv") == {"path": taken}
    assert _refusal(tmp_path / "nøgle.rdv") == {"path": taken}
    assert _refusal(tmp_path / "mappe.rdv") == {
        "path": "Stien peger på en mappe, ikke på en boksfil."
    }
    assert (tmp_path / "taget.rdv").read_bytes() == b"someone's file"


def test_the_refusals_use_the_command_lines_words() -> None:
    assert vault_creation._NO_FOLDER == vault_access._NO_FOLDER
    assert vault_creation._FOLDER_NOT_WRITABLE == vault_access._FOLDER_NOT_WRITABLE
    assert vault_creation._NOT_A_FILE == vault_access._NOT_A_FILE


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "låst"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert _refusal(folder / "enhed.rdv") == {
            "path": "Mappen, boksen skal ligge i, er skrivebeskyttet. Vælg en mappe, du kan "
            "skrive i."
        }
    finally:
        folder.chmod(0o700)


def test_the_users_own_data_folder_is_made_when_the_vault_is() -> None:
    path = suggested_vault_path()
    assert path == data_dir() / "riskdesk.rdv"
    assert not data_dir().exists()
    assert check_vault_place(path).notes == ()
    with _create(path):
        assert path.is_file()
    assert suggested_vault_path() == data_dir() / "riskdesk-2.rdv"


def test_a_network_folder_is_allowed_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "mountinfo"
    table.write_text(
        f"36 1 0:40 / {tmp_path} rw,relatime - nfs4 server:/enhed rw,vers=4.2\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(storage_location, "MOUNTINFO", table)
    place = check_vault_place(tmp_path / "delt.rdv")
    assert place.notes == (NETWORK_NOTE,)
    assert "netværksdrev" in place.notes[0].da
    with _create(tmp_path / "delt.rdv") as desk:
        assert desk.user.username == "anne"
