"""The half-year report as a Word document (``halvaarsrapport.docx``), rendered with
docxtpl from the published tables, Figure 1 as a picture and the leader's texts.

Every variable the template may use is listed in :data:`HALF_YEAR_VARIABLES`, so a
municipality's own copy of the template is checked before it is used."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from riskdesk.documents.docx_rendering import RenderedDocument, render_document
from riskdesk.documents.half_year_charts import figure_one_png
from riskdesk.documents.half_year_tables import PrintedTable, PublishedReport
from riskdesk.documents.municipality import Municipality
from riskdesk.domain.half_year_texts import SECTION_LABELS, HalfYearTexts

TEMPLATE = "halvaarsrapport.docx"
FIGURE_WIDTH_MM = 165
HALF_YEAR_VARIABLES = frozenset(
    {
        "municipality",
        "report",
        "texts",
        "figure1_chart",
        "figure1",
        "sources",
        "cases",
        "table1",
        "concerns",
        "table2",
        "courses",
        "outcomes",
        "meetings",
        "logo",
    }
)
_PLACEHOLDER = (
    "[Tekst til afsnittet »{section}«. Skriv den under Statistik i RiskDesk, eller her i Word.]"
)


def half_year_context(
    report: PublishedReport, texts: HalfYearTexts, municipality: Municipality, *, today: date
) -> dict[str, Any]:
    """The template's data: text and published counts only."""
    return {
        "municipality": {
            "name": municipality.name,
            "unit": municipality.unit,
            "address": municipality.address,
            "phone": municipality.phone,
            "email": municipality.email,
        },
        "report": {
            "period_label": report.period_label,
            "threshold": report.threshold,
            "printed_on": f"{today.day}.{today.month}.{today.year}",
        },
        "texts": {
            section: texts.paragraphs(section) or [_PLACEHOLDER.format(section=label.da)]
            for section, label in SECTION_LABELS.items()
        },
        "figure1": _table(report.figure1_table),
        "sources": _table(report.sources),
        "table1": _table(report.table1),
        "concerns": _table(report.concerns),
        "table2": _table(report.table2),
        "outcomes": [_table(table) for table in report.outcomes],
        "meetings": _table(report.meetings),
        "cases": {"sentence": report.cases_sentence()},
        "courses": {"sentence": report.reoffending_sentence()},
    }


def render_half_year(
    report: PublishedReport,
    texts: HalfYearTexts,
    municipality: Municipality,
    *,
    today: date,
    custom_templates: Path | None = None,
) -> RenderedDocument:
    """The report as .docx bytes. Raises :class:`DocumentError` as the other documents
    do (a broken template, an unreadable logo)."""
    from docx.shared import Mm  # imported by the first render, not with the services

    chart = figure_one_png(report.figure1, threshold=report.threshold)
    return render_document(
        TEMPLATE,
        half_year_context(report, texts, municipality, today=today),
        variables=HALF_YEAR_VARIABLES,
        logo=municipality.logo,
        custom_templates=custom_templates,
        images={"figure1_chart": (chart, Mm(FIGURE_WIDTH_MM))},
    )


def _table(table: PrintedTable) -> dict[str, Any]:
    return {"title": table.title, "header": list(table.header), "rows": table.as_dicts()}
