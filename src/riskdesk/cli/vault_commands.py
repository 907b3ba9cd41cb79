"""``riskdesk init``, ``riskdesk demo`` and ``riskdesk vault check``."""

from __future__ import annotations

import argparse
import os
from typing import Any

from riskdesk.cli.console import (
    EXIT_FAILURE,
    EXIT_OK,
    PASSWORD_ENV,
    CommandFailed,
    language,
    opened_desk,
    read_password,
    translated_errors,
)
from riskdesk.cli.vault_access import check_can_create
from riskdesk.cli.vault_option import local_vault
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.validation import clean_query

_VAULT_CREATED = LocalizedText(
    da="Boksen er oprettet. Administrator: {user}.", en="Vault created. Administrator: {user}."
)
_DEMO_CREATED = LocalizedText(
    da="Demoboks med {n} syntetiske personer oprettet. Brugere (adgangskode: {password}):",
    en="Demo vault with {n} synthetic people created. Users (password: {password}):",
)
_NAME = LocalizedText(da="Navnet", en="The name")
_CHECK_OK = LocalizedText(da="Boksen er intakt.", en="The vault is intact.")
_CHECK_FAILED = LocalizedText(
    da="Integritetstjekket fandt {n} fejl.", en="The integrity check found {n} problems."
)


def add_parser(commands: Any) -> None:
    init = commands.add_parser(
        "init", help="create a new vault; its first user is an administrator"
    )
    init.add_argument("--vault", type=local_vault, required=True)
    init.add_argument("--user", required=True, help="the administrator's user name")
    init.add_argument("--name", help="the administrator's full name (default: the user name)")
    init.set_defaults(run=run_init)

    demo = commands.add_parser("demo", help="create a vault filled with synthetic people and cases")
    demo.add_argument("--vault", type=local_vault, required=True)
    demo.add_argument("--persons", type=_positive, default=60)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(run=run_demo)

    vault = commands.add_parser("vault", help="vault maintenance")
    vault_commands = vault.add_subparsers(dest="vault_command", required=True, metavar="COMMAND")
    check = vault_commands.add_parser("check", help="the full page-by-page integrity check")
    check.add_argument("--vault", type=local_vault, required=True)
    check.add_argument("--user", required=True)
    check.set_defaults(run=run_check)


def _positive(text: str) -> int:
    digits = text.strip()
    if (
        not (digits.isascii() and digits.isdigit())
        or len(digits.lstrip("0")) > 6
        or not 1 <= int(digits) <= 100_000
    ):
        raise argparse.ArgumentTypeError("must be a whole number between 1 and 100000")
    return int(digits)


def run_init(args: argparse.Namespace) -> int:
    from riskdesk.services.desk import Desk
    from riskdesk.services.user_service import check_new_password, check_username

    with translated_errors():
        check_username(args.user)
        display_name = clean_query(args.name or args.user, field="--name", label=_NAME)
        check_can_create(args.vault)
        password = read_password()
        check_new_password(password)
        with Desk.create(
            args.vault, username=args.user, display_name=display_name, password=password
        ):
            pass
    print(_VAULT_CREATED.format(user=args.user).text(language()))
    return EXIT_OK


def run_demo(args: argparse.Namespace) -> int:
    from riskdesk.demo.demo_vault import DEFAULT_DEMO_PASSWORD, create_demo_vault
    from riskdesk.domain.user import ROLE_LABELS

    password = os.environ.get(PASSWORD_ENV) or DEFAULT_DEMO_PASSWORD
    check_can_create(args.vault)
    with translated_errors():
        users = create_demo_vault(
            args.vault, persons=args.persons, seed=args.seed, password=password
        )
    lang = language()
    print(_DEMO_CREATED.format(n=args.persons, password=password).text(lang))
    for user in users:
        print(f"  {user.username:<12} {ROLE_LABELS[user.role].text(lang)}")
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk:
        problems = desk.check_integrity()
    if problems:
        raise CommandFailed(_CHECK_FAILED.format(n=len(problems)).text(language()), EXIT_FAILURE)
    print(_CHECK_OK.text(language()))
    return EXIT_OK
