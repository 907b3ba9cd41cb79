"""``riskdesk journal add|list|done``: the case journal. Bad input is refused naming the
field (exit 2); an unknown case number exits 1 with the sentence every command uses. The
entry's text is printed only by ``list``, to the user who asked for it."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from riskdesk.cli.arguments import record_id
from riskdesk.cli.console import EXIT_OK, language, opened_desk, translated_errors
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.domain.journal import (
    JOURNAL_KIND_LABELS,
    JournalEntry,
    JournalEntryId,
    JournalKind,
    Participant,
)
from riskdesk.domain.localized import Language

_KINDS = "|".join(k.value for k in JournalKind)
_PARTICIPANTS = ", ".join(p.value for p in Participant)


def add_parser(commands: Any) -> None:
    journal = commands.add_parser("journal", help="the case journal (sagsjournal)")
    sub = journal.add_subparsers(dest="journal_command", required=True, metavar="COMMAND")

    add = sub.add_parser("add", help="write an entry in a case's journal")
    _vault_arguments(add)
    add.add_argument("--case", required=True, metavar="CASE_NUMBER")
    add.add_argument("--date", metavar="YYYY-MM-DD", help="the day it happened (default today)")
    add.add_argument("--kind", metavar=_KINDS, help="required unless --daily-report")
    add.add_argument(
        "--participant",
        action="append",
        default=[],
        dest="participants",
        metavar="ROLE",
        help=f"who took part (repeat): {_PARTICIPANTS}",
    )
    add.add_argument("--others", default="", help="anyone else who took part, as free text")
    add.add_argument("--text", help="what happened and what was agreed")
    add.add_argument("--follow-up", metavar="YYYY-MM-DD", help="when to look at it again")
    add.add_argument(
        "--daily-report",
        action="store_true",
        help="a concern talk with the parents after the police daily report (the template); "
        "the other options change its fields",
    )
    add.add_argument("--format", choices=("text", "json"), default="text")
    add.set_defaults(run=run_add)

    listing = sub.add_parser("list", help="a case's journal, newest first")
    _vault_arguments(listing)
    listing.add_argument("--case", required=True, metavar="CASE_NUMBER")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(run=run_list)

    done = sub.add_parser("done", help="mark an entry's follow-up as done")
    _vault_arguments(done)
    done.add_argument("--entry", required=True, type=record_id, metavar="ID")
    done.add_argument(
        "--date",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the day it was done (default today)",
    )
    done.add_argument("--format", choices=("text", "json"), default="text")
    done.set_defaults(run=run_done)


def _vault_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    parser.add_argument("--user", required=True)


def run_add(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        fields: dict[str, Any] = {"kind": "", "text": "", "participants": ()}
        if args.daily_report:
            fields = dict(desk.journal.daily_report_template(language=language()))
        given = {
            "happened_on": args.date,
            "kind": args.kind,
            "text": args.text,
            "participants": tuple(args.participants) or None,
            "other_participants": args.others or None,
            "follow_up_on": args.follow_up,
        }
        fields |= {k: v for k, v in given.items() if v is not None}
        fields.setdefault("happened_on", date.today())
        entry = desk.journal.add(case_number=args.case, **fields)
        number = args.case
    _print([entry], args.format, number)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        entries = desk.journal.for_case(case_number=args.case)
    _print(entries, args.format, args.case)
    return EXIT_OK


def run_done(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        entry = desk.journal.mark_follow_up_done(JournalEntryId(args.entry), done_on=args.date)
    _print([entry], args.format, None)
    return EXIT_OK


def _print(entries: list[JournalEntry], form: str, case_number: str | None) -> None:
    if form == "json":
        rows = [as_json(e, case_number) for e in entries]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    lang = Language(language())
    for e in entries:
        follow_up = e.follow_up_on.isoformat() if e.follow_up_on else "-"
        if e.follow_up_done_on is not None:
            follow_up += " ✓"
        print(
            f"{e.id:>6}  {e.happened_on.isoformat()}  {JOURNAL_KIND_LABELS[e.kind].text(lang):<32} "
            f"{follow_up:<13} {e.text.splitlines()[0] if e.text else ''}"
        )


def as_json(entry: JournalEntry, case_number: str | None) -> dict[str, object]:
    return {
        "id": entry.id,
        "case_id": entry.case_id,
        "case_number": case_number,
        "date": entry.happened_on.isoformat(),
        "kind": entry.kind.value,
        "participants": [p.value for p in entry.participants],
        "other_participants": entry.other_participants,
        "text": entry.text,
        "follow_up": entry.follow_up_on.isoformat() if entry.follow_up_on else None,
        "follow_up_done": entry.follow_up_done_on.isoformat() if entry.follow_up_done_on else None,
        "written_by": entry.written_by,
    }
