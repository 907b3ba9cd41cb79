"""The half-year report as a Word document (``halvaarsrapport.docx``), rendered with
docxtpl from the published tables, Figure 1 as a picture and the leader's texts.

Every variable the template may use is listed in :data:`HALF_YEAR_VARIABLES`, so a
municipality's own copy of the template is checked before it is used."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from riskdesk.documents.docx_rendering import RenderedDocument, render_document
from riskdesk.documents.half_year_charts import figure_one_png, index_chart_png
from riskdesk.documents.half_year_tables import PrintedTable, PublishedReport
from riskdesk.documents.municipality import Municipality
from riskdesk.domain.half_year_texts import SECTION_LABELS, HalfYearTexts
from riskdesk.domain.police_figures import OffenceIndex

TEMPLATE = "halvaarsrapport.docx"
FIGURE_WIDTH_MM = 165
INDEX_WIDTH_MM = 150
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
        "crime",
        "crime_charts",
    }
)
_PLACEHOLDER = (
    "[Tekst til afsnittet »{section}«. Skriv den under Statistik i RiskDesk, eller her i Word.]"
)


def half_year_context(
    report: PublishedReport,
    texts: HalfYearTexts,
    municipality: Municipality,
    *,
    today: date,
    police: Sequence[OffenceIndex] = (),
) -> dict[str, Any]:
    """The template's data: text, published counts and the police's indices only."""
    return {
        "crime": _crime(police) if police else None,
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
    police: Sequence[OffenceIndex] = (),
) -> RenderedDocument:
    """The report as .docx bytes; with ``police``, the crime picture section. Raises
    :class:`DocumentError` as the other documents do (a broken template, an unreadable
    logo)."""
    from docx.shared import Mm  # imported by the first render, not with the services

    chart = figure_one_png(report.figure1, threshold=report.threshold)
    crime_charts = [(index_chart_png(index), Mm(INDEX_WIDTH_MM)) for index in police]
    return render_document(
        TEMPLATE,
        half_year_context(report, texts, municipality, today=today, police=police),
        variables=HALF_YEAR_VARIABLES,
        logo=municipality.logo,
        custom_templates=custom_templates,
        images={"figure1_chart": (chart, Mm(FIGURE_WIDTH_MM)), "crime_charts": crime_charts},
    )


def _crime(police: Sequence[OffenceIndex]) -> dict[str, Any]:
    return {
        "base_year": police[0].base_year,
        "offences": [
            {
                "name": index.offence,
                "base_year": index.base_year,
                "header": ["År", "Kommunen", "Politikredsen"],
                "rows": [
                    {"label": str(year), "cells": [_index(m), _index(d)]}
                    for year, m, d in zip(
                        index.years, index.municipality, index.district, strict=True
                    )
                ],
            }
            for index in police
        ],
    }


def _index(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def _table(table: PrintedTable) -> dict[str, Any]:
    return {"title": table.title, "header": list(table.header), "rows": table.as_dicts()}
