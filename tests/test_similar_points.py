"""While a point is typed, the logged points that say the same are offered."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.model import Point
from unreport_tui.core.similar_points import Wording, similar_points

from .conftest import FIXTURES

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


# The debate on trafficking in persons of the reference draft, as a note-taker logs it.
DEBATE = [
    Point("reported on measures taken at the national level to combat trafficking in persons, including legislation"),
    Point("referred to trafficking in persons as a serious form of organized crime"),
    Point("highlighted the role of UNODC in technical assistance to combat trafficking in persons"),
]


def test_a_point_sharing_only_the_words_of_the_whole_debate_is_not_offered():
    typed = "stressed the need for data on trafficking in persons and for more funding for regional offices"
    assert similar_points(typed, DEBATE) == []


def test_one_word_in_common_is_not_the_same_point():
    # Half of what is typed, but only the word that opens many points.
    assert similar_points("noted the approaches", [Point("noted the role of UNODC")]) == []
    assert similar_points("noted the approaches", [Point("noted the approach")]) != []


def test_the_same_point_with_its_words_in_other_forms_is_offered():
    recovering = Point("highlighted the importance of seizing and recovering assets to support victims")
    funding = Point("suggested that more funding be dedicated to regional activities")
    logged = [*DEBATE, recovering, funding]
    assert similar_points("importance of asset recovery for victims", logged)[0] is recovering
    assert similar_points("called for more funds for regional action", logged)[0] is funding
    assert similar_points("funds for shelters", [Point("shelters were funded")]) != []


def test_fewer_than_half_of_the_words_in_common_is_not_the_same_point():
    logged = Point("victims shelters prosecutors judges police courts ministries prisons borders ports")
    assert similar_points("victims shelters prosecutors judges hotlines interpreters lawyers doctors nurses", [logged]) == []
    assert similar_points("victims shelters prosecutors judges police interpreters lawyers doctors nurses", [logged]) == [logged]


def test_words_found_in_every_point_of_the_item_say_less():
    logged = Point("reported statistics on trafficking in persons")
    typed = "trafficking in persons, support to victims"
    assert similar_points(typed, [logged]) == [logged]  # half of what it says is in the point
    others = [Point(f"described {topic} against trafficking in persons") for topic in ("laws", "campaigns", "training")]
    assert similar_points(typed, [*others, logged]) == []


LONG_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=8, max_size=12)  # no function word is as long


@given(
    words=st.lists(LONG_WORDS, min_size=1, max_size=8, unique=True),
    others=st.lists(st.lists(LONG_WORDS, min_size=1, max_size=8).map(" ".join), max_size=6),
    order=st.randoms(use_true_random=False),
)
def test_a_logged_point_typed_again_in_another_order_with_other_small_words_is_offered(words, others, order):
    point = Point(" ".join(words))
    shuffled = list(words)
    order.shuffle(shuffled)
    typed = "the " + " of the ".join(shuffled) + " and 12"
    logged = [*(Point(text) for text in others), point]
    assert point in similar_points(typed, logged, limit=len(logged))


def same_word(one: str, other: str) -> bool:
    """The rule, said plainly: one word starts the other (the shorter of 3 letters at least), or
    both start with the same 5 letters."""
    shorter, longer = sorted((one, other), key=len)
    if longer.startswith(shorter):
        return len(shorter) >= 3 or shorter == longer
    return len(shorter) >= 5 and longer[:5] == shorter[:5]


SMALL_WORDS = st.text(alphabet="ab", min_size=1, max_size=6)  # two letters: words often start alike


@given(word=SMALL_WORDS, words=st.lists(SMALL_WORDS, max_size=6))
def test_a_word_is_found_in_a_point_exactly_when_the_point_has_a_form_of_it(word, words):
    wording = Wording.of(" ".join(f"x{found}" for found in words))
    assert wording.has(f"x{word}") == any(same_word(f"x{word}", f"x{found}") for found in words)


def test_what_an_ending_leaves_of_a_short_word_stands_for_no_longer_one():
    # "faced" is not "fac-", which starts "facilitated"; "posed" is not "pos-" ("positive").
    assert similar_points("faced difficulties in funding", [Point("facilitated the fundamental rights review")]) == []
    assert similar_points("posed a threat to security", [Point("positive developments in security")]) == []


def test_a_word_found_in_most_points_in_another_form_says_less_too():
    # "stated" is found in "States" ("stat-"), as "States" is in all but one point of the item.
    logged = [Point(f"called on Member States to {what}") for what in ("ratify", "share data", "train judges", "fund shelters")]
    border = Point("stressed the role of States in border control")
    assert similar_points("stated that border management was key", [*logged, border]) == []
    assert similar_points("stated that border control was key", [*logged, border]) == [border]


def test_the_distinct_points_of_the_reference_debate_are_seldom_offered_for_each_other():
    """Paragraphs 7 to 13 of the reference draft: each sentence a point of its own. Typed whole,
    one is offered for another in fewer than 1 pair in 40 (4 of 272; a score over every word, used
    before, offered 22)."""
    text = (FIXTURES / "cop5-seed.md").read_text(encoding="utf-8")
    points = []
    for line in text.splitlines():
        if re.match(r"^(7|8|9|10|11|12|13)\. ", line):
            body = re.sub(r"<sup>.*?</sup>", "", re.sub(r"^\d+\. ", "", line))
            points += [Point(sentence.strip(" .")) for sentence in re.split(r"(?<=\.) (?=[A-Z])", body)]
    assert len(points) >= 15
    pairs = [(typed, other) for typed in points for other in points if other is not typed]
    offered = [pair for pair in pairs if similar_points(pair[0].text, [pair[1]])]
    assert len(offered) * 40 < len(pairs)
