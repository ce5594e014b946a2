"""Presentations, a kind of entry of their own (COPUOS subcommittees), and the action paragraphs'
forms: each as a body's report prints it, from a profile that extends the default."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from unreport_tui.core.model import Item, Meeting, Presentation, Role, Session, SessionInfo
from unreport_tui.core.profiles import ProfileError, load_profile
from unreport_tui.core.session_file.session import parse_session, session_to_toml
from unreport_tui.core.session_file.tables import SessionFileError

from .builders import paragraphs


def profile_file(tmp_path: Path, text: str, name: str = "body.toml") -> str:
    path = tmp_path / name
    path.write_text('[profile]\nextends = "untoc-cop"\n' + text, encoding="utf-8")
    return str(path)


def copuos_profile(tmp_path: Path) -> str:
    return profile_file(
        tmp_path,
        '[presentations]\nlead = "{body} heard the following scientific and technical presentations:"\n',
    )


def heard(profile: str = "", *presentations: Presentation) -> Session:
    return Session(
        info=SessionInfo(body_short="Subcommittee", profile=profile),
        meetings=[Meeting(921, dt.date(2020, 2, 4))],
        items=[Item("5", "5", "United Nations Programme on Space Applications", presentations=list(presentations))],
    )


STSC_2020 = (
    Presentation("ActInSpace 2020 edition: contribution to Access to Space for All", "France", Role.MEMBER, meeting=921),
    Presentation("Space for water", "representative of the Office for Outer Space Affairs", Role.OFFICIAL, meeting=921),
    Presentation("An overview of the outcomes of the Space Generation Congress 2019", "SGAC", Role.NGO, meeting=921),
    Presentation(
        "Chinese international open-sharing satellite assembly, integration and testing (AIT)", "China", Role.MEMBER, meeting=921
    ),
)


def test_the_presentations_are_a_lettered_list_after_the_bodys_lead(tmp_path):
    # A/AC.105/C.1/L.385/Add.3, para. 3 (Scientific and Technical Subcommittee, fifty-seventh session, 2020)
    assert paragraphs(heard(copuos_profile(tmp_path), *STSC_2020))[1:] == [
        "2. The Subcommittee heard the following scientific and technical presentations:",
        "(a) “ActInSpace 2020 edition: contribution to Access to Space for All”, by the representative of France;",
        "(b) “Space for water”, by the representative of the Office for Outer Space Affairs;",
        "(c) “An overview of the outcomes of the Space Generation Congress 2019”, by the observer for SGAC;",
        "(d) “Chinese international open-sharing satellite assembly, integration and testing (AIT)”, by the "
        "representative of China.",
    ]


def test_the_default_profile_prints_presentations_too_and_the_meeting_opens_the_item():
    rendered = paragraphs(heard("", STSC_2020[0]))
    assert rendered[0].startswith("1. At its 921st meeting, on 4 February 2020, the Subcommittee considered agenda item 5")
    assert rendered[1:] == [
        "2. The Subcommittee heard the following presentations:",
        "(a) “ActInSpace 2020 edition: contribution to Access to Space for All”, by the representative of France.",
    ]


def test_a_presenter_speaking_for_a_group_and_a_title_with_quotes():
    presentation = Presentation('The "Space4Women" project', "Egypt", Role.MEMBER, on_behalf_of="African Group")
    assert paragraphs(heard("", presentation))[-1] == (
        "(a) “The ‘Space4Women’ project”, by the representative of Egypt (on behalf of the Group of African States)."
    )


def test_a_profile_whose_entry_leaves_out_the_title_is_refused_with_one_line(tmp_path):
    path = profile_file(tmp_path, '[presentations]\nmember = "By the representative of {speaker}"\n', "bad.toml")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value) == f"{path}:4: presentations.member: missing placeholder {{title}}; the report has it to print"


FILE = """
format = 1
[session]
body_short = "Subcommittee"
[[meetings]]
number = 921
date = 2020-02-04
[[items]]
key = "5"
number = "5"
title = "United Nations Programme on Space Applications"
[[items.presentations]]
title = "Space for water"
speaker = "representative of the Office for Outer Space Affairs"
role = "official"
meeting = 921
time = 10:15:00
[[items.presentations]]
title = "ActInSpace"
speaker = "France"
on_behalf_of = "European Union"
"""


def test_the_session_file_reads_presentations_and_writes_them_back():
    session = parse_session(FILE)
    assert session.items[0].presentations == [
        Presentation(
            "Space for water", "representative of the Office for Outer Space Affairs", Role.OFFICIAL, "", 921, dt.time(10, 15)
        ),
        Presentation("ActInSpace", "France", Role.MEMBER, "European Union"),
    ]
    assert parse_session(session_to_toml(session)) == session
    assert "[[items.presentations]]" in session_to_toml(session)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ('speaker = "France"\nslides = 4', "items[1].presentations[2].slides: unknown key"),
        ('speaker = "Space Generation Advisory Council"', "role"),
        ('speaker = "France"\nmeeting = 7', "meeting 7 is not declared"),
    ],
)
def test_a_bad_presentation_in_a_session_file_is_refused_with_one_line(change, message):
    with pytest.raises(SessionFileError) as caught:
        parse_session(FILE.replace('speaker = "France"', change))
    assert "\n" not in str(caught.value)
    assert message in str(caught.value)
