"""The encrypted vault: a SQLCipher file plus its ``.keys`` sidecar of user key slots.

Opening checks, in order and before anything is written: the file exists, the sidecar
parses, the user has a slot, the password unwraps it (wrong passwords never reach the
database), the file decrypts with the data key and is this sidecar's vault, and whether
any page is damaged (:mod:`riskdesk.store.opening_checks`; a damaged vault opens
read-only). Only then is the schema upgraded if it is behind.
"""

from __future__ import annotations

import contextlib
import hmac
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Self

import sqlcipher3
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role, User
from riskdesk.domain.vault_errors import (
    NotAVault,
    UnknownUser,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassword,
)
from riskdesk.store import change_collector, migrate
from riskdesk.store.atomic_file import PRIVATE_FILE_MODE
from riskdesk.store.audit_log import derive_audit_key
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.cipher_connection import open_cipher_connection
from riskdesk.store.clock import Clock, utc_now
from riskdesk.store.damage_watch import VaultHealth
from riskdesk.store.engine import build_engine
from riskdesk.store.journal_mode import settle_journal_mode
from riskdesk.store.key_slots import (
    DEFAULT_KDF_COST,
    KdfCost,
    KeyFile,
    new_data_key,
    new_vault_id,
    read_key_file,
    sidecar_path,
    spend_kdf_time,
    unwrap_data_key,
    wrap_data_key,
    write_key_file,
)
from riskdesk.store.opening_checks import check_before_writing, salt_of
from riskdesk.store.settings_repository import SettingsRepository
from riskdesk.store.tables import UserRow
from riskdesk.store.unit_of_work import UnitOfWork
from riskdesk.store.user_repository import user_from_row

VAULT_ID_SETTING = "vault_id"


def _wipe(key: bytearray) -> None:
    for index in range(len(key)):
        key[index] = 0


class Vault:
    """An open vault for one logged-in user. Use as a context manager or call
    :meth:`close`, which drops the key."""

    def __init__(
        self,
        *,
        path: Path,
        engine: Engine,
        key: bytearray,
        user: User,
        kdf_cost: KdfCost,
        clock: Clock,
        health: VaultHealth | None = None,
    ) -> None:
        self.path = path
        self.user = user
        self.health = health if health is not None else VaultHealth()
        self._engine: Engine | None = engine
        self._key = key
        self._audit_key = derive_audit_key(key)
        self._kdf_cost = kdf_cost
        self._clock = clock

    # -- creating and opening ------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        username: str,
        display_name: str,
        password: str,
        kdf_cost: KdfCost = DEFAULT_KDF_COST,
        clock: Clock = utc_now,
    ) -> Self:
        """A new vault whose first user is an administrator. Raises :class:`VaultExists`
        if the file or its sidecar already exists; on any failure nothing is left behind."""
        admin = User(username=username, display_name=display_name, role=Role.ADMINISTRATOR)
        keys_path = sidecar_path(path)
        if keys_path.exists():
            raise VaultExists
        try:
            # O_EXCL: never overwrite, and owner-only permissions before any data exists.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
        except FileExistsError:
            raise VaultExists from None
        key = new_data_key()
        vault_id = new_vault_id()
        engine: Engine | None = None
        try:
            settle_journal_mode(lambda: open_cipher_connection(path, key, create=True), path)
            migration_engine = build_engine(path, key, foreign_keys=False)
            try:
                migrate.upgrade(migration_engine)
            finally:
                migration_engine.dispose()
            engine = build_engine(path, key)
            vault = cls(
                path=path, engine=engine, key=key, user=admin, kdf_cost=kdf_cost, clock=clock
            )
            with vault.unit_of_work(UseCase.VAULT_CREATE) as uow:
                uow.settings.put(VAULT_ID_SETTING, vault_id)
                vault.user = uow.users.add(admin)
                slot = wrap_data_key(
                    data_key=key,
                    vault_id=vault_id,
                    username=username,
                    password=password,
                    cost=kdf_cost,
                )
                key_file = KeyFile(vault_id=vault_id, file_salt=salt_of(path))
                write_key_file(keys_path, key_file.with_slot(username, slot))
            return vault
        except BaseException:
            if engine is not None:
                engine.dispose()
            _wipe(key)
            for leftover in (path, keys_path, *_sqlite_side_files(path)):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            raise

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        username: str,
        password: str,
        kdf_cost: KdfCost = DEFAULT_KDF_COST,
        clock: Clock = utc_now,
    ) -> Self:
        """Unlock the vault at ``path`` for ``username``. ``kdf_cost`` applies to slots
        this session writes (new users, password changes). Raises
        :class:`VaultNotFound`, :class:`NotAVault`, :class:`WrongPassword`,
        :class:`UnknownUser`, :class:`VaultDamaged` or :class:`MigrationFailed`."""
        if not path.exists():
            raise VaultNotFound
        if not path.is_file():
            raise NotAVault
        key_file = read_key_file(sidecar_path(path))
        key = _unlock(key_file, username=username, password=password)
        engine: Engine | None = None
        health = VaultHealth()
        try:
            check_before_writing(path, key, file_salt=key_file.file_salt, health=health)
            migration_engine = build_engine(path, key, foreign_keys=False, health=health)
            try:
                if not health.damaged:
                    migrate.bring_up_to_date(migration_engine, path)
                elif migrate.current_revision(migration_engine) != migrate.head_revision():
                    raise VaultDamaged  # upgrading writes, and a damaged vault is only read
            finally:
                migration_engine.dispose()
            engine = build_engine(path, key, health=health)
            with Session(engine) as session:
                stored_id = SettingsRepository(session).get(VAULT_ID_SETTING)
                if stored_id is None or not hmac.compare_digest(stored_id, key_file.vault_id):
                    raise NotAVault
                row = session.scalar(select(UserRow).where(UserRow.username == username))
                if row is None or not row.active:
                    raise UnknownUser
                user = user_from_row(row)
            return cls(
                path=path,
                engine=engine,
                key=key,
                user=user,
                kdf_cost=kdf_cost,
                clock=clock,
                health=health,
            )
        except BaseException:
            if engine is not None:
                engine.dispose()
            _wipe(key)
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
        """One transaction for ``use_case``: when the block ends normally its one audit
        event is written and everything is committed; if it raises, nothing is.
        ``editing_session`` folds repeated autosaves into one event (see
        :meth:`AuditLog.append`).

        A use case that must do work outside the database between reading and recording
        (saving a file) reads with ``audited=False`` and records in a second unit of
        work given the first one's ``trail``: still one event, naming everything read."""
        if self._engine is None:
            raise VaultLocked
        # A damaged vault runs reading use cases only, and records nothing.
        read_only = self.health.admit(use_case)
        with Session(self._engine, expire_on_commit=False) as session, session.begin():
            uow = UnitOfWork(
                session,
                audit_key=self._audit_key,
                username=self.user.username,
                clock=self._clock,
                use_case=use_case,
                editing_session=editing_session,
                trail=trail,
            )
            yield uow
            if audited and not read_only:
                uow.finish()
        change_collector.report(uow.changes)

    # -- users and passwords -------------------------------------------------------

    def verify_password(self, username: str, password: str) -> bool:
        """Whether ``password`` is ``username``'s current password for this vault."""
        self._require_open()
        try:
            key_file = read_key_file(sidecar_path(self.path))
            candidate = _unlock(key_file, username=username, password=password)
        except WrongPassword:  # includes UnknownUser
            return False
        try:
            return hmac.compare_digest(bytes(candidate), bytes(self._key))
        finally:
            _wipe(candidate)

    def change_password(self, *, old_password: str, new_password: str) -> None:
        """Rewrap the logged-in user's own slot; other users' slots are untouched.
        Raises :class:`WrongPassword` if ``old_password`` is not the current one."""
        if not self.verify_password(self.user.username, old_password):
            raise WrongPassword
        self._write_slot(self.user.username, new_password, UseCase.USER_CHANGE_PASSWORD)

    def add_user(self, *, username: str, display_name: str, role: Role, password: str) -> User:
        """Add a user row and key slot. The caller checks that the current user may
        administer."""
        user = User(username=username, display_name=display_name, role=role)
        with self.unit_of_work(UseCase.USER_ADD) as uow:
            added = uow.users.add(user)
            self._write_slot_in(uow, username, password)
        return added

    def reset_password(self, *, username: str, new_password: str) -> None:
        """Give ``username`` a new slot (an administrator's reset). Raises
        :class:`NotFound` if there is no such user."""
        self._write_slot(username, new_password, UseCase.USER_RESET_PASSWORD)

    def full_integrity_check(self) -> list[str]:
        """Every problem SQLCipher's page check and SQLite's integrity check find; an
        empty list means the vault is sound. Reads the whole file, so it can take a while."""
        engine = self._require_open()
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            problems = [str(row[0]) for row in raw.execute("PRAGMA cipher_integrity_check")]
            try:
                problems += [
                    str(row[0]) for row in raw.execute("PRAGMA integrity_check") if row[0] != "ok"
                ]
            except sqlcipher3.DatabaseError as error:
                # SQLite's own messages name pages and tables, never row contents.
                problems.append(str(error))
        return problems

    def close(self) -> None:
        """Dispose of all connections and overwrite the key. Safe to call twice."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        _wipe(self._key)
        self._audit_key = b""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- internals -----------------------------------------------------------------

    def _require_open(self) -> Engine:
        if self._engine is None:
            raise VaultLocked
        return self._engine

    def _write_slot(self, username: str, password: str, use_case: UseCase) -> None:
        with self.unit_of_work(use_case) as uow:
            target = uow.users.get_by_username(username)
            uow.trail.touch(AuditEntity.USER, target.id, AuditAction.USER_ADMIN)
            uow.note(username=username)
            self._write_slot_in(uow, username, password)

    def _write_slot_in(self, uow: UnitOfWork, username: str, password: str) -> None:
        # Written inside the transaction: if the sidecar cannot be written, the audit
        # event and user row roll back with it.
        del uow
        keys_path = sidecar_path(self.path)
        key_file = read_key_file(keys_path)
        slot = wrap_data_key(
            data_key=self._key,
            vault_id=key_file.vault_id,
            username=username,
            password=password,
            cost=self._kdf_cost,
        )
        write_key_file(keys_path, key_file.with_slot(username, slot))


def _unlock(key_file: KeyFile, *, username: str, password: str) -> bytearray:
    try:
        slot = key_file.slot_for(username)
    except UnknownUser:
        any_slot = next(iter(key_file.slots.values()), None)
        spend_kdf_time(any_slot.cost if any_slot else DEFAULT_KDF_COST, password)
        raise
    return unwrap_data_key(slot, vault_id=key_file.vault_id, username=username, password=password)


def _sqlite_side_files(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))
