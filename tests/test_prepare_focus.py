"""Where the cursor is on the prepare screen and what an Enter or an undo there does: a box never
selects its text when it takes the cursor (a letter typed adds, never replaces), an Enter that
changes nothing saves nothing and makes no undo step, and an undo shows the file's values at once."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.prepare import PrepareScreen
from unreport_tui.app.screens.proposals import ProposalsScreen
from unreport_tui.app.widgets.completing_input import CompletingInput
from unreport_tui.app.widgets.form_fields import FormFields

from .test_app import on_disk


async def test_f5_then_letters_typed_never_replace_the_body(demo_store, demo_session):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, PrepareScreen)
        await pilot.press(*"Phillipines", "enter")
        await pilot.pause()
        assert on_disk(demo_store).info.body == demo_session.info.body
        # Nor does any box of the screen when it takes the cursor: none selects its text on focus,
        # and a letter typed in a box of each kind (plain, and with suggestions) is added to it.
        boxes = list(app.screen.query(Input))
        assert [box.id for box in boxes if box.select_on_focus] == []
        # Every box is one line, without borders (made compact once, when mounted: made_compact).
        assert [box.id for box in boxes if box.region.height != 1 or not box.compact] == []
        plain = next(box for box in boxes if box.value and not isinstance(box.parent, CompletingInput))
        suggesting = next(box for box in boxes if box.value and isinstance(box.parent, CompletingInput))
        for box in (plain, suggesting):
            before = box.value
            box.focus()
            await pilot.pause()
            await pilot.press("x")
            assert box.value == before + "x", box.id


async def test_enter_on_an_unchanged_section_makes_no_undo_step(demo_store, demo_session):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PrepareScreen)
        book = screen.book
        for section in ("#body", "#item_speaker_noun", "#org_chapter"):
            screen.query_one(section).focus()
            await pilot.press("enter", "enter")
            await pilot.pause()
            assert not book.can_undo, section
        assert on_disk(demo_store).info == demo_session.info


async def test_after_an_undo_the_fields_show_what_the_file_holds(demo_store, demo_session):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        body = app.screen.query_one("#body", Input)
        body.focus()
        await pilot.press("ctrl+u", *"Phillipines", "enter")
        await pilot.pause()
        await pilot.press("enter", "ctrl+u", *"jap", "enter", "enter")  # an Enter again on what was just saved
        await pilot.pause()
        assert body.value == on_disk(demo_store).info.body == "jap"
        await pilot.press("ctrl+z")  # each undo shows a change, the one the file went through
        await pilot.pause()
        assert body.value == on_disk(demo_store).info.body == "Phillipines"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert body.value == on_disk(demo_store).info.body == demo_session.info.body
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert body.value == on_disk(demo_store).info.body == "Phillipines"


@pytest.mark.parametrize(("key", "kind"), [("f5", PrepareScreen), ("f8", ProposalsScreen)])
async def test_a_form_is_shown_as_a_full_restyle_would_show_it(demo_store, key, kind):
    """F5 skips the restyle Textual makes when a screen comes on top, the first time (its widgets
    were styled as they were mounted, a moment before), and the label of the box with the cursor
    stands out from the first frame: a full restyle changes nothing on either form."""
    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press(key)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, kind)

        def looks() -> list[tuple[str, str, str]]:
            return [(repr(w), w.styles.css, str(w.rich_style)) for w in screen.walk_children()]

        first = looks()
        box = screen.focused
        form = next(ancestor for ancestor in box.ancestors if isinstance(ancestor, FormFields))
        label = form.label_of(box)
        drawn = form.render_line(box.region.y - form.region.y)  # the form's own line beside the box
        assert label and drawn.text.startswith(label) and len(label) < box.region.x - form.region.x  # left of it
        assert all(segment.style and segment.style.bold for segment in drawn if segment.text.strip())  # bright
        assert [each.current_label() for each in screen.query(FormFields) if each.current_label()] == [label]
        screen.update_node_styles(animate=False)
        await pilot.pause()
        assert looks() == first


async def test_what_an_empty_box_takes_is_in_italics_and_a_value_never_is(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen

        def italic_text(box_id: str) -> str:
            box = screen.query_one(f"#{box_id}", Input)
            segments = box.render_line(0)
            return "".join(s.text for s in segments if s.style is not None and s.style.italic).strip()

        empty = [box for box in screen.query(".form Input").results(Input) if box.placeholder and not box.value]
        assert empty and all(italic_text(box.id or "") == box.placeholder[: box.size.width].strip() for box in empty)
        assert screen.query_one("#body", Input).value and italic_text("body") == ""


async def test_the_chairs_list_title_is_marked_while_its_box_has_the_cursor(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        title = screen.query_one("#speakers-list-title")
        other = screen.query(".section-title").first()
        assert not title.has_class("-current") and title.rich_style == other.rich_style
        screen.query_one("#speakers-list").focus()
        await pilot.pause()
        assert title.has_class("-current") and title.rich_style.color != other.rich_style.color
        assert not any(
            form.current_label() for form in screen.query(FormFields)
        )  # the one box with the cursor has the one label marked
        await pilot.press("tab")
        await pilot.pause()
        assert not title.has_class("-current") and len([form for form in screen.query(FormFields) if form.current_label()]) == 1
