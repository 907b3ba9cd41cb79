"""``riskdesk concern add|list|close|agenda|escalate``: niveau-1 concerns, which hold no
name, CPR number, birth date or contact detail. A note holding one is refused naming
what was found (exit 2), never repeating it; ``escalate`` files the person then, as
``riskdesk case add`` does, and links the concern to the new case."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from riskdesk.cli.arguments import record_id
from riskdesk.cli.console import (
    EXIT_OK,
    language,
    opened_desk,
)
from riskdesk.cli.option_problems import options_named
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.domain.case import CaseKind, ReferralSource
from riskdesk.domain.concern import (
    AGE_BAND_LABELS,
    SOURCE_LABELS,
    STATUS_LABELS,
    AgeBand,
    CloseReason,
    Concern,
    ConcernId,
    ConcernStatus,
    Sex,
)
from riskdesk.domain.inquiry import InquiryId, InquirySource
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.meeting import MeetingId

_OPTIONS = {
    "noted_on": "--date",
    "topic": "--topic",
    "age_band": "--age-band",
    "sex": "--sex",
    "area": "--area",
    "source": "--source",
    "note": "--note",
    "from_inquiry": "--inquiry",
    "close_reason": "--reason",
    "status": "--concern",
    "meeting": "--meeting",
    "start": "--from",
    "end": "--to",
    "person.name": "--name",
    "person.cpr": "--cpr",
    "person.birth_date": "--birth-date",
    "case.level": "--level",
    "case.kind": "--kind",
    "case.referral_source": "--referral-source",
}
_SOURCES = ", ".join(s.value for s in InquirySource)
_ESCALATED = LocalizedText(
    da="Bekymring {concern} er gjort til sag {number}.",
    en="Concern {concern} was escalated to case {number}.",
)


def add_parser(commands: Any) -> None:
    concern = commands.add_parser("concern", help="niveau-1 concerns, without identity")
    sub = concern.add_subparsers(dest="concern_command", required=True, metavar="COMMAND")

    add = sub.add_parser("add", help="register a concern: never a name, CPR number or contact")
    _vault_arguments(add)
    add.add_argument("--date", metavar="YYYY-MM-DD", help="the day it was raised (default today)")
    add.add_argument("--topic", required=True, help="a topic id from forms/concern-topics.yaml")
    add.add_argument("--age-band", required=True, metavar="|".join(a.value for a in AgeBand))
    add.add_argument("--sex", required=True, metavar="|".join(s.value for s in Sex))
    add.add_argument("--area", required=True, help="an area from the municipality file")
    add.add_argument("--source", required=True, metavar="SOURCE", help=_SOURCES)
    add.add_argument("--note", default="", help="a short note, never a name or CPR number")
    add.add_argument("--inquiry", type=record_id, metavar="ID", help="the inquiry it came from")
    _format(add)
    add.set_defaults(run=run_add)

    listing = sub.add_parser("list", help="concerns, newest first")
    _vault_arguments(listing)
    listing.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    listing.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    listing.add_argument("--topic")
    listing.add_argument("--area")
    listing.add_argument("--source", metavar="SOURCE", help=_SOURCES)
    listing.add_argument("--status", metavar="|".join(s.value for s in ConcernStatus))
    _format(listing)
    listing.set_defaults(run=run_list)

    close = sub.add_parser("close", help="close an open concern with a reason")
    _vault_arguments(close)
    close.add_argument("--concern", type=record_id, required=True, metavar="ID")
    close.add_argument("--reason", required=True, metavar="|".join(r.value for r in CloseReason))
    _format(close)
    close.set_defaults(run=run_close)

    agenda = sub.add_parser("agenda", help="put a concern on a coordination meeting's agenda")
    _vault_arguments(agenda)
    agenda.add_argument("--concern", type=record_id, required=True, metavar="ID")
    agenda.add_argument("--meeting", type=record_id, required=True, metavar="ID")
    agenda.add_argument("--remove", action="store_true", help="take it off instead")
    _format(agenda)
    agenda.set_defaults(run=run_agenda)

    escalate = sub.add_parser("escalate", help="make a niveau-2 case for the person, linked")
    _vault_arguments(escalate)
    escalate.add_argument("--concern", type=record_id, required=True, metavar="ID")
    escalate.add_argument("--name", required=True, help="the person's full name")
    born = escalate.add_mutually_exclusive_group(required=True)
    born.add_argument("--cpr", help="the CPR number, DDMMYY-SSSS")
    born.add_argument(
        "--birth-date", help="YYYY-MM-DD or DD.MM.YYYY, for a person without a CPR number"
    )
    escalate.add_argument("--level", type=int, default=2, help="the case level (default 2)")
    escalate.add_argument("--kind", required=True, choices=[kind.value for kind in CaseKind])
    escalate.add_argument("--referral-source", choices=[source.value for source in ReferralSource])
    _format(escalate)
    escalate.set_defaults(run=run_escalate)


def _vault_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    parser.add_argument("--user", required=True)


def _format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run_add(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk, options_named(_OPTIONS):
        concern = desk.concerns.add(
            noted_on=args.date or date.today(),
            topic=args.topic,
            age_band=args.age_band,
            sex=args.sex,
            area=args.area,
            source=args.source,
            note=args.note,
            from_inquiry=InquiryId(args.inquiry) if args.inquiry else None,
        )
        _print([concern], args.format, desk.concerns.topics.label)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk, options_named(_OPTIONS):
        concerns = desk.concerns.list(
            start=args.start,
            end=args.end,
            topic=args.topic,
            area=args.area,
            source=args.source,
            status=args.status,
        )
        _print(concerns, args.format, desk.concerns.topics.label)
    return EXIT_OK


def run_close(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk, options_named(_OPTIONS):
        concern = desk.concerns.close(ConcernId(args.concern), reason=args.reason)
        _print([concern], args.format, desk.concerns.topics.label)
    return EXIT_OK


def run_agenda(args: argparse.Namespace) -> int:
    concern_id, meeting_id = ConcernId(args.concern), MeetingId(args.meeting)
    with opened_desk(args.vault, args.user) as desk, options_named(_OPTIONS):
        if args.remove:
            concern = desk.concerns.take_off_agenda(concern_id, meeting_id)
        else:
            concern = desk.concerns.put_on_agenda(concern_id, meeting_id)
        _print([concern], args.format, desk.concerns.topics.label)
    return EXIT_OK


def run_escalate(args: argparse.Namespace) -> int:
    person: dict[str, Any] = {"name": args.name, "cpr": args.cpr, "birth_date": args.birth_date}
    case: dict[str, Any] = {"level": args.level, "kind": args.kind}
    if args.referral_source is not None:
        case["referral_source"] = args.referral_source
    with opened_desk(args.vault, args.user) as desk, options_named(_OPTIONS):
        stored_person, stored_case, concern = desk.concerns.escalate(
            ConcernId(args.concern), person=person, case=case
        )
    if args.format == "json":
        _print_json(
            {
                "concern_id": concern.id,
                "case_number": stored_case.case_number,
                "case_id": stored_case.id,
                "person_id": stored_person.id,
            }
        )
    else:
        message = _ESCALATED.format(concern=concern.number, number=stored_case.case_number)
        print(message.text(language()))
    return EXIT_OK


def _print(concerns: list[Concern], form: str, topic_label: Any) -> None:
    if form == "json":
        _print_json([as_json(c) for c in concerns])
        return
    lang = language()
    for c in concerns:
        print(
            f"{c.number:>7}  {c.noted_on.isoformat()}  {topic_label(c.topic).text(lang):<20} "
            f"{AGE_BAND_LABELS[c.age_band].text(lang):<16} {c.area:<10} "
            f"{SOURCE_LABELS[c.source].text(lang):<24} {STATUS_LABELS[c.status].text(lang)}"
        )


def as_json(concern: Concern) -> dict[str, object]:
    """A concern for scripts: what it is about, never whom (an escalated one names its
    case by number)."""
    return {
        "id": concern.id,
        "number": concern.number,
        "date": concern.noted_on.isoformat(),
        "topic": concern.topic,
        "age_band": concern.age_band.value,
        "sex": concern.sex.value,
        "area": concern.area,
        "source": concern.source.value,
        "status": concern.status.value,
        "close_reason": concern.close_reason.value if concern.close_reason else None,
        "case_number": concern.case_number,
        "meetings": list(concern.meeting_ids),
        "note": concern.note,
    }


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))
