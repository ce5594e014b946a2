"""The footer: the keys used most while someone speaks, most used first, each shown whole.

Textual's footer lays every key out in a row and lets the last ones run under the command
palette's key, cut mid-word, on a narrow screen. Here the keys that do not fit whole are left
out, from the end: the first ones (f1, which lists every key, then f2 and ctrl+l) always show,
and the rest are one key away (f1, or the palette). Which keys, and in what order, is the
footer rank of each action (``actions.ACTIONS``), whatever keys the user chose for them.

The footer is one widget that draws one line, not Textual's footer of one widget per key: that
one removed and mounted a dozen widgets whenever a key shown changed (the keys greyed while the
session is read, then live; each screen's own), and styling them was a third of what opening a
screen cost (the prepare screen opened in 0.97 s of CPU with it, 0.59 s without; the app started
in 0.22 s against 0.15 s; 2026-12-02). It looks as Textual's does, in the theme's footer colours,
and a click on a key presses it, as there."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.widget import Widget

from ..actions import footer_order, footer_rank

if TYPE_CHECKING:
    from textual.screen import Screen


@dataclass(frozen=True)
class FooterKey:
    """One key as the footer shows it: "f2" and "Draft", greyed when its action cannot run now."""

    key: str  # the key pressed when it is clicked ("ctrl+l")
    shown_as: str  # as the user reads it ("^l")
    label: str
    action: str
    enabled: bool
    tooltip: str

    @property
    def parts(self) -> tuple[str, str]:
        """As drawn: " f2 " then "Draft ", the key padded each side, its label followed by a space."""
        return f" {self.shown_as} ", f"{self.label} "

    @property
    def width(self) -> int:
        return Text("".join(self.parts)).cell_len


@dataclass(frozen=True)
class PlacedKey:
    """A key where it is drawn: from column ``start``, ``width`` columns."""

    key: FooterKey
    start: int
    width: int

    def holds(self, column: int) -> bool:
        return self.start <= column < self.start + self.width


class KeysFooterBase(Widget):
    """The keys of the screen's bindings that the footer shows (``chosen``), in one line: as many
    as fit whole from the first, then the command palette's key on the right."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "keys-footer--item",
        "keys-footer--key",
        "keys-footer--label",
        "keys-footer--edge",
        "keys-footer--hover",
    }
    DEFAULT_CSS = """
    KeysFooterBase {
        dock: bottom;
        height: 1;
        width: 1fr;
        color: $footer-foreground;
        background: $footer-background;
        .keys-footer--item {
            background: $footer-item-background;
        }
        .keys-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .keys-footer--label {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .keys-footer--edge {
            color: $foreground 20%;
            background: $footer-item-background;
        }
        .keys-footer--hover {  /* only its background is used: the key and label keep their colours */
            background: $block-hover-background;
        }
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id, classes=classes)
        self._keys: tuple[FooterKey, ...] = ()
        self._palette: FooterKey | None = None
        self._hovered: FooterKey | None = None

    def chosen(self, keys: list[FooterKey]) -> list[FooterKey]:
        """Which of the screen's keys go in the footer, in their order there."""
        raise NotImplementedError

    @property
    def keys(self) -> tuple[FooterKey, ...]:
        """The keys the footer would show with room for all, in order (not the palette's)."""
        return self._keys

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._read_keys()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if self.is_attached and screen is self.screen:
            self._read_keys()

    def _read_keys(self) -> None:
        # Every move of the focus asks (the speaker box, the point box: twice per statement);
        # the line is drawn again only when a key shown, its label or its greying changed.
        palette_binding = self.app.COMMAND_PALETTE_BINDING
        keys: list[FooterKey] = []
        palette: FooterKey | None = None
        seen: set[str] = set()
        for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items():
            shown = FooterKey(key, self.app.get_key_display(binding), binding.description, binding.action, enabled, tooltip)
            if key == palette_binding:
                palette = shown if self.app.ENABLE_COMMAND_PALETTE else None
            elif binding.show and binding.action not in seen:  # an action bound to two keys shows its first
                seen.add(binding.action)
                keys.append(shown)
        chosen = tuple(self.chosen(keys))
        if (chosen, palette) != (self._keys, self._palette):
            self._keys, self._palette = chosen, palette
            self.refresh()

    def placed(self) -> tuple[list[PlacedKey], PlacedKey | None]:
        """The keys drawn, where: those that fit whole, from the first (a later, shorter key never
        jumps the queue, and a key cut mid-word, "^q Qu", says nothing), and the palette's key."""
        width = self.size.width
        palette = None
        if self._palette is not None:
            # "▏^p palette ": an edge, the key unpadded, its label, a space.
            palette_width = Text(f"▏{self._palette.shown_as} {self._palette.label} ").cell_len
            palette = PlacedKey(self._palette, width - palette_width, palette_width)
        room = palette.start if palette is not None else width
        placed: list[PlacedKey] = []
        column = 0
        for key in self._keys:
            if column + key.width > room:
                break
            placed.append(PlacedKey(key, column, key.width))
            column += key.width
        return placed, palette

    def shown(self) -> list[FooterKey]:
        """The keys the user sees, in order, the palette's last."""
        placed, palette = self.placed()
        return [each.key for each in placed] + ([palette.key] if palette is not None else [])

    def render(self) -> Text:
        placed, palette = self.placed()
        line = Text(no_wrap=True, overflow="crop", end="")
        for each in placed:
            line.append_text(self._drawn(each.key, *each.key.parts))
        if palette is not None:
            line.append(" " * max(0, palette.start - line.cell_len))
            line.append("▏", self._hovering(palette.key, self._style("keys-footer--edge")))
            line.append_text(self._drawn(palette.key, palette.key.shown_as, f" {palette.key.label}"))
            line.append(" ", self._hovering(palette.key, self._style("keys-footer--item")))
        return line

    def _drawn(self, key: FooterKey, key_text: str, label_text: str) -> Text:
        key_style = self._hovering(key, self._style("keys-footer--key"))
        label_style = self._hovering(key, self._style("keys-footer--label"))
        if not key.enabled:
            key_style, label_style = key_style + Style(dim=True), label_style + Style(dim=True)
        return Text.assemble((key_text, key_style), (label_text, label_style))

    def _hovering(self, key: FooterKey, style: Style) -> Style:
        """``style`` on the hover's background while the pointer is over ``key`` (its colours kept)."""
        if self._hovered is None or key.key != self._hovered.key:
            return style
        return style + Style(bgcolor=self._style("keys-footer--hover").bgcolor)

    def _style(self, component: str) -> Style:
        return self.get_component_rich_style(component)

    def key_at(self, column: int) -> FooterKey | None:
        placed, palette = self.placed()
        return next((each.key for each in [*placed, *([palette] if palette else [])] if each.holds(column)), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover(self.key_at(event.x))

    def on_leave(self) -> None:
        self._hover(None)

    def _hover(self, key: FooterKey | None) -> None:
        # By the key pressed, not the whole entry: a key greyed or made live under the pointer
        # stays the one hovered.
        if (key and key.key) != (self._hovered and self._hovered.key):
            self._hovered = key
            # As Textual's footer: a key's own tooltip, if its binding has one; the palette's says what it opens.
            palette = key is not None and key.key == self.app.COMMAND_PALETTE_BINDING
            self.tooltip = (key.tooltip or (key.label if palette else None)) if key is not None else None
            self.styles.pointer = "pointer" if key is not None else "default"
            self.refresh()

    def on_click(self, event: events.Click) -> None:
        key = self.key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()


class ActionsFooter(KeysFooterBase):
    """Every key the screen shows, in the order of ``actions.ACTIONS`` (Textual lists them in the
    order of the bindings, and a key chosen in the keymap moves its binding to the end)."""

    def chosen(self, keys: list[FooterKey]) -> list[FooterKey]:
        return sorted(keys, key=lambda key: footer_order(key.action))


class KeysFooter(KeysFooterBase):
    """The live screen's keys that have a footer rank, by rank."""

    def chosen(self, keys: list[FooterKey]) -> list[FooterKey]:
        return sorted((key for key in keys if footer_rank(key.action)), key=lambda key: footer_rank(key.action))
