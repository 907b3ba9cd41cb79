"""Settings: the municipality's own folder is chosen in the settings dialog, kept in the
settings file and read at the next unlock; IT's environment variable overrides it."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskdesk.gui.session.settings_dialog import SettingsDialog
from riskdesk.services.municipality_folder import default_municipality_dir, municipality_dir
from riskdesk.services.settings import Settings, load_settings, save_settings
from riskdesk.shipped_files import MUNICIPALITY_DIR_ENV

pytestmark = pytest.mark.gui


def test_a_chosen_folder_is_saved_and_used(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(MUNICIPALITY_DIR_ENV, raising=False)
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    field = dialog.municipality_folder
    assert field.edit.text() == ""
    assert field.edit.placeholderText() == str(default_municipality_dir())

    field.edit.setText(str(tmp_path / "kommunen"))
    save_settings(dialog.settings())

    assert load_settings().municipality_dir == tmp_path / "kommunen"
    assert municipality_dir() == tmp_path / "kommunen"


def test_an_emptied_field_or_the_default_folder_is_the_default(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(MUNICIPALITY_DIR_ENV, raising=False)
    dialog = SettingsDialog(Settings(municipality_dir=tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.municipality_folder.edit.text() == str(tmp_path)
    dialog.municipality_folder.edit.setText("  ")
    assert dialog.settings().municipality_dir is None
    dialog.municipality_folder.edit.setText(str(default_municipality_dir()))
    assert dialog.settings().municipality_dir is None


def test_the_folder_it_set_is_shown_and_the_users_choice_kept(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MUNICIPALITY_DIR_ENV, str(tmp_path / "it"))
    dialog = SettingsDialog(Settings(municipality_dir=tmp_path / "mine"))
    qtbot.addWidget(dialog)
    field = dialog.municipality_folder
    assert field.edit.text() == str(tmp_path / "it")
    assert not field.edit.isEnabled()
    assert not field.choose_button.isEnabled()
    assert dialog.settings().municipality_dir == tmp_path / "mine"
