"""The test harness's CSS cache (css_parsed_once): shared between the apps of a process, but never
between themes, whose variables the parser substitutes."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.color import Color
from textual.widgets import Static


class Painted(App[None]):
    CSS = "Static { background: $primary; }"

    def __init__(self, theme: str) -> None:
        super().__init__()
        self.theme = theme

    def compose(self) -> ComposeResult:
        yield Static("x")


async def background_under(theme: str) -> tuple[Color, object]:
    app = Painted(theme)
    async with app.run_test() as pilot:
        await pilot.pause()
        rules = [rule for rule in app.stylesheet.rules if "Static" in rule.selector_names and rule.styles.background]
        return app.query_one(Static).styles.background, rules[-1]


async def test_apps_of_one_theme_share_the_rules_and_another_theme_gets_its_own_colours():
    dark, dark_rule = await background_under("textual-dark")
    again, again_rule = await background_under("textual-dark")
    light, light_rule = await background_under("textual-light")
    assert again == dark and again_rule is dark_rule  # parsed once
    assert light != dark and light_rule is not dark_rule
    assert dark == Color.parse(App.get_theme(Painted("textual-dark"), "textual-dark").primary)
    assert light == Color.parse(App.get_theme(Painted("textual-light"), "textual-light").primary)
