"""Named facts about the vault itself; never person data."""

from __future__ import annotations

from sqlalchemy.orm import Session

from riskdesk.store.tables import VaultSettingRow


class SettingsRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, name: str) -> str | None:
        row = self._session.get(VaultSettingRow, name)
        return row.value if row is not None else None

    def put(self, name: str, value: str) -> None:
        self._session.merge(VaultSettingRow(name=name, value=value))
        self._session.flush()
