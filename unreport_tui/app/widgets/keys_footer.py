"""The footer: the keys used most while someone speaks, most used first, each shown whole.

Textual's footer lays every key out in a row and lets the last ones run under the command
palette's key, cut mid-word, on a narrow screen. Here the keys that do not fit whole are left
out, from the end: the first ones (f1, which lists every key, then f2 and ctrl+l) always show,
and the rest are one key away (f1, or the palette). Which keys, and in what order, is the
footer rank of each action (``actions.ACTIONS``), whatever keys the user chose for them."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from ..actions import footer_order, footer_rank


def _width(key: FooterKey) -> int:
    return key.render().cell_len + key.styles.gutter.width + key.styles.margin.width


class _UnchangedKeysKept(Footer):
    """Textual's footer builds its keys again whenever the screen's bindings may have changed: at
    every move of the focus (the speaker box, the point box, the speaker box again: twice per
    statement logged), though the keys shown are nearly always the same. Building them again
    removes and mounts a dozen widgets and lays the footer out anew; here that happens only when
    a key shown, its label or whether it is greyed has changed."""

    _shown: tuple[object, ...] | None = None

    def _keys_shown(self) -> tuple[object, ...]:
        return tuple(
            (binding, enabled, tooltip)
            for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show or binding.key == self.app.COMMAND_PALETTE_BINDING
        )

    async def recompose(self) -> None:
        shown = self._keys_shown() if self.is_attached and self._bindings_ready else None
        if shown is not None and shown == self._shown:
            return
        self._shown = shown
        await super().recompose()
        self.keys_rebuilt()

    def keys_rebuilt(self) -> None:
        """Called once the keys have been built again (not when they were kept)."""


class _WholeKeysOnly(_UnchangedKeysKept):
    """Only the keys that fit whole, from the first: a key cut mid-word ("^q Qu") says nothing."""

    def keys_rebuilt(self) -> None:
        # Only then: measuring a key renders it, and the footer is asked to recompose at every
        # move of the focus (fitting the keys kept was a third of a second in 56 app tests).
        self._fit()

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        keys = list(self.query_children(FooterKey))
        palette = [key for key in keys if key.has_class("-command-palette")]
        room = self.size.width - sum(_width(key) for key in palette)
        fits = True
        for key in keys:
            if key in palette:
                continue
            width = _width(key)
            fits = fits and width <= room  # in order: a later, shorter key never jumps the queue
            key.display = fits
            room -= width if fits else 0


class ActionsFooter(_WholeKeysOnly):
    """Textual's footer, its keys in the order of ``actions.ACTIONS``: Textual lists them in the
    order of the bindings, and a key chosen in the keymap moves its binding to the end."""

    def compose(self) -> ComposeResult:
        keys = [key for key in super().compose() if isinstance(key, FooterKey)]
        palette = [key for key in keys if key.has_class("-command-palette")]
        yield from sorted((key for key in keys if key not in palette), key=lambda key: footer_order(key.action))
        yield from palette


class KeysFooter(_WholeKeysOnly):
    def compose(self) -> ComposeResult:
        # The live screen's keys with a footer rank, by rank (a key chosen in the keymap would
        # move its binding to the end of Textual's footer).
        keys = [key for key in super().compose() if isinstance(key, FooterKey)]
        palette = [key for key in keys if key.has_class("-command-palette")]
        ranked = [key for key in keys if footer_rank(key.action)]
        yield from sorted(ranked, key=lambda key: footer_rank(key.action))
        yield from palette
