"""An instrument's scales and a scale's options are found by id (scoring asks for them for
every answer of every assessment): the same ones a search of the lists finds, and an id
the instrument lacks is a KeyError, not a StopIteration leaking out of a search."""

from __future__ import annotations

import pytest

from assessment_forms import youth


def test_every_items_scale_and_option_is_the_one_in_the_lists() -> None:
    instrument = youth()
    for item in instrument.items:
        scale = instrument.scale(item.scale)
        assert scale is next(s for s in instrument.scales if s.id == item.scale)
        assert scale.max_points == max(o.points for o in scale.options)
        for option in scale.options:
            assert scale.option(option.id) is option
        assert scale.option("no-such-option") is None


def test_a_scale_the_instrument_lacks_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        youth().scale("no-such-scale")
