"""The periods the statistics page offers: the last 6 and 12 months (whole months, ending
with the month of ``today``) and the calendar half-years of this year and the two before,
newest first. Pure, so the presets are tested without Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.statistics_facts import Period


@dataclass(frozen=True)
class PeriodPreset:
    label: LocalizedText
    period: Period


def period_presets(today: date) -> list[PeriodPreset]:
    presets = [
        PeriodPreset(
            LocalizedText(da="Seneste 6 måneder", en="Last 6 months"), last_months(today, 6)
        ),
        PeriodPreset(
            LocalizedText(da="Seneste 12 måneder", en="Last 12 months"), last_months(today, 12)
        ),
    ]
    for year in (today.year, today.year - 1, today.year - 2):
        for half in (2, 1):
            period = half_year(year, half)
            if period.start <= today:
                presets.append(
                    PeriodPreset(
                        LocalizedText(da=f"{half}. halvår {year}", en=f"H{half} {year}"), period
                    )
                )
    return presets


def last_months(today: date, months: int) -> Period:
    """``months`` whole calendar months, the last being the month of ``today``."""
    end = _month_end(today.year, today.month)
    index = today.year * 12 + today.month - 1 - (months - 1)
    return Period(date(index // 12, index % 12 + 1, 1), end)


def half_year(year: int, half: int) -> Period:
    if half == 1:
        return Period(date(year, 1, 1), date(year, 6, 30))
    return Period(date(year, 7, 1), date(year, 12, 31))


def _month_end(year: int, month: int) -> date:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return following - timedelta(days=1)
