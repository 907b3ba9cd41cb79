"""Pieces every document's template context shares: Danish dates, the "ikke udfyldt"
marker, and the municipality, person and case blocks.

Templates get display-ready strings only, so a municipality's own template never needs
filters or logic beyond loops and ``if``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from riskdesk.documents.municipality import Municipality
from riskdesk.documents.plan_document_model import CaseView, PersonView
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.instrument import RATING_LABELS, Rating

NOT_FILLED = "(ikke udfyldt)"
"""Shown wherever a field a reader expects is empty, so a gap is visible on paper."""

BAR_CELLS = 10
BAR_FILLED = "404040"
BAR_EMPTY = "FFFFFF"


def danish_date(day: date | None) -> str:
    return dmy(day) if day is not None else NOT_FILLED


def or_missing(text: str) -> str:
    return text if text.strip() else NOT_FILLED


def rating_text(rating: Rating) -> str:
    return RATING_LABELS[rating].da


def bar(present: int, of: int) -> list[str]:
    """Cell fills for a bar of :data:`BAR_CELLS` cells, filled in proportion to
    ``present``/``of``; any factor present fills at least one cell so it never reads as 0."""
    filled = round(BAR_CELLS * present / of) if of else 0
    if present and not filled:
        filled = 1
    filled = min(filled, BAR_CELLS)
    return [BAR_FILLED] * filled + [BAR_EMPTY] * (BAR_CELLS - filled)


def municipality_context(municipality: Municipality) -> dict[str, Any]:
    return {
        "name": municipality.name,
        "unit": municipality.unit,
        "address": municipality.address,
        "phone": municipality.phone,
        "email": municipality.email,
    }


def person_context(person: PersonView) -> dict[str, Any]:
    return {
        "name": person.name,
        "cpr": or_missing(person.cpr),
        "birth_date": danish_date(person.birth_date),
        "address": or_missing(person.address),
        "guardians": ", ".join(person.guardians) if person.guardians else NOT_FILLED,
        "minor": person.minor,
    }


def case_context(case: CaseView) -> dict[str, Any]:
    return {
        "number": or_missing(case.case_number),
        "level": f"Niveau {case.level}" if case.level is not None else NOT_FILLED,
        "kind": or_missing(case.kind),
        "caseworker": or_missing(case.caseworker),
    }
