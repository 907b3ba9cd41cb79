"""Refused review steps go to the audit log even though the attempt itself is rolled
back: the refusal is written afterwards, in a transaction of its own."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum

from riskdesk.domain.plan_review import ReviewRefused
from riskdesk.store.vault import Vault


class ReviewAttempt(StrEnum):
    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"
    EDIT = "edit"


@contextmanager
def recording_refusals(vault: Vault, attempt: ReviewAttempt) -> Iterator[None]:
    """Run a review step; if it raises :class:`ReviewRefused`, audit the refusal (after
    the step's own unit of work has rolled back) and re-raise it."""
    try:
        yield
    except ReviewRefused as refusal:
        with vault.unit_of_work() as uow:
            uow.reviews.record_refusal(
                attempt=attempt.value, reason=refusal.reason, plan_id=refusal.plan_id
            )
        raise
