"""``riskdesk backup`` and ``riskdesk restore`` on real vault files: a restore gives the
same case list and an intact audit trail, the file holds no plaintext, a caseworker is
refused, nothing is ever written over, and a failed restore leaves nothing behind."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import pytest

from riskdesk.cli import main
from riskdesk.services.desk import Desk
from riskdesk.store.backup_file import MAGIC, read_header, unpack, write_backup_file
from riskdesk.store.key_slots import read_key_file, sidecar_path
from riskdesk.store.migrate import head_revision
from riskdesk.store.opening_checks import salt_of
from vault_fixtures import CHEAP_KDF, PASSWORD

pytestmark = pytest.mark.usefixtures("password_env")


def _case_list(vault: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["case", "list", "--vault", str(vault), "--user", "leder", "--format", "json"]) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def _backup(vault: Path, out: Path, user: str = "leder") -> int:
    return main(["backup", "--vault", str(vault), "--user", user, "--out", str(out)])


def _restore(backup: Path, vault: Path, user: str = "leder") -> int:
    return main(["restore", "--backup", str(backup), "--vault", str(vault), "--user", user])


def _leftovers(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if name in p.name)


def test_a_restore_gives_the_same_case_list_and_an_intact_trail(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _case_list(demo_path, capsys)
    out = tmp_path / "unit.rdbackup"
    assert _backup(demo_path, out) == 0
    restored = tmp_path / "restored" / "unit.rdv"
    restored.parent.mkdir()
    assert _restore(out, restored) == 0
    said = capsys.readouterr()
    assert said.err == ""
    assert "revisionssporet er intakt" in said.out
    assert _case_list(restored, capsys) == before
    assert main(["audit", "verify", "--vault", str(restored), "--user", "admin"]) == 0
    assert "Revisionssporet er intakt" in capsys.readouterr().out
    # The key file knows the restored file's own salt (it tells damage from another file).
    assert read_key_file(sidecar_path(restored)).file_salt == salt_of(restored)
    # Every user opens the restored vault with their own password.
    for user in ("admin", "leder", "koordinator"):
        Desk.open(restored, username=user, password=PASSWORD, kdf_cost=CHEAP_KDF).lock()


def test_the_backup_holds_no_plaintext_and_a_header_with_its_checksum(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person = _case_list(demo_path, capsys)[0]
    out = tmp_path / "unit.rdbackup"
    assert _backup(demo_path, out) == 0
    data = out.read_bytes()
    name, cpr = str(person["person_name"]), str(person["cpr"])
    for needle in (name, cpr, cpr.replace("-", ""), name.split()[-1]):
        assert needle.encode("utf-8") not in data
        assert needle.encode("utf-16-le") not in data
    header = read_header(out)
    assert data.startswith(MAGIC)
    assert header.schema_revision == head_revision()
    assert header.format_version == 1
    assert {name for name, _ in header.parts} == {"vault", "keys", "checkpoint"}
    payload = data[data.index(b"\n", len(MAGIC)) + 1 :]
    assert hashlib.sha256(payload).hexdigest() == header.payload_sha256
    assert len(payload) == sum(size for _, size in header.parts)
    assert out.stat().st_mode & 0o077 == 0


def test_backup_and_restore_are_in_the_audit_trail(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "unit.rdbackup"
    assert _backup(demo_path, out) == 0
    restored = tmp_path / "restored.rdv"
    assert _restore(out, restored) == 0
    with Desk.open(demo_path, username="admin", password=PASSWORD) as desk:
        backups = [e for e in desk.audit.events() if e.details.get("use_case") == "vault.backup"]
        assert desk.backups.last_backup() is not None
    assert [(e.username, e.action.value, e.details["file"]) for e in backups] == [
        ("leder", "backup", "unit.rdbackup")
    ]
    assert backups[0].details["sha256"] == read_header(out).payload_sha256
    with Desk.open(restored, username="admin", password=PASSWORD) as desk:
        restores = [e for e in desk.audit.events() if e.details.get("use_case") == "vault.restore"]
        assert desk.backups.last_backup() == read_header(out).created_at
    assert [(e.username, e.action.value) for e in restores] == [("leder", "restore")]


def test_a_caseworker_is_refused_in_one_sentence_and_no_file_is_written(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "unit.rdbackup"
    assert _backup(demo_path, out, user="koordinator") == 1
    err = capsys.readouterr().err
    assert err == (
        "riskdesk: Kun administratorer og ledere kan tage og gendanne sikkerhedskopier af boksen.\n"
    )
    assert list(tmp_path.glob("*.rdbackup")) == []
    with Desk.open(demo_path, username="admin", password=PASSWORD) as desk:
        refused = [e for e in desk.audit.events() if e.details.get("use_case") == "vault.backup"]
    assert [(e.username, e.action.value) for e in refused] == [("koordinator", "refused")]


def test_a_caseworker_cannot_restore_and_nothing_is_left(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "unit.rdbackup"
    assert _backup(demo_path, out) == 0
    restored = tmp_path / "restored.rdv"
    assert _restore(out, restored, user="koordinator") == 1
    assert "Kun administratorer og ledere" in capsys.readouterr().err
    assert _leftovers(tmp_path, "restored") == []


def test_nothing_is_ever_written_over(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "unit.rdbackup"
    assert _backup(demo_path, out) == 0
    first = out.read_bytes()
    assert _backup(demo_path, out) == 2
    assert out.read_bytes() == first
    vault_bytes = demo_path.read_bytes()
    capsys.readouterr()
    assert _restore(out, demo_path) == 2
    assert capsys.readouterr().err == (
        "riskdesk: Der findes allerede en fil på den placering; vælg et andet navn.\n"
    )
    assert demo_path.read_bytes() == vault_bytes
    assert _backup(demo_path, tmp_path / "unit.zip") == 2


def test_a_damaged_backup_is_refused_and_nothing_is_left(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "unit.rdbackup"
    assert _backup(demo_path, out) == 0
    data = bytearray(out.read_bytes())
    data[-5000] ^= 0x01
    out.write_bytes(bytes(data))
    capsys.readouterr()
    assert _restore(out, tmp_path / "restored.rdv") == 1
    assert capsys.readouterr().err == (
        "riskdesk: Sikkerhedskopien er beskadiget: dens kontrolsum passer ikke. "
        "Intet er gendannet.\n"
    )
    assert _leftovers(tmp_path, "restored") == []
    (tmp_path / "other.rdbackup").write_bytes(b"PK\x03\x04 a zip file")
    assert _restore(tmp_path / "other.rdbackup", tmp_path / "restored.rdv") == 1
    assert "ikke en RiskDesk-sikkerhedskopi" in capsys.readouterr().err


def test_a_page_damaged_before_the_checksum_fails_the_integrity_check(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "unit.rdbackup"
    assert _backup(demo_path, out) == 0
    header = read_header(out)
    parts_folder = tmp_path / "parts"
    parts_folder.mkdir()
    files = {name: parts_folder / name for name, _ in header.parts}
    unpack(out, files)
    database = bytearray(files["vault"].read_bytes())
    database[4096 * 3 + 1000] ^= 0x01  # a middle page, as a failing disk would
    parts = {name: path.read_bytes() for name, path in files.items()}
    parts["vault"] = bytes(database)
    rebuilt = tmp_path / "rebuilt.rdbackup"
    write_backup_file(
        rebuilt,
        parts,
        created_at=header.created_at,
        schema_revision=header.schema_revision,
        riskdesk_version=header.riskdesk_version,
        vault_id=header.vault_id,
    )
    capsys.readouterr()
    assert _restore(rebuilt, tmp_path / "restored.rdv") == 1
    assert capsys.readouterr().err == (
        "riskdesk: Den gendannede boks bestod ikke integritetstjekket. Intet er gendannet.\n"
    )
    assert _leftovers(tmp_path, "restored") == []


def test_a_backup_from_a_newer_riskdesk_names_both_versions(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "unit.rdbackup"
    assert _backup(demo_path, out) == 0
    data = out.read_bytes().replace(
        f'"schema_revision": "{head_revision()}"'.encode(), b'"schema_revision": "0099"', 1
    )
    out.write_bytes(data)
    capsys.readouterr()
    assert _restore(out, tmp_path / "restored.rdv") == 1
    err = capsys.readouterr().err
    assert "0099" in err
    assert head_revision() in err
    assert _leftovers(tmp_path, "restored") == []


def test_a_name_the_system_will_not_take_is_said_in_our_words(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / ("x" * 300 + ".rdbackup")
    assert _backup(demo_path, out) == 2
    assert capsys.readouterr().err == (
        "riskdesk: Sikkerhedskopien kunne ikke gemmes: filnavnet er for langt.\n"
    )


def test_a_killed_restores_hidden_folder_is_removed_by_the_next_restore(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "unit.rdbackup"
    assert _backup(demo_path, out) == 0
    killed = tmp_path / ".restored.rdv.restore-0123456789abcdef"
    killed.mkdir()
    (killed / "restored.rdv").write_bytes(b"half")
    running = tmp_path / ".restored.rdv.restore-fedcba9876543210"
    running.mkdir()
    past = time.time() - 2 * 3600
    os.utime(killed, (past, past))
    assert _restore(out, tmp_path / "restored.rdv") == 0
    assert not killed.exists()
    assert running.exists()  # another window's restore may still be at work
