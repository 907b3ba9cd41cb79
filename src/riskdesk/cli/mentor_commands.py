"""``riskdesk mentor start|end|list``: mentor courses on cases. A mentor is a user with the
mentor role (``--mentor USERNAME``) or someone outside RiskDesk (``--external NAME``). Bad
input is refused naming the field (exit 2); an unknown case or course, or a course that is
not the mentor's own, exits 1."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from riskdesk.cli.arguments import record_id
from riskdesk.cli.console import EXIT_OK, case_by_number, language, opened_desk, translated_errors
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.domain.mentor_course import (
    END_REASON_LABELS,
    EndReason,
    MentorCourseId,
    MentorCourseLine,
    Reoffended,
)

_REASONS = "|".join(r.value for r in EndReason)
_REOFFENDED = "|".join(r.value for r in Reoffended)


def add_parser(commands: Any) -> None:
    mentor = commands.add_parser("mentor", help="mentor courses on cases (mentorforløb)")
    sub = mentor.add_subparsers(dest="mentor_command", required=True, metavar="COMMAND")

    start = sub.add_parser("start", help="start a mentor course on a case")
    _vault_arguments(start)
    start.add_argument("--case", required=True, metavar="CASE_NUMBER")
    who = start.add_mutually_exclusive_group(required=True)
    who.add_argument("--mentor", metavar="USERNAME", help="a user with the mentor role")
    who.add_argument("--external", metavar="NAME", help="a mentor outside RiskDesk")
    start.add_argument("--start", metavar="YYYY-MM-DD", help="the first day (default today)")
    start.add_argument("--planned-end", metavar="YYYY-MM-DD")
    start.add_argument("--note", default="")
    start.add_argument("--format", choices=("text", "json"), default="text")
    start.set_defaults(run=run_start)

    end = sub.add_parser("end", help="end a running mentor course")
    _vault_arguments(end)
    end.add_argument("--course", required=True, type=record_id, metavar="ID")
    end.add_argument("--date", metavar="YYYY-MM-DD", help="the last day (default today)")
    end.add_argument("--reason", required=True, metavar=_REASONS)
    end.add_argument("--reoffended", default=Reoffended.UNKNOWN.value, metavar=_REOFFENDED)
    end.add_argument("--reoffended-on", metavar="YYYY-MM-DD")
    end.add_argument("--note")
    end.add_argument("--format", choices=("text", "json"), default="text")
    end.set_defaults(run=run_end)

    listing = sub.add_parser("list", help="mentor courses, newest first")
    _vault_arguments(listing)
    listing.add_argument("--case", metavar="CASE_NUMBER")
    listing.add_argument("--mentor", metavar="USERNAME")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(run=run_list)


def _vault_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    parser.add_argument("--user", required=True)


def run_start(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        case = case_by_number(desk, args.case)
        course = desk.mentor_courses.start(
            case.case_id,
            mentor_username=args.mentor,
            external_mentor=args.external or "",
            started_on=args.start or date.today(),
            planned_end=args.planned_end,
            note=args.note,
        )
        lines = desk.mentor_courses.for_case(case.case_id)
    _print([line for line in lines if line.course.id == course.id], args.format)
    return EXIT_OK


def run_end(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        course = desk.mentor_courses.end(
            MentorCourseId(args.course),
            ended_on=args.date or date.today(),
            reason=args.reason,
            reoffended=args.reoffended,
            reoffended_on=args.reoffended_on,
            note=args.note,
        )
        lines = desk.mentor_courses.for_case(course.case_id)
    _print([line for line in lines if line.course.id == course.id], args.format)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        if args.case:
            lines = desk.mentor_courses.for_case(case_by_number(desk, args.case).case_id)
            if args.mentor:
                lines = [line for line in lines if line.course.mentor_username == args.mentor]
        elif args.mentor:
            lines = desk.mentor_courses.for_mentor(args.mentor)
        else:
            lines = desk.mentor_courses.all()
    _print(lines, args.format)
    return EXIT_OK


def _print(lines: list[MentorCourseLine], form: str) -> None:
    if form == "json":
        print(json.dumps([as_json(line) for line in lines], ensure_ascii=False, indent=2))
        return
    lang = language()
    for line in lines:
        course = line.course
        reason = END_REASON_LABELS[course.end_reason].text(lang) if course.end_reason else "-"
        print(
            f"{course.id:>6}  {line.case_number:<12} {line.mentor_name:<28} "
            f"{course.started_on.isoformat()} – "
            f"{course.ended_on.isoformat() if course.ended_on else '':<10}  {reason}"
        )


def as_json(line: MentorCourseLine) -> dict[str, object]:
    course = line.course
    return {
        "id": course.id,
        "case_number": line.case_number,
        "mentor": course.mentor_username or course.external_mentor,
        "mentor_name": line.mentor_name,
        "external": course.mentor_username is None,
        "start": course.started_on.isoformat(),
        "planned_end": _iso(course.planned_end),
        "end": _iso(course.ended_on),
        "end_reason": course.end_reason.value if course.end_reason else None,
        "reoffended": course.reoffended.value,
        "reoffended_on": _iso(course.reoffended_on),
        "note": course.note,
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None
