"""Which widget shows which :class:`Problem`: by the problem's typed path, so no editor
splits ``"goals.0.actions.1.what"`` by hand."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

from riskdesk.domain.problems import FieldPath, Problem, parse_path


@dataclass(frozen=True)
class RoutedProblems[T: Hashable]:
    """:attr:`by_target` maps each target to its problems; :attr:`unmatched` holds those
    no route took. Both keep the problems' order, so the first target is the one to
    focus."""

    by_target: Mapping[T, tuple[Problem, ...]]
    unmatched: tuple[Problem, ...]

    def of(self, target: T) -> tuple[Problem, ...]:
        """The problems routed to ``target``; empty when there are none."""
        return self.by_target.get(target, ())


def route_problems[T: Hashable](
    problems: Iterable[Problem], routes: Mapping[FieldPath | str, T]
) -> RoutedProblems[T]:
    """Send each problem to the target of the longest route that is a prefix of its path.

    ``routes`` maps a path prefix, as a tuple or a dotted string, to a target (a widget,
    a tab index, anything hashable)::

        routed = route_problems(
            error.problems,
            {("person", "name"): name_edit, "person.cpr": cpr_edit, ("goals",): goals_view},
        )
        for widget, problems in routed.by_target.items():
            show_beside(widget, problems)
        list_in_the_message_area(routed.unmatched)

    ``("goals", 0, "actions", 1, "what")`` goes to ``goals_view`` unless a longer route,
    say ``("goals", 0, "actions")``, exists. List positions are ints (``"goals.0"`` is
    parsed so). The empty prefix ``()`` takes whatever nothing else takes; without it,
    problems no route takes, including those about the whole form (empty path), are
    :attr:`RoutedProblems.unmatched`.
    """
    prefixes = sorted(
        (
            (parse_path(key) if isinstance(key, str) else tuple(key), target)
            for key, target in routes.items()
        ),
        key=lambda route: len(route[0]),
        reverse=True,
    )
    by_target: dict[T, list[Problem]] = {}
    unmatched: list[Problem] = []
    for problem in problems:
        for prefix, target in prefixes:
            if problem.under(*prefix):
                by_target.setdefault(target, []).append(problem)
                break
        else:
            unmatched.append(problem)
    return RoutedProblems(
        by_target={target: tuple(found) for target, found in by_target.items()},
        unmatched=tuple(unmatched),
    )
