"""The session as stored: what is in the database after each call, and a lossless round trip."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings

from unreport_tui.core.model import Document, Item, Meeting, Point, Role, SessionInfo, Statement
from unreport_tui.storage import NoSuchEntry, SaveState, UnsavableText, open_store
from unreport_tui.storage.journal_lines import journal_path

from .hypothesis_budget import examples
from .test_session_file import sessions


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sessions())
def test_a_session_comes_back_from_the_database_as_it_went_in(tmp_path_factory, session):
    path = tmp_path_factory.mktemp("db") / "n.json"
    store = open_store(path)
    store.replace(session)
    store.close()
    again = open_store(path, read_only=True)
    assert again.load() == session


@pytest.fixture
def store(tmp_path, demo_session):
    opened = open_store(tmp_path / "n.json")
    opened.replace(demo_session)
    yield opened
    opened.close()


def reopened(store):
    """What the database holds, as another process reading it now would see it."""
    return open_store(store.path, read_only=True).load()


def journal_lines(store) -> int:
    return journal_path(store.path).read_bytes().count(b"\n")


def test_logged_statements_and_points_keep_their_order_and_ids(store):
    sid = store.add_statement("2b", Statement("China", Role.MEMBER, meeting=5, time=dt.time(10, 32, 5), duration=180))
    pid = store.add_point("2b", Point("It was noted that X"))
    item = reopened(store).item("2b")
    assert item.statements[-1] == Statement("China", Role.MEMBER, meeting=5, time=dt.time(10, 32, 5), duration=180)
    assert item.statements[-1].id == sid and item.points[-1].id == pid

    store.update_statement(sid, Statement("China", Role.MEMBER, on_behalf_of="G77", note="check: twice?"))
    store.update_point(pid, Point("It was stressed that X", ["Chile"]))
    item = reopened(store).item("2b")
    assert item.statements[-1].on_behalf_of == "G77" and item.statements[-1].id == sid
    assert item.statements[-1].note == "check: twice?"
    assert item.points[-1].text == "It was stressed that X" and item.points[-1].speakers == ["Chile"]

    store.remove_statement(sid)
    store.remove_point(pid)
    item = reopened(store).item("2b")
    assert all(s.id != sid for s in item.statements) and all(p.id != pid for p in item.points)


def test_an_entry_is_inserted_where_asked_and_keeps_its_id_when_brought_back(store):
    speakers = [s.speaker for s in reopened(store).item("2b").statements]
    sid = store.add_statement("2b", Statement("China", Role.MEMBER), index=1)
    assert [s.speaker for s in reopened(store).item("2b").statements] == [speakers[0], "China", *speakers[1:]]
    store.remove_statement(sid)
    again = store.add_statement("2b", Statement("China", Role.MEMBER, id=sid), index=0)
    statements = reopened(store).item("2b").statements
    assert again == sid and statements[0].speaker == "China" and statements[0].id == sid
    with pytest.raises(NoSuchEntry, match=f"already holds a statement with id {sid}"):
        store.add_statement("2b", Statement("Peru", Role.MEMBER, id=sid))


def test_inserting_again_and_again_at_one_place_keeps_the_order(store):
    first = [s.speaker for s in reopened(store).item("2b").statements]
    lines = journal_lines(store)
    for n in range(80):  # between positions 1 and 2, then 1 and 1.5 …: more halvings than a float has
        store.add_statement("2b", Statement(f"NGO {n}", Role.NGO), index=2)
    speakers = [s.speaker for s in reopened(store).item("2b").statements]
    assert speakers == [*first[:2], *[f"NGO {n}" for n in reversed(range(80))], *first[2:]]
    assert journal_lines(store) == lines + 80  # a renumbering rides in the same record as its insert
    positions = sorted(r["position"] for r in store.storage.read()["statements"].values() if r["item"] == "2b")
    assert len(set(positions)) == len(positions)


def test_moving_is_its_own_operation_and_one_journal_record(store):
    session = reopened(store)
    moved = session.item("2b").statements[0]
    session_before = journal_lines(store)
    store.move_statement(moved.id, "2b", None)  # to the end of its item
    assert journal_lines(store) == session_before + 1
    assert reopened(store).item("2b").statements[-1].id == moved.id
    store.add_item(Item("3", "3", "Other item"))
    store.move_statement(moved.id, "3", 0)
    after = reopened(store)
    assert [s.id for s in after.item("3").statements] == [moved.id]
    assert moved.id not in [s.id for s in after.item("2b").statements]
    point = after.item("2b").points[0]
    store.move_point(point.id, "3")
    assert reopened(store).item("3").points[0].text == point.text


def test_an_update_never_moves_an_entry_into_another_item(store):
    session = reopened(store)
    statement = session.item("2b").statements[2]
    store.add_item(Item("3", "3", "Other item"))
    store.update_statement(statement.id, Statement("Peru", Role.MEMBER))
    after = reopened(store)
    assert after.item("2b").statements[2].speaker == "Peru" and after.item("3").statements == []


def test_what_is_gone_says_so_for_update_remove_and_move(store):
    for call in (
        lambda: store.update_statement(999, Statement("China", Role.MEMBER)),
        lambda: store.remove_statement(999),
        lambda: store.move_statement(999, "2b"),
    ):
        with pytest.raises(NoSuchEntry, match="holds no statement with id 999; it may have been deleted"):
            call()
    for call in (
        lambda: store.update_point(998, Point("x")),
        lambda: store.remove_point(998),
        lambda: store.move_point(998, "2b"),
    ):
        with pytest.raises(NoSuchEntry, match="holds no point with id 998; it may have been deleted"):
            call()
    with pytest.raises(NoSuchEntry, match="holds no agenda item 'nine'"):
        store.add_point("nine", Point("x"))
    with pytest.raises(NoSuchEntry, match="holds no agenda item 'nine'"):
        store.remove_item("nine")
    with pytest.raises(NoSuchEntry, match="holds no meeting 77"):
        store.remove_meeting(77)


def test_session_data_meetings_items_and_documents(store):
    store.update_info(SessionInfo(body="Commission", title="Sixty-eighth session"))
    store.add_meeting(Meeting(6, dt.date(2010, 10, 21)))
    store.add_meeting(Meeting(1), index=0)
    store.update_meeting(6, Meeting(6, dt.date(2010, 10, 22)))
    store.reorder_meetings([4, 5, 6, 1])
    store.remove_meeting(1)
    session = reopened(store)
    assert session.info.title == "Sixty-eighth session"
    assert session.meetings == [
        Meeting(4, dt.date(2010, 10, 19)),
        Meeting(5, dt.date(2010, 10, 20)),
        Meeting(6, dt.date(2010, 10, 22)),
    ]

    store.add_item(Item("1", "1", "Opening", documents=[Document("Agenda", "X/1")]), index=0)
    store.add_item(Item("9", "9", "Closing"))
    store.add_document("1", Document("Notes", "X/2"))
    store.add_document("1", Document("Annotations", "X/1/Add.1"), index=1)
    store.update_document("1", 0, Document("Provisional agenda", "X/1"))
    store.reorder_documents("1", [2, 0, 1])
    store.remove_document("1", 2)
    session = reopened(store)
    assert [i.key for i in session.items] == ["1", "2b", "9"]
    assert session.item("1").documents == [Document("Notes", "X/2"), Document("Provisional agenda", "X/1")]

    before = journal_lines(store)
    store.reorder_items(["9", "2b", "1"])
    assert journal_lines(store) == before + 1
    store.update_item("2b", Item("2c", "2 (c)", "Renamed"))
    session = reopened(store)
    assert [i.key for i in session.items] == ["9", "2c", "1"]
    assert session.item("2c").statements and session.item("2c").title == "Renamed"
    store.remove_item("2c")
    assert [i.key for i in reopened(store).items] == ["9", "1"]
    assert journal_lines(store) == before + 3  # an item removed with its entries is one record


def test_an_item_removed_with_its_entries_comes_back_whole(store):
    item = reopened(store).item("2b")
    store.remove_item("2b")
    store.add_item(item, index=0)
    back = reopened(store).item("2b")
    assert back == item and [s.id for s in back.statements] == [s.id for s in item.statements]


def test_the_cursor_is_kept(store):
    assert store.cursor() == ("", None)
    store.set_cursor("2b", 5)
    assert open_store(store.path, read_only=True).cursor() == ("2b", 5)


def test_text_that_cannot_be_saved_is_refused_before_anything_changes(store):
    before = reopened(store)
    lines = journal_lines(store)
    for call in (
        lambda: store.add_statement("2b", Statement("Chile\ud800", Role.MEMBER)),
        lambda: store.add_point("2b", Point("bad \udfff text")),
        lambda: store.update_info(SessionInfo(title="\ud83d")),
    ):
        with pytest.raises(UnsavableText, match="cannot be saved"):
            call()
    assert store.load() == before and reopened(store) == before and journal_lines(store) == lines
    store.add_point("2b", Point("fine"))  # and the store goes on working
    store.close()
    assert open_store(store.path, read_only=True).load().item("2b").points[-1].text == "fine"


def test_logging_in_the_background_reports_when_each_entry_is_saved(tmp_path, demo_session):
    heard = []
    store = open_store(tmp_path / "n.json", background=True, on_save=lambda t: heard.append(t.state))
    store.replace(demo_session)
    store.add_point("2b", Point("It was noted that Y"))
    ticket = store.last_save
    assert ticket.wait(5) and ticket.state is SaveState.SAVED
    assert SaveState.SAVED in heard
    reader = open_store(tmp_path / "n.json", read_only=True)  # what a crash now would leave
    assert reader.load().item("2b").points[-1].text == "It was noted that Y"
    store.close()


def test_two_items_never_share_a_key(store):
    store.add_item(Item("3", "3", "Other"))
    with pytest.raises(NoSuchEntry, match="another agenda item already has the key '3'"):
        store.add_item(Item("3", "3", "Again"))
    with pytest.raises(NoSuchEntry, match="another agenda item already has the key '3'"):
        store.update_item("2b", Item("3", "3", "Renamed onto another"))
    assert [i.key for i in reopened(store).items] == ["2b", "3"]
    with pytest.raises(NoSuchEntry, match="meeting 4 is already declared"):
        store.add_meeting(Meeting(4))


def test_an_entry_logged_after_keys_changed_hands_comes_last(store):
    store.add_item(Item("c", "c", "C"))
    for n in range(5):
        store.add_statement("c", Statement(f"NGO {n}", Role.NGO))
    store.add_statement("2b", Statement("Peru", Role.MEMBER))  # remembers the end of "2b"
    store.update_item("2b", Item("old", "2 (b)", "Renamed away"))
    store.update_item("c", Item("2b", "c", "Renamed onto the old key"))
    store.add_statement("2b", Statement("Chile", Role.MEMBER))
    assert [s.speaker for s in reopened(store).item("2b").statements][-1] == "Chile"


def test_items_inserted_again_and_again_at_one_place_keep_their_order(store):
    store.add_item(Item("a", "a", "Second"))
    store.add_item(Item("z", "z", "Last"))
    for n in range(70):  # between positions 1 and 2, then 1 and 1.5 …: more halvings than a float has
        store.add_item(Item(f"i{n}", str(n), "Inserted"), index=2)
    keys = [i.key for i in reopened(store).items]
    assert keys == ["2b", "a", *[f"i{n}" for n in reversed(range(70))], "z"]
    positions = [doc["position"] for doc in store.storage.read()["items"].values()]
    assert len(set(positions)) == len(positions)


def test_an_item_without_any_entries_table_can_be_removed(tmp_path):
    store = open_store(tmp_path / "n.json")
    store.add_item(Item("1", "1", "One"))
    store.remove_item("1")
    assert store.load().items == []
    store.close()


def test_a_cursor_edited_by_hand_into_nonsense_is_ignored(store):
    from tinydb.table import Document as Stored

    store.db.table("cursor").upsert(Stored({"item": 5, "meeting": "x"}, doc_id=1))
    assert store.cursor() == ("", None)
    store.db.table("cursor").upsert(Stored({"item": "2b", "meeting": True}, doc_id=1))
    assert store.cursor() == ("2b", None)


def test_documents_out_of_range_say_so(store):
    with pytest.raises(NoSuchEntry, match="agenda item '2b' has no document number 9"):
        store.update_document("2b", 8, Document("x"))
    with pytest.raises(NoSuchEntry, match="agenda item '2b' has no document number 6"):
        store.remove_document("2b", 5)
    with pytest.raises(NoSuchEntry, match="does not name each document"):
        store.reorder_documents("2b", [0, 0, 1, 2, 3])
    with pytest.raises(NoSuchEntry, match="does not name each meeting"):
        store.reorder_meetings([4])
    with pytest.raises(NoSuchEntry, match="does not name each agenda item"):
        store.reorder_items(["2b", "2b"])


def test_each_load_is_the_callers_own_and_sees_every_change(tmp_path, demo_session):
    path = tmp_path / "own.json"
    first = open_store(path)
    first.replace(demo_session)
    first.close()
    for read_only in (False, True):
        store = open_store(path, read_only=read_only)
        try:
            loaded = store.load()  # the session read at open, handed over
            assert loaded == demo_session
            loaded.items.clear()  # what the caller does with it ...
            assert store.load() == demo_session  # ... is not what the next caller gets
        finally:
            store.close()
    store = open_store(path)
    try:
        store.add_statement(demo_session.items[0].key, Statement("Chile", Role.MEMBER))
        assert store.load().items[0].statements[-1].speaker == "Chile"  # a change before the first load
    finally:
        store.close()


def test_proposals_and_their_votes_come_back_and_a_bad_one_is_named(tmp_path):
    import json

    from unreport_tui.core.model import Action, ActionKind, Decision, Proposal, RecordedVote, Session
    from unreport_tui.storage import DatabaseCorrupt

    session = Session(
        SessionInfo(body_short="Commission"),
        [Meeting(11)],
        [Item("3", "3", "Women")],
        [
            Proposal(
                "L3",
                "3",
                "Women and girls",
                symbol="E/CN.6/2007/L.3",
                submitted_by=["Pakistan"],
                actions=[
                    Action(ActionKind.REVISED, 11, speaker="Thailand", revisions=["first", "second"]),
                    Action(ActionKind.ADOPTED, 11, vote=RecordedVote(["Chile"], [], ["Cuba"])),
                ],
            ),
            Proposal(
                "L4", "3", "Girls", kind="draft decision", actions=[Action(ActionKind.ADOPTED, 11, vote=Decision.WITHOUT_A_VOTE)]
            ),
        ],
    )
    path = tmp_path / "p.json"
    store = open_store(path)
    store.replace(session)
    store.close()
    assert open_store(path, read_only=True).load() == session
    data = json.loads(path.read_text(encoding="utf-8"))
    next(iter(data["proposals"].values()))["actions"][1]["vote"] = "by acclamation"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DatabaseCorrupt, match=r"proposals 1\.actions\[1\]\.vote = 'by acclamation': expected"):
        open_store(path, read_only=True)


# A read-only copy that follows the writing copy (a second person in the room reading along) ----


def _files(folder):
    return {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.iterdir()}


def test_a_read_only_copy_follows_what_the_writer_saves_and_touches_nothing(store):
    reader = open_store(store.path, read_only=True)
    assert reader.follow() is False  # nothing saved since it opened
    sid = store.add_statement("2b", Statement("Kenya", Role.MEMBER, meeting=5, time=dt.time(10, 40)))
    store.set_cursor("2b", 5)
    before = _files(store.path.parent)
    assert reader.follow() is True
    assert reader.load().item("2b").statements[-1].speaker == "Kenya" and reader.cursor() == ("2b", 5)
    assert reader.load() == reopened(store)
    assert reader.follow() is False and reader.follow_error == ""
    assert _files(store.path.parent) == before  # no lock taken, nothing written
    store.update_statement(sid, Statement("Kenya", Role.MEMBER, meeting=5, time=dt.time(10, 40), duration=95))
    assert reader.follow() is True and reader.load().item("2b").statements[-1].duration == 95


def test_a_journal_line_still_being_written_is_left_for_the_next_look(store):
    reader = open_store(store.path, read_only=True)
    before = reader.load()
    store.add_point("2b", Point("It was noted that Z"))
    journal = journal_path(store.path)
    whole = journal.read_bytes()
    journal.write_bytes(whole[: len(whole) - 20])  # the writer is in the middle of its write
    assert reader.follow() is False and reader.follow_error == "" and reader.load() == before
    journal.write_bytes(whole)  # and finishes it
    assert reader.follow() is True and reader.load().item("2b").points[-1].text == "It was noted that Z"


def test_a_read_only_copy_follows_through_a_compaction(store):
    reader = open_store(store.path, read_only=True)
    store.add_point("2b", Point("first"))
    assert reader.follow() is True
    store.storage.compact()  # the journal folded into a new snapshot, which replaces the file by rename
    assert reader.follow() is False and reader.load() == reopened(store)  # the same session
    store.add_point("2b", Point("second"))
    store.storage.compact()
    store.add_point("2b", Point("third"))  # in the new journal, after the new snapshot
    assert reader.follow() is True
    assert [p.text for p in reader.load().item("2b").points][-2:] == ["second", "third"]
    assert reader.load() == reopened(store)


def test_a_reading_that_fails_keeps_the_last_session_and_says_why(store):
    reader = open_store(store.path, read_only=True)
    before = reader.load()
    store.add_point("2b", Point("fine"))
    journal = journal_path(store.path)
    good = journal.read_bytes()
    journal.write_bytes(b"00000000 damaged\n" + good)
    assert reader.follow() is False and "damaged" in reader.follow_error and reader.load() == before
    journal.write_bytes(good)
    assert reader.follow() is True and reader.follow_error == ""


def test_a_reader_knows_whether_a_writer_has_the_database_open_without_taking_its_lock(tmp_path):
    """writer_is_open: the writing copy alive, gone (its lock file names a dead process), closed;
    asking never keeps a writer from opening."""
    import json
    import subprocess
    import sys

    from unreport_tui.storage.lock import lock_path

    db = tmp_path / "n.json"
    writer = open_store(db)
    reader = open_store(db, read_only=True)
    assert reader.writer_is_open()
    writer.close()
    assert not reader.writer_is_open()  # closed: the lock file names no one
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    lock_path(db).write_text(json.dumps({"pid": int(gone.stdout), "since": "2026-11-30T10:00:00"}), encoding="utf-8")
    assert not reader.writer_is_open()  # a lock file left by a process that is gone (killed)
    again = open_store(db)  # and the writer opens as ever
    again.close()


def test_a_writer_of_another_user_is_a_writer_still(tmp_path, monkeypatch):
    # The lock file names a process this user may not signal: it is there, so the database is open.
    import os

    db = tmp_path / "n.json"
    writer = open_store(db)
    reader = open_store(db, read_only=True)

    def not_yours(_pid, _signal):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "kill", not_yours)
    assert reader.writer_is_open()
    monkeypatch.undo()
    writer.close()


def test_a_writer_has_nothing_to_follow(store):
    store.add_point("2b", Point("It was noted that Z"))
    assert store.follow() is False  # its tables are what is on disk, and more


def test_a_database_opened_later_is_opened_as_asked(tmp_path, demo_session):
    import threading

    from unreport_tui.storage import StoreToOpen

    def savers() -> int:
        return sum(thread.name == "unreport-saver" for thread in threading.enumerate())

    db, before = tmp_path / "n.json", savers()
    writer = StoreToOpen(db, background=False).open()
    writer.replace(demo_session)
    assert savers() == before and writer.last_save is not None and writer.last_save.state is SaveState.SAVED
    reader = StoreToOpen(db, read_only=True).open()
    assert reader.load() == writer.load()  # opened beside the writer: read-only, or it would be refused as in use
    writer.close()
    background = StoreToOpen(db).open()  # the app's: saved on a thread
    assert savers() == before + 1
    background.add_point("2b", Point("later"))
    assert background.last_save is not None and background.last_save.wait(5)
    background.close()


def test_a_proposal_may_take_a_new_key_but_not_another_proposals(tmp_path):
    import dataclasses

    from unreport_tui.core.model import Proposal, Session

    store = open_store(tmp_path / "p.json")
    try:
        store.replace(
            Session(items=[Item("3", "3", "Women")], proposals=[Proposal("L3", "3", "Women"), Proposal("L4", "3", "Girls")])
        )
        store.update_proposal("L3", dataclasses.replace(store.load().proposals[0], key="L3/Rev.1"))
        assert [p.key for p in store.load().proposals] == ["L3/Rev.1", "L4"]
        with pytest.raises(NoSuchEntry) as refused:
            store.update_proposal("L4", dataclasses.replace(store.load().proposals[1], key="L3/Rev.1"))
        assert str(refused.value) == "another proposal already has the key 'L3/Rev.1'"
        assert [(p.key, p.title) for p in store.load().proposals] == [("L3/Rev.1", "Women"), ("L4", "Girls")]
    finally:
        store.close()


def test_proposals_added_anywhere_keep_their_order_when_their_places_must_be_numbered_again(tmp_path):
    from unreport_tui.core.model import Proposal, Session

    store = open_store(tmp_path / "p.json")
    try:
        store.replace(Session(items=[Item("3", "3", "Women")], proposals=[Proposal("A", "3", "a"), Proposal("Z", "3", "z")]))
        expected = ["A", "Z"]
        for n in range(80):  # each just before the last: halves of halves, until they are numbered again
            store.add_proposal(Proposal(f"P{n}", "3", "p"), len(expected) - 1)
            expected.insert(len(expected) - 1, f"P{n}")
        store.add_proposal(Proposal("last", "3", "l"))
        expected.append("last")
        assert [p.key for p in store.load().proposals] == expected
        with pytest.raises(NoSuchEntry) as refused:
            store.add_proposal(Proposal("P3", "3", "again"))
        assert str(refused.value) == "another proposal already has the key 'P3'"
    finally:
        store.close()
    reopened = open_store(tmp_path / "p.json", read_only=True)
    assert [p.key for p in reopened.load().proposals] == expected
