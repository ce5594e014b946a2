"""The organization chapter as a body's profile words it ([organization] of a profile), and the
session data it prints: who opened the session, its chair, observers admitted at a meeting, the
members listed by name.

Real sentences, with where they were read (all through /work/wt/research16 or the search tool):
- COPUOS: report of the Scientific and Technical Subcommittee on its forty-sixth session (A/AC.105/933,
  2009), "I. Introduction", paras. 1-4.
- TDB: report of the Trade and Development Board on its eleventh (pre-sessional) executive session,
  Geneva, 5 September 1995 (TD/B/EX(11)/…, its "I. Introduction", para. 1; studylib.net/doc/10763580).
- CPD: E/CN.9/1998/L.2, para. 1 (the Introduction). CND: its 1997 report as preparatory body for the
  special session (first informal open-ended inter-sessional meeting, Vienna, 7-9 July 1997; symbol not
  on the page read), paras. 1-4. TDB 2015: "In the course of the session, the Board held 14 plenary
  meetings, the 1128th to the 1141st." (the shared notes; not re-read).
- "The session was opened by X (Jamaica), President of the Board." is issue 16's wording of the Board's
  (not found verbatim in a report).
The meeting's own words ("At its" or "At the", the year) are the narration's, not this chapter's:
here they are the default's.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unreport_tui.core.model import (
    Attendance,
    Document,
    Item,
    Meeting,
    ObserversAdmitted,
    Officer,
    Organization,
    Session,
    SessionInfo,
)
from unreport_tui.core.profiles import ProfileError, load_profile
from unreport_tui.core.rendered import Heading
from unreport_tui.core.rendering.report import render_report
from unreport_tui.core.session_file.session import parse_session, session_to_toml
from unreport_tui.core.session_file.tables import SessionFileError
from unreport_tui.exporters import export_session
from unreport_tui.logbook import Logbook, LogbookError
from unreport_tui.storage import open_store

from .builders import paragraphs, said
from .hypothesis_budget import examples


def body_profile(tmp_path, organization: str) -> str:
    """A profile of the body's own, by path: the default with ``organization`` set."""
    path = tmp_path / "body.toml"
    path.write_text(f'[profile]\nextends = "untoc-cop"\n\n[organization]\n{organization}', encoding="utf-8")
    return str(path)


def subcommittee(profile: str = "", meetings=range(1, 19), **organization) -> Session:
    return Session(
        SessionInfo(
            body_short="Subcommittee",
            title="Sixtieth session",
            venue="United Nations Office at Vienna",
            dates=(dt.date(2021, 5, 31), dt.date(2021, 6, 11)),
            profile=profile,
        ),
        [Meeting(n, dt.date(2021, 5, 31)) for n in meetings],
        [Item("1", "1", "Adoption of the agenda")],
        organization=Organization(**organization),
    )


def text(session: Session) -> list[str]:
    """The report's paragraphs and headings, paragraph numbers dropped."""
    return [re.sub(r"^\d+\. (?=[A-Z])", "", p) for p in paragraphs(session)]


# --- where the chapter stands, its opening paragraph -------------------------------------------


def test_an_introduction_at_the_head_of_the_report_as_the_board_writes_it(tmp_path):
    # TD/B/EX(11)/… (1995), para. 1: "The eleventh (pre-sessional) executive session of the Trade and
    # Development Board was held at the Palais des Nations, Geneva, on 5 September 1995. The executive
    # session consisted of one meeting - the 861st plenary meeting of the Board."
    profile = body_profile(
        tmp_path,
        'place = "first"\nopening_heading = ""\nvenue_city_comma = true\n'
        'held = "The {session} of the Trade and Development Board was held {venue_and_dates}."\n'
        'meetings_numbered = "The executive session consisted of {number} {noun} - {range} plenary {noun} of {body}."\n',
    )
    day = dt.date(1995, 9, 5)
    session = Session(
        SessionInfo(
            body_short="Board",
            title="Eleventh (pre-sessional) executive session",
            venue="Palais des Nations, Geneva",
            dates=(day, day),
            profile=profile,
        ),
        [Meeting(861, day)],
        [Item("4", "4", "Reports and activities of the subsidiary bodies of the Board", chapter="II. Reports")],
        organization=Organization(),  # no heading: it opens the report, as the profile places it
    )
    session.items[0].statements.append(said("Jamaica", meeting=861))
    report = paragraphs(session)
    assert report[0] == (
        "1. The eleventh (pre-sessional) executive session of the Trade and Development Board was held at the "
        "Palais des Nations, Geneva, on 5 September 1995. The executive session consisted of one meeting - the "
        "861st plenary meeting of the Board."
    )
    assert report.index("# II. Reports") > 0  # the items follow the introduction


def test_a_venue_city_is_closed_by_a_comma_only_where_the_profile_says_so(tmp_path):
    # TD/B/53/8: "held at the Palais des Nations, Geneva, from 27 September …"; the default profile
    # writes what it always wrote.
    for setting, held in (("true", "Geneva, from"), ("false", "Geneva from")):
        session = subcommittee(body_profile(tmp_path, f"venue_city_comma = {setting}\n"))
        session.info.venue = "Palais des Nations, Geneva"
        assert any(f"at the Palais des Nations, {held} " in p for p in paragraphs(session)), setting


def test_the_default_keeps_a_chapter_without_a_numeral_last(tmp_path):
    session = subcommittee(body_profile(tmp_path, ""), chapter="")
    session.items.append(Item("2", "2", "General exchange of views", chapter="II. General exchange of views"))
    session.items[1].statements.append(said("Chile"))
    report = text(session)
    assert report.index("# II. General exchange of views") < report.index(
        "The Subcommittee held its sixtieth session at the United Nations Office at Vienna from 31 May to 11 June 2021. "
        "It held 18 meetings."
    )


def test_the_chair_and_the_meetings_in_a_paragraph_of_their_own_as_the_subcommittee_writes_them(tmp_path):
    # A/AC.105/933, paras. 1-2: "The Scientific and Technical Subcommittee of the Committee on the Peaceful
    # Uses of Outer Space held its forty-sixth session at the United Nations Office at Vienna from 9 to 20
    # February 2009, under the chairmanship of Aboubekr Seddik Kedjar (Algeria)." "The Subcommittee held 20 meetings."
    profile = body_profile(
        tmp_path,
        'opening_heading = ""\nmeetings_paragraph = true\nmeetings = "{body} held {number} {noun}."\n'
        'held_chaired = "The Scientific and Technical Subcommittee of the Committee on the Peaceful Uses of Outer Space '
        'held its {session} {venue_and_dates}, under the chairmanship of {chair}."\n',
    )
    session = subcommittee(
        profile, meetings=range(1, 21), chapter="I. Introduction", chair=Officer("Chairman", "Aboubekr Seddik Kedjar", "Algeria")
    )
    session.info.title, session.info.dates = "Forty-sixth session", (dt.date(2009, 2, 9), dt.date(2009, 2, 20))
    report = text(session)
    assert report[:3] == [
        "# I. Introduction",
        "The Scientific and Technical Subcommittee of the Committee on the Peaceful Uses of Outer Space held its "
        "forty-sixth session at the United Nations Office at Vienna from 9 to 20 February 2009, under the chairmanship "
        "of Aboubekr Seddik Kedjar (Algeria).",
        "The Subcommittee held 20 meetings.",
    ]


def test_with_neither_venue_nor_dates_the_session_is_still_held_under_its_chair(tmp_path):
    session = subcommittee(body_profile(tmp_path, ""), chapter="I. Introduction", chair=Officer("", "Ana Bravo", ""))
    session.info.venue, session.info.dates = "", None
    assert "The Subcommittee held its sixtieth session, under the chairmanship of Ana Bravo. It held 18 meetings." in text(
        session
    )


def test_the_body_named_in_full_as_the_commission_writes_it(tmp_path):
    # E/CN.9/1998/L.2, para. 1: "The Commission on Population and Development held its thirty-first session at
    # United Nations Headquarters from 23 to 27 February 1998."
    profile = body_profile(
        tmp_path, 'held = "The Commission on Population and Development held its {session} {venue_and_dates}."\n'
    )
    session = subcommittee(profile, meetings=[], chapter="VII. Organization of the session")
    session.info.title, session.info.venue = "Thirty-first session", "United Nations Headquarters"
    session.info.dates = (dt.date(1998, 2, 23), dt.date(1998, 2, 27))
    assert (
        "The Commission on Population and Development held its thirty-first session at United Nations Headquarters "
        "from 23 to 27 February 1998." in text(session)
    )


def test_the_meetings_with_their_range_as_the_board_writes_them(tmp_path):
    # TDB 2015 (shared notes): "In the course of the session, the Board held 14 plenary meetings, the 1128th to the 1141st."
    profile = body_profile(
        tmp_path,
        'meetings_paragraph = true\nmeetings_numbered = "In the course of the session, {body} held {number} plenary {noun}, {range}."\n',
    )
    session = subcommittee(profile, meetings=range(1128, 1142), chapter="I. Organizational matters")
    session.info.body_short = "Board"
    assert "In the course of the session, the Board held 14 plenary meetings, the 1128th to the 1141st." in text(session)


def test_the_opening_and_the_members_represented_as_the_commission_on_narcotic_drugs_wrote_them(tmp_path):
    # CND 1997 (preparatory body), paras. 2 and 4: "The meeting was opened by the Chairman of the Commission
    # acting as preparatory body." "The following States Members of the United Nations were represented:
    # Albania, Angola, Argentina, …, Iran (Islamic Republic of), Ireland, …"; headings "A. Opening and
    # duration of the meeting", "B. Attendance" (the attendance after the opening).
    profile = body_profile(
        tmp_path,
        'attendance_after = "opening"\nopening_heading = "Opening and duration of the meeting"\n'
        'opened_by = "The meeting was opened by {person}."\n'
        'attendance_list = "The following States Members of the United Nations were represented: {states}."\n',
    )
    session = subcommittee(
        profile,
        chapter="I. Organization of the meeting",
        opened_by=Officer("", "the Chairman of the Commission acting as preparatory body", ""),
        attendance=Attendance(["Ireland", "Albania", "Iran (Islamic Republic of)", "Angola", "Argentina"], listed=True),
    )
    report = text(session)
    assert report[1:2] == ["# A. Opening and duration of the meeting"]
    assert report[3] == "The meeting was opened by the Chairman of the Commission acting as preparatory body."
    assert report[4:6] == [
        "# B. Attendance",
        "The following States Members of the United Nations were represented: Albania, Angola, Argentina, "
        "Iran (Islamic Republic of) and Ireland.",
    ]


# --- who opened the session ---------------------------------------------------------------------


def test_who_opened_the_session_follows_its_opening_and_duration(tmp_path):
    # UNCTAD Trade and Development Board (issue 16): "The session was opened by X (Jamaica), President of the Board."
    session = subcommittee(
        body_profile(tmp_path, ""), chapter="I. Introduction", opened_by=Officer("President of the Board", "X", "Jamaica")
    )
    report = text(session)
    held = next(i for i, p in enumerate(report) if p.startswith("The Subcommittee held its sixtieth session"))
    assert report[held + 1] == "The session was opened by X (Jamaica), President of the Board."


def test_who_opened_the_session_opens_the_item_opening_of_the_session_when_the_profile_says_so(tmp_path):
    profile = body_profile(tmp_path, 'opened_by_in = "opening_item"\n')
    session = subcommittee(profile, chapter="I. Introduction", opened_by=Officer("President of the Board", "X", "Jamaica"))
    session.items.insert(0, Item("0", "1", "Opening of the session", chapter="II. Opening of the session"))
    session.items[0].statements.append(said("Chile"))
    report = text(session)
    heading = report.index("# II. Opening of the session")
    assert report[heading + 1] == "The session was opened by X (Jamaica), President of the Board."
    assert report.count("The session was opened by X (Jamaica), President of the Board.") == 1
    # With nothing logged under that item, it has no section: the chapter says it, so it is never lost.
    session.items[0].statements.clear()
    session.items[0].chapter = ""
    assert text(session).count("The session was opened by X (Jamaica), President of the Board.") == 1


# --- attendance ---------------------------------------------------------------------------------


def test_attendance_listed_by_name_and_observers_admitted_as_the_subcommittee_writes_them(tmp_path):
    # A/AC.105/933, paras. 3-4, after paras. 1-2 with no heading: "A. Attendance"; "Representatives of the
    # following 54 member States of the Committee attended the session: Algeria, Argentina, Austria, …, Iran
    # (Islamic Republic of), …, Philippines, …, Republic of Korea, …, United Kingdom of Great Britain and
    # Northern Ireland, …, Venezuela (Bolivarian Republic of) and Viet Nam." (some of them here: others have
    # changed names since 2009); "At the 698th meeting, on 9 February, the Chairman informed the Subcommittee
    # that requests had been received from Angola, Azerbaijan, Croatia, the Dominican Republic, Israel and
    # Tunisia to attend the session as observers."
    profile = body_profile(
        tmp_path,
        'opening_heading = ""\nattendance_after = "opening"\nmember_states = "member States"\n'
        'attendance_list = "Representatives of the following {members} of the Committee attended the session: {states}."\n',
    )
    members = [
        "Viet Nam",
        "Algeria",
        "Argentina",
        "Austria",
        "Iran (Islamic Republic of)",
        "Philippines",
        "Republic of Korea",
        "United Kingdom of Great Britain and Northern Ireland",
        "Venezuela (Bolivarian Republic of)",
    ]
    session = subcommittee(
        profile,
        meetings=range(698, 718),
        chapter="I. Introduction",
        chair=Officer("Chairman", "Aboubekr Seddik Kedjar", "Algeria"),
        attendance=Attendance(members, listed=True),
        observers_admitted=ObserversAdmitted(698, ["Angola", "Azerbaijan", "Croatia", "Dominican Republic", "Israel", "Tunisia"]),
    )
    session.meetings[0].date = dt.date(2009, 2, 9)
    report = text(session)
    attendance = report.index("# A. Attendance")
    assert report[attendance + 1 : attendance + 3] == [
        "Representatives of the following nine member States of the Committee attended the session: Algeria, "
        "Argentina, Austria, Iran (Islamic Republic of), Philippines, Republic of Korea, United Kingdom of Great "
        "Britain and Northern Ireland, Venezuela (Bolivarian Republic of) and Viet Nam.",
        "At the 698th meeting, on 9 February 2009, the Chairman informed the Subcommittee that requests had been "
        "received from Angola, Azerbaijan, Croatia, the Dominican Republic, Israel and Tunisia to attend the "
        "session as observers.",
    ]
    assert report[attendance - 1].startswith("The Subcommittee held its sixtieth session")  # after the opening, unheaded
    session.organization.attendance.listed = False  # counted, as the default does, in the body's words
    assert "The session was attended by representatives of nine member States of the Subcommittee." in text(session)


def test_attendance_counts_each_kind_in_the_singular_or_the_plural_and_lists_states_by_their_un_names(tmp_path):
    listed = Attendance(
        ["venezuela", "bolivia", "Chile"],  # typed as they came: listed in the order of their UN names
        ["Holy See", "State of Palestine"],
        ["European Union"],
        ["Amnesty International", "IDPC", "Caritas"],
        listed=True,
    )
    session = subcommittee(body_profile(tmp_path, 'member_states = "member States"\n'), chapter="I.", attendance=listed)
    assert (
        "Representatives of the following three member States of the Subcommittee attended the session: Bolivia "
        "(Plurinational State of), Chile and Venezuela (Bolivarian Republic of). Observers for two other States, one "
        "intergovernmental organization and three non-governmental organizations also attended."
    ) in text(session)
    counted = Attendance(["Chile"], ["Holy See"], ["European Union", "OSCE"], ["IDPC"])
    session = subcommittee(body_profile(tmp_path, 'member_states = "States members"\n'), chapter="I.", attendance=counted)
    assert (
        "The session was attended by representatives of one State member of the Subcommittee. Observers for one "
        "other State, two intergovernmental organizations and one non-governmental organization also attended."
    ) in text(session)


def test_the_agenda_and_the_annexes_in_their_order_whatever_was_typed():
    session = subcommittee(
        "",
        chapter="I. Introduction",
        agenda_meeting=1,
        agenda_symbol="A/1",
        documents_annex="annex IX",
        attendance=Attendance(["Venezuela", "bolivia"]),  # as typed: in no order, one in lower case
        attendance_annex="annex V",
    )
    session.items = [
        Item("1", "1", "Adoption of the agenda.", chapter="I. Introduction", documents=[Document("Provisional agenda", "A/1")]),
        Item("2", "2", "General exchange of views;"),
    ]
    printed = paragraphs(session)
    agenda = printed.index("# B. Adoption of the agenda")
    assert printed[agenda + 2 : agenda + 4] == ["1. Adoption of the agenda.", "2. General exchange of views."]
    # Annex V before annex IX, as their numerals run (not their letters); the participants by UN name.
    assert printed[printed.index("# Annex V") :] == [
        "# Annex V",
        "# List of participants",
        "# States members",
        " Bolivia (Plurinational State of)",
        " Venezuela (Bolivarian Republic of)",
        "# Annex IX",
        "# List of documents before the Subcommittee at its sixtieth session",
        "A/1 Item 1: Provisional agenda",
    ]


def test_observers_admitted_with_no_chair_given_or_no_meeting(tmp_path):
    session = subcommittee(
        body_profile(tmp_path, ""),
        chapter="I. Introduction",
        observers_admitted=ObserversAdmitted(None, ["Dominican Republic", "Armenia"]),
    )
    report = text(session)
    # No chair given: the body's own name for its chair (the default's: the Conference's President).
    assert (
        "The President informed the Subcommittee that requests had been received from the Dominican Republic and "
        "Armenia to attend the session as observers." in report
    )
    assert "# C. Attendance" in report  # a section of its own even with no attendance lists


# --- headings -----------------------------------------------------------------------------------


def test_sections_unlettered_and_one_without_a_heading(tmp_path):
    profile = body_profile(tmp_path, 'lettered = false\nagenda_heading = ""\nopening_heading = "Opening of the session"\n')
    session = subcommittee(profile, chapter="I. Introduction", officers=[Officer("Chair", "A. B.", "Austria")])
    headings = [b.text for b in render_report(session).blocks if isinstance(b, Heading)]
    assert headings == ["I. Introduction", "Opening of the session", "Election of officers"]


# --- every sentence is the profile's; the loader keeps its promise ------------------------------


def test_every_sentence_of_the_chapter_reads_from_the_profile(tmp_path):
    profile = body_profile(
        tmp_path,
        'officers = "{meeting}, {body} elected by acclamation the following officers:"\n'
        'agenda = "{meeting}, {body} adopted the agenda ({symbol}):"\n'
        'documentation = "The documents are listed in {annex}."\n'
        'documents_annex_heading = "Documents before {body}"\n',
    )
    session = subcommittee(
        profile,
        chapter="I. Introduction",
        officers=[Officer("Chair", "A. B.", "Austria")],
        officers_meeting=1,
        agenda_meeting=1,
        agenda_symbol="A/AC.105/C.2/L.1",
        documents_annex="annex I",
    )
    session.items[0].documents = [Document("Agenda", "A/AC.105/C.2/L.1")]
    report = text(session)
    assert "At its 1st meeting, on 31 May 2021, the Subcommittee elected by acclamation the following officers:" in report
    assert "At its 1st meeting, on 31 May 2021, the Subcommittee adopted the agenda (A/AC.105/C.2/L.1):" in report
    assert "The documents are listed in annex I." in report
    assert "# Documents before the Subcommittee" in report


@pytest.mark.parametrize(
    "setting, reason",
    [
        ('attendance_list = "Representatives of {members} of {body} attended."', r"missing placeholder \{states\}"),
        ('held = "{body} held its {session} {venue_and_dates}, chaired by {chair}."', r"placeholder \{chair\} is not offered"),
        ('place = "middle"', "expected one of last, first"),
        ('lettered = "yes"', "expected true or false"),
        ('opened_by = "The session was opened."', r"missing placeholder \{person\}"),
    ],
)
def test_a_form_that_would_lose_what_the_session_says_is_refused_in_one_line(tmp_path, setting, reason):
    profile = body_profile(tmp_path, setting + "\n")
    with pytest.raises(ProfileError, match=rf"body.toml:5: organization\.\w+: {reason}") as refused:
        load_profile(profile)
    assert "\n" not in str(refused.value)


# --- session file, database, logbook ------------------------------------------------------------


_KEYS = """
[organization.opened_by]
name = "X"
country = "Jamaica"
office = "President of the Board"

[organization.chair]
name = "A. B."
country = "Austria"
office = "Chair"

[organization.observers_admitted]
meeting = 1
"""


def test_the_new_keys_round_trip_through_the_session_file_and_bad_ones_are_refused():
    session = subcommittee(
        chapter="I. Introduction",
        attendance=Attendance(["Albania"], listed=True),
        opened_by=Officer("President of the Board", "X", "Jamaica"),
        chair=Officer("Chair", "A. B.", "Austria"),
        observers_admitted=ObserversAdmitted(1, ["Armenia", "Dominican Republic"]),
    )
    written = session_to_toml(session)
    assert _KEYS.strip() in written and "\n[organization.attendance]\n" in written and "list = true" in written
    assert parse_session(written).organization == session.organization
    with pytest.raises(SessionFileError, match=r"^organization.chair.title: unknown key; expected one of country, name, office$"):
        parse_session(written.replace('office = "Chair"', 'title = "Chair"'))
    with pytest.raises(SessionFileError, match=r"organization.observers_admitted.meeting = 40: meeting 40 is not declared"):
        parse_session(written.replace("meeting = 1\nstates", "meeting = 40\nstates"))
    with pytest.raises(SessionFileError, match=r"organization.opened_by.name: missing"):
        parse_session(written.replace('name = "X"\n', ""))
    with pytest.raises(SessionFileError, match=r"organization.attendance.list = \"yes\": expected true or false"):
        parse_session(written.replace("list = true", 'list = "yes"'))


def test_the_database_keeps_the_new_keys_and_an_older_one_opens_without_them(tmp_path):
    session = subcommittee(
        chapter="I. Introduction",
        attendance=Attendance(["Albania"], listed=True),
        opened_by=Officer("", "X", "Jamaica"),
        chair=Officer("Chair", "A. B.", ""),
        observers_admitted=ObserversAdmitted(None, ["Armenia"]),
    )
    store = open_store(tmp_path / "n.json")
    store.replace(session)
    store.close()
    assert open_store(tmp_path / "n.json", read_only=True).load().organization == session.organization
    # As an older unreport wrote it: none of the new fields.
    raw = json.loads((tmp_path / "n.json").read_text(encoding="utf-8"))
    record = raw["organization"]["1"]
    for key in ("opened_by", "chair", "observers_admitted"):
        del record[key]
    del record["attendance"]["listed"]
    (tmp_path / "o.json").write_text(json.dumps(raw), encoding="utf-8")
    older = open_store(tmp_path / "o.json", read_only=True).load().organization
    assert older.opened_by is None and older.chair is None and older.observers_admitted is None
    assert older.attendance == Attendance(["Albania"])


def test_the_new_keys_are_changed_and_undone_through_the_logbook(tmp_path):
    store = open_store(tmp_path / "n.json")
    store.replace(subcommittee(chapter="I. Introduction"))
    book = Logbook(store)
    book.edit_organization(opened_by=Officer("President of the Board", "X", "Jamaica"))
    assert open_store(tmp_path / "n.json", read_only=True).load().organization.opened_by.name == "X"
    with pytest.raises(LogbookError, match="meeting 40 is not declared"):
        book.edit_organization(observers_admitted=ObserversAdmitted(40, ["Armenia"]))
    book.undo()
    assert open_store(tmp_path / "n.json", read_only=True).load().organization.opened_by is None
    store.close()


# --- nothing the note-taker typed is lost, whatever the profile chooses -------------------------

_PEOPLE = st.sampled_from(["Ana Bravo", "Li Wei", "José Ñúñez"])
_STATES = st.lists(st.sampled_from(["Armenia", "Dominican Republic", "Gambia", "Netherlands", "Peru"]), min_size=1, unique=True)


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    place=st.sampled_from(["last", "first"]),
    lettered=st.booleans(),
    own_paragraph=st.booleans(),
    opened_in=st.sampled_from(["organization", "opening_item"]),
    opening_logged=st.booleans(),
    chair=st.none() | _PEOPLE,
    opener=st.none() | _PEOPLE,
    admitted=st.none() | _STATES,
    admitted_at=st.none() | st.just(2),
    listed=st.none() | st.booleans(),
    venue=st.sampled_from(["", "Vienna", "Palais des Nations, Geneva"]),
    dated=st.booleans(),
)
def test_every_name_given_is_printed_once_whatever_the_profile_chooses(
    tmp_path,
    place,
    lettered,
    own_paragraph,
    opened_in,
    opening_logged,
    chair,
    opener,
    admitted,
    admitted_at,
    listed,
    venue,
    dated,
):
    profile = body_profile(
        tmp_path,
        f'place = "{place}"\nlettered = {str(lettered).lower()}\nmeetings_paragraph = {str(own_paragraph).lower()}\n'
        f'opened_by_in = "{opened_in}"\n',
    )
    session = subcommittee(
        profile,
        chapter="",
        chair=Officer("Chair", chair, "Austria") if chair else None,
        opened_by=Officer("President", opener, "Jamaica") if opener else None,
        observers_admitted=ObserversAdmitted(admitted_at, admitted) if admitted else None,
        attendance=None if listed is None else Attendance(["Albania", "Peru"], listed=listed),
    )
    session.info.venue = venue
    session.info.dates = session.info.dates if dated else None
    session.items.insert(0, Item("0", "1", "Opening of the session", chapter="I. Opening of the session"))
    if opening_logged:
        session.items[0].statements.append(said("Chile"))
    report = "\n".join(paragraphs(session))
    if chair:
        assert report.count(f"under the chairmanship of {chair} (Austria)") == 1
    if opener:
        assert report.count(f"The session was opened by {opener} (Jamaica), President.") == 1
    if admitted:
        assert report.count("to attend the session as observers") == 1
    if listed:
        assert "attended the session: Albania and Peru." in report
    for form in ("txt", "md", "html", "akn", "docx"):
        assert export_session(session, form)
    assert parse_session(export_session(session, "toml")).organization == session.organization


async def test_saving_the_organization_form_keeps_what_it_has_no_box_for(tmp_path, demo_session):
    """The prepare screen shows the chapter's heading, meetings, annexes and attendance lists; the chair,
    who opened the session, the observers admitted and "listed by name" come from the session file and
    stay as they were when the form is saved."""
    from textual.widgets import Input

    from unreport_tui.app.app import UnreportApp

    from .test_app import on_disk

    demo_session.organization = Organization(
        attendance=Attendance(["Chile"], listed=True),
        chair=Officer("Chair", "Ana Bravo", "Austria"),
        opened_by=Officer("President", "X", "Jamaica"),
        observers_admitted=ObserversAdmitted(None, ["Armenia"]),
    )
    store = open_store(tmp_path / "demo.json", background=True)
    store.replace(demo_session)
    assert store.last_save is None or store.last_save.wait(5)
    try:
        app = UnreportApp(store)
        async with app.run_test(size=(120, 50)) as pilot:
            await pilot.press("f5")
            await pilot.pause()
            app.screen.query_one("#org_chapter", Input).value = "V. Organization of the session"
            app.screen.query_one("#org_chapter").focus()
            await pilot.press("enter")
            await pilot.pause()
            saved = on_disk(store).organization
        assert saved.chapter == "V. Organization of the session"
        assert saved == Organization(**{**vars(demo_session.organization), "chapter": "V. Organization of the session"})
    finally:
        store.close()
