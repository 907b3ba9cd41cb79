"""The screen-capture setting: off unless the user turned it on, and a damaged settings
file never turns it on."""

from __future__ import annotations

import json

import pytest

from riskdesk.services.settings import Settings, config_dir, load_settings, save_settings


def _write(raw: object) -> None:
    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "settings.json").write_text(json.dumps(raw), encoding="utf-8")


def test_capture_is_not_allowed_by_default() -> None:
    assert Settings().allow_screen_capture is False
    assert load_settings().allow_screen_capture is False


def test_allowing_capture_is_remembered() -> None:
    save_settings(Settings(allow_screen_capture=True))
    assert load_settings().allow_screen_capture is True
    save_settings(Settings(allow_screen_capture=False))
    assert load_settings().allow_screen_capture is False


@pytest.mark.parametrize("value", ["true", 1, "yes", None, [True], {"on": True}])
def test_anything_but_true_keeps_windows_out_of_capture(value: object) -> None:
    _write({"allow_screen_capture": value, "idle_lock_minutes": 7})
    loaded = load_settings()
    assert loaded.allow_screen_capture is False
    assert loaded.idle_lock_minutes == 7


def test_a_settings_file_from_before_the_setting_keeps_its_other_choices() -> None:
    _write({"language": "en", "idle_lock_minutes": 9})
    loaded = load_settings()
    assert loaded.allow_screen_capture is False
    assert loaded.idle_lock_minutes == 9
