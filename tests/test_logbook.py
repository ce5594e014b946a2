"""The logbook: every step a note-taker takes, written through the store, undone and redone."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unreport_tui.core.model import Document, Item, Meeting, Role, StatementKind
from unreport_tui.core.rendering.report import ReportRenderer, render_report
from unreport_tui.exporters.text import export_text
from unreport_tui.logbook import Logbook, LogbookError
from unreport_tui.storage import open_store

from .builders import listed, paragraphs, point, said, session_with
from .hypothesis_budget import examples


class Clock:
    """A wall clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = dt.datetime(2010, 10, 20, 10, 0, 0)

    def __call__(self) -> dt.datetime:
        return self.now

    def wait(self, seconds: int) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def book(tmp_path, demo_session, clock):
    store = open_store(tmp_path / "n.json")
    store.replace(demo_session)
    yield Logbook(store, clock)
    store.close()


def on_disk(book):
    """The session as a crash now would leave it."""
    return open_store(book.store.path, read_only=True).load()


def test_opening_lands_on_the_latest_item_and_meeting(book):
    assert book.cursor.item == "2b" and book.cursor.meeting == 5
    assert book.current_statement is book.session.item("2b").statements[-1]


def test_a_statement_is_logged_at_the_current_meeting_and_time(book):
    change = book.log_statement("venezuela")
    statement = book.current_item.statements[-1]
    assert (statement.speaker, statement.role, statement.meeting, statement.time) == (
        "venezuela",
        Role.MEMBER,
        5,
        dt.time(10, 0, 0),
    )
    assert change.items == {"2b"} and change.statements == {statement.id} and book.cursor.statement == statement.id
    assert on_disk(book).item("2b").statements[-1] == statement


def test_next_speaker_ends_the_current_one_in_the_same_step(book, clock):
    book.log_statement("Chile")
    clock.wait(185)
    book.next_speaker("Peru")
    chile, peru = book.current_item.statements[-2:]
    assert chile.duration == 185 and peru.duration is None and book.current_statement == peru
    book.undo()
    assert book.current_item.statements[-1].speaker == "Chile" and book.current_item.statements[-1].duration is None
    assert book.current_statement.speaker == "Chile"


def test_switching_meeting_or_item_ends_the_running_statement_in_the_same_step(book, clock):
    book.add_meeting(Meeting(6, dt.date(2010, 10, 21)))
    book.add_item(Item("3", "3", "Other matters"))
    book.next_speaker("Chile")
    clock.wait(70)
    book.switch_meeting(6)
    assert book.current_item.statements[-1].duration == 70
    assert on_disk(book).item("2b").statements[-1].duration == 70
    book.undo()  # the switch and the ending are one step: Chile speaks again, from when they started
    assert book.current_item.statements[-1].duration is None and book.running_statement.speaker == "Chile"
    clock.wait(20)
    book.switch_item("3")
    assert book.session.item("2b").statements[-1].duration == 90 and book.running_statement is None


def test_an_item_added_as_the_current_one_is_one_step_and_ends_the_running_statement(book, clock):
    """The prepare screen's Enter on a new item adds it and makes it current: one undo takes both
    back, and the speaker who had the floor gets their time, as when switching."""
    book.next_speaker("Chile")
    clock.wait(40)
    change = book.add_item(Item("3", "3", "Other matters"), current=True)
    assert change.description == "added agenda item 3, now the current one"
    assert book.current_item.key == "3" and book.running_statement is None
    assert on_disk(book).item("2b").statements[-1].duration == 40
    book.undo()
    assert book.session.item("3") is None and book.current_item.key == "2b"
    running = book.running_statement
    assert running is not None and running.speaker == "Chile"
    assert on_disk(book).item("2b").statements[-1].duration is None
    book.redo()
    assert book.current_item.key == "3" and on_disk(book).item("3") is not None
    # Added without current: the current item stays (unless there was none).
    book.add_item(Item("4", "4", "Adoption of the report"))
    assert book.current_item.key == "3"


def test_the_floor_closed_saves_the_last_speakers_time_and_can_be_undone(book, clock):
    book.next_speaker("Chile")
    clock.wait(95)
    change = book.end_statement()
    assert change.description == "closed the floor after Chile"
    assert on_disk(book).item("2b").statements[-1].duration == 95 and book.running_statement is None
    with pytest.raises(LogbookError, match="nobody has the floor"):
        book.end_statement()
    book.undo()
    assert book.running_statement.speaker == "Chile" and on_disk(book).item("2b").statements[-1].duration is None  # type: ignore[attr-defined]  # mypy keeps the None asserted above across the undo


def test_time_while_the_app_was_closed_is_never_speaking_time(tmp_path, demo_session, clock):
    """A statement left running by a sitting that ended without closing it (the app was killed):
    reopened after lunch, it is not running, and the next speaker does not give it the lunch break."""
    store = open_store(tmp_path / "n.json")
    store.replace(demo_session)
    Logbook(store, clock).next_speaker("Chile")
    clock.wait(2 * 3600)
    reopened = Logbook(store, clock)
    assert reopened.current_statement.speaker == "Chile"
    reopened.next_speaker("Peru")
    assert [s.duration for s in reopened.current_item.statements[-2:]] == [None, None]
    reopened.undo()
    assert reopened.current_statement.speaker == "Chile" and reopened.running_statement is None
    store.close()


def test_a_statement_at_a_meeting_the_item_does_not_list_adds_the_meeting(book):
    book.add_meeting(Meeting(6, dt.date(2010, 10, 21)))
    book.switch_meeting(6)
    book.log_statement("Kenya")
    assert book.current_item.meetings == [4, 5, 6]
    assert [p for p in paragraphs(book.session) if p.startswith("1. ")][0].startswith(
        "1. At its 4th to 6th meetings, on 19, 20 and 21 October 2010, the Conference considered agenda item 2 (b)"
    )
    book.undo()
    assert book.current_item.meetings == [4, 5] and on_disk(book).item("2b").meetings == [4, 5]


def test_points_go_to_the_current_speaker_and_a_plus_one_counts(book):
    book.add_item(Item("3", "3", "Other matters"))
    book.switch_item("3")
    book.log_statement("Chile")
    book.log_point("Stressed the need for data")
    point = book.current_item.points[-1]
    assert point.speakers == ["Chile"]
    book.next_speaker("Peru")
    book.add_speaker_to_point(point.id)
    book.log_point("It was noted that funding was scarce", impersonal=True)
    assert [p.speakers for p in book.current_item.points] == [["Chile", "Peru"], []]
    text = export_text(render_report(book.session).for_item("3"))
    assert "Two speakers stressed the need for data." in text and "It was noted that funding was scarce." in text


def test_join_goes_with_any_kind_of_point_and_reads_as_its_own_sentence(book):
    book.add_item(Item("3", "3", "Other matters"))
    book.switch_item("3")
    book.log_statement("Chile")
    book.log_point("Called for cooperation")
    book.log_point("It was also noted that funding was scarce", impersonal=True, join=True)
    book.log_point("also stressed data", named=True, join=True)
    book.log_point("also emphasized training", join=True)
    assert [(p.speakers, p.named, p.join) for p in on_disk(book).item("3").points] == [
        (["Chile"], False, False),
        ([], False, True),
        (["Chile"], True, True),
        (["Chile"], False, True),
    ]
    text = " ".join(export_text(render_report(book.session).for_item("3")).split())
    assert text.endswith(
        "One speaker called for cooperation. It was also noted that funding was scarce. The representative of Chile "
        "also stressed data. The same speaker also emphasized training."
    )


def test_a_correction_cannot_name_as_its_subject_someone_the_report_cannot_name(book):
    book.add_item(Item("3", "3", "Other matters"))
    book.switch_item("3")
    book.log_statement("Chile")
    book.log_point("stated that the secretariat would report")
    point = book.current_item.points[-1]
    with pytest.raises(
        LogbookError,
        match="Secretary-General of UNCTAD made no statement on this item and is not a "
        "State: log their statement first, or make the point not named",
    ):
        book.edit_point(point.id, speakers=["Secretary-General of UNCTAD"], named=True)
    assert on_disk(book).item("3").points[-1] == point
    book.edit_point(point.id, speakers=["Niger"], named=True)  # a State: its representative
    book.log_statement("Secretary-General of UNCTAD", role=Role.OFFICIAL)
    book.edit_point(point.id, speakers=["Secretary-General of UNCTAD"], named=True)  # its statement says its role
    assert "The Secretary-General of UNCTAD stated that the secretariat would report." in export_text(
        render_report(book.session).for_item("3")
    )


def test_deleting_the_only_statement_of_a_named_points_speaker_keeps_the_role_it_was_printed_by(book):
    """An official's point made named (ctrl+o), then their only statement deleted: the point keeps
    the role the statement gave ("The Secretary of the Commission stated …", never "The observer for
    Secretary of the Commission stated …"), in the same step, which undo takes back whole."""
    book.add_item(Item("3", "3", "Other matters"))
    book.switch_item("3")
    book.log_statement("Chile")
    book.log_statement("Secretary of the Commission", role=Role.OFFICIAL)
    book.log_point("stated that the report would follow", named=True)
    book.log_statement("Amnesty International", role=Role.NGO)
    book.log_point("said that two statements were made", named=True)
    book.log_statement("Amnesty International", role=Role.NGO)  # a second statement: its role needs no copy
    item = book.current_item
    official, first_ngo = item.statements[1], item.statements[2]

    def report() -> str:
        return " ".join(export_text(render_report(book.session).for_item("3")).split())

    book.delete_statement(official.id)
    book.delete_statement(first_ngo.id)
    assert "The Secretary of the Commission stated that the report would follow." in report()
    assert "The observer for Amnesty International said that two statements were made." in report()
    assert [p.roles for p in on_disk(book).item("3").points] == [{"Secretary of the Commission": Role.OFFICIAL}, {}]
    book.undo()
    book.undo()
    assert [p.roles for p in on_disk(book).item("3").points] == [{}, {}]
    assert [s.speaker for s in on_disk(book).item("3").statements] == [
        "Chile",
        "Secretary of the Commission",
        "Amnesty International",
        "Amnesty International",
    ]
    book.redo()
    assert on_disk(book).item("3").points[0].roles == {"Secretary of the Commission": Role.OFFICIAL}
    assert "The Secretary of the Commission stated that the report would follow." in report()


def test_a_points_roles_follow_its_speakers_so_the_exported_file_reads_back(tmp_path, clock):
    from unreport_tui.core.session_file.session import parse_session, session_to_toml

    store = open_store(tmp_path / "n.json")
    store.replace(
        session_with(
            [said("Croatia")],
            [
                point(
                    "stated X", "Secretary-General of UNCTAD", named=True, roles={"Secretary-General of UNCTAD": Role.OFFICIAL}
                ),
                point("noted Y", "Croatia", named=True, roles={"Croatia": Role.SIGNATORY}),
            ],
        )
    )
    book = Logbook(store, clock)
    item = book.session.item("1")
    book.edit_statement(item.statements[0].id, speaker="Czechia")  # logged as Croatia, it was Czechia
    book.edit_point(item.points[0].id, speakers=["Chile"])  # a State: its role needs no saying
    points = on_disk(book).item("1").points
    assert [(p.speakers, p.roles) for p in points] == [(["Chile"], {}), (["Czechia"], {"Czechia": Role.SIGNATORY})]
    assert parse_session(session_to_toml(book.session)).item("1").points == book.session.item("1").points
    store.close()


def test_a_point_without_a_speaker_is_refused_and_changes_nothing(book):
    book.add_item(Item("3", "3", "Other matters"))
    book.switch_item("3")
    with pytest.raises(LogbookError, match="no current speaker"):
        book.log_point("Stressed X")
    with pytest.raises(LogbookError, match="type the point first"):
        book.log_point("   ")
    with pytest.raises(LogbookError, match="'Acme' is not a State"):
        book.log_statement("Acme")
    assert book.current_item.points == [] and on_disk(book).item("3").points == []


def test_a_new_step_clears_redo_and_undo_reaches_the_disk(book):
    before = on_disk(book)
    book.log_statement("Chile")
    book.undo()
    assert book.can_redo
    book.log_statement("Peru")
    assert not book.can_redo and book.redo() is None
    book.undo()
    assert book.session == before and on_disk(book) == before  # undo, then a crash: the undone state


def test_undo_and_redo_across_item_switches(book):
    book.add_item(Item("3", "3", "Other matters"))
    book.switch_item("3")
    book.log_statement("Chile")
    book.switch_item("2b")
    book.log_statement("Peru")
    for _ in range(3):
        book.undo()
    assert book.cursor.item == "3" and [s.speaker for s in book.session.item("3").statements] == []
    for _ in range(3):
        book.redo()
    assert book.cursor.item == "2b" and book.session.item("3").statements[0].speaker == "Chile"
    assert book.current_statement.speaker == "Peru"


def test_a_whole_meeting(tmp_path, clock):
    """Twenty speakers, points, a +1, an edit, a delete, undo and redo, then the section and the database."""
    store = open_store(tmp_path / "n.json")
    book = Logbook(store, clock)
    book.edit_session(body="Commission on Crime Prevention and Criminal Justice", body_short="Commission")
    book.add_meeting(Meeting(3, dt.date(2025, 5, 14)))
    book.add_item(Item("4", "4", "Thematic discussion"))
    book.switch_meeting(3)
    book.add_document("4", Document("Note by the Secretariat", "E/CN.15/2025/4"))
    speakers = [
        "Chile",
        "Croatia",
        "venezuela",
        "Kazakhstan",
        "Russia",
        "USA",
        "Germany",
        "Indonesia",
        "Belarus",
        "Argentina",
        "Australia",
        "Azerbaijan",
        "Norway",
        "Mexico",
        "Kenya",
        "Türkiye",
        "Niger",
        "Laos",
        "Holy See",
        "Netherlands",
    ]
    stress = None
    for n, speaker in enumerate(speakers):
        book.next_speaker(speaker, on_behalf_of="G77" if n == 0 else "")
        clock.wait(120)
        if n == 2:
            book.log_point("Stressed the need for data")
            stress = book.current_item.points[-1].id
        elif n in (5, 9, 14):
            book.add_speaker_to_point(stress)
        if n == 7:
            book.log_point("A typo to remove")
    book.edit_statement(book.current_item.statements[4].id, speaker="Russian Federation")
    book.delete_point(book.current_item.points[-1].id)
    book.log_point("It was noted that trafficking was on the rise", impersonal=True)
    book.undo()
    book.redo()
    book.end_statement()

    section = paragraphs(book.session)
    assert section[0] == (
        "1. At its 3rd meeting, on 14 May 2025, the Commission considered agenda item 4, entitled "
        "“Thematic discussion”. For its consideration of the item, the Commission had before it "
        "the note by the Secretariat (E/CN.15/2025/4)."
    )
    assert section[1] == (
        "2. Statements were made by the representatives of Chile (on behalf of the Group of 77 and China), Croatia, "
        "the Bolivarian Republic of Venezuela, Kazakhstan, the Russian Federation, the United States of America, "
        "Germany, Indonesia, Belarus, Argentina, Australia, Azerbaijan, Norway, Mexico, Kenya, Türkiye, the Niger, "
        "the Lao People's Democratic Republic and the Kingdom of the Netherlands. "
        "The observer for the Holy See also made a statement."
    )
    assert section[2:] == ["3. Some speakers stressed the need for data.", "4. It was noted that trafficking was on the rise."]
    assert all(s.duration == 120 for s in book.current_item.statements)
    store.close()
    again = open_store(tmp_path / "n.json", read_only=True).load()
    assert again == book.session and paragraphs(again) == section


def test_removing_an_item_and_undoing_brings_back_its_entries_and_ids(book):
    item = book.session.item("2b")
    ids = [s.id for s in item.statements]
    book.remove_item("2b")
    assert book.session.items == [] and on_disk(book).items == [] and book.cursor.item == ""
    book.undo()
    assert [s.id for s in book.session.item("2b").statements] == ids and on_disk(book) == book.session
    assert book.cursor.item == "2b"


def test_each_change_says_what_it_touched(book):
    change = book.edit_session(title="Sixth session")
    assert change.everything
    change = book.log_statement("Chile")
    assert not change.everything and change.items == {"2b"}
    point_change = book.log_point("Stressed X")
    assert point_change.points == {book.current_item.points[-1].id} and point_change.statements == frozenset()


def test_rendering_one_item_again_gives_what_the_whole_render_gives(book):
    renderer = ReportRenderer()
    book.add_item(Item("3", "3", "Other matters"))
    renderer.render(book.session)
    change = book.log_point("It was noted that X^[A footnote.]", impersonal=True)
    document = renderer.render(book.session, set(change.items))
    assert renderer.rendered_items == 2  # the item that changed, and the one whose numbers moved after it
    assert document == render_report(book.session)
    assert renderer.item(book.session, "3") == render_report(book.session).for_item("3")


# --- any sequence of steps can be undone, and redone --------------------------------------

SPEAKERS = ["Chile", "Peru", "USA", "Holy See", "Niger"]


STEPS = (
    "log",
    "next",
    "end",
    "point",
    "impersonal",
    "plus",
    "edit_statement",
    "edit_point",
    "delete_statement",
    "delete_point",
    "move_statement",
    "move_point",
    "session",
    "meeting",
    "switch_meeting",
    "item",
    "edit_item",
    "remove_item",
    "reorder_items",
    "document",
    "switch_item",
    "remove_document",
    "proposal",
    "action",
    "edit_proposal",
    "remove_proposal",
    "presentation",
    "edit_presentation",
    "delete_presentation",
    "move_presentation",
)
# Presentations alone, with speakers and points around them: the steps above rarely draw two
# presentations in one run, so a move among them was never drawn.
PRESENTATION_STEPS = (
    "log",
    "point",
    "presentation",
    "presentation",
    "edit_presentation",
    "delete_presentation",
    "move_presentation",
    "move_presentation",
)


def random_step(book, data, steps=STEPS):
    """Take one random step of ``steps`` and return its Change; None when the drawn step had nothing to act on."""
    session = book.session
    keys = [i.key for i in session.items]
    statements = [s.id for i in session.items for s in i.statements]
    points = [p.id for i in session.items for p in i.points]
    action = data.draw(st.sampled_from(steps))
    presentations = [p.id for i in session.items for p in i.presentations]
    proposals = [p.key for p in session.proposals]
    speaker = data.draw(st.sampled_from(SPEAKERS))
    pick = lambda values: data.draw(st.sampled_from(values))  # noqa: E731
    if action == "log":
        return book.log_statement(speaker, kind=pick(list(StatementKind)))
    elif action == "next":
        return book.next_speaker(speaker)
    elif action == "end":
        return book.end_statement()
    elif action in ("point", "impersonal"):
        return book.log_point(
            data.draw(st.sampled_from(["Stressed X", "Noted Y^[note]", "*Italic* Z"])),
            impersonal=action == "impersonal",
            join=data.draw(st.booleans()),
        )
    elif action == "plus" and points:
        return book.add_speaker_to_point(pick(points), speaker)
    elif action == "edit_statement" and statements:
        return book.edit_statement(pick(statements), speaker=speaker, on_behalf_of=pick(["", "G77"]))
    elif action == "edit_point" and points:
        return book.edit_point(pick(points), text=pick(["Edited", "Again"]), heading=pick(["", "Deliberations"]))
    elif action == "delete_statement" and statements:
        return book.delete_statement(pick(statements))
    elif action == "delete_point" and points:
        return book.delete_point(pick(points))
    elif action == "move_statement" and statements:
        return book.move_statement(pick(statements), pick(keys), data.draw(st.integers(0, 3)))
    elif action == "move_point" and points:
        return book.move_point(pick(points), pick(keys), data.draw(st.integers(0, 3)))
    elif action == "session":
        return book.edit_session(title=pick(["A", "B"]), first_paragraph=data.draw(st.integers(1, 9)))
    elif action == "meeting":
        return book.add_meeting(Meeting(data.draw(st.integers(1, 9)), dt.date(2010, 10, data.draw(st.integers(1, 28)))))
    elif action == "switch_meeting" and session.meetings:
        return book.switch_meeting(pick([m.number for m in session.meetings]))
    elif action == "item":
        return book.add_item(
            Item(pick(["a", "b", "c"]), "9", "New", chapter=pick(["", "V. Other"])), data.draw(st.integers(0, len(keys)))
        )
    elif action == "edit_item" and keys:
        return book.edit_item(pick(keys), key=pick([*keys, "z"]), title=pick(["T1", "T2"]))
    elif action == "remove_item" and keys:
        return book.remove_item(pick(keys))
    elif action == "reorder_items" and keys:
        return book.reorder_items(data.draw(st.permutations(keys)))
    elif action == "document" and keys:
        return book.add_document(pick(keys), Document("Report", "X/1"))
    elif action == "remove_document" and keys and session.item(keys[0]).documents:
        return book.remove_document(keys[0], 0)
    elif action == "switch_item" and keys:
        return book.switch_item(pick(keys))
    elif action == "proposal" and book.current_item is not None:
        return book.add_proposal(pick(["Women", "Girls"]), symbol=pick(["", "L.1"]), submitted_by=[speaker])
    elif action == "action" and proposals:
        from unreport_tui.core.model import Action, ActionKind, Decision, RecordedVote

        vote = pick([Decision.CONSENSUS, Decision.WITHOUT_A_VOTE, RecordedVote([speaker], [], ["Peru"])])
        return book.log_action(pick(proposals), Action(pick(list(ActionKind)), speaker=speaker, vote=vote))
    elif action == "edit_proposal" and proposals:
        return book.edit_proposal(pick(proposals), title=pick(["T1", "T2"]))
    elif action == "remove_proposal" and proposals:
        return book.remove_proposal(pick(proposals))
    elif action == "presentation" and book.current_item is not None:
        return book.log_presentation(pick(["Report of the Secretariat", "Note by the Secretariat"]), speaker)
    elif action == "edit_presentation" and presentations:
        return book.edit_presentation(pick(presentations), title=pick(["Edited", "Again"]), speaker=speaker)
    elif action == "delete_presentation" and presentations:
        return book.delete_presentation(pick(presentations))
    elif action == "move_presentation" and presentations:
        return book.move_presentation(pick(presentations), data.draw(st.integers(0, 3)))
    return None


@pytest.mark.parametrize("steps", [STEPS, PRESENTATION_STEPS], ids=["any", "presentations"])
@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_any_steps_then_as_many_undos_give_back_the_start_and_redo_gives_the_end(tmp_path_factory, demo_session, steps, data):
    path = tmp_path_factory.mktemp("db") / "n.json"
    store = open_store(path)
    store.replace(demo_session)
    book = Logbook(store, Clock())
    start = open_store(path, read_only=True).load()
    taken = 0
    for _ in range(data.draw(st.integers(1, 25))):
        try:
            taken += random_step(book, data, steps) is not None
        except LogbookError:
            continue  # refused, and nothing changed
    end = open_store(path, read_only=True).load()
    assert end == book.session
    end_text = export_text(render_report(end))
    for _ in range(taken):
        assert book.undo() is not None
    assert not book.can_undo
    assert book.session == start and open_store(path, read_only=True).load() == start
    for _ in range(taken):
        book.redo()
    assert book.session == end and open_store(path, read_only=True).load() == end
    store.close()
    reopened = open_store(path, read_only=True).load()
    assert reopened == end and export_text(render_report(reopened)) == end_text


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_rendering_only_what_each_step_touched_gives_the_whole_render(tmp_path_factory, demo_session, data):
    store = open_store(tmp_path_factory.mktemp("db") / "n.json")
    store.replace(demo_session)
    book = Logbook(store, Clock())
    book.add_item(Item("x", "3", "Another item", chapter="V. Other"))
    renderer = ReportRenderer()
    renderer.render(book.session)
    for _ in range(data.draw(st.integers(1, 12))):
        try:
            change = random_step(book, data)
        except LogbookError:
            continue
        if change is None:
            continue
        if data.draw(st.booleans()):
            change = book.undo()
        whole = render_report(book.session)
        changed = None if change.everything else set(change.items)
        if book.session.items and data.draw(st.booleans()):
            key = data.draw(st.sampled_from([i.key for i in book.session.items]))
            every = {i.key for i in book.session.items}
            assert renderer.item(book.session, key, every if changed is None else changed) == whole.for_item(key)
        assert renderer.render(book.session, changed) == whole
    store.close()


def test_undo_then_a_kill_then_a_restart_shows_the_undone_state(tmp_path, demo_session):
    import subprocess
    import sys
    import textwrap
    from pathlib import Path

    path = tmp_path / "n.json"
    store = open_store(path)
    store.replace(demo_session)
    store.close()
    script = textwrap.dedent("""
        import os, sys
        from pathlib import Path
        from unreport_tui.logbook import Logbook
        from unreport_tui.storage import open_store
        book = Logbook(open_store(Path(sys.argv[1]), background=True))
        book.log_statement("Chile")
        book.log_point("Stressed the need for data")
        book.undo()
        book.store.last_save.wait(10)
        os.kill(os.getpid(), 9)
    """)
    subprocess.run([sys.executable, "-c", script, str(path)], cwd=Path(__file__).resolve().parents[1])
    after = open_store(path)
    item = after.load().item("2b")
    assert item.statements[-1].speaker == "Chile" and item.points == demo_session.item("2b").points
    after.close()


def test_one_item_is_rendered_alone_when_nothing_before_it_changed(book):
    for key in ("3", "4"):
        book.add_item(Item(key, key, f"Item {key}"))
    renderer = ReportRenderer()
    renderer.render(book.session)
    assert renderer.rendered_items == 3
    book.switch_item("4")
    book.log_statement("Chile")
    assert renderer.item(book.session, "4", {"4"}) == render_report(book.session).for_item("4")
    assert renderer.rendered_items == 1  # the items before it came from the cache
    book.switch_item("2b")
    book.log_point("It was noted that X", impersonal=True)
    assert renderer.item(book.session, "4", {"2b"}) == render_report(book.session).for_item("4")
    assert renderer.rendered_items == 3  # 2b changed, 3 starts one paragraph later, and 4 itself
    assert renderer.item(book.session, "nothing such") == render_report(book.session).for_item("nothing such")
    assert renderer.render(book.session, set()) == render_report(book.session)
    assert renderer.rendered_items == 0


def test_the_next_speaker_on_the_chairs_list_is_logged_and_taken_off_in_one_step(book, clock):
    book.set_speakers_list(["Peru", "  ", "Japan", "Acme Foundation"])
    assert listed(book.current_item) == ["Peru", "Japan", "Acme Foundation"]
    book.log_statement("Chile")
    clock.wait(60)
    change = book.next_from_list()
    statements = book.current_item.statements
    assert statements[-2].duration == 60 and statements[-1].speaker == "Peru"
    assert listed(book.current_item) == ["Japan", "Acme Foundation"] and change.items == {"2b"}
    book.next_from_list()
    assert book.current_item.statements[-1].role is Role.SIGNATORY  # Japan spoke as a signatory before
    book.next_from_list()
    assert book.current_item.statements[-1].role is Role.NGO  # not a State, never logged: an NGO
    with pytest.raises(LogbookError, match="the list of speakers is empty"):
        book.next_from_list()
    for _ in range(3):
        book.undo()
    assert listed(book.current_item) == ["Peru", "Japan", "Acme Foundation"]
    assert listed(on_disk(book).item("2b")) == ["Peru", "Japan", "Acme Foundation"]


def test_next_from_the_list_at_a_new_meeting_widens_the_item_and_shortens_the_list(book):
    book.add_meeting(Meeting(6, dt.date(2010, 10, 21)))
    book.switch_meeting(6)
    book.set_speakers_list(["Peru", "Kenya"])
    book.next_from_list()
    item = on_disk(book).item("2b")
    assert item.meetings == [4, 5, 6] and listed(item) == ["Kenya"]


def test_a_speaker_corrected_takes_their_points_along_in_one_step(tmp_path, clock):
    store = open_store(tmp_path / "n.json")
    book = Logbook(store, clock)
    book.add_item(Item("4", "4", "Thematic discussion"))
    book.next_speaker("Chile")
    book.log_point("stressed the need for data")
    data = book.current_item.points[-1].id
    book.next_speaker("Croatia")  # the note-taker misheard: it was Czechia
    book.add_speaker_to_point(data)
    book.log_point("welcomed the report")
    croatia = book.current_statement.id
    book.edit_statement(croatia, speaker="Czechia")
    assert [p.speakers for p in book.current_item.points] == [["Chile", "Czechia"], ["Czechia"]]
    assert on_disk(book).item("4").points == book.current_item.points
    book.undo()  # the correction and its points are one step
    assert [p.speakers for p in book.current_item.points] == [["Chile", "Croatia"], ["Croatia"]]
    book.redo()
    book.next_speaker("Croatia")  # now Croatia really speaks, and makes a point
    book.log_point("welcomed the report")
    book.edit_statement(croatia, speaker="Cuba")  # Czechia was Cuba: Croatia's own point stays Croatia's
    assert [p.speakers for p in book.current_item.points] == [["Chile", "Cuba"], ["Cuba"], ["Croatia"]]
    book.edit_statement(book.current_statement.id, speaker="the Republic of Korea")
    # Czechia's statement is gone: the only point under Croatia's name was Croatia's own
    assert [p.speakers for p in book.current_item.points] == [["Chile", "Cuba"], ["Cuba"], ["the Republic of Korea"]]
    store.close()


def test_a_speaker_on_the_chairs_list_typed_instead_of_taken_leaves_the_list_too(book):
    book.set_speakers_list(["Croatia", "Venezuela (Bolivarian Republic of)", "Japan"])
    book.next_speaker("venezuela")  # the Chair gave the floor out of order; typed, however spelled
    assert listed(book.current_item) == ["Croatia", "Japan"]
    book.next_speaker("Croatia", kind=StatementKind.REPLY)  # a reply is not their turn on the list
    assert listed(book.current_item) == ["Croatia", "Japan"]
    book.next_speaker("Mexico")  # not on the list
    assert listed(book.current_item) == ["Croatia", "Japan"]
    assert listed(on_disk(book).item("2b")) == ["Croatia", "Japan"]
    book.undo()
    book.undo()
    book.undo()  # logging Venezuela and shortening the list were one step
    assert listed(book.current_item) == ["Croatia", "Venezuela (Bolivarian Republic of)", "Japan"]


def test_a_proposal_and_what_the_body_did_with_it_are_steps_like_any_other(book):
    from unreport_tui.core.model import Action, ActionKind, Decision, RecordedVote

    book.add_proposal("Women and girls", symbol="E/CN.6/2007/L.3", submitted_by=["Pakistan", " "])
    (proposal,) = book.proposals()
    assert (proposal.key, proposal.item, proposal.submitted_by) == ("E/CN.6/2007/L.3", "2b", ["Pakistan"])
    book.log_action(proposal.key, Action(ActionKind.INTRODUCED, speaker="Pakistan"))
    book.log_action(proposal.key, Action(ActionKind.BEFORE, speakers=["Cuba"]))
    book.log_action(proposal.key, Action(ActionKind.ADOPTED, vote=RecordedVote(["Chile"], [], ["Peru"])))
    actions = book.proposals()[0].actions
    assert [(a.kind, a.meeting) for a in actions] == [
        (ActionKind.INTRODUCED, 5),
        (ActionKind.BEFORE, None),
        (ActionKind.ADOPTED, 5),
    ]
    assert on_disk(book).proposals == book.session.proposals
    text = paragraphs(book.session)
    assert "At the same meeting, the representative of Pakistan introduced the draft resolution." in [
        p.split(". ", 1)[1] for p in text if p[:1].isdigit()
    ]
    book.undo()
    book.undo()
    assert [a.kind for a in book.proposals()[0].actions] == [ActionKind.INTRODUCED]
    book.edit_proposal(proposal.key, title="Women and girls: empowerment")
    book.log_action(proposal.key, Action(ActionKind.ADOPTED, vote=Decision.WITHOUT_A_VOTE))
    book.add_proposal("Second", symbol="E/CN.6/2007/L.3")  # the same symbol typed twice: its own key
    assert [p.key for p in book.proposals()] == ["E/CN.6/2007/L.3", "E/CN.6/2007/L.3-2"]
    book.remove_proposal("E/CN.6/2007/L.3-2")
    assert on_disk(book).proposals == book.session.proposals
    with pytest.raises(LogbookError, match="needs its title"):
        book.add_proposal("  ")
    with pytest.raises(LogbookError, match="no proposal 'nope'"):
        book.log_action("nope", Action(ActionKind.ADOPTED))
    for _ in range(6):
        book.undo()
    assert book.session.proposals == [] and on_disk(book).proposals == []


def test_an_item_given_a_new_key_keeps_its_proposals(book):
    book.add_proposal("Women and girls")
    book.edit_item("2b", key="2-b")
    assert [p.item for p in book.session.proposals] == ["2-b"]
    assert on_disk(book).proposals == book.session.proposals
    assert "Action taken by the Conference" in export_text(render_report(book.session))
    book.undo()
    assert [p.item for p in on_disk(book).proposals] == ["2b"]


def test_removing_an_item_takes_its_proposals_along_and_undo_brings_them_back(book):
    book.add_proposal("First")
    book.add_proposal("Second")
    before = list(book.session.proposals)
    book.remove_item("2b")
    assert book.session.proposals == [] and on_disk(book).proposals == []
    book.undo()
    assert book.session.proposals == before and on_disk(book).proposals == before


def test_an_items_own_summary_style_survives_its_other_edits_on_disk(book):
    """Saving the Chair's list, taking the next speaker from it, or renaming the item writes the
    item again: its own style (delegates counted in numbers, logged order …) goes with it."""
    key = book.cursor.item
    book.edit_item(key, speaker_noun="delegate", quantifiers="numbers", order="logged", narrate=True, dialogue=False)
    book.set_speakers_list(["Chile", "Peru"])
    book.next_from_list()
    book.edit_item(key, title="Renamed")
    for session in (book.session, on_disk(book)):
        item = session.item(key)
        assert (item.speaker_noun, item.quantifiers, item.order, item.narrate, item.dialogue) == (
            "delegate",
            "numbers",
            "logged",
            True,
            False,
        )
        assert item.title == "Renamed" and listed(item) == ["Peru"]
    book.undo()
    book.undo()
    book.undo()
    book.undo()
    item = on_disk(book).item(key)
    assert (item.speaker_noun, item.quantifiers, item.order, item.narrate, item.dialogue) == (
        None,
        None,
        None,
        None,
        None,
    )  # as the session says


def test_every_field_of_an_item_but_its_entries_is_written_with_it():
    import dataclasses

    from unreport_tui.logbook.edits import HEADER

    assert set(HEADER) == {f.name for f in dataclasses.fields(Item)} - {"statements", "points", "presentations"}


def test_a_speaker_logged_again_under_another_spelling_keeps_the_role_they_had(book):
    """ "USA" logged as a signatory, then "United States of America": the same speaker, a signatory
    still (the role is looked up by who the speaker is, not by the letters typed)."""
    book.next_speaker("USA", role=Role.SIGNATORY)
    book.next_speaker("Kenya")
    assert book.role_for("United States of America") is Role.SIGNATORY  # what the speaker box and ctrl+l log
    assert book.role_for("united states") is Role.SIGNATORY


def test_a_speaker_already_counted_on_a_point_is_not_counted_again(book):
    """ctrl+s by a speaker who made the point already, under any spelling: one speaker, not two."""
    book.next_speaker("Germany")
    book.log_point("stressed cooperation")
    point = book.current_item.points[-1]
    book.next_speaker("Kenya")
    book.add_speaker_to_point(point.id)
    book.next_speaker("germany")
    with pytest.raises(LogbookError, match="already counted"):
        book.add_speaker_to_point(point.id)
    assert on_disk(book).item("2b").points[-1].speakers == ["Germany", "Kenya"]


def test_a_speaker_logged_undone_and_redone_is_the_current_speaker_again_with_the_clock_running(book, clock):
    """Logging a speaker is a step like any other: its undo puts the cursor back on the speaker
    before, its redo on the same statement again (same id), the clock running."""
    before, logged = book.current_statement, len(book.current_item.statements)
    book.next_speaker("Zambia")
    zambia = book.current_statement
    assert zambia.speaker == "Zambia" and book.running_statement is zambia
    book.undo()
    assert book.cursor.statement == before.id and book.running_statement is None
    assert len(on_disk(book).item("2b").statements) == logged
    clock.wait(30)
    book.redo()
    assert book.cursor.statement == zambia.id and book.current_statement.speaker == "Zambia"
    assert book.running_statement is book.current_statement
    assert on_disk(book).item("2b").statements[-1] == zambia


def test_a_field_a_record_does_not_have_is_refused_and_nothing_changes(book):
    """A correction form that names a field wrongly gets a LogbookError (one line, shown), not a
    TypeError (a crash)."""
    book.log_point("stressed the need for data")
    point = book.current_item.points[-1]
    for step in (
        lambda: book.edit_point(point.id, txt="x"),
        lambda: book.edit_session(titel="x"),
        lambda: book.edit_item(book.cursor.item, speakers="x"),
        lambda: book.edit_organization(chairman="x"),
        lambda: book.edit_statement(book.current_statement.id, speeker="x"),
    ):
        with pytest.raises(LogbookError, match=r"^\w+ has no field '\w+'$"):
            step()
    assert book.undo_description == "logged a point: stressed the need for data"
    assert on_disk(book) == book.session


def test_a_speaker_corrected_who_had_spoken_before_under_the_wrong_name_takes_only_the_points_of_that_statement(tmp_path, clock):
    """Niger spoke; later "niger" was typed for Nigeria, and a point logged while Nigeria had the
    floor. Corrected to Nigeria, that point is Nigeria's; the Niger's own point stays the Niger's."""
    store = open_store(tmp_path / "n.json")
    book = Logbook(store, clock)
    book.add_item(Item("4", "4", "Thematic discussion"))
    book.next_speaker("Niger")
    clock.wait(60)
    book.log_point("described its national plan")
    clock.wait(60)
    book.next_speaker("Chile")
    clock.wait(60)
    book.log_point("stressed the need for data")
    clock.wait(60)
    book.next_speaker("Niger")  # the note-taker misheard: it was Nigeria
    clock.wait(60)
    book.log_point("described a recent case of forced labour in fishing")
    book.add_speaker_to_point(book.current_item.points[1].id)  # and made Chile's point too
    book.edit_statement(book.current_statement.id, speaker="Nigeria")
    assert [p.speakers for p in book.current_item.points] == [["Niger"], ["Chile", "Nigeria"], ["Nigeria"]]
    assert on_disk(book).item("4").points == book.current_item.points
    book.undo()  # the correction and its points are one step
    assert [p.speakers for p in book.current_item.points] == [["Niger"], ["Chile", "Niger"], ["Niger"]]
    store.close()


def test_a_speaker_corrected_moves_no_point_from_a_file_when_the_wrong_name_spoke_twice(tmp_path, clock):
    """Points with no time (from a session file) are shown under the name's first statement,
    whichever statement they were made in: correcting either statement of the name moves none."""
    store = open_store(tmp_path / "n.json")
    store.replace(
        session_with(
            [said("Niger"), said("Chile"), said("Niger")],
            [point("a", "Niger"), point("b", "Chile"), point("c", "Niger")],
        )
    )
    book = Logbook(store, clock)
    for place in (0, 2):
        book.edit_statement(book.session.item("1").statements[place].id, speaker="Nigeria")
        assert [p.speakers for p in book.session.item("1").points] == [["Niger"], ["Chile"], ["Niger"]]
        book.undo()
    store.close()
