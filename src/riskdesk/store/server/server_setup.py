"""Setting up and upgrading a team server's database, as its owner: the same Alembic
migrations as a local vault, then the server's own security (the SQL scripts beside
this module, applied in file-name order: roles, grants, the audit function, policies,
user management). Every script can run again, so ``migrate`` simply reapplies them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib.resources import files

import psycopg
from psycopg import sql
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from riskdesk import __version__
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.server_errors import NotATeamServer
from riskdesk.domain.server_setup_errors import (
    NAME_TAKEN_ON_SERVER,
    OwnerMayNotSetUp,
    ServerAlreadySetUp,
    ServerUpgradeFailed,
)
from riskdesk.domain.user import Role
from riskdesk.domain.vault_errors import MigrationFailed
from riskdesk.domain.vault_too_new import VaultTooNew
from riskdesk.store import migrate
from riskdesk.store.server.server_url import ServerAddress

GROUP_ROLE_PREFIX = "riskdesk_"


def group_role(role: Role) -> str:
    """The PostgreSQL group role of a RiskDesk role."""
    return GROUP_ROLE_PREFIX + role.value


def security_scripts() -> list[tuple[str, str]]:
    """The SQL scripts, in the order they are applied."""
    folder = files("riskdesk.store.server").joinpath("sql")
    names = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".sql"))
    return [(name, folder.joinpath(name).read_text(encoding="utf-8")) for name in names]


def owner_url(
    address: ServerAddress, owner: str, password: str, database: str | None = None
) -> URL:
    url = address.connection_url(owner, password)
    return url.set(database=database) if database is not None else url


@contextmanager
def owner_engine(address: ServerAddress, owner: str, password: str) -> Iterator[Engine]:
    engine = create_engine(owner_url(address, owner, password), hide_parameters=True)
    try:
        yield engine
    finally:
        engine.dispose()


def create_database_if_missing(address: ServerAddress, owner: str, password: str) -> bool:
    """Create the address's database (owned by ``owner``); False when it exists."""
    maintenance = create_engine(
        owner_url(address, owner, password, database="postgres"),
        hide_parameters=True,
        isolation_level="AUTOCOMMIT",
    )
    try:
        with maintenance.connect() as connection:
            exists = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"),
                {"name": address.database},
            ).first()
            if exists:
                return False
            quoted = connection.dialect.identifier_preparer.quote(address.database)
            connection.exec_driver_sql(f"CREATE DATABASE {quoted} ENCODING 'UTF8'")
            return True
    finally:
        maintenance.dispose()


def install(engine: Engine) -> None:
    """Bring the schema to this version's head and (re)apply the security scripts, all
    in one transaction: a failed upgrade leaves the database as it was."""
    from alembic import command

    config = migrate.alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.execute(
                text(
                    "INSERT INTO vault_settings (name, value) VALUES (:name, :value) "
                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value"
                ),
                {"name": migrate.SCHEMA_WRITTEN_BY_SETTING, "value": __version__},
            )
            apply_security(connection)
    except MigrationFailed:
        raise
    except Exception as error:
        raise MigrationFailed from error


def apply_security(connection: Connection) -> None:
    # Straight to the driver: without parameters psycopg sends a script of several
    # statements as it is, and its "%" (format('%I', …)) is not taken for a placeholder.
    with _driver(connection).cursor() as cursor:
        for _name, script in security_scripts():
            cursor.execute(script)


def _driver(connection: Connection) -> psycopg.Connection:
    raw = connection.connection.dbapi_connection
    assert isinstance(raw, psycopg.Connection)
    return raw


def password_verifier(connection: Connection, username: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password``, computed here as ``psql``'s
    ``\\password`` does, so the password itself never travels in a statement (where a
    server's statement log could keep it)."""
    verifier = _driver(connection).pgconn.encrypt_password(
        password.encode("utf-8"), username.encode("utf-8"), b"scram-sha-256"
    )
    return verifier.decode("ascii")


def create_login(
    connection: Connection, *, username: str, display_name: str, role: Role, password: str
) -> None:
    """A RiskDesk user as a login role in ``role``'s group, with its users row. Run as
    the owner (the first administrator, an import); later users are added through the
    user-management functions by an administrator."""
    verifier = password_verifier(connection, username, password)
    statement = sql.SQL("CREATE ROLE {name} LOGIN PASSWORD {verifier} IN ROLE {user}, {group}")
    with _driver(connection).cursor() as cursor:
        cursor.execute(
            statement.format(
                name=sql.Identifier(username),
                verifier=sql.Literal(verifier),
                user=sql.Identifier(GROUP_ROLE_PREFIX + "user"),
                group=sql.Identifier(group_role(role)),
            )
        )
    connection.execute(
        text(
            "INSERT INTO users (username, display_name, role, active, created_at) "
            "VALUES (:username, :display_name, :role, true, :created_at)"
        ),
        {
            "username": username,
            "display_name": display_name,
            "role": role.value,
            "created_at": datetime.now(UTC).replace(tzinfo=None),
        },
    )


def init_server(
    address: ServerAddress,
    *,
    owner: str,
    owner_password: str,
    admin: str,
    admin_name: str,
    admin_password: str,
) -> bool:
    """``riskdesk server init``: the database (created, owned by ``owner``, when missing),
    the schema and the security scripts, then the first administrator; True when the
    database was created. Raises :class:`ServerAlreadySetUp` for one with users (a run
    that stopped before its administrator may simply run again)."""
    with owner_errors(), owner_engine(address, owner, owner_password) as engine:
        created = not _database_exists(engine) and create_database_if_missing(
            address, owner, owner_password
        )
        with engine.connect() as connection:
            users = connection.execute(text("SELECT to_regclass('users')")).scalar()
            if users is not None and connection.execute(text("SELECT 1 FROM users")).first():
                raise ServerAlreadySetUp
        install(engine)
        with engine.begin() as connection:
            create_login(
                connection,
                username=admin,
                display_name=admin_name,
                role=Role.ADMINISTRATOR,
                password=admin_password,
            )
    return created


def migrate_server(address: ServerAddress, *, owner: str, owner_password: str) -> None:
    """``riskdesk server migrate``: this version's schema and security scripts, in one
    transaction, on a database ``server init`` set up."""
    with owner_errors(), owner_engine(address, owner, owner_password) as engine:
        with engine.connect() as connection:
            if connection.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
                raise NotATeamServer
            current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if current is not None and current not in migrate.known_revisions():
                raise VaultTooNew(
                    vault_schema=str(current),
                    written_by=migrate.schema_written_by(connection),
                    app_version=__version__,
                    app_schema=migrate.head_revision(),
                )
        install(engine)


def _database_exists(engine: Engine) -> bool:
    """Whether the owner reaches the database (made by IT, say); only a missing one
    needs the server's maintenance database, which the owner may not be let into."""
    from riskdesk.store.server.server_store import translated_server_error

    try:
        with engine.connect():
            return True
    except DBAPIError as error:
        if isinstance(translated_server_error(error.orig or error), NotATeamServer):
            return False
        raise


@contextmanager
def owner_errors() -> Iterator[None]:
    """The owner's connection failures and refusals, as IT can act on them."""
    from riskdesk.store.server.server_store import translated_server_error

    try:
        yield
    except (MigrationFailed, DBAPIError, psycopg.Error) as error:
        cause = error.__cause__ if isinstance(error, MigrationFailed) else error
        cause = getattr(cause, "orig", None) or cause
        state = getattr(cause, "sqlstate", None)
        if state == "42501":
            raise OwnerMayNotSetUp from None
        if state == "42710":
            raise UserInputError([Problem("admin", NAME_TAKEN_ON_SERVER)]) from None
        if isinstance(cause, psycopg.OperationalError) and state is None:
            translated = translated_server_error(cause)
            if translated is not None:
                raise translated from None
        raise ServerUpgradeFailed from None
