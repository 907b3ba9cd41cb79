"""``riskdesk server init`` and ``riskdesk server migrate``: IT sets up and upgrades a
team server as the database's owner (docs/TEAM-SERVER.md).

The owner's password comes from ``PGPASSWORD``, else the address, else a prompt; the
first administrator's from ``RISKDESK_NEW_PASSWORD``, else a prompt (typed twice)."""

from __future__ import annotations

import argparse
import os
from typing import Any

from riskdesk.cli.console import (
    EXIT_OK,
    EXIT_USAGE,
    NEW_PASSWORD_ENV,
    CommandFailed,
    language,
    read_password,
    translated_errors,
)
from riskdesk.cli.option_problems import options_named
from riskdesk.domain.localized import LocalizedText

OWNER_PASSWORD_ENV = "PGPASSWORD"  # noqa: S105 - the name of a variable, not a password

_INITIALISED = LocalizedText(
    da="Teamserveren er sat op. Administrator: {user}.",
    en="The team server is set up. Administrator: {user}.",
)
_DATABASE_CREATED = LocalizedText(da="Databasen blev oprettet.", en="The database was created.")
_MIGRATED = LocalizedText(
    da="Teamserveren er opgraderet til denne version af RiskDesk.",
    en="The team server is upgraded to this version of RiskDesk.",
)
_PASSWORDS_DIFFER = LocalizedText(
    da="De to adgangskoder er ikke ens.", en="The two passwords are not the same."
)
# The fields a refusal names, as the options and variables the command takes them from.
_INIT_OPTIONS = {
    "username": "--admin",
    "admin": "--admin",
    "name": "--name",
    "password": NEW_PASSWORD_ENV,
}
_URL_HELP = "the database as its owner: postgresql://OWNER@HOST:PORT/DATABASE"


def add_parser(commands: Any) -> None:
    server = commands.add_parser("server", help="set up or upgrade a team server (IT, as owner)")
    server_commands = server.add_subparsers(dest="server_command", required=True, metavar="COMMAND")
    init = server_commands.add_parser(
        "init",
        help="create the database if missing, the schema, roles, policies and the first "
        "administrator",
    )
    init.add_argument("--url", required=True, help=_URL_HELP)
    init.add_argument("--admin", required=True, help="the first administrator's user name")
    init.add_argument("--name", help="the administrator's full name (default: the user name)")
    init.set_defaults(run=run_init)
    upgrade = server_commands.add_parser(
        "migrate", help="upgrade the team server's schema and security to this version"
    )
    upgrade.add_argument("--url", required=True, help=_URL_HELP)
    upgrade.set_defaults(run=run_migrate)


def run_init(args: argparse.Namespace) -> int:
    from riskdesk.services.team_server_setup import init_team_server

    with translated_errors(), options_named(_INIT_OPTIONS):
        owner_password = read_owner_password(args.url)
        admin_password = _new_password()
        created = init_team_server(
            args.url,
            owner_password=owner_password,
            admin=args.admin,
            admin_name=args.name or args.admin,
            admin_password=admin_password,
        )
    lang = language()
    if created:
        print(_DATABASE_CREATED.text(lang))
    print(_INITIALISED.format(user=args.admin).text(lang))
    return EXIT_OK


def run_migrate(args: argparse.Namespace) -> int:
    from riskdesk.services.team_server_setup import migrate_team_server

    with translated_errors():
        migrate_team_server(args.url, owner_password=read_owner_password(args.url))
    print(_MIGRATED.text(language()))
    return EXIT_OK


def read_owner_password(url: str) -> str:
    from riskdesk.services.team_server_setup import owner_login

    login = owner_login(url)
    if os.environ.get(OWNER_PASSWORD_ENV) is not None:
        return read_password(OWNER_PASSWORD_ENV)
    if login.password is not None:
        return login.password
    return read_password(OWNER_PASSWORD_ENV, prompt="Ejerens adgangskode: ")


def _new_password() -> str:
    if os.environ.get(NEW_PASSWORD_ENV) is not None:
        return read_password(NEW_PASSWORD_ENV)
    first = read_password(NEW_PASSWORD_ENV, prompt="Administratorens adgangskode: ")
    again = read_password(NEW_PASSWORD_ENV, prompt="Administratorens adgangskode igen: ")
    if first != again:
        raise CommandFailed(_PASSWORDS_DIFFER.text(language()), EXIT_USAGE)
    return first
