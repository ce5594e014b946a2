"""While a point is typed, the logged points that say the same are offered."""

from __future__ import annotations

from unreport_tui.core.model import Point
from unreport_tui.core.similar_points import similar_points

LOGGED = [
    Point("stressed the need for data collection on trafficking", ["Chile"]),
    Point("welcomed the report of the Working Group", ["Peru"]),
    Point("highlighted the role of UNODC in technical assistance", ["Kenya"]),
]


def test_the_same_point_in_other_words_order_is_offered():
    assert similar_points("need for data collection", LOGGED) == [LOGGED[0]]
    assert similar_points("the Working Group report, welcomed", LOGGED)[0] is LOGGED[1]


def test_a_different_point_is_not_offered():
    assert similar_points("expressed concern about migrant smuggling routes", LOGGED) == []


def test_a_few_letters_offer_nothing_yet():
    assert similar_points("the need", LOGGED) == []


def test_the_best_comes_first_and_at_most_the_limit():
    many = [Point(f"stressed the need for data collection {n}") for n in range(5)] + [LOGGED[0]]
    found = similar_points("stressed the need for data collection on trafficking", many, limit=2)
    assert found[0] is LOGGED[0] and len(found) == 2


def test_of_two_points_the_better_match_wins_even_when_older_and_of_equals_the_newer():
    older_better = Point("stressed the need for data collection on trafficking")
    newer_worse = Point("stressed the need for funding")
    assert similar_points("stressed the need for data collection", [older_better, newer_worse]) == [older_better, newer_worse]
    first, second = Point("welcomed the report"), Point("welcomed the report")
    assert similar_points("welcomed the report", [first, second])[0] is second


def test_eight_letters_are_enough_to_compare():
    assert similar_points("welcomed", [Point("welcomed the report")]) != []
    assert similar_points("welcome", [Point("welcomed the report")]) == []
