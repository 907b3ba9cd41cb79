"""Kill -9 in the middle of changing a password, resetting one or adding a user, and
check that the vault is in either the old state or the new state with its audit event.

A helper process imports RiskDesk once and, for each run, forks a child that opens the
vault and does one change; unless the run is a calibration, the helper kills the child
with SIGKILL after a random delay within the change's own duration. The check opens the
vault afterwards, as the next user would. Used by ``test_crash.py`` (a few dozen kills)
and ``benchmarks/faults_audit.py`` (hundreds).

Run as a script, this file is the helper: one JSON request per line on stdin, one JSON
reply per line on stdout.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHANGE, RESET, ADD = "change", "reset", "add"
ADMIN = "admin"


@dataclass
class CrashTally:
    runs: int = 0
    killed: int = 0
    old_state: int = 0
    new_state: int = 0
    unexplained: list[str] = field(default_factory=list)
    leftovers: int = 0
    false_alarms: int = 0

    def summary(self) -> str:
        return (
            f"{self.runs} runs, {self.killed} killed mid-way: {self.old_state} old state, "
            f"{self.new_state} new state with its event, {len(self.unexplained)} neither; "
            f"{self.leftovers} leftover temporary files after the next open, "
            f"{self.false_alarms} audit findings"
        )


class Helper:
    """The forking helper process."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, str(Path(__file__))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)),
        )

    def run(self, request: dict[str, Any]) -> dict[str, Any]:
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        self._process.stdin.write(json.dumps(request) + "\n")
        self._process.stdin.flush()
        reply: dict[str, Any] = json.loads(self._process.stdout.readline())
        return reply

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait(timeout=30)


@contextmanager
def helper() -> Iterator[Helper]:
    running = Helper()
    try:
        yield running
    finally:
        running.close()


def run_kills(vault: Path, *, admin_password: str, kills: int, seed: int) -> CrashTally:
    """``kills`` runs of the three changes in turn, each killed at a random moment."""
    from riskdesk.domain.user import Role
    from riskdesk.store.vault import Vault
    from vault_fixtures import CHEAP_KDF

    rng = random.Random(seed)  # noqa: S311 - kill moments, not secrets
    tally = CrashTally()
    passwords = {"bo": "bo-kodeord-0", "carl": "carl-kodeord-0"}
    with Vault.open(vault, username=ADMIN, password=admin_password, kdf_cost=CHEAP_KDF) as admin:
        for name, password in passwords.items():
            admin.add_user(
                username=name, display_name=name, role=Role.CASEWORKER, password=password
            )
    for name, password in passwords.items():
        # Each chooses their own password at their first open (here: the same one).
        Vault.open(
            vault, username=name, password=password, new_password=password, kdf_cost=CHEAP_KDF
        ).close()
    with helper() as forking:
        durations = {
            op: _calibrate(forking, vault, op, admin_password, passwords)
            for op in (CHANGE, RESET, ADD)
        }
        per_op = -(-kills // 3)
        for run in range(kills):
            op = (CHANGE, RESET, ADD)[run % 3]
            request = _request(vault, op, admin_password, passwords, run)
            # Spread over the change and a little past it: the n-th run of an operation
            # falls at random within the n-th of equal parts, so every part is hit.
            part = (run // 3 + rng.random()) / per_op
            request["kill_after"] = durations[op] * 1.3 * part
            before = _events(vault, admin_password)
            reply = forking.run(request)
            tally.runs += 1
            tally.killed += int(reply["killed"])
            _check(vault, request, before, admin_password, passwords, tally)
    return tally


def _calibrate(
    forking: Helper, vault: Path, op: str, admin_password: str, passwords: dict[str, str]
) -> float:
    request = _request(vault, op, admin_password, passwords, -1)
    reply = forking.run(request)
    assert not reply["killed"], reply
    assert reply["exit"] == 0, reply
    _apply(request, passwords)
    return float(reply["seconds"])


def _request(
    vault: Path, op: str, admin_password: str, passwords: dict[str, str], run: int
) -> dict[str, Any]:
    if op == CHANGE:
        old = passwords["bo"]
        return {
            "op": op,
            "vault": str(vault),
            "user": "bo",
            "password": old,
            "target": "bo",
            "new": _next(old),
            "kill_after": None,
        }
    if op == RESET:
        return {
            "op": op,
            "vault": str(vault),
            "user": ADMIN,
            "password": admin_password,
            "target": "carl",
            "new": _next(passwords["carl"]),
            "kill_after": None,
        }
    return {
        "op": op,
        "vault": str(vault),
        "user": ADMIN,
        "password": admin_password,
        "target": f"ny{run + 1}",
        "new": f"ny-kodeord-{run + 1}",
        "kill_after": None,
    }


def _next(password: str) -> str:
    stem, _, number = password.rpartition("-")
    return f"{stem}-{int(number) + 1}"


def _apply(request: dict[str, Any], passwords: dict[str, str]) -> None:
    if request["op"] in (CHANGE, RESET):
        passwords[request["target"]] = request["new"]


def _events(vault: Path, admin_password: str) -> list[tuple[str, str]]:
    from riskdesk.domain.use_cases import UseCase
    from riskdesk.store.vault import Vault
    from vault_fixtures import CHEAP_KDF

    with (
        Vault.open(vault, username=ADMIN, password=admin_password, kdf_cost=CHEAP_KDF) as admin,
        admin.unit_of_work(UseCase.AUDIT_EVENTS) as uow,
    ):
        return [
            (str(e.details.get("use_case")), str(e.details.get("username", e.username)))
            for e in uow.audit.events()
        ]


_USE_CASE = {CHANGE: "user.change_password", RESET: "user.reset_password", ADD: "user.add"}


def _check(
    vault: Path,
    request: dict[str, Any],
    before: list[tuple[str, str]],
    admin_password: str,
    passwords: dict[str, str],
    tally: CrashTally,
) -> None:
    from riskdesk.domain.use_cases import UseCase
    from riskdesk.domain.vault_errors import VaultError
    from riskdesk.store.key_slots import read_key_file, sidecar_path
    from riskdesk.store.vault import Vault
    from vault_fixtures import CHEAP_KDF

    target, new = request["target"], request["new"]
    old = passwords.get(target)
    opens_new = _opens(vault, target, new)
    opens_old = old is not None and _opens(vault, target, old)
    after = _events(vault, admin_password)
    wanted = (_USE_CASE[request["op"]], target)
    event_added = after.count(wanted) == before.count(wanted) + 1
    if opens_new and not opens_old and event_added:
        tally.new_state += 1
        _apply(request, passwords)
    elif (opens_old or (old is None and not opens_new)) and not opens_new and not event_added:
        tally.old_state += 1
    else:
        tally.unexplained.append(
            f"{request['op']} killed after {request['kill_after']:.4f} s: new opens "
            f"{opens_new}, old opens {opens_old}, event {event_added}"
        )
    leftovers = list(vault.parent.glob(f".{vault.name}.keys.*.tmp"))
    tally.leftovers += len(leftovers)
    names = [r.username for r in read_key_file(sidecar_path(vault)).records]
    if len(names) != len(set(names)):
        tally.unexplained.append(f"{request['op']}: two records of one user after an open")
    try:
        with (
            Vault.open(vault, username=ADMIN, password=admin_password, kdf_cost=CHEAP_KDF) as admin,
            admin.unit_of_work(UseCase.AUDIT_VERIFY) as uow,
        ):
            report = uow.audit.verify()
        tally.false_alarms += sum(1 for f in report.findings if f.breaks_trust)
    except VaultError as error:
        tally.unexplained.append(f"{request['op']}: the administrator cannot open: {error}")


def _opens(vault: Path, username: str, password: str) -> bool:
    from riskdesk.domain.user import PasswordChangeRequired
    from riskdesk.domain.vault_errors import VaultError
    from riskdesk.store.vault import Vault
    from vault_fixtures import CHEAP_KDF

    try:
        Vault.open(vault, username=username, password=password, kdf_cost=CHEAP_KDF).close()
    except PasswordChangeRequired:
        return True  # the password opened the slot; its user would now choose their own
    except VaultError:
        return False
    return True


# -- the helper process ---------------------------------------------------------------


def _child(request: dict[str, Any]) -> None:
    from riskdesk.domain.user import Role
    from riskdesk.store.vault import Vault
    from vault_fixtures import CHEAP_KDF

    vault = Vault.open(
        Path(request["vault"]),
        username=request["user"],
        password=request["password"],
        kdf_cost=CHEAP_KDF,
    )
    if request["op"] == CHANGE:
        vault.change_password(old_password=request["password"], new_password=request["new"])
    elif request["op"] == RESET:
        vault.reset_password(username=request["target"], new_password=request["new"])
    else:
        vault.add_user(
            username=request["target"],
            display_name="Ny",
            role=Role.CASEWORKER,
            password=request["new"],
        )
    vault.close()


def _serve() -> None:
    import riskdesk.store.vault  # noqa: F401 - imported once, before every fork

    for line in sys.stdin:
        request = json.loads(line)
        started = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                _child(request)
                code = 0
            finally:
                os._exit(code)
        killed = False
        finished, status = 0, 0
        if request["kill_after"] is not None:
            time.sleep(request["kill_after"])
            finished, status = os.waitpid(pid, os.WNOHANG)
            if finished == 0:
                os.kill(pid, signal.SIGKILL)
                killed = True
        if finished == 0:
            _, status = os.waitpid(pid, 0)
        reply = {
            "killed": killed,
            "exit": os.waitstatus_to_exitcode(status),
            "seconds": time.perf_counter() - started,
        }
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    _serve()
