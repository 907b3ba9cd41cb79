"""Users on the team server: login roles in RiskDesk's group roles, changed only through
the SECURITY DEFINER functions of ``sql/60_users.sql`` so a caseworker's login cannot
create or alter roles. Each change is one unit of work whose one audit event names the
user touched, as on a local vault (:mod:`riskdesk.store.vault_users`).

A password travels as its SCRAM verifier, computed here. A user an administrator gave a
password (a new user, a reset) chooses their own before they work: the database keeps
that wait, and :func:`settle_password` raises :class:`PasswordChangeRequired` until then."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg.conninfo import make_conninfo
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import UserId
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import NotFound, UserInputError
from riskdesk.domain.server_setup_errors import NAME_TAKEN_ON_SERVER
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import PasswordChangeRequired, Role, User
from riskdesk.domain.vault_errors import WrongPassword
from riskdesk.store import change_collector
from riskdesk.store.server.server_setup import password_verifier
from riskdesk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from riskdesk.store.server.server_store import ServerStore
    from riskdesk.store.server.server_url import ServerAddress

# Login roles are the cluster's: a name another database on it uses is taken here too.
SQLSTATE_ROLE_EXISTS = "42710"
_SQLSTATE_NO_SUCH_USER = "42704"


def login_works(address: ServerAddress, username: str, password: str) -> bool:
    """Whether ``password`` logs ``username`` in (a fresh connection, closed at once)."""
    url = address.connection_url(username, password)
    # As keywords: a password may hold what a connection string would have to escape.
    conninfo = make_conninfo(
        host=url.host,
        port=url.port,
        dbname=url.database,
        user=username,
        password=password,
        connect_timeout=10,
        **{name: str(value) for name, value in url.query.items()},
    )
    try:
        with psycopg.connect(conninfo):
            return True
    except psycopg.OperationalError:
        return False


def settle_password(store: ServerStore, *, password: str, new_password: str | None) -> None:
    """At login, while the password is one an administrator chose: the user's own
    ``new_password`` replaces it, and without one :class:`PasswordChangeRequired` is
    raised. Otherwise ``new_password`` is not used, as on a vault."""
    with store.new_session() as session:
        waiting = session.scalar(text("SELECT riskdesk_password_change_required()"))
    if not waiting:
        return
    if new_password is None:
        raise PasswordChangeRequired
    _set_own_password(store, new_password)


def require_password_change(owner: Connection, username: str) -> None:
    """As the owner (an import): ``username`` chooses their own password at next login."""
    owner.execute(
        text(
            "INSERT INTO riskdesk_password_changes (username, since) "
            "VALUES (:username, clock_timestamp() AT TIME ZONE 'UTC') "
            "ON CONFLICT (username) DO UPDATE SET since = excluded.since"
        ),
        {"username": username},
    )


def clear_password_change(owner: Connection, username: str) -> None:
    """As the owner: ``username`` keeps the password they have (a test's or demo's)."""
    owner.execute(
        text("DELETE FROM riskdesk_password_changes WHERE username = :username"),
        {"username": username},
    )


def change_password(store: ServerStore, *, old_password: str, new_password: str) -> None:
    """The logged-in user's own password. Raises :class:`WrongPassword`."""
    if not login_works(store.address, store.user.username, old_password):
        raise WrongPassword
    _set_own_password(store, new_password)


def add_user(store: ServerStore, user: User, *, password: str) -> User:
    """A new login role in ``user.role``'s group, who chooses their own password at their
    first login. Raises :class:`PermissionDenied` unless an active administrator asks."""
    with _user_work(store, UseCase.USER_ADD) as (session, uow):
        user_id = _call(
            session,
            "riskdesk_add_user(:username, :display_name, :role, :verifier)",
            username=user.username,
            display_name=user.display_name,
            role=user.role.value,
            verifier=password_verifier(session.connection(), user.username, password),
        )
        uow.trail.touch(AuditEntity.USER, user_id, AuditAction.USER_ADMIN)
        uow.note(username=user.username, role=user.role.value)
        return _user(session, user_id)


def reset_password(store: ServerStore, *, username: str, new_password: str) -> None:
    """An administrator gives another user a password, which that user replaces with
    their own at their next login."""
    with _user_work(store, UseCase.USER_RESET_PASSWORD) as (session, uow):
        user_id = _call(
            session,
            "riskdesk_reset_password(:username, :verifier)",
            username=username,
            verifier=password_verifier(session.connection(), username, new_password),
        )
        uow.trail.touch(AuditEntity.USER, user_id, AuditAction.USER_ADMIN)
        uow.note(username=username)


def set_role(store: ServerStore, *, username: str, role: Role, active: bool) -> User:
    """Another group role for ``username``, or deactivation (their login is disabled; their
    records and trail stay). The database keeps one active administrator."""
    with _user_work(store, UseCase.USER_SET_ROLE) as (session, uow):
        user_id = _call(
            session,
            "riskdesk_set_user_role(:username, :role, :active)",
            username=username,
            role=role.value,
            active=active,
        )
        uow.trail.touch(AuditEntity.USER, user_id, AuditAction.USER_ADMIN)
        uow.note(username=username, role=role.value, active=active)
        return _user(session, user_id)


def _set_own_password(store: ServerStore, new_password: str) -> None:
    username = store.user.username
    with _user_work(store, UseCase.USER_CHANGE_PASSWORD) as (session, uow):
        user_id = _call(
            session,
            "riskdesk_change_own_password(:verifier)",
            verifier=password_verifier(session.connection(), username, new_password),
        )
        uow.trail.touch(AuditEntity.USER, user_id, AuditAction.USER_ADMIN)
        uow.note(username=username)
    _log_in_again(store, new_password)


def _log_in_again(store: ServerStore, password: str) -> None:
    """The pool's next connection logs in with the new password (its engine holds the
    old one, which the server no longer takes)."""
    from riskdesk.store.server.server_store import server_engine

    old = store._require_open()
    store._engine = server_engine(store.address, store.user.username, password)
    old.dispose()


@contextlib.contextmanager
def _user_work(store: ServerStore, use_case: UseCase) -> Iterator[tuple[Session, UnitOfWork]]:
    """:meth:`ServerStore.unit_of_work`, with the session the functions are called in."""
    with store.new_session() as session, session.begin():
        uow = store.work_on(session, use_case)
        yield session, uow
        uow.finish()
    change_collector.report(uow.changes)


def _call(session: Session, call: str, **parameters: Any) -> int:
    try:
        user_id = session.scalar(text(f"SELECT {call}"), parameters)
    except DBAPIError as error:
        state = getattr(error.orig, "sqlstate", None)
        if state == SQLSTATE_ROLE_EXISTS:
            raise UserInputError([Problem("username", NAME_TAKEN_ON_SERVER)]) from None
        if state == _SQLSTATE_NO_SUCH_USER:
            raise NotFound from None
        raise
    assert isinstance(user_id, int)
    return user_id


def _user(session: Session, user_id: int) -> User:
    row = session.execute(
        text("SELECT username, display_name, role, active FROM users WHERE id = :id"),
        {"id": user_id},
    ).one()
    return User(
        id=UserId(user_id),
        username=row.username,
        display_name=row.display_name,
        role=Role(row.role),
        active=row.active,
    )
