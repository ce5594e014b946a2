"""The organization chapter: where it stands, its sections' headings and every sentence it says.

The phrases are built by the core (lists of names with their articles, dates, counts in words,
the venue with its preposition); a form only says where they go. Where the data may be missing
(no venue and no dates, no meeting, no symbol) the form has a variant without that placeholder,
so that a form never prints an empty one."""

from __future__ import annotations

from ..spec import Choice, Form, Section
from ..spec import form as _every


def form(doc: str, *fields: str, required: tuple[str, ...] | None = None) -> Form:
    """A form whose placeholders are all required but {body}: a body may write its own name in
    full ("the Trade and Development Board") where the report says "the Board"."""
    optional = ("body", "body_in_full")
    return _every(doc, *fields, required=tuple(f for f in fields if f not in optional) if required is None else required)


def _heading(doc: str) -> Form:
    return form(f'{doc} Empty ("") for no heading: its paragraphs follow the section before.')


SECTION = Section(
    "organization",
    "The organization chapter (from the session's [organization]): its place, headings and sentences.",
    {
        "place": Choice(
            'Where a chapter whose heading has no Roman numeral stands: "last" (ECOSOC commissions) or "first" '
            '(an introduction at the head of the report). A heading with a numeral ("I. Introduction") stands by it.',
            ("last", "first"),
        ),
        "venue_city_comma": Choice(
            'Whether a venue with its city after a comma is closed by a comma before the dates: "at the Palais des '
            'Nations, Geneva, from 6 to 17 October" (TD/B/53/8). The default profile leaves it out, as it always has.'
        ),
        "lettered": Choice('Whether the chapter\'s sections are lettered: "A. Opening and duration of the session".'),
        "attendance_after": Choice(
            'Which section the attendance follows: "agenda" (opening, officers, agenda, attendance) or "opening" '
            "(opening, attendance, officers, agenda: ECOSOC commissions, the Human Rights Council).",
            ("agenda", "opening"),
        ),
        "opening_heading": _heading("The heading of the section on the opening and duration of the session."),
        "officers_heading": _heading("The heading of the section on the election of officers."),
        "agenda_heading": _heading("The heading of the section on the adoption of the agenda."),
        "attendance_heading": _heading("The heading of the section on attendance."),
        "documentation_heading": _heading("The heading of the section on documentation."),
        "held": form(
            'The session held: {venue_and_dates} is "in Vienna from 22 to 26 May 2023" (the venue as typed, with its '
            "preposition; either may be missing); {body_in_full} is the body's name as the session gives it "
            '("the Commission on Population and Development").',
            "body",
            "body_in_full",
            "session",
            "venue_and_dates",
        ),
        "held_chaired": form(
            'The session held, with its chair ([organization] chair): {chair} is "Name (Austria)".',
            "body",
            "body_in_full",
            "session",
            "venue_and_dates",
            "chair",
        ),
        "held_nowhere": form("The session held, with neither venue nor dates known yet.", "body", "body_in_full", "session"),
        "held_nowhere_chaired": form(
            "The session held, with neither venue nor dates known yet, with its chair.",
            "body",
            "body_in_full",
            "session",
            "chair",
        ),
        "meetings": form(
            'How many meetings it held: {number} "nine" (or "18"), {noun} "meeting" or "meetings", agreeing.',
            "number",
            "noun",
            "body",
        ),
        "meetings_numbered": form(
            'How many meetings it held when they are numbered on from earlier sessions: {range} "the 901st to the 909th" '
            '(a body may leave it out: "The Subcommittee held 20 meetings.").',
            "number",
            "noun",
            "range",
            "body",
            required=("number", "noun"),
        ),
        "meetings_paragraph": Choice(
            "Whether the meetings sentence is a paragraph of its own rather than following the session's opening."
        ),
        "opened_by": form(
            'Who opened the session ([organization] opened_by): {person} is "Name (Jamaica), President of the Board".',
            "person",
        ),
        "opened_by_in": Choice(
            'Where the opening is reported: "organization" (after the session\'s opening and duration) or '
            '"opening_item" (first in the section of the item "Opening of the session", when the chapter reports it).',
            ("organization", "opening_item"),
        ),
        "chair_office": form(
            'What the body calls its chair when [organization] chair gives no office: "Chair", "Chairman", "President".'
        ),
        "officers": form(
            'The election of officers, at a meeting: {meeting} is "At its 1st meeting, on 22 May 2023".', "meeting", "body"
        ),
        "officers_no_meeting": form("The election of officers, no meeting given.", "body"),
        "agenda": form(
            'The adoption of the agenda, at a meeting, with its symbol: {symbol} is "E/CN.15/2023/1".',
            "meeting",
            "body",
            "symbol",
        ),
        "agenda_no_symbol": form("The adoption of the agenda, at a meeting, with no symbol given.", "meeting", "body"),
        "agenda_no_meeting": form("The adoption of the agenda, no meeting given, with its symbol.", "body", "symbol"),
        "agenda_no_meeting_no_symbol": form("The adoption of the agenda, neither meeting nor symbol given.", "body"),
        "member_states": Choice(
            'How the body calls its members in the attendance sentence: "States members" or "member States".',
            ("States members", "member States"),
        ),
        "attendance": form(
            'Attendance counted: {members} is "nine States members".',
            "members",
            "body",
        ),
        "attendance_list": form(
            'Attendance listed by name ([organization.attendance] list = true): {members} is "61 member States", '
            '{states} "Albania, … and Zimbabwe".',
            "members",
            "body",
            "states",
            required=("states",),  # the list says how many: "The following States Members … were represented: …"
        ),
        "observers_attended": form(
            'The observers who attended: {observers} is "two other States and one intergovernmental organization".',
            "observers",
        ),
        "participants_annex": form('Where the list of participants is: {annex} is "annex I".', "annex"),
        "observers_admitted": form(
            "Requests to attend as observers, at a meeting ([organization] observers_admitted): {chair} is "
            '"the Chair" (its office), {states} "Armenia and the Dominican Republic".',
            "meeting",
            "chair",
            "body",
            "states",
            required=("meeting", "states"),
        ),
        "observers_admitted_no_meeting": form(
            "Requests to attend as observers, no meeting given.", "chair", "body", "states", required=("states",)
        ),
        "documentation": form(
            'Where the list of documents is: {session} is "thirty-second session", {annex} "annex II".',
            "body",
            "session",
            "annex",
            required=("annex",),
        ),
        "participants_annex_heading": form("The heading of the annex listing the participants."),
        "participants_members": form("The annex's heading over the members attending."),
        "participants_observer_states": form("The annex's heading over the other States attending."),
        "participants_igos": form("The annex's heading over the intergovernmental organizations attending."),
        "participants_ngos": form("The annex's heading over the non-governmental organizations attending."),
        "documents_annex_heading": form("The heading of the annex listing the documents.", "body", "session", required=()),
    },
)
