"""Processes for the backup fault tests (``test_backup_faults.py``), run as scripts:

- ``writer VAULT``: a caseworker creating people with cases in a loop, printing each
  case number once it is committed, until its stdin closes;
- ``backups VAULT FOLDER``: a supervisor taking backups one after another
  (``FOLDER/backup-PID-N.rdbackup``) until it is killed.

Each prints ``ready`` once the vault is open. The password is ``RISKDESK_PASSWORD``."""

from __future__ import annotations

import os
import sys
import threading
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 21)


def _writer(vault: Path) -> None:
    from riskdesk.demo.synthetic_people import synthetic_records
    from riskdesk.services.desk import Desk

    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    with Desk.open(vault, username="koordinator", password=os.environ["RISKDESK_PASSWORD"]) as desk:
        print("ready", flush=True)
        serial = 0
        while not stop.is_set():
            record = synthetic_records(1, seed=1000 + serial, today=TODAY, caseworkers=("x",))[0]
            person = dict(record.person)
            # No CPR: a repeated synthetic number would rightly be refused.
            person.pop("cpr")
            person["birth_date"] = TODAY.replace(year=TODAY.year - 30 - serial % 10)
            person["guardians"] = []
            case = {key: value for key, value in record.case.items() if key != "caseworker"}
            _, created = desk.cases.create_person_with_case(person=person, case=case)
            print(created.case_number, flush=True)
            serial += 1


def _backups(vault: Path, folder: Path) -> None:
    from riskdesk.services.desk import Desk

    with Desk.open(vault, username="leder", password=os.environ["RISKDESK_PASSWORD"]) as desk:
        print("ready", flush=True)
        number = 0
        while True:
            desk.backups.create(folder / f"backup-{os.getpid()}-{number}.rdbackup")
            number += 1


if __name__ == "__main__":
    role, vault_arg, *rest = sys.argv[1:]
    if role == "writer":
        _writer(Path(vault_arg))
    else:
        _backups(Path(vault_arg), Path(rest[0]))
