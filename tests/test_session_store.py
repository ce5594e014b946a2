"""The session as stored: what is in the database after each call, and a lossless round trip."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from unreport_tui.core.model import Point, Role, Statement
from unreport_tui.storage import open_store

from .test_session_file import sessions


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sessions())
def test_a_session_comes_back_from_the_database_as_it_went_in(tmp_path_factory, session):
    path = tmp_path_factory.mktemp("db") / "n.json"
    store = open_store(path)
    store.replace(session)
    store.close()
    again = open_store(path, read_only=True)
    assert again.load() == session


def test_logged_statements_and_points_keep_their_order_and_ids(tmp_path, demo_session):
    store = open_store(tmp_path / "n.json")
    store.replace(demo_session)
    sid = store.add_statement("2b", Statement("China", Role.MEMBER))
    pid = store.add_point("2b", Point("It was noted that X"))
    store.close()

    store = open_store(tmp_path / "n.json")
    item = store.load().item("2b")
    assert item.statements[-1].speaker == "China" and item.statements[-1].id == sid
    assert item.points[-1].text == "It was noted that X" and item.points[-1].id == pid

    store.update_statement(sid, "2b", Statement("China", Role.MEMBER, on_behalf_of="G77"))
    store.remove_point(pid)
    item = store.load().item("2b")
    assert item.statements[-1].on_behalf_of == "G77"
    assert all(p.id != pid for p in item.points)
    store.close()


def test_logging_in_the_background_reports_when_each_entry_is_saved(tmp_path, demo_session):
    from unreport_tui.storage import SAVED

    heard = []
    store = open_store(tmp_path / "n.json", background=True, on_save=lambda t: heard.append(t.state))
    store.replace(demo_session)
    store.add_point("2b", Point("It was noted that Y"))
    ticket = store.last_save
    assert ticket.wait(5) and ticket.state == SAVED
    assert SAVED in heard
    reader = open_store(tmp_path / "n.json", read_only=True)  # what a crash now would leave
    assert reader.load().item("2b").points[-1].text == "It was noted that Y"
    store.close()


def test_updating_what_is_gone_says_so(tmp_path):
    import pytest

    from unreport_tui.storage import StorageError

    store = open_store(tmp_path / "n.json")
    with pytest.raises(StorageError, match="holds no statement with id 99"):
        store.update_statement(99, "2b", Statement("China", Role.MEMBER))
    with pytest.raises(StorageError, match="holds no point with id 7"):
        store.update_point(7, "2b", Point("x"))
    store.close()
