"""The Human Rights Council's items as its reports tell them: a point in the order logged never
before the statement it was made under; the concerned countries; the national human rights
institutions; an item's general debate or interactive dialogue.

Real sentences, through /work/wt/research16/hrc.md and the stored pages: A/HRC/7/78 (the
Council's report on its seventh session, 2008, chap. II, sect. B, paras 125-129) and the report on
its twenty-fifth session (2014, chap. III, sect. C, paras 179-184, http://ininet.org/original-english-v3.html?page=5;
the page shows no symbol: A/HRC/25/2 is that session's report)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.human_rights_institutions import reads_as_institution, resolve_institution
from unreport_tui.core.list_lines import choices, resolve_line
from unreport_tui.core.model import Debate, Role, default_role
from unreport_tui.core.session_file.session import parse_session, session_to_toml
from unreport_tui.core.session_file.tables import SessionFileError
from unreport_tui.storage import open_store

from .builders import paragraphs, point, said, session_with
from .profile_reading import meetings, printed, session_in

COUNCIL = 'body = "Human Rights Council"\nbody_short = "Council"\n'
ITEM = '[[items]]\nkey = "2"\nnumber = "2"\ntitle = "Title"\nmeetings = [13]\n'


def statements(*names: str, **fields: str) -> str:
    """[[items.statements]] tables for ``names``, each with ``fields``, at the 13th meeting."""
    extra = "".join(f'{key} = "{value}"\n' for key, value in fields.items())
    return "".join(f'[[items.statements]]\nspeaker = "{name}"\nmeeting = 13\n{extra}' for name in names)


# The order as logged (the Council's) ----------------------------------------------------------------


def test_a_point_from_a_file_comes_after_the_statement_it_was_made_under_not_first():
    # A point from a session file has no time: the log shows it under its speaker's first
    # statement, and the report, in the order logged, after that statement, never before the list
    # its speaker is on; a point whose speakers made no statement comes last, as in the log.
    session = session_in(
        "hrc",
        COUNCIL
        + meetings({13: "2008-03-07"})
        + ITEM
        + statements("United Nations Deputy High Commissioner for Human Rights", role="official", text="presented reports")
        + statements("Cuba", "Chile")
        + '[[items.points]]\ntext = "It was noted that the reports were late"\n'
        + '[[items.points]]\ntext = "welcomed the reports"\nspeakers = ["Chile"]\n',
    )
    assert printed(session) == [
        "1. At the 13th meeting, on 7 March 2008, the United Nations Deputy High Commissioner for Human Rights"
        " presented reports.",
        "2. During the ensuing interactive dialogue, at the same meeting, the following made statements and asked questions:",
        "(a) Representatives of States members of the Council: Cuba, Chile.",
        "3. At the same meeting, one speaker welcomed the reports.",
        "4. It was noted that the reports were late.",  # its meeting is not known
    ]


def test_a_speaker_logged_late_and_moved_up_does_not_put_the_points_before_the_list():
    # The note-taker missed Brazil, logged it at 10:30 and moved it up to where it spoke: the list
    # of those who spoke stands where the first of them spoke (10:10), so Cuba's point of 10:12
    # follows it.
    t = dt.time
    session = session_with(
        [
            said("Special Rapporteur on torture", "official", text="presented the report", meeting=9, time=t(10, 0)),
            said("Brazil", meeting=9, time=t(10, 30)),
            said("Cuba", meeting=9, time=t(10, 10)),
        ],
        [point("welcomed the report", "Cuba", meeting=9, time=t(10, 12))],
        meetings=[9],
        days={9: dt.date(2014, 3, 7)},
        body="Human Rights Council",
        body_short="Council",
        profile="hrc",
    )
    assert paragraphs(session) == [
        "1. At the 9th meeting, on 7 March 2014, the Special Rapporteur on torture presented the report.",
        "2. During the ensuing interactive dialogue, at the same meeting, the following made statements and asked questions:",
        "(a) Representatives of States members of the Council: Brazil, Cuba.",
        "3. At the same meeting, one speaker welcomed the report.",
    ]


# The concerned countries ---------------------------------------------------------------------------


def test_the_concerned_countries_speak_in_a_sentence_of_their_own_before_the_lists_and_not_in_them():
    # A/HRC/7/78, paras 125-127: the presentation, then "At the same meeting, the representatives of
    # Afghanistan, Cambodia, Colombia, Cyprus, Guatemala, Nepal and Uganda made statements, as
    # concerned countries.", then the lists, where none of them is (Cuba is; Greece is)
    session = session_in(
        "hrc",
        COUNCIL
        + meetings({13: "2008-03-07"})
        + ITEM
        + 'debate = "general"\n'
        + statements("United Nations Deputy High Commissioner for Human Rights", role="official", text="presented reports")
        + statements("Afghanistan", "Cambodia", "Colombia", capacity="as the concerned country")
        + statements("Cuba")
        + statements("Cyprus", "Guatemala", capacity="as a country concerned")  # however the capacity was typed
        + statements("Nepal", "Uganda", capacity="concerned country")
        + statements("Greece", role="observer_state"),
    )
    assert printed(session)[1:] == [
        "2. At the same meeting, the representatives of Afghanistan, Cambodia, Colombia, Cyprus, Guatemala, Nepal and"
        " Uganda made statements, as concerned countries.",
        "3. During the ensuing general debate, at the same meeting, statements were made by the following:",
        "(a) Representatives of States members of the Council: Cuba;",
        "(b) Observers for the following States: Greece.",
    ]


def test_one_concerned_country_is_the_concerned_country():
    # One alone: no report page read has it; the plural's words in the singular.
    session = session_in(
        "hrc",
        COUNCIL
        + meetings({13: "2008-03-07"})
        + ITEM
        + statements(
            "Special Rapporteur on the situation of human rights in the Sudan", role="official", text="presented her report"
        )
        + statements("Sudan", capacity="as the concerned country")
        + statements("Cuba"),
    )
    assert (
        printed(session)[1]
        == "2. At the same meeting, the representative of the Sudan made a statement, as the concerned country."
    )


def test_another_capacity_stays_in_the_lists():
    session = session_in("hrc", COUNCIL + meetings({13: "2008-03-07"}) + ITEM + statements("Cuba", capacity="as a co-sponsor"))
    assert printed(session)[-1] == "(a) Representatives of States members of the Council: Cuba."


def test_outside_the_lists_the_concerned_country_is_named_in_the_members_sentence_as_before():
    # The default profile (no lists): "the Sudan, as the concerned country, Chile and Japan" (unchanged)
    session = session_with([said("Sudan", capacity="as the concerned country"), said("Chile")])
    assert paragraphs(session)[1] == (
        "2. Statements were made by the representatives of the Sudan, as the concerned country, and Chile."
    )


# The national human rights institutions -----------------------------------------------------------


def test_a_national_human_rights_institution_of_the_data_is_one_without_asking():
    # A/HRC/7/78, para. 127 (c): "International Coordinating Committee of National Human Rights
    # Institutions"; its name since 2016, and short forms
    for typed in (
        "International Coordinating Committee of National Human Rights Institutions",
        "Global Alliance of National Human Rights Institutions",
        "ganhri",
        "the Asia Pacific Forum of National Human Rights Institutions",
    ):
        assert default_role(typed) is Role.NHRI, typed
    assert resolve_institution("GANHRI") == "Global Alliance of National Human Rights Institutions"
    assert resolve_line("ganhri", {}).entry.role is Role.NHRI  # the Chair's list knows it too
    assert default_role("Amnesty International") is None  # anyone else: the note-taker says


@pytest.mark.parametrize(
    ("name", "institution"),
    [
        ("Australian Human Rights Commission", True),
        ("National Human Rights Commission of Korea", True),
        ("Commission on Human Rights of the Philippines", True),
        ("Defensoría del Pueblo de Colombia", True),
        ("Public Defender of Georgia", True),
        ("Office of the Ombudsman of Namibia", True),
        ("Office of the United Nations High Commissioner for Human Rights", False),
        ("Special Rapporteur on the situation of human rights defenders", False),
        ("Amnesty International", False),
        ("Human Rights Watch", False),
        ("Network of African National Human Rights Institutions", True),  # the words begin a word, end anywhere
        ("Barnombudsmannen", True),  # inside a compound word (Sweden's children's ombudsman)
    ],
)
def test_a_name_that_reads_as_an_institution_is_offered_the_role_first(name, institution):
    assert reads_as_institution(name) is institution
    offered = [entry.role for _, entry in choices(resolve_line(name, {}))]
    assert (offered[0] is Role.NHRI) is institution


def test_the_lists_have_the_institutions_between_the_organizations_and_the_ngos():
    # A/HRC/7/78, para. 127: "(c) Observer for a national human rights institution: …;" "(d) Observers
    # for non-governmental organizations: …"; the European Union before them as in A/HRC/25/2, para.
    # 180: "(c) Observer for an intergovernmental organization: European Union;"
    session = session_in(
        "hrc",
        COUNCIL
        + meetings({13: "2008-03-07"})
        + ITEM
        + statements("Amnesty International", role="ngo")
        + statements("Australian Human Rights Commission", role="nhri")
        + statements("European Union")
        + statements("Cuba"),
    )
    assert printed(session)[1:] == [
        "(a) Representatives of States members of the Council: Cuba;",
        "(b) Observer for an intergovernmental organization: European Union;",
        "(c) Observer for a national human rights institution: Australian Human Rights Commission;",
        "(d) Observers for non-governmental organizations: Amnesty International.",
    ]
    two = session_in(
        "hrc",
        COUNCIL
        + meetings({13: "2008-03-07"})
        + ITEM
        + statements("Australian Human Rights Commission", "New Zealand Human Rights Commission", role="nhri"),
    )
    assert printed(two)[-1] == (
        "(a) Observers for national human rights institutions: Australian Human Rights Commission, New Zealand Human"
        " Rights Commission."
    )


def test_outside_the_lists_an_institution_is_an_observer():
    session = session_with([said("Chile"), said("Asia Pacific Forum of National Human Rights Institutions")])
    assert paragraphs(session)[1] == (
        "2. A statement was made by the representative of Chile. The observer for the Asia Pacific Forum of National"
        " Human Rights Institutions also made a statement."
    )


def test_the_role_is_read_and_written_by_session_files_and_databases(tmp_path):
    text = (
        'format = 1\n[session]\nbody_short = "Council"\n[[items]]\nkey = "4"\nnumber = "4"\ntitle = "T"\n'
        'debate = "general"\n[[items.statements]]\nspeaker = "Ombudsman of Peru"\nrole = "nhri"\n'
    )
    session = parse_session(text)
    assert session.items[0].statements[0].role is Role.NHRI and session.items[0].debate is Debate.GENERAL
    again = parse_session(session_to_toml(session))
    assert again.items[0].statements[0].role is Role.NHRI and again.items[0].debate is Debate.GENERAL
    store = open_store(tmp_path / "x.json")
    store.replace(session)
    store.close()
    stored = open_store(tmp_path / "x.json", read_only=True).load()
    assert stored.items[0].statements[0].role is Role.NHRI and stored.items[0].debate is Debate.GENERAL


# An item's debate ----------------------------------------------------------------------------------


def test_an_item_s_debate_is_refused_in_one_line_when_it_is_neither():
    text = '[session]\nbody_short = "Council"\n[[items]]\nkey = "4"\nnumber = "4"\ntitle = "T"\ndebate = "open"\n'
    with pytest.raises(SessionFileError) as refused:
        parse_session(text)
    assert str(refused.value) == 'items[1].debate = "open": expected one of dialogue, general'


def test_a_general_debate_after_a_presentation_ensues_from_it():
    # A/HRC/7/78, para. 127: "During the ensuing general debate, at the same meeting, statements were
    # made by the following:"; over two meetings, the dialogue's "at the 13th and 14th meetings"
    one = session_in(
        "hrc",
        COUNCIL
        + meetings({13: "2008-03-07", 14: "2008-03-07"})
        + ITEM
        + 'debate = "general"\n'
        + statements("United Nations Deputy High Commissioner for Human Rights", role="official", text="presented reports")
        + statements("Cuba"),
    )
    assert printed(one)[1] == "2. During the ensuing general debate, at the same meeting, statements were made by the following:"
    two = session_in(
        "hrc",
        COUNCIL
        + meetings({13: "2008-03-07", 14: "2008-03-07"})
        + ITEM
        + 'debate = "general"\n'
        + statements("United Nations Deputy High Commissioner for Human Rights", role="official", text="presented reports")
        + statements("Cuba")
        + '[[items.statements]]\nspeaker = "Chile"\nmeeting = 14\n',
    )
    assert printed(two)[1] == (
        "2. During the ensuing general debate, at the 13th and 14th meetings, statements were made by the following:"
    )


def test_a_general_debate_that_opens_its_meeting_says_the_council_held_it():
    # The section "General debate on agenda item 4" has no presentation before the lists. The words,
    # "… held a general debate on agenda item 4, …", are the (no report page read has them).
    session = session_in(
        "hrc",
        COUNCIL
        + meetings({25: "2023-03-14"})
        + '[[items]]\nkey = "4"\nnumber = "4"\ntitle = "T"\nmeetings = [25]\ndebate = "general"\n'
        + '[[items.statements]]\nspeaker = "Pakistan"\nmeeting = 25\n',
    )
    assert printed(session) == [
        "1. At the 25th meeting, on 14 March 2023, the Council held a general debate on agenda item 4, during which the"
        " following made statements:",
        "(a) Representatives of States members of the Council: Pakistan.",
    ]


def test_an_interactive_dialogue_that_opens_its_meeting_says_the_council_held_it():
    session = session_in(
        "hrc",
        COUNCIL + meetings({25: "2023-03-14"}) + ITEM.replace("[13]", "[25]") + statements("Cuba").replace("13", "25"),
    )
    assert printed(session)[0] == (
        "1. At the 25th meeting, on 14 March 2023, the Council held an interactive dialogue, during which the following"
        " made statements and asked questions:"
    )


def test_an_item_that_says_its_debate_has_the_lists_in_any_profile():
    # The default profile prints who spoke in sentences; an item with a debate, in the lists
    session = session_with([said("Chile")], meetings=[4], body="Human Rights Council", body_short="Council")
    session.items[0].debate = Debate.GENERAL
    assert paragraphs(session)[1:] == [
        "2. During the ensuing general debate, at the same meeting, statements were made by the following:",
        "(a) Representatives of States members of the Human Rights Council: Chile.",
    ]
    session.items[0].dialogue = False  # the item's own "no lists" still wins
    assert paragraphs(session)[1] == "2. A statement was made by the representative of Chile."


@given(
    st.sampled_from(["", "as ", "as the ", "as a ", "the ", "speaking as the "]),
    st.sampled_from(["concerned country", "country concerned", "concerned State"]),
    st.sampled_from([str.lower, str.upper, str.title]),
    st.sampled_from([" ", "  "]),
)
def test_a_concerned_country_is_one_however_its_capacity_is_typed(lead, words, case, gap):
    from unreport_tui.core.rendering.statements import _as_concerned_country

    typed = case(lead + words).replace(" ", gap)
    assert _as_concerned_country(said("Sudan", capacity=typed))
    other = case(lead + words.replace("concerned", "co-sponsoring")).replace(" ", gap)
    assert not _as_concerned_country(said("Sudan", capacity=other))


def test_only_a_state_is_set_apart_as_a_concerned_country():
    session = session_in(
        "hrc",
        COUNCIL
        + meetings({13: "2008-03-07"})
        + ITEM
        + statements("Amnesty International", role="ngo", capacity="as the concerned country"),
    )
    assert printed(session)[-1] == "(a) Observers for non-governmental organizations: Amnesty International."


def test_a_general_debate_held_over_two_meetings_names_both():
    session = session_in(
        "hrc",
        COUNCIL
        + meetings({25: "2023-03-14", 26: "2023-03-15"})
        + '[[items]]\nkey = "4"\nnumber = "4"\ntitle = "T"\nmeetings = [25, 26]\ndebate = "general"\n'
        + '[[items.statements]]\nspeaker = "Pakistan"\nmeeting = 25\n'
        + '[[items.statements]]\nspeaker = "Chile"\nmeeting = 26\n',
    )
    assert printed(session)[0] == (
        "1. At the 25th and 26th meetings, on 14 and 15 March 2023, the Council held a general debate on agenda item 4,"
        " during which the following made statements:"
    )


def test_the_institutions_a_few_letters_find():
    from unreport_tui.core.human_rights_institutions import find_institutions

    ganhri = "Global Alliance of National Human Rights Institutions"
    assert find_institutions("") == [] and find_institutions("  ") == []
    assert find_institutions("glob") == [ganhri]  # the name begun
    assert find_institutions("ganh") == [ganhri]  # an alias begun
    assert find_institutions("asia pacific") == ["Asia Pacific Forum of National Human Rights Institutions"]
    found = find_institutions("huma")  # four letters: a word inside the name begun, each institution once
    assert ganhri in found and len(found) == len(set(found)) == 5
    assert find_institutions("hum") == []  # three: only a name or alias begun
