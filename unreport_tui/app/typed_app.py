"""The running unreport app, as its own type: the screens and the palette reach its settings,
its database path and its scratch flag through this one cast, never through ``getattr``. Every
screen of unreport runs inside an ``UnreportApp`` (the tests' and the benchmarks' apps are its
subclasses)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from .app import UnreportApp  # only for the type: app.py imports the screens


def unreport_app(node: DOMNode) -> UnreportApp:
    """The app ``node`` runs in."""
    return cast("UnreportApp", node.app)
