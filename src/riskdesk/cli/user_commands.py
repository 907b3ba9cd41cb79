"""``riskdesk user …``: an administrator's ``list``, ``add``, ``set-role``, ``deactivate``,
``activate`` and ``reset-password``, and every user's own ``password``.

A user an administrator added, or whose password an administrator reset, chooses their
own with ``user password`` (or in the window) before any other command opens the vault
for them; until then each says so in one line."""

from __future__ import annotations

import argparse
import json
import os
from datetime import datetime
from typing import Any

from riskdesk.cli.console import (
    EXIT_OK,
    EXIT_USAGE,
    NEW_PASSWORD_ENV,
    CommandFailed,
    check_can_open_place,
    language,
    open_desk,
    opened_desk,
    read_password,
    translated_errors,
)
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.domain.user import ROLE_LABELS, PasswordChangeRequired, Role, UserOverview

_ADDED = LocalizedText(
    da="Brugeren {user} er oprettet og vælger sin egen adgangskode ved første login.",
    en="User {user} added; they choose their own password at their first login.",
)
_ROLE_SET = LocalizedText(da="Brugeren {user} er nu {role}.", en="User {user} is now {role}.")
_DEACTIVATED = LocalizedText(da="Brugeren {user} er deaktiveret.", en="User {user} is deactivated.")
_ACTIVATED = LocalizedText(da="Brugeren {user} er aktiv igen.", en="User {user} is active again.")
_RESET = LocalizedText(
    da="Brugeren {user} har fået en ny adgangskode og vælger sin egen ved næste login.",
    en="User {user} has a new password and chooses their own at their next login.",
)
_PASSWORD_CHANGED = LocalizedText(
    da="Din adgangskode er skiftet.", en="Your password has been changed."
)
_PASSWORDS_DIFFER = LocalizedText(
    da="De to adgangskoder er ikke ens.", en="The two passwords are not the same."
)
_ACTIVE = LocalizedText(da="aktiv", en="active")
_INACTIVE = LocalizedText(da="deaktiveret", en="deactivated")
_NEVER = LocalizedText(da="aldrig", en="never")


def add_parser(commands: Any) -> None:
    user = commands.add_parser("user", help="manage users (administrators), or your password")
    user_commands = user.add_subparsers(dest="user_command", required=True, metavar="COMMAND")
    listing = user_commands.add_parser(
        "list", help="every user: role, name, active or not, last login"
    )
    _vault_and_user(listing)
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(run=run_list)
    add = user_commands.add_parser("add", help="add a user with a first password")
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
    for name, help_text, active in (
        ("deactivate", "stop a user from logging in; their records and log stay", False),
        ("activate", "let a deactivated user log in again", True),
    ):
        command = user_commands.add_parser(name, help=help_text)
        _common(command)
        command.set_defaults(run=run_set_active, active=active)
    reset = user_commands.add_parser("reset-password", help="give a user a new first password")
    _common(reset)
    reset.set_defaults(run=run_reset)
    password = user_commands.add_parser(
        "password", help="change your own password (RISKDESK_NEW_PASSWORD or a prompt)"
    )
    _vault_and_user(password, who="you")
    password.set_defaults(run=run_password)


def _vault_and_user(parser: argparse.ArgumentParser, who: str = "the administrator") -> None:
    parser.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    parser.add_argument("--user", required=True, help=f"{who} (the user logging in)")


def _common(parser: argparse.ArgumentParser) -> None:
    _vault_and_user(parser)
    parser.add_argument("--name", required=True, help="the user name of the user concerned")


def run_list(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk:
        overview = desk.users.overview()
    if args.format == "json":
        print(json.dumps([_user_json(line) for line in overview], ensure_ascii=False, indent=2))
        return EXIT_OK
    lang = language()
    rows = [_user_row(line, lang) for line in overview]
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[4]]))
    return EXIT_OK


def _user_json(line: UserOverview) -> dict[str, Any]:
    user = line.user
    return {
        "username": user.username,
        "display_name": user.display_name,
        "role": user.role.value,
        "active": user.active,
        "last_login": line.last_login.isoformat() if line.last_login else None,
    }


def _user_row(line: UserOverview, lang: str) -> list[str]:
    user = line.user
    return [
        user.username,
        user.display_name,
        ROLE_LABELS[user.role].text(lang).lower(),
        (_ACTIVE if user.active else _INACTIVE).text(lang),
        _moment(line.last_login, lang) if line.last_login else _NEVER.text(lang),
    ]


def _moment(moment: datetime, lang: str) -> str:
    local = moment.astimezone()
    day = dmy(local.date()) if lang == Language.DANISH else local.date().isoformat()
    return f"{day} {local:%H:%M}"


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


def run_set_active(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk:
        desk.users.set_active(username=args.name, active=args.active)
    words = _ACTIVATED if args.active else _DEACTIVATED
    print(words.format(user=args.name).text(language()))
    return EXIT_OK


def run_reset(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk:
        new_password = read_password(NEW_PASSWORD_ENV, prompt="Ny adgangskode: ")
        desk.users.reset_password(username=args.name, new_password=new_password)
    print(_RESET.format(user=args.name).text(language()))
    return EXIT_OK


def run_password(args: argparse.Namespace) -> int:
    """The user's own password: the one an administrator gave them is replaced as the
    vault opens (their key is sealed only under the new one); any other is changed."""
    check_can_open_place(args.vault)
    password = read_password()
    new_password = _read_new_password()
    with translated_errors():
        try:
            desk = open_desk(args.vault, username=args.user, password=password)
        except PasswordChangeRequired:
            open_desk(
                args.vault, username=args.user, password=password, new_password=new_password
            ).lock()
        else:
            with desk:
                desk.users.change_password(old_password=password, new_password=new_password)
    print(_PASSWORD_CHANGED.text(language()))
    return EXIT_OK


def _read_new_password() -> str:
    """From ``RISKDESK_NEW_PASSWORD``, or typed twice at a prompt."""
    if os.environ.get(NEW_PASSWORD_ENV) is not None:
        return read_password(NEW_PASSWORD_ENV)
    first = read_password(NEW_PASSWORD_ENV, prompt="Ny adgangskode: ")
    again = read_password(NEW_PASSWORD_ENV, prompt="Ny adgangskode igen: ")
    if first != again:
        raise CommandFailed(_PASSWORDS_DIFFER.text(language()), EXIT_USAGE)
    return first
