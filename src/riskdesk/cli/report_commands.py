"""``riskdesk report half-year``: the unit's figures for a period, exact, for the unit's
own use (supervisors and administrators). ``--format json`` prints every figure; the text
form prints the report's two tables and the inquiries. With ``--out FILE.docx`` (and
``--pdf``) or ``--xlsx FILE.xlsx`` it makes the half-year report instead, always with small
counts suppressed, and prints the files it saved."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from riskdesk.cli.console import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    CommandFailed,
    language,
    opened_desk,
    report_error,
)
from riskdesk.cli.document_output import check_docx_out
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.statistics_facts import Period

_PERIOD_BACKWARDS = LocalizedText(
    da="--to ligger før --from: en periode slutter på eller efter sin første dag.",
    en="--to is before --from: a period ends on or after its first day.",
)
_PDF_NEEDS_OUT = LocalizedText(
    da="--pdf kræver --out: PDF'en gemmes ved siden af Word-dokumentet.",
    en="--pdf needs --out: the PDF is saved beside the Word document.",
)
_POLICE_NEEDS_OUT = LocalizedText(
    da="--police-csv kræver --out: kriminalitetsbilledet er et afsnit i Word-rapporten.",
    en="--police-csv needs --out: the crime picture is a section of the Word report.",
)
_NOT_XLSX = LocalizedText(
    da="--xlsx skal være en Excel-fil med endelsen .xlsx.",
    en="--xlsx must be an Excel file ending in .xlsx.",
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
    half_year.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    half_year.add_argument("--user", required=True)
    half_year.add_argument("--from", dest="start", type=_iso_date, required=True)
    half_year.add_argument("--to", dest="end", type=_iso_date, required=True)
    half_year.add_argument(
        "--courses-since",
        type=_iso_date,
        help="count mentor courses from this date (default: the first course)",
    )
    half_year.add_argument("--format", choices=("text", "json"), default="text")
    half_year.add_argument("--out", type=Path, help="save the report as this .docx")
    half_year.add_argument("--pdf", action="store_true", help="also a PDF beside --out")
    half_year.add_argument("--xlsx", type=Path, help="save the report's tables as this .xlsx")
    half_year.add_argument(
        "--police-csv",
        type=Path,
        help="the police's report counts (type, year, area, count) for the crime picture",
    )
    half_year.set_defaults(run=run_half_year)


def run_half_year(args: argparse.Namespace) -> int:
    lang = language()
    if args.end < args.start:
        raise CommandFailed(_PERIOD_BACKWARDS.text(lang), EXIT_USAGE)
    period = Period(args.start, args.end)
    if args.out is not None or args.xlsx is not None or args.pdf or args.police_csv:
        return make_report(args, period)
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


def make_report(args: argparse.Namespace, period: Period) -> int:
    """The report's files: checked before the vault is opened (opening is an event), then
    made, the saved files printed one a line and any note (no PDF, a passed-over
    template) on stderr."""
    from riskdesk.services.document_export import DocumentProblem

    lang = language()
    if args.pdf and args.out is None:
        raise CommandFailed(_PDF_NEEDS_OUT.text(lang), EXIT_USAGE)
    if args.police_csv and args.out is None:
        raise CommandFailed(_POLICE_NEEDS_OUT.text(lang), EXIT_USAGE)
    check_docx_out(args.out)
    if args.xlsx is not None and args.xlsx.suffix.lower() != ".xlsx":
        raise CommandFailed(_NOT_XLSX.text(lang), EXIT_USAGE)
    with opened_desk(args.vault, args.user) as desk:
        try:
            files = desk.statistics_report.export(
                period,
                docx=args.out,
                pdf=args.pdf,
                xlsx=args.xlsx,
                courses_since=args.courses_since,
                police_csv=args.police_csv,
            )
        except DocumentProblem as problem:
            raise CommandFailed(problem.text(lang), EXIT_FAILURE) from None
    for note in (files.notice, files.pdf_problem):
        if note is not None:
            report_error(note.text(lang))
    for path in (files.docx, files.pdf, files.xlsx):
        if path is not None:
            print(path)
    return EXIT_OK


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError("must be a date written YYYY-MM-DD") from None
