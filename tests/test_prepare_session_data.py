"""The prepare screen's boxes for the session data a body's profile leaves to the session (the
masthead's lines, draft or final), the current item's own data (its part, mandate, statement form,
general exchange, summary records, allocation) and the organization chapter's opening, Chair and
observers admitted: typed, saved with Enter through the logbook (ctrl+z undoes it), a bad value
refused in one line under its box with nothing saved."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Input

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.prepare import PrepareScreen
from unreport_tui.core.form_fields import FieldError, read_allocation, show_allocation
from unreport_tui.core.model import Allocation, ObserversAdmitted, Officer
from unreport_tui.storage import open_store

from .screen import widget_text
from .test_app import on_disk
from .test_app_opening import until


@pytest.fixture
def store(tmp_path, demo_session):
    demo_session.info.profile = "copuos-stsc"  # a profile that names a statement form: "under_item"
    store = open_store(tmp_path / "notes" / "demo.json", background=True)
    store.replace(demo_session)
    assert store.last_save is None or store.last_save.wait(5)
    yield store
    store.close()


async def open_prepare(app, pilot) -> PrepareScreen:
    await pilot.press("f5")
    await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
    return app.screen


async def type_and_save(screen, pilot, values: dict[str, str]) -> None:
    """Each box given its value, then Enter in the last one (as the note-taker types them)."""
    for name, value in values.items():
        screen.query_one(f"#{name}", Input).value = value
    screen.query_one(f"#{name}", Input).focus()
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()


def refused(screen, name: str) -> str:
    message = screen.query_one(f"#{name}-refused")
    assert screen.query_one(f"#{name}", Input).has_class("refused") and message.display
    return widget_text(message)


async def test_the_masthead_data_is_saved_as_typed_and_one_ctrl_z_undoes_it(store):
    app = UnreportApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_prepare(app, pilot)
        assert screen.query_one("#draft", Input).value == "yes"  # a new session's report is a draft
        await type_and_save(
            screen,
            pilot,
            {
                "parent": "Economic and Social Council",
                "reports_to": "Committee on the Peaceful Uses of Outer Space",
                "body_running": "the Subcommittee",
                "report_title": "Draft report",
                "report_item_number": "7",
                "report_item_title": "Adoption of the report of the Subcommittee",
                "rapporteur_office": "Vice-Chair-cum-Rapporteur",
                "draft": "No",
            },
        )
        info = on_disk(store).info
        assert (info.parent, info.reports_to, info.body_running, info.report_title) == (
            "Economic and Social Council",
            "Committee on the Peaceful Uses of Outer Space",
            "the Subcommittee",
            "Draft report",
        )
        assert (info.report_item_number, info.report_item_title) == ("7", "Adoption of the report of the Subcommittee")
        assert info.rapporteur_office == "Vice-Chair-cum-Rapporteur" and info.draft is False
        assert screen.query_one("#draft", Input).value == "No"
        await pilot.press("ctrl+z")
        await until(lambda: on_disk(store).info.parent == "", pilot)
        info = on_disk(store).info
        assert info.draft is True and info.report_item_number == "" and info.rapporteur_office == ""
        assert screen.query_one("#parent", Input).value == "" and screen.query_one("#draft", Input).value == "yes"


async def test_an_empty_draft_box_is_a_draft_and_a_bad_answer_is_refused_under_it(store):
    app = UnreportApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_prepare(app, pilot)
        await type_and_save(screen, pilot, {"parent": "Economic and Social Council", "draft": "final"})
        assert "'final': type one of yes, no" in refused(screen, "draft")
        assert on_disk(store).info.parent == ""  # nothing saved
        await type_and_save(screen, pilot, {"draft": ""})
        info = on_disk(store).info
        assert info.parent == "Economic and Social Council" and info.draft is True


async def test_the_items_data_is_saved_on_the_current_item_and_ctrl_z_undoes_it(store):
    app = UnreportApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_prepare(app, pilot)
        await type_and_save(
            screen,
            pilot,
            {
                "item_part": "Part two: Summary of proceedings",
                "item_mandate": "General Assembly resolution 76/76",
                "item_statements_form": "under_item",
                "item_general_exchange": "yes",
                "item_summary_records": "A/C.3/77/SR.4; A/C.3/77/SR.9",
                "item_allocation": "2, 2022-09-16, seventy-seventh",
            },
        )
        item = on_disk(store).item("2b")
        assert item.part == "Part two: Summary of proceedings" and item.mandate == "General Assembly resolution 76/76"
        assert item.statements_form == "under_item" and item.general_exchange is True
        assert item.summary_records == ["A/C.3/77/SR.4", "A/C.3/77/SR.9"]
        assert item.allocation == Allocation(2, dt.date(2022, 9, 16), "seventy-seventh")
        await pilot.press("ctrl+z")
        await until(lambda: on_disk(store).item("2b").mandate == "", pilot)
        item = on_disk(store).item("2b")
        assert (item.part, item.statements_form, item.general_exchange, item.summary_records, item.allocation) == (
            "",
            "",
            False,
            [],
            None,
        )
        assert screen.query_one("#item_allocation", Input).value == ""


async def test_a_statement_form_the_profile_does_not_name_is_refused_in_one_line_and_those_it_names_are_offered(store):
    app = UnreportApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_prepare(app, pilot)
        await type_and_save(screen, pilot, {"item_mandate": "resolution 76/76", "item_statements_form": "concerned"})
        assert refused(screen, "item_statements_form") == (
            'no statement form "concerned" in the profile copuos-stsc; it names "under_item", "general_statements"'
        )
        assert on_disk(store).item("2b").mandate == ""  # nothing saved
        assert [s.value for s in screen._suggest_statement_forms("und")] == ["under_item"]
        assert [s.value for s in screen._suggest_statement_forms("")] == ["under_item", "general_statements"]


async def test_a_bad_allocation_is_refused_in_one_line_and_nothing_is_saved(store):
    app = UnreportApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_prepare(app, pilot)
        await type_and_save(screen, pilot, {"item_mandate": "resolution 76/76", "item_allocation": "2, 16 September"})
        assert "type the plenary meeting, its date and the session in words: 2, 2022-09-16, seventy-seventh" in refused(
            screen, "item_allocation"
        )
        assert on_disk(store).item("2b").mandate == "" and on_disk(store).item("2b").allocation is None


async def test_the_opening_the_chair_and_the_observers_admitted_are_saved_with_the_organization_chapter(store):
    app = UnreportApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_prepare(app, pilot)
        await type_and_save(
            screen,
            pilot,
            {
                "org_members": "Chile; Peru",
                "org_members_listed": "yes",
                "org_opened_by_name": "Ms. A. B.",
                "org_opened_by_country": "Jamaica",
                "org_opened_by_office": "President of the Board",
                "org_chair_name": "Carolina Fernández",
                "org_chair_country": "Uruguay",
                "org_observer_states_admitted": "Armenia; Dominican Republic",
                "org_observers_meeting": "4",
            },
        )
        organization = on_disk(store).organization
        assert organization.opened_by == Officer("President of the Board", "Ms. A. B.", "Jamaica")
        assert organization.chair == Officer("", "Carolina Fernández", "Uruguay")
        assert organization.observers_admitted == ObserversAdmitted(4, ["Armenia", "Dominican Republic"])
        assert organization.attendance.listed is True and organization.attendance.members == ["Chile", "Peru"]
        await pilot.press("ctrl+z")
        await until(lambda: on_disk(store).organization is None, pilot)
        assert screen.query_one("#org_chair_name", Input).value == ""


@pytest.mark.parametrize(
    ("typed", "box", "said"),
    [
        ({"org_members": "austria; chile; germny; phillipines"}, "org_members", "'germny' is not a State: Germany?"),
        ({"org_observer_states": "Holy See; Switzerlnd"}, "org_observer_states", "'Switzerlnd' is not a State: Switzerland?"),
        ({"org_observer_states_admitted": "armenai"}, "org_observer_states_admitted", "'armenai' is not a State: Armenia"),
        ({"org_chair_name": "Ana Pérez", "org_chair_country": "bolivai"}, "org_chair_country", "'bolivai' is not a State: "),
    ],
)
async def test_a_misspelt_state_in_a_box_of_states_is_refused_under_it_with_the_state_it_reads_as(store, typed, box, said):
    """It was saved and printed as typed, "germny", in the attendance paragraph and its annex."""
    app = UnreportApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_prepare(app, pilot)
        await type_and_save(screen, pilot, typed | {"org_chapter": "V"})  # Enter in a box that offers no names
        assert refused(screen, box).startswith(said)
        assert on_disk(store).organization is None


async def test_a_name_far_from_every_state_is_kept_as_typed_and_a_saved_one_never_blocks_a_save(store):
    """The States list is not every participant a body may have (the Cook Islands, Niue): those are
    kept as typed. A name saved before (from a session file) does not stop the chapter being saved."""
    app = UnreportApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_prepare(app, pilot)
        await type_and_save(screen, pilot, {"org_members": "Chile; Cook Islands; Niue", "org_chapter": "V"})
        await until(lambda: on_disk(store).organization is not None, pilot)
        assert on_disk(store).organization.attendance.members == ["Chile", "Cook Islands", "Niue"]
    session = on_disk(store)
    session.organization.attendance.members.append("germny")  # as a session file may have brought it
    store.replace(session)
    app = UnreportApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_prepare(app, pilot)
        await type_and_save(screen, pilot, {"org_agenda_symbol": "E/CN.6/2007/1", "org_chapter": "V"})
        await until(lambda: on_disk(store).organization.agenda_symbol == "E/CN.6/2007/1", pilot)


@pytest.mark.parametrize(
    ("typed", "box"),
    [
        ({"org_observer_states_admitted": "Armenia", "org_observers_meeting": "9"}, "org_observers_meeting"),
        ({"org_officers_meeting": "9"}, "org_officers_meeting"),  # was said at the foot, under no box
        ({"org_agenda_meeting": "9"}, "org_agenda_meeting"),
    ],
)
async def test_a_chapters_meeting_not_declared_is_refused_under_its_box(store, typed, box):
    app = UnreportApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_prepare(app, pilot)
        await type_and_save(screen, pilot, typed)
        assert refused(screen, box) == "meeting 9 is not declared: add it under Meetings first"
        assert app.focused.id == box
        assert on_disk(store).organization is None


async def test_an_opening_without_a_name_is_refused_under_the_name_box(store):
    app = UnreportApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_prepare(app, pilot)
        await type_and_save(screen, pilot, {"org_agenda_symbol": "E/CN.6/2007/1", "org_opened_by_country": "Jamaica"})
        assert refused(screen, "org_opened_by_name") == "give the name of who opened the session, or empty its other boxes"
        assert on_disk(store).organization is None


@given(
    st.integers(1, 1_000_000),
    st.dates(dt.date(1945, 1, 1), dt.date(2100, 12, 31)),
    st.sampled_from(["first", "seventy-seventh", "eightieth"]),
)
def test_an_allocation_shown_in_its_box_reads_back_as_itself(meeting, day, session):
    allocation = Allocation(meeting, day, session)
    assert read_allocation("item_allocation", show_allocation(allocation)) == allocation


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("2, 2022-09-16", "type the plenary meeting, its date and the session in words"),
        ("second, 2022-09-16, seventy-seventh", "the plenary meeting: 'second' is not a meeting number"),
        ("2, 16/09/2022, seventy-seventh", "'16/09/2022' is not a date"),
        ("2, 2022-09-16, 77th", "'77th': type the session in words, such as seventy-seventh"),
    ],
)
def test_an_allocation_the_report_cannot_print_is_refused_saying_what_to_type(typed, said):
    with pytest.raises(FieldError, match=said):
        read_allocation("item_allocation", typed)
    assert read_allocation("item_allocation", "  ") is None


async def test_the_draft_follows_the_items_data_at_once(store):
    from .test_app import draft_text

    app = UnreportApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_prepare(app, pilot)
        await type_and_save(screen, pilot, {"item_mandate": "General Assembly resolution 76/76"})
        await pilot.press("f5")  # back to the live screen and its draft
        await until(lambda: not isinstance(app.screen, PrepareScreen), pilot)
        assert (
            "1. In accordance with General Assembly resolution 76/76, the Conference considered agenda item 2 (b), entitled"
        ) in await draft_text(app)


async def test_every_box_refused_in_a_section_is_marked_at_once_and_the_cursor_goes_to_the_first(store):
    app = UnreportApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_prepare(app, pilot)
        await type_and_save(screen, pilot, {"meeting_number": "sixth", "meeting_date": "20/10/2010"})
        assert refused(screen, "meeting_number") == "'sixth' is not a meeting number: type a whole number such as 4"
        assert refused(screen, "meeting_date").startswith("'20/10/2010' is not a date")
        assert app.focused is screen.query_one("#meeting_number")
        assert widget_text(screen.query_one("#prepare-error")).endswith("(and 1 more box, marked)")
        await type_and_save(screen, pilot, {"meeting_number": "6"})  # one mended: the other is still said
        assert refused(screen, "meeting_date").startswith("'20/10/2010' is not a date")
        assert not screen.query_one("#meeting_number", Input).has_class("refused")
        await type_and_save(screen, pilot, {"meeting_date": "2010-10-20"})
        assert 6 in [m.number for m in on_disk(store).meetings] and not screen.query(".refused")
