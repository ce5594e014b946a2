"""How a session is laid out as database documents: plain dicts, one per statement or point,
so that logging one speaker writes one small document.

Reading checks every field: a database edited by hand or by another program gets one line naming
the document and the field, as a session file does, instead of failing somewhere later."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar, cast

from ..core.model import (
    Action,
    ActionKind,
    Allocation,
    Attendance,
    CountedVote,
    Counting,
    Debate,
    Decision,
    Distribution,
    Document,
    Item,
    ListEntry,
    Meeting,
    ObserversAdmitted,
    Officer,
    Organization,
    Point,
    Presentation,
    Proposal,
    RecordedVote,
    Role,
    Session,
    SessionInfo,
    SpeakerNoun,
    Statement,
    StatementKind,
    SummaryOrder,
    Vote,
)
from ..core.session_file.session import speakers_list_values
from .errors import DatabaseCorrupt


def meeting_record(meeting: Meeting) -> dict[str, Any]:
    return {"number": meeting.number, "date": meeting.date.isoformat() if meeting.date else None}


def info_record(info: SessionInfo, meetings: list[Meeting]) -> dict[str, Any]:
    return {
        "body": info.body,
        "body_short": info.body_short,
        "title": info.title,
        "venue": info.venue,
        "dates": [d.isoformat() for d in info.dates] if info.dates else None,
        "other_periods": [[d.isoformat() for d in period] for period in info.other_periods],
        "symbol": info.symbol,
        "distribution": info.distribution.value,
        "issued": info.issued.isoformat() if info.issued else None,
        "original": info.original,
        "rapporteur": info.rapporteur,
        "rapporteur_country": info.rapporteur_country,
        "addendum": info.addendum,
        "first_paragraph": info.first_paragraph,
        "profile": info.profile,
        "parent": info.parent,
        "reports_to": info.reports_to,
        "report_title": info.report_title,
        "report_item_number": info.report_item_number,
        "report_item_title": info.report_item_title,
        "rapporteur_office": info.rapporteur_office,
        "draft": info.draft,
        # "" (or null) for as the profile says; an older unreport always wrote a value, which is
        # read back as the session's own, so that its report does not change under it.
        "speaker_noun": _stored(info.speaker_noun),
        "quantifiers": _stored(info.quantifiers),
        "dialogue": info.dialogue,
        "order": _stored(info.order),
        "narrate": info.narrate,
        "body_running": info.body_running,
        "meetings": [meeting_record(m) for m in meetings],
    }


def document_record(document: Document) -> dict[str, Any]:
    return {"title": document.title, "symbol": document.symbol}


def item_record(item: Item, position: float) -> dict[str, Any]:
    return {
        "key": item.key,
        "number": item.number,
        "title": item.title,
        "chapter": item.chapter,
        "section": item.section,
        "part": item.part,
        "meetings": list(item.meetings),
        "position": position,
        "documents": [document_record(d) for d in item.documents],
        "speakers_list": speakers_list_values(item.speakers_list),
        # "" for as the session says, as the database has always held it.
        "speaker_noun": _stored(item.speaker_noun),
        "quantifiers": _stored(item.quantifiers),
        "dialogue": item.dialogue,
        "order": _stored(item.order),
        "narrate": item.narrate,
        "mandate": item.mandate,
        "allocation": _allocation_record(item.allocation),
        "summary_records": list(item.summary_records),
        "statements_form": item.statements_form,
        "general_exchange": item.general_exchange,
        "debate": _stored(item.debate),
    }


def _allocation_record(allocation: Allocation | None) -> dict[str, Any] | None:
    if allocation is None:
        return None
    return {"meeting": allocation.meeting, "date": allocation.date.isoformat(), "session": allocation.session}


def _stored(choice: StrEnum | None) -> str:
    return "" if choice is None else str(choice)


def statement_record(item_key: str, statement: Statement, position: float) -> dict[str, Any]:
    return {
        "item": item_key,
        "position": position,
        "speaker": statement.speaker,
        "role": statement.role.value,
        "kind": statement.kind.value,
        "on_behalf_of": statement.on_behalf_of,
        "text": statement.text,
        "meeting": statement.meeting,
        "time": statement.time.isoformat() if statement.time else None,
        "duration": statement.duration,
        "capacity": statement.capacity,
    } | _rare(note=statement.note, person=statement.person)


def _rare(**fields: str) -> dict[str, str]:
    """A statement's rare fields (a note, an official's name), kept only when set: the record stays
    as it was without them."""
    return {name: value for name, value in fields.items() if value}


def presentation_record(item_key: str, presentation: Presentation, position: float) -> dict[str, Any]:
    return {
        "item": item_key,
        "position": position,
        "title": presentation.title,
        "speaker": presentation.speaker,
        "role": presentation.role.value,
        "on_behalf_of": presentation.on_behalf_of,
        "meeting": presentation.meeting,
        "time": presentation.time.isoformat() if presentation.time else None,
    }


def proposal_record(proposal: Proposal, position: float) -> dict[str, Any]:
    """A proposal with its actions in one document: they are written and read together."""
    return {
        "key": proposal.key,
        "item": proposal.item,
        "position": position,
        "kind": proposal.kind,
        "title": proposal.title,
        "symbol": proposal.symbol,
        "submitted_by": list(proposal.submitted_by),
        "on_behalf_of": proposal.on_behalf_of,
        "outcome_symbol": proposal.outcome_symbol,
        "see": proposal.see,
        "actions": [_action_record(a) for a in proposal.actions],
    }


def _action_record(action: Action) -> dict[str, Any]:
    vote: str | dict[str, list[str]] | dict[str, int] = (
        {
            "in_favour": list(action.vote.in_favour),
            "against": list(action.vote.against),
            "abstaining": list(action.vote.abstaining),
        }
        if isinstance(action.vote, RecordedVote)
        else {"in_favour": action.vote.in_favour, "against": action.vote.against, "abstaining": action.vote.abstaining}
        if isinstance(action.vote, CountedVote)
        else action.vote.value
    )
    return {
        "kind": action.kind.value,
        "meeting": action.meeting,
        "speaker": action.speaker,
        "on_behalf_of": action.on_behalf_of,
        "speakers": list(action.speakers),
        "text": action.text,
        "revisions": list(action.revisions),
        "vote": vote,
    }


def organization_record(organization: Organization) -> dict[str, Any]:
    attendance = organization.attendance
    return {
        "chapter": organization.chapter,
        "agenda_symbol": organization.agenda_symbol,
        "officers_meeting": organization.officers_meeting,
        "agenda_meeting": organization.agenda_meeting,
        "documents_annex": organization.documents_annex,
        "attendance_annex": organization.attendance_annex,
        "officers": [{"office": o.office, "name": o.name, "country": o.country} for o in organization.officers],
        "attendance": None
        if attendance is None
        else {
            "members": list(attendance.members),
            "observer_states": list(attendance.observer_states),
            "igos": list(attendance.igos),
            "ngos": list(attendance.ngos),
            "listed": attendance.listed,
        },
        "opened_by": _person_record(organization.opened_by),
        "chair": _person_record(organization.chair),
        "observers_admitted": None
        if organization.observers_admitted is None
        else {"meeting": organization.observers_admitted.meeting, "states": list(organization.observers_admitted.states)},
    }


def _person_record(person: Officer | None) -> dict[str, str] | None:
    return None if person is None else {"office": person.office, "name": person.name, "country": person.country}


def point_record(item_key: str, point: Point, position: float) -> dict[str, Any]:
    return {
        "item": item_key,
        "position": position,
        "text": point.text,
        "speakers": list(point.speakers),
        "quantifier": point.quantifier,
        "heading": point.heading,
        "join": point.join,
        "named": point.named,
        "lead": point.lead,
        "meeting": point.meeting,
        "time": point.time.isoformat() if point.time else None,
        # Always there, even empty: a correction updates the stored fields, and must be able to clear it.
        "roles": {name: role.value for name, role in point.roles.items()},
    }


_Choice = TypeVar("_Choice", bound=StrEnum)
_Default = TypeVar("_Default")


class _Fields:
    """One stored document, read field by field; a bad field is one line naming it."""

    def __init__(self, db: Path, where: str, record: Any) -> None:
        self.db = db
        self.where = where
        if not isinstance(record, dict):
            raise self._bad(f"{where}: expected a JSON object")
        self.record = record

    def _bad(self, what: str) -> DatabaseCorrupt:
        return DatabaseCorrupt(
            f"{self.db}: {what}; the file has been left as it is "
            f"(see `unreport check --db {self.db}` and `unreport backups --db {self.db}`)"
        )

    def get(self, key: str, check: Callable[[Any], bool], expected: str, default: Any = ...) -> Any:
        if key not in self.record:
            if default is not ...:
                return default
            raise self._bad(f"{self.where}.{key}: missing; expected {expected}")
        value = self.record[key]
        if not check(value):
            raise self._bad(f"{self.where}.{key} = {value!r}: expected {expected}")
        return value

    # Each reader below takes the common case (the field is there and right) first, and leaves
    # defaults and bad values to get(): a session of thousands of entries is read at every launch.

    def text(self, key: str, default: Any = ...) -> str:
        value = self.record.get(key)
        if type(value) is str:
            return value
        return cast(str, self.get(key, lambda v: isinstance(v, str), "text", default))

    def flag(self, key: str) -> bool:
        return cast(bool, self.get(key, lambda v: isinstance(v, bool), "true or false", False))

    def flag_or_none(self, key: str) -> bool | None:
        """true or false, or null (or absent): as the session, or the profile, says."""
        return cast("bool | None", self.get(key, lambda v: v is None or isinstance(v, bool), "true, false or null", None))

    def number(self, key: str, default: Any = ..., least: int = 0) -> Any:
        value = self.record.get(key)
        if type(value) is int and value >= least:
            return value
        return self.get(
            key,
            lambda v: v is None and default is None or _whole(v) and v >= least,
            f"a whole number of at least {least}",
            default,
        )

    def position(self) -> float:
        value = self.record.get("position")
        if type(value) in (int, float):
            return cast(float, value)
        return cast(float, self.get("position", lambda v: isinstance(v, (int, float)) and not isinstance(v, bool), "a number"))

    def choice(self, key: str, enum: type[_Choice], default: Any = ...) -> _Choice:
        members, expected = _choices(enum)
        value = self.record.get(key)
        if type(value) is str and value in members:
            return cast(_Choice, members[value])
        return enum(self.get(key, lambda v: v in members, expected, default))

    def style(self, key: str, enum: type[_Choice], default: _Default) -> _Choice | _Default:
        """How a debate is summarized: absent or "" (an item's "as the session says"), ``default``."""
        if self.record.get(key, "") == "":
            return default
        return self.choice(key, enum)

    def day(self, key: str) -> dt.date | None:
        value = self.get(key, lambda v: v is None or _parses(dt.date.fromisoformat, v), "a date such as 2010-10-19 or null", None)
        return dt.date.fromisoformat(value) if value else None

    def clock(self, key: str) -> dt.time | None:
        value = self.record.get(key)
        if type(value) is str:
            try:
                return dt.time.fromisoformat(value)
            except ValueError:
                pass
        value = self.get(key, lambda v: v is None or _parses(dt.time.fromisoformat, v), "a time such as 10:32:05 or null", None)
        return dt.time.fromisoformat(value) if value else None

    def speakers_list(self) -> list[ListEntry]:
        """The Chair's list: names, or {speaker, on_behalf_of, role} for an entry that needs them."""
        value = self.record.get("speakers_list")
        if type(value) is list and set(map(type, value)) <= {str}:
            return [ListEntry(name) for name in value]
        roles = {role.value for role in Role}

        def entry(v: Any) -> bool:
            return isinstance(v, str) or (
                isinstance(v, dict)
                and set(v) <= {"speaker", "on_behalf_of", "role"}
                and isinstance(v.get("speaker"), str)
                and isinstance(v.get("on_behalf_of", ""), str)
                and v.get("role", "igo") in roles
            )

        listed = self.get(
            "speakers_list",
            lambda v: isinstance(v, list) and all(entry(x) for x in v),
            "a list of names or of {speaker, on_behalf_of, role}",
            [],
        )
        return [
            ListEntry(v)
            if isinstance(v, str)
            else ListEntry(v["speaker"], v.get("on_behalf_of", ""), Role(v["role"]) if "role" in v else None)
            for v in listed
        ]

    def names(self, key: str) -> list[str]:
        value = self.record.get(key)
        if type(value) is list and set(map(type, value)) <= {str}:
            return list(value)
        return list(self.get(key, lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v), "a list of names", []))


@cache
def _choices(enum: type[StrEnum]) -> tuple[dict[str, StrEnum], str]:
    """An enum's members by value, and how a bad value's message names them (worked out once:
    a session of thousands of statements asks for the roles thousands of times)."""
    members = {e.value: e for e in enum}
    return members, "one of " + ", ".join(members)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _parses(parse: Callable[[str], Any], value: Any) -> bool:
    try:
        parse(value)
    except (TypeError, ValueError):
        return False
    return True


def _is_periods(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(p, list) and len(p) == 2 and all(_parses(dt.date.fromisoformat, d) for d in p) for p in value
    )


def _info(db: Path, raw: dict[str, Any]) -> tuple[SessionInfo, list[Meeting]]:
    r = _Fields(db, "session", raw)
    dates = r.get(
        "dates",
        lambda v: v is None or (isinstance(v, list) and len(v) == 2 and all(_parses(dt.date.fromisoformat, d) for d in v)),
        "[first day, last day] or null",
        None,
    )
    info = SessionInfo(
        body=r.text("body", ""),
        body_short=r.text("body_short", ""),
        title=r.text("title", ""),
        venue=r.text("venue", ""),
        dates=(dt.date.fromisoformat(dates[0]), dt.date.fromisoformat(dates[1])) if dates else None,
        # Absent from a database an older unreport wrote: a session held in one period.
        other_periods=tuple(
            (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
            for first, last in r.get("other_periods", _is_periods, "a list of [first day, last day]", [])
        ),
        symbol=r.text("symbol", ""),
        distribution=r.choice("distribution", Distribution, Distribution.LIMITED.value),
        issued=r.day("issued"),
        original=r.text("original", "English"),
        rapporteur=r.text("rapporteur", ""),
        rapporteur_country=r.text("rapporteur_country", ""),
        addendum=r.flag("addendum"),
        first_paragraph=r.number("first_paragraph", 1, least=1),
        profile=r.text("profile", ""),
        parent=r.text("parent", ""),
        reports_to=r.text("reports_to", ""),
        report_title=r.text("report_title", ""),
        report_item_number=r.text("report_item_number", ""),
        report_item_title=r.text("report_item_title", ""),
        rapporteur_office=r.text("rapporteur_office", ""),
        draft=r.get("draft", lambda v: isinstance(v, bool), "true or false", True),
        speaker_noun=r.style("speaker_noun", SpeakerNoun, None),
        quantifiers=r.style("quantifiers", Counting, None),
        dialogue=r.flag_or_none("dialogue"),
        order=r.style("order", SummaryOrder, None),
        narrate=r.flag_or_none("narrate"),
        body_running=r.text("body_running", ""),
    )
    meetings = []
    for n, m in enumerate(r.get("meetings", lambda v: isinstance(v, list), "a list of meetings", [])):
        fields = _Fields(db, f"session.meetings[{n}]", m)
        meetings.append(Meeting(fields.number("number", least=1), fields.day("date")))
    return info, meetings


def _item(db: Path, doc_id: str, raw: Any) -> tuple[float, Item]:
    r = _Fields(db, f"items {doc_id}", raw)
    documents = []
    for n, d in enumerate(r.get("documents", lambda v: isinstance(v, list), "a list of documents", [])):
        fields = _Fields(db, f"items {doc_id}.documents[{n}]", d)
        documents.append(Document(fields.text("title"), fields.text("symbol", "")))
    meetings = r.get("meetings", lambda v: isinstance(v, list) and all(_whole(x) for x in v), "a list of meeting numbers", [])
    item = Item(
        r.text("key"),
        r.text("number", ""),
        r.text("title", ""),
        r.text("chapter", ""),
        r.text("section", ""),
        list(meetings),
        documents,
        speakers_list=r.speakers_list(),
        speaker_noun=r.style("speaker_noun", SpeakerNoun, None),
        quantifiers=r.style("quantifiers", Counting, None),
        dialogue=r.flag_or_none("dialogue"),
        order=r.style("order", SummaryOrder, None),
        narrate=r.flag_or_none("narrate"),
        mandate=r.text("mandate", ""),
        allocation=_allocation(
            db, doc_id, r.get("allocation", lambda v: v is None or isinstance(v, dict), "an object or null", None)
        ),
        summary_records=list(
            r.get(
                "summary_records", lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v), "a list of symbols", []
            )
        ),
        # a database written before these were kept: the item's own statements sentence, no general exchange
        statements_form=r.text("statements_form", ""),
        general_exchange=r.flag("general_exchange"),
        part=r.text("part", ""),
        debate=r.style("debate", Debate, None),  # a database written before it was kept: a dialogue
    )
    return r.position(), item


def _allocation(db: Path, doc_id: str, raw: dict[str, Any] | None) -> Allocation | None:
    """An item's allocation by the General Assembly; a database written before it had none."""
    if raw is None:
        return None
    fields = _Fields(db, f"items {doc_id}.allocation", raw)
    day = fields.day("date")
    if day is None:
        raise fields._bad(f"items {doc_id}.allocation.date: missing; expected a date such as 2022-09-16")
    return Allocation(fields.number("meeting", least=1), day, fields.text("session"))


def _statement_by_fields(db: Path, doc_id: str, raw: Any) -> tuple[str, float, Statement]:
    r = _Fields(db, f"statements {doc_id}", raw)
    statement = Statement(
        r.text("speaker"),
        r.choice("role", Role),
        r.choice("kind", StatementKind, StatementKind.STATEMENT.value),
        r.text("on_behalf_of", ""),
        r.text("text", ""),
        meeting=r.number("meeting", None, least=1),
        time=r.clock("time"),
        duration=r.number("duration", None),
        capacity=r.text("capacity", ""),
        note=r.text("note", ""),
        person=r.text("person", ""),
        id=int(doc_id),
    )
    return r.text("item"), r.position(), statement


def _presentation(db: Path, doc_id: str, raw: Any) -> tuple[str, float, Presentation]:
    r = _Fields(db, f"presentations {doc_id}", raw)
    presentation = Presentation(
        r.text("title"),
        r.text("speaker"),
        r.choice("role", Role),
        r.text("on_behalf_of", ""),
        meeting=r.number("meeting", None, least=1),
        time=r.clock("time"),
        id=int(doc_id),
    )
    return r.text("item"), r.position(), presentation


def _point_by_fields(db: Path, doc_id: str, raw: Any) -> tuple[str, float, Point]:
    r = _Fields(db, f"points {doc_id}", raw)
    point = Point(
        r.text("text"),
        r.names("speakers"),
        r.text("quantifier", ""),
        r.text("heading", ""),
        r.flag("join"),
        r.flag("named"),
        r.text("lead", ""),
        _roles(r),
        meeting=r.number("meeting", None, least=1),
        time=r.clock("time"),
        id=int(doc_id),
    )
    return r.text("item"), r.position(), point


# Opening checks every document (a long session is tens of thousands of them, read at every
# launch). The two readers below take a statement or a point written as this unreport writes it,
# every field there and of its type, in one go; anything else (a field missing, a default, a bad
# value) returns None and goes through the field-by-field reader, which accepts the same values,
# builds the same entry and names what is wrong. tests/test_stored_records.py holds them to that.

_ROLES = {role.value: role for role in Role}
_KINDS = {kind.value: kind for kind in StatementKind}
# Every field but "note" (rare, and left out when empty), fetched in one call.
_STATEMENT_FIELDS = itemgetter(
    "item", "position", "speaker", "role", "kind", "on_behalf_of", "text", "capacity", "meeting", "time", "duration"
)
_POINT_FIELDS = itemgetter(
    "item", "position", "text", "speakers", "quantifier", "heading", "join", "named", "lead", "meeting", "time", "roles"
)


def _statement_as_written(doc_id: str, raw: Any) -> tuple[str, float, Statement] | None:
    if type(raw) is not dict:
        return None
    try:
        item, position, speaker, role, kind, on_behalf_of, text, capacity, meeting, time, duration = _STATEMENT_FIELDS(raw)
    except KeyError:
        return None
    note = raw.get("note", "")
    person = raw.get("person", "")
    role = _ROLES.get(role) if type(role) is str else None
    kind = _KINDS.get(kind) if type(kind) is str else None
    if not (
        type(item) is type(speaker) is type(on_behalf_of) is type(text) is type(capacity) is type(note) is type(person) is str
        and role is not None
        and kind is not None
        and (type(position) is float or type(position) is int)
        and (meeting is None or type(meeting) is int and meeting >= 1)
        and (duration is None or type(duration) is int and duration >= 0)
    ):
        return None
    try:
        time = _time_as_written(time)
    except ValueError:
        return None
    return (
        item,
        position,
        # By position, not keyword: a third faster at this count. A field moved in Statement would
        # land in the wrong place here; test_stored_records holds this reader to the keyword one.
        Statement(speaker, role, kind, on_behalf_of, text, meeting, time, duration, capacity, note, int(doc_id), person),
    )


def _time_as_written(time: Any) -> dt.time | None:
    """A statement's or point's time as unreport writes it ("10:02:00", or none); ValueError for
    anything else, which the field-by-field reader then names."""
    if time is None:
        return None
    if type(time) is not str:
        raise ValueError(time)
    return dt.time.fromisoformat(time)


def _point_as_written(doc_id: str, raw: Any) -> tuple[str, float, Point] | None:
    if type(raw) is not dict:
        return None
    try:
        item, position, text, speakers, quantifier, heading, join, named, lead, meeting, time, roles = _POINT_FIELDS(raw)
    except KeyError:
        return None
    if not (
        type(item) is type(text) is type(quantifier) is type(heading) is type(lead) is str
        and type(join) is type(named) is bool
        and type(speakers) is list
        and roles == {}
        and (type(position) is float or type(position) is int)
        and (meeting is None or type(meeting) is int and meeting >= 1)
        and all(type(name) is str for name in speakers)
    ):
        return None  # a point with roles (a few) goes the long way
    try:
        time = _time_as_written(time)
    except ValueError:
        return None
    return (
        item,
        position,
        Point(text, list(speakers), quantifier, heading, join, named, lead, {}, meeting, time, int(doc_id)),  # by position
    )


def _roles(r: _Fields) -> dict[str, Role]:
    """A point's roles ({"Secretary-General of UNCTAD": "official"}); most points have none."""
    if r.record.get("roles", {}) == {}:  # most points; absent in a database written before points had roles
        return {}
    members, expected = _choices(Role)
    value = r.get(
        "roles",
        lambda v: isinstance(v, dict) and all(type(x) is str and x in members for x in v.values()),
        "a table of names and roles, each " + expected,
    )
    return {name: Role(role) for name, role in value.items()}


def _proposal(db: Path, doc_id: str, raw: Any) -> tuple[float, Proposal]:
    r = _Fields(db, f"proposals {doc_id}", raw)
    actions = []
    for n, a in enumerate(r.get("actions", lambda v: isinstance(v, list), "a list of actions", [])):
        fields = _Fields(db, f"proposals {doc_id}.actions[{n}]", a)
        actions.append(
            Action(
                fields.choice("kind", ActionKind),
                fields.number("meeting", None, least=1),
                fields.text("speaker", ""),
                fields.text("on_behalf_of", ""),
                fields.names("speakers"),
                fields.text("text", ""),
                fields.names("revisions"),
                _vote(fields),
            )
        )
    proposal = Proposal(
        r.text("key"),
        r.text("item"),
        r.text("title"),
        r.text("kind", "draft resolution"),
        r.text("symbol", ""),
        r.names("submitted_by"),
        r.text("on_behalf_of", ""),
        r.text("outcome_symbol", ""),
        r.text("see", ""),
        actions,
    )
    return r.position(), proposal


def _vote(fields: _Fields) -> Vote:
    decisions = {d.value for d in Decision}
    value = fields.get(
        "vote",
        lambda v: isinstance(v, dict) or (isinstance(v, str) and v in decisions),
        '"consensus", "without a vote" or the lists of a recorded vote',
        Decision.CONSENSUS.value,
    )
    if isinstance(value, str):
        return Decision(value)
    lists = _Fields(fields.db, f"{fields.where}.vote", value)
    if isinstance(value.get("in_favour"), int):  # a vote by a show of hands: its counts alone
        return CountedVote(*(lists.number(key, least=0) for key in ("in_favour", "against", "abstaining")))
    return RecordedVote(lists.names("in_favour"), lists.names("against"), lists.names("abstaining"))


def _organization(db: Path, raw: Any) -> Organization:
    r = _Fields(db, "organization", raw)
    officers = []
    for n, o in enumerate(r.get("officers", lambda v: isinstance(v, list), "a list of officers", [])):
        fields = _Fields(db, f"organization.officers[{n}]", o)
        officers.append(Officer(fields.text("office"), fields.text("name"), fields.text("country", "")))
    attendance = None
    found = r.get("attendance", lambda v: v is None or isinstance(v, dict), "the lists of who attended, or null", None)
    if found is not None:
        lists = _Fields(db, "organization.attendance", found)
        attendance = Attendance(
            lists.names("members"), lists.names("observer_states"), lists.names("igos"), lists.names("ngos"), lists.flag("listed")
        )
    # What an older unreport did not store (who opened the session, its chair, observers admitted): none.
    admitted = None
    found = r.get("observers_admitted", lambda v: v is None or isinstance(v, dict), "the observers admitted, or null", None)
    if found is not None:
        fields = _Fields(db, "organization.observers_admitted", found)
        admitted = ObserversAdmitted(fields.number("meeting", None, least=1), fields.names("states"))
    return Organization(
        r.text("chapter", ""),
        r.text("agenda_symbol", ""),
        r.number("officers_meeting", None, least=1),
        r.number("agenda_meeting", None, least=1),
        r.text("documents_annex", ""),
        r.text("attendance_annex", ""),
        officers,
        attendance,
        _person(db, r, "opened_by"),
        _person(db, r, "chair"),
        admitted,
    )


def _person(db: Path, r: _Fields, key: str) -> Officer | None:
    found = r.get(key, lambda v: v is None or isinstance(v, dict), "a name with its country and office, or null", None)
    if found is None:
        return None
    fields = _Fields(db, f"organization.{key}", found)
    return Officer(fields.text("office", ""), fields.text("name"), fields.text("country", ""))


def _in_order(read: tuple[str, float, Statement | Point | Presentation]) -> tuple[float, int | None]:
    """Entries in the order of their positions, then of their ids (never equal)."""
    return read[1], read[2].id


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a session is read. Reading makes tens of
    thousands of objects, none of them garbage, on top of the tables just parsed: each full
    collection meanwhile walks all of them, and several run (about a third of the time of reading
    20,000 statements, measured beside benchmarks/bench_storage.py). Memory is still freed as
    usual; what is left over is collected once the reading is done."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def session_from_tables(db: Path, tables: dict[str, dict[str, Any]]) -> Session:
    """The session the database holds; DatabaseCorrupt naming the first bad field."""
    with _collector_paused():
        return _session_from_tables(db, tables)


def _session_from_tables(db: Path, tables: dict[str, dict[str, Any]]) -> Session:
    for name in ("items", "statements", "points", "presentations", "proposals"):
        for doc_id in tables.get(name, {}):
            if not (doc_id.isascii() and doc_id.isdigit()):
                raise _Fields(db, name, {})._bad(f"{name}: document id {doc_id!r} is not a number")
    session = Session()
    info = list(tables.get("session", {}).values())
    if info:
        session.info, session.meetings = _info(db, info[0])
    items = sorted((_item(db, k, v) for k, v in tables.get("items", {}).items()), key=lambda pair: pair[0])
    by_key: dict[str, Item] = {}
    for _, item in items:
        session.items.append(item)
        by_key[item.key] = item
    # The quick reader first, the field-by-field one for what it leaves (see _statement_as_written).
    statements = sorted(
        (_statement_as_written(k, v) or _statement_by_fields(db, k, v) for k, v in tables.get("statements", {}).items()),
        key=_in_order,
    )
    for item_key, _, statement in statements:
        if item_key in by_key:
            by_key[item_key].statements.append(statement)
    points = sorted(
        (_point_as_written(k, v) or _point_by_fields(db, k, v) for k, v in tables.get("points", {}).items()), key=_in_order
    )
    for item_key, _, point in points:
        if item_key in by_key:
            by_key[item_key].points.append(point)
    # A database written before presentations were logged has no such table: none were given.
    presentations = sorted((_presentation(db, k, v) for k, v in tables.get("presentations", {}).items()), key=_in_order)
    for item_key, _, presentation in presentations:
        if item_key in by_key:
            by_key[item_key].presentations.append(presentation)
    proposals = sorted((_proposal(db, k, v) for k, v in tables.get("proposals", {}).items()), key=lambda pair: pair[0])
    session.proposals = [proposal for _, proposal in proposals]
    organization = list(tables.get("organization", {}).values())
    if organization:
        session.organization = _organization(db, organization[0])
    return session
