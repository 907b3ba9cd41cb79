"""Every loaded version of every instrument, so an old assessment finds the version it used."""

from __future__ import annotations

from collections.abc import Iterable

from riskdesk.domain.instrument import Instrument
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError


def parse_instrument_ref(ref: str) -> tuple[str, int | None]:
    """Split ``id`` or ``id@version``; raises :class:`UserInputError` on a bad version."""
    identifier, separator, version = ref.strip().partition("@")
    if not separator:
        return identifier, None
    if not version.isdigit():
        raise UserInputError(
            [
                Problem(
                    "instrument",
                    LocalizedText(
                        da="Versionen efter @ skal være et helt tal, fx riskdesk-youth@1.",
                        en="The version after @ must be a whole number, e.g. riskdesk-youth@1.",
                    ),
                )
            ]
        )
    return identifier, int(version)


class InstrumentRegistry:
    """Instruments keyed by id and version. Adding the same id@version twice is refused."""

    def __init__(self, instruments: Iterable[Instrument] = ()) -> None:
        self._by_id: dict[str, dict[int, Instrument]] = {}
        for instrument in instruments:
            self.add(instrument)

    def add(self, instrument: Instrument) -> None:
        versions = self._by_id.setdefault(instrument.id, {})
        if instrument.version in versions:
            raise ValueError(f"{instrument.ref} is already registered")
        versions[instrument.version] = instrument

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_id.values())

    def ids(self) -> tuple[str, ...]:
        return tuple(sorted(self._by_id))

    def versions(self, instrument_id: str) -> tuple[int, ...]:
        return tuple(sorted(self._by_id.get(instrument_id, {})))

    def latest(self) -> tuple[Instrument, ...]:
        """The newest version of each instrument, for choosing one for a new assessment."""
        return tuple(self.get(identifier) for identifier in self.ids())

    def get(self, instrument_id: str, version: int | None = None) -> Instrument:
        """The given version, or the newest when ``version`` is None.

        Raises :class:`UserInputError` naming ``instrument`` when it is not loaded.
        """
        versions = self._by_id.get(instrument_id, {})
        chosen = max(versions) if versions and version is None else version
        if chosen is None or chosen not in versions:
            known = ", ".join(f"{i}@{v}" for i in self.ids() for v in self.versions(i)) or "-"
            wanted = instrument_id if version is None else f"{instrument_id}@{version}"
            raise UserInputError(
                [
                    Problem(
                        "instrument",
                        LocalizedText(
                            da="Instrumentet {wanted} er ikke indlæst (indlæst: {known}).",
                            en="Instrument {wanted} is not loaded (loaded: {known}).",
                        ).format(wanted=wanted, known=known),
                    )
                ]
            )
        return versions[chosen]

    def lookup(self, ref: str) -> Instrument:
        """Find ``id`` or ``id@version``."""
        identifier, version = parse_instrument_ref(ref)
        return self.get(identifier, version)
