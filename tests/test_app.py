"""The app, driven as a user would with Textual's Pilot."""

from __future__ import annotations

import pytest

from unreport_tui.app.app import UnreportApp
from unreport_tui.storage import open_store

from .screen import widget_text


@pytest.fixture
def demo_store(tmp_path, demo_session):
    store = open_store(tmp_path / "demo.json")
    store.replace(demo_session)
    yield store
    store.close()


async def test_the_app_shows_the_rendered_draft(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 40)) as pilot:
        draft = app.query_one("#draft")
        text = widget_text(draft)
        assert "Draft report" in text
        assert "Statements were made by the representatives of Chile" in text
        await pilot.press("q")
    assert app.return_code == 0


async def test_typed_brackets_are_not_read_as_markup(tmp_path, demo_session):
    demo_session.items[0].points[0].text = "noted [bold]the[/bold] [link=x]point[/link]"
    store = open_store(tmp_path / "m.json")
    store.replace(demo_session)
    app = UnreportApp(store)
    async with app.run_test(size=(120, 60)):
        text = widget_text(app.query_one("#draft"))
        assert "[bold]the[/bold] [link=x]point[/link]" in text
    store.close()


def test_the_demo_screen(snap_compare, demo_store):
    assert snap_compare(UnreportApp(demo_store), terminal_size=(100, 30))


async def test_an_empty_database_says_what_to_do(tmp_path):
    store = open_store(tmp_path / "new.json")
    app = UnreportApp(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = widget_text(app.query_one("#draft"))
        assert "holds no session yet" in text and "unreport import FILE" in text and "unreport demo" in text
    store.close()


def crash_through_the_command(tmp_path, monkeypatch, capsys, failure) -> tuple[str, str, str]:
    """Run `unreport --db …` headless with ``failure`` in place of drawing the draft; returns
    what was printed on stdout, on stderr, and the crash report."""
    import unreport_tui.cli as cli

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    class HeadlessApp(UnreportApp):
        def run(self, **kwargs):
            return super().run(headless=True, **kwargs)

    monkeypatch.setattr(UnreportApp, "refresh_draft", failure)
    monkeypatch.setattr("unreport_tui.app.app.UnreportApp", HeadlessApp)
    assert cli.main(["--db", str(tmp_path / "n.json")]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err and captured.err.count("\n") == 1
    report = captured.err.rsplit("are in ", 1)[1].strip()
    return captured.out, captured.err, open(report, encoding="utf-8").read()


def test_an_error_in_the_app_is_one_line_and_a_report(tmp_path, monkeypatch, capsys):
    def broken(self):
        raise ValueError("boom")

    _, err, report = crash_through_the_command(tmp_path, monkeypatch, capsys, broken)
    assert err.startswith("unreport: unexpected error (ValueError: boom). Nothing was lost")
    assert "ValueError: boom" in report


def test_a_panic_is_one_line_and_a_report_too(tmp_path, monkeypatch, capsys):
    def panicking(self):
        self.panic("the screen could not be drawn")

    out, err, report = crash_through_the_command(tmp_path, monkeypatch, capsys, panicking)
    assert err.startswith("unreport: unexpected error") and "the screen could not be drawn" not in out
    assert "the screen could not be drawn" in report


def test_canary_the_private_hooks_we_override_still_exist():
    """If a Textual or TinyDB upgrade renames these, our overrides would silently stop working:
    tracebacks would reach the screen, or every write would rewrite the whole database."""
    import inspect

    from textual.app import App
    from tinydb.table import Table

    assert "_print_error_renderables" in App.__dict__ and "_exit_renderables" in inspect.getsource(App.panic)
    assert "self._print_error_renderables()" in inspect.getsource(App)
    assert "_update_table" in Table.__dict__
    assert "self._update_table(" in inspect.getsource(Table.insert)
    assert list(inspect.signature(Table._update_table).parameters) == ["self", "updater"]
