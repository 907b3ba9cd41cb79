"""Whose session a lock ended, which the unlock dialog asks about next."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from riskdesk.domain.user import User


@dataclass(frozen=True)
class LockedSession:
    """Whose session a lock ended, and whether the user locked it (Ctrl+L) or it locked
    itself after a while without use."""

    username: str
    display_name: str
    idle: bool

    def may_unlock(self, user: User) -> bool:
        """The user who was working, or an administrator, who starts a session of their
        own: a colleague must not carry on in someone else's window."""
        return user.username == self.username or user.may_administer
