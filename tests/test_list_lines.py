"""A line of the Chair's list resolved as the speaker box resolves a name, or left for the
note-taker to confirm with its closest names: never a role made silently."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.countries import all_groups, all_states
from unreport_tui.core.list_lines import entry_line, resolve_line, resolve_state_name
from unreport_tui.core.model import ListEntry, Role
from unreport_tui.core.quantifier import speaker_identity


@pytest.mark.parametrize(
    "typed, entry",
    [
        ("Phillipines", ListEntry("Philippines")),
        ("Kirghizia", ListEntry("Kyrgyzstan")),
        ("Camerun", ListEntry("Cameroon")),
        ("Nederland", ListEntry("Netherlands (Kingdom of the)")),
        ("usa", ListEntry("United States of America")),
        ("Venezuela (Bolivarian Republic of)", ListEntry("Venezuela (Bolivarian Republic of)")),
        ("Egypt on behalf of the Group of African States", ListEntry("Egypt", "Group of African States")),
        ("Egypt, on behalf of the African Group", ListEntry("Egypt", "Group of African States")),
        ("Pakistan (g77)", ListEntry("Pakistan", "Group of 77 and China")),
        ("Chile (on behalf of GRULAC)", ListEntry("Chile", "Group of Latin American and Caribbean States")),
        ("Egypt (on behalf of african)", ListEntry("Egypt", "Group of African States")),
        ("Finland (on behalf of Sweden)", ListEntry("Finland", "Sweden")),
        ("holy see", ListEntry("Holy See")),
        ("European Union", ListEntry("European Union", role=Role.IGO)),
    ],
)
def test_a_line_is_resolved_as_the_speaker_box_resolves_a_name(typed, entry):
    resolution = resolve_line(typed)
    assert resolution.entry == entry, resolution.how


@pytest.mark.parametrize(
    "typed, closest",
    [
        ("Austrai", ["Australia", "Austria"]),  # two States as close: asked, never guessed
        ("Mal", ["Mali", "Malta", "Malawi"]),
        ("Republic", ["Republic of Korea", "Republic of Moldova", "Congo"]),
    ],
)
def test_a_line_that_could_be_several_states_is_asked_with_the_closest(typed, closest):
    resolution = resolve_line(typed)
    assert resolution.entry is None and list(resolution.suggestions) == closest


@pytest.mark.parametrize("typed", ["Greenpeace", "Japan Federation of Bar Associations", "Lake Chad Fisheries Board", "g77"])
def test_a_line_that_is_no_state_nor_anyone_logged_gets_no_role_until_confirmed(typed):
    resolution = resolve_line(typed)
    assert resolution.entry is None and resolution.as_typed == ListEntry(typed)
    assert resolution.how


def test_an_unknown_group_is_asked_with_the_speaker_resolved():
    resolution = resolve_line("Brasil, on behalf of Mercosur")
    assert resolution.entry is None and resolution.as_typed == ListEntry("Brazil", "Mercosur")
    assert "Mercosur" in resolution.how


def test_a_speaker_who_spoke_already_is_resolved_with_their_name_as_logged():
    logged = {"other:lawyers without borders": ("Lawyers without Borders", Role.NGO)}
    assert resolve_line("lawyers  without borders", logged).entry == ListEntry("Lawyers without Borders")


def test_a_line_saved_before_keeps_the_role_the_note_taker_chose():
    chosen = ListEntry("Greenpeace", role=Role.NGO)
    assert resolve_line("Greenpeace", kept={entry_line(chosen): chosen}).entry == chosen


@given(st.sampled_from(all_states()), st.data())
def test_every_name_of_a_state_is_that_state(state, data):
    typed = data.draw(st.sampled_from((state.name, state.text_name, *state.aliases, *state.other_names)))
    assert resolve_line(typed).entry == ListEntry(state.name)


@given(st.sampled_from(all_states()), st.sampled_from(all_groups()), st.data())
def test_a_state_on_behalf_of_a_group_however_written_comes_back_from_its_line(state, group, data):
    called = data.draw(st.sampled_from((group.name, group.behalf, *group.aliases)))
    form = data.draw(st.sampled_from(["{x} on behalf of {y}", "{x} ({y})", "{x} (on behalf of {y})"]))
    entry = resolve_line(form.format(x=state.name, y=called)).entry
    assert entry == ListEntry(state.name, group.name)
    assert resolve_line(entry_line(entry)).entry == entry


def test_a_name_in_a_vote_list_is_a_state_or_asked():
    assert resolve_state_name("Phillipines").entry == ListEntry("Philippines")
    assert resolve_state_name("Deutschland").entry == ListEntry("Germany")
    narnia = resolve_state_name("Austrai")
    assert narnia.entry is None and list(narnia.suggestions) == ["Australia", "Austria"]


@pytest.mark.parametrize(
    ("typed", "entry", "how"),
    [
        ("chile", ListEntry("Chile"), "State"),
        ("Holy See", ListEntry("Holy See"), "observer State"),
        ("unodc", ListEntry("UNODC", role=Role.IGO), "IGO"),
        (
            "Asia Pacific Forum of National Human Rights Institutions",
            ListEntry("Asia Pacific Forum of National Human Rights Institutions", role=Role.NHRI),
            "NHRI",
        ),
    ],
)
def test_a_name_in_a_vote_or_sponsor_list_is_taken_as_what_it_names(typed, entry, how):
    resolution = resolve_state_name(typed)
    assert (resolution.entry, resolution.how, resolution.suggestions, resolution.as_typed) == (entry, how, (), None)


def test_a_name_in_a_vote_list_that_nothing_knows_is_kept_as_typed_to_confirm():
    resolution = resolve_state_name("  Republic   of Narnia ")
    assert (resolution.entry, resolution.how) == (None, "not a State")
    assert resolution.as_typed == ListEntry("Republic of Narnia")  # its spaces as a name has them


def test_the_role_an_entry_is_logged_with_is_its_own_else_as_last_logged_else_a_states_else_ngo():
    from unreport_tui.core.list_lines import listed_role, logged_speakers
    from unreport_tui.core.model import Item, Session, Statement

    session = Session(items=[Item("1", "1", "T", statements=[Statement("Japan", Role.SIGNATORY)])])
    logged = logged_speakers(session)
    assert listed_role(ListEntry("Japan"), logged) is Role.SIGNATORY
    assert listed_role(ListEntry("Chile"), logged) is Role.MEMBER
    assert listed_role(ListEntry("Holy See"), logged) is Role.OBSERVER_STATE
    assert listed_role(ListEntry("Greenpeace", role=Role.IGO), logged) is Role.IGO
    assert listed_role(ListEntry("Greenpeace"), logged) is Role.NGO


@pytest.mark.parametrize(
    "line, saved",
    [
        ("unodc", "UNODC"),
        ("International Organization for Migration", "International Organization for Migration"),
        ("osce", "Organization for Security and Co-operation in Europe"),
        ("the African Union", "African Union"),
        ("eu", "European Union"),
    ],
)
def test_a_known_igo_on_the_chairs_list_is_resolved_as_an_igo(line, saved):
    resolution = resolve_line(line, {})
    assert resolution.entry == ListEntry(saved, role=Role.IGO)


_LOGGED_BEFORE = {
    speaker_identity("Lawyers without Borders"): ("Lawyers without Borders", Role.NGO),
    speaker_identity("Cuba"): ("Cuba", Role.OBSERVER_STATE),
}


@pytest.mark.parametrize(
    ("line", "entry", "how"),
    [
        ("chile", ListEntry("Chile"), "State"),
        ("Cuba", ListEntry("Cuba"), "State"),  # a State is a State, whatever role it spoke in
        ("Holy See", ListEntry("Holy See"), "observer State"),
        ("unodc", ListEntry("UNODC", role=Role.IGO), "IGO"),
        ("ganhri", ListEntry("Global Alliance of National Human Rights Institutions", role=Role.NHRI), "NHRI"),
        ("lawyers without borders", ListEntry("Lawyers without Borders"), "spoke already"),
        ("Pakistn (g77)", ListEntry("Pakistan", "Group of 77 and China"), "State"),
        ("Egypt, on behalf of the African Group", ListEntry("Egypt", "Group of African States"), "State"),
    ],
)
def test_a_line_of_the_chairs_list_resolved_says_what_it_found(line, entry, how):
    resolution = resolve_line(line, _LOGGED_BEFORE)
    assert (resolution.typed, resolution.entry, resolution.how) == (line, entry, how)


@pytest.mark.parametrize(
    ("line", "how", "closest", "kept"),
    [
        ("Mexcio", "which one? (or confirm it as typed, with its role)", ("Mexico",), ListEntry("Mexcio")),
        (
            "lawyers w/o borders",
            "which one? (or confirm it as typed, with its role)",
            ("Lawyers without Borders",),
            ListEntry("lawyers w/o borders"),
        ),
        ("Greenpeace", "not a State nor anyone logged: confirm it and its role", (), ListEntry("Greenpeace")),
        (
            "Chile (Friends of X)",
            "on behalf of 'Friends of X': no group or State of that name",
            (),
            ListEntry("Chile", "Friends of X"),
        ),
        (
            "Mexcio (grulac)",
            "not a State nor anyone logged: confirm it and its role",
            ("Mexico (on behalf of the Group of Latin American and Caribbean States)",),
            ListEntry("Mexcio", "Group of Latin American and Caribbean States"),
        ),
    ],
)
def test_a_line_of_the_chairs_list_not_resolved_says_why_with_the_closest_and_what_confirming_keeps(line, how, closest, kept):
    resolution = resolve_line(line, _LOGGED_BEFORE)
    assert (resolution.typed, resolution.entry, resolution.how) == (line, None, how)
    assert (resolution.suggestions, resolution.as_typed) == (closest, kept)


@pytest.mark.parametrize(
    ("line", "closest"),
    [
        ("Lawyers", ("Lawyers without Borders",)),  # a short form of a speaker logged
        ("Lawyers w/o Borders", ("Lawyers without Borders",)),
        ("Amnesty Intl", ("Amnesty International",)),
        ("Global Coalition of Widget Makers", ()),  # only its first word is another's: nothing offered first
        ("Oxfam International", ()),  # only its last word is another's (the review's cases)
        ("Dominicans International", ()),
        ("Article 18", ()),  # not Article 19
    ],
)
def test_a_line_like_a_speaker_logged_offers_them_and_one_only_begun_alike_does_not(line, closest):
    logged = {
        speaker_identity(name): (name, Role.NGO)
        for name in (
            "Lawyers without Borders",
            "Amnesty International",
            "the Global Alliance against Traffic in Women",
            "Plan International",
            "Franciscans International",
            "Article 19",
        )
    }
    assert resolve_line(line, logged).suggestions == closest


def test_a_line_kept_from_before_is_taken_as_listed():
    kept = {"Chile (GRULAC)": ListEntry("Chile", "Group of Latin American and Caribbean States", Role.OBSERVER_STATE)}
    resolution = resolve_line("Chile  (GRULAC)", kept=kept)
    assert (resolution.entry, resolution.how) == (kept["Chile (GRULAC)"], "as listed")


def test_a_speaker_of_a_known_role_keeps_it_when_the_line_adds_on_whose_behalf():
    resolution = resolve_line("UNODC (on behalf of Chile)")
    assert (resolution.entry, resolution.how) == (ListEntry("UNODC", "Chile", Role.IGO), "IGO")


def test_a_state_whose_line_adds_a_group_in_brackets_is_split_before_any_near_miss():
    resolution = resolve_line("Papua New Guinea (WEOG)")
    assert resolution.entry == ListEntry("Papua New Guinea", "Group of Western European and other States")


def test_a_line_close_to_many_speakers_logged_offers_two_of_them():
    logged = {speaker_identity(n): (n, Role.NGO) for n in ("Lawyers A", "Lawyers B", "Lawyers C", "Lawyers D")}
    assert resolve_line("Lawyers", logged).suggestions == ("Lawyers A", "Lawyers B")
