"""Whole sections of the reports of the Committee on the Peaceful Uses of Outer Space's Subcommittees
(copuos-stsc), as a note-taker logs them and the report prints them, sentence by sentence; and the
gaps of the COPUOS profiles found writing them: a Subcommittee whose meetings are numbered on from
session to session says how many it held, not which ("The Subcommittee held 20 meetings."); a
Subcommittee's profile names the session's body with its placeholder, not a name of its own; the
masthead gives the city ("Vienna, …") of the venue the introduction names in full.

Where unreport prints today's name of a State renamed since the report ("Türkiye", "Czechia"), the
expected text has today's name, as unreport always prints it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from unreport_tui.core.model import Meeting, Organization, Session, SessionInfo
from unreport_tui.core.profiles import ProfileError, load_profile, shipped_profiles_dir
from unreport_tui.core.rendering.report import render_report
from unreport_tui.core.venue import venue_city
from unreport_tui.exporters.text import masthead_lines

from .builders import paragraphs
from .profile_reading import fixture

ATTENDED_2009 = (
    "Algeria, Argentina, Austria, Belgium, Bolivia (Plurinational State of), Brazil, Bulgaria, Burkina Faso, Canada, "
    "Chile, China, Colombia, Cuba, Czechia, Ecuador, France, Germany, Greece, Hungary, India, Indonesia, "
    "Iran (Islamic Republic of), Italy, Japan, Kenya, Libya, Malaysia, Mexico, Morocco, Nigeria, Pakistan, Peru, "
    "Philippines, Poland, Portugal, Republic of Korea, Romania, Russian Federation, Saudi Arabia, Sierra Leone, "
    "Slovakia, South Africa, Spain, Sweden, Switzerland, Syrian Arab Republic, Thailand, Türkiye, Ukraine, "
    "United Kingdom of Great Britain and Northern Ireland, United States of America, Uruguay, "
    "Venezuela (Bolivarian Republic of) and Viet Nam"
)


def test_the_introduction_of_the_subcommittees_2009_report_as_published():
    # A/AC.105/933 (report of the Scientific and Technical Subcommittee on its forty-sixth session),
    # chapter I, paras. 1-4 (the page read cuts para. 4 after its first sentence): the session held
    # under its Chairman, the meetings in a paragraph of their own though numbered on from the 698th,
    # the members listed by name under "A. Attendance", the observers admitted at the 698th meeting
    # with the year left to para. 1. Bolivia, the Czech Republic, the Libyan Arab Jamahiriya and
    # Turkey are printed by today's names.
    assert paragraphs(fixture("copuos-stsc-2009-introduction.toml")) == [
        "# I. Introduction",
        "1. The Scientific and Technical Subcommittee of the Committee on the Peaceful Uses of Outer Space held its "
        "forty-sixth session at the United Nations Office at Vienna from 9 to 20 February 2009, under the "
        "chairmanship of Aboubekr Seddik Kedjar (Algeria).",
        "2. The Subcommittee held 20 meetings.",
        "# A. Attendance",
        f"3. Representatives of the following 54 member States of the Committee attended the session: {ATTENDED_2009}.",
        "4. At the 698th meeting, on 9 February, the Chairman informed the Subcommittee that requests had been received "
        "from Angola, Azerbaijan, Croatia, the Dominican Republic, Israel and Tunisia to attend the session as observers.",
    ]


# --- meetings numbered on, their count alone ------------------------------------------------------


def _profile(tmp_path: Path, meetings_numbered: str) -> str:
    path = tmp_path / "body.toml"
    path.write_text(
        f'[profile]\nname = "A body"\nextends = "untoc-cop"\n[organization]\nmeetings_numbered = "{meetings_numbered}"\n',
        encoding="utf-8",
    )
    return str(path)


def _held(profile: str, numbers: range) -> str:
    first = dt.date(2009, 2, 9)
    session = Session(
        SessionInfo(
            body="Scientific and Technical Subcommittee", body_short="Subcommittee", dates=(first, first), profile=profile
        ),
        [Meeting(n, first) for n in numbers],
        [],
        organization=Organization(chapter="I. Introduction"),
    )
    return next(p for p in paragraphs(session) if " held " in p and "meeting" in p)


def test_a_profile_may_count_the_meetings_numbered_on_without_naming_them(tmp_path):
    # "The Subcommittee held 20 meetings." (A/AC.105/933, para. 2), its meetings numbered on from the
    # 698th: the form leaves {range} out, and the loader takes it.
    profile = _profile(tmp_path, "{body} held {number} {noun}.")
    assert load_profile(profile).form("organization", "meetings_numbered") == "{body} held {number} {noun}."
    assert _held(profile, range(698, 718)).endswith("The Subcommittee held 20 meetings.")
    assert _held(profile, range(698, 699)).endswith("The Subcommittee held one meeting.")


@pytest.mark.parametrize("missing", ["number", "noun"])
def test_a_count_of_meetings_without_its_number_or_its_noun_is_refused(tmp_path, missing):
    # "held 1 meetings" cannot be written: the count and its agreeing noun are the sentence.
    form = "{body} held {number} {noun}, {range}.".replace(f"{{{missing}}}", "some")
    with pytest.raises(ProfileError) as caught:
        load_profile(_profile(tmp_path, form))
    assert "organization.meetings_numbered" in str(caught.value)
    assert f"missing placeholder {{{missing}}}" in str(caught.value)


# --- a Subcommittee's own name is the session's ----------------------------------------------------


@pytest.mark.parametrize("profile", sorted(p.stem for p in shipped_profiles_dir().glob("*.toml")))
def test_every_shipped_profile_names_the_sessions_own_body_in_the_opening_of_the_organization_chapter(profile):
    # A session of a body the profile was not read from (a working group, a renamed body) is held by
    # that body: the held sentences take the body from the session ({body}, {body_in_full}), never a
    # name written into the form (copuos-stsc wrote "The Scientific and Technical Subcommittee").
    first = dt.date(2009, 2, 9)
    for venue in ("Vienna", ""):
        session = Session(
            SessionInfo(
                body="Working Group on Space Weather",
                body_short="Working Group",
                title="First session",
                venue=venue,
                dates=(first, first) if venue else None,
                profile=profile,
            ),
            [],
            [],
            organization=Organization(chapter="I. Organization of the session"),
        )
        held = next(p for p in paragraphs(session) if " held" in p or "was held" in p)
        assert "Working Group" in held, (profile, held)
        assert "Scientific and Technical" not in held and "Commission on" not in held, (profile, held)


def test_the_held_sentences_of_the_subcommittee_keep_the_committee_over_it():
    assert load_profile("copuos-stsc").form("organization", "held") == (
        "{body_in_full} of the Committee on the Peaceful Uses of Outer Space held its {session} {venue_and_dates}."
    )


# --- the masthead's city, from a venue typed in full -----------------------------------------------


def test_the_draft_masthead_names_the_city_of_the_office_the_introduction_names_in_full():
    # The introduction says "at the United Nations Office at Vienna" (A/AC.105/933, para. 1), so the
    # venue is typed in full; the masthead under the session gives the city: "Scientific and Technical
    # Subcommittee / Fifty-seventh session / Vienna, 3–14 February 2020" (A/AC.105/C.1/L.385/Add.3;
    # A/AC.105/933: "Vienna, 3-12 June 2009"). Both come from the one session file.
    lines = masthead_lines(render_report(fixture("copuos-stsc-2009-introduction.toml")))
    assert "Scientific and Technical Subcommittee\nForty-sixth session\nVienna, 9–20 February 2009" in lines


@pytest.mark.parametrize(
    ("venue", "city"),
    [
        ("United Nations Office at Vienna", "Vienna"),
        ("United Nations Office at Geneva", "Geneva"),
        ("Palais des Nations, Geneva", "Geneva"),
        ("at the Hofburg, Vienna", "Vienna"),
        ("Vienna", "Vienna"),
        ("The Hague", "The Hague"),
        ("United Nations Headquarters", "United Nations Headquarters"),  # no city to take: as typed
        ("Vienna International Centre", "Vienna International Centre"),
        ("United Nations Office at Nairobi", "Nairobi"),
        ("United Nations Headquarters, New York", "New York"),  # a city of two words after the comma
        ("Conference Room 1, Palais des Nations, Geneva", "Geneva"),  # after the last comma
        ("United Nations Office at the Vienna International Centre", "United Nations Office at the Vienna International Centre"),
    ],
)
def test_the_city_of_a_venue_typed_in_full(venue, city):
    assert venue_city(venue) == city
