"""The vault's health as the user sees it: whether it is damaged and so only read, the
sentence that says what to do, and the full check that can find damage later on.

Damage found when the vault opened, by the page check the window runs once the case list
is painted (:meth:`VaultHealthService.check_pages`), by the full check, or by any use
case that ran into it makes the vault read-only for the rest of the session (see
:mod:`riskdesk.store.damage_watch` and :mod:`riskdesk.store.opening_checks`)."""

from __future__ import annotations

from collections.abc import Callable

from riskdesk.domain.localized import LocalizedText
from riskdesk.services.service_context import ServiceContext

READ_ONLY_NOTICE = LocalizedText(
    da="Boksen er beskadiget og kan kun læses: der kan ikke gemmes noget, og det, du åbner, "
    "kan ikke skrives i loggen. Gendan boksen fra en sikkerhedskopi og kontakt support.",
    en="The vault is damaged and can only be read: nothing can be saved, and what you "
    "open cannot be written to the log. Restore the vault from a backup and contact "
    "support.",
)


class VaultHealthService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    @property
    def read_only(self) -> bool:
        """Whether damage was found, so every use case that writes is refused. Raises
        :class:`VaultLocked` once the desk is locked."""
        return self._ctx.vault.health.damaged

    def notice(self) -> LocalizedText | None:
        """What a damaged vault's banner says, or None while the vault is sound."""
        return READ_ONLY_NOTICE if self.read_only else None

    def when_damaged(self, listener: Callable[[], object]) -> None:
        """Call ``listener()`` once when damage is found, on the thread that found it
        (the GUI hands it to its own thread), or at once if it already was."""
        self._ctx.vault.health.when_damaged(listener)

    @property
    def pages_pending(self) -> bool:
        """Whether the vault opened without its page-by-page check, which has not ended."""
        return self._ctx.vault.health.pending

    def check_pages(self) -> None:
        """Run the page-by-page check the vault opened without, on this thread (reads
        the whole file: run it off the window's thread), or wait for it if it is
        running; at once when there is none. Damage found makes the vault read-only and
        tells :meth:`when_damaged`'s listeners."""
        self._ctx.vault.health.settle()

    def check(self) -> list[str]:
        """The full check: every page's HMAC and SQLite's structural check (reads the
        whole file: seconds on a big vault). An empty list means intact; any problem
        makes the vault read-only from now on."""
        vault = self._ctx.vault
        problems = vault.full_integrity_check()
        if problems:
            vault.health.mark_damaged(problems)
        return problems
