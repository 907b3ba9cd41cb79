"""``riskdesk meeting add``: a new meeting, alone or as a repeating series (every N weeks
until a date, or on given dates) made in one use case. A wrong kind, date, area or
repetition is refused naming the field (exit 2) and nothing is stored."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from riskdesk.cli.console import EXIT_OK, opened_desk, translated_errors
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.meeting import MeetingKind, meeting_from
from riskdesk.domain.meeting_series import parse_dates
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError

_UNTIL_NOT_A_DATE = LocalizedText(
    da="Slutdatoen skal være en gyldig dato (ÅÅÅÅ-MM-DD).",
    en="The end date must be a valid date (YYYY-MM-DD).",
)


def add_parser(sub: Any) -> None:
    """``add`` under ``riskdesk meeting``'s subcommands ``sub``."""
    add = sub.add_parser("add", help="a new meeting, or a repeating series of them")
    add.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    add.add_argument("--user", required=True)
    add.add_argument("--kind", required=True, metavar="|".join(k.value for k in MeetingKind))
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--time", metavar="HH:MM")
    add.add_argument("--place", default="")
    add.add_argument("--area", default="", help="the school district of a coordination meeting")
    repeat = add.add_mutually_exclusive_group()
    repeat.add_argument("--every-weeks", type=int, metavar="N", help="repeat every N weeks")
    repeat.add_argument("--dates", metavar="DATE,DATE", help="repeat on these dates")
    add.add_argument("--until", metavar="YYYY-MM-DD", help="the last meeting of --every-weeks")
    add.add_argument("--format", choices=("text", "json"), default="text")
    add.set_defaults(run=run_add)


def run_add(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        first = meeting_from(
            {
                "kind": args.kind,
                "held_on": args.date,
                "starts_at": args.time,
                "place": args.place,
                "area": args.area,
            }
        )
        if args.every_weeks is None and args.dates is None:
            made = [desk.meetings.save(first)]
        else:
            made = desk.meetings.save_series(
                first,
                every_weeks=args.every_weeks,
                until=_until(args.until),
                dates=parse_dates(args.dates or ""),
            )
    if args.format == "json":
        rows = [
            {
                "meeting_id": m.id,
                "date": m.held_on.isoformat(),
                "kind": m.kind.value,
                "area": m.area or None,
                "series_id": m.series_id,
            }
            for m in made
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for m in made:
        print(f"{m.id:>5}  {m.held_on.isoformat()}")
    return EXIT_OK


def _until(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserInputError([Problem("until", _UNTIL_NOT_A_DATE)]) from None
