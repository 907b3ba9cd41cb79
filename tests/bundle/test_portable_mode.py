"""Portable mode: ``portable.txt`` beside a bundle's executable keeps the settings and
vaults in ``RiskDesk-data`` beside it (the frozen process is faked by its two
attributes, ``sys.frozen`` and ``sys.executable``, the port PyInstaller sets)."""

import sys
from pathlib import Path

import pytest

from riskdesk.services.portable_mode import PORTABLE_FOLDER, PORTABLE_MARKER, portable_root
from riskdesk.services.settings import (
    Settings,
    config_dir,
    data_dir,
    default_vault_path,
    load_settings,
    save_settings,
)


@pytest.fixture
def bundle_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "stick" / "RiskDesk"
    folder.mkdir(parents=True)
    (folder / "riskdesk.exe").write_bytes(b"")
    return folder


@pytest.fixture
def frozen_bundle(bundle_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle_folder / "riskdesk.exe"))
    monkeypatch.delenv("RISKDESK_CONFIG_DIR")
    monkeypatch.delenv("RISKDESK_DATA_DIR")
    return bundle_folder


def test_the_marker_beside_the_executable_gives_a_folder_beside_it(bundle_folder: Path) -> None:
    (bundle_folder / PORTABLE_MARKER).write_text("", encoding="utf-8")
    executable = str(bundle_folder / "riskdesk.exe")
    assert portable_root(executable, frozen=True) == bundle_folder / PORTABLE_FOLDER


def test_without_the_marker_there_is_no_portable_folder(bundle_folder: Path) -> None:
    assert portable_root(str(bundle_folder / "riskdesk.exe"), frozen=True) is None


def test_a_marker_beside_a_python_interpreter_means_nothing(bundle_folder: Path) -> None:
    (bundle_folder / PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert portable_root(str(bundle_folder / "riskdesk.exe"), frozen=False) is None


def test_a_folder_named_portable_txt_is_no_marker(bundle_folder: Path) -> None:
    (bundle_folder / PORTABLE_MARKER).mkdir()
    assert portable_root(str(bundle_folder / "riskdesk.exe"), frozen=True) is None


def test_a_portable_bundle_keeps_settings_and_vaults_beside_it(frozen_bundle: Path) -> None:
    (frozen_bundle / PORTABLE_MARKER).write_text("", encoding="utf-8")
    portable = frozen_bundle / PORTABLE_FOLDER
    assert data_dir() == portable
    assert config_dir() == portable / "settings"
    assert default_vault_path().parent == portable

    save_settings(Settings(last_username="koordinator"))
    assert (portable / "settings" / "settings.json").is_file()
    assert load_settings().last_username == "koordinator"


def test_a_bundle_without_the_marker_uses_the_profile(frozen_bundle: Path) -> None:
    assert frozen_bundle not in data_dir().parents
    assert frozen_bundle not in config_dir().parents


def test_the_environment_still_wins_over_the_marker(
    frozen_bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (frozen_bundle / PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setenv("RISKDESK_DATA_DIR", str(tmp_path / "elsewhere"))
    assert data_dir() == tmp_path / "elsewhere"
