"""What the audit log records about access to person data."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict


class AuditAction(StrEnum):
    CREATE = "create"
    READ = "read"
    SEARCH = "search"
    UPDATE = "update"
    DELETE = "delete"
    EXPORT = "export"
    LOGIN = "login"
    USER_ADMIN = "user_admin"
    # An attempt the rules turned down (e.g. approving one's own plan); nothing changed.
    REFUSED = "refused"
    # A copy of the whole vault written to a backup file, and a vault made from one.
    BACKUP = "backup"
    RESTORE = "restore"


class AuditEntity(StrEnum):
    PERSON = "person"
    CASE = "case"
    CASE_LIST = "case_list"
    USER = "user"
    VAULT = "vault"
    ASSESSMENT = "assessment"
    PLAN = "plan"
    RELEASE_MEETING = "release_meeting"
    PLAN_COMMENT = "plan_comment"
    MEETING = "meeting"
    INQUIRY = "inquiry"
    JOURNAL_ENTRY = "journal_entry"
    CASE_OUTCOME = "case_outcome"
    MENTOR_COURSE = "mentor_course"
    CONCERN = "concern"


class AuditEvent(BaseModel):
    """One link of the hash chain. ``details`` may hold search criteria, which can be
    person data: it lives only inside the encrypted vault."""

    model_config = ConfigDict(frozen=True)

    sequence: int
    at: datetime
    username: str
    action: AuditAction
    entity: AuditEntity
    entity_id: int | None
    details: dict[str, Any]

    @property
    def last_at(self) -> datetime | None:
        """For autosaves folded into one event: the time of the last save."""
        value = self.details.get("last_at")
        if not isinstance(value, str):
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return None
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class AuditVerdict(BaseModel):
    model_config = ConfigDict(frozen=True)

    events_checked: int
    intact: bool
    first_broken_sequence: int | None = None
