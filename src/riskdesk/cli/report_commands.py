"""``riskdesk report half-year``: the unit's figures for a period, exact, for the unit's
own use (supervisors and administrators). ``--format json`` prints every figure; the text
form prints the report's two tables and the inquiries."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from riskdesk.cli.console import EXIT_OK, EXIT_USAGE, CommandFailed, language, opened_desk
from riskdesk.domain.localized import LocalizedText

_PERIOD_BACKWARDS = LocalizedText(
    da="--to ligger før --from: en periode slutter på eller efter sin første dag.",
    en="--to is before --from: a period ends on or after its first day.",
)
_TEXT = LocalizedText(
    da="Periode {start} – {end}\n"
    "Sager: niveau 1 (bekymringer) {n1}, niveau 2 {n2}, niveau 3 {n3} (heraf EXIT {exit})\n"
    "Sager i perioden {in_period}, lukket {closed}, aktive ved periodens slut {active}\n"
    "Mentorforløb siden {since}: {courses}, aktive {course_active}, "
    "gennemsnitlig længde {months} måneder, ny kriminalitet under forløbet {reoffended}\n"
    "Henvendelser {inquiries}: {by_type}",
    en="Period {start} – {end}\n"
    "Cases: level 1 (concerns) {n1}, level 2 {n2}, level 3 {n3} (of which EXIT {exit})\n"
    "Cases in the period {in_period}, closed {closed}, active at the period's end {active}\n"
    "Mentor courses since {since}: {courses}, active {course_active}, "
    "average length {months} months, reoffending during the course {reoffended}\n"
    "Inquiries {inquiries}: {by_type}",
)


def add_parser(commands: Any) -> None:
    report = commands.add_parser("report", help="the unit's figures (supervisors)")
    sub = report.add_subparsers(dest="report_command", required=True, metavar="COMMAND")
    half_year = sub.add_parser("half-year", help="every figure of the half-year report")
    half_year.add_argument("--vault", type=Path, required=True)
    half_year.add_argument("--user", required=True)
    half_year.add_argument("--from", dest="start", type=_iso_date, required=True)
    half_year.add_argument("--to", dest="end", type=_iso_date, required=True)
    half_year.add_argument(
        "--courses-since",
        type=_iso_date,
        help="count mentor courses from this date (default: the first course)",
    )
    half_year.add_argument("--format", choices=("text", "json"), default="text")
    half_year.set_defaults(run=run_half_year)


def run_half_year(args: argparse.Namespace) -> int:
    from riskdesk.domain.statistics_facts import Period

    lang = language()
    if args.end < args.start:
        raise CommandFailed(_PERIOD_BACKWARDS.text(lang), EXIT_USAGE)
    period = Period(args.start, args.end)
    with opened_desk(args.vault, args.user) as desk:
        figures = desk.statistics.figures(period, courses_since=args.courses_since).as_json()
    if args.format == "json":
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return EXIT_OK
    cases, courses, inquiries = figures["cases"], figures["mentor_courses"], figures["inquiries"]
    months = courses["average_months"]
    print(
        _TEXT.text(lang).format(
            start=period.start.isoformat(),
            end=period.end.isoformat(),
            n1=cases["by_level"]["1"],
            n2=cases["by_level"]["2"],
            n3=cases["by_level"]["3"],
            exit=cases["exit"],
            in_period=cases["in_period"],
            closed=cases["closed"],
            active=cases["active"],
            since=courses["since"] or "–",
            courses=courses["since_start"],
            course_active=courses["active"],
            months="–" if months is None else f"{months:.1f}",
            reoffended=courses["reoffended"],
            inquiries=inquiries["count"],
            by_type=", ".join(f"{kind} {n}" for kind, n in inquiries["by_type"].items()),
        )
    )
    return EXIT_OK


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError("must be a date written YYYY-MM-DD") from None
