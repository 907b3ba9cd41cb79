"""Users of the vault (not their passwords: those only unlock key slots).

A user's role and whether they are active come from the signed role assignments
(:mod:`riskdesk.store.role_assignments`), not from the ``users`` row, which anyone with
the data key can change. Every method that changes a user writes a signed record, and
only an administrator's key makes one that counts, so calling these methods (or
writing the table directly) grants nothing to anyone else: the store refuses here, and
the roster ignores what it did not sign.
"""

from __future__ import annotations

import builtins
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import UserId
from riskdesk.domain.refusals import NotFound, PermissionDenied
from riskdesk.domain.user import Role, User, UserOverview
from riskdesk.store.audit_log import next_audit_sequence
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.clock import Clock
from riskdesk.store.role_assignments import RecordKind, RoleRecords, Roster, read_roster
from riskdesk.store.session_keys import SessionKeys, keys_of
from riskdesk.store.signing import Signer
from riskdesk.store.tables import AuditEventRow, UserRow


class UserRepository:
    def __init__(self, session: Session, *, trail: AuditTrail, username: str, clock: Clock) -> None:
        self._session = session
        self._trail = trail
        self._username = username
        self._clock = clock

    # -- reading -------------------------------------------------------------------

    def roster(self) -> Roster:
        """The verified role assignments, as the logged-in user's slot trusts them."""
        keys = keys_of(self._session)
        if keys is None:
            return Roster()
        return read_roster(self._session, vault_id=keys.vault_id, pinned_root=keys.pinned_root)

    def get_by_username(self, username: str) -> User:
        row = self._row(username)
        return user_from_row(row, self.roster())

    def list(self) -> list[User]:
        roster = self.roster()
        return [
            user_from_row(row, roster)
            for row in self._session.scalars(select(UserRow).order_by(UserRow.username))
        ]

    def overview(self) -> builtins.list[UserOverview]:
        """Every user with their signed role and last login: the newest event of their
        opening the vault (or creating it), found in one grouped query of the trail."""
        # In the shape of the index ix_audit_events_vault_events (migration 0008).
        rows = self._session.execute(
            select(AuditEventRow.username, func.max(AuditEventRow.at))
            .where(
                AuditEventRow.entity == AuditEntity.VAULT.value,
                AuditEventRow.action.in_([AuditAction.LOGIN.value, AuditAction.CREATE.value]),
            )
            .group_by(AuditEventRow.username)
        )
        logins: dict[str, datetime] = {username: at for username, at in rows}
        return [
            UserOverview(user=user, last_login=_aware(logins.get(user.username)))
            for user in self.list()
        ]

    def slot_id(self, username: str) -> str | None:
        """The id of the user's current key-file record (None before it was named)."""
        return self._row(username).slot_id

    # -- changing ------------------------------------------------------------------

    def add_root(self, user: User, *, signer: Signer, slot_id: str) -> User:
        """The vault's first user, whose key becomes the root every slot pins."""
        row = self._insert(user, slot_id)
        self._record(signer, RecordKind.ROOT, user.username, Role.ADMINISTRATOR, signer.public_key)
        return user_from_row(row, self.roster())

    def add(self, user: User, *, slot_id: str, enrolment_key: bytes) -> User:
        """A new user, admitted by a signed assignment awaiting their own key, which they
        register at their first open with the enrolment key sealed in their new slot.
        Raises :class:`PermissionDenied` unless the logged-in user is a validly signed,
        active administrator."""
        signer = self._administrator()
        row = self._insert(user, slot_id)
        self._record(signer, RecordKind.ADMIT, user.username, user.role, enrolment_key, user.active)
        return user_from_row(row, self.roster())

    def reissue(self, username: str, *, slot_id: str, enrolment_key: bytes) -> None:
        """A new slot for ``username`` (a password reset): they are admitted again, so
        only the holder of the new password (and its enrolment key) registers a key."""
        signer = self._administrator()
        row = self._row(username)
        standing = self.roster().standing(username)
        if standing is None:
            raise NotFound
        self._record(
            signer, RecordKind.ADMIT, username, standing.role, enrolment_key, standing.active
        )
        row.slot_id = slot_id
        self._trail.touch(AuditEntity.USER, row.id, AuditAction.USER_ADMIN)

    def set_role(self, username: str, *, role: Role, active: bool) -> User:
        """Sign a new role (or deactivation) for ``username``, keeping their key, or the
        enrolment key of an admission still awaiting it."""
        signer = self._administrator()
        row = self._row(username)
        standing = self.roster().standing(username)
        if standing is None:
            raise NotFound
        if standing.key is None and standing.enrolment is not None:
            self._record(signer, RecordKind.ADMIT, username, role, standing.enrolment, active)
        else:
            self._record(signer, RecordKind.ASSIGN, username, role, standing.key, active)
        self._trail.touch(AuditEntity.USER, row.id, AuditAction.USER_ADMIN)
        return user_from_row(row, self.roster())

    def claim(self, *, signer: Signer, slot_id: str, enrolment: Signer | None) -> None:
        """The logged-in user registers their own signing key: the claim is signed by
        the enrolment key of their admission, or, awaiting a key with none (see
        :mod:`~riskdesk.store.role_assignments`), by the new key itself."""
        row = self._row(signer.username)
        self._record(
            enrolment or signer, RecordKind.CLAIM, signer.username, None, signer.public_key
        )
        row.slot_id = slot_id
        self._trail.touch(AuditEntity.USER, row.id, AuditAction.USER_ADMIN)

    def set_slot(self, username: str, slot_id: str) -> None:
        """Name ``slot_id`` the user's current key-file record (a password change)."""
        row = self._row(username)
        row.slot_id = slot_id
        self._trail.touch(AuditEntity.USER, row.id, AuditAction.USER_ADMIN)

    def sign_existing(self, *, signer: Signer, slot_id: str) -> None:
        """The first administrator to open an upgraded vault signs the roles as they
        stand: their own key becomes the root, and every other user's assignment awaits
        that user's own key."""
        me = self._row(signer.username)
        self._record(signer, RecordKind.ROOT, me.username, Role.ADMINISTRATOR, signer.public_key)
        me.slot_id = slot_id
        for row in self._session.scalars(select(UserRow).order_by(UserRow.username)):
            if row.username != signer.username:
                self._record(
                    signer, RecordKind.ASSIGN, row.username, Role(row.role), None, row.active
                )
        self._trail.note(users=len(self._session.scalars(select(UserRow.id)).all()))

    # -- internals -----------------------------------------------------------------

    def _administrator(self) -> Signer:
        keys = keys_of(self._session)
        if keys is None or keys.signer is None or not self.roster().may_administer(self._username):
            raise PermissionDenied()
        return keys.signer

    def _row(self, username: str) -> UserRow:
        row = self._session.scalar(select(UserRow).where(UserRow.username == username))
        if row is None:
            raise NotFound
        return row

    def _insert(self, user: User, slot_id: str) -> UserRow:
        row = UserRow(
            username=user.username,
            display_name=user.display_name,
            role=user.role.value,
            active=user.active,
            created_at=self._clock(),
            slot_id=slot_id,
        )
        self._session.add(row)
        self._session.flush()
        self._trail.touch(AuditEntity.USER, row.id, AuditAction.USER_ADMIN)
        self._trail.note(username=row.username, role=row.role)
        return row

    def _record(
        self,
        signer: Signer,
        kind: RecordKind,
        username: str,
        role: Role | None,
        public_key: bytes | None,
        active: bool | None = True,
    ) -> None:
        keys = _require_keys(self._session)
        sequence = RoleRecords(self._session, vault_id=keys.vault_id).append(
            signer=signer,
            kind=kind,
            username=username,
            role=role,
            active=active if kind is not RecordKind.CLAIM else None,
            public_key=public_key,
            audit_sequence=next_audit_sequence(self._session),
            at=self._clock(),
        )
        # The event written with this record names it, so removing events leaves the
        # record unexplained (and removing the record breaks the chain of records).
        self._trail.note(role_records=[sequence])
        if kind is not RecordKind.CLAIM and role is not None:
            row = self._row(username)
            row.role = role.value
            row.active = bool(active)


def _require_keys(session: Session) -> SessionKeys:
    keys = keys_of(session)
    if keys is None:
        raise PermissionDenied()
    return keys


def user_from_row(row: UserRow, roster: Roster) -> User:
    """The user with their validly signed role; a user nobody validly signed is shown
    as an inactive caseworker. Before the roles were ever signed, the row decides."""
    role, active = Role(row.role), row.active
    if roster.signed:
        standing = roster.standing(row.username)
        role = standing.role if standing is not None else Role.CASEWORKER
        active = standing.active if standing is not None else False
    return User(
        id=UserId(row.id),
        username=row.username,
        display_name=row.display_name,
        role=role,
        active=active,
    )


def _aware(moment: datetime | None) -> datetime | None:
    # The trail stores naive UTC (store/clock.py).
    return moment.replace(tzinfo=UTC) if moment is not None else None
