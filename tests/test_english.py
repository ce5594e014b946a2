import pytest
from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.english import a_or_an, finish_sentence, join_list, lower_first, meetings_phrase, ordinal


def test_ordinals():
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 113)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "23rd",
        "101st",
        "111th",
        "112th",
        "113th",
    ]


def test_lists_have_no_serial_comma():
    assert join_list(["A"]) == "A"
    assert join_list(["A", "B"]) == "A and B"
    assert join_list(["A", "B", "C"]) == "A, B and C"


@given(st.lists(st.text(alphabet="xyz", min_size=1), min_size=2, max_size=12))
def test_every_list_ends_with_and_and_has_one_comma_less(parts):
    joined = join_list(parts)
    assert joined.endswith(" and " + parts[-1])
    assert joined.count(", ") == len(parts) - 2


def test_meeting_numbers():
    assert meetings_phrase([4]) == "4th meeting"
    assert meetings_phrase([4, 5]) == "4th and 5th meetings"
    assert meetings_phrase([1, 2, 3]) == "1st to 3rd meetings"
    assert meetings_phrase([2, 4, 6]) == "2nd, 4th and 6th meetings"
    assert meetings_phrase([5, 1, 3, 2]) == "1st to 3rd and 5th meetings"
    assert meetings_phrase([11, 12, 13, 21]) == "11th to 13th and 21st meetings"


def test_first_letter_lowered_unless_acronym():
    assert lower_first("Report of the Secretariat") == "report of the Secretariat"
    assert lower_first("UNODC report on drugs") == "UNODC report on drugs"
    assert lower_first("E/CN.15/2026/5") == "E/CN.15/2026/5"  # a symbol typed as a title keeps its capitals
    assert lower_first("UN.GIFT evaluation") == "UN.GIFT evaluation"


def test_full_stop_added_only_when_missing():
    assert finish_sentence("It was noted") == "It was noted."
    assert finish_sentence("It was noted.") == "It was noted."
    assert finish_sentence("Was it noted?") == "Was it noted?"
    assert finish_sentence("entitled “Title”") == "entitled “Title”."
    assert finish_sentence("(as it said.)") == "(as it said.)"


@pytest.mark.parametrize(
    ("phrase", "article"),
    [
        ("member", "a"),
        ("signatory", "a"),
        ("observer State", "an"),
        ("official", "an"),
        ("IGO", "an"),
        ("NGO", "an"),
        ("NHRI", "an"),
        ("draft resolution", "a"),
        ("amendment", "an"),
        ("oral amendment", "an"),
        ("UN document", "a"),  # said "you-en"
        ("UNODC report", "a"),
        ("United Nations body", "a"),
        ("union", "a"),
        ("one-day meeting", "a"),
        ("European Union statement", "a"),
        ("FAO report", "an"),  # said "ef-ay-oh"
        ("NGO-led initiative", "an"),
        ("U.S. delegation", "a"),
        ("hour", "an"),
        ("honest broker", "an"),
        ("high-level meeting", "a"),
        ("unofficial translation", "an"),
        ("uninformed guess", "an"),
        ("unintended effect", "an"),
        ("unanimous decision", "a"),
        ("utility", "a"),
        ("usual practice", "a"),
        ("Uruguayan proposal", "a"),
        ("Ukrainian proposal", "a"),
        ("umbrella", "an"),
        ("update", "an"),
        ("urgent appeal", "an"),
        ("NATO summit", "a"),
        ("8-point plan", "an"),
        ("11-member committee", "an"),
        ("18", "an"),
        ("110-page report", "a"),
        ("11,000", "an"),
        ("1-day", "a"),
        ("", "a"),
        # Each rule at its edge.
        ("Egyptian proposal", "an"),
        ("item", "an"),
        ("UN-system-wide approach", "a"),  # the first part of a hyphenated word
        ("UN body report", "a"),  # the first word of three
        ("8th meeting", "an"),
        ("11,000,000", "an"),  # the first group of figures
        ("U-turn", "a"),  # a capital letter alone is said by its name
        ("X-ray", "an"),
        ("T-shirt", "a"),
        ("A/78/1 document", "an"),
        ("NATO.", "a"),
        ("use of force", "a"),  # "you-" in three letters
        ("up", "an"),
    ],
)
def test_the_indefinite_article_goes_by_the_sound_of_the_word(phrase, article):
    assert a_or_an(phrase) == article


def test_every_role_and_category_a_choice_names_takes_its_article():
    from unreport_tui.core.imported_list import CATEGORY_LABELS
    from unreport_tui.core.model import ROLE_LABELS

    said = {label: f"{a_or_an(label)} {label}" for label in {*ROLE_LABELS.values(), *CATEGORY_LABELS.values()}}
    assert said == {
        "member": "a member",
        "signatory": "a signatory",
        "observer State": "an observer State",
        "IGO": "an IGO",
        "NGO": "an NGO",
        "official": "an official",
        "NHRI": "an NHRI",
    }


def test_a_blank_sentence_gets_no_full_stop():
    assert finish_sentence("") == finish_sentence("   ") == ""
