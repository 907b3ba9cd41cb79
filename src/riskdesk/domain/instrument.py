"""Assessment instruments as data: the schema a `forms/` file must satisfy.

Scores are whole numbers (option points times item weight), so score ranges can be
written as inclusive ``min``–``max`` pairs and checked exactly for gaps and overlaps.
Cross-field errors carry a ``field`` in their context so a loader can name the spot.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from enum import StrEnum
from functools import cached_property
from typing import Annotated, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from riskdesk.domain.localized import LocalizedText

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_\-]*$")]
ItemId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")]


class Rating(StrEnum):
    """Rating of a domain or a risk-domain profile; the order is low → high."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


RATING_ORDER: tuple[Rating, ...] = (Rating.LOW, Rating.MODERATE, Rating.HIGH)
RATING_LABELS: dict[Rating, LocalizedText] = {
    Rating.LOW: LocalizedText(da="lav", en="low"),
    Rating.MODERATE: LocalizedText(da="moderat", en="moderate"),
    Rating.HIGH: LocalizedText(da="høj", en="high"),
}


class RiskDomain(StrEnum):
    """The four lenses every assessment is also shown through (individual … social network)."""

    INDIVIDUAL = "individual"
    FAMILY = "family"
    EDUCATION = "education"
    SOCIAL_NETWORK = "social_network"


class ItemKind(StrEnum):
    RISK = "risk"
    # A resource item names a protective factor: present means strength, and it adds nothing
    # to the risk total.
    RESOURCE = "resource"


def schema_error(field: str, message: str, **context: object) -> PydanticCustomError:
    """A cross-field error that still says which field is wrong."""
    return PydanticCustomError("instrument_rule", message, {"field": field, **context})


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ScaleOption(_Frozen):
    id: Identifier
    label: LocalizedText
    points: int = Field(ge=0)
    # "Don't know" is not an answer: it leaves the result a minimum, like a blank.
    answered: bool = True


class AnswerScale(_Frozen):
    id: Identifier
    options: tuple[ScaleOption, ...] = Field(min_length=2)

    @model_validator(mode="after")
    def _unique_options(self) -> AnswerScale:
        _check_unique([o.id for o in self.options], field="options")
        return self

    @cached_property
    def max_points(self) -> int:
        return max(option.points for option in self.options)

    # Scoring looks options and scales up for every answer of every assessment (a quarter
    # of a million times in a 1,000-person demo build), so by id, not by a search.
    @cached_property
    def _options_by_id(self) -> dict[str, ScaleOption]:
        return {o.id: o for o in self.options}

    def option(self, option_id: str) -> ScaleOption | None:
        return self._options_by_id.get(option_id)


class Item(_Frozen):
    id: ItemId
    text: LocalizedText
    help: LocalizedText
    scale: Identifier = "yes_no"
    weight: int = Field(default=1, ge=1)
    kind: ItemKind = ItemKind.RISK
    risk_domain: RiskDomain


class _Range(Protocol):
    @property
    def min(self) -> int: ...

    @property
    def max(self) -> int: ...


class RatingRange(_Frozen):
    rating: Rating
    min: int = Field(ge=0)
    max: int = Field(ge=0)


class Band(_Frozen):
    id: Identifier
    label: LocalizedText
    min: int = Field(ge=0)
    max: int = Field(ge=0)


class Factor(_Frozen):
    """A checklist entry: an extra factor, or a responsivity/other-needs point."""

    id: Identifier
    label: LocalizedText
    help: LocalizedText | None = None


class Domain(_Frozen):
    id: Identifier
    title: LocalizedText
    description: LocalizedText | None = None
    items: tuple[Item, ...] = Field(min_length=1)
    strength_tick: bool = False
    ratings: tuple[RatingRange, ...] = Field(min_length=1)


class RiskDomainProfile(_Frozen):
    """How one of the four risk domains is rated, and the extra factors that only it counts."""

    id: RiskDomain
    title: LocalizedText
    ratings: tuple[RatingRange, ...] = Field(min_length=1)
    extra_factors: tuple[Factor, ...] = ()


class Instrument(_Frozen):
    kind: Literal["instrument"] = "instrument"
    id: Identifier
    version: int = Field(ge=1)
    title: LocalizedText
    disclaimer: LocalizedText
    scales: tuple[AnswerScale, ...] = Field(min_length=1)
    domains: tuple[Domain, ...] = Field(min_length=1)
    bands: tuple[Band, ...] = Field(min_length=1)
    risk_domains: tuple[RiskDomainProfile, ...]
    responsivity: tuple[Factor, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Instrument:
        _check_unique([s.id for s in self.scales], field="scales")
        _check_unique([d.id for d in self.domains], field="domains")
        _check_unique([i.id for i in self.items], field="items")
        _check_unique([b.id for b in self.bands], field="bands")
        _check_unique([f.id for f in self.responsivity], field="responsivity")
        _check_unique(
            [f.id for p in self.risk_domains for f in p.extra_factors], field="extra_factors"
        )
        scales = {s.id: s for s in self.scales}
        for d_index, domain in enumerate(self.domains):
            for i_index, item in enumerate(domain.items):
                if item.scale not in scales:
                    raise schema_error(
                        f"domains.{d_index}.items.{i_index}.scale",
                        "item {item} uses scale '{scale}', which the instrument does not define",
                        item=item.id,
                        scale=item.scale,
                    )
            _check_ratings(
                domain.ratings, top=self.domain_max(domain.id), field=f"domains.{d_index}.ratings"
            )
        _check_ranges(self.bands, top=self.max_total, field="bands")
        profiles = [p.id for p in self.risk_domains]
        if sorted(profiles) != sorted(RiskDomain):
            raise schema_error(
                "risk_domains",
                "risk_domains must list each of {expected} exactly once",
                expected=", ".join(RiskDomain),
            )
        for p_index, profile in enumerate(self.risk_domains):
            _check_ratings(
                profile.ratings,
                top=self.risk_domain_size(profile.id),
                field=f"risk_domains.{p_index}.ratings",
            )
        return self

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    @property
    def items(self) -> Iterator[Item]:
        return (item for domain in self.domains for item in domain.items)

    @cached_property
    def _items_by_id(self) -> dict[str, tuple[Domain, Item]]:
        return {item.id: (domain, item) for domain in self.domains for item in domain.items}

    def item(self, item_id: str) -> Item | None:
        found = self._items_by_id.get(item_id)
        return found[1] if found else None

    def domain_of(self, item_id: str) -> Domain:
        return self._items_by_id[item_id][0]

    def domain(self, domain_id: str) -> Domain | None:
        return next((d for d in self.domains if d.id == domain_id), None)

    @cached_property
    def _scales_by_id(self) -> dict[str, AnswerScale]:
        return {s.id: s for s in self.scales}

    def scale(self, scale_id: str) -> AnswerScale:
        """Raises :class:`KeyError` for an id the instrument has no scale for."""
        return self._scales_by_id[scale_id]

    def band(self, band_id: str) -> Band | None:
        return next((b for b in self.bands if b.id == band_id), None)

    def band_for(self, total: int) -> Band:
        """The band whose range holds ``total``; a validated instrument has exactly one."""
        for band in self.bands:
            if band.min <= total <= band.max:
                return band
        raise ValueError(f"total {total} is outside every band of {self.ref}")

    def band_rank(self, band_id: str) -> int:
        return [b.id for b in self.bands].index(band_id)

    def item_max(self, item: Item) -> int:
        return item.weight * self.scale(item.scale).max_points

    # Scoring asks these of every domain of every assessment (tens of thousands of times
    # in a demo build): worked out once per instrument, which never changes.
    @cached_property
    def _domain_maxima(self) -> dict[str, int]:
        return {
            d.id: sum(self.item_max(i) for i in d.items if i.kind is ItemKind.RISK)
            for d in self.domains
        }

    def domain_max(self, domain_id: str) -> int:
        """Raises :class:`KeyError` for an id the instrument has no domain for."""
        return self._domain_maxima[domain_id]

    @cached_property
    def max_total(self) -> int:
        return sum(self._domain_maxima.values())

    def risk_domain(self, risk_domain: RiskDomain) -> RiskDomainProfile:
        return next(p for p in self.risk_domains if p.id is risk_domain)

    def risk_domain_size(self, risk_domain: RiskDomain) -> int:
        """How many risk items and extra factors the risk domain's profile counts."""
        items = len(self.risk_items(risk_domain))
        return items + len(self.risk_domain(risk_domain).extra_factors)

    def risk_items(self, risk_domain: RiskDomain) -> tuple[Item, ...]:
        """The risk items (not resources) mapped to ``risk_domain``, in the instrument's
        order."""
        return self._risk_items.get(risk_domain, ())

    @cached_property
    def _risk_items(self) -> dict[RiskDomain, tuple[Item, ...]]:
        grouped: dict[RiskDomain, list[Item]] = {}
        for item in self.items:
            if item.kind is ItemKind.RISK:
                grouped.setdefault(item.risk_domain, []).append(item)
        return {risk_domain: tuple(items) for risk_domain, items in grouped.items()}

    @property
    def extra_factors(self) -> Iterator[tuple[RiskDomain, Factor]]:
        return ((p.id, f) for p in self.risk_domains for f in p.extra_factors)

    def extra_factor(self, factor_id: str) -> tuple[RiskDomain, Factor] | None:
        return next(((rd, f) for rd, f in self.extra_factors if f.id == factor_id), None)

    @property
    def strength_domains(self) -> tuple[Domain, ...]:
        return tuple(d for d in self.domains if d.strength_tick)


def rating_for(ranges: Sequence[RatingRange], score: int) -> Rating:
    for entry in ranges:
        if entry.min <= score <= entry.max:
            return entry.rating
    raise ValueError(f"score {score} is outside every rating range")


def _check_unique(ids: Sequence[str], *, field: str) -> None:
    seen: set[str] = set()
    for identifier in ids:
        if identifier in seen:
            raise schema_error(field, "duplicate id '{id}' in {field}", id=identifier)
        seen.add(identifier)


def _check_ratings(ranges: Sequence[RatingRange], *, top: int, field: str) -> None:
    ranks = [RATING_ORDER.index(r.rating) for r in ranges]
    if ranks != sorted(set(ranks)):
        raise schema_error(field, "ratings must go from low to high, each at most once")
    _check_ranges(ranges, top=top, field=field)


def _check_ranges(ranges: Sequence[_Range], *, top: int, field: str) -> None:
    """Ranges must run from 0 up to at least ``top`` with no gap and no overlap."""
    expected_min = 0
    for index, entry in enumerate(ranges):
        where = f"{field}.{index}"
        if entry.min > entry.max:
            raise schema_error(where, "min {min} is above max {max}", min=entry.min, max=entry.max)
        if entry.min > expected_min:
            raise schema_error(
                where, "gap: no range holds {low}–{high}", low=expected_min, high=entry.min - 1
            )
        if entry.min < expected_min:
            raise schema_error(
                where,
                "overlap: {min} is already inside the range before",
                min=entry.min,
            )
        expected_min = entry.max + 1
    if expected_min <= top:
        raise schema_error(
            field,
            "the last range ends at {end}, below the maximum score {top}",
            end=expected_min - 1,
            top=top,
        )
