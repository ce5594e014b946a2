"""Body profiles, the item's opening, meeting narration and meeting dates ([opening], [narration],
[dates]): each setting with the real sentences of a body's report, its symbol cited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.dates import DatesStyle, dates_phrase, on_dates
from unreport_tui.core.model import Action, ActionKind, Allocation, Item, Meeting, Proposal, Session, SessionInfo
from unreport_tui.core.profiles import ProfileError, load_profile
from unreport_tui.core.rendering.report import ReportRenderer, render_report
from unreport_tui.core.session_file.session import parse_session, session_to_toml
from unreport_tui.core.session_file.tables import SessionFileError
from unreport_tui.core.summary_records import summary_records_phrase
from unreport_tui.logbook import Logbook
from unreport_tui.storage import open_store

from .builders import paragraphs


def body_profile(tmp_path: Path, text: str) -> str:
    """A profile that extends the default with ``text``; its path, as a session names it."""
    path = tmp_path / "body.toml"
    path.write_text('[profile]\nname = "A body"\nextends = "untoc-cop"\n' + text, encoding="utf-8")
    return str(path)


def report(tmp_path: Path, profile: str, session_toml: str) -> list[str]:
    """The paragraphs of a session file's report, its profile written next to it."""
    session = parse_session(f'[session]\nprofile = "{body_profile(tmp_path, profile)}"\n' + session_toml, tmp_path)
    return paragraphs(session)


def meetings(days: dict[int, str]) -> str:
    return "".join(f"[[meetings]]\nnumber = {n}\ndate = {day}\n" for n, day in days.items())


DOCUMENTS = """
[[items.documents]]
title = "Report of the Secretary-General"
symbol = "E/CN.0/1/1"
[[items.documents]]
title = "Note by the Secretariat"
symbol = "E/CN.0/1/2"
"""


# E/1997/27 (Commission on the Status of Women, forty-first session), chap. II, para. 1.
def test_days_running_as_a_range_and_the_documents_lead_of_the_commission_on_the_status_of_women(tmp_path):
    days = dict.fromkeys((1, 2), "1997-03-10") | {3: "1997-03-11", 4: "1997-03-11", 5: "1997-03-12", 6: "1997-03-12"}
    days |= {7: "1997-03-13", 8: "1997-03-13", 9: "1997-03-14", 10: "1997-03-14", 11: "1997-03-17", 12: "1997-03-17"}
    days |= {14: "1997-03-20", 15: "1997-03-20", 16: "1997-03-21"}
    text = report(
        tmp_path,
        """
[opening]
considered = "{body} considered item {item} of its agenda at its {meetings}, {dates}."
documents = "It had before it the following documents:"
[dates]
ranges = true
""",
        'body_short = "Commission"\n'
        + meetings(days)
        + '[[items]]\nkey = "3"\nnumber = "3"\ntitle = "Follow-up to the Fourth World Conference on Women"\n'
        + f"meetings = {list(days)}\n"
        + DOCUMENTS,
    )
    assert text[0] == (
        "1. The Commission considered item 3 of its agenda at its 1st to 12th and 14th to 16th meetings, "
        "from 10 to 14, 17, 20 and 21 March 1997. It had before it the following documents:"
    )


# A/62/415 (Second Committee, sixty-second session), paras. 1 and 2, and its documents lead (para. 3):
# a Main Committee's item opens with the plenary's allocation; "on" before each month.
GA = """
[opening]
considered = "{body_running} considered the item at its {meetings}, {dates}."
documents_apart = true
documents = "For its consideration of the item, {body} had before it the following documents:"
[dates]
on_each_month = true
"""

GA_SESSION = (
    'body_short = "Committee"\nbody_running = "the Second Committee"\n'
    + meetings({12: "2007-10-22", 20: "2007-11-01", 28: "2007-11-16"})
    + '[[items]]\nkey = "41"\nnumber = "41"\nmeetings = [12, 20, 28]\n'
    + 'title = "Permanent sovereignty of the Palestinian people in the Occupied Palestinian Territory, including '
    + 'East Jerusalem, and of the Arab population in the occupied Syrian Golan over their natural resources"\n'
    + 'allocation = { meeting = 3, date = 2007-09-21, session = "sixty-second" }\n'
    + 'summary_records = ["A/C.2/62/SR.12", "A/C.2/62/SR.20", "A/C.2/62/SR.28"]\n'
    + DOCUMENTS
)


def test_a_main_committee_item_opens_with_the_allocation_then_the_meetings_and_the_summary_records(tmp_path):
    text = report(tmp_path, GA, GA_SESSION)
    assert text[:3] == [
        "1. At its 3rd plenary meeting, on 21 September 2007, the General Assembly, on the recommendation of the "
        "General Committee, decided to include in the agenda of its sixty-second session the item entitled "
        "“Permanent sovereignty of the Palestinian people in the Occupied Palestinian Territory, including East "
        "Jerusalem, and of the Arab population in the occupied Syrian Golan over their natural resources” and to "
        "allocate it to the Second Committee.",
        "2. The Second Committee considered the item at its 12th, 20th and 28th meetings, on 22 October and on 1 and "
        "16 November 2007. An account of the Committee’s discussion of the item is contained in the relevant summary "
        "records (A/C.2/62/SR.12, 20 and 28).",
        "3. For its consideration of the item, the Committee had before it the following documents:",
    ]


def test_the_allocation_and_the_summary_records_survive_the_session_file(tmp_path):
    profile = body_profile(tmp_path, GA)
    session = parse_session(f'[session]\nprofile = "{profile}"\n' + GA_SESSION, tmp_path)
    again = parse_session(session_to_toml(session), tmp_path)
    assert again == session
    assert again.items[0].summary_records == ["A/C.2/62/SR.12", "A/C.2/62/SR.20", "A/C.2/62/SR.28"]
    assert again.info.body_running == "the Second Committee"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('allocation = { meeting = 3, session = "sixty-second" }', "items[1].allocation.date: missing"),
        (
            'allocation = { meeting = 3, date = 2007-09-21, session = "x", plenary = 2 }',
            "items[1].allocation.plenary: unknown key",
        ),
        ('allocation = "3rd plenary"', 'items[1].allocation = "3rd plenary": expected { meeting = 2'),
        ("summary_records = [12, 20]", "items[1].summary_records = a list: expected a list of symbols"),
        ("mandate = 76", "items[1].mandate = 76: expected text in quotes"),
    ],
)
def test_a_bad_allocation_summary_record_or_mandate_is_one_line_naming_the_key(line, message):
    with pytest.raises(SessionFileError) as error:
        parse_session(f'[[items]]\nkey = "1"\nnumber = "1"\ntitle = "T"\n{line}\n')
    assert message in str(error.value)
    assert "\n" not in str(error.value)
    assert error.value.line == 5


# The example: (A/C.3/77/SR.4 and 9); A/58/508 (Third Committee, 2003): "(A/C.3/58/SR.37-55, 57, 58 and 61)".
@pytest.mark.parametrize(
    ("symbols", "cited"),
    [
        (["A/C.3/77/SR.4", "A/C.3/77/SR.9"], "A/C.3/77/SR.4 and 9"),
        ([f"A/C.3/58/SR.{n}" for n in [*range(37, 56), 57, 58, 61]], "A/C.3/58/SR.37-55, 57, 58 and 61"),
        (["A/C.3/60/SR.15-18", "A/C.3/60/SR.21"], "A/C.3/60/SR.15-18 and 21"),
        (["A/C.3/77/SR.4", "A/C.3/76/SR.2"], "A/C.3/77/SR.4 and A/C.3/76/SR.2"),
    ],
)
def test_summary_records_are_cited_as_the_main_committees_cite_them(symbols, cited):
    assert summary_records_phrase(symbols) == cited


# A/AC.105/C.1/L.385/Add.3 (Scientific and Technical Subcommittee, 2020), para. 1.
def test_an_item_under_a_mandate_opens_with_it(tmp_path):
    text = report(
        tmp_path,
        "",
        'body_short = "Subcommittee"\n'
        + '[[items]]\nkey = "5"\nnumber = "5"\ntitle = "United Nations Programme on Space Applications"\n'
        + 'mandate = "General Assembly resolution 74/82"\n',
    )
    assert text[0] == (
        "1. In accordance with General Assembly resolution 74/82, the Subcommittee considered agenda item 5, "
        "entitled “United Nations Programme on Space Applications”."
    )


def test_an_item_with_no_meeting_gets_no_opening_sentence_when_the_profile_says_so(tmp_path):
    session_toml = '[[items]]\nkey = "1"\nnumber = "1"\ntitle = "Title"\n'
    assert report(tmp_path, "[opening]\nno_meeting_sentence = false\n", session_toml) == ["[To be completed]"]
    assert report(tmp_path, "", session_toml)[0] == "1. The meeting considered agenda item 1, entitled “Title”."


# E/CN.9/1998/L.2 (Commission on Population and Development, thirty-first session), paras. 2 and 3 (the page
# cuts para. 3 after "the Director of the Populatio").
CPD = """
[opening]
considered = "{body_running} held a general discussion of item {item} of its agenda, entitled “{title}”, at its {meetings}, {dates}."
documents = "It had before it the following documents:"
[dates]
year = "once per chapter"
"""

CPD_SESSION = (
    'body_short = "Commission"\nbody_running = "the Commission on Population and Development"\n'
    "narrate = true\nfirst_paragraph = 2\n"
    + meetings({1: "1998-02-23", 2: "1998-02-23", 3: "1998-02-24"})
    + '[[items]]\nkey = "3a"\nnumber = "3 (a)"\nchapter = "II"\nmeetings = [1, 2, 3]\n'
    + 'title = "Follow-up actions to the recommendations of the International Conference on Population and '
    + 'Development: health and mortality"\n'
    + DOCUMENTS
    + '[[items.statements]]\nspeaker = "Director of the Population Division"\nrole = "official"\nmeeting = 1\n'
)


def test_the_year_once_per_chapter_and_the_general_discussion_of_the_commission_on_population(tmp_path):
    text = [p for p in report(tmp_path, CPD, CPD_SESSION) if p[:1].isdigit()]
    assert text[0] == (
        "2. The Commission on Population and Development held a general discussion of item 3 (a) of its agenda, "
        "entitled “Follow-up actions to the recommendations of the International Conference on Population and "
        "Development: health and mortality”, at its 1st to 3rd meetings, on 23 and 24 February 1998. It had before "
        "it the following documents:"
    )
    assert text[1].startswith("3. At the 1st meeting, on 23 February, the Director of the Population")


@pytest.mark.parametrize(("chapter", "date"), [("III", "24 February 1998"), ("II", "24 February")])
def test_a_new_chapter_gives_the_year_again_and_the_renderer_keeps_it_from_item_to_item(tmp_path, chapter, date):
    second = f'[[items]]\nkey = "4"\nnumber = "4"\nchapter = "{chapter}"\ntitle = "Other matters"\nmeetings = [3]\n'
    session = parse_session(f'[session]\nprofile = "{body_profile(tmp_path, CPD)}"\n' + CPD_SESSION + second, tmp_path)
    assert f"of item 4 of its agenda, entitled “Other matters”, at its 3rd meeting, on {date}." in " ".join(paragraphs(session))
    # The renderer renders again only what changed: an item taken from its cache starts from the same years.
    renderer = ReportRenderer()
    renderer.render(session)
    session.items[0].documents.pop()
    session.items[0].documents.pop()
    again = renderer.render(session, changed={"3a"})
    assert again == render_report(session)
    assert f"at its 3rd meeting, on {date}." in " ".join(paragraphs(session))


def commission(*actions: Action, profile: str = "") -> Session:
    return Session(
        SessionInfo(body_short="Commission", profile=profile),
        [Meeting(11, dt.date(2007, 3, 7)), Meeting(12, dt.date(2007, 3, 8))],
        [Item("3", "3", "Follow-up to the Fourth World Conference on Women")],
        [Proposal("p", "3", "Women and girls", symbol="E/CN.6/2007/L.2", submitted_by=["Pakistan"], actions=list(actions))],
    )


def test_at_its_meeting_opens_only_a_sentence_whose_subject_is_the_body():
    # "its" is the Commission's: a representative revising a draft at the next meeting is "At the 12th
    # meeting, …" (E/2007/27, para. 57: "At the 11th meeting, on 7 March, the representative of Pakistan …").
    session = commission(
        Action(ActionKind.INTRODUCED, 11, speaker="Pakistan"),
        Action(ActionKind.REVISED, 12, speaker="Pakistan"),
        Action(ActionKind.ADOPTED, 12),
    )
    text = [p for p in paragraphs(session) if p[:1].isdigit()]
    assert text[1].startswith("2. At its 11th meeting, on 7 March 2007, the Commission had before it")
    assert text[2] == "3. At the same meeting, the representative of Pakistan introduced the draft resolution."
    assert (
        text[3]
        == "4. At the 12th meeting, on 8 March 2007, the representative of Pakistan orally revised the draft resolution as follows:"
    )
    assert text[4] == "5. At the same meeting, the Commission adopted the draft resolution, as orally revised."


# Third Committee, sixtieth session, report on item 67 "Promotion and protection of the rights of children"
# (6 December 2005; its symbol is not on the page read), paras. 2 and 19 ("At the 45th meeting, on 21 November,
# the Committee was informed that […]", the page cut there): "At the" even with the Committee as subject, and
# the year once, in the chapter's first date.
def test_the_third_committee_narrates_at_the_meeting_and_gives_the_year_once(tmp_path):
    days = {15: "2005-10-14", 16: "2005-10-17", 17: "2005-10-18", 18: "2005-10-18", 21: "2005-10-21"}
    days |= {23: "2005-10-25", 41: "2005-11-15", 43: "2005-11-18", 44: "2005-11-21", 45: "2005-11-21"}
    text = report(
        tmp_path,
        GA.replace("[dates]\n", '[dates]\nyear = "once per chapter"\n') + '[narration]\nbody_at_meeting = "At the"\n',
        'body_short = "Committee"\n'
        + meetings(days)
        + '[[items]]\nkey = "67"\nnumber = "67"\ntitle = "Promotion and protection of the rights of children"\n'
        + f"meetings = {list(days)}\n"
        + 'allocation = { meeting = 17, date = 2005-09-20, session = "sixtieth" }\n'
        + '[[proposals]]\nkey = "L.19"\nitem = "67"\ntitle = "The situation of and assistance to Palestinian children"\n'
        + 'symbol = "A/C.3/60/L.19"\n'
        + '[[proposals.actions]]\nkind = "introduced"\nmeeting = 21\nspeaker = "Egypt"\n'
        + '[[proposals.actions]]\nkind = "budget"\nmeeting = 45\n',
    )
    assert text[0].startswith("1. At its 17th plenary meeting, on 20 September 2005, the General Assembly")  # para. 1
    assert text[1] == (
        "2. The Committee considered the item at its 15th to 18th, 21st, 23rd, 41st and 43rd to 45th meetings, on 14, "
        "17, 18, 21 and 25 October and on 15, 18 and 21 November 2005."
    )
    assert text[-1].startswith("5. At the 45th meeting, on 21 November, the Committee was informed that")


# E/2007/27 (Commission on the Status of Women, fifty-first session), chap. II, para. 1: meetings one by one,
# no "and" inside the first month's days, and no year (the session's dates under the title give it).
def test_meetings_and_days_one_by_one_without_the_year_of_the_commission_on_the_status_of_women(tmp_path):
    days = {1: "2007-02-26", 2: "2007-02-26", 3: "2007-02-27", 4: "2007-02-27", 5: "2007-02-28", 6: "2007-02-28"}
    days |= {7: "2007-03-01", 8: "2007-03-01", 9: "2007-03-02", 10: "2007-03-07", 11: "2007-03-07", 13: "2007-03-09"}
    text = report(
        tmp_path,
        """
[opening]
considered = "{body} considered item {item} of the agenda at its {meetings}, {dates}."
documents = "It had before it the following documents:"
meeting_ranges = false
[dates]
and_in_every_month = false
year = "never"
""",
        'body_short = "Commission"\n'
        + meetings(days)
        + '[[items]]\nkey = "3"\nnumber = "3"\ntitle = "Follow-up to the Fourth World Conference on Women"\n'
        + f"meetings = {list(days)}\n"
        + DOCUMENTS,
    )
    assert text[0] == (
        "1. The Commission considered item 3 of the agenda at its 1st, 2nd, 3rd, 4th, 5th, 6th, 7th, 8th, 9th, 10th, "
        "11th and 13th meetings, on 26, 27, 28 February and 1, 2, 7 and 9 March. It had before it the following "
        "documents:"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[opening]\nconsidered = "At its {meetings}, on {dates}, {body} considered agenda item {item}."',
            'body.toml:5: opening.considered: write {dates} without "on" or "from" before it',
        ),
        (
            '[opening]\nconsidered = "At its {meetings}, {body} considered agenda item {item}."',
            "body.toml:5: opening.considered: missing placeholder {dates}; the report has it to print",
        ),
        (
            '[opening]\nallocation = "At its {meeting}, on {date}, the Assembly allocated the item to {body}."',
            "body.toml:5: opening.allocation: missing placeholder {session}",
        ),
        ('[dates]\nyear = "sometimes"', "body.toml:5: dates.year: expected one of every date, once per chapter, never"),
        ('[narration]\nbody_at_meeting = "At our"', "body.toml:5: narration.body_at_meeting: expected one of At its, At the"),
        ("[dates]\nranges = 3", "body.toml:5: dates.ranges: expected true or false"),
    ],
)
def test_a_profile_whose_wording_the_dates_would_contradict_is_refused_with_one_line(tmp_path, text, message):
    with pytest.raises(ProfileError) as error:
        load_profile(body_profile(tmp_path, text + "\n"))
    assert message in str(error.value)
    assert "\n" not in str(error.value)


days_lists = st.lists(st.dates(dt.date(2020, 1, 1), dt.date(2022, 12, 31)), min_size=1, max_size=12)


def test_three_days_running_are_a_range_and_two_are_named():
    march = [dt.date(1997, 3, day) for day in (10, 11, 12, 17, 20, 21)]
    assert on_dates(march, DatesStyle(ranges=True)) == "from 10 to 12, 17, 20 and 21 March 1997"
    assert on_dates(march[1:], DatesStyle(ranges=True)) == "on 11, 12, 17, 20 and 21 March 1997"


@given(days_lists)
def test_the_default_style_writes_dates_as_before_with_on(days):
    assert on_dates(days) == "on " + dates_phrase(days)


@given(days_lists, st.booleans(), st.booleans(), st.booleans())
def test_every_day_and_every_year_is_written_once_whatever_the_style(days, ranges, and_in_every_month, on_each_month):
    style = DatesStyle(ranges, and_in_every_month, on_each_month)
    phrase = on_dates(days, style)
    assert phrase.startswith(("on ", "from "))
    for year in {d.year for d in days}:
        assert phrase.count(str(year)) == 1
    if not ranges:  # each day is named (a range names only its ends)
        for day in set(days):
            assert f"{day.day} " in phrase or f"{day.day}," in phrase
    given_years = on_dates(days, style, {d.year for d in days})  # the chapter has given them
    assert not any(str(d.year) in given_years for d in days)


def test_the_mandate_allocation_summary_records_and_body_running_are_saved_and_undone_as_one_step(tmp_path, demo_session):
    store = open_store(tmp_path / "n.json")
    store.replace(demo_session)
    book = Logbook(store)
    key = demo_session.items[0].key
    allocation = Allocation(3, dt.date(2007, 9, 21), "sixty-second")
    book.edit_item(key, mandate="General Assembly resolution 74/82", allocation=allocation, summary_records=["A/C.2/62/SR.12"])
    book.edit_session(body_running="the Second Committee")
    saved = open_store(store.path, read_only=True).load()
    assert (saved.items[0].mandate, saved.items[0].allocation, saved.items[0].summary_records) == (
        "General Assembly resolution 74/82",
        allocation,
        ["A/C.2/62/SR.12"],
    )
    assert saved.info.body_running == "the Second Committee"
    book.undo()
    book.undo()
    store.close()
    assert open_store(store.path, read_only=True).load() == demo_session


def test_a_database_written_before_these_keys_opens_with_none_of_them(tmp_path, demo_session):
    from unreport_tui.storage.records import _info, _item, info_record, item_record

    info = info_record(demo_session.info, demo_session.meetings)
    record = item_record(demo_session.items[0], 1.0)
    for old in (info, record):
        for new_key in ("body_running", "mandate", "allocation", "summary_records"):
            old.pop(new_key, None)
    assert _info(tmp_path / "n.json", info)[0].body_running == ""
    item = _item(tmp_path / "n.json", "1", record)[1]
    assert (item.mandate, item.allocation, item.summary_records) == ("", None, [])


def test_the_organization_chapter_reads_the_same_narration_setting(tmp_path):
    from unreport_tui.core.model import Officer, Organization

    session = Session(
        SessionInfo(body_short="Commission", profile=body_profile(tmp_path, '[narration]\nbody_at_meeting = "At the"\n')),
        [Meeting(1, dt.date(2023, 5, 22))],
        [Item("1", "1", "Election of officers")],
        organization=Organization(
            chapter="V. Organization of the session", officers_meeting=1, officers=[Officer("Chair", "A B", "Chile")]
        ),
    )
    assert "2. At the 1st meeting, on 22 May 2023, the Commission elected the following officers:" in paragraphs(session)


# TD/B/53/L.2/Add.6 (Trade and Development Board, fifty-third session, 2006), para. 1: the documents lead opens
# the item (the report lists its one document on a line of its own; two are listed here, so that the lead is
# the sentence the report prints).
def test_an_item_of_the_board_opens_with_the_documents_lead(tmp_path):
    text = report(
        tmp_path,
        "[opening]\nconsidered_sentence = false\n"
        'documents = "For its consideration of this item, {body} had before it the following documentation:"\n',
        'body_short = "Board"\n'
        + meetings({3: "2006-10-03"})
        + '[[items]]\nkey = "8"\nnumber = "8"\ntitle = "UNCTAD assistance to the Palestinian people"\nmeetings = [3]\n'
        + DOCUMENTS,
    )
    assert text[0] == "1. For its consideration of this item, the Board had before it the following documentation:"
