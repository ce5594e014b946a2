"""Where the session was held: "at" a building or an office, "in" a city, with the article UN
reports give it, and a venue typed with its own preposition or article kept."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.venue import venue_name, venue_phrase


@pytest.mark.parametrize(
    "typed, said",
    [
        ("Vienna", "in Vienna"),
        ("Doha", "in Doha"),
        ("New York", "in New York"),
        ("The Hague", "in The Hague"),
        ("United Nations Headquarters", "at United Nations Headquarters"),
        ("United Nations Headquarters, New York", "at United Nations Headquarters, New York"),
        ("United Nations Office at Vienna", "at the United Nations Office at Vienna"),
        ("United Nations Office at Geneva", "at the United Nations Office at Geneva"),
        ("Palais des Nations, Geneva", "at the Palais des Nations, Geneva"),
        ("the Palais des Nations, Geneva", "at the Palais des Nations, Geneva"),
        ("Vienna International Centre", "at the Vienna International Centre"),
        ("The Vienna International Centre", "at the Vienna International Centre"),
        ("at the Hofburg, Vienna", "at the Hofburg, Vienna"),
        ("At UN City, Copenhagen", "at UN City, Copenhagen"),
        ("in  Vienna", "in Vienna"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_a_building_or_an_office_takes_at_a_city_in(typed, said):
    assert venue_phrase(typed) == said


def test_the_masthead_names_the_venue_without_a_typed_preposition():
    assert venue_name("at the Hofburg, Vienna") == "The Hofburg, Vienna"
    assert venue_name("Vienna") == "Vienna"
    assert venue_name("United Nations Headquarters") == "United Nations Headquarters"


PLACES = [
    "Vienna",
    "Geneva",
    "Hague",
    "New York",
    "Doha",
    "United Nations Headquarters",
    "UNESCO Headquarters",
    "United Nations Office at Vienna",
    "Palais des Nations",
    "Vienna International Centre",
    "Hofburg",
    "Conference Hall",
    "Bella Center",
    "Palacio de Congresos",
    "Inverness",
    "Athens",
    "Atlanta",
]


@given(
    st.sampled_from(["", "in ", "at ", "In ", "At "]),
    st.sampled_from(["", "the ", "The "]),
    st.sampled_from(PLACES),
    st.sampled_from(["", ", Geneva", ", Austria"]),
)
def test_never_two_prepositions_or_two_articles_and_the_venue_is_kept(preposition, article, place, city):
    typed = f"{preposition}{article}{place}{city}"
    said = venue_phrase(typed)
    assert re.match(r"^(in|at) ", said)
    assert not re.search(r"\b(in|at) (in|at) |\bthe the\b", said, re.IGNORECASE)
    assert said.endswith(f"{place}{city}")  # the note-taker's words, as typed
    assert venue_phrase(said) == said  # what the rule wrote is kept when given back
    if preposition:
        assert said == typed[:1].lower() + typed[1:]


@given(st.text(max_size=40))
def test_any_venue_typed_gives_a_phrase_with_one_preposition(typed):
    said = venue_phrase(typed)
    assert said == "" if not typed.split() else re.match(r"^(in|at) \S", said)
    assert venue_phrase(said) == said
