"""The demo's people and their cases, written as the spreadsheet import writes them: a
few statements for all of them (``uow.case_import``) in one ``case.import`` use case,
not a person and a case statement by statement (a third of a 10,000-person build).
Each record is validated by the rules ``CaseService.import_records`` applies."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from riskdesk.demo.synthetic_people import SyntheticRecord
from riskdesk.domain.case import Case, case_from
from riskdesk.domain.case_levels import LevelScheme
from riskdesk.domain.person import person_from
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.postal_code_list import shipped_postal_codes
from riskdesk.store.vault import Vault

CHUNK = 2000
"""Records (or assessments) written in one use case of the demo's build."""
# What CaseService.import_records leaves to the service rather than to the record, so
# the demo holds the same cases it held when it was written through that service.
_FIXED_BY_SERVICE = ("id", "person_id", "case_number", "status", "closed_on", "close_reason")


def import_people(vault: Vault, records: Sequence[SyntheticRecord], *, levels: LevelScheme) -> None:
    """Store every record's person with their case, :data:`CHUNK` records per use case
    (so the session never holds 100,000 people at once)."""
    today, postal_codes = date.today(), shipped_postal_codes()
    for start in range(0, len(records), CHUNK):
        validated = [
            (
                person_from(dict(r.person), today=today, postal_codes=postal_codes),
                _case(r.case, today=today, caseworker=vault.user.username, levels=levels),
            )
            for r in records[start : start + CHUNK]
        ]
        with vault.unit_of_work(UseCase.CASE_IMPORT) as uow:
            uow.case_import.add_all(validated)


def _case(data: dict[str, Any], *, today: date, caseworker: str, levels: LevelScheme) -> Case:
    values: dict[str, Any] = {"opened_on": today, "caseworker": caseworker}
    values |= {k: v for k, v in data.items() if k not in _FIXED_BY_SERVICE and v is not None}
    values["person_id"] = 0
    case = case_from(values)
    levels.check_keeps_a_file(case.level)
    return case
