"""The few SQL functions whose names differ between SQLite and PostgreSQL, written once
so a query reads the same on a vault and on the team server: a text value inside a
stored JSON document, the items of a JSON array as rows, and a list joined into text.
Each compiles to SQLite's own function by default and to PostgreSQL's on the server."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import String, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class json_text(FunctionElement[Any]):
    """``json_text(document, "a", "b")``: the value at ``$.a.b`` as text (NULL when
    absent); the keys are the code's own names, never user input."""

    type = String()
    inherit_cache = True
    name = "json_text"

    def __init__(self, document: Any, *keys: str) -> None:
        self.path_keys = keys
        super().__init__(document)


class json_items(FunctionElement[Any]):
    """``json_items(document, "goals").table_valued("value")``: one row per item of the
    array at ``$.goals``, in a column ``value`` (text for an array of strings when
    ``as_text``, as SQLite gives it)."""

    inherit_cache = True
    name = "json_items"

    def __init__(self, document: Any, key: str, *, as_text: bool = False) -> None:
        self.array_key = key
        self.as_text = as_text
        super().__init__(document)


class joined_text(FunctionElement[str]):
    """``joined_text(column)``: the group's values joined with commas (an aggregate)."""

    type = String()
    inherit_cache = True
    name = "joined_text"


def _argument(element: FunctionElement[Any], compiler: SQLCompiler, **kw: Any) -> str:
    (document,) = element.clauses
    return compiler.process(document, **kw)


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@compiles(json_text)
def _json_text_sqlite(element: json_text, compiler: SQLCompiler, **kw: Any) -> str:
    path = "$" + "".join(f".{key}" for key in element.path_keys)
    return f"json_extract({_argument(element, compiler, **kw)}, {_quoted(path)})"


@compiles(json_text, "postgresql")
def _json_text_postgresql(element: json_text, compiler: SQLCompiler, **kw: Any) -> str:
    path = "{" + ",".join(element.path_keys) + "}"
    return f"(CAST({_argument(element, compiler, **kw)} AS jsonb) #>> {_quoted(path)})"


@compiles(json_items)
def _json_items_sqlite(element: json_items, compiler: SQLCompiler, **kw: Any) -> str:
    path = _quoted("$." + element.array_key)
    return f"json_each({_argument(element, compiler, **kw)}, {path})"


@compiles(json_items, "postgresql")
def _json_items_postgresql(element: json_items, compiler: SQLCompiler, **kw: Any) -> str:
    function = "jsonb_array_elements_text" if element.as_text else "jsonb_array_elements"
    document = _argument(element, compiler, **kw)
    # An absent key is no items, as SQLite's json_each gives.
    array = f"CAST({document} AS jsonb) -> {_quoted(element.array_key)}"
    return f"{function}(COALESCE({array}, '[]'::jsonb))"


@compiles(joined_text)
def _joined_text_sqlite(element: joined_text, compiler: SQLCompiler, **kw: Any) -> str:
    return f"group_concat({_argument(element, compiler, **kw)})"


@compiles(joined_text, "postgresql")
def _joined_text_postgresql(element: joined_text, compiler: SQLCompiler, **kw: Any) -> str:
    return f"string_agg(CAST({_argument(element, compiler, **kw)} AS text), ',')"


def one_writer_at_a_time(session: Session, what: str) -> None:
    """Make the rest of this transaction the only one working on ``what`` (a CPR number,
    say) until it ends: what a check-then-insert needs to hold when the check finds no
    row to lock. A vault's transactions already take turns (``BEGIN IMMEDIATE``); on the
    team server a transaction-scoped advisory lock makes a second writer wait for the
    first to commit, and its check then sees the first one's row."""
    if session.get_bind().dialect.name != "postgresql":
        return
    key = int.from_bytes(hashlib.sha256(what.encode("utf-8")).digest()[:8], "big", signed=True)
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
