"""The access insight as a Word document (``indsigt-logudtraek.docx``): who saw or changed a
person's data and when, for an answer to the citizen's request for access."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from riskdesk.documents.context_parts import danish_date, municipality_context, or_missing
from riskdesk.documents.docx_rendering import RenderedDocument, render_document
from riskdesk.documents.municipality import Municipality
from riskdesk.domain.validation import Line, RequiredLine

ACCESS_INSIGHT_TEMPLATE = "indsigt-logudtraek.docx"
ACCESS_INSIGHT_VARIABLES = frozenset(
    {"logo", "municipality", "person", "period", "events", "produced_by", "printed_on"}
)


class _View(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)


class AccessLogRow(_View):
    """One event, display-ready: local date and time, "Name (role)", what, which record."""

    at: RequiredLine
    who: RequiredLine
    what: RequiredLine
    record: RequiredLine


class AccessInsightDocumentModel(_View):
    """``period_from`` is the first event's day (None without events); ``period_to`` the
    day the extract was made."""

    municipality: Municipality
    person_name: RequiredLine
    cpr: Line = ""
    period_from: date | None
    period_to: date
    rows: tuple[AccessLogRow, ...]
    produced_by: RequiredLine
    printed_on: date


def access_insight_context(model: AccessInsightDocumentModel) -> dict[str, Any]:
    """The template context, without ``logo``."""
    start = danish_date(model.period_from) if model.period_from else danish_date(model.period_to)
    return {
        "municipality": municipality_context(model.municipality),
        "person": {"name": model.person_name, "cpr": or_missing(model.cpr)},
        "period": f"{start} – {danish_date(model.period_to)}",
        "events": [row.model_dump() for row in model.rows],
        "produced_by": model.produced_by,
        "printed_on": danish_date(model.printed_on),
    }


def render_access_insight(
    model: AccessInsightDocumentModel, *, custom_templates: Path | None = None
) -> RenderedDocument:
    return render_document(
        ACCESS_INSIGHT_TEMPLATE,
        access_insight_context(model),
        variables=ACCESS_INSIGHT_VARIABLES,
        logo=model.municipality.logo,
        custom_templates=custom_templates,
    )
