"""The unreport app: the live screen over the logbook, or, for a database with no agenda item yet,
the prepare screen."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable
from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.theme import Theme

from ..logbook import Logbook
from ..storage import SaveFailed, SessionStore
from .commands import LiveCommands
from .crash_reporting import CrashReportingApp
from .screens.live import LiveScreen
from .screens.prepare import PrepareScreen
from .settings import load_settings, save_settings, settings_path


class UnreportApp(CrashReportingApp[None]):
    CSS_PATH = Path(__file__).with_name("unreport.tcss")  # absolute, so that subclasses find it too
    TITLE = "unreport"
    COMMANDS = App.COMMANDS | {LiveCommands}
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", id="quit", priority=True)]

    def __init__(self, store: SessionStore, read_only: bool = False,
                 clock: Callable[[], dt.datetime] = dt.datetime.now, settings_file: Path | None = None) -> None:
        super().__init__()
        self.store = store
        self.read_only = read_only
        self.settings_file = settings_file or settings_path()
        self.settings = load_settings(self.settings_file)
        self.clock = clock  # the wall clock: statements' times, the speaking timer, the status line
        self.book: Logbook | None = None

    def on_mount(self) -> None:
        self.sub_title = self.store.path.name + (" (read-only)" if self.read_only else "")
        if self.settings.problem:
            self.notify(self.settings.problem, severity="warning", markup=False, timeout=10)
        if self.settings.keymap:
            self.set_keymap(self.settings.keymap)
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.open_session()
        self.set_timer(1.0, self._freeze_what_lasts)

    def _freeze_what_lasts(self) -> None:
        """Python's full garbage collection walks every object alive; with a long session loaded
        (tens of thousands of them) one walk held the screen for 15 to 45 ms now and then, while
        typing (measured: benchmarks/bench_app.py). What is loaded by now lasts the whole
        sitting, so it is moved out of the collector's walks; what comes later is collected as usual."""
        gc.freeze()

    def on_unmount(self) -> None:
        gc.unfreeze()  # the process may go on (tests, the benchmarks): leave the collector as it was

    def _remember_theme(self, theme: Theme) -> None:
        self.settings.theme = theme.name
        self.save_settings()

    def save_settings(self) -> None:
        problem = save_settings(self.settings, self.settings_file, self.store.path)
        if problem:
            self.notify(problem, severity="warning", markup=False)

    def open_session(self) -> None:
        """Open the live screen on the session, or the prepare screen when there is none yet."""
        self.book = Logbook(self.store, self.clock)
        if self.book.current_item is None:
            self.push_screen(PrepareScreen(self.book, self.show_live))
        else:
            self.push_screen(LiveScreen(self.book, self.store, self.read_only))

    def show_live(self) -> None:
        assert self.book is not None
        self.switch_screen(LiveScreen(self.book, self.store, self.read_only))

    async def action_quit(self) -> None:
        """Everything typed is saved before the app goes; if the disk refuses, it stays open."""
        try:
            self.store.close()
        except SaveFailed as error:
            self.notify(f"{error} Free some space, then quit again (ctrl+q).", severity="error",
                        markup=False, timeout=15)
            return
        self.exit()
