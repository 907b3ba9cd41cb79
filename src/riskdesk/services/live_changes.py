"""Other users' work as it is committed, for a window that redraws without being asked
to (issue #13's live updates). On a team server each committed use case is announced by
the database; a local vault has no other users online, so nothing is ever reported."""

from __future__ import annotations

from collections.abc import Callable

from riskdesk.domain.remote_changes import RemoteChanges
from riskdesk.services.service_context import ServiceContext
from riskdesk.store.server.server_store import ServerStore


class LiveChanges:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    @property
    def available(self) -> bool:
        """Whether other users' changes are reported (on a team server)."""
        return isinstance(self._ctx.vault, ServerStore)

    def subscribe(self, subscriber: Callable[[RemoteChanges], object]) -> Callable[[], None]:
        """Call ``subscriber`` with what each other connection's committed use case
        changed, on a background thread (hand it to your own thread yourself), until the
        returned function is called or the desk locks. Reads nothing and writes nothing,
        so it leaves no audit event."""
        vault = self._ctx.vault
        if not isinstance(vault, ServerStore):
            return _nothing
        return vault.live.subscribe(subscriber)

    @property
    def listening(self) -> bool:
        """Whether the listener runs (a team server's desk with a subscriber, unlocked)."""
        vault = self._ctx.vault if not self._ctx.locked else None
        return isinstance(vault, ServerStore) and vault.live.listening


def _nothing() -> None:
    """Ending a subscription to a local vault, where there was nothing to hear."""
