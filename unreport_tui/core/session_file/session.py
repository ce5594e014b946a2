"""The session file: one TOML file holds what was prepared and everything logged.

Reading refuses anything it does not understand (an unknown key, a bad value) with one line that
says which key, where, and what was expected, so that a typo never silently drops a note.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

import tomli_w

from ..countries import resolve_state
from ..dates import overlapping
from ..model import (
    Allocation,
    Counting,
    Debate,
    Distribution,
    Document,
    Item,
    ListEntry,
    Meeting,
    Point,
    Presentation,
    Role,
    Session,
    SessionInfo,
    SpeakerNoun,
    Statement,
    StatementKind,
    SummaryOrder,
    default_role,
)
from ..profiles import ProfileError, is_path, load_profile, ref_from
from ..profiles.statement_form_choice import statement_form_refused
from ..quantifier import speaker_identity
from ..rendering.named_point import unresolved_speakers
from .key_lines import line_of
from .organization import organization_to_toml, read_organization
from .proposals import proposals_to_dict, proposals_toml, read_proposals
from .tables import NotASessionFile, SessionFileError, TableReader, describe, is_date

FORMAT = 1


_TOP = {"format", "session", "meetings", "items", "proposals", "organization"}
_SESSION = {
    "body",
    "body_short",
    "title",
    "venue",
    "dates",
    "other_periods",
    "symbol",
    "distribution",
    "issued",
    "original",
    "rapporteur",
    "rapporteur_country",
    "addendum",
    "first_paragraph",
    "profile",
    "parent",
    "reports_to",
    "report_title",
    "report_item",
    "rapporteur_office",
    "draft",
    "speaker_noun",
    "quantifiers",
    "dialogue",
    "order",
    "narrate",
    "body_running",
}
_MEETING = {"number", "date"}
# An item's keys in the file are its fields, one for one: a field added to Item is a key here too.
_ITEM = {f.name for f in dataclasses.fields(Item)}
_ALLOCATION = {"meeting", "date", "session"}
_REPORT_ITEM = {"number", "title"}
_DOCUMENT = {"title", "symbol"}
_STATEMENT = {"speaker", "on_behalf_of", "role", "kind", "text", "meeting", "time", "duration", "capacity", "note", "person"}
_PRESENTATION = {"title", "speaker", "role", "on_behalf_of", "meeting", "time"}
_LIST_ENTRY = {"speaker", "on_behalf_of", "role"}
_POINT = {"heading", "speakers", "quantifier", "text", "join", "named", "lead", "roles", "meeting", "time"}
_Choice = TypeVar("_Choice", bound=StrEnum)
_Default = TypeVar("_Default")


def _style(r: TableReader, key: str, enum: type[_Choice], default: _Default) -> _Choice | _Default:
    """How the body (or an item) summarizes a debate: one of ``enum``'s values; absent, or ""
    as an older unreport could write, the default (None: as the profile, or for an item the session, says)."""
    return default if r.table.get(key) == "" else r.choice(key, enum, default)


def parse_session(text: str, folder: Path | None = None) -> Session:
    """Parse and check a session file's text; raises SessionFileError with a one-line reason.
    ``folder``: where the file is, which a profile named by a relative path is found from."""
    try:
        raw = tomllib.loads(text.removeprefix("\ufeff"))  # a byte order mark, as some editors write
    except tomllib.TOMLDecodeError as error:
        at = _TOML_POSITION.search(str(error))
        line = int(at.group(1)) if at else None
        # TOML's lines end at a newline only (U+2028 may stand inside a string)
        why = _impossible_day_or_time(text.removeprefix("\ufeff").split("\n")[line - 1]) if line else ""
        raise NotASessionFile(why or f"not valid TOML: {error}", line=line) from None
    except RecursionError:
        raise NotASessionFile("not valid TOML: lists or tables nested too deeply") from None
    except ValueError as error:  # a number of thousands of digits
        raise NotASessionFile(f"not valid TOML: {error}") from None
    try:
        return _read_session(raw, folder)
    except SessionFileError as error:
        if error.key_path and error.line is None:
            error.line = line_of(text, error.key_path)
        raise


_TOML_POSITION = re.compile(r"at line (\d+)")
_DAY = re.compile(r"(?<![\w.:-])(\d{4})-(\d{2})-(\d{2})(?![\w:-])")
_TIME = re.compile(r"(?<![\w.:-])(\d{2}):(\d{2})(?::(\d{2}))?(?![\w:-])")


def _impossible_day_or_time(line: str) -> str:
    """What TOML refuses on ``line`` when it is a date or a time that cannot be ("2010-13-45",
    "25:61:00"): TOML reads those as no value at all, and its own message ("Unclosed array",
    "Expected newline") says nothing of why. "" when the value on the line holds none (a key, a
    comment or quoted text may: they are not what TOML refused)."""
    import datetime as dt

    value = _value_part(line)
    for found in _DAY.finditer(value):
        year, month, day = map(int, found.groups())
        if not 1 <= month <= 12:
            return f"{found.group(0)} is not a date: there is no month {month}; write it as year-month-day, such as 2010-10-19"
        try:
            dt.date(year, month, day)
        except ValueError:
            return f"{found.group(0)} is not a date: that month has no day {day}"
    for found in _TIME.finditer(value):
        hour, minute, second = (int(part or 0) for part in found.groups())
        if hour > 23 or minute > 59 or second > 59:
            return f"{found.group(0)} is not a time of day: write it as hours:minutes:seconds, such as 10:32:05"
    return ""


def _value_part(line: str) -> str:
    """What follows the key on a line of TOML (the whole line where there is no key: an array
    going on), with any comment and quoted text blanked out."""
    kept: list[str] = []
    quote = ""
    for character in line:
        if quote:
            kept.append(" ")
            quote = "" if character == quote else quote
        elif character in "\"'":
            quote = character
            kept.append(" ")
        elif character == "#":
            break
        else:
            kept.append(character)
    bare = "".join(kept)
    return bare.split("=", 1)[1] if "=" in bare else bare


def _read_session(raw: dict[str, Any], folder: Path | None) -> Session:
    top = TableReader(raw, "", _TOP)
    version = top.integer("format", default=FORMAT)
    if version > FORMAT:
        raise SessionFileError(
            f"format = {version}: this file was written by a newer unreport (this one reads format {FORMAT}); update unreport",
            "format",
        )
    if "session" not in raw and "items" not in raw:
        raise SessionFileError("holds no session: expected a [session] table or [[items]]")
    session = Session(info=_read_info(raw.get("session", {}), folder))
    for where, table in top.tables("meetings"):
        meeting = TableReader(table, where, _MEETING)
        number = meeting.integer("number")
        if session.meeting(number):
            raise SessionFileError(f"{meeting.at('number')} = {number}: meeting {number} is declared twice", meeting.at("number"))
        session.meetings.append(Meeting(number, meeting.date("date")))
    for where, table in top.tables("items"):
        item = _read_item(session, TableReader(table, where, _ITEM))
        if session.item(item.key):
            raise SessionFileError(f'{where}.key = "{item.key}": another item already has this key', f"{where}.key")
        session.items.append(item)
    read_proposals(session, top)
    read_organization(session, raw)
    return session


def _read_info(table: Any, folder: Path | None) -> SessionInfo:
    if not isinstance(table, dict):
        raise SessionFileError("session: expected a [session] table")
    r = TableReader(table, "session", _SESSION)
    dates = None
    if "dates" in table:
        value = table["dates"]
        if not (isinstance(value, list) and len(value) == 2 and all(is_date(d) for d in value) and value[0] <= value[1]):
            raise r.fail("dates", "[first day, last day], two dates such as [2010-10-18, 2010-10-22], in order")
        dates = (value[0], value[1])
    other_periods = _other_periods(r, dates)
    report_item = _report_item(r)
    country = r.text("rapporteur_country")
    if country and not resolve_state(country):
        raise r.fail("rapporteur_country", 'the name of a State, such as "United States of America" or "USA"')
    return SessionInfo(
        body=r.text("body"),
        body_short=r.text("body_short"),
        title=r.text("title"),
        venue=r.text("venue"),
        dates=dates,
        other_periods=other_periods,
        symbol=r.text("symbol"),
        distribution=r.choice("distribution", Distribution, Distribution.LIMITED),
        issued=r.date("issued"),
        original=r.text("original") if "original" in table else "English",
        rapporteur=r.text("rapporteur"),
        rapporteur_country=country,
        addendum=r.boolean("addendum"),
        first_paragraph=r.integer("first_paragraph", default=1),
        profile=_profile(r, folder),
        parent=r.text("parent"),
        reports_to=r.text("reports_to"),
        report_title=r.text("report_title"),
        report_item_number=report_item[0],
        report_item_title=report_item[1],
        rapporteur_office=r.text("rapporteur_office"),
        draft=r.boolean("draft", default=True),
        speaker_noun=_style(r, "speaker_noun", SpeakerNoun, None),
        quantifiers=_style(r, "quantifiers", Counting, None),
        dialogue=r.boolean("dialogue") if "dialogue" in r.table else None,
        order=_style(r, "order", SummaryOrder, None),
        narrate=r.boolean("narrate") if "narrate" in r.table else None,
        body_running=r.text("body_running"),
    )


def _other_periods(r: TableReader, dates: tuple[Any, Any] | None) -> tuple[tuple[Any, Any], ...]:
    """``other_periods = [[2018-12-07, 2018-12-07]]``: the session's other periods of meetings (the
    one-day meeting of the December before, a reconvened session), besides its ``dates``."""
    if "other_periods" not in r.table:
        return ()
    value = r.table["other_periods"]
    pair = "[first day, last day]"
    if not (
        isinstance(value, list)
        and all(isinstance(p, list) and len(p) == 2 and all(is_date(d) for d in p) and p[0] <= p[1] for p in value)
    ):
        raise r.fail("other_periods", f"a list of periods, each {pair} in order, such as [[2018-12-07, 2018-12-07]]")
    if dates is None:
        raise r.fail("other_periods", "the session's dates as well: dates = [first day, last day]")
    periods = [(p[0], p[1]) for p in value]
    overlap = overlapping([dates, *periods])
    if overlap:
        (a, b), (c, d) = overlap
        raise r.fail(
            "other_periods", f"periods that overlap neither each other nor the session's dates ({a} to {b} and {c} to {d} do)"
        )
    return tuple(sorted(periods))


def _report_item(r: TableReader) -> tuple[str, str]:
    """``report_item = { number = "7", title = "Adoption of the report …" }``: the report's own
    agenda item, printed in the masthead; its number is required (a title alone says no item)."""
    if "report_item" not in r.table:
        return "", ""
    value = r.table["report_item"]
    if not isinstance(value, dict):
        raise r.fail("report_item", 'a table such as { number = "7", title = "Adoption of the report" }')
    try:
        item = TableReader(value, r.at("report_item"), _REPORT_ITEM)
        return item.text("number", required=True), item.text("title")
    except SessionFileError as error:  # an inline table's keys are on its line
        raise SessionFileError(str(error), r.at("report_item")) from None


def _read_item(session: Session, r: TableReader) -> Item:
    meetings = r.list_of(
        "meetings", lambda v: isinstance(v, int) and not isinstance(v, bool), "a list of meeting numbers such as [4, 5]"
    )
    for number in meetings:
        if not session.meeting(number):
            raise SessionFileError(
                f"{r.at('meetings')}: meeting {number} is not declared; add a [[meetings]] entry with number = {number}",
                r.at("meetings"),
            )
    item = Item(
        key=r.text("key", required=True),
        number=r.text("number", required=True),
        title=r.text("title", required=True),
        chapter=r.text("chapter"),
        section=r.text("section"),
        meetings=meetings,
        speakers_list=_read_speakers_list(r),
        speaker_noun=_style(r, "speaker_noun", SpeakerNoun, None),
        quantifiers=_style(r, "quantifiers", Counting, None),
        dialogue=r.boolean("dialogue") if "dialogue" in r.table else None,
        order=_style(r, "order", SummaryOrder, None),
        narrate=r.boolean("narrate") if "narrate" in r.table else None,
        mandate=r.text("mandate"),
        allocation=_read_allocation(r),
        summary_records=r.list_of(
            "summary_records",
            lambda v: isinstance(v, str) and bool(v.strip()),
            'a list of symbols such as ["A/C.3/77/SR.4", "A/C.3/77/SR.9"]',
        ),
        statements_form=_statements_form(r, session),
        general_exchange=r.boolean("general_exchange"),
        part=r.text("part"),
        debate=_style(r, "debate", Debate, None),
    )
    for where, table in r.tables("documents"):
        d = TableReader(table, where, _DOCUMENT)
        item.documents.append(Document(d.text("title", required=True), d.text("symbol")))
    for where, table in r.tables("statements"):
        s = TableReader(table, where, _STATEMENT)
        speaker = s.text("speaker", required=True)
        role = s.choice("role", Role, None) or default_role(speaker)
        if role is None:
            raise s.missing(
                "role", f'the speaker\'s role ("{speaker}" is not a State): one of ' + ", ".join(x.value for x in Role)
            )
        meeting = s.meeting("meeting", session)
        item.statements.append(
            Statement(
                speaker,
                role,
                s.choice("kind", StatementKind, StatementKind.STATEMENT),
                s.text("on_behalf_of"),
                s.text("text"),
                meeting=meeting,
                time=s.time("time"),
                duration=s.integer("duration", minimum=0) if "duration" in table else None,
                capacity=s.text("capacity"),
                note=s.text("note"),
                person=s.text("person"),
            )
        )
    for where, table in r.tables("presentations"):
        item.presentations.append(_read_presentation(session, TableReader(table, where, _PRESENTATION)))
    for where, table in r.tables("points"):
        p = TableReader(table, where, _POINT)
        speakers = p.list_of("speakers", lambda v: isinstance(v, str), 'a list of names such as ["Chile", "Croatia"]')
        point = Point(
            text=p.text("text", required=True),
            speakers=speakers,
            quantifier=p.text("quantifier"),
            heading=p.text("heading"),
            join=p.boolean("join"),
            named=p.boolean("named"),
            lead=p.text("lead"),
            roles=_point_roles(p, speakers),
            meeting=p.meeting("meeting", session),
            time=p.time("time"),
        )
        for name in unresolved_speakers(item, point):
            roles = ", ".join(x.value for x in Role)
            raise SessionFileError(
                f'{p.at("speakers")}: "{name.strip()}" is named as the subject but made no statement on the item and '
                f"is not a State or an organization unreport knows; give its role in the point: "
                f'roles = {{ "{name.strip()}" = "official" }} (one of {roles})',
                p.at("speakers"),
            )
        item.points.append(point)
    return item


def _read_allocation(r: TableReader) -> Allocation | None:
    """``allocation = { meeting = 2, date = 2022-09-16, session = "seventy-seventh" }``: the
    General Assembly's plenary meeting that allocated the item, its date and the Assembly's session."""
    if "allocation" not in r.table:
        return None
    table = r.table["allocation"]
    if not isinstance(table, dict):
        raise r.fail("allocation", '{ meeting = 2, date = 2022-09-16, session = "seventy-seventh" }')
    try:
        a = TableReader(table, r.at("allocation"), _ALLOCATION)
        day = a.date("date")
        if day is None:
            raise a.missing("date", "the date of the plenary meeting, such as 2022-09-16, without quotes")
        return Allocation(a.integer("meeting"), day, a.text("session", required=True))
    except SessionFileError as error:  # told at the line of the inline table, which holds the key
        raise SessionFileError(str(error), r.at("allocation")) from None


def _read_presentation(session: Session, r: TableReader) -> Presentation:
    speaker = r.text("speaker", required=True)
    role = r.choice("role", Role, None) or default_role(speaker)
    if role is None:
        raise r.missing("role", f'the presenter\'s role ("{speaker}" is not a State): one of ' + ", ".join(x.value for x in Role))
    return Presentation(
        r.text("title", required=True),
        speaker,
        role,
        r.text("on_behalf_of"),
        meeting=r.meeting("meeting", session),
        time=r.time("time"),
    )


def _read_speakers_list(r: TableReader) -> list[ListEntry]:
    """The Chair's list: a name alone, or a table when the entry speaks for a group or has a role of its own."""
    expected = (
        'a list of names such as ["Chile", "Croatia"], or of tables such as '
        '{ speaker = "Egypt", on_behalf_of = "Group of African States" }'
    )
    value = r.table.get("speakers_list", [])
    if not isinstance(value, list):
        raise r.fail("speakers_list", expected)
    entries = []
    for n, entry in enumerate(value, start=1):
        if isinstance(entry, str) and entry.strip():
            entries.append(ListEntry(entry))
        elif isinstance(entry, dict):
            e = TableReader(entry, f"{r.at('speakers_list')}[{n}]", _LIST_ENTRY)
            entries.append(ListEntry(e.text("speaker", required=True), e.text("on_behalf_of"), e.choice("role", Role, None)))
        else:
            raise r.fail("speakers_list", expected)
    return entries


def speakers_list_values(entries: list[ListEntry]) -> list[str | dict[str, str]]:
    """The Chair's list as stored: a name alone when that is all there is (as files before had it)."""
    return [
        entry.speaker
        if entry == ListEntry(entry.speaker)
        else _drop_empty(
            {"speaker": entry.speaker, "on_behalf_of": entry.on_behalf_of, "role": entry.role.value if entry.role else ""}
        )
        for entry in entries
    ]


def _point_roles(p: TableReader, speakers: list[str]) -> dict[str, Role]:
    """``roles = { "Secretary-General of UNCTAD" = "official" }``: the role of each speaker named
    there, who must be one of the point's speakers (a misspelt name would be silently unused)."""
    table = p.table.get("roles", {})
    if not isinstance(table, dict):
        raise p.fail("roles", 'a table of speakers and roles such as { "Secretary-General of UNCTAD" = "official" }')
    known = {speaker_identity(s) for s in speakers}
    options = [x.value for x in Role]
    roles = {}
    for name, role in table.items():
        at = f'{p.at("roles")}."{name}"'
        if speaker_identity(name) not in known:
            raise SessionFileError(
                f"{at}: not one of the point's speakers; expected a name from its speakers list", p.at("roles")
            )  # the line of roles: a name may hold dots
        if role not in options:
            raise SessionFileError(f"{at} = {describe(role)}: expected one of " + ", ".join(options), p.at("roles"))
        roles[name] = Role(role)
    return roles


def _statements_form(r: TableReader, session: Session) -> str:
    """The statement form the item chooses: one its profile names in [statements.chosen]."""
    name = r.text("statements_form").strip()
    if refused := statement_form_refused(session.info.profile, name):
        raise SessionFileError(f"{r.at('statements_form')} = {describe(name)}: {refused}", r.at("statements_form"))
    return name


def _profile(r: TableReader, folder: Path | None) -> str:
    """The profile the session names, checked now (a profile that cannot be read is refused with
    the file, not at export): its id, or its file's full path, found from the session file's folder."""
    ref = r.text("profile").strip()
    if not ref:
        return ""
    try:
        profile = load_profile(ref, folder)
    except ProfileError as error:
        raise SessionFileError(f"session.profile = {describe(ref)}: {error}", "session.profile") from None
    return profile.source if is_path(ref) else ref


def load_session_file(path: Path) -> Session:
    """Read a session file; every failure is a SessionFileError whose message starts with the file name."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SessionFileError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise NotASessionFile(f"{path}: not a text file in UTF-8") from None
    except OSError as error:
        raise SessionFileError(f"{path}: cannot be read ({error.strerror})") from None
    try:
        return parse_session(text, Path(path).parent)
    except SessionFileError as error:
        where = f"{path}:{error.line}" if error.line else f"{path}"
        raise type(error)(f"{where}: {error}", error.key_path, error.line) from None  # its kind kept


def _value(choice: StrEnum | None) -> str | None:
    return None if choice is None else str(choice)


def _drop_empty(table: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in table.items() if v not in ("", None, [], False)}


def session_to_dict(session: Session, folder: Path | None = None) -> dict[str, Any]:
    """The session as a session file's tables; ``folder``: the one the file is written to, from
    which it names a profile file beside or under it (as it is read back: ``_profile``)."""
    info = session.info
    out: dict[str, Any] = {"format": FORMAT}
    out["session"] = _drop_empty(
        {
            "body": info.body,
            "body_short": info.body_short,
            "title": info.title,
            "venue": info.venue,
            "dates": list(info.dates) if info.dates else None,
            "other_periods": [list(p) for p in info.other_periods],
            "symbol": info.symbol,
            "distribution": info.distribution.value,
            "issued": info.issued,
            "rapporteur": info.rapporteur,
            "rapporteur_country": info.rapporteur_country,
            "addendum": info.addendum,
            "profile": ref_from(info.profile, folder) if folder is not None else info.profile,
            "parent": info.parent,
            "reports_to": info.reports_to,
            "report_title": info.report_title,
            "report_item": _drop_empty({"number": info.report_item_number, "title": info.report_item_title}) or None,
            "rapporteur_office": info.rapporteur_office,
        }
    )
    if not info.draft:
        out["session"]["draft"] = False
    out["session"]["original"] = info.original  # kept even when empty: absent means English
    # Only what the session sets for itself: the rest is the profile's.
    out["session"] |= {
        key: value
        for key, value in (
            ("speaker_noun", _value(info.speaker_noun)),
            ("quantifiers", _value(info.quantifiers)),
            ("dialogue", info.dialogue),
            ("order", _value(info.order)),
            ("narrate", info.narrate),
        )
        if value is not None
    }
    if info.body_running:
        out["session"]["body_running"] = info.body_running
    if info.first_paragraph != 1:
        out["session"]["first_paragraph"] = info.first_paragraph
    out["meetings"] = [_drop_empty({"number": m.number, "date": m.date}) for m in session.meetings]
    out["items"] = []
    for item in session.items:
        table = _drop_empty(
            {
                "key": item.key,
                "number": item.number,
                "title": item.title,
                "part": item.part,
                "chapter": item.chapter,
                "section": item.section,
                "meetings": item.meetings,
                "speakers_list": speakers_list_values(item.speakers_list),
                "speaker_noun": _value(item.speaker_noun),
                "quantifiers": _value(item.quantifiers),
                "order": _value(item.order),
                "mandate": item.mandate,
                "summary_records": item.summary_records,
                "statements_form": item.statements_form,
                "general_exchange": item.general_exchange,
                "debate": item.debate.value if item.debate else "",
            }
        )
        if item.allocation is not None:
            a = item.allocation
            table["allocation"] = {"meeting": a.meeting, "date": a.date, "session": a.session}
        table["documents"] = [_drop_empty({"title": d.title, "symbol": d.symbol}) for d in item.documents]
        table["statements"] = [
            _drop_empty(
                {
                    "speaker": s.speaker,
                    "on_behalf_of": s.on_behalf_of,
                    "role": s.role.value,
                    "kind": s.kind.value if s.kind is not StatementKind.STATEMENT else "",
                    "text": s.text,
                    "meeting": s.meeting,
                    "time": s.time,
                    "capacity": s.capacity,
                    "note": s.note,
                    "person": s.person,
                }
            )
            | ({"duration": s.duration} if s.duration is not None else {})
            for s in item.statements
        ]
        table["points"] = [
            _drop_empty(
                {
                    "heading": p.heading,
                    "speakers": p.speakers,
                    "quantifier": p.quantifier,
                    "text": p.text,
                    "join": p.join,
                    "named": p.named,
                    "lead": p.lead,
                    "meeting": p.meeting,
                    "time": p.time,
                }
            )
            | ({"roles": {name: role.value for name, role in p.roles.items()}} if p.roles else {})
            for p in item.points
        ]
        table["presentations"] = [
            _drop_empty(
                {
                    "title": p.title,
                    "speaker": p.speaker,
                    "role": p.role.value,
                    "on_behalf_of": p.on_behalf_of,
                    "meeting": p.meeting,
                    "time": p.time,
                }
            )
            for p in item.presentations
        ]
        kept = (
            {k: table[k] for k in ("key", "number", "title")}
            | ({"dialogue": item.dialogue} if item.dialogue is not None else {})
            | ({"narrate": item.narrate} if item.narrate is not None else {})
        )
        out["items"].append(_drop_empty(table) | kept)
    if session.proposals:
        out["proposals"] = proposals_to_dict(session)
    return out


def _inline_values(values: list[str | dict[str, str]]) -> str:
    def literal(value: str) -> str:
        return tomli_w.dumps({"v": value})[4:].strip()

    return "".join(
        f"    {literal(v)},\n"
        if isinstance(v, str)
        else "    { " + ", ".join(f"{k} = {literal(x)}" for k, x in v.items()) + " },\n"
        for v in values
    )


def session_to_toml(session: Session, folder: Path | None = None) -> str:
    """The session file, laid out as people write it: [session], then [[meetings]], then each
    [[items]] with its [[items.documents]], [[items.statements]], [[items.presentations]] and [[items.points]].
    tomli_w writes every value (so quoting and escaping are its job); the layout is ours.
    ``folder``: where the file goes (``session_to_dict``); None: printed, with a profile file's full path."""
    data = session_to_dict(session, folder)

    def table(header: str, values: dict[str, Any]) -> str:
        return f"\n{header}\n" + tomli_w.dumps(values)

    report_item = data["session"].pop("report_item", None)
    # Written inline, on its line in [session]: tomli_w would make a [session.report_item] table of it.
    pairs = ", ".join(tomli_w.dumps({k: v}).strip() for k, v in (report_item or {}).items())
    inline = f"report_item = {{ {pairs} }}\n" if report_item else ""
    out = [tomli_w.dumps({"format": data["format"]}), table("[session]", data["session"]) + inline]
    out += [table("[[meetings]]", meeting) for meeting in data["meetings"]]
    for item in data["items"]:
        nested = {key: item.pop(key, []) for key in ("documents", "statements", "presentations", "points")}
        listed = item.pop("speakers_list", [])
        allocation = item.pop("allocation", None)
        # Written inline here: tomli_w would make a list of long tables [[speakers_list]], outside the item.
        out.append(
            table("[[items]]", item)
            + (f"speakers_list = [\n{_inline_values(listed)}]\n" if listed else "")
            + _inline_table("allocation", allocation)
        )
        for key, entries in nested.items():
            for entry in entries:
                roles = entry.pop("roles", None)
                out.append(table(f"[[items.{key}]]", entry) + _inline_roles(roles))
    out.append(proposals_toml(data.get("proposals", [])))
    out.append(organization_to_toml(session.organization))
    return "".join(out)


def _inline_table(key: str, values: dict[str, Any] | None) -> str:
    """``allocation = { meeting = 2, … }``: inline, so that it stays inside its [[items]]."""
    if not values:
        return ""
    pairs = ", ".join(tomli_w.dumps({k: v}).strip() for k, v in values.items())
    return f"{key} = {{ {pairs} }}\n"


def _inline_roles(roles: dict[str, str] | None) -> str:
    """A point's roles as one inline table, ``roles = { "Secretary-General of UNCTAD" = "official" }``:
    it stays inside the point's [[items.points]] (a [roles] table would start a table of its own)."""
    if not roles:
        return ""
    pairs = ", ".join(tomli_w.dumps({name: role}).strip() for name, role in roles.items())
    return f"roles = {{ {pairs} }}\n"
