"""Who had the floor, how often and for how long: for a meeting, an agenda item or the whole session,
by speaker (a delegation, an organization, an official), by group spoken for and by role.

A statement's speaking time is its ``duration``, measured live (the clock runs from the moment the
speaker is logged until the next one is, or the floor is closed). A statement without one (imported
from a session file, typed later, or left open by a crash) is counted as a statement and said to have
"time not measured": never taken as zero, never in an average or a share of the floor. The statement
running now counts with the seconds it has run so far, when the caller gives them (``Speaking``).

A statement passed its time limit when it ran longer than the limit for its role (the limits the
note-taker sets in the app, in seconds by role): the rule the status line uses while it runs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .model import ROLE_LABELS, Role, Session, Statement, StatementKind


class Scope(StrEnum):
    MEETING = "meeting"
    ITEM = "item"
    SESSION = "session"


class SortBy(StrEnum):
    TIME = "time"  # the longest total speaking time first
    COUNT = "count"  # the most statements and replies first


class ScopeError(ValueError):
    """An item or a meeting the session does not have; the message is one line for the user."""


@dataclass(frozen=True)
class Speaking:
    """The statement whose clock runs now, and the seconds it has run."""

    statement: Statement
    seconds: int


@dataclass
class Tally:
    """One row: a speaker's, a group's, a role's or everyone's statements and speaking time."""

    name: str
    statements: int = 0  # in their own right (not replies)
    replies: int = 0  # in exercise of the right of reply
    timed: int = 0  # of those, how many have a measured speaking time
    seconds: int = 0  # the measured speaking time, added up
    over_limit: int = 0  # how many ran longer than the time limit for their role
    speaking: bool = False  # its statement is the one running now (counted with its time so far)

    @property
    def count(self) -> int:
        return self.statements + self.replies

    @property
    def not_measured(self) -> int:
        """Statements and replies whose time was not measured: counted, never as zero."""
        return self.count - self.timed

    @property
    def average(self) -> float | None:
        """Seconds per statement whose time was measured; None when none was."""
        return self.seconds / self.timed if self.timed else None


@dataclass
class SpeakingTime:
    """The statistics of one scope: a row per speaker, per group spoken for and per role, and the total."""

    title: str  # the scope in words: "Meeting 3", "Agenda item 4", "The session"
    speakers: list[Tally] = field(default_factory=list)
    groups: list[Tally] = field(default_factory=list)  # statements made on behalf of a group (or a State)
    roles: list[Tally] = field(default_factory=list)
    total: Tally = field(default_factory=lambda: Tally("Total"))
    limits: Mapping[Role, int] = field(default_factory=dict)
    speaking_now: str = ""  # who has the floor now (their time so far is counted), "" for nobody

    def share(self, tally: Tally) -> float | None:
        """The part of the measured speaking time that is ``tally``'s, from 0 to 1; None when no
        time was measured at all."""
        return tally.seconds / self.total.seconds if self.total.seconds else None


def ordered(tallies: Iterable[Tally], by: SortBy) -> list[Tally]:
    """Longest (or most often) first; then by the other measure, then by name."""
    if by is SortBy.TIME:
        return sorted(tallies, key=lambda t: (-t.seconds, -t.count, t.name.casefold()))
    return sorted(tallies, key=lambda t: (-t.count, -t.seconds, t.name.casefold()))


def percentages(shares: Sequence[float]) -> list[int]:
    """Shares of a whole (adding up to 1) as whole percentages that add up to exactly 100: each
    rounded down, the points left over given to the largest remainders (so a table never adds up
    to 99% or 101%). Shares that add up to 0 give zeros."""
    if not shares or sum(shares) <= 0:
        return [0] * len(shares)
    exact = [share * 100 for share in shares]
    floors = [int(value) for value in exact]
    left = round(sum(exact)) - sum(floors)
    by_remainder = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in by_remainder[: max(0, left)]:
        floors[i] += 1
    return floors


def clock(seconds: float | None) -> str:
    """A speaking time as a clock reads it: "4:05", "1:02:03"; "" for none."""
    if seconds is None:
        return ""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def scope_title(session: Session, item: str | None, meeting: int | None) -> str:
    """The scope in words, after checking it: ``ScopeError`` for an item or meeting not there."""
    parts = []
    if meeting is not None:
        held = {m.number for m in session.meetings} | {
            s.meeting for i in session.items for s in i.statements if s.meeting is not None
        }
        if meeting not in held:
            known = ", ".join(str(n) for n in sorted(held)) or "none yet"
            raise ScopeError(f"the session has no meeting {meeting} (its meetings: {known})")
        parts.append(f"Meeting {meeting}")
    if item is not None:
        found = session.item(item)
        if found is None:
            keys = ", ".join(i.key for i in session.items) or "none"
            raise ScopeError(f"no agenda item has the key {item!r} (the keys: {keys})")
        parts.append(f"agenda item {found.number}" if parts else f"Agenda item {found.number}")
    return ", ".join(parts) if parts else "The session"


class Identities:
    """One key per speaker however typed ("USA", "United States"), worked out once per spelling and
    kept: a screen that counts again after each statement does not look every name up again."""

    def __init__(self) -> None:
        self._known: dict[str, str] = {}
        self._behalf: dict[str, tuple[str, str]] = {}

    def __call__(self, name: str) -> str:
        key = self._known.get(name)
        if key is None:
            from .quantifier import speaker_identity  # the country data is loaded when first needed

            key = self._known[name] = speaker_identity(name) if name.strip() else ""
        return key

    def behalf(self, name: str) -> tuple[str, str]:
        """The key and the name of a row of the groups table: a group by its name however typed
        ("g77", "G-77": the Group of 77 and China), by its UN name (not a profile's own word for
        it, "Group D"); anything else as a speaker."""
        found = self._behalf.get(name)
        if found is None:
            from .countries import resolve_group

            group = resolve_group(name)
            if group is not None:
                found = (f"group:{group.name}", group.name)
            else:
                key = self(name)
                found = (key, _named(key, name))
            self._behalf[name] = found
        return found


def _named(identity: str, typed: str) -> str:
    """A row's name: a State's or an organization's as the UN writes it ("Russian Federation" for
    "Russia"), so that two spellings are one row under one name; anyone else's as typed."""
    kind, _, name = identity.partition(":")
    return name if kind in ("state", "organization") and name else typed.strip()


def speaking_time(
    session: Session,
    item: str | None = None,
    meeting: int | None = None,
    limits: Mapping[Role, int] | None = None,
    speaking: Speaking | None = None,
    identities: Identities | None = None,
) -> SpeakingTime:
    """The statistics of the statements of ``item`` (its key) at ``meeting`` (its number); either
    left out: every item, every meeting. ``ScopeError`` for an item or a meeting the session does
    not have. ``limits``: seconds by role. ``speaking``: the statement running now, counted with
    its time so far."""
    limits = dict(limits or {})
    identity = identities or Identities()
    result = SpeakingTime(scope_title(session, item, meeting), limits=limits)
    speakers: dict[str, Tally] = {}
    groups: dict[str, Tally] = {}
    roles: dict[Role, Tally] = {}
    running = speaking.statement if speaking is not None else None
    running_id = running.id if running is not None else None
    items = [session.item(item)] if item is not None else session.items
    # Counted once per statement and added to its rows in one pass (the screen counts again after
    # every statement logged: a method call per row and statement cost more than the counting).
    for each in items:
        assert each is not None  # checked by scope_title
        for statement in each.statements:
            if meeting is not None and statement.meeting != meeting:
                continue
            now = running is not None and (statement is running or (running_id is not None and statement.id == running_id))
            seconds = speaking.seconds if now and speaking is not None else statement.duration
            limit = limits.get(statement.role)
            reply = statement.kind is StatementKind.REPLY
            over = seconds is not None and limit is not None and seconds > limit
            key = identity(statement.speaker)
            speaker = speakers.get(key)
            if speaker is None:
                speaker = speakers[key] = Tally(_named(key, statement.speaker))
            role = roles.get(statement.role)
            if role is None:
                role = roles[statement.role] = Tally(ROLE_LABELS[statement.role])
            rows: tuple[Tally, ...] = (speaker, role)
            if statement.on_behalf_of.strip():
                key, name = identity.behalf(statement.on_behalf_of)
                group = groups.get(key)
                if group is None:
                    group = groups[key] = Tally(name)
                rows = (speaker, role, group)
            for row in rows:
                if reply:
                    row.replies += 1
                else:
                    row.statements += 1
                if seconds is not None:
                    row.timed += 1
                    row.seconds += seconds
                    row.over_limit += over
            if now:
                speaker.speaking = role.speaking = True
                if len(rows) == 3:
                    rows[2].speaking = True
                result.speaking_now = speaker.name
    result.speakers = list(speakers.values())
    result.groups = list(groups.values())
    result.roles = [roles[role] for role in Role if role in roles]
    total = result.total  # every statement has one role: the roles add up to the total
    for role in result.roles:
        total.statements += role.statements
        total.replies += role.replies
        total.timed += role.timed
        total.seconds += role.seconds
        total.over_limit += role.over_limit
        total.speaking = total.speaking or role.speaking
    return result
