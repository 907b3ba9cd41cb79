"""``riskdesk import cases``: a unit's cases moving in from a spreadsheet (.xlsx or .csv).

The report goes to stdout: a summary, the columns not read (by letter), and each problem
row by its number in the spreadsheet and its field, never a name or CPR number. Exit
codes: 0 when the cases were imported, or for a dry run that the same real run would
pass; 1 when rows have problems (the real run imported nothing, unless
``--skip-invalid``); 2 for a file that is no spreadsheet or lacks a needed column."""

from __future__ import annotations

import argparse
import json
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
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.domain.import_report import ImportRefused, ImportReport
from riskdesk.domain.localized import LocalizedText
from riskdesk.services.spreadsheet_file import SPREADSHEET_SUFFIXES

_NOT_A_SPREADSHEET = LocalizedText(
    da="--xlsx skal være et Excel-regneark (.xlsx) eller en CSV-fil (.csv).",
    en="--xlsx must be an Excel spreadsheet (.xlsx) or a CSV file (.csv).",
)
_DRY_RUN_BAD = LocalizedText(
    da="Rækker med fejl: {bad}. En rigtig import ville blive afvist (eller springe dem over "
    "med --skip-invalid).",
    en="Rows with problems: {bad}. A real import would be refused (or skip them with "
    "--skip-invalid).",
)


def add_parser(commands: Any) -> None:
    importing = commands.add_parser("import", help="move cases in from a spreadsheet")
    kinds = importing.add_subparsers(dest="import_command", required=True, metavar="WHAT")
    cases = kinds.add_parser(
        "cases",
        help="people with one case each, from an .xlsx or .csv with a header row "
        "(see the README: Moving in from Excel)",
    )
    cases.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    cases.add_argument("--user", required=True)
    cases.add_argument(
        "--xlsx", type=Path, required=True, metavar="FILE", help="the .xlsx or .csv file"
    )
    cases.add_argument(
        "--dry-run", action="store_true", help="check every row and report; save nothing"
    )
    cases.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the good rows and report the others, instead of refusing the import",
    )
    cases.add_argument("--format", choices=("text", "json"), default="text")
    cases.set_defaults(run=run_import_cases)


def run_import_cases(args: argparse.Namespace) -> int:
    lang = language()
    if args.xlsx.suffix.lower() not in SPREADSHEET_SUFFIXES:
        raise CommandFailed(_NOT_A_SPREADSHEET.text(lang), EXIT_USAGE)
    with opened_desk(args.vault, args.user) as desk:
        sheet = desk.imports.read(args.xlsx)
        mapping = desk.imports.mapping(sheet)
        if args.dry_run:
            report = desk.imports.check(sheet, mapping)
        else:
            try:
                report = desk.imports.import_cases(sheet, mapping, skip_invalid=args.skip_invalid)
            except ImportRefused as refused:
                _print_report(refused.report, args.format, lang, refused=True)
                raise CommandFailed(refused.text(lang), EXIT_FAILURE) from None
    _print_report(report, args.format, lang, refused=False)
    if args.dry_run and report.problems and not args.skip_invalid:
        report_error(_DRY_RUN_BAD.format(bad=len(report.problem_rows)).text(lang))
        return EXIT_FAILURE
    return EXIT_OK


def _print_report(report: ImportReport, form: str, lang: str, *, refused: bool) -> None:
    if form == "json":
        print(json.dumps(report.as_json(lang) | {"refused": refused}, ensure_ascii=False, indent=2))
        return
    print(report.summary().text(lang))
    if (ignored := report.ignored_note()) is not None:
        print(ignored.text(lang))
    for line in report.problem_lines(lang):
        print(line)
