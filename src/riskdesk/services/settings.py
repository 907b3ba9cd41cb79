"""Per-user settings and where RiskDesk keeps its files, without admin rights.

Everything lives in the user's own profile (platformdirs); ``RISKDESK_CONFIG_DIR`` and
``RISKDESK_DATA_DIR`` move it, which tests use to stay isolated. Settings hold no
person data and never a password.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir, user_data_dir

from riskdesk.domain.backup_schedule import BackupSchedule
from riskdesk.domain.localized import Language
from riskdesk.services.portable_mode import portable_config_dir, portable_data_dir
from riskdesk.store.atomic_file import write_atomically

APP_NAME = "RiskDesk"
VAULT_SUFFIX = ".rdv"
MIN_IDLE_LOCK_MINUTES = 1
MAX_IDLE_LOCK_MINUTES = 120


@dataclass
class Settings:
    language: Language = Language.DANISH
    idle_lock_minutes: int = 5
    last_vault: Path | None = None
    last_username: str = ""
    municipality: str = field(default="")
    # Windows keeps RiskDesk's windows out of screenshots and screen sharing unless the
    # user allows it (for a support call); other systems offer no such choice.
    allow_screen_capture: bool = False
    # The municipality's own templates, forms and logo; None is the default folder
    # (riskdesk.services.municipality_folder).
    municipality_dir: Path | None = None
    # "Back up every N days to FOLDER, keep the last K" (riskdesk.services.backup_service).
    backup: BackupSchedule = field(default_factory=BackupSchedule)


def config_dir() -> Path:
    return Path(
        os.environ.get("RISKDESK_CONFIG_DIR")
        or portable_config_dir()
        or user_config_dir(APP_NAME, appauthor=False)
    )


def data_dir() -> Path:
    return Path(
        os.environ.get("RISKDESK_DATA_DIR")
        or portable_data_dir()
        or user_data_dir(APP_NAME, appauthor=False)
    )


def default_vault_path() -> Path:
    return data_dir() / f"riskdesk{VAULT_SUFFIX}"


def _settings_file() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> Settings:
    """The saved settings; a missing or unreadable file gives the defaults."""
    try:
        raw: dict[str, Any] = json.loads(_settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    settings = Settings()
    with contextlib.suppress(ValueError):
        settings.language = Language(raw.get("language", settings.language))
    minutes = raw.get("idle_lock_minutes")
    if isinstance(minutes, int) and MIN_IDLE_LOCK_MINUTES <= minutes <= MAX_IDLE_LOCK_MINUTES:
        settings.idle_lock_minutes = minutes
    if isinstance(raw.get("last_vault"), str) and raw["last_vault"]:
        settings.last_vault = Path(raw["last_vault"])
    if isinstance(raw.get("last_username"), str):
        settings.last_username = raw["last_username"]
    if isinstance(raw.get("municipality"), str):
        settings.municipality = raw["municipality"]
    # Only a real true allows capture: a damaged file keeps the windows out of it.
    settings.allow_screen_capture = raw.get("allow_screen_capture") is True
    if isinstance(raw.get("municipality_dir"), str) and raw["municipality_dir"]:
        settings.municipality_dir = Path(raw["municipality_dir"])
    settings.backup = BackupSchedule.from_json(raw.get("backup"))
    return settings


def save_settings(settings: Settings) -> None:
    data = asdict(settings)
    data["language"] = settings.language.value
    data["last_vault"] = str(settings.last_vault) if settings.last_vault else None
    data["municipality_dir"] = str(settings.municipality_dir) if settings.municipality_dir else None
    data["backup"] = settings.backup.to_json()
    path = _settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
