"""A case named by id or by number, inside a use case's unit of work, as the journal and
the outcomes take it (the GUI has the id, the command line the number)."""

from __future__ import annotations

from riskdesk.domain.ids import CaseId
from riskdesk.domain.refusals import UnknownCase
from riskdesk.store.unit_of_work import UnitOfWork


def case_id_of(uow: UnitOfWork, *, case_id: CaseId | None, case_number: str | None) -> CaseId:
    """Raises :class:`UnknownCase` for a number no case has (said back only when it has
    a case number's shape); an id is checked by the repository that uses it."""
    if case_id is not None:
        return case_id
    found = uow.cases.by_number((case_number or "").strip())
    if found is None:
        raise UnknownCase(case_number)
    return found.case_id
