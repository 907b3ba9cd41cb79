"""``riskdesk user add``."""

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
from riskdesk.domain.user import Role

_ADDED = LocalizedText(da="Brugeren {user} er oprettet.", en="User {user} added.")


def add_parser(commands: Any) -> None:
    user = commands.add_parser("user", help="manage users (administrators)")
    user_commands = user.add_subparsers(dest="user_command", required=True, metavar="COMMAND")
    add = user_commands.add_parser("add", help="add a user with their own password")
    add.add_argument("--vault", type=Path, required=True)
    add.add_argument("--user", required=True, help="the administrator doing this")
    add.add_argument("--name", required=True, help="the new user's user name")
    add.add_argument("--display-name", help="the new user's full name (default: the user name)")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.set_defaults(run=run_add)


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
