"""Users of the vault (not their passwords: those only unlock key slots)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import UserId
from riskdesk.domain.refusals import NotFound
from riskdesk.domain.user import Role, User
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.clock import Clock
from riskdesk.store.tables import UserRow


class UserRepository:
    def __init__(self, session: Session, *, trail: AuditTrail, username: str, clock: Clock) -> None:
        self._session = session
        self._trail = trail
        self._username = username
        self._clock = clock

    def add(self, user: User) -> User:
        row = UserRow(
            username=user.username,
            display_name=user.display_name,
            role=user.role.value,
            active=user.active,
            created_at=self._clock(),
        )
        self._session.add(row)
        self._session.flush()
        self._trail.touch(AuditEntity.USER, row.id, AuditAction.USER_ADMIN)
        self._trail.note(username=row.username, role=row.role)
        return user_from_row(row)

    def get_by_username(self, username: str) -> User:
        row = self._session.scalar(select(UserRow).where(UserRow.username == username))
        if row is None:
            raise NotFound
        return user_from_row(row)

    def list(self) -> list[User]:
        return [
            user_from_row(row)
            for row in self._session.scalars(select(UserRow).order_by(UserRow.username))
        ]


def user_from_row(row: UserRow) -> User:
    return User(
        id=UserId(row.id),
        username=row.username,
        display_name=row.display_name,
        role=Role(row.role),
        active=row.active,
    )
