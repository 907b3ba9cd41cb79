"""Closing and reopening from an editor send the case's version as the editor loaded it
(#13 item 5): a colleague's save in between refuses them naming the colleague, with
nothing written, so the editor never goes on from a version whose content it has not
shown; without a version (the command line) they close the case as stored."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from riskdesk.domain.case import CaseStatus
from riskdesk.domain.record_version import StaleRecord
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

B_NAMED = "Lene Leder (leder)"


def test_a_close_or_reopen_of_a_stale_copy_is_refused_naming_who_saved(
    demo_location: Path | str,
) -> None:
    with (
        Desk.open(demo_location, username="koordinator", password=PASSWORD) as a,
        Desk.open(demo_location, username="leder", password=PASSWORD) as b,
    ):
        case_id = next(c.case_id for c in a.cases.search() if c.status is CaseStatus.OPEN)
        loaded = a.cases.get(case_id)
        outcomes = a.outcomes.for_case(case_id=case_id)
        b.cases.update(case_id, {"notes": "B's note"})

        with pytest.raises(StaleRecord) as refused:
            a.cases.close(
                case_id,
                closed_on=date.today(),
                reason="Afsluttet",
                outcome={},
                case_version=loaded.row_version,
            )
        assert refused.value.changed_by == B_NAMED
        with pytest.raises(StaleRecord):
            a.cases.close(
                case_id, closed_on=date.today(), reason="Afsluttet", case_version=loaded.row_version
            )
        stored = a.cases.get(case_id)
        assert (stored.status, stored.notes) == (CaseStatus.OPEN, "B's note")
        assert a.outcomes.for_case(case_id=case_id) == outcomes

        closed = a.cases.close(
            case_id,
            closed_on=date.today(),
            reason="Afsluttet",
            outcome={},
            case_version=stored.row_version,
        )
        assert closed.row_version == stored.row_version + 1  # type: ignore[operator]
        b.cases.update(case_id, {"notes": "B's second note"})
        with pytest.raises(StaleRecord) as refused:
            a.cases.reopen(case_id, case_version=closed.row_version)
        assert refused.value.changed_by == B_NAMED
        assert a.cases.get(case_id).status is CaseStatus.CLOSED

        # Without a version the case is reopened as it is stored now.
        assert a.cases.reopen(case_id).status is CaseStatus.OPEN
