"""The prepare screen and the export dialog, driven as a user would with Textual's Pilot: the
Chair's list one key away, a refused field marked where it is, the suggestion lists of a form, the
chapter field, and the folder an export goes to."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual import events
from textual.containers import VerticalScroll
from textual.widgets import Input, Label, OptionList, TextArea

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.live import LiveScreen
from unreport_tui.app.screens.prepare import PrepareScreen
from unreport_tui.app.widgets.completing_input import CompletingInput
from unreport_tui.app.widgets.form_fields import FormFields
from unreport_tui.storage import open_store

from .builders import listed
from .screen import widget_text
from .test_app import draft_text, on_disk
from .test_app_opening import until


@pytest.fixture
def demo_store(tmp_path, demo_session):
    # In a folder of its own (the export's folder is the database's), unlike the shared fixture's.
    store = open_store(tmp_path / "notes" / "demo.json", background=True)
    store.replace(demo_session)
    assert store.last_save is None or store.last_save.wait(5)
    yield store
    store.close()


async def test_the_chairs_list_is_one_key_from_the_live_screen(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, PrepareScreen) and app.focused.id == "speakers-list"
        assert app.focused.region.height > 0 and app.screen.query_one("#prepare", VerticalScroll).region.contains_region(
            app.focused.region
        )  # in view, not below the fold
        await pilot.press(*"usa", "enter", *"kenya", "ctrl+s")
        await pilot.pause()
        assert listed(on_disk(demo_store).item("2b")) == ["United States of America", "Kenya"]
        await pilot.press("f9")  # the same key goes back
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen) and app.focused.id == "speaker"
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert on_disk(demo_store).item("2b").statements[-1].speaker == "United States of America"


async def test_a_key_chosen_for_the_chairs_list_in_the_settings_is_used(demo_store):
    from unreport_tui.app.settings import settings_path

    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('[keymap]\nchairs-list = "f10"\n', encoding="utf-8")
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f10")
        await pilot.pause()
        assert app.focused.id == "speakers-list"


async def test_a_long_reason_wraps_under_its_box_and_pushes_the_next_box_down(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        box = screen.query_one("#org_agenda_meeting", Input)
        box.focus()
        await pilot.press("ctrl+u", *"abc", "enter")
        await pilot.pause()
        message = screen.query_one("#org_agenda_meeting-refused")
        reason = widget_text(message)
        assert "'abc' is not a meeting number" in reason and "such as 4" in reason
        assert message.region.x == box.region.x and message.region.y == box.region.y + 1
        assert len(reason) > message.region.width and message.region.height >= 2  # wrapped, not cut
        after = screen.query_one("#org_attendance_annex", Input)
        assert after.region.y == message.region.bottom


async def test_a_refused_field_is_marked_with_its_message_under_it(demo_store, demo_session):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#first_day", Input).value = "12 May"
        screen.query_one("#body").focus()
        await pilot.press("enter")
        await pilot.pause()
        field, message = screen.query_one("#first_day", Input), screen.query_one("#first_day-refused")
        assert app.focused is field and field.has_class("refused")
        assert message.display and "'12 May' is not a date" in widget_text(message)
        assert message.region.y == field.region.y + 1  # on the line under the field
        assert message.region.x == field.region.x  # in the boxes' column, under the value
        assert screen.query_one("#prepare").region.contains_region(message.region)  # in view
        assert on_disk(demo_store).info == demo_session.info  # refused: nothing changed
        assert not screen.query_one("#last_day").has_class("refused")
        await pilot.press("ctrl+u", *"2010-10-18")  # mended: the mark goes as it is typed
        await pilot.pause()
        assert not field.has_class("refused") and not message.display
        await pilot.press(*"x", "enter")
        await pilot.pause()
        assert field.has_class("refused")
        await pilot.press("backspace", "enter")
        await pilot.pause()
        assert not field.has_class("refused") and not message.display
        below = screen.query_one("#last_day", Input)
        assert below.region.y == field.region.y + 1  # the line under it is gone, not left empty
        country = screen.query_one("#rapporteur_country", Input)  # a box with suggestions is marked as any other
        country.focus()
        await pilot.press("ctrl+u", *"Narnia", "enter")
        await pilot.pause()
        assert country.has_class("refused") and "'Narnia' is not a State" in widget_text(
            screen.query_one("#rapporteur_country-refused")
        )
        await pilot.press("backspace")
        await pilot.pause()
        assert not country.has_class("refused")


async def test_a_suggestion_list_closes_when_its_form_is_saved_and_is_never_a_tab_stop(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#rapporteur_country").focus()
        await pilot.press("ctrl+u", *"urug")
        await pilot.pause()
        box = screen.query_one("#rapporteur_country-box", CompletingInput)
        assert box.options.display
        await pilot.press("enter")  # takes Uruguay and saves the session data
        await pilot.pause()
        assert on_disk(demo_store).info.rapporteur_country == "Uruguay"
        assert not box.options.display
        await pilot.press("tab")
        assert app.focused.id == "profile"  # the body profile's box, then the style's
        await pilot.press("tab")
        assert app.focused.id == "speaker_noun"
        assert not [w for w in screen.focus_chain if w.id and w.id.endswith("-suggestions")]
        await pilot.press("f5")
        await pilot.pause()
        await pilot.press(*"chi")
        await pilot.pause()
        assert app.screen.query_one("#speaker-box", CompletingInput).options.display
        await pilot.press("tab")  # the open list of the speaker box takes no Tab either
        assert app.focused.id == "point"


async def test_the_chapter_field_says_what_it_takes_and_a_numeral_alone_is_headed_with_the_title(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        chapter = screen.query_one("#item_chapter", Input)
        form = chapter.parent
        assert isinstance(form, FormFields)
        said = f"{form.label_of(chapter)} {chapter.placeholder}"
        assert "numeral and title" in said and "numeral alone: the item's title" in said
        screen.query_one("#item_number", Input).value = "6"
        screen.query_one("#item_title", Input).value = "Technical assistance"
        chapter.value = "V."
        chapter.focus()
        await pilot.press("enter")
        await pilot.pause()
        screen.query_one("#document_title").focus()
        await pilot.press("f5", "f3")
        assert "V. Technical assistance" in await draft_text(app)


async def export_default(app, pilot) -> Path:
    await pilot.press("f4")
    await pilot.pause()
    path = Path(app.screen.query_one("#export-path", Input).value)
    await pilot.press("escape")
    await pilot.pause()
    return path


async def test_export_goes_by_default_to_the_database_folder_then_to_the_last_used(demo_store, tmp_path, monkeypatch):
    elsewhere = tmp_path / "where-the-terminal-was"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        assert (await export_default(app, pilot)).parent == demo_store.path.parent
        chosen = tmp_path / "reports"
        chosen.mkdir()
        await pilot.press("f4")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(chosen / "item-2b.md")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert (chosen / "item-2b.md").exists()
        assert (await export_default(app, pilot)).parent == chosen
    again = UnreportApp(demo_store)  # remembered in the settings
    async with again.run_test(size=(120, 40)) as pilot:
        assert (await export_default(again, pilot)).parent == chosen
        for file in chosen.iterdir():
            file.unlink()
        chosen.rmdir()
        assert (await export_default(again, pilot)).parent == demo_store.path.parent  # gone: the database's


async def test_the_demo_exports_by_default_to_the_home_folder_not_its_scratch_folder(demo_store, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    app = UnreportApp(demo_store, scratch=True)  # as `unreport demo` opens it: the folder goes when it closes
    async with app.run_test(size=(120, 40)) as pilot:
        assert (await export_default(app, pilot)).parent == tmp_path / "home"


async def test_a_file_name_alone_goes_into_the_folder_offered_not_where_the_app_was_started(demo_store, tmp_path, monkeypatch):
    elsewhere = tmp_path / "where-the-terminal-was"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = "item-2b.md"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert (demo_store.path.parent / "item-2b.md").exists() and not any(elsewhere.iterdir())


async def test_an_export_writes_the_session_as_it_was_when_asked_not_what_is_logged_while_it_runs(demo_store, monkeypatch):
    from unreport_tui.app.screens import export_dialog

    writing, logged = threading.Event(), threading.Event()
    export_session = export_dialog.export_session  # type: ignore[attr-defined]  # the name the dialog calls

    def held_export(session, format, item, **where):
        writing.set()
        assert logged.wait(10)  # the worker goes on only once the entry is logged: no race, either way
        return export_session(session, format, item, **where)

    monkeypatch.setattr(export_dialog, "export_session", held_export)
    target = demo_store.path.parent / "asked.md"
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await until(writing.is_set, pilot)
        app.book.log_point("noted the point logged while the export was being written", impersonal=True)
        logged.set()
        await until(lambda: isinstance(app.screen, LiveScreen), pilot)  # written: the dialog has gone
        assert app.book.current_item.points[-1].text == "noted the point logged while the export was being written"
    written = target.read_text(encoding="utf-8")
    assert "Punish Trafficking in Persons" in written and "cooperation between their Governments and UNODC" in written
    assert "logged while the export" not in written


async def test_names_typed_in_the_chairs_list_are_saved_when_f9_goes_back(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press(*"chile", "enter", *"kenya", "f9")  # no ctrl+s
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        assert listed(on_disk(demo_store).item("2b")) == ["Chile", "Kenya"]
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert on_disk(demo_store).item("2b").statements[-1].speaker == "Chile"
        await pilot.press("f9")  # reopened, the list is there
        await pilot.pause()
        assert app.screen.query_one("#speakers-list", TextArea).text == "Kenya"


async def test_f9_on_the_prepare_screen_goes_to_the_chairs_list_then_back_to_logging(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PrepareScreen) and app.focused is not screen.query_one("#speakers-list")
        await pilot.press("f9", *"peru")  # to the list, and what is typed next goes into it
        await pilot.pause()
        speakers = screen.query_one("#speakers-list", TextArea)
        assert app.screen is screen and app.focused is speakers and speakers.text == "peru"
        assert screen.query_one("#prepare").region.contains_region(speakers.region)  # in view
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen) and listed(on_disk(demo_store).item("2b")) == ["Peru"]


async def test_names_typed_in_the_chairs_list_stay_there_when_another_section_is_saved(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press(*"chile", "enter", *"kenya")
        app.screen.query_one("#meeting_number").focus()
        await pilot.press(*"9", "enter")  # a meeting added: the lists under the sections are shown again
        await pilot.pause()
        assert 9 in [m.number for m in on_disk(demo_store).meetings]
        assert app.screen.query_one("#speakers-list", TextArea).text == "chile\nkenya"
        assert listed(on_disk(demo_store).item("2b")) == []  # typed, not saved yet
        await pilot.press("f5")  # and leaving saves them
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        assert listed(on_disk(demo_store).item("2b")) == ["Chile", "Kenya"]


async def test_a_line_not_resolved_is_asked_on_the_way_back_and_esc_stays_with_the_text(demo_store):
    from unreport_tui.app.screens.choose_each import ChooseEachDialog

    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press(*"chile", "enter", *"zzqx", "f9")
        await pilot.pause()
        assert isinstance(app.screen, ChooseEachDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PrepareScreen)
        assert app.screen.query_one("#speakers-list", TextArea).text == "chile\nzzqx"
        assert "not saved" in widget_text(app.screen.query_one("#prepare-error"))
        assert listed(on_disk(demo_store).item("2b")) == []
        await pilot.press("f9", "enter")  # asked again; the first choice taken, saved, and back
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        assert listed(on_disk(demo_store).item("2b"))[0] == "Chile" and len(listed(on_disk(demo_store).item("2b"))) == 2


async def test_an_item_is_not_added_while_the_chairs_list_typed_for_the_current_one_is_not_saved(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press(*"chile")
        app.screen.query_one("#item_number").focus()
        await pilot.press(*"7", "tab", *"Other matters", "enter")
        await pilot.pause()
        assert "lines not saved" in widget_text(app.screen.query_one("#prepare-error"))
        assert "7" not in [item.number for item in on_disk(demo_store).items]
        assert app.screen.query_one("#speakers-list", TextArea).text == "chile"


async def export_to(app, pilot, name: str) -> None:
    """f4, the name typed, Enter: as a user exports."""
    await pilot.press("f4")
    await pilot.pause()
    app.screen.query_one("#export-path").value = name
    await pilot.press("enter")
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_an_export_to_a_file_that_exists_replaces_it_only_on_a_second_enter(demo_store):
    from unreport_tui.exporters import export_session

    app = UnreportApp(demo_store)
    target = demo_store.path.parent / "meeting-draft.md"
    async with app.run_test(size=(80, 24)) as pilot:
        await export_to(app, pilot, str(target))
        target.write_text("edited by the editors", encoding="utf-8")
        await export_to(app, pilot, str(target))
        assert target.read_text(encoding="utf-8") == "edited by the editors"  # not written yet
        warning = str(app.screen.query_one("#export-error", Label).render())
        assert "meeting-draft.md exists" in warning and "Enter again replaces it" in warning
        path = app.screen.query_one("#export-path", Input)
        path.value = str(target.with_name("other.md"))  # another name: the warning goes
        await pilot.pause()
        assert str(app.screen.query_one("#export-error").render()) == ""
        path.value = str(target)
        await pilot.press("enter")  # the warning again, for the name back: still not replaced
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "edited by the editors"
        await pilot.press("enter")  # the second Enter on the same name replaces it
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        assert target.read_text(encoding="utf-8") == export_session(on_disk(demo_store), "md", "2b")


async def test_up_and_down_in_the_file_name_choose_the_format_and_its_extension(demo_store):
    from unreport_tui.exporters import FORMATS

    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        formats, path = app.screen.query_one("#export-format", OptionList), app.screen.query_one("#export-path", Input)
        assert app.focused is path and path.value.endswith(f".{FORMATS[0]}")
        await pilot.press("down")
        await pilot.pause()
        assert app.focused is path and path.value.endswith(f".{FORMATS[1]}")
        assert formats.get_option_at_index(formats.highlighted).id == FORMATS[1]
        await pilot.press("up")
        await pilot.pause()
        assert path.value.endswith(f".{FORMATS[0]}")
        await pilot.press("down", "backspace")  # the name all selected, as when the dialog opened: it goes
        await pilot.pause()
        assert path.value == ""
        await pilot.press(*"report.docx")  # typing the extension moves the list
        await pilot.pause()
        assert path.value == "report.docx"
        await pilot.pause()
        assert formats.get_option_at_index(formats.highlighted).id == "docx"


async def test_down_then_enter_in_one_burst_writes_the_format_shown_and_an_existing_file_is_still_asked(demo_store):
    from unreport_tui.exporters import FORMATS

    from .test_keys_in_a_burst import burst

    app = UnreportApp(demo_store)
    folder = demo_store.path.parent
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        shown = Path(app.screen.query_one("#export-path", Input).value)
        burst(app, "down", "down", "enter")  # as tmux or a quick hand sends them
        await app.workers.wait_for_complete()
        for _ in range(5):
            await pilot.pause()
        written = shown.with_suffix(f".{FORMATS[2]}")
        assert [p.name for p in folder.iterdir() if p.name.startswith(shown.stem)] == [written.name]
        written.write_text("edited", encoding="utf-8")
        await pilot.press("f4")  # offered in the format written last
        await pilot.pause()
        burst(app, *["down"] * len(FORMATS), "enter")  # round the list, back to the same format
        for _ in range(5):
            await pilot.pause()
        await app.workers.wait_for_complete()
        assert written.read_text(encoding="utf-8") == "edited"
        assert f"{written.name} exists" in str(app.screen.query_one("#export-error").render())


async def test_a_value_refused_in_a_burst_of_keys_stays_marked(demo_store, demo_session):
    """End, ctrl+u, "maybe" and Enter in one burst (a fast typist, a terminal's one read): the
    letters' Changed messages reached the screen after the Enter refused the value, and the mark
    went as if the value had been mended, with "maybe" still in the box."""
    from .pilot_typing import letter_key

    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        box = screen.query_one("#draft", Input)
        box.focus()
        await pilot.pause()
        for key in (events.Key("end", None), events.Key("ctrl+u", None), *map(letter_key, "maybe"), events.Key("enter", "\r")):
            app.post_message(key)
        await until(lambda: box.value == "maybe" and screen.query("#draft-refused"), pilot)
        await pilot.pause()
        message = screen.query_one("#draft-refused")
        assert box.has_class("refused") and message.display and "'maybe'" in widget_text(message)
        assert on_disk(demo_store).info == demo_session.info
        await pilot.press("backspace")  # a real mending: the mark goes
        await pilot.pause()
        assert not box.has_class("refused") and not message.display


async def test_a_question_torn_between_two_names_chooses_none_and_one_with_a_closest_name_chooses_it(demo_store):
    # "Austrai" had Australia chosen: a hurried Enter put it on the list.
    from unreport_tui.app.screens.choose_each import ChooseEachDialog

    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f9")
        await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
        await pilot.press(*"Austrai", "enter", *"Mexcio")
        await pilot.press("f9")
        await until(lambda: isinstance(app.screen, ChooseEachDialog), pilot)
        options = app.screen.query_one("#choose-list", OptionList)
        assert options.highlighted is None
        assert widget_text(app.screen.query_one("#choose-keys")).startswith("Two or more are as close: ↓ chooses one")
        await pilot.press("enter")  # takes nothing: the question stays
        assert isinstance(app.screen, ChooseEachDialog) and options.highlighted is None
        await pilot.press("down", "down", "enter")  # Austria
        await until(
            lambda: options.highlighted is not None and "Mexcio" in widget_text(app.screen.query_one("#choose-heading")), pilot
        )
        assert str(options.get_option_at_index(options.highlighted).prompt) == "Mexico"
        await pilot.press("enter")
        await until(lambda: isinstance(app.screen, LiveScreen), pilot)
        assert [e.speaker for e in on_disk(demo_store).item("2b").speakers_list] == ["Austria", "Mexico"]


def test_a_question_chooses_the_closest_name_unless_two_come_before_the_choices_as_typed():
    from unreport_tui.app.screens.choose_each import first_unless_torn

    as_typed = ("Austrai, as typed: an NGO", None)
    assert first_unless_torn([("Australia", 1), ("Austria", 2), as_typed]) is None
    assert first_unless_torn([("Australia: a member", 1), ("Austria: a member", 2), ("Austrai, as listed: a member", 3)]) is None
    assert first_unless_torn([("Mexico", 1), ("Mexcio, as typed: a member", 2)]) == 0
    assert first_unless_torn([as_typed, ("leave it out of the list", None)]) == 0
