"""``riskdesk case list``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from riskdesk.cli.console import EXIT_OK, language, opened_desk
from riskdesk.domain.case import KIND_LABELS, STATUS_LABELS


def add_parser(commands: Any) -> None:
    case = commands.add_parser("case", help="cases")
    case_commands = case.add_subparsers(dest="case_command", required=True, metavar="COMMAND")
    listing = case_commands.add_parser("list", help="list cases, optionally matching a search")
    listing.add_argument("--vault", type=Path, required=True)
    listing.add_argument("--user", required=True)
    listing.add_argument("--search", default="", help="name, CPR number or case number")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(run=run_list)


def run_list(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk:
        rows = desk.cases.search(args.search)
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "case_number": row.case_number,
                        "person_name": row.person_name,
                        "cpr": row.cpr,
                        "birth_date": row.birth_date.isoformat(),
                        "level": row.level,
                        "kind": row.kind.value,
                        "status": row.status.value,
                        "caseworker": row.caseworker,
                        "opened_on": row.opened_on.isoformat(),
                    }
                    for row in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    lang = language()
    for row in rows:
        print(
            f"{row.case_number:<10} {row.person_name:<30} {row.cpr or '':<11} "
            f"{row.level:>2}  {KIND_LABELS[row.kind].text(lang):<16} "
            f"{STATUS_LABELS[row.status].text(lang):<7} {row.caseworker}"
        )
    return EXIT_OK
