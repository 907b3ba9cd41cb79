"""Timings for the vault: unlocking with the default KDF cost, quick_check at open and
the case list on 10,000 persons. Run: ``python benchmarks/vault_benchmark.py``."""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from riskdesk.store.cipher_connection import open_cipher_connection
from riskdesk.store.key_slots import (
    DEFAULT_KDF_COST,
    KdfCost,
    new_data_key,
    read_key_file,
    sidecar_path,
    unwrap_data_key,
    wrap_data_key,
)
from riskdesk.store.tables import CaseRow, PersonRow
from riskdesk.store.vault import Vault

PERSONS = 10_000
PASSWORD = "kodeord-1"  # noqa: S105  (a throwaway benchmark vault)


def _median_ms(function: object, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    key = new_data_key()
    slot = wrap_data_key(
        data_key=key, vault_id="bench", username="u", password=PASSWORD, cost=DEFAULT_KDF_COST
    )
    unlock = _median_ms(
        lambda: unwrap_data_key(slot, vault_id="bench", username="u", password=PASSWORD)
    )
    print(f"unlock with {DEFAULT_KDF_COST}: median {unlock:.0f} ms")

    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "bench.riskdesk"
        cheap = KdfCost(memory_kib=64, iterations=1, lanes=1)
        vault = Vault.create(
            path, username="admin", display_name="Bench", password=PASSWORD, kdf_cost=cheap
        )
        now = vault._clock()
        # Bulk rows straight through the session: the benchmark measures reading.
        with vault.unit_of_work() as uow:
            session = uow.audit._session
            for number in range(PERSONS):
                born = date(1990, 1, 1) + timedelta(days=number % 9000)
                cpr = f"{born:%d%m%y}{number % 10000:04d}"
                session.add(
                    PersonRow(
                        id=number + 1,
                        name=f"Testperson Nummer{number} Efternavn",
                        name_folded=f"testperson nummer{number} efternavn",
                        cpr_digits=cpr,
                        birth_date=born,
                        guardians_json="[]",
                        notes="Syntetisk note " * 20,
                        phone="",
                        email="",
                        address="Testvej 1",
                        postal_code="9999",
                        city="Testby",
                        created_at=now,
                        updated_at=now,
                    )
                )
                session.flush()
                session.add(
                    CaseRow(
                        person_id=number + 1,
                        case_number=f"{2015 + number // 1000}-{number % 1000 + 1:04d}",
                        level=2,
                        kind="individual",
                        status="open",
                        opened_on=date(2020, 1, 1),
                        close_reason="",
                        caseworker="admin",
                        referral_source="other",
                        legal_basis="not_recorded",
                        legal_basis_note="",
                        notes="",
                        created_at=now,
                        updated_at=now,
                    )
                )
        vault.close()
        print(f"vault file: {path.stat().st_size / 1e6:.1f} MB")

        vault = Vault.open(path, username="admin", password=PASSWORD)
        for search in ["", "nummer4711", "testperson efternavn", "0101901", "2019-0500"]:

            def run(search: str = search) -> int:
                with vault.unit_of_work() as uow:
                    return len(uow.cases.summaries(search))

            print(f"summaries({search!r}) -> {run()} rows: median {_median_ms(run):.1f} ms")
        vault.close()

        key_file = read_key_file(sidecar_path(path))
        data_key = unwrap_data_key(
            key_file.slot_for("admin"),
            vault_id=key_file.vault_id,
            username="admin",
            password=PASSWORD,
        )

        def quick_check() -> None:
            connection = open_cipher_connection(path, data_key)
            connection.execute("PRAGMA quick_check").fetchall()
            connection.close()

        print(f"quick_check on a fresh connection: median {_median_ms(quick_check):.1f} ms")
        open_ms = _median_ms(
            lambda: Vault.open(path, username="admin", password=PASSWORD).close(), 3
        )
        print(f"Vault.open with a cheap KDF (everything but the KDF): median {open_ms:.1f} ms")


if __name__ == "__main__":
    main()
