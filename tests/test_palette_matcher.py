"""The palette's matcher: the commands Textual's matcher would find, ranked by its score, found by
placing each letter once (Textual's tries every placement: minutes on a long query)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.fuzzy import Matcher

from unreport_tui.app.palette_matcher import PaletteMatcher

from .hypothesis_budget import examples

LONG_TITLE = (
    "Switch to agenda item 4: Implementation of the Protocol to Prevent, Suppress and Punish Trafficking in "
    "Persons, Especially Women and Children, supplementing the United Nations Convention against "
    "Transnational Organized Crime"
)


def is_subsequence(query: str, candidate: str) -> bool:
    letters = iter(candidate.lower())
    return all(letter in letters for letter in query.lower())


short = st.text(alphabet="abcde fgh", max_size=12)


@settings(max_examples=examples(300), deadline=None)
@given(query=st.text(alphabet="abcde fgh", min_size=1, max_size=5), candidate=short)
def test_a_name_matches_when_and_only_when_textuals_matcher_finds_it(query, candidate):
    ours, textuals = PaletteMatcher(query).match(candidate), Matcher(query).match(candidate)
    assert (ours > 0) == (textuals > 0) == is_subsequence(query, candidate)
    # Textual's is the best placement of all; ours is one of them, as good for a name held whole
    assert ours <= textuals + 1e-9
    if query.lower() in candidate.lower():
        assert ours == textuals


def test_words_typed_by_their_first_letters_find_the_command_and_rank_it_first():
    names = ["Delete the highlighted entry (Delete)", "Undo the last change (ctrl+z)", LONG_TITLE]
    matcher = PaletteMatcher("del high")
    scores = {name: matcher.match(name) for name in names}
    assert max(scores, key=scores.__getitem__) == names[0]
    assert PaletteMatcher("undo").match(names[1]) > PaletteMatcher("undo").match(names[0])


def test_a_long_query_against_a_long_title_is_answered():
    # Textual's matcher did not return from this one in minutes
    matcher = PaletteMatcher("delete the highlighted entry and the next")
    assert matcher.match(LONG_TITLE) >= 0
    assert matcher.match("x" * 200) == 0


def test_a_title_is_shown_as_typed_with_the_letters_found_marked():
    title = "Switch to agenda item 5: [b]Bold[/b] claims & [link=x]links[/link]"
    shown = PaletteMatcher("bold").highlight(title)
    assert shown.plain == title
    assert [span for span in shown.spans if span.start < span.end]


def test_a_letter_whose_lower_case_is_two_letters_keeps_the_offsets_of_those_after_it():
    # "İ".lower() is two characters: the highlight ran past the end of the name and the palette
    # showed nothing (found by the review)
    title = "Switch to agenda item 7: İİİİ (İstanbul) review"
    matcher = PaletteMatcher("review")
    assert matcher.match(title) > 0
    shown = matcher.highlight(title)
    assert shown.plain == title
    marked = "".join(title[span.start : span.end] for span in shown.spans)
    assert marked == "review"


@settings(max_examples=examples(200), deadline=None)
@given(query=st.text(min_size=1, max_size=4), candidate=st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=20))
def test_any_name_is_highlighted_within_itself(query, candidate):
    # (names are shown printable: no control characters)
    shown = PaletteMatcher(query).highlight(candidate)
    assert shown.plain == candidate
    assert all(0 <= span.start < span.end <= len(candidate) for span in shown.spans)
