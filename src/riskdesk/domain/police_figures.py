"""The crime picture from the police's own report counts, which the unit imports as a
CSV file: one line per offence type, year and area (the municipality or the whole police
district) with its count. The report shows each offence as an index (the base year = 100,
2010 as in the unit's own report when the file has it), the municipality against the
district. These are the police's published totals, not the unit's records, and the report
prints only the indices.

A file RiskDesk cannot read is refused naming the line and the column, never echoing what
the line holds."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError

PREFERRED_BASE_YEAR = 2010
MUNICIPALITY, DISTRICT = "municipality", "district"
_AREAS = {
    "kommune": MUNICIPALITY,
    "kommunen": MUNICIPALITY,
    "municipality": MUNICIPALITY,
    "kreds": DISTRICT,
    "politikreds": DISTRICT,
    "politikredsen": DISTRICT,
    "district": DISTRICT,
}
_COLUMNS = {
    "type": ("type", "kriminalitetstype", "offence"),
    "year": ("år", "aar", "year"),
    "area": ("område", "omraade", "area"),
    "count": ("antal", "count"),
}
_FIELD = "police_csv"


@dataclass(frozen=True)
class PoliceCount:
    offence: str
    year: int
    area: str
    count: int


@dataclass(frozen=True)
class OffenceIndex:
    """One offence over the years: the municipality's and the district's index (base year
    = 100), None for a year without a count or when the base year's count is 0."""

    offence: str
    base_year: int
    years: tuple[int, ...]
    municipality: tuple[float | None, ...]
    district: tuple[float | None, ...]


def parse_police_csv(text: str) -> list[PoliceCount]:
    """The counts in ``text`` (comma or semicolon separated, with a header naming the
    columns type/kriminalitetstype, år/year, område/area and antal/count). Raises
    :class:`UserInputError` naming each line and column that cannot be read."""
    sample = text[:2048]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter))
    if not rows:
        raise UserInputError([Problem(_FIELD, _EMPTY)])
    header = [cell.strip().lower() for cell in rows[0]]
    positions: dict[str, int] = {}
    for column, names in _COLUMNS.items():
        found = next((i for i, cell in enumerate(header) if cell in names), None)
        if found is None:
            raise UserInputError([Problem(_FIELD, _MISSING_COLUMN.format(column=names[0]))])
        positions[column] = found
    counts: list[PoliceCount] = []
    problems: list[Problem] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        try:
            cells = {column: row[i].strip() for column, i in positions.items()}
        except IndexError:
            problems.append(Problem(_FIELD, _SHORT_LINE.format(line=number)))
            continue
        area = _AREAS.get(cells["area"].lower())
        year, count = _whole(cells["year"]), _whole(cells["count"].replace(".", ""))
        for column, bad in (
            ("type", not cells["type"]),
            ("år", year is None or not 1900 <= year <= 2100),
            ("område", area is None),
            ("antal", count is None),
        ):
            if bad:
                problems.append(Problem(_FIELD, _BAD_CELL.format(line=number, column=column)))
        if area is not None and year is not None and count is not None and cells["type"]:
            counts.append(PoliceCount(cells["type"], year, area, count))
    if problems:
        raise UserInputError(problems)
    return counts


def offence_indices(counts: list[PoliceCount]) -> list[OffenceIndex]:
    """Each offence's index series, in the order the file names the offences."""
    offences = list(dict.fromkeys(c.offence for c in counts))
    result: list[OffenceIndex] = []
    for offence in offences:
        mine = [c for c in counts if c.offence == offence]
        years = tuple(sorted({c.year for c in mine}))
        base = PREFERRED_BASE_YEAR if PREFERRED_BASE_YEAR in years else years[0]
        by_key = {(c.area, c.year): c.count for c in mine}
        result.append(
            OffenceIndex(
                offence,
                base,
                years,
                _series(by_key, MUNICIPALITY, base, years),
                _series(by_key, DISTRICT, base, years),
            )
        )
    return result


def _series(
    counts: dict[tuple[str, int], int], area: str, base: int, years: tuple[int, ...]
) -> tuple[float | None, ...]:
    base_count = counts.get((area, base))
    return tuple(
        None if not base_count or (area, year) not in counts
        else 100 * counts[(area, year)] / base_count
        for year in years
    )  # fmt: skip


def _whole(text: str) -> int | None:
    return int(text) if text.isdigit() else None


_EMPTY = LocalizedText(da="Politiets CSV-fil er tom.", en="The police CSV file is empty.")
_MISSING_COLUMN = LocalizedText(
    da="Politiets CSV-fil mangler kolonnen »{column}« i første linje.",
    en="The police CSV file has no column “{column}” in its first line.",
)
_SHORT_LINE = LocalizedText(
    da="Linje {line} i politiets CSV-fil har for få kolonner.",
    en="Line {line} of the police CSV file has too few columns.",
)
_BAD_CELL = LocalizedText(
    da="Linje {line} i politiets CSV-fil: kolonnen »{column}« kan ikke læses.",
    en="Line {line} of the police CSV file: the column “{column}” cannot be read.",
)
