"""The half-year report's tables as they are published: every count passed through
:mod:`riskdesk.domain.small_counts`, so nothing here holds an exact count from 1 to the
threshold minus one, nor any name, CPR number, case number or free text (the figures are
counts, the labels the report's own words). The Word report, its charts and the Excel
export are all made from this one model, so they cannot disagree about what is hidden.

Tables that share a number print it the same way: a shared total is hidden only when it
is itself small, and then it is small in every table (see ``publish_line``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from riskdesk.domain.case_outcome import (
    AREAS,
    DEVELOPMENT_LABELS,
    NEW_CHARGE_LABELS,
    POINT_LABELS,
    Development,
    NewCharge,
    OutcomePoint,
)
from riskdesk.domain.concern import ConcernTopics
from riskdesk.domain.inquiry import (
    INQUIRY_KIND_LABELS,
    INQUIRY_SOURCE_LABELS,
    InquiryKind,
    InquirySource,
)
from riskdesk.domain.meeting import MEETING_KIND_LABELS, MeetingKind
from riskdesk.domain.small_counts import Cell, PublishedTable, Shown, publish_line, publish_table
from riskdesk.domain.statistics_facts import Period
from riskdesk.domain.unit_statistics import UnitStatistics

MONTHS_DA = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip
_AREA_LABELS = {
    "education": "Skole/uddannelse",
    "job": "Job",
    "housing": "Bolig",
    "substance_use": "Misbrug",
}


@dataclass(frozen=True)
class PrintedTable:
    """A table as printed: a header row and rows of text, the first column the label."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def as_dicts(self) -> list[dict[str, object]]:
        """The rows for a template: ``label`` and ``cells`` (the rest of the row)."""
        return [{"label": row[0], "cells": list(row[1:])} for row in self.rows]


@dataclass(frozen=True)
class FigureOne:
    """Figure 1's numbers: per month (rows) and inquiry type (columns), suppressed."""

    months: tuple[str, ...]
    kinds: tuple[str, ...]
    table: PublishedTable


@dataclass(frozen=True)
class PublishedReport:
    period: Period
    period_label: str
    threshold: int
    table1: PrintedTable
    table2: PrintedTable
    figure1: FigureOne
    figure1_table: PrintedTable
    sources: PrintedTable
    concerns: PrintedTable
    outcomes: tuple[PrintedTable, ...]
    meetings: PrintedTable
    cases_in_period: str
    cases_closed: str
    cases_active: str
    courses_reoffended: str

    def cases_sentence(self) -> str:
        """Table 1's cases in a sentence; a hidden count is left out, a small one written
        as words ("færre end 5"), so the prose never says more than the table."""
        sentence = f"I perioden har enheden haft {_words(self.cases_in_period)} enkeltsager"
        sentence += " på niveau 2 og 3"
        if self.cases_closed != "x":
            sentence += f"; {_words(self.cases_closed)} er afsluttet i perioden"
        if self.cases_active != "x":
            sentence += f", og {_words(self.cases_active)} var aktive ved periodens slut"
        return sentence + "."

    def reoffending_sentence(self) -> str:
        if self.courses_reoffended == "0":
            return "Der er ikke registreret ny kriminalitet (recidiv) under forløbene."
        if self.courses_reoffended == "x":
            return ""
        return (
            f"Ny kriminalitet (recidiv) er registreret i {_words(self.courses_reoffended)} "
            "af forløbene."
        )

    def tables(self) -> tuple[PrintedTable, ...]:
        """Every table, in the report's order (one sheet each in the Excel export)."""
        return (
            self.figure1_table,
            self.sources,
            self.table1,
            self.concerns,
            self.table2,
            *self.outcomes,
            self.meetings,
        )


def published_report(
    figures: UnitStatistics,
    *,
    threshold: int,
    meetings: dict[str, int],
    concern_topics: ConcernTopics,
) -> PublishedReport:
    """The report's tables for ``figures``; ``meetings`` counts the meetings held in the
    period by kind."""
    t = threshold
    cases = figures.cases
    levels = publish_line([cases.by_level.get(2, 0), cases.by_level.get(3, 0)], t)
    status = publish_line([cases.closed, cases.active], t)
    # The EXIT count is printed beside niveau 3 only; the rest of niveau 3 is not, so
    # the EXIT count cannot be worked out from it and needs only its own check.
    niveau3 = levels.cells[1].text(t)
    if cases.exit:
        niveau3 = f"{niveau3} (heraf {_one(cases.exit, t)} EXIT)"
    level1 = _one(cases.by_level.get(1, 0), t)
    table1 = PrintedTable(
        title="Tabel 1: Enkeltsager i perioden",
        header=("Sager", "Antal"),
        rows=(
            ("Niveau 1 (bekymringer, ikke registreret på cpr.nr.)", level1),
            ("Niveau 2", levels.cells[0].text(t)),
            ("Niveau 3", niveau3),
            ("Sager i perioden i alt (niveau 2 og 3)", levels.total.text(t)),
            ("Afsluttet i perioden", status.cells[0].text(t)),
            ("Aktive ved periodens slut", status.cells[1].text(t)),
        ),
    )
    courses = figures.courses
    since = courses.since
    courses_label = f"Mentorforløb siden {_day(since)}" if since else "Mentorforløb"
    average = courses.average_months
    few = courses.since_start < t
    table2 = PrintedTable(
        title="Tabel 2: Mentorforløb",
        header=("Mentorforløb", "Antal"),
        rows=(
            (courses_label, _one(courses.since_start, t)),
            (
                "Gennemsnitlig varighed (afsluttede og aktive forløb til periodens slut)",
                "x" if few or average is None else f"ca. {round(average)} måneder",
            ),
            (f"Aktive mentorforløb {_day(figures.period.end)}", _one(courses.active, t)),
            ("Ny kriminalitet under forløbet (recidiv)", _one(courses.reoffended, t)),
        ),
    )
    kinds = tuple(kind.value for kind in InquiryKind)
    months = figures.period.months()
    grid = [[figures.inquiries_by_month[m].get(k, 0) for k in kinds] for m in months]
    fig = publish_table(grid, t)
    month_labels = tuple(_month(m) for m in months)
    kind_labels = tuple(INQUIRY_KIND_LABELS[InquiryKind(k)].da for k in kinds)
    figure1_table = PrintedTable(
        title="Figur 1: Henvendelser pr. måned og type",
        header=("Måned", *kind_labels, "I alt"),
        rows=(
            *(
                (label, *(c.text(t) for c in row))
                for label, row in zip(month_labels, fig.grid()[:-1], strict=True)
            ),
            ("I alt", *(c.text(t) for c in fig.grid()[-1])),
        ),
    )
    source_counts = [figures.inquiries_by_source.get(s.value, 0) for s in InquirySource]
    return PublishedReport(
        period=figures.period,
        period_label=period_label(figures.period),
        threshold=t,
        table1=table1,
        table2=table2,
        figure1=FigureOne(months=month_labels, kinds=kind_labels, table=fig),
        figure1_table=figure1_table,
        sources=_line_table(
            "Henvendelser efter kilde",
            ("Kilde", "Antal"),
            [INQUIRY_SOURCE_LABELS[s].da for s in InquirySource],
            source_counts,
            t,
        ),
        concerns=_line_table(
            "Bekymringer (niveau 1) efter emne",
            ("Emne", "Antal"),
            [concern_topics.label(topic).da for topic in figures.concerns_by_topic],
            list(figures.concerns_by_topic.values()),
            t,
        ),
        outcomes=tuple(_outcome_table(figures, point, t) for point in OutcomePoint),
        meetings=_line_table(
            "Møder afholdt i perioden",
            ("Mødetype", "Antal møder"),
            [MEETING_KIND_LABELS[MeetingKind(kind)].da for kind in meetings],
            list(meetings.values()),
            t,
        ),
        cases_in_period=levels.total.text(t),
        cases_closed=status.cells[0].text(t),
        cases_active=status.cells[1].text(t),
        courses_reoffended=_one(courses.reoffended, t),
    )


def period_label(period: Period) -> str:
    """ "1. halvår 2017" for a calendar half-year, else the dates written out."""
    start, end = period.start, period.end
    if start.year == end.year and (start.month, start.day) == (1, 1):
        if (end.month, end.day) == (6, 30):
            return f"1. halvår {start.year}"
        if (end.month, end.day) == (12, 31):
            return f"Året {start.year}"
    if start.year == end.year and (start.month, start.day, end.month, end.day) == (7, 1, 12, 31):
        return f"2. halvår {start.year}"
    return f"{_day(start)} – {_day(end)}"


def _outcome_table(figures: UnitStatistics, point: OutcomePoint, t: int) -> PrintedTable:
    tallies = figures.outcomes.get(point.value, {})
    values = [d.value for d in Development]
    grid = [[tallies.get(area, {}).get(v, 0) for v in values] for area in AREAS]
    charge = [tallies.get("new_charge", {}).get(c.value, 0) for c in NewCharge]
    published = publish_table(grid, t)
    charges = publish_line(charge, t)
    rows = [
        (_AREA_LABELS[area], *(c.text(t) for c in row))
        for area, row in zip(AREAS, published.grid()[:-1], strict=True)
    ]
    charge_cells = [c.text(t) for c in charges.cells]
    return PrintedTable(
        title=f"Resultater – {POINT_LABELS[point].da.lower()}",
        header=("Område", *(DEVELOPMENT_LABELS[d].da for d in Development), "I alt"),
        rows=(
            *rows,
            (
                "Ny sigtelse eller dom: "
                + ", ".join(
                    f"{NEW_CHARGE_LABELS[c].da.lower()} {text}"
                    for c, text in zip(NewCharge, charge_cells, strict=True)
                ),
                "",
                "",
                "",
                "",
                charges.total.text(t),
            ),
        ),
    )


def _line_table(
    title: str, header: tuple[str, str], labels: list[str], counts: list[int], t: int
) -> PrintedTable:
    line = publish_line(counts, t) if counts else None
    rows = (
        []
        if line is None
        else [(label, cell.text(t)) for label, cell in zip(labels, line.cells, strict=True)]
    )
    total = "0" if line is None else line.total.text(t)
    return PrintedTable(title=title, header=header, rows=(*rows, ("I alt", total)))


def _words(text: str) -> str:
    return f"færre end {text[1:]}" if text.startswith("<") else text


def _one(value: int, t: int) -> str:
    return Cell(value, Shown.SMALL if 0 < value < t else Shown.VALUE).text(t)


def _day(day: date) -> str:
    return f"{day.day}. {MONTHS_DA[day.month - 1]} {day.year}"


def _month(month: str) -> str:
    year, number = month.split("-")
    return f"{MONTHS_DA[int(number) - 1]} {year}"
