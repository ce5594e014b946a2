"""An entry logged from a box and undone goes back into the box it was typed in: nothing typed is
lost to an undo. It comes back selected, with the cursor: Enter logs it again, a letter replaces
it, an arrow edits it. A redo takes it out of the box again."""

from __future__ import annotations

from textual.widgets import Input

from unreport_tui.app.app import UnreportApp

from .screen import live_screen
from .test_app import on_disk
from .test_app_opening import until


def _said(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _noted_x_logged_and_undone(pilot) -> Input:
    """Kenya logged, then the point "noted X", then ctrl+z: the point box, "noted X" back in it."""
    await pilot.press(*"kenya", "enter", *"noted X", "enter", "ctrl+z")
    point = pilot.app.screen.query_one("#point", Input)
    await until(lambda: point.value == "noted X", pilot)
    return point


async def test_a_point_typed_in_the_speaker_box_and_undone_comes_back_to_be_moved(demo_store, demo_session):
    """The newcomer's case: one Enter too many, the point logged as a speaker nobody knows."""
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press(*"chile", "enter", "enter", *"documented abuses in detention", "enter")
        await until(lambda: len(app.book.current_item.statements) == len(demo_session.item("2b").statements) + 2, pilot)
        await pilot.press("ctrl+z")
        speaker = app.screen.query_one("#speaker", Input)
        await until(lambda: speaker.value == "documented abuses in detention", pilot)
        assert app.focused is speaker
        assert speaker.selected_text == "documented abuses in detention"
        assert [s.speaker for s in on_disk(demo_store).item("2b").statements[-1:]] == ["Chile"]
        assert any(
            said.startswith("Undone: logged documented abuses in detention; back in the speaker box") for said in _said(app)
        )
        await pilot.press("ctrl+x", "tab")  # cut, then where it belongs
        await pilot.pause()
        assert speaker.value == ""
        assert app.focused is app.screen.query_one("#point", Input)
        await pilot.press("ctrl+v", "enter")
        await until(lambda: on_disk(demo_store).item("2b").points[-1:] != demo_session.item("2b").points[-1:], pilot)
        point = on_disk(demo_store).item("2b").points[-1]
        assert (point.text, point.speakers) == ("documented abuses in detention", ["Chile"])


async def test_a_point_undone_comes_back_and_enter_logs_it_again_once(demo_store, demo_session):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"kenya", "enter", *"stressed the ned for data", "enter")
        await until(lambda: len(app.book.current_item.points) == len(demo_session.item("2b").points) + 1, pilot)
        await pilot.press("ctrl+z")
        point = app.screen.query_one("#point", Input)
        await until(lambda: point.value == "stressed the ned for data", pilot)
        assert app.focused is point and point.selected_text == point.value
        assert on_disk(demo_store).item("2b").points == demo_session.item("2b").points
        await pilot.press("end", *["left"] * len("d for data"), "e")  # the typo mended
        await pilot.press("enter")
        await until(lambda: len(on_disk(demo_store).item("2b").points) == len(demo_session.item("2b").points) + 1, pilot)
        assert [p.text for p in on_disk(demo_store).item("2b").points[-1:]] == ["stressed the need for data"]
        assert point.value == ""


async def test_a_letter_typed_after_the_undo_replaces_what_came_back(demo_store, demo_session):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"kenya", "enter", *"a point not made", "enter", "ctrl+z")
        point = app.screen.query_one("#point", Input)
        await until(lambda: point.value == "a point not made", pilot)  # back: the letters next replace it
        await pilot.press(*"the point made", "enter")
        await until(lambda: len(on_disk(demo_store).item("2b").points) == len(demo_session.item("2b").points) + 1, pilot)
        assert [p.text for p in on_disk(demo_store).item("2b").points[-1:]] == ["the point made"]


async def test_a_redo_takes_the_text_out_of_the_box_and_typing_there_is_never_touched(demo_store, demo_session):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        point = await _noted_x_logged_and_undone(pilot)
        await pilot.press("ctrl+y")
        await until(lambda: point.value == "", pilot)
        assert [p.text for p in on_disk(demo_store).item("2b").points[-1:]] == ["noted X"]
        # Something typed in the box already stays as it is: the undone text does not come back over it.
        await pilot.press(*"half a point")
        await pilot.pause()
        await pilot.press("ctrl+z")
        await until(lambda: on_disk(demo_store).item("2b").points == demo_session.item("2b").points, pilot)
        assert point.value == "half a point"
        assert app.screen.query_one("#speaker", Input).value == ""
        # The speaker undone next goes back into the speaker box (as the suggestion chosen named it),
        # and the cursor stays with the typing.
        await pilot.press("ctrl+z")
        await until(lambda: app.screen.query_one("#speaker", Input).value == "Kenya", pilot)  # as chosen
        assert app.focused is point and point.value == "half a point"


async def test_an_entry_not_typed_in_a_box_puts_nothing_back_even_under_the_id_of_one_that_was(tmp_path, demo_session):
    """Chile typed, logged and undone frees its id; Kenya, logged from the Chair's list, takes it.
    Undoing Kenya puts nothing in the speaker box: Kenya was never typed there."""
    from unreport_tui.core.model import ListEntry
    from unreport_tui.storage import open_store

    demo_session.item("2b").speakers_list = [ListEntry("Kenya")]
    store = open_store(tmp_path / "n.json", background=True)
    store.replace(demo_session)
    app = UnreportApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        speaker = app.screen.query_one("#speaker", Input)
        await pilot.press(*"chile", "enter")
        await until(lambda: app.book.current_item.statements[-1].speaker == "Chile", pilot)
        chile = app.book.current_item.statements[-1].id
        await pilot.press("ctrl+z", "ctrl+y", "ctrl+z")  # a redo stores Chile again under its own id
        await until(lambda: speaker.value == "Chile", pilot)
        await pilot.press("backspace", "ctrl+l")  # the Chile put back deleted; the next on the list
        await until(lambda: app.book.current_item.statements[-1].speaker == "Kenya", pilot)
        kenya = app.book.current_item.statements[-1].id
        await pilot.press("ctrl+z")
        await until(lambda: app.book.current_item.statements[-1].speaker != "Kenya", pilot)
        await pilot.pause()
        assert speaker.value == ""
        assert kenya == chile  # what makes this a test: the store gave the freed id again
    store.close()


async def test_two_undos_give_back_the_speaker_and_its_point_and_two_enters_log_them_again(demo_store, demo_session):
    """The point put back by the first undo is not typing: the speaker put back by the second
    takes the cursor, so that Enter logs Kenya, then the point under Kenya, not under the
    speaker before."""
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press(*"kenya", "enter", *"noted the cost", "enter", "ctrl+z", "ctrl+z")
        speaker, point = app.screen.query_one("#speaker", Input), app.screen.query_one("#point", Input)
        await until(lambda: (speaker.value, point.value) == ("Kenya", "noted the cost"), pilot)
        assert app.focused is speaker
        assert any(said.endswith("back in the speaker box, selected: typing replaces it") for said in _said(app))
        await pilot.press("enter")
        await until(lambda: app.focused is point, pilot)
        await pilot.press("enter")
        await until(lambda: len(on_disk(demo_store).item("2b").points) == len(demo_session.item("2b").points) + 1, pilot)
        item = on_disk(demo_store).item("2b")
        assert (item.statements[-1].speaker, item.points[-1].text, item.points[-1].speakers) == (
            "Kenya",
            "noted the cost",
            ["Kenya"],
        )


async def test_a_speaker_for_a_group_comes_back_with_the_group(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"g77", "enter", *"egypt", "enter", "ctrl+z")
        speaker = app.screen.query_one("#speaker", Input)
        await until(lambda: speaker.value == "Egypt", pilot)
        assert "on behalf of the Group of 77 and China" in str(app.screen.query_one("#speaker-label").render())
        await pilot.press("enter")
        await until(lambda: on_disk(demo_store).item("2b").statements[-1].speaker == "Egypt", pilot)
        assert on_disk(demo_store).item("2b").statements[-1].on_behalf_of == "Group of 77 and China"


async def test_a_point_typed_then_counted_as_the_same_point_comes_back_when_undone(demo_store):
    """ctrl+s counts the speaker on a point logged before, like the one typed: the typing is taken
    by that step, and its undo gives it back."""
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"peru", "enter", *"emphasized the need to exchange good practices")
        point = app.screen.query_one("#point", Input)
        await until(lambda: live_screen(app).similar is not None, pilot)
        await pilot.press("ctrl+s")
        await until(lambda: point.value == "", pilot)
        assert any("Peru" in p.speakers for p in on_disk(demo_store).item("2b").points)  # counted
        await pilot.press("ctrl+z")
        await until(lambda: point.value == "emphasized the need to exchange good practices", pilot)
        assert app.focused is point
        assert not any("Peru" in p.speakers for p in on_disk(demo_store).item("2b").points)


async def test_a_redo_on_the_prepare_screen_takes_the_text_out_of_the_live_screens_box(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        point = await _noted_x_logged_and_undone(pilot)
        await pilot.press("f5")
        await until(lambda: type(app.screen).__name__ == "PrepareScreen", pilot)
        await pilot.press("ctrl+y")  # the point logged again, from the prepare screen
        await pilot.pause()
        await pilot.press("f5")
        await until(lambda: type(app.screen).__name__ == "LiveScreen", pilot)
        await pilot.pause()
        assert point.value == ""  # else Enter would log it twice
        assert [p.text for p in on_disk(demo_store).item("2b").points].count("noted X") == 1
