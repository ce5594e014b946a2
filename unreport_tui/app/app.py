"""The unreport app: the live screen over the logbook, or, for a database with no agenda item yet,
the prepare screen.

Given a database still to be opened (``StoreToOpen``, as the command gives it), the app shows the
live screen at once, with the speaker box taking keys, and reads the database on a thread after
the first frame: a session of 20,000 entries takes longer to read than the screen takes to draw.
What is typed meanwhile waits in the boxes, and an Enter pressed meanwhile is carried out once
the session is there. A database that cannot be opened ends the app with ``open_problem`` set:
the command then offers the choices (read-only, a backup, quit) as before."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App, SystemCommand
from textual.screen import Screen
from textual.theme import Theme
from textual.widgets import Input
from textual.worker import Worker, WorkerFailed, WorkerState

from ..storage import SaveFailed, SaveState, SessionStore, StorageError, StoreToOpen
from .actions import On, bindings, key_for, keymap_in_force, meant_id, taken_away, unknown_ids, unknown_keys
from .commands import LiveCommands, PrepareCommands
from .crash_reporting import CrashReportingApp
from .screens.live import LiveScreen
from .screens.quit_unsaved import HoldsTyping, QuitUnsavedDialog
from .settings import load_settings, save_settings, settings_path

if TYPE_CHECKING:
    from ..logbook import Logbook

FOLLOW_EVERY = 0.5  # seconds between two looks (two stats) of a read-only copy at the database it follows


class UnreportApp(CrashReportingApp[None]):
    CSS_PATH = Path(__file__).with_name("unreport.tcss")  # absolute, so that subclasses find it too
    TITLE = "unreport"
    COMMANDS = App.COMMANDS | {LiveCommands, PrepareCommands}
    BINDINGS = bindings(On.APP)

    def __init__(
        self,
        store: SessionStore | StoreToOpen,
        read_only: bool = False,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        settings_file: Path | None = None,
        scratch: bool = False,
        demos: dict[str, str] | None = None,
        served: bool = False,
    ) -> None:
        """``scratch``: the database is a scratch copy whose folder goes when the app closes (the
        demo's), so nothing is offered to be exported there. ``demos``: the other demos the palette
        offers (name -> its title in the palette); the one chosen is ``next_demo`` once the app ends.
        ``served``: a read-only copy shown in a browser (``unreport serve``): whoever looks at it is
        not at this machine, so it writes no file here either: no export, no setting saved."""
        super().__init__()
        self.served = served
        self.demos = demos or {}
        self.next_demo: str | None = None
        self.to_open = store if isinstance(store, StoreToOpen) else None
        self.store: SessionStore | None = None if isinstance(store, StoreToOpen) else store
        self.db_path = store.path
        self.read_only = read_only or served
        self.scratch = scratch
        self.settings_file = settings_file or settings_path()
        self.settings = load_settings(self.settings_file)
        self.clock = clock  # the wall clock: statements' times, the speaking timer, the status line
        self.book: Logbook | None = None
        self._keys_in = False  # ctrl+q has let the keys typed before it reach their box
        # Why the database could not be opened (damaged, in use, unreadable): the command says it.
        self.open_problem: StorageError | OSError | None = None
        self._opening: Worker[tuple[SessionStore, Logbook]] | None = None
        self._waiting: LiveScreen | None = None  # the live screen shown while the database is read
        self._live: LiveScreen | None = None
        self._following: Worker[Logbook | str | None] | None = None  # a read-only copy reading the writer's changes
        self._follow_error = ""  # the last reading that failed, said once

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Of Textual's own commands, only the theme: quitting is the app's own (saving first),
        the keys are the app's help screen, and maximizing or a screenshot is no note-taker's."""
        yield from (command for command in super().get_system_commands(screen) if command.title == "Theme")

    def on_mount(self) -> None:
        self.sub_title = self.db_path.name + (" (read-only)" if self.read_only else "")
        if self.scratch:  # "Saved" on the status line is true, but only until the demo is closed
            self.sub_title = f"{self.sub_title}: a scratch copy, not kept"
        if self.settings.problem:
            self.notify(self.settings.problem, severity="warning", markup=False, timeout=10)
        if self.settings.keymap:
            self.set_keymap(self.keymap)
        if unknown := unknown_ids(self.settings.keymap):  # a typing slip would otherwise change no key, unsaid
            named = ", ".join(f"{slip} (did you mean {meant}?)" if (meant := meant_id(slip)) else slip for slip in unknown)
            this = "these ids, so they change" if len(unknown) > 1 else "this id, so it changes"
            self.notify(
                f"{self.settings_file}: [keymap] {named}: no key of unreport has {this} "
                f"nothing. The ids are in the README's table of keys (undo, help, draft …).",
                severity="warning",
                markup=False,
                timeout=10,
            )
        for action_id, bad in unknown_keys(self.settings.keymap).items():  # the action keeps a key that works
            self.notify(
                f'{self.settings_file}: [keymap] {action_id} = "{self.settings.keymap[action_id]}": '
                f"{', '.join(bad)} names no key, so it changes nothing; write a key as ctrl+z, f12, shift+tab or ?.",
                severity="warning",
                markup=False,
                timeout=10,
            )
        for lost, (key, taker) in taken_away(self.keymap).items():  # two actions cannot share a key: say which lost it
            self.notify(
                f'{self.settings_file}: [keymap] {taker} = "{key}" takes {key} from {lost}, which now has '
                f"no key: give {lost} a key of its own in [keymap].",
                severity="warning",
                markup=False,
                timeout=10,
            )
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if self.store is not None:
            self.open_session(self.store)
        else:
            self._waiting = LiveScreen(None, self.read_only)
            self.push_screen(self._waiting)
            self.call_after_refresh(self._start_opening)

    def _start_opening(self) -> None:
        self._opening = self._open_in_background()

    def _logbook(self, store: SessionStore) -> Logbook:
        """The logbook on the store; a read-only copy's current speaker is still speaking while the
        writing copy that logged them has the database open."""
        from ..logbook import Logbook

        return Logbook(store, self.clock, sitting_goes_on=self.read_only and store.writer_is_open())

    @work(thread=True, exit_on_error=False, group="open", name="open the database")
    def _open_in_background(self) -> tuple[SessionStore, Logbook]:

        assert self.to_open is not None
        store = self.to_open.open()
        try:
            return store, self._logbook(store)
        except BaseException:
            store.close()
            raise

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker is self._following and event.state in (WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED):
            self._followed(event.worker)
            return
        if event.worker is not self._opening or event.state not in (WorkerState.SUCCESS, WorkerState.ERROR):
            return
        self._opening = None
        if event.state is WorkerState.ERROR:
            error = event.worker.error
            if isinstance(error, (StorageError, OSError)):
                self.open_problem = error
                self.exit()
                return
            assert isinstance(error, Exception)
            self._handle_exception(error)  # a bug: the crash report and one line, as anywhere else
            return
        assert event.worker.result is not None
        self.store, book = event.worker.result
        for warning in self.store.warnings:
            self.notify(warning, severity="warning", markup=False, timeout=15)
        self.open_session(self.store, book)

    def _freeze_what_lasts(self) -> None:
        """Python's full garbage collection walks every object alive; with a long session loaded
        (tens of thousands of them) one walk held the screen for 15 to 45 ms now and then, while
        typing (measured: benchmarks/bench_app.py). What is loaded by now lasts the whole
        sitting, so it is moved out of the collector's walks; what comes later is collected as usual."""
        gc.freeze()

    def on_unmount(self) -> None:
        gc.unfreeze()  # the process may go on (tests, the benchmarks): leave the collector as it was
        self._close_floor()  # any other way out than ctrl+q (which did it before closing the store)

    def _close_floor(self) -> None:
        """The app closing ends the running statement and saves its speaking time: the last
        speaker's duration is kept, and the time the app is closed never counts."""
        if self.book is None or self.read_only or self.book.running_statement is None:
            return
        ticket = self.store.last_save if self.store is not None else None
        if ticket is not None and ticket.state is SaveState.NOT_SAVED:
            return  # the disk refuses: closing is refused too, and the floor closes at the next ctrl+q
        from ..logbook import LogbookError

        # a disk that refuses it: ctrl+q says so when the store closes; the duration stays unknown,
        # as after a crash; nothing else is lost
        with contextlib.suppress(LogbookError, StorageError):
            self.book.end_statement()

    @property
    def keymap(self) -> dict[str, str]:
        """The keys chosen in the settings, by action id (``actions.key_for`` names them)."""
        return keymap_in_force(self.settings.keymap)

    def _remember_theme(self, theme: Theme) -> None:
        self.settings.theme = theme.name
        self.save_settings()

    def save_settings(self) -> None:
        if self.served:  # a browser's theme is its own; the note-taker's settings are not a viewer's to change
            return
        problem = save_settings(self.settings, self.settings_file, self.db_path)
        if problem:
            self.notify(problem, severity="warning", markup=False)

    def open_session(self, store: SessionStore, book: Logbook | None = None) -> None:
        """The live screen on the session, with the prepare screen over it when there is no agenda
        item yet. The live screen shown while the database was read takes the session, and what
        was typed meanwhile."""

        self.book = book or self._logbook(store)
        if self._waiting is not None:
            live, self._waiting = self._waiting, None
            live.attach(self.book)
        else:
            live = LiveScreen(self.book, self.read_only)
            self.push_screen(live)
        self._live = live
        self.say_profile_problem()
        if self.book.current_item is None and not self.read_only:  # a reader waits for the writer's first item
            live.action_prepare()
        self.set_timer(1.0, self._freeze_what_lasts)
        if self.read_only:
            self.set_interval(FOLLOW_EVERY, self._follow)

    def say_profile_problem(self) -> None:
        """A profile that cannot be used (its file changed since it was chosen): the draft follows
        the default meanwhile, and the user is told why and what to do."""
        from ..core.profiles.choosing import profile_problem

        if self.book is not None and (problem := profile_problem(self.book.session.info.profile)):
            self.notify(
                f"The draft follows the default profile: {problem}. Mend the file, or choose another "
                "profile on the prepare screen; until then only the session file (.toml) can be exported.",
                severity="warning",
                markup=False,
                timeout=15,
            )

    # a read-only copy follows the database as the writing copy saves -------------------------

    def _follow(self) -> None:
        if self._following is None and self.store is not None:  # one reading at a time
            self._following = self._read_the_writers_changes(self.store)

    @work(thread=True, group="follow", name="follow the database")
    def _read_the_writers_changes(self, store: SessionStore) -> Logbook | str | None:
        """On a thread: a long session takes a while to read, and the screen never waits for it.
        The logbook is made afresh, so that the current item, meeting and speaker are the writer's.
        A reading the disk or the file refuses is said ("" when none), never a crash report: the
        next look tries again."""
        try:
            if store.follow():
                return self._logbook(store)
            running = self.book.running_statement if self.book is not None else None
            if running is not None and not store.writer_is_open():
                return self._logbook(store)  # the writer is gone (killed): its speaker's clock stops here too
            return None
        except (StorageError, OSError) as error:
            return str(error) if isinstance(error, StorageError) else f"{store.path}: {error.strerror or error}"

    def _followed(self, worker: Worker[Logbook | str | None]) -> None:
        self._following = None
        assert self.store is not None
        problem = worker.result if isinstance(worker.result, str) else self.store.follow_error
        if problem != self._follow_error:
            self._follow_error = problem
            if self._follow_error:
                self.notify(
                    f"Cannot follow the database for now: what is shown may be behind, and this copy "
                    f"tries again by itself. {self._follow_error}",
                    severity="warning",
                    markup=False,
                    timeout=15,
                )
        if worker.state is WorkerState.SUCCESS and not isinstance(worker.result, str | None) and self._live is not None:
            self.book = worker.result
            self._live.follow(self.book)

    async def on_event(self, event: events.Event) -> None:
        # A key or a paste for a box of the live screen is carried out there before the next one is
        # taken (LiveScreen.take_input): keys typed ahead go where they would have gone one by one.
        if isinstance(event, events.Key) and not event.is_forwarded and not self.app_focus:
            self.app_focus = True  # as Textual's own handling of a key does
        if (
            isinstance(event, (events.Key, events.Paste))
            and not event.is_forwarded
            and isinstance(self.screen, LiveScreen)
            and await self.screen.take_input(event)
        ):
            return
        await super().on_event(event)

    async def action_newline_enter(self) -> None:
        """A newline in a one-line box is its Enter: keys typed while the app starts reach it
        through a terminal that still turns Enter into a newline, and some terminals send one."""
        if isinstance(self.screen, LiveScreen) and self.screen.enter_in(self.focused):
            return
        if isinstance(self.focused, Input):
            await self.focused.action_submit()

    async def open_demo(self, name: str) -> None:
        """Close this demo (a scratch copy) and have the command open the demo ``name``."""
        self.next_demo = name
        await self.action_quit()

    def _asking_before_quitting(self) -> bool:
        return any(worker.group == "quit" and not worker.is_finished for worker in self.workers)

    async def _ask_before_quitting(self, holding: HoldsTyping) -> None:
        """Enter saves what ``holding`` holds, then quits; Esc, a section refused or a question
        about it left unanswered stays, with what was typed where it was."""
        if await self.push_screen_wait(QuitUnsavedDialog(holding.typed_not_saved())) and await holding.save_typed():
            self.call_next(self.action_quit)  # after this worker has ended: not "already asked"

    async def action_quit(self) -> None:
        """Everything typed is saved before the app goes; if the disk refuses, it stays open. Text
        typed in a form and not saved yet is asked about first (see ``quit_unsaved``)."""
        if isinstance(self.screen, QuitUnsavedDialog) or self._asking_before_quitting():
            return  # already asked
        if self.focused is not None and not self._keys_in:
            # Letters typed just before ctrl+q (in a burst) may still be on their way to the box: asked
            # once they are in it, or they would go unnoticed and be lost.
            self._keys_in = True
            self.focused.call_later(self.call_next, self.action_quit)
            return
        self._keys_in = False
        holding = next(
            (screen for screen in reversed(self.screen_stack) if isinstance(screen, HoldsTyping) and screen.typed_not_saved()),
            None,
        )
        if holding is not None:
            self.run_worker(self._ask_before_quitting(holding), group="quit")  # a worker: it awaits the answers
            return
        if self._opening is not None:  # the database is being read: let it finish, to close it cleanly
            worker, self._opening = self._opening, None
            with contextlib.suppress(WorkerFailed):  # that failure: nothing was opened
                self.store = (await worker.wait())[0]
        if self.store is None:
            self.exit()
            return
        self._close_floor()
        try:
            self.store.close()
        except SaveFailed as error:
            self.notify(
                f"{error} Free some space, then quit again ({key_for('quit')}).", severity="error", markup=False, timeout=15
            )
            return
        self.exit()
