"""The logbook: every change a note-taker makes, as one reversible step.

The app calls the logbook for everything it changes; the logbook keeps the session in memory,
writes each step through the SessionStore as one journal record, and keeps the steps for undo
and redo. Each step returns a StepOutcome that says what it changed, so that a view refreshes
only that. No Textual in here: it is tested on its own and could drive another front end.

This module is the history: running a step, undo and redo, what is there now. What each step
is made of is built, per area, by the step builders (``entry_steps``, ``agenda_steps``,
``proposal_steps``, ``organization_steps``, ``speakers_list_steps``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..core.imported_list import ImportedList, Value
from ..core.model import Action, Document, EntryKind, Item, ListEntry, Meeting, Proposal, Role, Session, Statement, StatementKind
from ..core.speaking_time import Speaking
from ..storage import SaveFailed, SessionStore
from . import (
    agenda_steps,
    entry_steps,
    list_import_steps,
    organization_steps,
    presentation_steps,
    proposal_steps,
    speakers_list_steps,
)
from .edits import Cursor, CursorToNewStatement, Edit, SessionInMemory
from .steps import LogbookError, Step

__all__ = ["Logbook", "LogbookError", "StepOutcome"]


@dataclass(frozen=True)
class StepOutcome:
    """What one step (or its undo) changed, for the screens: what to say and what to draw again."""

    description: str  # "Logged Chile", "Undone: logged Chile"
    items: frozenset[str]  # keys of the agenda items to render again
    statements: frozenset[int]
    points: frozenset[int]
    everything: bool  # the session data or meetings changed: render every item again
    cursor: Cursor  # where the note-taker is after the step
    not_saved: str = ""  # the disk refused it: kept in memory, saved with the next change
    presentations: frozenset[int] = frozenset()


def _now() -> dt.datetime:
    return dt.datetime.now()


class Logbook:
    def __init__(self, store: SessionStore, clock: Callable[[], dt.datetime] = _now, sitting_goes_on: bool = False) -> None:
        """``sitting_goes_on``: the sitting that logged the current statement is still going on (a
        read-only copy following a writing copy that has the database open), so that statement,
        if it has no duration yet, is still running."""
        self.store = store
        self.clock = clock
        self.memory = SessionInMemory(store.load())
        # The statements started since the logbook was opened: only one of these can be running.
        # A statement left without a duration by an earlier sitting (the app was killed) is not:
        # the time the app was closed (a lunch break, a night) is never speaking time.
        self._started: set[int] = set()
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        item, meeting = store.cursor()
        session = self.memory.session
        if not session.item(item):
            item = session.items[-1].key if session.items else ""
        if meeting is not None and not session.meeting(meeting):
            meeting = None
        if meeting is None and session.meetings:
            meeting = max(m.number for m in session.meetings)
        current = session.item(item)
        last = current.statements[-1].id if current and current.statements else None
        self.memory.cursor = Cursor(item, meeting, last)
        if sitting_goes_on and last is not None:
            self._started.add(last)

    # what is there -----------------------------------------------------------------------

    @property
    def session(self) -> Session:
        return self.memory.session

    @property
    def cursor(self) -> Cursor:
        return self.memory.cursor

    @property
    def current_item(self) -> Item | None:
        return self.session.item(self.cursor.item)

    @property
    def current_statement(self) -> Statement | None:
        return entry_steps.current_statement(self.memory)

    @property
    def running_statement(self) -> Statement | None:
        """The current statement if its clock is running: started since the logbook was opened,
        and not ended (by the next speaker, a switch of item or meeting, the floor closed, or the
        app closed)."""
        current = self.current_statement
        if current is None or current.id not in self._started or current.duration is not None or current.time is None:
            return None
        return current

    def speaking(self, now: dt.datetime) -> Speaking | None:
        """The statement whose clock runs, with the seconds it has run by ``now`` (as the status
        line counts them)."""
        running = self.running_statement
        if running is None or running.time is None:
            return None
        started = dt.datetime.combine(now.date(), running.time)
        return Speaking(running, int((now - started).total_seconds()) % 86400)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_description(self) -> str:
        return self._undo[-1].description if self._undo else ""

    @property
    def redo_description(self) -> str:
        return self._redo[-1].description if self._redo else ""

    @property
    def step_to_undo(self) -> Step | None:
        """The step an undo would take back: the last one taken (or redone)."""
        return self._undo[-1] if self._undo else None

    @property
    def step_to_redo(self) -> Step | None:
        """The step a redo would take again: the last one undone."""
        return self._redo[-1] if self._redo else None

    def has_done(self, step: Step) -> bool:
        """``step`` is in the history as done (taken or redone, not undone since)."""
        return any(done is step for done in reversed(self._undo))

    # the history -------------------------------------------------------------------------

    def _run(self, step: Step) -> StepOutcome:
        """Take a new step: it goes on the undo history, and nothing is left to redo."""
        not_saved = self._apply(step.edits)
        self._undo.append(step)
        self._redo.clear()
        return self._outcome(step.description, step.edits, not_saved)

    def _apply(self, edits: list[Edit]) -> str:
        """The edits to the database (one journal record), then to memory; why they are not saved
        yet, or ""."""
        not_saved = ""
        try:
            with self.store.batch():
                for edit in edits:
                    edit.to_store(self.store)
        except SaveFailed as error:  # in memory and pending in the store: saved with the next change
            not_saved = str(error)
        for edit in edits:
            edit.to_memory(self.memory)
            if isinstance(edit, CursorToNewStatement) and edit.added.entry.id is not None:
                self._started.add(edit.added.entry.id)  # a speaker given the floor: their clock runs
        return not_saved

    def _outcome(self, description: str, edits: list[Edit], not_saved: str) -> StepOutcome:
        changed = [edit.touched() for edit in edits]
        return StepOutcome(
            description,
            items=frozenset().union(*(c.items for c in changed)),
            statements=frozenset().union(*(c.statements for c in changed)),
            points=frozenset().union(*(c.points for c in changed)),
            everything=any(c.everything for c in changed),
            cursor=self.cursor,
            not_saved=not_saved,
            presentations=frozenset().union(*(c.presentations for c in changed)),
        )

    def undo(self) -> StepOutcome | None:
        if not self._undo:
            return None
        step = self._undo.pop()
        inverse = [edit.inverse() for edit in reversed(step.edits)]
        not_saved = self._apply(inverse)
        self._redo.append(step)
        return self._outcome(f"Undone: {step.description}", inverse, not_saved)

    def redo(self) -> StepOutcome | None:
        if not self._redo:
            return None
        step = self._redo.pop()
        not_saved = self._apply(step.edits)
        self._undo.append(step)
        return self._outcome(f"Redone: {step.description}", step.edits, not_saved)

    def _ending(self) -> list[Edit]:
        return entry_steps.ending(self.memory, self.clock, self.running_statement)

    # statements --------------------------------------------------------------------------

    def log_statement(
        self,
        speaker: str,
        role: Role | None = None,
        on_behalf_of: str = "",
        kind: StatementKind = StatementKind.STATEMENT,
        text: str = "",
        meeting: int | None = None,
        time: dt.time | None = None,
    ) -> StepOutcome:
        """A statement by ``speaker`` at the current item and meeting, starting now; its speaker
        becomes the current speaker (points are attributed to them)."""
        return self._run(
            entry_steps.log_statement(self.memory, self.clock, speaker, role, on_behalf_of, kind, text, meeting, time)
        )

    def end_statement(self) -> StepOutcome:
        """The floor closed: the running statement ends now and its speaking time is saved."""
        return self._run(entry_steps.end_statement(self.memory, self.clock, self.running_statement))

    def next_speaker(
        self,
        speaker: str,
        role: Role | None = None,
        on_behalf_of: str = "",
        kind: StatementKind = StatementKind.STATEMENT,
        text: str = "",
    ) -> StepOutcome:
        """End the current statement and log the next, in one step. A speaker on the Chair's list
        who takes the floor (for a statement, not a reply) leaves the list in the same step,
        whether they were typed or taken from the list."""
        return self._run(
            entry_steps.next_speaker(self.memory, self.clock, self.running_statement, speaker, role, on_behalf_of, kind, text)
        )

    def edit_statement(self, statement_id: int, **changes: object) -> StepOutcome:
        return self._run(entry_steps.edit_statement(self.memory, statement_id, changes))

    def delete_statement(self, statement_id: int) -> StepOutcome:
        return self._run(entry_steps.delete_statement(self.memory, statement_id))

    def move_statement(self, statement_id: int, item_key: str, index: int) -> StepOutcome:
        return self._run(entry_steps.move_entry(self.memory, EntryKind.STATEMENT, statement_id, item_key, index))

    # points ------------------------------------------------------------------------------

    def log_point(
        self,
        text: str,
        impersonal: bool = False,
        heading: str = "",
        join: bool = False,
        quantifier: str = "",
        named: bool = False,
    ) -> StepOutcome:
        """A point made by the current speaker (none for an impersonal point: "It was noted that …");
        ``named``: the speaker is its subject ("The representative of Brazil stressed …")."""
        return self._run(entry_steps.log_point(self.memory, self.clock, text, impersonal, heading, join, quantifier, named))

    def add_speaker_to_point(self, point_id: int, speaker: str | None = None) -> StepOutcome:
        """Another speaker made this point too (the current one by default)."""
        return self._run(entry_steps.add_speaker_to_point(self.memory, point_id, speaker))

    def uncount_speaker(self, point_id: int, speaker: str) -> StepOutcome:
        """A speaker counted on a point by mistake (ctrl+s on the wrong one) taken off it; the
        speaker it was logged for stays."""
        return self._run(entry_steps.uncount_speaker(self.memory, point_id, speaker))

    def edit_point(self, point_id: int, **changes: object) -> StepOutcome:
        return self._run(entry_steps.edit_point(self.memory, point_id, changes))

    def delete_point(self, point_id: int) -> StepOutcome:
        return self._run(entry_steps.delete_point(self.memory, point_id))

    def move_point(self, point_id: int, item_key: str, index: int) -> StepOutcome:
        return self._run(entry_steps.move_entry(self.memory, EntryKind.POINT, point_id, item_key, index))

    # presentations -----------------------------------------------------------------------

    def log_presentation(
        self,
        title: str,
        speaker: str,
        role: Role | None = None,
        on_behalf_of: str = "",
        meeting: int | None = None,
        time: dt.time | None = None,
    ) -> StepOutcome:
        """A presentation entitled ``title`` by ``speaker`` at the current item and meeting, given
        now. It does not change the current speaker: points go on being theirs."""
        return self._run(
            presentation_steps.log_presentation(self.memory, self.clock, title, speaker, role, on_behalf_of, meeting, time)
        )

    def edit_presentation(self, presentation_id: int, **changes: object) -> StepOutcome:
        return self._run(presentation_steps.edit_presentation(self.memory, presentation_id, changes))

    def delete_presentation(self, presentation_id: int) -> StepOutcome:
        return self._run(presentation_steps.delete_presentation(self.memory, presentation_id))

    def move_presentation(self, presentation_id: int, index: int) -> StepOutcome:
        """To another place in its item's presentations (the order the report lists them in)."""
        return self._run(presentation_steps.move_presentation(self.memory, presentation_id, index))

    # the session, meetings, items and documents ------------------------------------------

    def edit_session(self, **changes: object) -> StepOutcome:
        return self._run(agenda_steps.edit_session(self.memory, changes))

    def add_meeting(self, meeting: Meeting, index: int | None = None) -> StepOutcome:
        return self._run(agenda_steps.add_meeting(self.memory, meeting, index))

    def edit_meeting(self, number: int, meeting: Meeting) -> StepOutcome:
        return self._run(agenda_steps.edit_meeting(self.memory, number, meeting))

    def remove_meeting(self, number: int) -> StepOutcome:
        return self._run(agenda_steps.remove_meeting(self.memory, number))

    def reorder_meetings(self, numbers: list[int]) -> StepOutcome:
        return self._run(agenda_steps.reorder_meetings(self.memory, numbers))

    def add_item(self, item: Item, index: int | None = None, current: bool = False) -> StepOutcome:
        """``current``: the new item becomes the current one, in the same step (the running
        statement ends, as when switching to it)."""
        return self._run(agenda_steps.add_item(self.memory, item, index, self._ending() if current else None))

    def edit_item(self, item_key: str, **changes: object) -> StepOutcome:
        return self._run(agenda_steps.edit_item(self.memory, item_key, changes))

    def remove_item(self, key: str) -> StepOutcome:
        return self._run(agenda_steps.remove_item(self.memory, key))

    def reorder_items(self, keys: list[str]) -> StepOutcome:
        return self._run(agenda_steps.reorder_items(self.memory, keys))

    def add_document(self, item_key: str, document: Document, index: int | None = None) -> StepOutcome:
        return self._run(agenda_steps.add_document(self.memory, item_key, document, index))

    def edit_document(self, item_key: str, index: int, document: Document) -> StepOutcome:
        return self._run(agenda_steps.edit_document(self.memory, item_key, index, document))

    def remove_document(self, item_key: str, index: int) -> StepOutcome:
        return self._run(agenda_steps.remove_document(self.memory, item_key, index))

    def reorder_documents(self, item_key: str, order: list[int]) -> StepOutcome:
        return self._run(agenda_steps.reorder_documents(self.memory, item_key, order))

    # the organization chapter -----------------------------------------------------------------

    def edit_organization(self, **changes: object) -> StepOutcome:
        """The organization chapter's data (a chapter is started by the first change)."""
        return self._run(organization_steps.edit_organization(self.memory, changes))

    def add_officer(self, office: str, name: str, country: str = "") -> StepOutcome:
        return self._run(organization_steps.add_officer(self.memory, office, name, country))

    # proposals and what the body does with them ---------------------------------------------

    def proposals(self) -> list[Proposal]:
        """The current item's proposals, in order."""
        return [p for p in self.session.proposals if p.item == self.cursor.item]

    def add_proposal(
        self,
        title: str,
        kind: str = "draft resolution",
        symbol: str = "",
        submitted_by: Sequence[str] = (),
        on_behalf_of: str = "",
    ) -> StepOutcome:
        """A draft resolution or decision before the body under the current item."""
        return self._run(proposal_steps.add_proposal(self.memory, title, kind, symbol, submitted_by, on_behalf_of))

    def edit_proposal(self, key: str, **changes: object) -> StepOutcome:
        return self._run(proposal_steps.edit_proposal(self.memory, key, changes))

    def remove_proposal(self, key: str) -> StepOutcome:
        return self._run(proposal_steps.remove_proposal(self.memory, key))

    def log_action(self, key: str, action: Action) -> StepOutcome:
        """What the body did with a proposal, at the current meeting unless ``action`` says."""
        return self._run(proposal_steps.log_action(self.memory, key, action))

    # the Chair's list of speakers ----------------------------------------------------------

    def set_speakers_list(self, entries: Sequence[ListEntry | str]) -> StepOutcome:
        """The Chair's list for the current item, in order, each entry resolved (a name alone is
        a speaker with no group and their own role)."""
        return self._run(speakers_list_steps.set_speakers_list(self.memory, entries))

    def next_from_list(self) -> StepOutcome:
        """Log the first speaker on the Chair's list (ending the running statement) and take them
        off the list, in one step."""
        return self._run(speakers_list_steps.next_from_list(self.memory, self.clock, self.running_statement))

    def role_for(self, speaker: str) -> Role:
        return speakers_list_steps.role_for(self.memory, speaker)

    def import_list(self, imported: ImportedList, answers: Sequence[Value | None] = (), item_key: str = "") -> StepOutcome:
        """A list read from a file (the Chair's list or the documents of ``item_key``, or the list
        of participants), with an answer for each line not resolved (None leaves it out), as one step."""
        return self._run(list_import_steps.import_list(self.memory, imported, answers, item_key))

    # where the note-taker is -------------------------------------------------------------

    def switch_item(self, key: str) -> StepOutcome:
        return self._run(agenda_steps.switch_item(self.memory, key, self._ending()))

    def switch_meeting(self, number: int) -> StepOutcome:
        return self._run(agenda_steps.switch_meeting(self.memory, number, self._ending()))
