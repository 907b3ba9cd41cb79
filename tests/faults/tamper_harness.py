"""The ways a caseworker who holds the data key (every user does) can change the audit
trail and the roles behind the application's back, each the way issue #10 found it
undetected, and what each must be reported as. Used by ``test_tamper.py`` and the long
run (``benchmarks/faults_audit.py``)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from colleague import Colleague

from riskdesk.services.audit_service import AuditFinding, FindingKind
from riskdesk.services.desk import Desk
from riskdesk.store.audit_log import signed_link
from riskdesk.store.checkpoint_file import checkpoint_path
from riskdesk.store.signing import Purpose
from vault_fixtures import PASSWORD

ATTACKER = "koordinator"
Tampering = Callable[[Colleague], None]


def _cut_tail(count: int) -> Tampering:
    def cut(colleague: Colleague) -> None:
        with colleague.database() as db:
            db.execute(
                "DELETE FROM audit_events WHERE sequence > "
                "(SELECT max(sequence) FROM audit_events) - ?",
                (count,),
            )
            colleague.set_head_to_the_end(db)

    return cut


def _cut_head_and_its_record(colleague: Colleague) -> None:
    colleague.sql(
        "DELETE FROM audit_events WHERE sequence = (SELECT max(sequence) FROM audit_events)",
        "DELETE FROM vault_settings WHERE name = 'audit_head'",
    )


def _delete_everything(colleague: Colleague) -> None:
    colleague.sql(
        "DELETE FROM audit_events", "DELETE FROM vault_settings WHERE name = 'audit_head'"
    )


def _delete_a_middle_event(colleague: Colleague) -> None:
    colleague.sql("DELETE FROM audit_events WHERE sequence = 10")


def _swap_two_events(colleague: Colleague) -> None:
    colleague.sql(
        "UPDATE audit_events SET sequence = -1 WHERE sequence = 10",
        "UPDATE audit_events SET sequence = 10 WHERE sequence = 11",
        "UPDATE audit_events SET sequence = 11 WHERE sequence = -1",
    )


def _rewrite_signed_with_own_key(colleague: Colleague) -> None:
    with colleague.database() as db:
        db.execute("DELETE FROM audit_events WHERE sequence = 10")
        db.execute("UPDATE audit_events SET sequence = sequence - 1 WHERE sequence > 10")
        colleague.relink(db, sign=True)


def _rewrite_unsigned_with_the_data_key(colleague: Colleague) -> None:
    with colleague.database() as db:
        db.execute("DELETE FROM audit_events WHERE sequence = 10")
        db.execute("UPDATE audit_events SET sequence = sequence - 1 WHERE sequence > 10")
        colleague.relink(db, sign=False)


def _forge_an_event_by_the_supervisor(colleague: Colleague) -> None:
    signer = colleague.signer
    assert signer is not None
    with colleague.database() as db:
        sequence, previous = db.execute(
            "SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1"
        ).fetchone()
        event = _row(sequence + 1, "leder", previous)
        event.hash = signed_link(event)  # type: ignore[arg-type]
        signature = signer.sign(Purpose.AUDIT_EVENT, colleague.vault_id, event.hash.encode())
        db.execute(
            "INSERT INTO audit_events (sequence, at, username, action, entity, entity_id, "
            "details_json, prev_hash, hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.sequence,
                str(event.at),
                event.username,
                event.action,
                event.entity,
                event.entity_id,
                event.details_json,
                previous,
                event.hash,
                signature,
            ),
        )
        colleague.set_head_to_the_end(db)


def _edit_an_older_event_in_place(colleague: Colleague) -> None:
    colleague.sql("UPDATE audit_events SET username = 'leder' WHERE sequence = 12")


def _promote_oneself(colleague: Colleague) -> None:
    colleague.sql("UPDATE users SET role = 'administrator' WHERE username = 'koordinator'")


def _forge_a_role_assignment(colleague: Colleague) -> None:
    signer = colleague.signer
    assert signer is not None
    with colleague.database() as db:
        sequence, previous = db.execute(
            "SELECT sequence, hash FROM role_assignments ORDER BY sequence DESC LIMIT 1"
        ).fetchone()
        from riskdesk.store.role_assignments import record_hash
        from riskdesk.store.tables import RoleAssignmentRow

        record = RoleAssignmentRow(
            sequence=sequence + 1,
            kind="assign",
            username=ATTACKER,
            role="administrator",
            active=True,
            public_key=None,
            issuer="admin",
            audit_sequence=1,
            issued_at=datetime(2026, 11, 30),
            prev_hash=previous,
        )
        record.hash = record_hash(record, colleague.vault_id)
        db.execute(
            "INSERT INTO role_assignments (sequence, kind, username, role, active, public_key, "
            "issuer, audit_sequence, issued_at, prev_hash, hash, signature) "
            "VALUES (?, 'assign', ?, 'administrator', 1, NULL, 'admin', 1, ?, ?, ?, ?)",
            (
                record.sequence,
                ATTACKER,
                "2026-11-30 00:00:00.000000",
                previous,
                record.hash,
                signer.sign(Purpose.ROLE_RECORD, colleague.vault_id, record.hash.encode()),
            ),
        )


def _cut_tail_and_the_checkpoint(colleague: Colleague) -> None:
    _cut_tail(3)(colleague)
    checkpoint_path(colleague.vault).unlink()


class _Row:
    pass


def _row(sequence: int, username: str, previous: str) -> _Row:
    event = _Row()
    event.sequence = sequence  # type: ignore[attr-defined]
    event.at = datetime(2026, 11, 30, 12, 0)  # type: ignore[attr-defined]
    event.username = username  # type: ignore[attr-defined]
    event.action = "read"  # type: ignore[attr-defined]
    event.entity = "person"  # type: ignore[attr-defined]
    event.entity_id = 1  # type: ignore[attr-defined]
    event.details_json = json.dumps({"use_case": "person.view", "person_id": 1})  # type: ignore[attr-defined]
    event.prev_hash = previous  # type: ignore[attr-defined]
    return event


_CUT = frozenset({FindingKind.TRUNCATED, FindingKind.EVENT_ALTERED})
"""A cut tail is found as such until new events fill the numbers again; from then on
the witnessed event is found changed."""


def _kind(kind: FindingKind) -> frozenset[FindingKind]:
    return frozenset({kind})


# What each way of tampering must be reported as (one of): by `audit verify`, and at
# open (empty where only the full walk can tell: an older event edited in place).
SCENARIOS: dict[str, tuple[Tampering, frozenset[FindingKind], frozenset[FindingKind]]] = {
    "tail cut by 1": (_cut_tail(1), _CUT, _CUT),
    "tail cut by 5": (_cut_tail(5), _CUT, _CUT),
    "head and its record deleted": (_cut_head_and_its_record, _CUT, _CUT),
    "every event deleted": (_delete_everything, _CUT, _CUT),
    "a middle event deleted": (
        _delete_a_middle_event,
        _kind(FindingKind.EVENT_MISSING),
        _kind(FindingKind.EVENT_MISSING),
    ),
    "two events swapped": (
        _swap_two_events,
        _kind(FindingKind.EVENT_ALTERED),
        _kind(FindingKind.EVENT_ALTERED),
    ),
    "chain rewritten, signed with own key": (
        _rewrite_signed_with_own_key,
        _kind(FindingKind.FOREIGN_SIGNATURE),
        _kind(FindingKind.EVENT_ALTERED),
    ),
    "chain rewritten with the data key": (
        _rewrite_unsigned_with_the_data_key,
        _kind(FindingKind.UNSIGNED),
        _kind(FindingKind.EVENT_ALTERED),
    ),
    "event forged in the supervisor's name": (
        _forge_an_event_by_the_supervisor,
        _kind(FindingKind.FOREIGN_SIGNATURE),
        _kind(FindingKind.FOREIGN_SIGNATURE),
    ),
    "older event edited in place": (
        _edit_an_older_event_in_place,
        _kind(FindingKind.EVENT_ALTERED),
        frozenset(),
    ),
    "own role raised in the users table": (
        _promote_oneself,
        _kind(FindingKind.ROLE_OUTSIDE),
        _kind(FindingKind.ROLE_OUTSIDE),
    ),
    "role assignment forged": (
        _forge_a_role_assignment,
        _kind(FindingKind.FORGED_ROLE),
        _kind(FindingKind.FORGED_ROLE),
    ),
    "tail and checkpoint removed": (_cut_tail_and_the_checkpoint, _CUT, _CUT),
}


def kind_of(line: str) -> FindingKind | None:
    """Which finding a line of `audit verify` tells, if any."""
    for kind in FindingKind:
        for accepted in (False, True):
            template = AuditFinding(kind, 987654321, accepted=accepted).text("da")
            pattern = re.escape(template).replace("987654321", r"\d+")
            if re.fullmatch(pattern, line) or line == AuditFinding(kind).text("da"):
                return kind
    return None


def used_by_everyone(vault: Path) -> None:
    """A working day before the tampering: each user opens, reads and locks."""
    for username in ("admin", "leder", ATTACKER):
        with Desk.open(vault, username=username, password=PASSWORD) as desk:
            desk.cases.search("")


def tamper_and_check(vault: Path, name: str) -> tuple[bool, bool]:
    """Run scenario ``name`` on ``vault`` after a working day; whether the full walk
    found it as it must, and whether an administrator was told at open (True where
    only the full walk can tell)."""
    tampering, found_by_verify, told_at_open = SCENARIOS[name]
    used_by_everyone(vault)
    tampering(Colleague.unlock(vault, ATTACKER, PASSWORD))
    with Desk.open(vault, username="leder", password=PASSWORD) as desk:
        found = {finding.kind for finding in desk.audit.verify().findings}
    with Desk.open(vault, username="admin", password=PASSWORD) as desk:
        told = {finding.kind for finding in desk.audit.opening_findings()}
    return bool(found_by_verify & found), not told_at_open or bool(told_at_open & told)
