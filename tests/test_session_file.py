"""The session file: lossless round trip, and one clear line for every file it refuses."""

from __future__ import annotations

import datetime as dt
import io
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unreport_tui.cli import main
from unreport_tui.core.model import (
    Action,
    ActionKind,
    Attendance,
    CountedVote,
    Counting,
    Debate,
    Decision,
    Distribution,
    Document,
    Item,
    ListEntry,
    Meeting,
    Officer,
    Organization,
    Point,
    Proposal,
    RecordedVote,
    Role,
    Session,
    SessionInfo,
    SpeakerNoun,
    Statement,
    StatementKind,
    SummaryOrder,
)
from unreport_tui.core.session_file.session import load_session_file, parse_session, session_to_toml
from unreport_tui.core.session_file.tables import SessionFileError

from .hypothesis_budget import examples
from .test_session_periods import periods_besides

GOOD = """
format = 1
[session]
body = "Commission on Narcotic Drugs"
body_short = "Commission"
[[meetings]]
number = 3
date = 2025-03-11
[[items]]
key = "4"
number = "4"
title = "Debate"
meetings = [3]
[[items.statements]]
speaker = "Chile"
"""


def refusal(text: str) -> str:
    with pytest.raises(SessionFileError) as caught:
        parse_session(text)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_good_file_parses_with_default_roles():
    session = parse_session(GOOD + '[[items.statements]]\nspeaker = "Holy See"\n')
    assert [s.role for s in session.items[0].statements] == [Role.MEMBER, Role.OBSERVER_STATE]


def test_unknown_key_is_named_with_its_place():
    assert refusal(GOOD + 'colour = "red"\n') == (
        "items[1].statements[1].colour: unknown key; expected one of capacity, duration, kind, meeting, note, on_behalf_of, person, role, speaker, text, time"
    )
    assert refusal(GOOD.replace("[session]", "[session]\nvenu = 'Vienna'")).startswith("session.venu: unknown key")


def test_a_date_that_is_not_a_date():
    assert refusal(GOOD.replace("date = 2025-03-11", 'date = "11 March"')) == (
        'meetings[1].date = "11 March": expected a date such as 2010-10-19, without quotes'
    )


def test_a_statement_keeps_its_meeting_time_and_speaking_time():
    session = parse_session(GOOD + "meeting = 3\ntime = 10:32:05\nduration = 185\n")
    statement = session.items[0].statements[0]
    assert (statement.meeting, statement.time, statement.duration) == (3, dt.time(10, 32, 5), 185)
    assert "time = 10:32:05" in session_to_toml(session)


def test_a_statement_at_an_undeclared_meeting_is_refused():
    assert refusal(GOOD + "meeting = 9\n") == (
        "items[1].statements[1].meeting = 9: meeting 9 is not declared; add a [[meetings]] entry with number = 9"
    )


def test_a_time_in_quotes_and_a_negative_duration_are_refused():
    assert refusal(GOOD + 'time = "10:32"\n') == (
        'items[1].statements[1].time = "10:32": expected a time of day such as 10:32:05, without quotes'
    )
    assert refusal(GOOD + "duration = -5\n") == (
        "items[1].statements[1].duration = -5: expected a whole number from 0 to 1,000,000"
    )


def test_an_old_file_without_the_new_keys_still_loads():
    statement = parse_session(GOOD).items[0].statements[0]
    assert (statement.meeting, statement.time, statement.duration) == (None, None, None)


def test_the_chairs_list_keeps_who_speaks_for_a_group_and_a_role_chosen_for_a_name_no_lookup_knows():
    listed = (
        'speakers_list = ["Peru", { speaker = "Egypt", on_behalf_of = "Group of African States" }, '
        '{ speaker = "Lawyers without Borders", role = "ngo" }]'
    )
    session = parse_session(GOOD.replace("meetings = [3]", f"meetings = [3]\n{listed}"))
    expected = [
        ListEntry("Peru"),
        ListEntry("Egypt", "Group of African States"),
        ListEntry("Lawyers without Borders", role=Role.NGO),
    ]
    assert session.items[0].speakers_list == expected
    assert parse_session(session_to_toml(session)).items[0].speakers_list == expected
    assert refusal(
        GOOD.replace("meetings = [3]", 'meetings = [3]\nspeakers_list = [{ speaker = "X", role = "delegate" }]')
    ).startswith('items[1].speakers_list[1].role = "delegate": expected one of member')


def test_the_chairs_list_of_speakers_is_kept():
    session = parse_session(GOOD.replace("meetings = [3]", 'meetings = [3]\nspeakers_list = ["Peru", "Kenya"]'))
    assert session.items[0].speakers_list == [ListEntry("Peru"), ListEntry("Kenya")]
    assert parse_session(session_to_toml(session)).items[0].speakers_list == [ListEntry("Peru"), ListEntry("Kenya")]
    assert refusal(GOOD.replace("meetings = [3]", 'meetings = [3]\nspeakers_list = ["Peru", ""]')) == (
        'items[1].speakers_list = a list: expected a list of names such as ["Chile", "Croatia"], or of tables '
        'such as { speaker = "Egypt", on_behalf_of = "Group of African States" }'
    )


def test_a_role_outside_the_list():
    assert refusal(GOOD + 'role = "delegate"\n') == (
        'items[1].statements[1].role = "delegate": expected one of member, signatory, observer_state, igo, ngo, official, nhri'
    )


def test_a_speaker_that_is_not_a_state_needs_a_role():
    message = refusal(GOOD.replace('speaker = "Chile"', 'speaker = "Lawyers without Borders"'))
    assert message.startswith("items[1].statements[1].role: missing; expected the speaker's role")


def test_an_item_meeting_that_no_meeting_declares():
    assert refusal(GOOD.replace("meetings = [3]", "meetings = [3, 4]")) == (
        "items[1].meetings: meeting 4 is not declared; add a [[meetings]] entry with number = 4"
    )


def test_a_newer_format():
    assert refusal(GOOD.replace("format = 1", "format = 2")).startswith("format = 2: this file was written by a newer unreport")


def test_not_toml_at_all():
    assert refusal("this is = = not toml").startswith("not valid TOML:")


def test_unknown_rapporteur_country():
    assert refusal(GOOD.replace("[session]", '[session]\nrapporteur_country = "Atlantis"')).startswith(
        'session.rapporteur_country = "Atlantis": expected the name of a State'
    )


def test_bad_distribution_and_dates():
    assert "expected one of General, Limited, Restricted" in refusal(
        GOOD.replace("[session]", '[session]\ndistribution = "Secret"')
    )
    assert "[first day, last day]" in refusal(GOOD.replace("[session]", "[session]\ndates = [2010-10-22, 2010-10-18]"))


def test_duplicate_item_key():
    assert refusal(GOOD + '[[items]]\nkey = "4"\nnumber = "5"\ntitle = "Other"\n') == (
        'items[2].key = "4": another item already has this key'
    )


POINT = """
[[items.points]]
speakers = ["Secretary-General of UNCTAD"]
named = true
text = "stated that the secretariat would report"
"""


def test_a_named_point_whose_speaker_nothing_resolves_is_refused_naming_the_point_and_the_name():
    with pytest.raises(SessionFileError) as caught:
        parse_session(GOOD + POINT)
    assert str(caught.value) == (
        'items[1].points[1].speakers: "Secretary-General of UNCTAD" is named as the subject but made no statement on '
        "the item and is not a State or an organization unreport knows; give its role in the point: "
        'roles = { "Secretary-General of UNCTAD" = "official" } '
        "(one of member, signatory, observer_state, igo, ngo, official, nhri)"
    )
    assert caught.value.line == GOOD.count("\n") + POINT.count("\n") - 2  # the line of speakers
    # A State, a speaker whose statement on the item says the role, or a point that is not named: all fine.
    assert parse_session(GOOD + POINT.replace("Secretary-General of UNCTAD", "Niger"))
    assert parse_session(GOOD + POINT.replace("Secretary-General of UNCTAD", "chile"))
    assert parse_session(GOOD + POINT.replace("named = true", "named = false"))


def test_a_point_gives_the_role_of_a_speaker_who_made_no_statement():
    text = GOOD + POINT + 'roles = { "Secretary-General of UNCTAD" = "official" }\n'
    session = parse_session(text)
    assert session.items[0].points[0].roles == {"Secretary-General of UNCTAD": Role.OFFICIAL}
    written = session_to_toml(session)
    assert 'roles = { "Secretary-General of UNCTAD" = "official" }' in written
    assert parse_session(written) == session


def test_a_role_for_someone_the_point_does_not_name_or_outside_the_list_is_refused():
    assert refusal(GOOD + POINT + 'roles = { "Secretary-General of UNCTAD" = "official", "Peru" = "member" }\n') == (
        'items[1].points[1].roles."Peru": not one of the point\'s speakers; expected a name from its speakers list'
    )
    assert refusal(GOOD + POINT + 'roles = { "Secretary-General of UNCTAD" = "boss" }\n') == (
        'items[1].points[1].roles."Secretary-General of UNCTAD" = "boss": expected one of member, signatory, '
        "observer_state, igo, ngo, official, nhri"
    )
    assert refusal(GOOD + POINT + 'roles = "official"\n').startswith(
        'items[1].points[1].roles = "official": expected a table of speakers and roles'
    )


# --- the command line leaves the database as it was ---------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        GOOD + 'colour = "red"\n',
        GOOD.replace("date = 2025-03-11", 'date = "soon"'),
        GOOD + 'role = "delegate"\n',
        GOOD.replace("meetings = [3]", "meetings = [9]"),
        GOOD.replace("format = 1", "format = 99"),
    ],
)
def test_a_refused_file_exits_2_and_changes_nothing(tmp_path, demo_file, capsys, bad):
    db = tmp_path / "notes.json"
    assert main(["import", str(demo_file), "--db", str(db)]) == 0
    before = db.read_bytes()
    bad_file = tmp_path / "bad.toml"
    bad_file.write_text(bad, encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(bad_file), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"unreport: {bad_file}:") and err.count("\n") == 1
    assert "Traceback" not in err
    assert db.read_bytes() == before


def test_a_refused_file_creates_no_database(tmp_path):
    bad_file = tmp_path / "bad.toml"
    bad_file.write_text("format = 7\n", encoding="utf-8")
    assert main(["import", str(bad_file), "--db", str(tmp_path / "new.json")]) == 2
    assert not (tmp_path / "new.json").exists()


def test_missing_file(tmp_path, capsys):
    assert main(["import", str(tmp_path / "nope.toml"), "--db", str(tmp_path / "db.json")]) == 2
    assert "no such file" in capsys.readouterr().err


# --- round trip -----------------------------------------------------------------------

texts = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=30)
words = st.text(alphabet=string.ascii_letters + " ()'-", min_size=1, max_size=20).filter(lambda t: t.strip())
# An entry of the Chair's list: a name alone, or with a group and a role (long ones too: a file
# must keep a table too long for one line inside its item).
list_entries = st.builds(
    ListEntry,
    words | st.text(string.ascii_letters, min_size=90, max_size=120),
    st.sampled_from(["", "Group of 77 and China"]) | texts,
    st.none() | st.sampled_from(list(Role)),
)
days = st.dates(min_value=dt.date(1945, 1, 1), max_value=dt.date(2100, 1, 1))


# What a session is drawn from, made once: a strategy made inside the composite is made, and
# checked by Hypothesis, again at each draw (a third of the time it took to draw a session).
meeting_numbers = st.sets(st.integers(1, 200), max_size=4)
maybe_days = st.none() | days
item_keys = st.lists(words, max_size=3, unique=True)
role_choices = st.sampled_from(list(Role))
statement_kinds = st.sampled_from(list(StatementKind))
maybe_times = st.none() | st.times()
durations = st.none() | st.integers(0, 10_000)
up_to_three = st.integers(0, 3)
up_to_two = st.integers(0, 2)
some_texts = st.lists(texts, max_size=3)
booleans = st.booleans()
chairs_lists = st.lists(list_entries, max_size=3)
maybe_speaker_nouns = st.none() | st.sampled_from(list(SpeakerNoun))
maybe_countings = st.none() | st.sampled_from(list(Counting))
maybe_booleans = st.none() | st.booleans()
maybe_orders = st.none() | st.sampled_from(list(SummaryOrder))
maybe_debates = st.none() | st.sampled_from(list(Debate))
distributions = st.sampled_from(list(Distribution))
rapporteur_countries = st.sampled_from(["", "Chile", "USA", "Venezuela", "Holy See"])
first_paragraphs = st.integers(1, 500)
speaker_nouns = st.sampled_from(list(SpeakerNoun))
countings = st.sampled_from(list(Counting))
orders = st.sampled_from(list(SummaryOrder))
action_kinds = st.sampled_from(list(ActionKind))
two_words = st.lists(words, max_size=2)
two_texts = st.lists(texts, max_size=2)
three_words = st.lists(words, max_size=3)
officer_lists = st.lists(st.builds(Officer, words, words, texts), max_size=3)
maybe_attendances = st.none() | st.builds(Attendance, *[st.lists(words, max_size=3)] * 4)


@st.composite
def sessions(draw) -> Session:
    first, last = sorted([draw(days), draw(days)])
    meetings = [Meeting(n, draw(maybe_days)) for n in sorted(draw(meeting_numbers))]
    numbers = [m.number for m in meetings]
    meeting = (st.none() | st.sampled_from(numbers)) if numbers else st.none()  # made once: see above
    item_meetings = st.lists(st.sampled_from(numbers), max_size=3) if numbers else st.just([])
    items = []
    for key in draw(item_keys):
        statements = [
            Statement(
                draw(words),
                draw(role_choices),
                draw(statement_kinds),
                draw(texts),
                draw(texts),
                meeting=draw(meeting) if numbers else None,
                time=draw(maybe_times),
                duration=draw(durations),
                capacity=draw(texts),
                note=draw(texts),
            )
            for _ in range(draw(up_to_three))
        ]
        points = []
        for _ in range(draw(up_to_three)):
            speakers = draw(some_texts)
            named = draw(booleans)
            # A named point says the role of each speaker (none made a statement it could come from).
            roles = {name: draw(role_choices) for name in speakers if named and name.strip() or draw(booleans)}
            points.append(
                Point(
                    draw(words),
                    speakers,
                    draw(texts),
                    draw(texts),
                    draw(booleans),
                    named,
                    draw(texts),
                    roles,
                    meeting=draw(meeting) if numbers else None,
                    time=draw(maybe_times),
                )
            )
        items.append(
            Item(
                key,
                draw(words),
                draw(words),
                draw(texts),
                draw(texts),
                draw(item_meetings) if numbers else [],
                [Document(draw(words), draw(texts)) for _ in range(draw(up_to_two))],
                statements,
                points,
                speakers_list=draw(chairs_lists),
                speaker_noun=draw(maybe_speaker_nouns),
                quantifiers=draw(maybe_countings),
                dialogue=draw(maybe_booleans),
                order=draw(maybe_orders),
                narrate=draw(maybe_booleans),
                debate=draw(maybe_debates),
            )
        )
    info = SessionInfo(
        body=draw(texts),
        body_short=draw(texts),
        title=draw(texts),
        venue=draw(texts),
        dates=draw(st.none() | st.just((first, last))),
        symbol=draw(texts),
        distribution=draw(distributions),
        issued=draw(maybe_days),
        original=draw(texts),
        rapporteur=draw(texts),
        rapporteur_country=draw(rapporteur_countries),
        addendum=draw(booleans),
        first_paragraph=draw(first_paragraphs),
        speaker_noun=draw(speaker_nouns),
        quantifiers=draw(countings),
        dialogue=draw(booleans),
        order=draw(orders),
        narrate=draw(booleans),
    )
    if info.dates:  # a session held in more than one period (test_session_periods.py)
        info.other_periods = draw(periods_besides(first, last))
    proposals = []
    for n, item in enumerate(draw(st.lists(st.sampled_from(items), max_size=3)) if items else []):
        actions = [
            Action(
                draw(action_kinds),
                draw(meeting) if numbers else None,
                draw(texts),
                draw(texts),
                draw(two_words),
                draw(texts),
                draw(two_texts),
                draw(votes),
            )
            for _ in range(draw(up_to_three))
        ]
        proposals.append(
            Proposal(
                f"P{n}",
                item.key,
                draw(words),
                draw(texts),
                draw(texts),
                draw(three_words),
                draw(texts),
                draw(texts),
                draw(texts),
                actions,
            )
        )
    organization = draw(
        st.none() | st.builds(Organization, texts, texts, meeting, meeting, texts, texts, officer_lists, maybe_attendances)
    )
    return Session(info, meetings, items, proposals, organization)


votes = (
    st.sampled_from(list(Decision))
    | st.builds(RecordedVote, st.lists(words, max_size=3), st.lists(words, max_size=3), st.lists(words, max_size=3))
    | st.builds(CountedVote, st.integers(0, 200), st.integers(0, 200), st.integers(0, 200))
)


@settings(max_examples=examples(150), deadline=None)
@given(sessions())
def test_session_file_round_trip_is_lossless(session):
    assert parse_session(session_to_toml(session)) == session


def test_demo_round_trips_through_the_database(tmp_path, demo_file, demo_session):
    db = tmp_path / "notes.json"
    out = tmp_path / "back.toml"
    assert main(["import", str(demo_file), "--db", str(db)]) == 0
    assert main(["export", "--db", str(db), "--format", "toml", "-o", str(out)]) == 0
    assert parse_session(out.read_text(encoding="utf-8")) == demo_session


def test_an_empty_file_is_refused_rather_than_wiping_the_database(tmp_path, demo_file):
    assert refusal("") == "holds no session: expected a [session] table or [[items]]"
    db = tmp_path / "notes.json"
    assert main(["import", str(demo_file), "--db", str(db)]) == 0
    empty = tmp_path / "empty.toml"
    empty.write_text("", encoding="utf-8")
    assert main(["import", str(empty), "--db", str(db)]) == 2


def test_importing_over_a_session_keeps_a_copy_of_it(tmp_path, demo_file, capsys):
    from unreport_tui.storage.backups import list_backups

    db = tmp_path / "notes.json"
    assert main(["import", str(demo_file), "--db", str(db)]) == 0
    before = db.read_bytes()
    assert main(["import", str(demo_file), "--db", str(db)]) == 0
    kept = [b for b in list_backups(db) if b.label == "before-import"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == before
    assert f"What the database held before is kept as {kept[0].path}" in capsys.readouterr().err


_ORGANIZATION = '\n[organization]\nchapter = "V"\n'
_PROPOSAL_L3 = '[[proposals]]\nkey = "L3"\nitem = "4"\ntitle = "Women and girls"\n'


@pytest.mark.parametrize(
    "text, message",
    [
        ('items = "x"', 'items = "x": expected [[items]] tables'),
        (
            '[[items]]\nkey="1"\nnumber="1"\ntitle="t"\nstatements = 3',
            "items[1].statements = 3: expected [[items.statements]] tables",
        ),
        ('[[items]]\nkey=1\nnumber="1"\ntitle="t"', "items[1].key = 1: expected text in quotes"),
        ("[session]\nfirst_paragraph = 0", "session.first_paragraph = 0: expected a whole number from 1 to 1,000,000"),
        (
            "[session]\n[[meetings]]\nnumber=1\ndate=2010-10-19T10:00:00",
            "meetings[1].date = 2010-10-19 10:00:00: expected a date such as 2010-10-19, without quotes",
        ),
        (
            '[[items]]\nkey="1"\nnumber="1"\ntitle="t"\n[[items.documents]]\nsymbol="x"',
            "items[1].documents[1].title: missing; expected text in quotes",
        ),
        (
            '[[items]]\nkey="1"\nnumber="1"\ntitle="t"\n[[items.points]]\ntext="x"\nspeakers="Chile"',
            'items[1].points[1].speakers = "Chile": expected a list of names such as ["Chile", "Croatia"]',
        ),
        (
            GOOD.replace('[session]\nbody = "Commission on Narcotic Drugs"\nbody_short = "Commission"\n', "session = 3\n"),
            "session: expected a [session] table",
        ),
        (GOOD.replace("format = 1\n", "format = 1\norganization = 3\n"), "organization: expected an [organization] table"),
        (GOOD + _ORGANIZATION + "attendance = 3\n", "organization.attendance = 3: expected an [organization.attendance] table"),
        (
            GOOD + _ORGANIZATION + "observers_admitted = 3\n",
            'organization.observers_admitted = 3: expected { meeting = 3, states = ["Armenia", "Dominican Republic"] }',
        ),
        (
            GOOD + _ORGANIZATION + "observers_admitted = { meeting = 3, states = [] }\n",
            'organization.observers_admitted.states: missing; expected a list of names such as ["Chile", "Croatia"]',
        ),
        (
            GOOD.replace("meetings = [3]\n", 'meetings = [3]\nspeakers_list = "Chile"\n'),
            'items[1].speakers_list = "Chile": expected a list of names such as ["Chile", "Croatia"], or of tables '
            'such as { speaker = "Egypt", on_behalf_of = "Group of African States" }',
        ),
        (GOOD + _PROPOSAL_L3 + _PROPOSAL_L3, 'proposals[2].key = "L3": another proposal already has this key'),
        (GOOD + _PROPOSAL_L3.replace('"L3"', '"  "'), 'proposals[1].key = "  ": expected some text, not an empty string'),
        (GOOD.replace("number = 3\n", ""), "meetings[1].number: missing; expected a whole number from 1 to 1,000,000"),
    ],
)
def test_wrong_shapes_are_named(text, message):
    assert refusal(text) == message


def test_the_line_of_a_key_is_found_whatever_the_file_writes_around_it():
    from unreport_tui.core.session_file.key_lines import line_of

    text = (
        "# A session file\n"  # 1
        "format = 2\n"  # 2: before any table
        "[session]\n"  # 3
        'body = "x"\n'  # 4
        'masthead.symbol = "A/1"\n'  # 5: a dotted key of another table
        'note = """"""\n'  # 6: a multi-line string opened and closed on its line
        "text = '''\n"  # 7: one that runs on
        'role = "not a key"\n'  # 8
        "'''\n"  # 9
        "role = 3\n"  # 10
        "[[proposals]]\n"  # 11
        "[[proposals.actions]]\n"  # 12
        "meeting = 3\n"  # 13
        "vote . against = []\n"  # 14: a dotted key, spaced
        "vote.abstaining = []\n"  # 15
    )
    assert line_of(text, "format") == 2
    assert line_of(text, "session.body") == 4
    assert line_of(text, "session.role") == 10
    assert line_of(text, "session.missing") == 3  # a key missing: its table's line
    assert line_of(text, "proposals[1].actions[1].vote.against") == 14
    assert line_of(text, "proposals[1].actions[1].vote.in_favour") == 14  # missing from the dotted table


def test_the_line_of_the_fault_is_named_like_a_compiler_would(tmp_path, demo_file, capsys):
    lines = demo_file.read_text(encoding="utf-8").splitlines()
    at = lines.index('speaker = "Croatia"')
    lines.insert(at + 1, 'role = "delegate"')
    bad = tmp_path / "bad.toml"
    bad.write_text("\n".join(lines), encoding="utf-8")
    assert main(["import", str(bad), "--db", str(tmp_path / "db.json")]) == 2
    assert capsys.readouterr().err == (
        f'unreport: {bad}:{at + 2}: items[1].statements[5].role = "delegate": '
        "expected one of member, signatory, observer_state, igo, ngo, official, nhri\n"
    )


@pytest.mark.parametrize(
    "text, line",
    [
        ("format = 1\n[session]\nvenu = 'x'\n", 3),
        ("[session]\ntitle = 'x'\n\n[[meetings]]\nnumber = 1\n[[meetings]]\nnumber = 1\n", 7),
        ("[[items]]\nkey = 'a'\nnumber = '1'\ntitle = 't'\n\n[[items.documents]]\nsymbol = 'x'\n", 6),  # missing title: its table
        ("[session]\ntitle = = 'x'\n", 2),
    ],
)
def test_lines_for_other_faults(text, line):
    with pytest.raises(SessionFileError) as caught:
        parse_session(text)
    assert caught.value.line == line


@settings(max_examples=examples(60), deadline=None)
@given(sessions())
def test_every_key_of_an_exported_file_is_found_on_its_line(session):
    from unreport_tui.core.session_file.key_lines import line_of

    text = session_to_toml(session)
    lines = text.splitlines()
    for i, item in enumerate(session.items, start=1):
        assert lines[line_of(text, f"items[{i}].key") - 1].startswith("key = ")
        for j, _ in enumerate(item.statements, start=1):
            assert lines[line_of(text, f"items[{i}].statements[{j}].role") - 1].startswith("role = ")
        for j, _ in enumerate(item.points, start=1):
            found = lines[line_of(text, f"items[{i}].points[{j}].text") - 1]
            assert found.startswith("text = ")
    for m, _ in enumerate(session.meetings, start=1):
        assert lines[line_of(text, f"meetings[{m}].number") - 1].startswith("number = ")


def test_lines_inside_a_multiline_string_are_not_keys():
    from unreport_tui.core.session_file.key_lines import line_of

    text = '[[items]]\nkey = "a"\ntitle = """\nrole = "x"\n[[items.statements]]\n"""\n[[items.statements]]\nrole = "y"\n'
    assert line_of(text, "items[1].statements[1].role") == 8
    assert line_of(text, "items[1].title") == 3
    quoted = '[[items]]\nsection = "\'\'\'"\n[[items.statements]]\nrole = "y"\n'  # triple quotes inside a string
    assert line_of(quoted, "items[1].statements[1].role") == 4


@pytest.mark.parametrize(
    "value, described",
    [
        ("true", "true"),
        ("false", "false"),
        ("{ a = 1 }", "a table"),
        ("[1, 2]", "a list"),
        ("12", "12"),
        ("0x" + "f" * 40, "a number too large"),
        ("1000000000000", "1000000000000"),
    ],
)
def test_a_wrong_value_is_described_as_the_user_typed_it(value, described):
    assert refusal(GOOD.replace('speaker = "Chile"', f"speaker = {value}")) == (
        f"items[1].statements[1].speaker = {described}: expected text in quotes"
    )


def test_a_missing_key_keeps_its_path_and_line(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text(GOOD.replace('title = "Debate"\n', ""), encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        load_session_file(path)
    assert str(caught.value) == f"{path}:9: items[1].title: missing; expected text in quotes"
    assert (caught.value.key_path, caught.value.line) == ("items[1].title", 9)


def test_files_that_cannot_be_read_say_why(tmp_path):
    cases = {tmp_path / "none.toml": "no such file", tmp_path: "cannot be read (Is a directory)"}
    latin = tmp_path / "latin.toml"
    latin.write_bytes('[session]\ntitle = "Réunion"\n'.encode("latin-1"))
    cases[latin] = "not a text file in UTF-8"
    for path, reason in cases.items():
        with pytest.raises(SessionFileError) as caught:
            load_session_file(path)
        assert str(caught.value) == f"{path}: {reason}"


def test_a_fault_without_a_line_names_the_file_alone(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text("format = 1\n", encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        load_session_file(path)
    assert str(caught.value) == f"{path}: holds no session: expected a [session] table or [[items]]"


def test_lines_of_top_level_keys_and_of_nested_tables():
    from unreport_tui.core.session_file.key_lines import line_of

    text = (
        'format = 1\n[session]\ntitle = """one\nformat = 2\n"""\nbody = \'\'\'x\'\'\'\nvenue = "V"\n'
        '[[items]]\nkey = "a"\n[[items.documents]]\ntitle = "d1"\n[[items.documents]]\ntitle = "d2"\n'
    )
    assert line_of(text, "format") == 1
    assert line_of(text, "session.venue") == 7  # the ''' closed on its own line does not open a string
    assert line_of(text, "session.missing") == 2  # a missing key: the line of its table
    assert line_of(text, "items[1].documents[2].title") == 13
    assert line_of(text, "nothing") == 1  # top-level: the first line
    assert line_of(text, "other.key") is None


PROPOSAL = (
    GOOD
    + """
[[proposals]]
key = "L3"
item = "4"
title = "Women and girls"
submitted_by = ["Pakistan"]

[[proposals.actions]]
meeting = 3
kind = "adopted"
vote.in_favour = ["Chile", "Peru"]
vote.against = []
vote.abstaining = ["Cuba"]
"""
)


def test_a_proposal_with_a_recorded_vote_is_read_and_written_back():
    session = parse_session(PROPOSAL)
    (proposal,) = session.proposals
    assert (proposal.item, proposal.kind, proposal.submitted_by) == ("4", "draft resolution", ["Pakistan"])
    assert proposal.actions == [Action(ActionKind.ADOPTED, 3, vote=RecordedVote(["Chile", "Peru"], [], ["Cuba"]))]
    assert parse_session(session_to_toml(session)) == session
    written = session_to_toml(session)
    assert '[[proposals.actions]]\nmeeting = 3\nkind = "adopted"\nvote.in_favour = [\n    "Chile",' in written
    assert "vote.against = []\n" in written


@pytest.mark.parametrize(
    "change, message",
    [
        (('item = "4"', 'item = "9"'), 'proposals[1].item = "9": no agenda item has this key'),
        (("meeting = 3\nkind", "meeting = 8\nkind"), "proposals[1].actions[1].meeting = 8: meeting 8 is not declared"),
        (('kind = "adopted"', 'kind = "approved"'), 'proposals[1].actions[1].kind = "approved": expected one of introduced'),
        (("vote.against = []", 'vote.agin = ["Cuba"]'), "proposals[1].actions[1].vote.agin: unknown key"),
    ],
)
def test_a_bad_proposal_is_refused_with_its_place(change, message):
    assert refusal(PROPOSAL.replace(*change)).startswith(message)


def test_a_vote_that_is_neither_a_decision_nor_lists():
    assert refusal(
        PROPOSAL.replace(
            'vote.in_favour = ["Chile", "Peru"]\nvote.against = []\nvote.abstaining = ["Cuba"]', 'vote = "by acclamation"'
        )
    ).startswith('proposals[1].actions[1].vote = "by acclamation": expected "consensus", "without a vote", or the lists')
    assert (
        parse_session(
            PROPOSAL.replace(
                'vote.in_favour = ["Chile", "Peru"]\nvote.against = []\nvote.abstaining = ["Cuba"]', 'vote = "without a vote"'
            )
        )
        .proposals[0]
        .actions[0]
        .vote
        is Decision.WITHOUT_A_VOTE
    )


def test_style_settings_are_checked():
    assert refusal(GOOD.replace("[session]", '[session]\nspeaker_noun = "delegates"')) == (
        'session.speaker_noun = "delegates": expected one of speaker, delegate, delegation, participant'
    )
    assert refusal(GOOD.replace('title = "Debate"', 'title = "Debate"\nquantifiers = "figures"')) == (
        'items[1].quantifiers = "figures": expected one of words, numbers'
    )


# 30 examples, not 100: the same sessions are drawn 150 times by test_report_properties (the text
# and the terminal), 60 by the Akoma Ntoso schema tests and with every profile by
# test_profiles_render; this one only adds that no format refuses one (9 s of the suite at 100).
@settings(max_examples=examples(30), deadline=None)
@given(sessions())
def test_every_accepted_session_renders_in_every_format(session):
    from rich.console import Console

    from unreport_tui.core.rendering.report import render_report
    from unreport_tui.exporters import FORMATS, export_session
    from unreport_tui.exporters.terminal import report_renderable

    for format in FORMATS:
        out = export_session(session, format, None)
        if isinstance(out, bytes):  # a Word file: a package Word can read back
            from docx import Document

            assert "Draft report" in [p.text for p in Document(io.BytesIO(out)).paragraphs]
        else:
            assert format == "toml" or "Draft report" in out
    console = Console(width=80, record=True, file=io.StringIO())
    console.print(report_renderable(render_report(session)))


def test_the_summary_style_is_written_as_the_same_words_in_the_file_and_the_database():
    """The closed sets are enums in memory; the session file and the database keep the words they
    always held, "" included (an item's "as the session says", as older files may write it)."""
    import json

    from unreport_tui.storage.records import info_record, item_record

    text = GOOD.replace("[session]", '[session]\nspeaker_noun = "delegate"\nquantifiers = "numbers"\norder = "logged"')
    text = text.replace('title = "Debate"', 'title = "Debate"\nspeaker_noun = "participant"\nquantifiers = ""')
    session = parse_session(text)
    info, item = session.info, session.items[0]
    assert (info.speaker_noun, info.quantifiers, info.order) == (SpeakerNoun.DELEGATE, Counting.NUMBERS, SummaryOrder.LOGGED)
    assert (item.speaker_noun, item.quantifiers, item.order) == (SpeakerNoun.PARTICIPANT, None, None)
    written = session_to_toml(session)
    for line in ('speaker_noun = "delegate"', 'quantifiers = "numbers"', 'order = "logged"', 'speaker_noun = "participant"'):
        assert line in written.splitlines()
    assert parse_session(written) == session
    stored = json.loads(json.dumps({"session": info_record(info, []), "item": item_record(item, 1.0)}))
    assert {k: stored["session"][k] for k in ("speaker_noun", "quantifiers", "order")} == {
        "speaker_noun": "delegate",
        "quantifiers": "numbers",
        "order": "logged",
    }
    assert {k: stored["item"][k] for k in ("speaker_noun", "quantifiers", "order")} == {
        "speaker_noun": "participant",
        "quantifiers": "",
        "order": "",
    }


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("dates = [2010-13-45, 2010-10-22]", "2010-13-45 is not a date: there is no month 13; write it as year-month-day"),
        ("date = 2010-02-30", "2010-02-30 is not a date: that month has no day 30"),
        ("time = 25:61:00", "25:61:00 is not a time of day: write it as hours:minutes:seconds, such as 10:32:05"),
    ],
)
def test_a_date_or_a_time_that_cannot_be_is_named_with_its_line(line, said):
    # TOML reads an impossible date as no value at all: its own message was "Unclosed array" or
    # "Expected newline or end of document after a statement".
    text = GOOD + line + "\n"
    with pytest.raises(SessionFileError) as caught:
        parse_session(text)
    assert str(caught.value).startswith(said)
    assert caught.value.line == text.splitlines().index(line) + 1


@pytest.mark.parametrize(
    "line",
    ['title = "the 2010-13-45 draft', "date = 2010-10-1  # not 2010-13-45", "2010-13-45 = ["],
    ids=["quoted text", "a comment", "a key"],
)
def test_an_impossible_date_that_is_no_value_is_not_blamed_for_another_mistake(line):
    assert refusal(GOOD + line + "\n").startswith("not valid TOML:")
