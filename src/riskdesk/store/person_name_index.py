"""The index that finds people by any piece of their name (migration 0016), so the case
search reads the people a word names instead of every person in the vault.

On a vault it is an FTS5 table of the folded names with the trigram tokenizer: a word of
three or more letters is a phrase of its three-letter pieces, which matches exactly the
names holding the word (case-sensitive, on names and words already folded by
``fold_name``). Triggers on ``persons`` keep it: every write of a name, whatever code
makes it (the repositories, an import, a case deletion, the demo build, SQL by hand),
changes the index in the same statement. It reads the names from ``persons`` (external
content, nothing stored twice) and deletes securely: a deleted or renamed person's
pieces are removed from the index pages, not hidden behind a tombstone, so a retention
deletion's compaction leaves none of them in the file.

A migration that rebuilds ``persons`` (a batch migration copies and drops the table, and
its triggers with it) must create the triggers again; ``tests/store`` checks that a
vault at the newest revision has them.

On the team server, PostgreSQL's ``pg_trgm`` (a trusted extension from contrib) indexes
the same column for the same ``LIKE``, and two pattern indexes serve the case-number and
CPR prefixes in any database collation."""

from __future__ import annotations

from sqlalchemy import Connection, Select, column, literal, select, table

NAME_INDEX = "person_names"
# The FTS5 table and the tables it keeps its index in: not in ``tables.metadata``, so
# schema comparisons leave them out.
NAME_INDEX_TABLES = frozenset(
    {NAME_INDEX, *(f"{NAME_INDEX}_{part}" for part in ("data", "idx", "docsize", "config"))}
)
TRIGGERS = ("person_names_insert", "person_names_update", "person_names_delete")
SHORTEST = 3
"""The fewest letters a word needs for the index: it knows names by three-letter pieces."""

_VAULT = (
    "CREATE VIRTUAL TABLE person_names USING fts5(name_folded, content='persons', "
    "content_rowid='id', tokenize='trigram case_sensitive 1')",
    "INSERT INTO person_names(person_names, rank) VALUES ('secure-delete', 1)",
    "INSERT INTO person_names(person_names) VALUES ('rebuild')",
    "CREATE TRIGGER person_names_insert AFTER INSERT ON persons BEGIN "
    "INSERT INTO person_names(rowid, name_folded) VALUES (new.id, new.name_folded); END",
    "CREATE TRIGGER person_names_update AFTER UPDATE OF id, name_folded ON persons BEGIN "
    "INSERT INTO person_names(person_names, rowid, name_folded) "
    "VALUES ('delete', old.id, old.name_folded); "
    "INSERT INTO person_names(rowid, name_folded) VALUES (new.id, new.name_folded); END",
    "CREATE TRIGGER person_names_delete AFTER DELETE ON persons BEGIN "
    "INSERT INTO person_names(person_names, rowid, name_folded) "
    "VALUES ('delete', old.id, old.name_folded); END",
)
_SERVER_INDEXES = (
    "CREATE INDEX ix_persons_name_trigrams ON persons USING gin (name_folded gin_trgm_ops)",
    "CREATE INDEX ix_cases_number_pattern ON cases (case_number text_pattern_ops)",
    "CREATE INDEX ix_persons_cpr_pattern ON persons (cpr_digits text_pattern_ops)",
)


def create(connection: Connection) -> None:
    """Build the index over the names already there and keep it from now on."""
    if connection.dialect.name == "sqlite":
        for statement in _VAULT:
            connection.exec_driver_sql(statement)
        return
    # A trusted extension: the database's owner may create it. Without contrib
    # installed the search still finds the same cases, by reading every name.
    available = connection.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"
    ).first()
    if available is not None:
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for statement in _SERVER_INDEXES[0 if available else 1 :]:
        connection.exec_driver_sql(statement)


def drop(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for trigger in TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        connection.exec_driver_sql("DROP TABLE IF EXISTS person_names")
        return
    for statement in _SERVER_INDEXES:
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {statement.split()[2]}")


_INDEX = table(NAME_INDEX, column("rowid"))
_MATCH = column(NAME_INDEX).op("MATCH")


def named(needle: str) -> Select[int]:
    """The ids of the people whose folded name holds ``needle`` (folded, at least
    :data:`SHORTEST` letters), from the vault's index."""
    return select(_INDEX.c.rowid).where(_MATCH(literal(_phrase(needle))))


def _phrase(needle: str) -> str:
    # One FTS5 string: inside double quotes every character is text, a quote doubled.
    return '"' + needle.replace('"', '""') + '"'
