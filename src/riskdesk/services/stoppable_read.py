"""A read the window runs on a thread of its own and stops when the vault is locked
(:mod:`riskdesk.store.stoppable_read` tells how): the GUI reaches the store only through
the services."""

from riskdesk.store.stoppable_read import ReadStopped, StoppableRead

__all__ = ["ReadStopped", "StoppableRead"]
