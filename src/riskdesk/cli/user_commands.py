"""``riskdesk user add``, ``user set-role`` and ``user reset-password`` (administrators)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from riskdesk.cli.console import (
    EXIT_OK,
    NEW_PASSWORD_ENV,
    language,
    opened_desk,
    read_password,
)
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.user import ROLE_LABELS, Role

_ADDED = LocalizedText(da="Brugeren {user} er oprettet.", en="User {user} added.")
_ROLE_SET = LocalizedText(da="Brugeren {user} er nu {role}.", en="User {user} is now {role}.")
_DEACTIVATED = LocalizedText(da="Brugeren {user} er deaktiveret.", en="User {user} is deactivated.")
_RESET = LocalizedText(
    da="Brugeren {user} har fået en ny adgangskode.", en="User {user} has a new password."
)


def add_parser(commands: Any) -> None:
    user = commands.add_parser("user", help="manage users (administrators)")
    user_commands = user.add_subparsers(dest="user_command", required=True, metavar="COMMAND")
    add = user_commands.add_parser("add", help="add a user with their own password")
    _common(add)
    add.add_argument("--display-name", help="the new user's full name (default: the user name)")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.set_defaults(run=run_add)
    set_role = user_commands.add_parser("set-role", help="give a user another role")
    _common(set_role)
    set_role.add_argument("--role", required=True, choices=[role.value for role in Role])
    set_role.add_argument(
        "--inactive", action="store_true", help="deactivate the user: they can no longer log in"
    )
    set_role.set_defaults(run=run_set_role)
    reset = user_commands.add_parser("reset-password", help="give a user a new password")
    _common(reset)
    reset.set_defaults(run=run_reset)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--user", required=True, help="the administrator doing this")
    parser.add_argument("--name", required=True, help="the user name of the user concerned")


def run_add(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk:
        new_password = read_password(NEW_PASSWORD_ENV, prompt="Ny brugers adgangskode: ")
        desk.users.add(
            username=args.name,
            display_name=args.display_name or args.name,
            role=Role(args.role),
            password=new_password,
        )
    print(_ADDED.format(user=args.name).text(language()))
    return EXIT_OK


def run_set_role(args: argparse.Namespace) -> int:
    role = Role(args.role)
    with opened_desk(args.vault, args.user) as desk:
        desk.users.set_role(username=args.name, role=role, active=not args.inactive)
    lang = language()
    words = _DEACTIVATED if args.inactive else _ROLE_SET
    print(words.format(user=args.name, role=ROLE_LABELS[role].text(lang).lower()).text(lang))
    return EXIT_OK


def run_reset(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk:
        new_password = read_password(NEW_PASSWORD_ENV, prompt="Ny adgangskode: ")
        desk.users.reset_password(username=args.name, new_password=new_password)
    print(_RESET.format(user=args.name).text(language()))
    return EXIT_OK
