"""The Human Rights Council's items in the app: a national human rights institution logged from
the live screen (its role without asking when unreport knows it, offered when its name reads as
one, reached with the role key), and an item's debate set on the prepare screen."""

from __future__ import annotations

from unreport_tui.app.app import UnreportApp
from unreport_tui.core.model import Debate, Role, Statement

from .test_app import on_disk
from .test_app_opening import until
from .test_prepare_session_data import open_prepare, refused, type_and_save


def _last(store):
    return on_disk(store).item("2b").statements[-1]


async def test_an_institution_is_logged_as_one_and_the_role_key_reaches_the_role(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"ganhri", "enter")
        await until(lambda: _last(demo_store).role is Role.NHRI, pilot)
        assert _last(demo_store).speaker == "Global Alliance of National Human Rights Institutions"
        await pilot.press("shift+tab", *"Australian Human Rights Commission", "enter")
        await until(lambda: _last(demo_store).speaker == "Australian Human Rights Commission", pilot)
        assert _last(demo_store).role is Role.NHRI  # its name reads as one: offered first, said on screen
        said = [str(n.message) for n in app._notifications if "unreport knows" in str(n.message)]
        assert said[-1].endswith("logged as NHRI. ctrl+t changes the role; ctrl+z takes it back.")
        await pilot.press("ctrl+t")  # the role key goes round: after NHRI, a member again
        await until(lambda: _last(demo_store).role is Role.MEMBER, pilot)
        for _ in range(6):
            await pilot.press("ctrl+t")
        await until(lambda: _last(demo_store).role is Role.NHRI, pilot)


async def test_an_items_debate_is_saved_from_the_prepare_screen_and_a_wrong_one_refused(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_prepare(app, pilot)
        await type_and_save(screen, pilot, {"item_debate": "open"})
        assert refused(screen, "item_debate") == "'open': type one of dialogue, general (or nothing: as the session)"
        assert on_disk(demo_store).item("2b").debate is None  # nothing saved
        await type_and_save(screen, pilot, {"item_debate": "General"})
        await until(lambda: on_disk(demo_store).item("2b").debate is Debate.GENERAL, pilot)
        await pilot.press("ctrl+z")
        await until(lambda: on_disk(demo_store).item("2b").debate is None, pilot)


def test_the_log_shows_the_capacity_a_statement_was_made_in():
    from unreport_tui.app.widgets.log_view import statement_line
    from unreport_tui.core.model import Statement

    line = statement_line(Statement("Sudan", Role.MEMBER, capacity="as the concerned country"))
    assert line.plain == "      Sudan (as the concerned country)"
    institution = Statement("Ombudsman of Peru", Role.NHRI)
    assert statement_line(institution).plain == "      Ombudsman of Peru (NHRI)"


def test_a_state_corrected_to_a_name_that_reads_as_an_institution_takes_that_role():
    from unreport_tui.app.screens.entry_dialogs import StatementDialog
    from unreport_tui.core.model import Statement

    dialog = StatementDialog(Statement("Chile", Role.MEMBER), {}, lambda _typed: [])
    assert dialog.new_role("Australian Human Rights Commission") is Role.NHRI
    assert dialog.new_role("Acme Foundation") is Role.NGO
    assert dialog.new_role("ganhri") is Role.NHRI


def test_the_log_names_a_group_spoken_for_with_its_article():
    # "South Africa (member, on behalf of Group of African States)" read as a wrong article
    from unreport_tui.app.widgets.log_view import presentation_line, statement_line
    from unreport_tui.core.model import Presentation

    said = Statement("South Africa", Role.MEMBER, on_behalf_of="Group of African States")
    assert "on behalf of the Group of African States" in statement_line(said).plain
    spain = statement_line(Statement("Spain", Role.MEMBER, on_behalf_of="European Union")).plain
    assert "on behalf of the States Members of the United Nations that are members of the European Union" in spain
    shown = presentation_line(Presentation("Title", "Egypt", Role.MEMBER, on_behalf_of="Group of 77 and China")).plain
    assert "on behalf of the Group of 77 and China" in shown
