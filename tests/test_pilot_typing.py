"""The tests' typing (pilot_typing): letters sent at once still arrive in order, and a named key
after them acts on what they typed."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Input


class OneBox(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.entered: list[str] = []

    def compose(self) -> ComposeResult:
        yield Input(id="box")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.entered.append(event.value)
        event.input.value = ""


async def test_a_run_of_letters_arrives_in_order_and_enter_after_it_takes_them_all():
    app = OneBox()
    async with app.run_test() as pilot:
        await pilot.press(*"Côte d'Ivoire (on behalf of G-77)", "enter", *"x y", "left", "z", "enter")
        assert app.entered == ["Côte d'Ivoire (on behalf of G-77)", "x zy"]
