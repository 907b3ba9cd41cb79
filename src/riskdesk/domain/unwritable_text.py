"""Text that cannot be written as UTF-8. Without pydantic, so the command line can check
its arguments before the window starts without importing the domain's models."""

from __future__ import annotations

import unicodedata


def has_lone_surrogate(value: str) -> bool:
    """Whether ``value`` holds half of a UTF-16 pair (a broken paste, or bytes that were
    not UTF-8 on a command line): such text cannot be written as UTF-8 at all."""
    return not value.isprintable() and any(unicodedata.category(c) == "Cs" for c in value)
