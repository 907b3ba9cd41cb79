"""Retention and deletion: what ``forms/retention.yaml`` makes due today, and deleting
the cases a supervisor approves. Supervisors and administrators may see what is due;
only a supervisor may approve a deletion. Each is one unit of work with one audit event;
the deletion's event is the tombstone (ids and counts, no person data), and after it
commits the vault is compacted so no freed page keeps the deleted records."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from pathlib import Path
from typing import Protocol

from riskdesk.domain.retention import (
    DeletionReport,
    OnlySupervisorsDelete,
    OnlySupervisorsSeeRetention,
    RetentionReview,
    deletion_orders,
    evaluate,
)
from riskdesk.domain.retention_rules import RetentionRules, RuleKind
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role
from riskdesk.services.instrument_catalogue import read_form_file, validate_form
from riskdesk.services.service_context import ServiceContext
from riskdesk.store.unit_of_work import UnitOfWork

RETENTION_FILE = "retention.yaml"
# Set in the deletion's own transaction and cleared once the vault is compacted, so a
# compaction cut short (a kill, a power cut) is done at the next look at what is due.
COMPACTION_PENDING = "retention.compaction_pending"

_MAY_SEE = frozenset({Role.SUPERVISOR, Role.ADMINISTRATOR})


class _Folder(Protocol):
    def __truediv__(self, name: str, /) -> Path: ...


def load_retention_rules(forms_dir: _Folder) -> RetentionRules:
    """Read and validate the rules; raises ``FormFileInvalid`` naming file and field."""
    path = forms_dir / RETENTION_FILE
    return validate_form(RetentionRules, read_form_file(path), path)


class RetentionService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
        self._rules: RetentionRules | None = None

    @property
    def rules(self) -> RetentionRules:
        """Read on first use; raises ``FormFileInvalid`` when the file is broken."""
        if self._rules is None:
            self._rules = load_retention_rules(self._ctx.forms.folder)
        return self._rules

    def review(self, *, today: date | None = None) -> RetentionReview:
        """What is due for deletion on ``today``, what is held and how each rule stands.
        Raises :class:`OnlySupervisorsSeeRetention` (audited) for a caseworker."""
        self._admit(UseCase.RETENTION_LIST, allowed=_MAY_SEE, refusal=OnlySupervisorsSeeRetention)
        rules = self.rules
        on = today or date.today()
        with self._ctx.work(UseCase.RETENTION_LIST) as uow:
            review = _review(uow, rules, on)
            uow.note(on=on.isoformat(), due=len(review.due), held=len(review.held))
            pending = uow.settings.get(COMPACTION_PENDING) == "1"
        if pending:
            self._compact()
        return review

    def delete(self, case_numbers: Collection[str], *, today: date | None = None) -> DeletionReport:
        """Delete the approved cases, all of them or none: each must be due on ``today``
        (decided again under the vault's write lock), else :class:`NotDueForDeletion`
        and nothing is deleted. A person goes with their last case. Raises
        :class:`OnlySupervisorsDelete` (audited) for anyone but a supervisor."""
        self._admit(
            UseCase.RETENTION_DELETE,
            allowed=frozenset({Role.SUPERVISOR}),
            refusal=OnlySupervisorsDelete,
        )
        rules = self.rules
        on = today or date.today()
        with self._ctx.work(UseCase.RETENTION_DELETE) as uow:
            orders = deletion_orders(_review(uow, rules, on, count_audit=False), case_numbers)
            uow.case_deletion.delete(orders)
            uow.note(on=on.isoformat(), rules_version=rules.version)
            uow.settings.put(COMPACTION_PENDING, "1")
        compacted = self._compact()
        return DeletionReport(
            case_numbers=tuple(order.case_number for order in orders),
            persons_deleted=len({o.person_id for o in orders if o.delete_person}),
            compacted=compacted,
        )

    def _compact(self) -> bool:
        if self._ctx.vault.health.damaged:
            return False  # a damaged vault is only read; the marker waits for a sound one
        compacted = self._ctx.vault.compact()
        if compacted:
            # The marker's own change: no event, it is no reading or change of a record.
            with self._ctx.work(UseCase.RETENTION_DELETE, audited=False) as uow:
                uow.settings.put(COMPACTION_PENDING, "0")
        return compacted

    def _admit(
        self,
        use_case: UseCase,
        *,
        allowed: frozenset[Role],
        refusal: type[OnlySupervisorsDelete] | type[OnlySupervisorsSeeRetention],
    ) -> None:
        role = self._ctx.user.role
        if role in allowed:
            return
        with self._ctx.work(use_case) as uow:
            uow.trail.refuse(role=role.value)
        raise refusal()


def _review(
    uow: UnitOfWork, rules: RetentionRules, on: date, *, count_audit: bool = True
) -> RetentionReview:
    # Counting old events reads the whole trail; a deletion does not need the figure.
    cutoff = rules.cutoff(RuleKind.AUDIT_EVENT, on) if count_audit else None
    return evaluate(
        rules,
        on=on,
        cases=uow.retention.cases(),
        agenda=uow.retention.agenda(),
        old_audit_events=uow.retention.audit_events_before(cutoff) if cutoff else 0,
    )
