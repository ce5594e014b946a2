"""What the speaker box and the 'on behalf of' box offer for a few typed letters."""

from __future__ import annotations

import pytest

from unreport_tui.core.speaker_suggestions import (
    Suggestion,
    SuggestionKind,
    find_groups,
    recent_speakers,
    suggest_behalf,
    suggest_speakers,
)


def values(suggestions: list[Suggestion]) -> list[str]:
    return [s.value for s in suggestions]


def test_a_state_is_offered_by_its_un_name_and_the_typed_text_last():
    offered = suggest_speakers("venez")
    assert values(offered) == ["Venezuela (Bolivarian Republic of)", "venez"]
    assert [s.why for s in offered] == ["State", "as typed"]
    assert offered[-1].label == "venez  (as typed)"


def test_speakers_who_spoke_already_come_first_most_recent_first():
    offered = suggest_speakers("chi", ["Chile", "China", "Chile"])
    assert values(offered)[:2] == ["Chile", "China"]
    assert offered[0].label == "Chile  (spoke already)" and offered[0].why == "logged"


def test_a_logged_speaker_typed_another_way_is_offered_once_by_its_un_name():
    assert values(suggest_speakers("united states", ["USA"]))[0] == "United States of America"
    assert values(suggest_speakers("united states", ["USA"])).count("United States of America") == 1


def test_an_organization_logged_before_is_offered_by_any_word():
    offered = suggest_speakers("borders", ["Lawyers without Borders"])
    assert values(offered) == ["Lawyers without Borders", "borders"]


def test_an_observer_state_says_so():
    assert suggest_speakers("holy")[0].why == "observer State"


def test_nothing_typed_offers_nothing_and_an_exact_name_is_not_offered_twice():
    assert suggest_speakers("  ") == []
    assert values(suggest_speakers("Chile")) == ["Chile"]


def test_the_limit_holds():
    assert len(suggest_speakers("a", limit=3)) == 3


def test_groups_by_name_alias_or_word():
    assert [g.name for g in find_groups("g77")] == ["Group of 77 and China"]
    assert [g.name for g in find_groups("african")] == ["Group of African States"]
    assert find_groups("") == [] and find_groups("zzz") == []
    assert [g.name for g in find_groups("eu")][0] == "European Union"  # the alias before a word inside a name


def test_on_behalf_of_offers_groups_then_states_then_organizations_then_the_text():
    offered = suggest_behalf("afr")
    assert values(offered) == [
        "Group of African States",
        "South Africa",
        "Central African Republic",
        "African Union",
        "African Development Bank",
        "afr",
    ]
    assert [s.why for s in offered] == ["group", "State", "State", SuggestionKind.IGO, SuggestionKind.IGO, "as typed"]
    assert values(suggest_behalf("European Union"))[0] == "European Union"
    assert values(suggest_behalf("European Union")).count("European Union") == 1
    assert suggest_behalf("") == []
    assert len(suggest_behalf("a", limit=2)) == 2


def test_a_name_typed_in_full_comes_first_even_when_a_near_name_spoke_already():
    assert values(suggest_speakers("Austria", ["Australia"]))[0] == "Austria"
    assert values(suggest_speakers("austri", ["Australia"]))[0] == "Austria"


def test_a_name_typed_in_full_says_what_it_is():
    chile = suggest_speakers("Chile")[0]
    assert (chile.value, chile.label, chile.why) == ("Chile", "Chile", "State")
    holy = suggest_speakers("Holy See")[0]
    assert (holy.value, holy.label, holy.why) == ("Holy See", "Holy See", "observer State")


def test_a_state_logged_under_another_name_is_offered_under_the_un_name_as_spoken_already():
    offered = suggest_speakers("unit", ["USA"])
    assert (offered[0].value, offered[0].label, offered[0].why) == (
        "United States of America",
        "United States of America  (spoke already)",
        "logged",
    )
    assert len(suggest_speakers("a", [], limit=7)) == 7


def test_the_recent_speakers_reversed_give_what_the_whole_log_gives():
    logged = ["Chile", "China", "Croatia", "Chile", "Lawyers without Borders", "USA", "china", "Chad"]
    short = recent_speakers(logged)[::-1]
    for typed in ("c", "ch", "chi", "united", "law", "croatia", "zz"):
        assert suggest_speakers(typed, short) == suggest_speakers(typed, logged)
    assert recent_speakers(logged)[:3] == ["Chad", "china", "USA"]


@pytest.mark.parametrize(
    "typed, group",
    [
        ("g77", "Group of 77 and China"),
        ("G-77", "Group of 77 and China"),
        ("grulac", "Group of Latin American and Caribbean States"),
        ("african group", "Group of African States"),
    ],
)
def test_a_group_named_in_the_speaker_box_comes_first_as_the_group_the_next_speaker_speaks_for(typed, group):
    first = suggest_speakers(typed)[0]
    assert (first.value, first.why) == (group, SuggestionKind.GROUP)
    assert "then type who speaks" in first.label


def test_a_state_is_never_taken_for_a_group_and_groups_follow_the_states_a_word_finds():
    assert not any(s.why == SuggestionKind.GROUP for s in suggest_speakers("pak"))
    assert suggest_speakers("chile")[0].value == "Chile"
    found = suggest_speakers("african")
    assert found[0].value == "Central African Republic" and found[0].why != SuggestionKind.GROUP
    assert any(s.why == SuggestionKind.GROUP and s.value == "Group of African States" for s in found)


def test_a_name_or_alias_typed_in_full_comes_before_a_speaker_its_letters_begin():
    assert [s.value for s in suggest_speakers("Niger", ["Nigeria"])][:2] == ["Niger", "Nigeria"]
    first, group, logged = suggest_speakers("eu", ["European Commission"])[:3]
    assert (first.value, first.why) == ("European Union", SuggestionKind.IGO)
    assert (group.value, group.why) == ("European Union", SuggestionKind.GROUP)
    assert (logged.value, logged.why) == ("European Commission", "logged")


def test_six_suggestions_unless_asked_for_more():
    assert len(suggest_speakers("a")) == 6 and len(suggest_behalf("a")) == 6
    assert len(suggest_speakers("a", limit=8)) == 8


def test_what_the_on_behalf_box_shows():
    assert [(s.label, s.why) for s in suggest_behalf("g77")][:1] == [("Group of 77 and China", "group")]
    assert ("Pakistan", "State") in [(s.label, s.why) for s in suggest_behalf("pakis")]
    assert ("a group of countries  (as typed)", "as typed") in [(s.label, s.why) for s in suggest_behalf("a group of countries")]


@pytest.mark.parametrize("typed", ["eu", "EU", "european union", "the European Union"])
def test_the_european_union_is_a_speaker_first_and_a_group_to_speak_for_second(typed):
    offered = suggest_speakers(typed)
    assert [(s.value, s.why) for s in offered[:2]] == [
        ("European Union", SuggestionKind.IGO),
        ("European Union", SuggestionKind.GROUP),
    ]
    assert offered[0].label == "European Union  (IGO)"


@pytest.mark.parametrize(
    "typed, value, label",
    [
        ("unodc", "UNODC", "UNODC  (IGO: United Nations Office on Drugs and Crime)"),
        ("iom", "IOM", "IOM  (IGO: International Organization for Migration)"),
        (
            "international organization for migration",
            "International Organization for Migration",
            "International Organization for Migration  (IGO)",
        ),
        (
            "osce",
            "Organization for Security and Co-operation in Europe",
            "Organization for Security and Co-operation in Europe  (IGO)",
        ),
        ("african union", "African Union", "African Union  (IGO)"),
    ],
)
def test_an_igo_is_offered_as_a_state_is_with_its_role(typed, value, label):
    first = suggest_speakers(typed)[0]
    assert (first.value, first.label, first.why) == (value, label, SuggestionKind.IGO)


def test_igos_a_word_begins_follow_the_states():
    offered = suggest_speakers("african")
    assert offered[0].value == "Central African Republic"
    assert ("African Union", SuggestionKind.IGO) in [(s.value, s.why) for s in offered]
    assert offered[-1].why == "as typed"
    assert [s.why for s in suggest_speakers("world health")][:1] == [SuggestionKind.IGO]


def test_a_speaker_corrected_is_offered_corrected():
    """The log holds the name as the note-taker last wrote it; the box offers that, not a form of the data."""
    offered = suggest_speakers("global", ["the Global Alliance against Traffic in Women"])
    assert (offered[0].value, offered[0].why) == ("the Global Alliance against Traffic in Women", "logged")
    assert suggest_speakers("unodc", ["UNODC"])[0].value == "UNODC"


def test_on_behalf_of_offers_organizations_after_states():
    assert ("African Union", SuggestionKind.IGO) in [(s.value, s.why) for s in suggest_behalf("african un")]


@pytest.mark.parametrize(
    "typed, name",
    [
        ("Nederland", "Netherlands (Kingdom of the)"),
        ("Kirghizia", "Kyrgyzstan"),
        ("Camerun", "Cameroon"),
        ("Deutschland", "Germany"),
    ],
)
def test_the_speaker_box_knows_a_states_name_in_its_own_language_french_or_spanish(typed, name):
    assert suggest_speakers(typed)[0].value == name


def test_a_national_human_rights_institution_is_offered_as_one_by_its_name():
    ganhri = "Global Alliance of National Human Rights Institutions"
    assert suggest_speakers("ganhri")[0] == Suggestion(ganhri, f"{ganhri}  (NHRI)", SuggestionKind.NHRI)
    # A few words of its name: offered as one too, before the text as typed.
    assert [(s.value, s.why) for s in suggest_speakers("national human")] == [
        (ganhri, SuggestionKind.NHRI),
        ("national human", SuggestionKind.AS_TYPED),
    ]
    # Spoken already: offered as such, once.
    logged = suggest_speakers("ganhri", [ganhri])
    assert [s.value for s in logged].count(ganhri) == 1


def test_a_state_typed_in_full_is_never_taken_for_an_institution_or_an_organization():
    assert [s.why for s in suggest_speakers("Chile")] == [SuggestionKind.STATE]


@pytest.mark.parametrize(
    ("typed", "limit", "offered"),
    [
        # Organizations, then an institution, then groups, each kept a place, and the text as typed.
        ("euro", 6, ["IGO", "IGO", "NHRI", "group", "group", "as typed"]),
        ("commission", 6, ["IGO", "IGO", "IGO", "IGO", "IGO", "as typed"]),
        ("african", 6, ["State", "IGO", "IGO", "NHRI", "group", "as typed"]),
        ("group of", 12, ["IGO", "group", "group", "as typed"]),  # two groups at most
        ("ma", 9, ["State"] * 9),  # as many States as the box has room for
        ("ganhri", 6, ["NHRI", "as typed"]),  # an institution by its short name, first
        ("g 77", 6, ["group", "as typed"]),  # spaces do not matter in a group's short name
    ],
)
def test_what_the_speaker_box_offers_for_letters_that_begin_names_of_every_kind(typed, limit, offered):
    assert [s.why.value for s in suggest_speakers(typed, limit=limit)] == offered
