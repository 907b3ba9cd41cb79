"""Each query's searches counted per user and Danish day (``audit_search_days``,
migration 0015), and each query's words once (``audit_query_terms``): a batch that
queues many searches' events together (the demo's bulk work) counts them as searches
made one use case at a time do, and every count is what the searches' own rows say."""

from __future__ import annotations

from typing import Any

from riskdesk.domain.use_cases import UseCase
from riskdesk.store.batched_work import BatchedWork
from riskdesk.store.vault import Vault

# Searches that found someone; one of them twice in a row, one differing only in case.
_QUERIES = ("ann", "Ann", "ann", "ole 12", "ann", "12-3")


def _counts(vault: Vault) -> tuple[list[Any], list[Any], list[Any]]:
    with vault._require_open().connect() as connection:
        return (
            list(connection.exec_driver_sql("SELECT * FROM audit_search_days ORDER BY 1, 2, 3")),
            list(
                connection.exec_driver_sql(
                    "SELECT query, username, day, count(*), min(sequence), max(sequence), "
                    "min(at), max(at) FROM audit_searches GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
                )
            ),
            list(connection.exec_driver_sql("SELECT * FROM audit_query_terms ORDER BY 1, 2")),
        )


def test_a_batch_counts_its_searches_as_one_use_case_at_a_time_does(vault: Vault) -> None:
    for query in _QUERIES:
        with vault.unit_of_work(UseCase.CASE_SEARCH) as uow:
            uow.cases.searched(query, results=2)
    with BatchedWork(vault, batch_size=4, savepoints=False) as batch:
        for query in _QUERIES:
            with batch.unit_of_work(UseCase.CASE_SEARCH) as uow:
                uow.cases.searched(query, results=2)
    counted, recounted, words = _counts(vault)
    assert counted == recounted
    per_query: dict[str, int] = {}  # over days: the test may run across midnight
    for query, _, _, searches, *_ in counted:
        per_query[query] = per_query.get(query, 0) + searches
    assert per_query == {"12-3": 2, "Ann": 2, "ann": 6, "ole 12": 2}
    assert [tuple(row) for row in words] == [
        ("12", "ole 12", "12", 2),
        ("12-3", "12-3", "123", 1),
        ("ann", "Ann", None, 1),
        ("ann", "ann", None, 1),
        ("ole", "ole 12", None, 2),
    ]
