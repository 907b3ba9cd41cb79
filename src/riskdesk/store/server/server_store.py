"""The team server: the same units of work as a local vault, over PostgreSQL, for one
logged-in user whose own login role is the connection's user.

Opening checks, in order: the address is usable (TLS for any other machine), the server
answers and takes the password (PostgreSQL says "wrong password" alike for an unknown
user), the database is a RiskDesk team server at this version's schema, and the login
is a RiskDesk user. The user's role is the group role the database grants them; the
database enforces it (grants, row-level security, the functions in ``sql/``), so the
services' own checks are the first line, not the only one."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any, Self

import psycopg
from sqlalchemy import Engine, ExceptionContext, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from riskdesk import __version__
from riskdesk.domain.refusals import PermissionDenied
from riskdesk.domain.server_errors import (
    NotAServerUser,
    NotATeamServer,
    ServerCertificateRefused,
    ServerSchemaBehind,
    ServerUnreachable,
)
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role, User, UserDeactivated
from riskdesk.domain.vault_errors import VaultBusy, VaultLocked, WrongPassword
from riskdesk.domain.vault_too_new import VaultTooNew
from riskdesk.store import change_collector, migrate
from riskdesk.store.audit_findings import AuditFinding, AuditReport
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.clock import Clock, utc_now
from riskdesk.store.damage_watch import VaultHealth
from riskdesk.store.server import server_users
from riskdesk.store.server.server_audit import ServerAuditLog
from riskdesk.store.server.server_listener import LiveChannel
from riskdesk.store.server.server_setup import group_role
from riskdesk.store.server.server_url import ServerAddress
from riskdesk.store.unit_of_work import UnitOfWork

# How long a write waits for a row another user holds before it is "busy" (as a local
# vault's busy timeout), and how long connecting may take before the server "does not
# answer".
LOCK_WAIT_MS = 15_000
CONNECT_TIMEOUT_S = 10
# SQLSTATEs a user can act on: wait and try again, or the database refused.
_BUSY = frozenset({"55P03", "40P01", "40001"})
_REFUSED = frozenset({"42501"})
_NOT_ADMITTED = frozenset({"42501"})
# Highest first: a user in two groups works with the stronger role's rules.
_ROLE_ORDER = (Role.ADMINISTRATOR, Role.SUPERVISOR, Role.CASEWORKER, Role.MENTOR)


class ServerStore:
    """An open team-server connection for one logged-in user; the interface is
    :class:`~riskdesk.store.vault.Vault`'s, so the services do not know which they use."""

    path = None
    """A team server has no vault file (backups are IT's, with ``pg_dump``)."""

    def __init__(self, *, address: ServerAddress, engine: Engine, user: User, clock: Clock) -> None:
        self.address = address
        self.user = user
        self.health = VaultHealth()
        self._engine: Engine | None = engine
        self._clock = clock
        self.live = LiveChannel(self._require_open)
        """Other users' committed changes, announced by the server (server_listener.py)."""

    @property
    def location(self) -> str:
        return self.address.shown

    @classmethod
    def open(
        cls,
        address: ServerAddress,
        *,
        username: str,
        password: str,
        new_password: str | None = None,
        clock: Clock = utc_now,
    ) -> Self:
        """Log in to the team server at ``address`` as ``username``. Raises
        :class:`ServerNeedsTls`, :class:`ServerUnreachable`, :class:`WrongPassword`,
        :class:`NotATeamServer`, :class:`ServerSchemaBehind`, :class:`VaultTooNew`,
        :class:`NotAServerUser`, :class:`UserDeactivated` or, when an administrator
        chose the password and no ``new_password`` is given,
        :class:`PasswordChangeRequired`."""
        engine = server_engine(address, username, password)
        try:
            with _opening_errors(), engine.connect() as connection:
                _check_schema(connection)
                user = _logged_in_user(connection)
            store = cls(address=address, engine=engine, user=user, clock=clock)
            server_users.settle_password(store, password=password, new_password=new_password)
            return store
        except BaseException:
            engine.dispose()
            raise

    # -- working -------------------------------------------------------------------

    @contextlib.contextmanager
    def unit_of_work(
        self,
        use_case: UseCase,
        *,
        editing_session: str | None = None,
        trail: AuditTrail | None = None,
        audited: bool = True,
    ) -> Iterator[UnitOfWork]:
        """One transaction for ``use_case`` whose one audit event the database appends
        in it (see :meth:`Vault.unit_of_work`)."""
        with self.new_session() as session, session.begin():
            uow = self.work_on(session, use_case, editing_session=editing_session, trail=trail)
            yield uow
            if audited:
                uow.finish()
            self.live.announce(session, uow)
        change_collector.report(uow.changes)

    def new_session(self) -> Session:
        return Session(self._require_open(), expire_on_commit=False)

    def work_on(
        self,
        session: Session,
        use_case: UseCase,
        *,
        editing_session: str | None = None,
        trail: AuditTrail | None = None,
    ) -> UnitOfWork:
        return UnitOfWork(
            session,
            audit_key=b"",
            username=self.user.username,
            clock=self._clock,
            use_case=use_case,
            editing_session=editing_session,
            trail=trail,
            audit=ServerAuditLog(session, clock=self._clock),
        )

    def verify_audit(self, progress: Callable[[int, int], None] | None = None) -> AuditReport:
        """The whole chain, read in one snapshot (REPEATABLE READ) so the others can
        append meanwhile."""
        engine = self._require_open().execution_options(isolation_level="REPEATABLE READ")
        with Session(engine) as session, session.begin():
            return ServerAuditLog(session, clock=self._clock).verify(progress)

    # -- users and passwords -------------------------------------------------------

    def verify_password(self, username: str, password: str) -> bool:
        """Whether ``password`` logs ``username`` in to this server (the supervisor's
        own password at an approval)."""
        return server_users.login_works(self.address, username, password)

    def change_password(self, *, old_password: str, new_password: str) -> None:
        server_users.change_password(self, old_password=old_password, new_password=new_password)

    def add_user(self, *, username: str, display_name: str, role: Role, password: str) -> User:
        user = User(username=username, display_name=display_name, role=role)
        return server_users.add_user(self, user, password=password)

    def reset_password(self, *, username: str, new_password: str) -> None:
        server_users.reset_password(self, username=username, new_password=new_password)

    def set_role(self, *, username: str, role: Role, active: bool) -> User:
        return server_users.set_role(self, username=username, role=role, active=active)

    @property
    def opening_findings(self) -> tuple[AuditFinding, ...]:
        return ()

    def compact(self) -> bool:
        """Nothing to rebuild: PostgreSQL's VACUUM reclaims deleted rows' space."""
        return True

    def full_integrity_check(self) -> list[str]:
        """PostgreSQL checks its own pages (data checksums); IT watches the server."""
        return []

    def close(self) -> None:
        if self._engine is not None:
            self.live.close()
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _require_open(self) -> Engine:
        if self._engine is None:
            raise VaultLocked
        return self._engine


def server_engine(address: ServerAddress, username: str, password: str) -> Engine:
    """An engine logging in as ``username``, whose failures come out as what the user
    can act on (see :func:`translated_server_error`)."""
    engine = create_engine(
        address.connection_url(username, password),
        hide_parameters=True,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=6,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "RiskDesk",
            "options": f"-c lock_timeout={LOCK_WAIT_MS} -c TimeZone=UTC",
        },
    )

    @event.listens_for(engine, "handle_error", retval=True)
    def _translate(context: ExceptionContext) -> BaseException | None:
        return translated_server_error(context.original_exception)

    return engine


def translated_server_error(error: BaseException) -> BaseException | None:
    state = getattr(error, "sqlstate", None)
    if state in _BUSY:
        return VaultBusy()
    if state in _REFUSED:
        return PermissionDenied()
    if isinstance(error, psycopg.OperationalError) and state is None:
        return _connection_refusal(error)
    return None


def _connection_refusal(error: psycopg.OperationalError) -> BaseException:
    """What a failed connection means. libpq gives no SQLSTATE for a connection the
    server refused, only its message; a refusal is "FATAL", which a server that never
    answered cannot say. A refusal at login says "wrong password" whatever the cause
    (unknown user, no pg_hba line, login disabled), as PostgreSQL itself does, except
    for a database that does not exist."""
    message = str(error)
    if "certificate" in message:
        # libpq checks the certificate before the password is sent (verify-full).
        return ServerCertificateRefused()
    if "FATAL" not in message:
        return ServerUnreachable()
    if "database" in message and "does not exist" in message:
        return NotATeamServer()
    if "permission denied for database" in message:
        return NotAServerUser()
    if "not permitted to log in" in message:
        # PostgreSQL checks this only after the password was right, so telling it is
        # safe, as the vault tells UserDeactivated (a deactivated user is NOLOGIN).
        return UserDeactivated()
    return WrongPassword()


@contextlib.contextmanager
def _opening_errors() -> Iterator[None]:
    try:
        yield
    except DBAPIError as error:
        state = getattr(error.orig, "sqlstate", None)
        if state in _NOT_ADMITTED:
            raise NotAServerUser from None
        raise


def _check_schema(connection: Any) -> None:
    installed = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
    if installed is None:
        raise NotATeamServer
    current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    head = migrate.head_revision()
    if current == head:
        return
    if current in migrate.known_revisions():
        raise ServerSchemaBehind
    written_by = migrate.schema_written_by(connection)
    raise VaultTooNew(
        vault_schema=str(current or "?"),
        written_by=written_by,
        app_version=__version__,
        app_schema=head,
    )


def _logged_in_user(connection: Any) -> User:
    row = connection.execute(
        text("SELECT username, display_name, active FROM users WHERE username = session_user")
    ).first()
    if row is None:
        raise NotAServerUser
    username, display_name, active = row
    if not active:
        raise UserDeactivated
    for role in _ROLE_ORDER:
        member = connection.execute(
            text("SELECT pg_has_role(session_user, :group, 'MEMBER')"),
            {"group": group_role(role)},
        ).scalar()
        if member:
            return User(username=username, display_name=display_name, role=role)
    raise NotAServerUser
