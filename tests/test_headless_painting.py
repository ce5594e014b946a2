"""The tests' painting (headless_painting): a screen whose widget cannot be drawn still fails the
test, whether it is the screen the test ends on or one it left on the way."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.screen import ModalScreen, Screen
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Label


class Undrawable(Widget):
    """Draws until ``broken`` is set, as a widget does until the data that breaks it comes."""

    broken = False

    def render_line(self, y: int) -> Strip:  # noqa: ARG002 (every line is drawn alike)
        if self.broken:
            raise RuntimeError("this line cannot be drawn")
        return Strip.blank(self.size.width)


class Dialog(ModalScreen[None]):
    BINDINGS = [("escape", "dismiss", "Close"), ("b", "app.break", "Break")]

    def compose(self) -> ComposeResult:
        yield Undrawable()


class Cover(Screen[None]):
    def compose(self) -> ComposeResult:
        yield Label("a screen over the live one")


class TwoScreens(App[None]):
    BINDINGS = [("d", "push_screen('dialog')", "Dialog"), ("b", "break", "Break"), ("c", "push_screen('cover')", "Cover")]
    SCREENS = {"dialog": Dialog, "cover": Cover}

    def compose(self) -> ComposeResult:
        yield Label("the live screen")
        yield Undrawable(id="drawn")

    def action_break(self) -> None:
        for widget in self.screen.query(Undrawable):
            widget.broken = True
            widget.refresh()


async def test_a_widget_that_cannot_be_drawn_fails_the_test_that_ends_on_its_screen():
    with pytest.raises(Exception, match="this line cannot be drawn"):
        async with TwoScreens().run_test() as pilot:
            await pilot.press("b")


async def test_a_widget_that_cannot_be_drawn_on_a_screen_left_fails_the_test():
    app = TwoScreens()
    with pytest.raises(Exception, match="this line cannot be drawn"):
        async with app.run_test() as pilot:
            await pilot.press("d", "b", "escape")
            assert app.screen.query_one(Label).content == "the live screen"


async def test_a_widget_that_cannot_be_drawn_under_the_screen_the_test_ends_on_fails_the_test():
    with pytest.raises(Exception, match="this line cannot be drawn"):
        async with TwoScreens().run_test() as pilot:
            await pilot.press("b", "c")


async def test_a_screen_that_draws_passes():
    async with TwoScreens().run_test() as pilot:
        await pilot.press("d", "escape")
