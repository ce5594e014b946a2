"""Where a session was held, as a report says it: a building or office takes "at", a city "in".

    Vienna                                   -> in Vienna
    United Nations Headquarters              -> at United Nations Headquarters
    United Nations Office at Vienna          -> at the United Nations Office at Vienna
    Palais des Nations, Geneva               -> at the Palais des Nations, Geneva
    Vienna International Centre              -> at the Vienna International Centre
    The Hague                                -> in The Hague
    at the Hofburg, Vienna                   -> at the Hofburg, Vienna (typed with its preposition: kept)

The note-taker types the venue in full (the session's ``venue``); what comes before the first comma
is the place that decides. It is a building or an office when one of its words names one
(Headquarters, Office, Centre, Palais …); a building takes "the" unless it is a "… Headquarters"
(UN usage: "at United Nations Headquarters") or was typed with its article. A venue the rule does not
know as a building ("the Hofburg") is typed with its own preposition, and is then kept as typed.
"""

from __future__ import annotations

from .english import upper_first

_PREPOSITIONS = ("in", "at")

# Words that make a place a building or an office rather than a city.
_BUILDING_WORDS = frozenset(
    {
        "auditorium",
        "building",
        "campus",
        "center",
        "centre",
        "chamber",
        "complex",
        "compound",
        "hall",
        "headquarters",
        "hotel",
        "house",
        "office",
        "palace",
        "palacio",
        "palais",
        "palazzo",
        "premises",
        "secretariat",
    }
)


def _typed_preposition(words: list[str]) -> bool:
    return len(words) > 1 and words[0].lower() in _PREPOSITIONS


def venue_phrase(venue: str) -> str:
    """ "in Vienna", "at United Nations Headquarters", "at the Palais des Nations, Geneva"; nothing
    for no venue. Spaces as typed are evened out; the venue's own words are kept."""
    words = venue.split()
    if not words:
        return ""
    if _typed_preposition(words):  # "at the Hofburg, Vienna": the note-taker's own, mid-sentence
        return " ".join([words[0].lower(), *words[1:]])
    text = " ".join(words)
    place = [w.strip("()").lower() for w in text.split(",")[0].split()]
    if not _BUILDING_WORDS.intersection(place):
        return f"in {text}"  # a city, with any article it was typed with ("in The Hague")
    if place[0] == "the":  # typed with its article: lowered, as mid-sentence
        return f"at the {' '.join(words[1:])}"
    if place[-1] == "headquarters":
        return f"at {text}"
    return f"at the {text}"


def venue_name(venue: str) -> str:
    """The venue without a preposition typed before it, for the masthead ("Vienna, 22–26 May 2023")."""
    words = venue.split()
    if _typed_preposition(words):
        words = words[1:]
    return upper_first(" ".join(words))


def venue_city(venue: str) -> str:
    """The city of a venue typed in full, for a masthead's "Vienna, 3–14 February 2020": what follows
    its last comma ("Palais des Nations, Geneva" -> "Geneva"), or the city an office is at ("United
    Nations Office at Vienna" -> "Vienna"); the venue as typed when it names no city apart ("United
    Nations Headquarters", "Vienna International Centre")."""
    name = venue_name(venue)
    if "," in name:
        return name.rsplit(",", 1)[-1].strip()
    office, at, city = name.rpartition(" at ")
    if at and city and _is_building(office) and not _is_building(city):
        return city
    return name


def _is_building(place: str) -> bool:
    return bool(_BUILDING_WORDS.intersection(w.strip("()").lower() for w in place.split()))
