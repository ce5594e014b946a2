"""What a rapporteur prepares and logs: a session, its meetings, agenda items, statements and points."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    MEMBER = "member"  # representative of a State member of the body
    SIGNATORY = "signatory"  # observer for a signatory State
    OBSERVER_STATE = "observer_state"  # observer for a State (the Holy See, the State of Palestine, ...)
    IGO = "igo"  # observer for an intergovernmental organization
    NGO = "ngo"  # observer for a non-governmental organization
    OFFICIAL = "official"  # secretariat, chairs, special rapporteurs: named by function
    # observer for a national human rights institution: the Human Rights Council lists them apart,
    # "(c) Observer for a national human rights institution: …" (A/HRC/7/78, para. 127)
    NHRI = "nhri"


def default_role(speaker: str) -> Role | None:
    """Member for a Member State, observer State for the Holy See and the State of Palestine, IGO
    for an intergovernmental organization of the data, NHRI for a national human rights
    institution of the data; None for anyone else, whose role the note-taker has to say."""
    from .countries import resolve_state  # the country data is loaded when first needed
    from .human_rights_institutions import resolve_institution
    from .organizations import resolve_organization

    state = resolve_state(speaker)
    if state is None:
        if resolve_institution(speaker):
            return Role.NHRI
        return Role.IGO if resolve_organization(speaker) else None
    return Role.MEMBER if state.member else Role.OBSERVER_STATE


ROLE_LABELS = {
    Role.MEMBER: "member",
    Role.SIGNATORY: "signatory",
    Role.OBSERVER_STATE: "observer State",
    Role.IGO: "IGO",
    Role.NGO: "NGO",
    Role.OFFICIAL: "official",
    Role.NHRI: "NHRI",
}  # how a screen names a role


class StatementKind(StrEnum):
    STATEMENT = "statement"
    REPLY = "reply"  # in exercise of the right of reply


# How a body summarizes a debate. Each is a closed set, listed here once: the session file, the
# database, the prepare screen and the report all take their values from these.


class SpeakerNoun(StrEnum):
    """What a body calls those who take the floor: "Several delegates"."""

    SPEAKER = "speaker"
    DELEGATE = "delegate"
    DELEGATION = "delegation"
    PARTICIPANT = "participant"


class Counting(StrEnum):
    """How the report counts the speakers who made a point."""

    WORDS = "words"  # One, Two, Some, Several, A number of
    NUMBERS = "numbers"  # "Twenty delegates", "Three delegations"


class SummaryOrder(StrEnum):
    """The order a debate is summarized in."""

    GROUPED = "grouped"  # officials, States, then points
    LOGGED = "logged"  # in the order logged


class Debate(StrEnum):
    """What an item's lists of speakers were (the Human Rights Council's): "During the ensuing
    interactive dialogue, …, the following made statements and asked questions:" or "During the
    ensuing general debate, …, statements were made by the following:"."""

    DIALOGUE = "dialogue"  # an interactive dialogue with a mandate holder, on a report
    GENERAL = "general"  # a general debate on the agenda item


class EntryKind(StrEnum):
    """What the note-taker logs under an item: a statement (who spoke) or a point (what was said)."""

    STATEMENT = "statement"
    POINT = "point"
    PRESENTATION = "presentation"


class Distribution(StrEnum):
    GENERAL = "General"
    LIMITED = "Limited"
    RESTRICTED = "Restricted"


@dataclass
class SessionInfo:
    body: str = ""
    body_short: str = ""
    title: str = ""
    venue: str = ""
    dates: tuple[dt.date, dt.date] | None = None  # the part of the session this report is written at
    # The session's other periods of meetings, each (first day, last day): the one-day meeting of
    # the December before ("7 December 2018 and 14–22 March 2019", E/2019/28), a reconvened session.
    other_periods: tuple[tuple[dt.date, dt.date], ...] = ()
    symbol: str = ""
    distribution: Distribution = Distribution.LIMITED
    issued: dt.date | None = None
    original: str = "English"
    rapporteur: str = ""
    rapporteur_country: str = ""
    addendum: bool = False
    first_paragraph: int = 1
    profile: str = ""  # the body profile: an id ("cnd") or a profile file's path; "" for the default
    # The masthead's lines the profile does not know for this session ("" for the profile's own):
    parent: str = ""  # the parent organ above the body: "Economic and Social Council"
    reports_to: str = ""  # a subcommittee's committee, on the line above the body's name
    report_title: str = ""  # the title line as typed, instead of the profile's form
    report_item_number: str = ""  # the report's own agenda item: "7"
    report_item_title: str = ""  # and its title: "Adoption of the report of the Commission on its …"
    rapporteur_office: str = ""  # "Vice-Chair-cum-Rapporteur"
    draft: bool = True  # False: the final report (its title, and no "Distr." line)
    # How the body summarizes a debate, where the session says otherwise than its profile (None:
    # as the profile's [style] says; an item may say otherwise again for itself):
    speaker_noun: SpeakerNoun | None = None
    quantifiers: Counting | None = None
    dialogue: bool | None = None  # statements as the lists of an interactive dialogue (Human Rights Council)
    order: SummaryOrder | None = None
    narrate: bool | None = None  # each event opens with its meeting: "At the 9th meeting, …", "At the same meeting, …"
    body_running: str = ""  # the body's name in running text ("the Third Committee"), where an item is allocated to it

    def periods(self) -> list[tuple[dt.date, dt.date]]:
        """Every period the session met in, in order of time; none when its dates are not known."""
        return sorted({self.dates, *self.other_periods}) if self.dates else []


@dataclass
class Meeting:
    number: int
    date: dt.date | None = None


@dataclass(frozen=True)
class Allocation:
    """The plenary's allocation of an item to a Main Committee of the General Assembly: "At its 2nd
    plenary meeting, on 16 September 2022, … of its seventy-seventh session …"."""

    meeting: int  # the plenary meeting's number
    date: dt.date
    session: str  # the Assembly's session, in words: "seventy-seventh"


@dataclass
class Document:
    title: str
    symbol: str = ""


@dataclass
class Statement:
    speaker: str
    role: Role
    kind: StatementKind = StatementKind.STATEMENT
    on_behalf_of: str = ""
    text: str = ""  # officials only: what they did ("made an introductory statement")
    meeting: int | None = None  # the meeting it was made at
    time: dt.time | None = None  # local wall-clock time it started
    duration: int | None = None  # speaking time in seconds, once it has ended
    capacity: str = ""  # the capacity they spoke in: "as the concerned country"
    # For the note-taker, never in the report: "likely the same statement as …", marked by a merge.
    note: str = ""
    id: int | None = field(default=None, compare=False)  # the store's id, once saved
    person: str = ""  # an official's name: "Ms. A. B.", printed with the title as the profile says


@dataclass
class Point:
    text: str
    speakers: list[str] = field(default_factory=list)
    quantifier: str = ""
    heading: str = ""
    join: bool = False
    named: bool = False  # its speakers are its subject: "The representative of Brazil stressed …"
    lead: str = ""  # words before the subject: "In summarizing the report,"
    # The role of a named point's speaker who made no statement on the item ("Secretary-General of
    # UNCTAD" = official): how the subject names them. Keys as typed in ``speakers``.
    roles: dict[str, Role] = field(default_factory=dict)
    meeting: int | None = None  # the meeting and local time it was logged at: the order "as logged"
    time: dt.time | None = None
    id: int | None = field(default=None, compare=False)


@dataclass
class Presentation:
    """A presentation heard under an item: its title, and who gave it in what role ("“Title”, by the
    representative of Japan")."""

    title: str
    speaker: str
    role: Role
    on_behalf_of: str = ""
    meeting: int | None = None
    time: dt.time | None = None
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ListEntry:
    """One speaker on the Chair's list, resolved when the list was saved: ctrl+l logs it as it is."""

    speaker: str  # a State by its UN name, anyone else as confirmed
    on_behalf_of: str = ""  # a group's name or a State's, as a statement holds it
    role: Role | None = None  # None: the speaker's own (a State's, or the one they had when last logged)


@dataclass
class Item:
    key: str
    number: str
    title: str
    chapter: str = ""
    section: str = ""
    meetings: list[int] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)
    speakers_list: list[ListEntry] = field(default_factory=list)  # the Chair's list: who is still to speak, in order
    speaker_noun: SpeakerNoun | None = None  # None: as the session says
    quantifiers: Counting | None = None
    dialogue: bool | None = None
    order: SummaryOrder | None = None
    narrate: bool | None = None
    mandate: str = ""  # "General Assembly resolution 76/76": "In accordance with …, the Subcommittee considered …"
    allocation: Allocation | None = None  # the General Assembly's allocation of the item to the body
    summary_records: list[str] = field(default_factory=list)  # ["A/C.3/77/SR.4", "A/C.3/77/SR.9"]
    statements_form: str = ""  # one of the statement forms the profile names ([statements.chosen]); "": its own
    general_exchange: bool = False  # others spoke in a general exchange of views: a sentence says so
    presentations: list[Presentation] = field(default_factory=list)  # in the order the report lists them
    part: str = ""  # a part of the report opens here: "Part two: Summary of proceedings", as typed
    # The lists' debate: a general debate or an interactive dialogue (None: a dialogue). An item that
    # says which has the lists, whatever the session's dialogue switch says.
    debate: Debate | None = None

    def copy(self) -> Item:
        """A copy whose lists are its own, sharing what is in them."""
        return dataclasses.replace(
            self,
            meetings=list(self.meetings),
            documents=list(self.documents),
            statements=list(self.statements),
            points=list(self.points),
            speakers_list=list(self.speakers_list),
            summary_records=list(self.summary_records),
            presentations=list(self.presentations),
        )

    def all_meetings(self) -> list[int]:
        """The meetings it was considered at: those it lists plus those its statements were made at
        (a file may list fewer), in order."""
        logged = {s.meeting for s in self.statements} | {p.meeting for p in self.presentations}
        return sorted(set(self.meetings) | {n for n in logged if n is not None})


class ActionKind(StrEnum):
    """What happened to a proposal, in the order it happened."""

    INTRODUCED = "introduced"
    REVISED = "revised"  # orally revised, with the revisions as subparagraphs
    BUDGET = "budget"  # the programme budget implications
    ADOPTED = "adopted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    DEFERRED = "deferred"
    BEFORE = "before"  # statements before the decision
    AFTER = "after"  # statements in explanation of vote after it


class Decision(StrEnum):
    """How a proposal was decided when there was no recorded vote."""

    CONSENSUS = "consensus"  # nothing is said of a vote
    WITHOUT_A_VOTE = "without a vote"


@dataclass
class RecordedVote:
    """The three lists of a recorded vote; the counts are their lengths, never typed twice."""

    in_favour: list[str] = field(default_factory=list)
    against: list[str] = field(default_factory=list)
    abstaining: list[str] = field(default_factory=list)


@dataclass
class CountedVote:
    """A vote whose counts alone are announced, by a show of hands (the Commission on Narcotic Drugs
    votes so unless a roll call is asked for): "by 49 votes to none, with no abstentions"."""

    in_favour: int = 0
    against: int = 0
    abstaining: int = 0


Vote = Decision | RecordedVote | CountedVote


@dataclass
class Action:
    kind: ActionKind
    meeting: int | None = None
    speaker: str = ""  # who introduced, revised or withdrew it
    on_behalf_of: str = ""
    speakers: list[str] = field(default_factory=list)  # before / after: who made statements
    text: str = ""  # budget: what the body was told; deferred: to when
    revisions: list[str] = field(default_factory=list)  # revised: one subparagraph each
    vote: Vote = Decision.CONSENSUS  # adopted / rejected


@dataclass
class Proposal:
    """A draft resolution or decision before the body under an agenda item, and what it did with it."""

    key: str
    item: str  # the agenda item's key
    title: str
    kind: str = "draft resolution"
    symbol: str = ""
    submitted_by: list[str] = field(default_factory=list)
    on_behalf_of: str = ""
    outcome_symbol: str = ""  # "resolution 51/1"
    see: str = ""  # where the adopted text is printed: "chap. I, sect. A"
    actions: list[Action] = field(default_factory=list)


@dataclass
class Officer:
    office: str  # "Chair", "First Vice-Chair", "Rapporteur"
    name: str
    country: str = ""


@dataclass
class Attendance:
    """Who attended, as lists (the counts are their lengths; the lists go to an annex)."""

    members: list[str] = field(default_factory=list)
    observer_states: list[str] = field(default_factory=list)
    igos: list[str] = field(default_factory=list)
    ngos: list[str] = field(default_factory=list)
    listed: bool = False  # the members named in the attendance paragraph, not only counted


@dataclass
class ObserversAdmitted:
    """States whose requests to attend as observers the body was told of, at a meeting."""

    meeting: int | None = None
    states: list[str] = field(default_factory=list)


@dataclass
class Organization:
    """The organization chapter: opening and duration, officers, agenda, attendance, documents."""

    chapter: str = ""  # its heading: "V. Organization of the session"
    agenda_symbol: str = ""
    officers_meeting: int | None = None
    agenda_meeting: int | None = None
    documents_annex: str = ""  # "annex II": where the list of documents is
    attendance_annex: str = ""  # "annex I": where the list of participants is
    officers: list[Officer] = field(default_factory=list)
    attendance: Attendance | None = None
    opened_by: Officer | None = None  # "The session was opened by X (Jamaica), President of the Board."
    chair: Officer | None = None  # "under the chairmanship of X (Austria)"; its office names "the Chair"
    observers_admitted: ObserversAdmitted | None = None


@dataclass
class Session:
    info: SessionInfo = field(default_factory=SessionInfo)
    meetings: list[Meeting] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    organization: Organization | None = None

    def meeting(self, number: int) -> Meeting | None:
        return next((m for m in self.meetings if m.number == number), None)

    def item(self, key: str) -> Item | None:
        return next((i for i in self.items if i.key == key), None)

    def snapshot(self) -> Session:
        """A copy whose lists are its own, sharing the entries, meetings and documents (which the
        logbook replaces, never changes in place): the draft is rendered from it on another
        thread while the note-taker goes on logging."""
        return Session(
            self.info, list(self.meetings), [item.copy() for item in self.items], list(self.proposals), self.organization
        )

    def is_empty(self) -> bool:
        """Nothing prepared or logged: the one test of "holds no session" for import, export and the app."""
        return (
            not self.items
            and not self.meetings
            and not self.proposals
            and self.organization is None
            and self.info == SessionInfo()
        )
