"""The logbook: every change a note-taker makes, as one reversible step.

The app calls the logbook for everything it changes; the logbook keeps the session in memory,
writes each step through the SessionStore as one journal record, and keeps the steps for undo
and redo. Each step returns a Change that says what it touched, so that a view refreshes only
that. No Textual in here: it is tested on its own and could drive another front end.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..core.model import (Action, ActionKind, Document, Item, ListEntry, Meeting, Officer, Organization, Point, Proposal, Role,
                          Session, Statement, StatementKind, default_role)
from ..core.named_point import unresolved_speakers
from ..core.quantifier import speaker_identity
from ..storage import SaveFailed, SessionStore
from .edits import (HEADER, AddDocument, AddEntry, AddItem, AddMeeting, Cursor, DropDocument, DropEntry, DropItem,
                    DropMeeting, Edit, Live, MoveCursor, MoveEntry, OrderDocuments, OrderItems, OrderMeetings,
                    ReplaceDocument, ReplaceEntry, ReplaceItem, ReplaceMeeting, SetInfo, Touched)
from .proposal_edits import AddProposal, DropProposal, ReplaceProposal, SetOrganization


class LogbookError(ValueError):
    """A step that cannot be taken (no such entry, no current speaker …); one line for the user.
    Nothing was changed."""


@dataclass(frozen=True)
class Change:
    """What one step (or its undo) changed."""

    description: str  # "Logged Chile", "Undone: logged Chile"
    items: frozenset[str]  # keys of the agenda items to render again
    statements: frozenset[int]
    points: frozenset[int]
    everything: bool  # the session data or meetings changed: render every item again
    cursor: Cursor  # where the note-taker is after the step
    not_saved: str = ""  # the disk refused it: kept in memory, saved with the next change


@dataclass
class Step:
    description: str
    edits: list[Edit]


def _now() -> dt.datetime:
    return dt.datetime.now()


class Logbook:
    def __init__(self, store: SessionStore, clock: Callable[[], dt.datetime] = _now, sitting_goes_on: bool = False) -> None:
        """``sitting_goes_on``: the sitting that logged the current statement is still going on (a
        read-only copy following a writing copy that has the database open), so that statement,
        if it has no duration yet, is still running."""
        self.store = store
        self.clock = clock
        self.live = Live(store.load())
        # The statements started since the logbook was opened: only one of these can be running.
        # A statement left without a duration by an earlier sitting (the app was killed) is not:
        # the time the app was closed (a lunch break, a night) is never speaking time.
        self._started: set[int] = set()
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        item, meeting = store.cursor()
        session = self.live.session
        if not session.item(item):
            item = session.items[-1].key if session.items else ""
        if meeting is not None and not session.meeting(meeting):
            meeting = None
        if meeting is None and session.meetings:
            meeting = max(m.number for m in session.meetings)
        current = session.item(item)
        last = current.statements[-1].id if current and current.statements else None
        self.live.cursor = Cursor(item, meeting, last)
        if sitting_goes_on and last is not None:
            self._started.add(last)

    # what is there -----------------------------------------------------------------------

    @property
    def session(self) -> Session:
        return self.live.session

    @property
    def cursor(self) -> Cursor:
        return self.live.cursor

    @property
    def current_item(self) -> Item | None:
        return self.session.item(self.cursor.item)

    @property
    def current_statement(self) -> Statement | None:
        found = self._find("statement", self.cursor.statement) if self.cursor.statement is not None else None
        return found[2] if found else None  # type: ignore[return-value]

    @property
    def running_statement(self) -> Statement | None:
        """The current statement if its clock is running: started since the logbook was opened,
        and not ended (by the next speaker, a switch of item or meeting, the floor closed, or the
        app closed)."""
        current = self.current_statement
        if current is None or current.id not in self._started or current.duration is not None or current.time is None:
            return None
        return current

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

    def _find(self, kind: str, entry_id: int | None) -> tuple[str, int, Statement | Point] | None:
        for item in self.session.items:
            entries: Sequence[Statement | Point] = item.statements if kind == "statement" else item.points
            for index, entry in enumerate(entries):
                if entry.id == entry_id:
                    return item.key, index, entry
        return None

    def _located(self, kind: str, entry_id: int) -> tuple[str, int, Statement | Point]:
        found = self._find(kind, entry_id)
        if found is None:
            raise LogbookError(f"there is no {kind} with id {entry_id}; it may have been deleted")
        return found

    def _item(self, key: str | None = None) -> Item:
        key = self.cursor.item if key is None else key
        item = self.session.item(key)
        if item is None:
            raise LogbookError(f"there is no agenda item {key!r}" if key else
                               "there is no agenda item yet: add one first")
        return item

    def _require_meetings(self, *numbers: int | None) -> None:
        """LogbookError for the first meeting given (None: no meeting) that the session does not declare."""
        for number in numbers:
            if number is not None and not self.session.meeting(number):
                raise LogbookError(f"meeting {number} is not declared; add it to the session's meetings first")

    # running steps -----------------------------------------------------------------------

    def _run(self, edits: list[Edit], description: str, history: bool = True) -> Change:
        """Apply the edits to the database (one journal record), then to memory."""
        not_saved = ""
        try:
            with self.store.batch():
                for edit in edits:
                    edit.to_store(self.store)
        except SaveFailed as error:  # in memory and pending in the store: saved with the next change
            not_saved = str(error)
        for edit in edits:
            edit.to_memory(self.live)
        if history:
            self._undo.append(Step(description, edits))
            self._redo.clear()
        return self._change(description, edits, not_saved)

    def _change(self, description: str, edits: list[Edit], not_saved: str) -> Change:
        touched = [edit.touched() for edit in edits]
        union = Touched(
            items=frozenset().union(*(t.items for t in touched)),
            statements=frozenset().union(*(t.statements for t in touched)),
            points=frozenset().union(*(t.points for t in touched)),
            everything=any(t.everything for t in touched),
        )
        return Change(description, union.items, union.statements, union.points, union.everything, self.cursor, not_saved)

    def undo(self) -> Change | None:
        if not self._undo:
            return None
        step = self._undo.pop()
        inverse = [edit.inverse() for edit in reversed(step.edits)]
        change = self._run(inverse, f"Undone: {step.description}", history=False)
        self._redo.append(step)
        return change

    def redo(self) -> Change | None:
        if not self._redo:
            return None
        step = self._redo.pop()
        change = self._run(step.edits, f"Redone: {step.description}", history=False)
        self._undo.append(step)
        return change

    def _cursor_to(self, **changes: object) -> list[Edit]:
        after = dataclasses.replace(self.cursor, **changes)  # type: ignore[arg-type]
        return [MoveCursor(self.cursor, after)] if after != self.cursor else []

    # statements --------------------------------------------------------------------------

    def _statement_edits(self, speaker: str, role: Role | None, on_behalf_of: str, kind: StatementKind,
                         text: str, meeting: int | None, time: dt.time | None) -> list[Edit]:
        speaker = speaker.strip()
        if not speaker:
            raise LogbookError("type a speaker first")
        role = role or default_role(speaker)
        if role is None:
            raise LogbookError(f"{speaker!r} is not a State: say whether it is a signatory, an IGO, an NGO or an official")
        item = self._item()
        meeting = self.cursor.meeting if meeting is None else meeting
        self._require_meetings(meeting)
        statement = Statement(speaker, role, kind, on_behalf_of.strip(), text.strip(), meeting=meeting,
                              time=time if time is not None else self.clock().time().replace(microsecond=0))
        edits: list[Edit] = []
        if meeting is not None and meeting not in item.meetings:
            # The opening paragraph ("At its 4th and 5th meetings …") follows what happened.
            widened = _header(item, meetings=sorted([*item.meetings, meeting]))
            edits.append(ReplaceItem(_header(item), widened))
        add = AddEntry("statement", item.key, len(item.statements), statement)
        edits.append(add)
        return edits

    def log_statement(self, speaker: str, role: Role | None = None, on_behalf_of: str = "",
                      kind: StatementKind = StatementKind.STATEMENT, text: str = "", meeting: int | None = None,
                      time: dt.time | None = None) -> Change:
        """A statement by ``speaker`` at the current item and meeting, starting now; its speaker
        becomes the current speaker (points are attributed to them)."""
        edits = self._statement_edits(speaker, role, on_behalf_of, kind, text, meeting, time)
        return self._logged(edits, f"logged {speaker.strip()}")

    def _logged(self, edits: list[Edit], description: str) -> Change:
        """Run the step, then point the cursor at the statement it added (its id is known only now)."""
        add = next(e for e in edits if isinstance(e, AddEntry))
        not_saved = ""
        try:
            with self.store.batch():
                for edit in edits:
                    edit.to_store(self.store)
                move = MoveCursor(self.cursor, dataclasses.replace(self.cursor, statement=add.entry.id))
                move.to_store(self.store)
        except SaveFailed as error:
            not_saved = str(error)
        edits.append(move)
        for edit in edits:
            edit.to_memory(self.live)
        assert add.entry.id is not None
        self._started.add(add.entry.id)
        self._undo.append(Step(description, edits))
        self._redo.clear()
        return self._change(description, edits, not_saved)

    def _ending(self) -> list[Edit]:
        """End the running statement (its speaking time saved), if there is one. It is part of the
        step that ends it (the next speaker, a switch of item or meeting), so that one undo brings
        both back, the clock running again; alone it is the step "floor closed"."""
        current = self.running_statement
        if current is None or current.time is None:
            return []
        key, index, _ = self._located("statement", current.id)  # type: ignore[arg-type]
        started = dt.datetime.combine(self.clock().date(), current.time)
        seconds = int((self.clock().replace(microsecond=0) - started).total_seconds()) % 86400
        return [ReplaceEntry("statement", key, index, current, dataclasses.replace(current, duration=seconds))]

    def end_statement(self) -> Change:
        """The floor closed: the running statement ends now and its speaking time is saved."""
        current = self.running_statement
        if current is None:
            raise LogbookError("nobody has the floor: the last speaker's time is already saved")
        return self._run(self._ending(), f"closed the floor after {current.speaker}")

    def next_speaker(self, speaker: str, role: Role | None = None, on_behalf_of: str = "",
                     kind: StatementKind = StatementKind.STATEMENT, text: str = "") -> Change:
        """End the current statement and log the next, in one step. A speaker on the Chair's list
        who takes the floor (for a statement, not a reply) leaves the list in the same step,
        whether they were typed or taken from the list."""
        statement = self._statement_edits(speaker, role, on_behalf_of, kind, text, None, None)
        if kind is StatementKind.STATEMENT:
            self._off_the_list(speaker, statement)
        return self._logged(self._ending() + statement, f"logged {speaker.strip()}")

    def _off_the_list(self, speaker: str, statement: list[Edit]) -> None:
        item = self._item()
        wanted = speaker_identity(speaker)
        place = next((n for n, entry in enumerate(item.speakers_list) if speaker_identity(entry.speaker) == wanted),
                     None)
        if place is None:
            return
        rest = item.speakers_list[:place] + item.speakers_list[place + 1:]
        widened = next((e for e in statement if isinstance(e, ReplaceItem)), None)
        if widened is not None:  # the item gains the meeting in the same edit that shortens the list
            widened.after = _header(widened.after, speakers_list=rest)
        else:
            statement.insert(0, ReplaceItem(_header(item), _header(item, speakers_list=rest)))

    def edit_statement(self, statement_id: int, **changes: object) -> Change:
        key, index, before = self._located("statement", statement_id)
        after = dataclasses.replace(before, **changes)  # type: ignore[arg-type]
        if not isinstance(before, Statement) or not isinstance(after, Statement) or not after.speaker.strip():
            raise LogbookError("a statement needs a speaker")
        edits: list[Edit] = [ReplaceEntry("statement", key, index, before, after)]
        item = self._item(key)
        edits += self._points_renamed(item, before, after)
        edits += self._spelling_everywhere(before, after)
        if after.meeting is not None and after.meeting not in item.meetings:
            self._require_meetings(after.meeting)
            edits.insert(0, ReplaceItem(_header(item), _header(item, meetings=sorted([*item.meetings, after.meeting]))))
        return self._run(edits, f"edited the statement of {after.speaker}")

    def _points_renamed(self, item: Item, before: Statement, after: Statement) -> list[Edit]:
        """A speaker corrected (logged as Croatia, it was Czechia): the points logged under the
        wrong name go to the right one, when no other statement of the item has the wrong name
        (then every point under it was made by this speaker)."""
        old, new = speaker_identity(before.speaker), after.speaker.strip()
        if old == speaker_identity(new) or any(
                s is not before and speaker_identity(s.speaker) == old for s in item.statements):
            return []
        edits: list[Edit] = []
        for index, point in enumerate(item.points):
            if any(speaker_identity(name) == old for name in point.speakers):
                speakers: list[str] = []
                for name in point.speakers:
                    name = new if speaker_identity(name) == old else name
                    if speaker_identity(name) not in map(speaker_identity, speakers):
                        speakers.append(name)
                roles = {new if speaker_identity(name) == old else name: role for name, role in point.roles.items()}
                edits.append(ReplaceEntry("point", item.key, index, point,
                                          dataclasses.replace(point, speakers=speakers, roles=roles)))
        return edits

    def _spelling_everywhere(self, before: Statement, after: Statement) -> list[Edit]:
        """A speaker's name written another way, the same speaker ("Elders" made "the Elders"):
        the correction is remembered for that speaker in the whole session, in every statement
        and every point that names them, so that the report writes them one way and the speaker
        box offers the corrected name."""
        old, new = before.speaker.strip(), after.speaker.strip()
        if old == new or speaker_identity(old) != speaker_identity(new):
            return []
        edits: list[Edit] = []
        for item in self.session.items:
            for index, statement in enumerate(item.statements):
                if statement.id != before.id and statement.speaker.strip() != new \
                        and speaker_identity(statement.speaker) == speaker_identity(new):
                    edits.append(ReplaceEntry("statement", item.key, index, statement,
                                              dataclasses.replace(statement, speaker=new)))
            for index, point in enumerate(item.points):
                speakers = [new if speaker_identity(name) == speaker_identity(new) else name for name in point.speakers]
                if speakers != point.speakers:
                    edits.append(ReplaceEntry("point", item.key, index, point, dataclasses.replace(point, speakers=speakers)))
        return edits

    def delete_statement(self, statement_id: int) -> Change:
        key, index, statement = self._located("statement", statement_id)
        assert isinstance(statement, Statement)
        edits: list[Edit] = [DropEntry("statement", key, index, statement), *self._roles_kept(key, statement)]
        if self.cursor.statement == statement_id:
            edits += self._cursor_to(statement=None)
        return self._run(edits, f"deleted the statement of {statement.speaker}")

    def _roles_kept(self, key: str, statement: Statement) -> list[Edit]:
        """A named point whose speaker's last statement on the item goes keeps the role that
        statement gave it (``point.roles``): nothing else would say how to name an official or an
        organization the data does not know ("The observer for Secretary of the Commission")."""
        item = self._item(key)
        me = speaker_identity(statement.speaker)
        if any(s.id != statement.id and speaker_identity(s.speaker) == me for s in item.statements):
            return []
        edits: list[Edit] = []
        for index, point in enumerate(item.points):
            typed = next((name for name in point.speakers if speaker_identity(name) == me), None)
            if not point.named or typed is None or any(speaker_identity(name) == me for name in point.roles):
                continue
            roles = {**point.roles, typed: statement.role}
            edits.append(ReplaceEntry("point", key, index, point, dataclasses.replace(point, roles=roles)))
        return edits

    def move_statement(self, statement_id: int, item_key: str, index: int) -> Change:
        return self._move("statement", statement_id, item_key, index)

    # points ------------------------------------------------------------------------------

    def log_point(self, text: str, impersonal: bool = False, heading: str = "", join: bool = False,
                  quantifier: str = "", named: bool = False) -> Change:
        """A point made by the current speaker (none for an impersonal point: "It was noted that …");
        ``named``: the speaker is its subject ("The representative of Brazil stressed …")."""
        text = text.strip()
        if not text:
            raise LogbookError("type the point first")
        item = self._item()
        speakers: list[str] = []
        if not impersonal:
            current = self.current_statement
            if current is None:
                raise LogbookError("no current speaker: log a speaker first, or make the point impersonal")
            speakers = [current.speaker]
        point = Point(text, speakers, quantifier.strip(), heading.strip(), join, named=named and not impersonal,
                      meeting=self.cursor.meeting, time=self.clock().time().replace(microsecond=0))
        return self._run([AddEntry("point", item.key, len(item.points), point)], f"logged a point: {_short(text)}")

    def add_speaker_to_point(self, point_id: int, speaker: str | None = None) -> Change:
        """Another speaker made this point too (the current one by default)."""
        key, index, point = self._located("point", point_id)
        if speaker is None:
            current = self.current_statement
            if current is None:
                raise LogbookError("no current speaker to add to the point")
            speaker = current.speaker
        assert isinstance(point, Point)
        if speaker_identity(speaker) in {speaker_identity(s) for s in point.speakers}:
            # Counted twice, one speaker would read as two ("Two speakers" for one delegation).
            raise LogbookError(f"{speaker.strip()} is already counted on that point: nothing changed")
        after = dataclasses.replace(point, speakers=[*point.speakers, speaker])
        return self._run([ReplaceEntry("point", key, index, point, after)], f"added {speaker} to a point")

    def uncount_speaker(self, point_id: int, speaker: str) -> Change:
        """A speaker counted on a point by mistake (ctrl+s on the wrong one) taken off it; the
        speaker it was logged for stays."""
        key, index, point = self._located("point", point_id)
        assert isinstance(point, Point)
        if speaker not in point.speakers[1:]:
            raise LogbookError(f"{speaker} is not counted on this point")
        speakers = list(point.speakers)
        del speakers[speakers.index(speaker, 1)]
        return self._run([ReplaceEntry("point", key, index, point, dataclasses.replace(point, speakers=speakers))],
                         f"took {speaker} off a point: {_short(point.text)}")

    def edit_point(self, point_id: int, **changes: object) -> Change:
        key, index, before = self._located("point", point_id)
        after = dataclasses.replace(before, **changes)  # type: ignore[arg-type]
        if not isinstance(after, Point) or not after.text.strip():
            raise LogbookError("a point needs some text")
        # The role given for a speaker taken off the point goes with them (the session file refuses a stray one).
        speakers = {speaker_identity(name) for name in after.speakers}
        after.roles = {name: role for name, role in after.roles.items() if speaker_identity(name) in speakers}
        for name in unresolved_speakers(self._item(key), after):
            # The report could only guess how to name them ("The observer for …" whatever they are).
            raise LogbookError(f"{name.strip()} made no statement on this item and is not a State: log their "
                               "statement first, or make the point not named")
        return self._run([ReplaceEntry("point", key, index, before, after)], f"edited a point: {_short(after.text)}")

    def delete_point(self, point_id: int) -> Change:
        key, index, point = self._located("point", point_id)
        assert isinstance(point, Point)
        return self._run([DropEntry("point", key, index, point)], f"deleted a point: {_short(point.text)}")

    def move_point(self, point_id: int, item_key: str, index: int) -> Change:
        return self._move("point", point_id, item_key, index)

    def _move(self, kind: str, entry_id: int, item_key: str, index: int) -> Change:
        key, from_index, _ = self._located(kind, entry_id)
        target = self._item(item_key)
        size = len(target.statements if kind == "statement" else target.points) - (1 if key == item_key else 0)
        if not 0 <= index <= size:
            raise LogbookError(f"there is no place {index + 1} to move the {kind} to")
        if key == item_key and index == from_index:
            raise LogbookError(f"the {kind} is already there")
        return self._run([MoveEntry(kind, entry_id, key, from_index, item_key, index)], f"moved a {kind}")

    # the session, meetings, items and documents ------------------------------------------

    def edit_session(self, **changes: object) -> Change:
        after = dataclasses.replace(self.session.info, **changes)  # type: ignore[arg-type]
        return self._run([SetInfo(self.session.info, after)], "edited the session data")

    def _meeting_index(self, number: int) -> int:
        for index, meeting in enumerate(self.session.meetings):
            if meeting.number == number:
                return index
        raise LogbookError(f"there is no meeting {number}")

    def add_meeting(self, meeting: Meeting, index: int | None = None) -> Change:
        if self.session.meeting(meeting.number):
            raise LogbookError(f"meeting {meeting.number} is already declared")
        index = len(self.session.meetings) if index is None else index
        return self._run([AddMeeting(index, meeting)], f"added meeting {meeting.number}")

    def edit_meeting(self, number: int, meeting: Meeting) -> Change:
        index = self._meeting_index(number)
        if meeting.number != number:
            if self.session.meeting(meeting.number):
                raise LogbookError(f"meeting {meeting.number} is already declared")
            if self._meeting_in_use(number):
                raise LogbookError(f"meeting {number} has statements or items; it keeps its number")
        return self._run([ReplaceMeeting(index, self.session.meetings[index], meeting)], f"edited meeting {number}")

    def _meeting_in_use(self, number: int) -> bool:
        return any(number in item.meetings or any(s.meeting == number for s in item.statements)
                   for item in self.session.items)

    def remove_meeting(self, number: int) -> Change:
        index = self._meeting_index(number)
        if self._meeting_in_use(number):
            raise LogbookError(f"meeting {number} has statements or items; move or delete them first")
        edits: list[Edit] = [DropMeeting(index, self.session.meetings[index])]
        if self.cursor.meeting == number:
            edits += self._cursor_to(meeting=None)
        return self._run(edits, f"removed meeting {number}")

    def reorder_meetings(self, numbers: list[int]) -> Change:
        before = [m.number for m in self.session.meetings]
        if sorted(numbers) != sorted(before):
            raise LogbookError("the new order must name each meeting once")
        return self._run([OrderMeetings(before, list(numbers))], "reordered the meetings")

    # the organization chapter -----------------------------------------------------------------

    def edit_organization(self, **changes: object) -> Change:
        """The organization chapter's data (a chapter is started by the first change)."""
        before = self.session.organization
        after = dataclasses.replace(before or Organization(), **changes)  # type: ignore[arg-type]
        self._require_meetings(after.officers_meeting, after.agenda_meeting)
        return self._run([SetOrganization(before, after)], "edited the organization chapter")

    def add_officer(self, office: str, name: str, country: str = "") -> Change:
        if not office.strip() or not name.strip():
            raise LogbookError("an officer needs an office (Chair, Vice-Chair, Rapporteur) and a name")
        officers = [*(self.session.organization.officers if self.session.organization else []),
                    Officer(office.strip(), name.strip(), country.strip())]
        return self.edit_organization(officers=officers)

    # proposals and what the body does with them ---------------------------------------------

    def proposals(self) -> list[Proposal]:
        """The current item's proposals, in order."""
        return [p for p in self.session.proposals if p.item == self.cursor.item]

    def _proposal(self, key: str) -> tuple[int, Proposal]:
        for index, proposal in enumerate(self.session.proposals):
            if proposal.key == key:
                return index, proposal
        raise LogbookError(f"there is no proposal {key!r}")

    def add_proposal(self, title: str, kind: str = "draft resolution", symbol: str = "",
                     submitted_by: Sequence[str] = (), on_behalf_of: str = "") -> Change:
        """A draft resolution or decision before the body under the current item."""
        item = self._item()
        if not title.strip():
            raise LogbookError("a proposal needs its title")
        taken = {p.key for p in self.session.proposals}
        key = symbol.strip() or "P1"
        n = 1
        while key in taken:
            n += 1
            key = f"{symbol.strip() or 'P'}{'-' if symbol.strip() else ''}{n}"
        proposal = Proposal(key, item.key, title.strip(), kind.strip() or "draft resolution", symbol.strip(),
                            [name.strip() for name in submitted_by if name.strip()], on_behalf_of.strip())
        return self._run([AddProposal(len(self.session.proposals), proposal)],
                         f"added the {proposal.kind} {proposal.symbol or proposal.title}")

    def edit_proposal(self, key: str, **changes: object) -> Change:
        index, before = self._proposal(key)
        after = dataclasses.replace(before, **changes)  # type: ignore[arg-type]
        if not after.title.strip():
            raise LogbookError("a proposal needs its title")
        return self._run([ReplaceProposal(index, before, after)], f"edited the {after.kind} {after.symbol or after.title}")

    def remove_proposal(self, key: str) -> Change:
        index, proposal = self._proposal(key)
        return self._run([DropProposal(index, proposal)], f"removed the {proposal.kind} {proposal.symbol or proposal.title}")

    def log_action(self, key: str, action: Action) -> Change:
        """What the body did with a proposal, at the current meeting unless ``action`` says."""
        index, before = self._proposal(key)
        if action.meeting is None and action.kind not in (ActionKind.BEFORE, ActionKind.AFTER):
            action = dataclasses.replace(action, meeting=self.cursor.meeting)
        self._require_meetings(action.meeting)
        after = dataclasses.replace(before, actions=[*before.actions, action])
        return self._run([ReplaceProposal(index, before, after)],
                         f"logged: {action.kind.value} ({before.symbol or before.title})")

    def add_item(self, item: Item, index: int | None = None) -> Change:
        if not item.key.strip():
            raise LogbookError("an agenda item needs a key")
        if self.session.item(item.key):
            raise LogbookError(f"another agenda item already has the key {item.key!r}")
        self._require_meetings(*item.meetings)
        fresh = _header(item)  # a new item starts empty; entries are logged into it
        index = len(self.session.items) if index is None else index
        edits: list[Edit] = [AddItem(index, fresh)]
        if not self.cursor.item:
            edits += self._cursor_to(item=fresh.key)
        return self._run(edits, f"added agenda item {item.number or item.key}")

    def edit_item(self, item_key: str, **changes: object) -> Change:
        key = item_key
        item = self._item(key)
        after = _header(item, **changes)
        if not after.key.strip():
            raise LogbookError("an agenda item needs a key")
        if after.key != key and self.session.item(after.key):
            raise LogbookError(f"another agenda item already has the key {after.key!r}")
        edits: list[Edit] = [ReplaceItem(_header(item), after)]
        if after.key != key:  # its proposals follow it to its new key
            edits += [ReplaceProposal(n, p, dataclasses.replace(p, item=after.key))
                      for n, p in enumerate(self.session.proposals) if p.item == key]
        if after.key != key and self.cursor.item == key:
            edits += self._cursor_to(item=after.key)
        return self._run(edits, f"edited agenda item {after.number or after.key}")

    def remove_item(self, key: str) -> Change:
        item = self._item(key)
        index = self.session.items.index(item)
        # Its proposals go with it, the last first so that each index is right when undone.
        edits: list[Edit] = [DropProposal(n, p) for n, p in reversed(list(enumerate(self.session.proposals)))
                             if p.item == key]
        edits.append(DropItem(index, item.copy()))
        if self.cursor.item == key:
            others = [i.key for i in self.session.items if i.key != key]
            edits += self._cursor_to(item=others[min(index, len(others) - 1)] if others else "", statement=None)
        return self._run(edits, f"removed agenda item {item.number or item.key}")

    def reorder_items(self, keys: list[str]) -> Change:
        before = [i.key for i in self.session.items]
        if sorted(keys) != sorted(before):
            raise LogbookError("the new order must name each agenda item once")
        return self._run([OrderItems(before, list(keys))], "reordered the agenda items")

    def add_document(self, item_key: str, document: Document, index: int | None = None) -> Change:
        item = self._item(item_key)
        if not document.title.strip():
            raise LogbookError("a document needs a title")
        index = len(item.documents) if index is None else index
        return self._run([AddDocument(item_key, index, document)], f"added a document to item {item.number}")

    def _document_index(self, item: Item, index: int) -> int:
        if not 0 <= index < len(item.documents):
            raise LogbookError(f"agenda item {item.key!r} has no document number {index + 1}")
        return index

    def edit_document(self, item_key: str, index: int, document: Document) -> Change:
        item = self._item(item_key)
        self._document_index(item, index)
        return self._run([ReplaceDocument(item_key, index, item.documents[index], document)], "edited a document")

    def remove_document(self, item_key: str, index: int) -> Change:
        item = self._item(item_key)
        self._document_index(item, index)
        return self._run([DropDocument(item_key, index, item.documents[index])], "removed a document")

    def reorder_documents(self, item_key: str, order: list[int]) -> Change:
        item = self._item(item_key)
        if sorted(order) != list(range(len(item.documents))):
            raise LogbookError("the new order must name each document once")
        return self._run([OrderDocuments(item_key, list(order))], "reordered the documents")

    # the Chair's list of speakers ----------------------------------------------------------

    def set_speakers_list(self, entries: Sequence[ListEntry | str]) -> Change:
        """The Chair's list for the current item, in order, each entry resolved (a name alone is
        a speaker with no group and their own role)."""
        item = self._item()
        cleaned = [dataclasses.replace(e, speaker=e.speaker.strip(), on_behalf_of=e.on_behalf_of.strip())
                   if isinstance(e, ListEntry) else ListEntry(e.strip()) for e in entries
                   if (e.speaker if isinstance(e, ListEntry) else e).strip()]
        return self._run([ReplaceItem(_header(item), _header(item, speakers_list=cleaned))],
                         f"set the list of speakers of item {item.number}")

    def next_from_list(self) -> Change:
        """Log the first speaker on the Chair's list (ending the running statement) and take them
        off the list, in one step."""
        item = self._item()
        if not item.speakers_list:
            raise LogbookError("the list of speakers is empty: add names on the prepare screen (f5)")
        first = item.speakers_list[0]
        statement = self._statement_edits(first.speaker, first.role or self.role_for(first.speaker), first.on_behalf_of,
                                          StatementKind.STATEMENT, "", None, None)
        self._off_the_list(first.speaker, statement)
        return self._logged(self._ending() + statement, f"logged {first.speaker} from the list")

    def role_for(self, speaker: str) -> Role:
        """The role to log ``speaker`` with: the one they had when last logged (a signatory stays a
        signatory, an official an official), else a State's own, else NGO until the note-taker
        says otherwise. The same speaker however typed ("USA", "United States of America")."""
        wanted = speaker_identity(speaker)
        for item in reversed(self.session.items):
            for statement in reversed(item.statements):
                if speaker_identity(statement.speaker) == wanted:
                    return statement.role
        return default_role(speaker) or Role.NGO

    # where the note-taker is -------------------------------------------------------------

    def switch_item(self, key: str) -> Change:
        item = self._item(key)
        last = item.statements[-1].id if item.statements else None
        edits = self._cursor_to(item=key, statement=last)
        if not edits:
            raise LogbookError(f"agenda item {item.number or key} is already the current one")
        return self._run(self._ending() + edits, f"switched to agenda item {item.number or key}")

    def switch_meeting(self, number: int) -> Change:
        self._meeting_index(number)
        edits = self._cursor_to(meeting=number)
        if not edits:
            raise LogbookError(f"meeting {number} is already the current one")
        return self._run(self._ending() + edits, f"switched to meeting {number}")


def _header(item: Item, **changes: object) -> Item:
    """The item's own fields and documents, without its entries (what ReplaceItem changes)."""
    fields = {name: getattr(item, name) for name in HEADER}
    fields.update(changes)
    fields["meetings"] = list(fields["meetings"])
    fields["documents"] = list(fields["documents"])
    return Item(**fields)


def _short(text: str, length: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"
