"""The encrypted vault: a SQLCipher file plus its ``.keys`` sidecar of user key slots.

Opening checks, in order and before anything is written: the file exists, the sidecar
parses, the user has a slot, the password unwraps it (wrong passwords never reach the
database), the file decrypts with the data key and is this sidecar's vault, and whether
any page is damaged (:mod:`riskdesk.store.opening_checks`; a damaged vault opens
read-only). Only then is the schema upgraded if it is behind. Last, the user's signed
role and key are established and the audit trail checked against its witnesses
(:mod:`riskdesk.store.vault_identity`); closing witnesses the head this session saw.
"""

from __future__ import annotations

import contextlib
import hmac
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Self

import sqlcipher3
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role, User
from riskdesk.domain.vault_errors import (
    NotAVault,
    UnknownUser,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
)
from riskdesk.store import change_collector, migrate, vault_compaction, vault_users
from riskdesk.store.atomic_file import PRIVATE_FILE_MODE
from riskdesk.store.audit_findings import AuditFinding, AuditReport
from riskdesk.store.audit_log import derive_audit_key
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.cipher_connection import SCAN_CACHE_KIB, open_cipher_connection
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
)
from riskdesk.store.key_slots import wipe as _wipe
from riskdesk.store.opening_checks import PagesCheckedLater, check_before_writing, salt_of
from riskdesk.store.role_assignments import Roster, roster_head
from riskdesk.store.session_keys import attach
from riskdesk.store.settings_repository import SettingsRepository
from riskdesk.store.slot_commit import keep_key_file_with
from riskdesk.store.tables import UserRow
from riskdesk.store.unit_of_work import UnitOfWork
from riskdesk.store.user_repository import user_from_row
from riskdesk.store.vault_identity import establish, unlock
from riskdesk.store.vault_state import VaultState
from riskdesk.store.vault_users import VAULT_ID_SETTING


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
        vault_id: str,
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
        # The keys and what this session saw; read by vault_identity and vault_users.
        self._state = VaultState.of(path, key, vault_id, self._audit_key, kdf_cost, clock)
        self._pages_checked_later: PagesCheckedLater | None = None

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
            # The migration reads the file through once: a small page cache (#14 item 9).
            migration_engine = build_engine(path, key, foreign_keys=False, cache_kib=SCAN_CACHE_KIB)
            try:
                migrate.upgrade(migration_engine)
            finally:
                migration_engine.dispose()
            engine = build_engine(path, key)
            vault = cls(
                path=path,
                engine=engine,
                key=key,
                user=admin,
                kdf_cost=kdf_cost,
                clock=clock,
                vault_id=vault_id,
            )
            key_file = KeyFile(vault_id=vault_id, file_salt=salt_of(path))
            vault_users.create_first_user(vault, key_file, password=password)
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
        new_password: str | None = None,
        kdf_cost: KdfCost = DEFAULT_KDF_COST,
        clock: Clock = utc_now,
        check_pages_later: bool = False,
    ) -> Self:
        """Unlock the vault at ``path`` for ``username``. ``kdf_cost`` applies to slots
        this session writes (new users, password changes). ``check_pages_later`` leaves
        the page-by-page check to ``vault.health.settle()`` (see
        :mod:`riskdesk.store.opening_checks`). Raises
        :class:`VaultNotFound`, :class:`NotAVault`, :class:`WrongPassword`,
        :class:`UnknownUser`, :class:`VaultDamaged` or :class:`MigrationFailed`; with the
        right password, :class:`UserDeactivated`, or :class:`PasswordChangeRequired` when
        an administrator chose it and no ``new_password`` of the user's own is given."""
        if not path.exists():
            raise VaultNotFound
        if not path.is_file():
            raise NotAVault
        key_file = read_key_file(sidecar_path(path))
        opened = unlock(key_file, username=username, password=password)
        key = bytearray(opened[0].data_key)
        engine: Engine | None = None
        vault: Vault | None = None
        later: PagesCheckedLater | None = None
        health = VaultHealth()
        try:
            later = check_before_writing(
                path,
                key,
                file_salt=key_file.file_salt,
                health=health,
                pages_later=check_pages_later,
            )
            migration_engine = build_engine(
                path, key, foreign_keys=False, health=health, cache_kib=SCAN_CACHE_KIB
            )
            try:
                if (
                    later is not None
                    and migrate.current_revision(migration_engine) != migrate.head_revision()
                ):
                    health.settle()  # an upgrade rewrites much of the file: check it first
                if not health.damaged:
                    backup = migrate.bring_up_to_date(migration_engine, path)
                    if backup is not None:
                        keep_key_file_with(backup, path)
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
                if row is None:
                    raise UnknownUser
                # The row's role is a stand-in until the signed roles are read.
                user = user_from_row(row, Roster())
            vault = cls(
                path=path,
                engine=engine,
                key=key,
                user=user,
                kdf_cost=kdf_cost,
                clock=clock,
                vault_id=key_file.vault_id,
                health=health,
            )
            vault._pages_checked_later = later
            establish(vault, opened=opened, password=password, new_password=new_password)
            return vault
        except BaseException:
            health.stop_checking()
            if vault is not None:
                vault.close()
            elif engine is not None:
                engine.dispose()
            if later is not None:
                later.close()
            _wipe(key)
            for candidate in opened:
                candidate.wipe()
            raise

    @property
    def location(self) -> Path:
        return self.path

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
        with self.new_session() as session, session.begin():
            uow = self.work_on(session, use_case, editing_session=editing_session, trail=trail)
            yield uow
            if audited and not read_only:
                uow.finish()
            roles = roster_head(session) if uow.audit.appended is not None else None
        if uow.audit.appended is not None:
            vault_users.witness_commit(self, uow.audit.appended, roles)
        change_collector.report(uow.changes)

    def new_session(self) -> Session:
        """A session on the vault that signs its audit events as this user; raises
        :class:`VaultLocked` once the vault is closed."""
        session = Session(self._require_open(), expire_on_commit=False)
        attach(session, self._state.keys)
        return session

    def work_on(
        self,
        session: Session,
        use_case: UseCase,
        *,
        editing_session: str | None = None,
        trail: AuditTrail | None = None,
    ) -> UnitOfWork:
        """A unit of work for ``use_case`` in ``session``'s transaction (from
        :meth:`new_session`), whose event names this user: what :meth:`unit_of_work`
        and :class:`~riskdesk.store.batched_work.BatchedWork` both run."""
        return UnitOfWork(
            session,
            audit_key=self._audit_key,
            username=self.user.username,
            clock=self._clock,
            use_case=use_case,
            editing_session=editing_session,
            trail=trail,
        )

    # -- users and passwords -------------------------------------------------------

    # Each is one use case; what they guarantee is told in store/vault_users.py. Those
    # that change users or slots raise PermissionDenied unless a signed administrator
    # asks (and the records they sign count only if one did).

    def verify_password(self, username: str, password: str) -> bool:
        return vault_users.verify_password(self, username, password)

    def change_password(self, *, old_password: str, new_password: str) -> None:
        vault_users.change_password(self, old_password=old_password, new_password=new_password)

    def add_user(self, *, username: str, display_name: str, role: Role, password: str) -> User:
        user = User(username=username, display_name=display_name, role=role)
        return vault_users.add_user(self, user, password=password)

    def reset_password(self, *, username: str, new_password: str) -> None:
        vault_users.reset_password(self, username=username, new_password=new_password)

    def set_role(self, *, username: str, role: Role, active: bool) -> User:
        return vault_users.set_role(self, username=username, role=role, active=active)

    def verify_audit(self, progress: Callable[[int, int], None] | None = None) -> AuditReport:
        """The whole trail walked in one read snapshot (see
        :func:`riskdesk.store.audit_verification.verify_snapshot`)."""
        from riskdesk.store.audit_verification import verify_snapshot

        return verify_snapshot(self, progress)

    @property
    def opening_findings(self) -> tuple[AuditFinding, ...]:
        """What the checks at open found that this user is to be told."""
        return self._state.findings_for(self.user.role)

    def compact(self) -> bool:
        """Rebuild the file so no freed page keeps deleted data (after a deletion); see
        :func:`riskdesk.store.vault_compaction.compact` for what False means."""
        return vault_compaction.compact(self._require_open())

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
        """Witness the head this session saw in the user's own slot, dispose of all
        connections and overwrite the keys. Safe to call twice."""
        if self._engine is not None:
            self.health.stop_checking()
            vault_users.witness_on_close(self)
            self._engine.dispose()
            self._engine = None
        if self._pages_checked_later is not None:
            # Last: while it holds a damaged file open, no closing connection folds the WAL.
            self._pages_checked_later.close()
        self._state.wipe()
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


def _sqlite_side_files(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))
