"""Other users' work as it is committed, for a window that redraws without being asked
to (issue #13's live updates). On a team server each committed use case is announced by
the database; a local vault has no other users online, so nothing is ever reported.

Every logged-in RiskDesk hears every announcement (PostgreSQL's channels have no rights
of their own). A mentor's desk passes on only the ids of their own courses' cases and
persons, and nothing of an announcement about other records alone: their windows never
hold another case's id, nor read again for one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from riskdesk.domain.mentor_access import CaseScope
from riskdesk.domain.remote_changes import RemoteChanges
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role
from riskdesk.domain.vault_errors import VaultError
from riskdesk.services.service_context import ServiceContext
from riskdesk.store.store_protocol import Store

if TYPE_CHECKING:
    from riskdesk.store.server.server_store import ServerStore

Subscriber = Callable[[RemoteChanges], object]


class LiveChanges:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    @property
    def available(self) -> bool:
        """Whether other users' changes are reported (on a team server)."""
        return _server(self._ctx.vault) is not None

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call ``subscriber`` with what each other connection's committed use case
        changed, on a background thread (hand it to your own thread yourself), until the
        returned function is called or the desk locks. Reads nothing and writes nothing,
        so it leaves no audit event (a mentor's desk reads which cases are theirs, as
        every use case of theirs does, unaudited)."""
        vault = _server(self._ctx.vault)
        if vault is None:
            return _nothing
        if self._ctx.user.role is Role.MENTOR:
            return vault.live.subscribe(_WithinOwnCourses(self._own_courses, subscriber))
        return vault.live.subscribe(subscriber)

    @property
    def listening(self) -> bool:
        """Whether the listener runs (a team server's desk with a subscriber, unlocked)."""
        vault = _server(self._ctx.vault) if not self._ctx.locked else None
        return vault is not None and vault.live.listening

    def _own_courses(self) -> CaseScope:
        with self._ctx.vault.unit_of_work(UseCase.MENTOR_COURSE_LIST, audited=False) as uow:
            return uow.mentor_courses.scope_of(self._ctx.user.username)


class _WithinOwnCourses:
    """A mentor's subscriber, told of their own courses' cases and persons only. Which
    they are is read at the first announcement naming any, and again after each change
    to courses (a course started for them, or ended)."""

    def __init__(self, own_courses: Callable[[], CaseScope], subscriber: Subscriber) -> None:
        self._own_courses = own_courses
        self._subscriber = subscriber
        self._scope: CaseScope | None = None

    def __call__(self, change: RemoteChanges) -> None:
        if change.case_ids is None and change.person_ids is None:
            self._subscriber(change)
            return
        try:
            scope = self._scope_for(change)
        except VaultError:  # locked meanwhile, or the server gone: nothing to redraw
            return
        shared = _within(change, scope)
        if shared is not None:
            self._subscriber(shared)

    def _scope_for(self, change: RemoteChanges) -> CaseScope:
        held = self._scope
        if held is not None and not change.changes.mentor_courses:
            return held
        self._scope = fresh = self._own_courses()
        if held is None:
            return fresh
        # A course that just ended is still named, so the mentor's list lets it go.
        return CaseScope(held.case_ids | fresh.case_ids, held.person_ids | fresh.person_ids)


def _within(change: RemoteChanges, scope: CaseScope) -> RemoteChanges | None:
    """``change`` with only ``scope``'s ids; None when it named ids, none of them in it."""
    cases = None if change.case_ids is None else change.case_ids & scope.case_ids
    persons = None if change.person_ids is None else change.person_ids & scope.person_ids
    named = bool(change.case_ids) or bool(change.person_ids)
    if named and cases is not None and persons is not None and not (cases or persons):
        return None
    return RemoteChanges(change.changes, case_ids=cases, person_ids=persons)


def _nothing() -> None:
    """Ending a subscription to a local vault, where there was nothing to hear."""


def _server(store: Store) -> ServerStore | None:
    if store.path is not None:
        # A vault file: psycopg and its TLS stay unloaded (15 MB under every unlock).
        return None
    from riskdesk.store.server.server_store import ServerStore

    return store if isinstance(store, ServerStore) else None
