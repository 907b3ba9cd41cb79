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
from riskdesk.domain.server_address_text import address_without_login, is_server_address
from riskdesk.services.portable_mode import portable_config_dir, portable_data_dir

APP_NAME = "RiskDesk"
VAULT_SUFFIX = ".rdv"
MIN_IDLE_LOCK_MINUTES = 1
MAX_IDLE_LOCK_MINUTES = 120
RECENT_PLACES = 8
SERVER_CA_VARIABLE = "RISKDESK_SERVER_CA"


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
    # Vault files and team-server addresses unlocked, the latest first; an address is
    # kept without user name or password (see remember_place).
    recent_places: list[str] = field(default_factory=list)
    # The CA file IT hands out, which vouches for the team server's TLS certificate.
    server_ca_file: Path | None = None

    def last_place(self) -> Path | str | None:
        """Where to unlock next: the team server if that was the last place unlocked,
        else the last vault file."""
        if self.recent_places and is_server_address(self.recent_places[0]):
            return self.recent_places[0]
        return self.last_vault

    def remember_place(self, place: Path | str) -> None:
        """Put ``place`` first among the recent places (a vault file also becomes
        :attr:`last_vault`); a server address loses any user name and password first."""
        if isinstance(place, Path):
            self.last_vault = place
            text = str(place)
        else:
            text = address_without_login(place)
        others = [known for known in self.recent_places if known != text]
        self.recent_places = [text, *others][:RECENT_PLACES]

    def effective_server_ca(self) -> Path | None:
        """The CA file to check a team server's certificate with: ``RISKDESK_SERVER_CA``
        when IT set it for this computer or a script, else the setting."""
        value = os.environ.get(SERVER_CA_VARIABLE, "").strip()
        return Path(value) if value else self.server_ca_file


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
    settings.recent_places = _recent_places(raw.get("recent_places"))
    if isinstance(raw.get("server_ca_file"), str) and raw["server_ca_file"]:
        settings.server_ca_file = Path(raw["server_ca_file"])
    return settings


def _recent_places(value: object) -> list[str]:
    # An address edited into the file by hand is still kept without a login.
    if not isinstance(value, list):
        return []
    places = [
        address_without_login(place) if is_server_address(place) else place
        for place in value
        if isinstance(place, str) and place.strip()
    ]
    return list(dict.fromkeys(places))[:RECENT_PLACES]


def save_settings(settings: Settings) -> None:
    # Here, not above: its secrets and hashlib are not needed to show the unlock dialog.
    from riskdesk.store.atomic_file import write_atomically

    data = asdict(settings)
    data["language"] = settings.language.value
    data["last_vault"] = str(settings.last_vault) if settings.last_vault else None
    data["municipality_dir"] = str(settings.municipality_dir) if settings.municipality_dir else None
    data["backup"] = settings.backup.to_json()
    data["server_ca_file"] = str(settings.server_ca_file) if settings.server_ca_file else None
    path = _settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
