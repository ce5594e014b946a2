"""The live screen: who speaks, what they say, and the draft, as fast as a meeting goes.

Type a speaker, Enter: the statement is logged at the current meeting and time, its clock runs,
and the cursor moves to the point box. Type a point, Enter: it goes to the current speaker. An
empty Enter in the point box goes back to the speaker box. Every change goes through the logbook,
so every one can be undone (ctrl+z) and redone (ctrl+y)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Header, Input, Label, Static

from ...core.log_order import POINT
from ...core.model import ROLE_LABELS, Item, Point, Presentation, Role, Statement, StatementKind, default_role
from ...core.quantifier import speaker_identity
from ...core.rendered import printable
from ...core.speaker_suggestions import SuggestionKind
from ...storage import SessionStore, StorageError
from ..actions import On, bindings, key_for, with_keys
from ..entry_ref import EntryKind, EntryRef, point_ref, presentation_ref, statement_ref
from ..typed_app import unreport_app
from ..widgets.completing_input import CompletingInput
from ..widgets.draft_view import DraftRequest, DraftView
from ..widgets.keys_footer import KeysFooter
from ..widgets.keys_in_order import InOrderInput
from ..widgets.log_view import LogView
from ..widgets.status_line import StatusLine
from .destination import Destination
from .undoable import UndoableScreen

if TYPE_CHECKING:
    # The logbook, the renderer and the speaker lookup are imported when first used: the screen is
    # shown, and takes keys, before the session is read.
    from ...core.speaker_suggestions import Suggestion
    from ...logbook import Logbook, StepOutcome
    from ...logbook.steps import Step
    from .entry_dialogs import PointCorrection, PresentationEntry, StatementCorrection
    from .statistics import StatisticsScreen

# Order in which one key walks through the roles of the statement being made.
# The national human rights institution last: the Human Rights Council is the one body that lists them.
ROLE_CYCLE = [Role.MEMBER, Role.SIGNATORY, Role.OBSERVER_STATE, Role.IGO, Role.NGO, Role.OFFICIAL, Role.NHRI]
WIDE = 110  # columns from which the draft stands beside the log
TYPED_KEPT = 200  # the last steps that took typing, whose undo puts it back (a few bytes each)


@dataclass(frozen=True)
class Typed:
    """What was typed in a box (``box``: "#speaker" or "#point") and taken by a step, with what
    went with it: the group the speaker spoke for, the heading over the point, its joining."""

    box: str
    text: str
    behalf: str = ""
    heading: str = ""
    join: bool = False


SPEAKER_LABEL = "Speaker"
POINT_LABEL = "Point"
SPEAKER_PLACEHOLDER = "type a speaker (venez, usa, holy, g77…), Enter"
# The keys a read-only copy keeps: those that only look (the keys, the draft, the whole report, an
# export). The others would change the session: such a copy neither shows nor takes them.
LOOKING = frozenset({"help", "toggle_draft", "toggle_whole", "export", "statistics"})
# A copy served to a browser (`unreport serve`) does not export either: the file would be written on
# the note-taker's machine, not the viewer's.
SERVED_LOOKING = LOOKING - {"export"}


def read_only_line(db_name: str, served: bool = False) -> str:
    """What a read-only copy shows in place of the speaker and point boxes."""
    keys = (
        "{draft} draft, {whole} whole report, {help} keys."
        if served
        else "{draft} draft, {whole} whole report, {export} export, {help} keys."
    )
    return f"READ-ONLY: following {db_name}. The log and the draft follow the writing copy as it saves; " + with_keys(keys)


def _names_a_speaker(text: str) -> str | None:
    """The speaker or group that a point's whole text names ("g77", "chile"), which was meant for
    the speaker box; None for a point."""
    from ...core.countries import resolve_group
    from ...core.names import running_name

    # A speaker unreport knows, as the speaker box decides it (a State, an IGO …, before a group of
    # the same name: "eu" is the European Union itself), named as the report names it ("the Niger").
    if default_role(text) is not None:
        return running_name(text)
    if (group := resolve_group(text)) is not None:
        return f"the {group.name}"
    from ...core.list_lines import slip_for

    # A State's name typed with a slip ("phillipines"; "austrai": Australia or Austria).
    if could_be := slip_for(text):
        return " or ".join(state.text_name for state in could_be)
    return None


class LiveScreen(UndoableScreen[None]):
    # The footer shows the keys used most while someone speaks, most used first: f1 (it lists all
    # of them), f2, ctrl+l; as many as fit whole (KeysFooter, in the order of actions.ACTIONS). The
    # others are in the help screen and the command palette. Fewer keys in the footer is also a
    # faster first screen: each is a widget. Undo and redo: UndoableScreen's.
    BINDINGS = bindings(On.LIVE)

    def __init__(self, book: Logbook | None, read_only: bool) -> None:
        """Without a logbook the screen waits for the session (see ``attach``): the boxes take
        keys, and an Enter pressed meanwhile is carried out once it is there."""
        super().__init__()
        self._book = book
        self.read_only = read_only
        self._waiting: list[Callable[[], None]] = []  # Enters pressed before the session was there
        self.behalf = ""  # a group chosen in the speaker box: the next speaker logged speaks for it
        self.whole = False  # the draft shows the whole report, not only the current item
        # What the last export wrote, the whole report or the current item, when chosen in the export
        # dialog: the next export offers the same (exporting the whole report again and again while
        # the draft shows the item). None: as the draft shows it. The draft's own switch resets it.
        self.export_whole: bool | None = None
        self.heading = ""  # a heading for the next point logged (f7)
        self.join = False  # the next point logged, of whatever kind, joins the paragraph before (f6)
        self.similar: Point | None = None  # a logged point like the one being typed (ctrl+s counts the speaker on it)
        self.narrow_draft = False  # on a narrow screen the draft is shown (f2) instead of the log
        self._box: Input | None = None  # the box that last had the cursor: what is typed elsewhere goes there
        self._logged: list[str] | None = None  # each speaker logged so far once, the most recent last
        self._statistics: StatisticsScreen | None = None  # the speaking-time screen, while it is open: told of each change
        self._floor: int | None = None  # the statement that had the floor when the screen was last drawn
        # The steps that took what was typed in a box, with what was typed: an undo of one puts it
        # back in its box (nothing typed is lost: _typed_back). By the step itself, not the entry's
        # id: an id freed by an undo may be given to the next entry.
        self._typed: list[tuple[Step, Typed]] = []
        # What an undo put back in a box, as put (box id: the step, the text): taken out again once
        # that step is done again (a redo, here or on another screen), unless edited (_clear_put_back).
        self._put_back_by_undo: dict[str, tuple[Step, str]] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield StatusLine(id="status")
        with Horizontal(id="live"):
            with Vertical(id="log-pane"):
                if self.read_only:  # the boxes are there (the screen's code finds them) but never shown nor focused
                    app = unreport_app(self)
                    yield Static(read_only_line(app.db_path.name, app.served), id="read-only", markup=False)
                yield Label(SPEAKER_LABEL, classes="box-label", id="speaker-label", markup=False)
                yield CompletingInput(self._suggest_speakers, SPEAKER_PLACEHOLDER, input_id="speaker", id="speaker-box")
                yield Label(POINT_LABEL, classes="box-label", id="point-label")
                yield InOrderInput(placeholder="type a point, Enter (empty Enter: next speaker)", id="point", compact=True)
                yield Static(id="similar")
                yield LogView(id="log")
            yield DraftView(self, id="draft-pane")
        yield KeysFooter()

    @property
    def book(self) -> Logbook:
        assert self._book is not None, "the session is still being read"
        return self._book

    @book.setter
    def book(self, book: Logbook) -> None:
        self._book = book

    @property
    def store(self) -> SessionStore:
        return self.book.store

    @property
    def looking(self) -> frozenset[str]:
        """The actions a read-only copy keeps: those that only look (and, served to a browser, write no file)."""
        return SERVED_LOOKING if unreport_app(self).served else LOOKING

    @property
    def ready(self) -> bool:
        """The session is there (it is read on a thread while the screen is first shown)."""
        return self._book is not None

    def on_mount(self) -> None:
        for box in self.query("#speaker, #point").results(Input):
            box.select_on_focus = False  # coming back to a box with text in it, the next letter adds to it
            box.disabled = self.read_only
        if self.read_only:
            self.add_class("-read-only")
            self.query_one(LogView).focus()
        else:
            self.query_one("#speaker", Input).focus()
        if self.ready:
            self.refresh_all()
        else:
            self.query_one(StatusLine).update(Text(f"Opening {unreport_app(self).db_path.name}…", style="dim"))
        self.set_interval(0.5, self.refresh_status)

    def attach(self, book: Logbook) -> None:
        """The session, read: shown, and the Enters pressed meanwhile carried out in order."""
        self._book = book
        self.refresh_all()
        self.refresh_bindings()
        waiting, self._waiting = self._waiting, []
        for enter in waiting:
            enter()

    def follow(self, book: Logbook) -> None:
        """A read-only copy: the session as the writing copy has saved it, shown in place of the
        one before (the log, the draft, and on the status line the current speaker and its timer),
        with the writer's newest entry highlighted."""
        self._book = book
        self.refresh_all(newest=_newest_logged(book.current_item))

    def check_action(self, action: str, _parameters: tuple[object, ...]) -> bool | None:
        """Until the session is there, the keys that work on it are shown greyed and do nothing.
        A read-only copy has only the keys that look (LOOKING): the others are neither shown nor taken."""
        if self.read_only and action not in self.looking:
            return False
        return True if self.ready else None

    def _once_ready(self, enter: Callable[[], None]) -> None:
        """``enter`` now, or once the session is read (``attach``) if it is still being read."""
        if self.ready:
            enter()
        else:
            self._waiting.append(enter)

    def on_resize(self) -> None:
        self._lay_out()

    # showing -------------------------------------------------------------------------------

    def _suggest_speakers(self, typed: str) -> list[Suggestion]:
        from ...core.speaker_suggestions import recent_speakers, suggest_speakers

        if not self.ready:
            return suggest_speakers(typed, [])
        if self._logged is None:  # worked out again after a change, not at every key
            every = (s.speaker for item in self.book.session.items for s in item.statements)
            self._logged = recent_speakers(every)[::-1]
        return suggest_speakers(typed, self._logged)

    def _suggest_names(self, typed: str) -> list[Suggestion]:
        """The speaker box's suggestions for a box that takes a speaker's name (a correction), not a group."""
        return [s for s in self._suggest_speakers(typed) if s.why != SuggestionKind.GROUP]

    def _lay_out(self) -> None:
        # On a narrow screen the draft (f2) takes the log's place under the boxes: the boxes, and
        # what is typed in them, stay in view.
        wide = self.size.width >= WIDE
        in_place = self.narrow_draft and not wide
        self.set_class(in_place, "-draft-in-place")
        self.query_one("#draft-pane").display = wide or self.narrow_draft
        self.query_one(LogView).display = not in_place
        self.call_after_refresh(self.query_one(DraftView).follow_width)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # The box that has the cursor now, not the one the event names: in a burst ("peru", Enter,
        # Enter, "chad", Enter) the boxes' focus events can arrive out of order, and the last one to
        # arrive named the speaker box while the cursor was in the point box (f2, f2 then gave the
        # cursor back to the wrong box).
        now = self.focused
        if self._is_a_box(now):
            self._box = now
        elif self._is_a_box(event.widget):
            self._box = event.widget

    @staticmethod
    def _is_a_box(widget: object) -> TypeGuard[Input]:
        return isinstance(widget, Input) and widget.id in ("speaker", "point")

    def _the_box(self) -> Input:
        """The box that last had the cursor, with the cursor again: a letter or a paste that
        reaches the screen was taken by nothing (the draft or the log had the cursor, and they
        take no text; or keys typed faster than the cursor moved), and goes there, not lost."""
        box = self._box or self.query_one("#speaker", Input)
        if self.focused is not box:
            self.set_focus(box)  # now, not after the key: the box has the cursor when it hears of the letter
        return box

    def on_key(self, event: events.Key) -> None:
        if self.read_only:  # no box takes text: a letter changes nothing
            return
        if event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            self._the_box().insert_text_at_cursor(event.character)

    def on_paste(self, event: events.Paste) -> None:
        event.stop()
        if self.read_only:
            return
        self._the_box().insert_text_at_cursor(" ".join(event.text.splitlines()))

    # keys typed ahead --------------------------------------------------------------------------

    async def take_input(self, event: events.Key | events.Paste) -> bool:
        """A key or a paste for the speaker or the point box, carried out now, before the app
        takes the next one (the app asks first); False: not one for a box, Textual's way it goes.

        Textual hands a key to the box through the box's own queue, and runs the bindings (the
        box's Enter, backspace, this screen's ctrl+n) only once the key has come back up to the
        app, after the keys behind it were handed to the box already: keys that come together
        (typed while the app was busy for a moment, or sent by tmux) were typed into the box
        before the Enter in front of them was carried out, the point was logged twice and the
        next speaker's name went into the point box. Here each key is done with, the cursor
        moved, before the next: a letter typed in, a binding run, an Enter carried out. With the
        log or the draft, letters and pastes go to the box the cursor came from (_the_box).
        A read-only copy has no box to type in: its keys go Textual's way."""
        if self.read_only:
            return False
        focused = self.focused
        box: Input | None = None
        if self._is_a_box(focused):
            box = focused
        elif not isinstance(focused, (LogView, DraftView)):
            return False
        if isinstance(event, events.Paste):  # every line, as one: nothing pasted is lost
            (box or self._the_box()).insert_text_at_cursor(" ".join(event.text.splitlines()))
            return True
        # The bindings in the order Textual tries them (App._check_bindings is its way to: the
        # priority ones, then from the box up to the app).
        if await self.app._check_bindings(event.key, priority=True):
            return True
        if event.key == "enter" and box is not None:
            return self.enter_in(box)
        if event.is_printable and event.character:
            box = box or self._the_box()
            box._restart_blink()  # as the box does for a key it takes: the cursor stays shown while typing
            if box.selection.is_empty:
                box.insert_text_at_cursor(event.character)
            else:
                box.replace(event.character, *box.selection)
            return True
        if not await self.app._check_bindings(event.key):
            return False
        if event.key == "escape" and box is not None and box.id == "speaker":  # the box cleared: the group asked for too
            self._no_behalf()
        return True

    def enter_in(self, box: object) -> bool:
        """Enter in the speaker or the point box, carried out now (with the suggestion the box
        holds now, and the cursor moved before the next key); False for any other box."""
        if box is self.query_one("#speaker", Input):
            self._speaker_entered(*self.query_one("#speaker-box", CompletingInput).chosen_now())
            return True
        if box is self.query_one("#point", Input):
            self._point_entered(self.query_one("#point", Input).value)
            return True
        return False

    def typed_not_saved(self) -> str:
        """What the speaker and point boxes hold, typed and not logged, for ctrl+q's question ("" when
        nothing): quitting would lose it (see ``quit_unsaved``)."""
        if self.read_only or not self.ready:  # a copy that reads has no box; before the session, Enter waits for it
            return ""
        from ...logbook.steps import short  # quoted as the logbook's own messages quote what was typed

        held = []
        if point := self.query_one("#point", Input).value.strip():
            held.append(f"a point ({printable(short(point))})")
        if speaker := self.query_one("#speaker", Input).value.strip():
            held.append(f"a speaker ({printable(short(speaker))})")
        return " and ".join(held)

    async def save_typed(self) -> bool:
        """The point logged as Enter in its box logs it (for the speaker who has the floor, before a
        speaker typed takes it), then the speaker; True once both boxes are empty, False when one
        was refused (the refusal is on the screen, the text still in its box)."""
        point = self.query_one("#point", Input)
        if point.value.strip():
            self._point_entered(point.value)
        speaker = self.query_one("#speaker", Input)
        if speaker.value.strip() and not point.value.strip():
            self._speaker_entered(*self.query_one("#speaker-box", CompletingInput).chosen_now())
        return not (point.value.strip() or speaker.value.strip())

    def refresh_status(self) -> None:
        if not self.ready:
            return
        self.query_one(StatusLine).show(
            self.book, self.store, self.read_only, self.book.clock(), unreport_app(self).settings.limits
        )

    def refresh_all(self, change: StepOutcome | None = None, newest: EntryRef | None = None, on: EntryRef | None = None) -> None:
        """Everything shown, after ``change``; the log highlights ``newest``, or the entry the
        change touched: ``on`` (the one highlighted before it) if it is one of them, else the newest."""
        self._logged = None
        if self._put_back_by_undo:
            self._clear_put_back()
        self.refresh_status()
        if change is not None:
            touched = {
                *map(presentation_ref, change.presentations),
                *map(point_ref, change.points),
                *map(statement_ref, change.statements),
            }
            # The entry the note-taker is on stays highlighted when the change touched it (a speaker
            # corrected renames the points under it too: the cursor went to the last of those, and
            # the next Enter opened a point's correction); else the newest entry the change touched.
            if on is not None and on in touched:
                newest = on
            elif change.presentations:
                newest = presentation_ref(max(change.presentations))
            elif change.points:
                newest = point_ref(max(change.points))
            elif change.statements:
                newest = statement_ref(max(change.statements))
        self.query_one(LogView).show(self.book.current_item, newest, self.book.session.meetings)
        self.refresh_draft(change)
        self._lay_out()
        if self._statistics is not None:
            self._statistics.session_changed()
        self._floor = self.book.cursor.statement

    def refresh_draft(self, change: StepOutcome | None = None) -> None:
        """The draft is told what changed (``change``; None: anything may have): it draws itself again."""
        self.query_one(DraftView).session_changed(None if change is None or change.everything else change.items)

    def draft_request(self) -> DraftRequest:
        """What the draft shows now (``DraftSource``): a snapshot, the current item, whole or not."""
        return DraftRequest(self.book.session.snapshot(), self.book.cursor.item, self.whole)

    @property
    def draft_pending(self) -> bool:
        """A change not yet in the draft (it is drawn shortly after a burst, on a worker thread)."""
        return self.query_one(DraftView).pending

    # doing -----------------------------------------------------------------------------------

    def _step(self, step: Callable[[], StepOutcome | None]) -> StepOutcome | None:
        """Run one logbook step; a refusal is one line on the screen and changes nothing."""
        from ...logbook import LogbookError

        on = self.query_one(LogView).highlighted_entry  # before the step: the log's rows are the session's as it was
        try:
            change = step()
        except (LogbookError, StorageError) as error:
            self.notify(str(error), severity="error", markup=False)
            return None
        if change is not None:
            self.refresh_all(change, on=on)
            if change.not_saved:
                self.notify(change.not_saved, severity="error", markup=False, timeout=10)
        return change

    @on(CompletingInput.Chosen, "#speaker-box")
    def speaker_chosen(self, event: CompletingInput.Chosen) -> None:
        self._speaker_entered(event.value, event.why)

    def _speaker_entered(self, value: str, why: str) -> None:
        if why == SuggestionKind.GROUP:  # "g77": who speaks for it comes next
            self._speaks_for(value)
            return
        if self.ready or not value:
            self._log_speaker(value, StatementKind.STATEMENT)
            return
        # The session is still being read: the box empties and the cursor goes on to the point box
        # now, as it will once the speaker is logged, so that what is typed next goes where it is
        # meant to; the speaker is logged once the session is there, in order with what follows.
        behalf = self.behalf
        self.query_one("#speaker-box", CompletingInput).clear()
        self._no_behalf()
        self.set_focus(self.query_one("#point", Input))
        self._once_ready(lambda: self._log_waiting_speaker(value, behalf))

    def _log_waiting_speaker(self, value: str, behalf: str) -> None:
        """A speaker entered while the session was read, logged now that it is there. Refused,
        the name goes back in the box (unless something else was typed there since)."""
        role = self.book.role_for(value)
        if self._step(lambda: self.book.next_speaker(value, role=role, on_behalf_of=behalf)) is None:
            self._put_back("#speaker", value)
        else:
            self._typed_in(Typed("#speaker", value, behalf=behalf))

    def _put_back(self, box_id: str, text: str) -> None:
        box = self.query_one(box_id, Input)
        if not box.value:
            box.value = text

    def _speaks_for(self, group: str) -> None:
        """The next speaker logged speaks on behalf of ``group``: the box asks who, and clears."""
        self._behalf_shown(group)
        box = self.query_one("#speaker-box", CompletingInput)
        box.clear()
        self.set_focus(box.input)  # now (focus() moves it later, after the keys typed ahead)

    def _behalf_shown(self, group: str) -> None:
        """The next speaker logged speaks on behalf of ``group``, as the box's label says."""
        self.behalf = group
        box = self.query_one("#speaker-box", CompletingInput)
        # On the box's label too, which stays while a name is typed (the placeholder goes at the
        # first letter) and wraps where a long group's name would be cut at 80 columns.
        self.query_one("#speaker-label", Label).update(f"{SPEAKER_LABEL}, on behalf of the {group} (Esc: nobody)")
        box.input.placeholder = f"who speaks on behalf of the {group}?"

    def _log_speaker(self, value: str, kind: StatementKind) -> None:
        if not value:
            return
        role = self.book.role_for(value)
        unknown = default_role(value) is None and not self._spoke_before(value)
        behalf = self.behalf if kind is StatementKind.STATEMENT else ""
        typed = self.query_one("#speaker", Input).value.strip()
        change = self._step(lambda: self.book.next_speaker(value, role=role, kind=kind, on_behalf_of=behalf))
        if change is not None:
            self._typed_in(Typed("#speaker", value, behalf=behalf))
            self.query_one("#speaker-box", CompletingInput).clear()
            self._say_if_a_slip_between_states(typed, value)
            self._no_behalf()
            self.set_focus(self.query_one("#point", Input))  # now: the next key typed is for it
            if unknown:  # never a role made silently: a point typed in the wrong box shows at once
                self.notify(
                    f"{printable(value.strip())}: not a State or an organization unreport knows, logged as "
                    f"{ROLE_LABELS[role]}. {key_for('role')} changes the role; {key_for('undo')} takes it back.",
                    markup=False,
                    timeout=6,
                )

    def _say_if_a_slip_between_states(self, typed: str, logged: str) -> None:
        """A slip as close to two States as "austrai" to Australia and Austria is logged as the one
        the box offered first (refused, the point typed right after the Enter would go into the
        speaker box), and said, with the others, so that a wrong one is mended at once."""
        from ...core.list_lines import slip_for
        from ...core.names import running_name

        between = slip_for(typed)
        if len(between) < 2 or logged not in (state.name for state in between):
            return
        others = [state.text_name for state in between if state.name != logged]
        named = others[0] if len(others) == 1 else "another"
        self.notify(
            f"“{printable(typed)}” was logged as {running_name(logged)}, but it is as close to {' or '.join(others)}: "
            f"if it was {named}, correct the statement in the log (Tab to the log, Enter on the statement).",
            severity="warning",
            markup=False,
            timeout=10,
        )

    def _spoke_before(self, speaker: str) -> bool:
        wanted = speaker_identity(speaker)
        return any(speaker_identity(s.speaker) == wanted for item in self.book.session.items for s in item.statements)

    def _no_behalf(self) -> None:
        if self.behalf:
            self.behalf = ""
            self.query_one("#speaker", Input).placeholder = SPEAKER_PLACEHOLDER
            self.query_one("#speaker-label", Label).update(SPEAKER_LABEL)

    @on(CompletingInput.Cleared, "#speaker-box")
    def speaker_cleared(self) -> None:
        self._no_behalf()

    @on(Input.Changed, "#point")
    def point_typed(self) -> None:
        self._find_similar()

    def _find_similar(self) -> None:
        """The logged point most like the one in the box now (not the one a Changed message was
        posted for: keys typed ahead are in the box before it hears of them)."""
        if not self.ready:
            return
        from ...core.similar_points import similar_points

        item = self.book.current_item
        found = similar_points(self.query_one("#point", Input).value, item.points if item else [], limit=1)
        self.similar = found[0] if found else None
        shown = self.query_one("#similar", Static)
        shown.display = self.similar is not None
        if self.similar is not None:
            who = ", ".join(self.similar.speakers) or "no speaker"
            line = Text("  same point? ", style="dim")
            line.append(printable(f"{self.similar.text} ({who})"))
            line.append(f"  {key_for('same-point')} counts the speaker on it", style="dim")
            shown.update(line)

    def action_same_point(self) -> None:
        self._find_similar()
        if self.similar is None or self.similar.id is None:
            self.notify("No logged point like this one: type more of it, or Enter to log it.", markup=False)
            return
        point_id = self.similar.id
        if self._step(lambda: self.book.add_speaker_to_point(point_id)) is not None:
            point = self.query_one("#point", Input)
            self._typed_in(Typed("#point", point.value))
            point.value = ""

    @on(Input.Submitted, "#point")
    def point_submitted(self, event: Input.Submitted) -> None:
        self._point_entered(event.value)

    def _point_entered(self, text: str) -> None:
        if self.ready or not text.strip():
            self._log_point(text, impersonal=False)
            return
        # The session is still being read: as for a speaker (_speaker_entered), the box empties now
        # and the point is logged once the session is there.
        self.query_one("#point", Input).value = ""
        self._once_ready(lambda: self._log_waiting_point(text))

    def _log_waiting_point(self, text: str) -> None:
        heading = self.heading
        if self._step(lambda: self.book.log_point(text, heading=heading)) is not None:
            self.heading = ""
            self._typed_in(Typed("#point", text, heading=heading))
        else:
            self._put_back("#point", text)

    def action_named_point(self) -> None:
        """The typed point with its speaker as the subject: "The representative of Brazil stressed …"."""
        self._log_point(self.query_one("#point", Input).value, impersonal=False, named=True)

    def _log_point(self, text: str, impersonal: bool, named: bool = False) -> None:
        point = self.query_one("#point", Input)
        if not text.strip():
            self.set_focus(self.query_one("#speaker", Input))  # now: the next key typed is for it
            return
        heading, join = self.heading, self.join
        change = self._step(lambda: self.book.log_point(text, impersonal=impersonal, heading=heading, join=join, named=named))
        if change is not None:
            self._typed_in(Typed("#point", text, heading=heading, join=join))
            point.value = ""
            self.heading = ""
            self._joins(False)
            if (name := _names_a_speaker(text)) is not None:  # as the speaker box says of a point typed there
                self.notify(
                    f"{printable(text.strip())!r} was logged as a point, but it names {name}: "
                    f"{key_for('undo')} takes it back; an empty Enter goes to the speaker box.",
                    markup=False,
                    timeout=6,
                )

    def action_join_point(self) -> None:
        """The next point logged continues the paragraph before instead of opening its own; the key
        that logs it (Enter, ctrl+n, ctrl+o) says its kind, as always. f6 again: it does not."""
        self._joins(not self.join)
        self.set_focus(self.query_one("#point", Input))

    def _joins(self, join: bool) -> None:
        if join == self.join:
            return  # the label is drawn again only when it changes: not at every point logged
        self.join = join
        label = Text(POINT_LABEL)
        if join:
            label.append(f" joined to the paragraph before ({key_for('join')}: not)", style="bold")
        self.query_one("#point-label", Label).update(label)

    def action_heading(self) -> None:
        """A heading ("Deliberations") over the next point logged."""
        from .entry_dialogs import HeadingDialog

        def done(heading: str | None) -> None:
            if heading is not None:
                self.heading = heading
                if self.heading:
                    self.notify(f"The next point goes under the heading {self.heading!r}.", markup=False, timeout=4)
            self.set_focus(self.query_one("#point", Input))

        self.app.push_screen(HeadingDialog(), done)

    def action_impersonal(self) -> None:
        self._log_point(self.query_one("#point", Input).value, impersonal=True)

    def action_next_from_list(self) -> None:
        """The next speaker on the Chair's list, logged and taken off the list."""
        if self._step(self.book.next_from_list) is not None:
            self.set_focus(self.query_one("#point", Input))

    def action_reply(self) -> None:
        value, _ = self.query_one("#speaker-box", CompletingInput).chosen_now()
        if not value:
            self.notify(f"Type the speaker who replies, then {key_for('reply')}.", markup=False)
            return
        self._log_speaker(value, StatementKind.REPLY)

    def action_floor_closed(self) -> None:
        """The speaker has finished and nobody has the floor yet (a break, the Chair's summing up):
        their speaking time ends now and is saved."""
        self._step(self.book.end_statement)

    def action_next_role(self) -> None:
        current = self.book.current_statement
        if current is None or current.id is None:
            self.notify("No statement yet: log a speaker first.", markup=False)
            return
        role = ROLE_CYCLE[(ROLE_CYCLE.index(current.role) + 1) % len(ROLE_CYCLE)]
        statement_id = current.id
        self._step(lambda: self.book.edit_statement(statement_id, role=role))

    def action_behalf(self) -> None:
        current = self.book.current_statement
        if current is None or current.id is None:
            self.notify("No statement yet: log a speaker first.", markup=False)
            return
        statement_id = current.id

        def done(group: str | None) -> None:
            if group is not None:
                self._step(lambda: self.book.edit_statement(statement_id, on_behalf_of=group))
            self.set_focus(self.query_one("#point", Input))

        from .behalf import BehalfDialog

        self.app.push_screen(BehalfDialog(current.speaker, current.on_behalf_of), done)

    # corrections, on the entry highlighted in the log ----------------------------------------

    def _selected(self) -> EntryRef | None:
        """The entry highlighted in the log, when the log has the cursor."""
        log = self.query_one(LogView)
        return log.highlighted_entry if self.focused is log else None

    def action_delete_entry(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        entry_id = selected.id
        counted = self._counted_for()
        if counted:  # the point shown again under a speaker counted on it: that speaker comes off it
            change = self._step(lambda: self.book.uncount_speaker(entry_id, counted))
        else:
            delete = {
                EntryKind.STATEMENT: self.book.delete_statement,
                EntryKind.POINT: self.book.delete_point,
                EntryKind.PRESENTATION: self.book.delete_presentation,
            }[selected.kind]
            change = self._step(lambda: delete(entry_id))
        if change is not None:
            self.notify(
                f"{change.description[:1].upper()}{change.description[1:]}. {key_for('undo')} brings it back.",
                markup=False,
                timeout=4,
            )

    def _counted_for(self) -> str:
        """The speaker counted on the highlighted point, when it is the point shown again under them."""
        row = self.query_one(LogView).highlighted_row
        return row.counted_for if row is not None else ""

    def _next_point_place(self, step: int) -> int | None:
        """The place in the item's points of the next point (by ``step``) under the same statement
        as the highlighted one; None when it is the first or last there."""
        log = self.query_one(LogView)
        line = log.highlighted
        while line is not None and 0 <= line + step < len(log.rows):
            line += step
            row = log.rows[line]
            if row.kind != POINT:
                return None
            if not row.counted_for:
                return row.place
        return None

    def action_move_entry(self, step: int) -> None:
        """A statement moves past the next one (with the points made under it); a point moves past
        the next point made under the same statement, which is its place in the draft."""
        selected = self._selected()
        item = self.book.current_item
        if selected is None or item is None:
            return
        entry_id = selected.id
        if selected.kind is EntryKind.PRESENTATION:  # among the presentations: the order the report lists them in
            to = [p.id for p in item.presentations].index(entry_id) + step
            if 0 <= to < len(item.presentations):
                self._step(lambda: self.book.move_presentation(entry_id, to))
            return
        if selected.kind is EntryKind.STATEMENT:
            index = [s.id for s in item.statements].index(entry_id)
            if 0 <= index + step < len(item.statements):
                self._step(lambda: self.book.move_statement(entry_id, item.key, index + step))
            return
        if self._counted_for():
            self.notify(
                "This line shows the point again under a speaker counted on it: move the point itself, where it was logged.",
                markup=False,
                timeout=6,
            )
            return
        place = self._next_point_place(step)
        if place is not None:
            self._step(lambda: self.book.move_point(entry_id, item.key, place))
            return
        self.notify(
            "A point stays under the statement it was made in: to give it to another speaker, correct who made it (Enter).",
            markup=False,
            timeout=6,
        )

    @on(LogView.Chosen)
    def edit_entry(self, event: LogView.Chosen) -> None:
        """Enter on a logged entry: correct it (not in a read-only copy)."""
        event.stop()
        if self.read_only:
            return
        entry, item = event.entry, self.book.current_item
        if item is None:
            return
        from ...core.list_lines import logged_speakers
        from .entry_dialogs import PointDialog, PresentationDialog, StatementDialog

        if entry.kind is EntryKind.PRESENTATION:
            presentation = next(p for p in item.presentations if p.id == entry.id)
            self.app.push_screen(
                PresentationDialog(presentation, logged_speakers(self.book.session), self._suggest_names),
                lambda corrected: self._correct_presentation(entry.id, corrected),
            )
        elif entry.kind is EntryKind.STATEMENT:
            statement = next(s for s in item.statements if s.id == entry.id)
            self.app.push_screen(
                StatementDialog(statement, logged_speakers(self.book.session), self._suggest_names),
                lambda corrected: self._correct_statement(entry.id, corrected),
            )
        else:
            point = next(p for p in item.points if p.id == entry.id)
            self.app.push_screen(
                PointDialog(point, self._suggest_names), lambda corrected: self._correct_point(entry.id, corrected)
            )

    def _correct_statement(self, statement_id: int, corrected: StatementCorrection | None) -> None:
        if corrected is not None:
            self._step(
                lambda: self.book.edit_statement(
                    statement_id,
                    speaker=corrected.speaker,
                    on_behalf_of=corrected.on_behalf_of,
                    role=corrected.role,
                    capacity=corrected.capacity,
                    text=corrected.text,
                    note=corrected.note,
                    person=corrected.person,
                )
            )

    def _correct_presentation(self, presentation_id: int, corrected: PresentationEntry | None) -> None:
        if corrected is not None:
            self._step(
                lambda: self.book.edit_presentation(
                    presentation_id,
                    title=corrected.title,
                    speaker=corrected.speaker,
                    on_behalf_of=corrected.on_behalf_of,
                    role=corrected.role,
                )
            )

    def action_presentation(self) -> None:
        """A presentation by the speaker typed in the speaker box: its title is asked for, then it
        is logged at the current item and meeting. The current speaker stays who they were."""
        from ...core.list_lines import logged_speakers
        from .entry_dialogs import PresentationDialog

        box = self.query_one("#speaker-box", CompletingInput)
        speaker = box.chosen_now()[0].strip()
        if not speaker:
            self.notify(f"Type who gives the presentation in the speaker box, then {key_for('presentation')}.", markup=False)
            return
        new = Presentation("", speaker, self.book.role_for(speaker), self.behalf)
        dialog = PresentationDialog(new, logged_speakers(self.book.session), self._suggest_names, "Log a presentation")

        def done(typed: PresentationEntry | None) -> None:
            if typed is not None and (
                self._step(
                    lambda: self.book.log_presentation(
                        typed.title, typed.speaker, role=typed.role, on_behalf_of=typed.on_behalf_of
                    )
                )
                is not None
            ):
                box.clear()
                self._no_behalf()
            self.set_focus(self.query_one("#speaker", Input))

        self.app.push_screen(dialog, done)

    def _correct_point(self, point_id: int, corrected: PointCorrection | None) -> None:
        if corrected is not None:
            self._step(
                lambda: self.book.edit_point(
                    point_id,
                    text=corrected.text,
                    speakers=list(corrected.speakers),
                    heading=corrected.heading,
                    named=corrected.named,
                    join=corrected.join,
                    lead=corrected.lead,
                )
            )

    def show_change(self, change: StepOutcome, undone: bool) -> str:
        """After an undo or a redo; when it changed who has the floor and the box with the cursor
        holds nothing typed, the cursor goes where the next thing to type is: the speaker box once
        a speaker is undone (the right one is typed next), the point box once one is brought back.
        An entry typed in a box and undone goes back into it, with the cursor (_typed_back)."""
        floor = self._floor
        self.refresh_all(change)
        back, with_the_cursor = self._typed_back(undone)
        if with_the_cursor:
            return back
        now = change.cursor.statement
        box = self.focused
        if now == floor or not self._is_a_box(box):
            return back
        if not box.value:
            self.set_focus(self.query_one("#speaker" if undone or now is None else "#point", Input))
        return back

    def _typed_in(self, typed: Typed) -> None:
        """What was typed in a box (``typed``) was taken by the step just taken."""
        step = self.book.step_to_undo
        if step is not None:
            self._typed = [*self._typed[-(TYPED_KEPT - 1) :], (step, typed)]

    def _typed_back(self, undone: bool) -> tuple[str, bool]:
        """Typing taken by a step, undone: it goes back into its box (unless something is typed
        there), selected (a letter typed replaces it, an arrow edits it), with what went with it
        (the group spoken for, the heading, the joining); with the cursor, unless the cursor is
        in the other box with typing in it. What to add to the undo's notice, and whether the
        cursor went with it."""
        step = self.book.step_to_redo
        found = next((typed for taken, typed in self._typed if taken is step), None) if undone else None
        if step is None or found is None:
            return "", False
        box = self.query_one(found.box, Input)
        if box.value:
            return "", False
        if found.behalf:
            self._behalf_shown(found.behalf)
        if found.heading and not self.heading:
            self.heading = found.heading
        if found.join:
            self._joins(True)
        box.value = found.text
        box.select_all()
        self._put_back_by_undo[found.box] = (step, found.text)
        where = "speaker" if found.box == "#speaker" else "point"
        focused = self.focused
        if self._is_a_box(focused) and focused is not box and focused.value and not self._is_put_back(focused):
            return f"; back in the {where} box (the cursor stays with what is typed)", False
        self.set_focus(box)
        return f"; back in the {where} box, selected: typing replaces it", True

    def _is_put_back(self, box: Input) -> bool:
        """The box holds what an undo put back, untouched since (not typing)."""
        put = self._put_back_by_undo.get(f"#{box.id}")
        return put is not None and box.value == put[1]

    def _clear_put_back(self) -> None:
        """What an undo put back and is still there as put, once its step is done again (a redo,
        on any screen): taken out, or Enter would log it twice. Edited, it is the note-taker's."""
        for box_id, (step, text) in list(self._put_back_by_undo.items()):
            box = self.query_one(box_id, Input)
            if box.value != text:
                del self._put_back_by_undo[box_id]
            elif self.book.has_done(step):
                box.value = ""
                del self._put_back_by_undo[box_id]

    def action_toggle_draft(self) -> None:
        """The draft with the cursor, to scroll it (on a narrow screen in the log's place); f2
        again, or typing, gives the cursor back to the box."""
        draft = self.query_one(DraftView)
        if self.size.width >= WIDE:  # the draft is in view beside the log: f2 moves the cursor
            show = self.focused is not draft
        else:
            self.narrow_draft = show = not self.narrow_draft
            self._lay_out()
        if show:
            if self._is_a_box(self.focused):  # where f2 again brings the cursor back
                self._box = self.focused
            self.set_focus(draft)
        elif self.read_only:
            self.set_focus(self.query_one(LogView))
        else:
            self.set_focus(self._box or self.query_one("#speaker", Input))

    def action_toggle_whole(self) -> None:
        self.whole = not self.whole
        self.export_whole = None  # the latest choice: exports follow the draft again
        self.refresh_draft()

    def action_statistics(self) -> None:
        """Speaking time by speaker, group and role, over this screen; it follows each change made
        or followed here until it is closed."""
        from .statistics import StatisticsScreen

        def closed(_: None) -> None:
            self._statistics = None

        self._statistics = StatisticsScreen(self)
        self.app.push_screen(self._statistics, closed)

    def keys_listed(self) -> list[tuple[str, str]]:
        from .help import live_keys

        return live_keys(self.looking if self.read_only else None)

    def action_export(self) -> None:
        """The whole report, or the current item when the draft shows only that."""
        from .export_dialog import ExportDialog, default_folder

        whole = self.whole if self.export_whole is None else self.export_whole
        item = None if whole else self.book.cursor.item or None
        app = unreport_app(self)
        settings = app.settings
        folder = default_folder(self.store.path, settings.export_folder, app.scratch)

        dialog = ExportDialog(
            lambda: self.book.session,
            self.store.path,
            item,
            folder,
            current=self.book.cursor.item or None,
            format=settings.export_format,
        )

        def done(path: Path | None) -> None:
            if path is not None:
                self.notify(f"Wrote {path}", markup=False, timeout=8)
                from ...exporters import SESSION_FILE  # loaded by the dialog already

                # Only a choice made: a session file holds everything whatever was chosen, and with
                # no current item there was none to make.
                if dialog.format_written != SESSION_FILE and dialog.current is not None:
                    self.export_whole = dialog.item is None
                if (settings.export_folder, settings.export_format) != (str(path.parent), dialog.format_written):
                    settings.export_folder = str(path.parent)  # the next export is offered there
                    settings.export_format = dialog.format_written  # and in this format
                    app.save_settings()

        self.app.push_screen(dialog, done)

    def action_prepare(self, at_the_list: bool = False) -> None:
        from .prepare import PrepareScreen

        self._cursor_to_speaker_box()
        self.app.push_screen(PrepareScreen(self.book, at_the_list), self._back_from)

    def action_chairs_list(self) -> None:
        """The Chair's list of speakers of the current item, to paste or type (the prepare screen,
        with the cursor in it)."""
        if self.book.current_item is None:
            self.notify(f"There is no agenda item yet: add one on the prepare screen ({key_for('prepare')}).", markup=False)
            return
        self.action_prepare(at_the_list=True)

    def action_proposals(self) -> None:
        """Action on the draft resolutions and decisions of the current item."""
        from .proposals import ProposalsScreen

        if self.book.current_item is None:
            self.notify(f"There is no agenda item yet: add one on the prepare screen ({key_for('prepare')}).", markup=False)
            return
        self._cursor_to_speaker_box()
        self.app.push_screen(ProposalsScreen(self.book), self._back_from)

    def _cursor_to_speaker_box(self) -> None:
        """The cursor in the speaker box, now. Also as this screen is left for the prepare or the
        proposals screen, which always come back to logging: Textual gives it back the moment the
        screen is shown again. Given back only later (``_back_from``), keys typed right after the
        way back went first to the box the cursor had before ("kenya": "k" in the point box, "enya"
        found Kenya). Not yet composed (a database with no item opens on the prepare screen),
        there is no box yet: ``_back_from`` puts it there."""
        for box in self.query("#speaker").results(Input):
            self.set_focus(box)

    def _back_from(self, destination: Destination | None) -> None:
        """The prepare or the proposals screen left (``Destination.LIVE``): the session as it left it,
        and the cursor in the speaker box."""
        if destination is Destination.LIVE:
            self.refresh_all()
            self._cursor_to_speaker_box()

    def switch_item(self, key: str) -> None:
        self._step(lambda: self.book.switch_item(key))

    def switch_meeting(self, number: int) -> None:
        self._step(lambda: self.book.switch_meeting(number))


def _newest_logged(item: Item | None) -> EntryRef | None:
    """The entry logged last in ``item``: of its newest statement and newest point (ids grow as
    they are logged), the later by meeting and time; a point when they tie, as it is made while
    its speaker has the floor. A presentation given later than both is the newest. None for an
    empty item."""
    if item is None:
        return None

    def when(entry: Statement | Point | Presentation) -> tuple[int, dt.time]:
        return (entry.meeting if entry.meeting is not None else -1, entry.time or dt.time.min)

    statement = max(item.statements, key=lambda s: s.id or 0, default=None)
    point = max(item.points, key=lambda p: p.id or 0, default=None)
    presentation = max(item.presentations, key=lambda p: p.id or 0, default=None)
    if (
        presentation is not None
        and presentation.id is not None
        and all(other is None or when(presentation) > when(other) for other in (statement, point))
    ):
        return presentation_ref(presentation.id)
    if point is not None and point.id is not None and (statement is None or when(point) >= when(statement)):
        return point_ref(point.id)
    return statement_ref(statement.id) if statement is not None and statement.id is not None else None
