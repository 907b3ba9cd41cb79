"""Python's own ``__import__`` back in place of PySide6's ``__feature__`` hook.

Importing PySide6 wraps ``builtins.__import__`` so that ``from __feature__ import
snake_case`` can work, and after every later import it reads the new module's whole
source (``inspect.getsource``) to see whether it mentions PySide6 (PYSIDE-2029). RiskDesk
selects no feature, so that reading only slows every import after Qt's: about an eighth of
the desk loader's import of the services and the main window. Without the hook, modules
PySide6 has not seen get its default, "no feature", as they would with it.
"""

from __future__ import annotations

import builtins
from typing import Any


def restore_plain_import() -> bool:
    """Put the original ``__import__`` back if PySide6's hook holds it; whether it did."""
    original: Any = getattr(builtins, "__orig_import__", None)
    hook: Any = getattr(builtins, "__feature_import__", None)
    if original is None or hook is None or builtins.__import__ is not hook:
        return False
    builtins.__import__ = original
    return True
