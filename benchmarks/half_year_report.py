"""How long the half-year report takes at a large unit's size:
``python -m benchmarks.half_year_report [--cases N] [--inquiries N] [--concerns N] [--runs R]``.

The facts are built directly (synthetic, with the shape the store reads: one small record
per case, concern, inquiry, mentor course and outcome), since no vault of 10,000 cases is
kept; reading them is one grouped query per kind and is timed by the store's own
benchmarks. Prints, as the median of R runs: the figures computed from the facts
(``unit_statistics``), the published (suppressed) tables, Figure 1 drawn by matplotlib,
and the Word report rendered by docxtpl. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from riskdesk.documents.half_year_charts import figure_one_png
from riskdesk.documents.half_year_document import render_half_year
from riskdesk.documents.half_year_tables import published_report
from riskdesk.documents.municipality import load_municipality
from riskdesk.domain.half_year_texts import HalfYearTexts
from riskdesk.domain.inquiry import InquiryKind, InquirySource
from riskdesk.domain.meeting import MeetingKind
from riskdesk.domain.statistics_facts import (
    CaseFact,
    ConcernFact,
    CourseFact,
    InquiryFact,
    OutcomeFact,
    Period,
)
from riskdesk.domain.unit_statistics import AGE_BANDS, unit_statistics
from riskdesk.services.forms import Forms

PERIOD = Period(date(2026, 1, 1), date(2026, 6, 30))
START = date(2020, 1, 1)


def _day(rng: random.Random, start: date = START, end: date = PERIOD.end) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def build_facts(rng: random.Random, *, cases: int, inquiries: int, concerns: int) -> dict[str, Any]:
    kinds = [k.value for k in InquiryKind]
    sources = [s.value for s in InquirySource]
    topics = ["school_absence", "new_peers", "substances", "violence", "other"]
    case_facts = []
    for _ in range(cases):
        opened = _day(rng)
        closed = _day(rng, opened) if rng.random() < 0.6 else None
        case_facts.append(
            CaseFact(
                level=rng.choice((2, 2, 2, 3)),
                kind=rng.choice(("youth", "adult", "exit", "release")),
                opened_on=opened,
                closed_on=closed,
                referral_source=rng.choice(sources),
                birth_date=date(rng.randint(1990, 2014), rng.randint(1, 12), 1),
                sex=rng.choice(("m", "f")),
                first_inquiry_on=opened - timedelta(days=rng.randint(0, 60)),
            )
        )
    return {
        "cases": case_facts,
        "inquiries": [
            InquiryFact(_day(rng, date(2025, 1, 1)), rng.choice(kinds), rng.choice(sources))
            for _ in range(inquiries)
        ],
        "concerns": [
            ConcernFact(
                _day(rng, date(2025, 1, 1)),
                rng.choice(topics),
                rng.choice(AGE_BANDS),
                rng.choice(("m", "f")),
                "Nord",
                rng.choice(sources),
                "open",
            )
            for _ in range(concerns)
        ],
        "courses": [
            CourseFact(s, s + timedelta(days=rng.randint(60, 600)), rng.choice(("no", "yes")))
            for s in (_day(rng) for _ in range(cases // 5))
        ],
        "outcomes": [
            OutcomeFact(
                rng.choice(("closing", "6m", "12m")),
                _day(rng, date(2025, 1, 1)),
                *(rng.choice(("improved", "same", "worse", "unknown")) for _ in range(5)),
            )
            for _ in range(cases // 3)
        ],
        "milestones": [],
        "inquiry_kinds": kinds,
        "inquiry_sources": sources,
        "concern_topics": topics,
    }


def _median_ms(run: Callable[[], object], runs: int) -> tuple[float, object]:
    samples, result = [], None
    for _ in range(runs):
        began = time.perf_counter()
        result = run()
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--inquiries", type=int, default=20_000)
    parser.add_argument("--concerns", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    facts = build_facts(
        random.Random(7), cases=args.cases, inquiries=args.inquiries, concerns=args.concerns
    )
    forms, municipality = Forms(), load_municipality()
    meetings = {kind.value: 6 for kind in MeetingKind}

    compute_ms, figures = _median_ms(lambda: unit_statistics(PERIOD, **facts), args.runs)
    publish_ms, report = _median_ms(
        lambda: published_report(
            figures,  # type: ignore[arg-type]
            threshold=5,
            meetings=meetings,
            concern_topics=forms.concern_topics,
        ),
        args.runs,
    )
    # matplotlib's first import (about a second) is paid once per process, not per report.
    import_began = time.perf_counter()
    figure_one_png(report.figure1, threshold=5)  # type: ignore[attr-defined]
    first_chart_ms = (time.perf_counter() - import_began) * 1000
    chart_ms, _ = _median_ms(
        lambda: figure_one_png(report.figure1, threshold=5),  # type: ignore[attr-defined]
        args.runs,
    )
    render_ms, rendered = _median_ms(
        lambda: render_half_year(
            report,  # type: ignore[arg-type]
            HalfYearTexts(),
            municipality,
            today=date(2026, 7, 2),
        ),
        args.runs,
    )
    print(
        f"{args.cases} cases, {args.inquiries} inquiries, {args.concerns} concerns, "
        f"median of {args.runs} runs"
    )
    print(f"  figures computed (unit_statistics)    {compute_ms:8.1f} ms")
    print(f"  tables published (small_counts)       {publish_ms:8.1f} ms")
    print(f"  computation in all                    {compute_ms + publish_ms:8.1f} ms")
    print(f"  Figure 1 drawn (matplotlib)           {chart_ms:8.1f} ms")
    print(f"  the first, importing matplotlib       {first_chart_ms:8.1f} ms")
    print(f"  report rendered (chart + docxtpl)     {render_ms:8.1f} ms")
    print(f"  report size                           {len(rendered.data) // 1024:8d} KiB")  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
