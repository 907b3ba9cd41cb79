"""Which fields differ between two versions of a record (names only, never values)."""

from pydantic import BaseModel


def changed_fields(before: BaseModel, after: BaseModel) -> list[str]:
    old, new = before.model_dump(), after.model_dump()
    return sorted(name for name in new if old.get(name) != new[name])
