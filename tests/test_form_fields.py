"""What a form's boxes take: each value shown in a box reads back as itself, and what cannot be
used is refused naming the box, with what to type."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.form_fields import (
    FieldError,
    FieldErrors,
    Reading,
    read_allocation,
    read_choice,
    read_day,
    read_meeting_number,
    read_meeting_number_or_none,
    read_names,
    read_revisions,
    read_vote_counts,
    read_yes_no,
    show_choice,
    show_day,
    show_names,
    show_number,
    show_yes_no,
)
from unreport_tui.core.model import Counting, SpeakerNoun, SummaryOrder

# A name as a box holds it: no ";" (it separates names), no space around it, not empty.
names = st.text(st.characters(blacklist_characters=";", blacklist_categories=["Cs"]), min_size=1).map(str.strip).filter(bool)


def refusal(read, *args) -> tuple[str, str]:
    with pytest.raises(FieldError) as caught:
        read(*args)
    return caught.value.field, str(caught.value)


@given(st.none() | st.dates())
def test_a_day_shown_reads_back(day):
    assert read_day("issued", show_day(day)) == day


def test_a_day_is_typed_year_month_day():
    assert read_day("issued", " 2010-10-19 ") == dt.date(2010, 10, 19)
    assert refusal(read_day, "issued", "19/10/2010") == (
        "issued",
        "'19/10/2010' is not a date: type it as 2010-10-19 (year-month-day)",
    )


@given(st.none() | st.integers(1, 1_000_000))
def test_a_meeting_number_shown_reads_back(number):
    assert read_meeting_number_or_none("org_agenda_meeting", show_number(number)) == number


def test_a_meeting_number_is_a_whole_number_within_bounds():
    assert read_meeting_number("meeting_number", " 4 ") == 4
    assert refusal(read_meeting_number, "meeting_number", "fourth") == (
        "meeting_number",
        "'fourth' is not a meeting number: type a whole number such as 4",
    )
    assert refusal(read_meeting_number, "meeting_number", "0")[1] == "a meeting number is a whole number from 1 to 1,000,000"
    assert refusal(read_meeting_number, "meeting_number", "")[0] == "meeting_number"  # a meeting needs its number
    assert refusal(read_meeting_number_or_none, "org_agenda_meeting", "10000000")[0] == "org_agenda_meeting"


@given(st.none() | st.booleans())
def test_yes_or_no_shown_reads_back(value):
    assert read_yes_no("item_narrate", show_yes_no(value), None) == value


def test_yes_or_no_in_any_case_and_empty_as_the_default():
    assert read_yes_no("narrate", " YES ", False) is True
    assert read_yes_no("narrate", "", False) is False  # the session's own: nothing typed is no
    assert read_yes_no("item_narrate", "", None) is None  # an item's: as the session says
    assert refusal(read_yes_no, "narrate", "y", False) == ("narrate", "'y': type one of yes, no")
    assert refusal(read_yes_no, "item_narrate", "oui", None) == (
        "item_narrate",
        "'oui': type one of yes, no (or nothing: as the session)",
    )


@pytest.mark.parametrize("choices", [SpeakerNoun, Counting, SummaryOrder])
def test_each_choice_shown_reads_back_and_the_refusal_lists_them_all(choices):
    for choice in [None, *choices]:
        assert read_choice("item_order", show_choice(choice), choices, None) is choice
    for choice in choices:
        assert read_choice("order", f" {choice.value.upper()} ", choices, None) is choice
    field, message = refusal(read_choice, "order", "other", choices, next(iter(choices)))
    assert (field, message) == ("order", "'other': type one of " + ", ".join(c.value for c in choices))


def test_an_items_choice_left_empty_is_as_the_session_says():
    assert read_choice("item_speaker_noun", "  ", SpeakerNoun, None) is None
    assert read_choice("speaker_noun", "", SpeakerNoun, SpeakerNoun.SPEAKER) is SpeakerNoun.SPEAKER
    assert refusal(read_choice, "item_speaker_noun", "delegates", SpeakerNoun, None)[1] == (
        "'delegates': type one of speaker, delegate, delegation, participant (or nothing: as the session)"
    )


@given(st.lists(names, max_size=6))
def test_names_shown_read_back_in_order(listed):
    assert read_names(show_names(listed)) == listed


def test_names_are_separated_by_semicolons_and_empty_ones_dropped():
    assert read_names(" Canada; Colombia;; Mexico ; ") == ["Canada", "Colombia", "Mexico"]
    assert read_names("   ") == []


def test_revisions_are_separated_by_bars_and_may_hold_semicolons():
    assert read_revisions("in paragraph 2, replace “a” by “b”; | delete paragraph 5 |") == [
        "in paragraph 2, replace “a” by “b”;",
        "delete paragraph 5",
    ]


@given(st.lists(st.sampled_from(["2010-10-19", "", "19 October", "2010-13-01", "tomorrow", "2024-02-29"]), max_size=6))
def test_a_section_read_box_by_box_refuses_exactly_the_boxes_refused_alone_in_order(texts):
    """Every box whose value its reader refuses is named, in the form's order, the first first;
    the others are read as they would be alone."""
    read = Reading()
    got = [read(read_day, f"box{n}", text) for n, text in enumerate(texts)]
    alone = []
    for n, text in enumerate(texts):
        try:
            assert got[n] == read_day(f"box{n}", text)
        except FieldError as refused:
            alone.append((refused.field, str(refused)))
    if not alone:
        read.done()  # nothing to say
        return
    with pytest.raises(FieldError) as caught:
        read.done()
    assert [(e.field, str(e)) for e in caught.value.each] == alone
    assert (caught.value.field, str(caught.value)) == alone[0]  # as a FieldError: the first, where the cursor goes
    assert isinstance(caught.value, FieldErrors) == (len(alone) > 1)


def test_the_counts_of_a_show_of_hands_are_read_or_the_box_that_is_wrong_is_marked():
    assert read_vote_counts("49; ", "", " 2 ") == (49, 0, 2)  # "49; ": as a box of names leaves it after Enter
    assert read_vote_counts("Chile; Peru", "Cuba", "") is None  # names: a recorded vote
    assert read_vote_counts("", "", "") is None
    but_names = "type the counts of a vote in all three boxes (49, 0, 2), or the names in all three"
    assert refusal(read_vote_counts, "49", "Chile", "") == ("vote_against", f"'Chile': {but_names}")
    assert refusal(read_vote_counts, "49", "0", "Peru; Chile") == ("vote_abstaining", f"'Peru; Chile': {but_names}")
    assert refusal(read_vote_counts, "49", "0; 1", "") == ("vote_against", f"'0; 1': {but_names}")
    assert refusal(read_vote_counts, "", "3", "2") == ("vote_for", "type the number of votes in favour too (49)")


def test_an_allocation_is_read_or_refused_in_its_own_box():
    example = "2, 2022-09-16, seventy-seventh"
    allocation = read_allocation("allocation", f" {example} ")
    assert allocation is not None and (allocation.meeting, allocation.date.isoformat(), allocation.session) == (
        2,
        "2022-09-16",
        "seventy-seventh",
    )
    assert read_allocation("allocation", "  ") is None
    refused = {
        "2, 2022-09-16": "'2, 2022-09-16': type the plenary meeting, its date and the session in words: ",
        "second, 2022-09-16, seventy-seventh": "the plenary meeting: 'second' is not a meeting number",
        "2, 16/09/2022, seventy-seventh": "'16/09/2022' is not a date",
        "2, 2022-09-16, 77th": "'77th': type the session in words, such as seventy-seventh",
    }
    for typed, said in refused.items():
        field, message = refusal(read_allocation, "allocation", typed)
        assert field == "allocation" and message.startswith(said), typed
