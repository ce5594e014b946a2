"""Preparing a session inside the app: the session data (the masthead), the meetings, the agenda
items and the documents of the current item. Each field is checked where it is typed, with the
same rules as the session file, and each saved change goes through the logbook (ctrl+z undoes it).

Enter in any box of a section saves that section."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Header, Input, Label, Static, TextArea

from ...core.countries import compact, find_states, resolve_state
from ...core.dates import day_month_year, outside_the_session, overlapping
from ...core.english import counted
from ...core.form_fields import (
    ALLOCATION_EXAMPLE,
    FieldError,
    Reading,
    read_allocation,
    read_choice,
    read_day,
    read_meeting_number,
    read_meeting_number_or_none,
    read_names,
    read_periods,
    read_yes_no,
    show_allocation,
    show_choice,
    show_day,
    show_names,
    show_number,
    show_periods,
    show_yes_no,
)
from ...core.imported_list import ImportedList, Value
from ...core.list_lines import CLOSE, Resolution, choices, entry_line, listed_role, logged_speakers, resolve_line
from ...core.model import (
    ROLE_LABELS,
    Attendance,
    Counting,
    Debate,
    Document,
    Item,
    ListEntry,
    Meeting,
    ObserversAdmitted,
    Officer,
    Organization,
    Role,
    SessionInfo,
    SpeakerNoun,
    SummaryOrder,
)
from ...core.profiles import Profile
from ...core.profiles.choosing import profile_about, read_profile, suggest_profiles
from ...core.profiles.statement_form_choice import read_statement_form, suggest_statement_forms
from ...core.rendered import printable
from ...core.rendering.profile_in_use import profile_in_use
from ...core.speaker_suggestions import Suggestion, suggest_states
from ...logbook import Logbook, LogbookError, StepOutcome
from ...storage import StorageError
from ..actions import On, bindings, key_for, with_keys
from ..typed_app import unreport_app
from ..widgets.completing_input import CompletingInput
from ..widgets.form_fields import FormFields
from ..widgets.in_order_text_area import InOrderTextArea
from ..widgets.keys_footer import ActionsFooter
from ..widgets.keys_in_order import InOrderInput
from .choose_each import ChooseEachDialog, Question, first_unless_torn
from .destination import Destination
from .form_keys import TABS_AT_ONCE
from .undoable import UndoableScreen

INTRO = (
    "Prepare the session: fill in the session data, add the meetings and the agenda items, and the "
    "documents of each item. Enter saves the section you are in; {undo} undoes; {prepare} goes to the live screen "
    "once there is an agenda item. Or load a prepared session file: unreport import FILE."
)

SESSION_FIELDS = [
    ("body", "Body (Conference of the Parties to …)"),
    ("body_short", "Short name (Conference)"),
    ("title", "Session (Fifth session)"),
    ("venue", "Venue (Vienna)"),
    ("first_day", "First day (2010-10-18)"),
    ("last_day", "Last day (2010-10-22)"),
    ("other_periods", "Also met (2018-12-07; 2019-12-12 to …)"),
    ("symbol", "Symbol (CTOC/COP/2010/L.1/Add.2)"),
    ("issued", "Issued on (2010-10-20)"),
    ("draft", "Draft report (yes, no; empty: yes)"),
    ("report_title", "Report's title (empty: the profile's)"),
    ("report_item_number", "Report's own agenda item: number (7)"),
    ("report_item_title", "Report's own agenda item: title"),
    # Empty: as the body's profile says (most bodies need none of these).
    ("parent", "Parent organ (Economic and Social …)"),
    ("reports_to", "Reports to (its committee), optional"),
    ("body_running", "Body in running text (the Committee)"),
    ("rapporteur", "Rapporteur (Elizabeth Verville)"),
    ("rapporteur_office", "Rapporteur's office, if not Rapporteur"),
    ("rapporteur_country", "Rapporteur's country (USA)"),
    ("profile", "Body profile (empty: untoc-cop)"),
]
# The session data's boxes that hold text as it is saved (SessionInfo's field of the box's name):
# adding one is a line in SESSION_FIELDS. The others are read and shown their own way, below.
_READ_THEIR_OWN_WAY = {"first_day", "last_day", "other_periods", "issued", "rapporteur_country", "profile", "draft"}
TEXT_SESSION_FIELDS = [name for name, _ in SESSION_FIELDS if name not in _READ_THEIR_OWN_WAY]
STYLE_FIELDS = [  # each label shows what the box takes, from the one list of its values
    ("speaker_noun", f"Speakers are ({', '.join(list(SpeakerNoun)[:2])} …)"),
    ("quantifiers", f"Counted in ({', '.join(Counting)})"),
    ("order", f"Order ({', '.join(SummaryOrder)})"),
    ("narrate", "Name each meeting (yes, no)"),
    ("dialogue", "Interactive dialogue lists (yes, no)"),
]
# The current item's own style: empty says "as the session".
ITEM_STYLE_FIELDS = [(f"item_{name}", label) for name, label in STYLE_FIELDS]
MEETING_FIELDS = [("meeting_number", "Meeting number (4)"), ("meeting_date", "Date (2010-10-19)")]
ITEM_FIELDS = [
    ("item_number", "Item number (2 (b))"),
    ("item_title", "Title"),
    ("item_chapter", "Chapter: numeral and title, optional"),
    ("item_section", "Section (B. …), optional"),
]
# The current item's own data, saved with Enter; what is left empty is not said.
ITEM_DATA_FIELDS = [
    ("item_part", "A part of the report opens here"),
    ("item_mandate", "Mandate (resolution 76/76 …)"),
    ("item_statements_form", "Statement form (empty: the profile's)"),
    ("item_general_exchange", "General exchange of views (yes, no)"),
    ("item_debate", "Lists of a debate (general, dialogue)"),
    ("item_summary_records", "Summary records (A/C.3/77/SR.4; …)"),
    ("item_allocation", "Allocated at plenary meeting"),
]
DOCUMENT_FIELDS = [("document_title", "Document title (Report of …)"), ("document_symbol", "Symbol (CTOC/COP/2010/5)")]
ORGANIZATION_FIELDS = [
    ("org_chapter", "Its chapter: numeral and title"),
    ("org_agenda_symbol", "Agenda symbol (E/CN.6/2007/1)"),
    ("org_officers_meeting", "Officers elected at meeting (1)"),
    ("org_agenda_meeting", "Agenda adopted at meeting (1)"),
    ("org_attendance_annex", "Participants listed in (annex I)"),
    ("org_documents_annex", "Documents listed in (annex II)"),
    ("org_members", "Members attending (Chile; Peru …)"),
    ("org_observer_states", "Observer States attending"),
    ("org_igos", "IGOs attending"),
    ("org_ngos", "NGOs attending"),
    ("org_members_listed", "Members listed by name (yes, no)"),
    ("org_opened_by_name", "Opened by: name"),
    ("org_opened_by_country", "Opened by: country (Jamaica)"),
    ("org_opened_by_office", "Opened by: office (President of …)"),
    ("org_chair_name", "Chaired by: name"),
    ("org_chair_country", "Chaired by: country (Austria)"),
    ("org_chair_office", "Chaired by: office (empty: the Chair)"),
    ("org_observers_meeting", "Observers admitted at meeting (1)"),
    ("org_observer_states_admitted", "Observer States admitted (Armenia; …)"),
]
# The boxes that take States, completed as the speaker box does: several (separated by ;) or one.
STATE_BOXES = {
    "rapporteur_country": False,
    "officer_country": False,
    "org_members": True,
    "org_observer_states": True,
    "org_opened_by_country": False,
    "org_chair_country": False,
    "org_observer_states_admitted": True,
}
# The other boxes that offer what they take as one types (one value each).
SUGGESTING_BOXES: dict[str, Callable[[str], list[Suggestion]]] = {"profile": suggest_profiles}
# The boxes with a line under them that says what their value is.
ABOUT_BOXES: dict[str, Callable[[str], str]] = {"profile": profile_about}
OFFICER_FIELDS = [
    ("officer_office", "Office (Chair, Vice-Chair …)"),
    ("officer_name", "Name"),
    ("officer_country", "Country (Uruguay)"),
]
_ATTENDANCE = ("members", "observer_states", "igos", "ngos")
# The form's sections by a short name, with the box each begins with: the palette goes to them
# (the organization chapter is some thirty boxes down).
SECTIONS = [
    ("Session data", SESSION_FIELDS[0][0]),
    ("How the debate is summarized (the session)", STYLE_FIELDS[0][0]),
    ("Meetings", MEETING_FIELDS[0][0]),
    ("Agenda items", ITEM_FIELDS[0][0]),
    ("The current item's data", ITEM_DATA_FIELDS[0][0]),
    ("How the current item is summarized", ITEM_STYLE_FIELDS[0][0]),
    ("Documents of the current item", DOCUMENT_FIELDS[0][0]),
    ("The Chair's list of speakers", "speakers-list"),
    ("The organization chapter", ORGANIZATION_FIELDS[0][0]),
    ("Officers", OFFICER_FIELDS[0][0]),
]
# What a box takes, shown in it while it is empty, where the label has no room to say it (short:
# the box is 34 columns wide on an 80-column screen).
PLACEHOLDERS = {
    "item_chapter": "numeral alone: the item's title",
    "org_chapter": "numeral alone: Organization of the session",
    "item_part": "Part two: Summary of proceedings",
    "item_allocation": ALLOCATION_EXAMPLE,
    "item_summary_records": "A/C.3/77/SR.4; A/C.3/77/SR.9",
}
# The boxes that offer what the session's profile names (bound to the screen's session).
PROFILE_SUGGESTING_BOXES = {"item_statements_form"}


AS_THE_PROFILE = "the session's profile"


def session_info_from(values: dict[str, str], before: SessionInfo) -> SessionInfo:
    """The session data typed in the form; FieldError for each value that cannot be used (every
    box read on its own first, then what the boxes say together)."""
    read = Reading()  # in the form's order: the cursor goes to the first box refused
    first, last = read(read_day, "first_day", values["first_day"]), read(read_day, "last_day", values["last_day"])
    other_periods = read(read_periods, "other_periods", values["other_periods"]) or ()
    issued = read(read_day, "issued", values["issued"])
    draft = read(read_yes_no, "draft", values["draft"], True)
    country = values["rapporteur_country"].strip()
    read(_a_state, "rapporteur_country", country)
    # Checked when it changes: one broken since it was chosen does not stop the rest being saved.
    profile = before.profile if values["profile"].strip() == before.profile else read(read_profile, "profile", values["profile"])
    # Empty: as the profile says.
    speaker_noun = read(read_choice, "speaker_noun", values["speaker_noun"], SpeakerNoun, None, AS_THE_PROFILE)
    quantifiers = read(read_choice, "quantifiers", values["quantifiers"], Counting, None, AS_THE_PROFILE)
    order = read(read_choice, "order", values["order"], SummaryOrder, None, AS_THE_PROFILE)
    narrate = read(read_yes_no, "narrate", values["narrate"], None, AS_THE_PROFILE)
    dialogue = read(read_yes_no, "dialogue", values["dialogue"], None, AS_THE_PROFILE)
    read.done()
    assert profile is not None  # kept, or read: a refusal was raised above
    if (first is None) != (last is None):
        raise FieldError("last_day" if first else "first_day", "give both the first and the last day, or neither")
    if first and last and first > last:
        raise FieldError("last_day", "the last day comes before the first day")
    if other_periods and not (first and last):
        raise FieldError("other_periods", "give the session's first and last day too")
    overlap = overlapping([(first, last), *other_periods]) if first and last else None
    if overlap:
        raise FieldError(
            "other_periods", f"{show_periods([overlap[1]])} overlaps {show_periods([overlap[0]])}: give each day once"
        )
    texts: dict[str, Any] = {name: values[name].strip() for name in TEXT_SESSION_FIELDS}
    # What the form does not show (distribution, original, addendum …) is kept as it was.
    return dataclasses.replace(
        before,
        **texts,
        dates=(first, last) if first and last else None,
        other_periods=other_periods,
        issued=issued,
        rapporteur_country=country,
        profile=profile,
        speaker_noun=speaker_noun,
        quantifiers=quantifiers,
        order=order,
        narrate=narrate,
        dialogue=dialogue,
        draft=draft is not False,
    )


def _a_state(field: str, country: str) -> None:
    if country and resolve_state(country) is None:
        raise FieldError(field, f"{country!r} is not a State: type a State's name, such as USA or Chile")


def _no_misspelt_state(field: str, name: str) -> None:
    """A name typed where States go that is no State but reads as one ("germny", "phillipines")
    is refused under the box with the States it reads as: printed as typed, it is a wrong line in
    the report. A name far from every State ("Cook Islands", "Niue", an organization) is kept as
    typed: the States list is not every participant a body may have."""
    name = name.strip()
    if not name or resolve_state(name) is not None:
        return
    close = [match.state.name for match in find_states(name, limit=2) if match.score >= CLOSE]
    if close:
        raise FieldError(field, f"{name!r} is not a State: {' or '.join(close)}?")


def _no_misspelt_states(field: str, names: list[str], saved: list[str]) -> None:
    """``_no_misspelt_state`` for each of ``names`` but those saved before (``saved``): a name the
    note-taker gave earlier, or a session file brought, is theirs and never blocks a save."""
    for name in names:
        if name not in saved:
            _no_misspelt_state(field, name)


def item_data_from(values: dict[str, str], profile: str) -> dict[str, object]:
    """The current item's own data as typed (``profile``: the session's, whose statement forms
    the item may choose); FieldError for each value that cannot be used."""
    read = Reading()
    data: dict[str, object] = {
        "part": values["item_part"].strip(),
        "mandate": values["item_mandate"].strip(),
        "statements_form": read(read_statement_form, "item_statements_form", values["item_statements_form"], profile),
        "general_exchange": read(read_yes_no, "item_general_exchange", values["item_general_exchange"], False) is True,
        "debate": read(read_choice, "item_debate", values["item_debate"], Debate, None),
        "summary_records": read_names(values["item_summary_records"]),
        "allocation": read(read_allocation, "item_allocation", values["item_allocation"]),
    }
    read.done()
    return data


def _item_data_values(item: Item | None) -> dict[str, str]:
    if item is None:
        return {name: "" for name, _ in ITEM_DATA_FIELDS}
    return {
        "item_part": item.part,
        "item_mandate": item.mandate,
        "item_statements_form": item.statements_form,
        "item_general_exchange": show_yes_no(item.general_exchange),
        "item_debate": show_choice(item.debate),
        "item_summary_records": show_names(item.summary_records),
        "item_allocation": show_allocation(item.allocation),
    }


def _person_from(values: dict[str, str], key: str, who: str, saved: Officer | None) -> Officer | None:
    """``opened_by`` or ``chair`` as typed in its three boxes; None when all are empty. (``saved``:
    as it was saved, its country kept as the note-taker gave it.)"""
    name, country, office = (values[f"org_{key}_{part}"] for part in ("name", "country", "office"))
    if not (name or country or office):
        return None
    if not name:
        raise FieldError(f"org_{key}_name", f"give the name of {who}, or empty its other boxes")
    if saved is None or country != saved.country:
        _no_misspelt_state(f"org_{key}_country", country)
    return Officer(office, name, country)


def _person_values(person: Officer | None, key: str) -> dict[str, str]:
    person = person or Officer("", "")
    return {f"org_{key}_name": person.name, f"org_{key}_country": person.country, f"org_{key}_office": person.office}


def item_style_from(values: dict[str, str]) -> dict[str, object]:
    """The current item's own style as typed: what is left empty follows the session."""
    read = Reading()
    style: dict[str, object] = {
        "speaker_noun": read(read_choice, "item_speaker_noun", values["item_speaker_noun"], SpeakerNoun, None),
        "quantifiers": read(read_choice, "item_quantifiers", values["item_quantifiers"], Counting, None),
        "order": read(read_choice, "item_order", values["item_order"], SummaryOrder, None),
        "narrate": read(read_yes_no, "item_narrate", values["item_narrate"], None),
        "dialogue": read(read_yes_no, "item_dialogue", values["item_dialogue"], None),
    }
    read.done()
    return style


def _item_style_values(item: Item | None) -> dict[str, str]:
    if item is None:
        return {name: "" for name, _ in ITEM_STYLE_FIELDS}
    return {
        "item_speaker_noun": show_choice(item.speaker_noun),
        "item_quantifiers": show_choice(item.quantifiers),
        "item_order": show_choice(item.order),
        "item_narrate": show_yes_no(item.narrate),
        "item_dialogue": show_yes_no(item.dialogue),
    }


def _session_values(info: SessionInfo) -> dict[str, str]:
    return {
        **{name: getattr(info, name) for name in TEXT_SESSION_FIELDS},
        "first_day": show_day(info.dates[0] if info.dates else None),
        "last_day": show_day(info.dates[1] if info.dates else None),
        "other_periods": show_periods(info.other_periods),
        "issued": show_day(info.issued),
        "rapporteur_country": info.rapporteur_country,
        "profile": info.profile,
        "speaker_noun": show_choice(info.speaker_noun),
        "quantifiers": show_choice(info.quantifiers),
        "order": show_choice(info.order),
        "narrate": show_yes_no(info.narrate),
        "dialogue": show_yes_no(info.dialogue),
        "draft": show_yes_no(info.draft),
    }


class PrepareScreen(UndoableScreen[Destination]):
    BINDINGS = [*bindings(On.PREPARE), *TABS_AT_ONCE]  # undo and redo: UndoableScreen's

    def __init__(self, book: Logbook, at_the_list: bool = False) -> None:
        """``at_the_list``: opened with the cursor in the Chair's list of speakers, not at the top.
        The screen ends with ``Destination.LIVE`` (``dismiss``): its opener goes back to logging."""
        super().__init__()
        self.book = book
        self._styled_once = False  # on_screen_resume
        self._refused: dict[str, str] = {}  # each box marked refused: the value it was refused for
        self.at_the_list = at_the_list
        # The Chair's list as saved (by its lines), who was logged, and each line typed resolved.
        self._listed: dict[str, ListEntry] = {}
        self._profile: Profile | None = None  # the session's, whose names of groups the list's lines use
        self._logged: dict[str, tuple[str, Role]] = {}
        self._resolved: dict[str, Resolution] = {}
        # The lines last put in the Chair's list box from the saved list: what differs from them was
        # typed there and not saved yet, and is neither overwritten nor left behind.
        self._shown_list: list[str] = []
        # The same for the boxes that show a saved value (session data, style, organization chapter):
        # the value last put in each from the file, or saved from it. A box that differs holds typing
        # not saved, which an undo does not overwrite and ctrl+q asks about.
        self._shown: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        # Not a tab stop: the cursor is always in one of its boxes. Focusable (Textual's default), it
        # took the screen's first focus and gave it up at once, each time restyling all its
        # widgets (300 then): a third of the time F5 took.
        with VerticalScroll(id="prepare", can_focus=False):
            yield Static(with_keys(INTRO), id="prepare-intro", markup=False)
            yield from self._section("Session data", "session", SESSION_FIELDS)
            yield from self._section(
                "How the debate is summarized, where the session differs from its profile "
                "(empty: as the profile; Enter saves it with the session data)",
                "session",
                STYLE_FIELDS,
            )
            yield from self._section(
                "Meetings (Enter adds one, or re-dates one listed: its number, a new date)", "meeting", MEETING_FIELDS
            )
            yield Static(id="meetings-list", markup=False)
            yield from self._section(
                "Agenda items (Enter adds one, now current, or retitles one listed)",
                "item",
                ITEM_FIELDS,
            )
            yield Static(id="items-list", markup=False)
            yield from self._section("The current item's data (Enter saves it; empty: not said)", "item-data", ITEM_DATA_FIELDS)
            yield from self._section(
                "How the current item's debate is summarized, where it differs from the session "
                "(empty: as the session; Enter saves it)",
                "item-style",
                ITEM_STYLE_FIELDS,
            )
            yield from self._section("Documents of the current item (Enter adds one)", "document", DOCUMENT_FIELDS)
            yield Static(id="documents-list", markup=False)
            yield Label(
                with_keys(
                    "The Chair's list of speakers for the current item: one name a line, in order "
                    '(paste it, or {import-list} imports a file; "Egypt (g77)" or "Egypt on behalf of …" '
                    "speaks for a group; what each line is taken as shows below; {save-list} saves it; on the live screen "
                    "{next-from-list} logs the next one)"
                ),
                classes="section-title",
                id="speakers-list-title",
                markup=False,
            )
            yield InOrderTextArea(id="speakers-list", soft_wrap=False, show_line_numbers=True)
            yield Static(id="speakers-preview", markup=False)
            yield from self._section("The organization chapter (Enter saves it)", "organization", ORGANIZATION_FIELDS)
            yield from self._section("Its officers (Enter adds one, in the order they are listed)", "officer", OFFICER_FIELDS)
            yield Static(id="officers-list", markup=False)
            yield Label("", id="prepare-error", markup=False)
        yield ActionsFooter()

    def _section(self, title: str, section: str, fields: list[tuple[str, str]]) -> ComposeResult:
        yield Label(title, classes="section-title", markup=False)
        with FormFields(classes="form") as form:
            yield from self._fields(form, section, fields)

    def _fields(self, form: FormFields, section: str, fields: list[tuple[str, str]]) -> ComposeResult:
        for name, label in fields:
            suggesting = name in STATE_BOXES or name in SUGGESTING_BOXES or name in PROFILE_SUGGESTING_BOXES
            box: Widget
            if suggesting:
                box = CompletingInput(
                    self._suggest_statement_forms
                    if name in PROFILE_SUGGESTING_BOXES
                    else SUGGESTING_BOXES.get(name, suggest_states),
                    "",
                    input_id=name,
                    form=True,
                    several=STATE_BOXES.get(name, False),
                    input_classes=f"in-{section}",
                    id=f"{name}-box",
                )
            else:
                box = InOrderInput(id=name, classes=f"in-{section}", compact=True, placeholder=PLACEHOLDERS.get(name, ""))
            yield form.labelled(box, label)
            if name in ABOUT_BOXES:  # what the value is, on the line under it, in the boxes' column
                yield Label("", id=f"{name}-about", classes="field-about", markup=False)
            # Why a value typed here was refused goes on the line under it, mounted when a value
            # first is (_refusal_line): a hidden line under each of the 67 boxes made F5 a fifth slower.

    def _suggest_statement_forms(self, typed: str) -> list[Suggestion]:
        return suggest_statement_forms(self.book.session.info.profile, typed)

    def on_mount(self) -> None:
        # A box that takes the cursor keeps its text unselected: a letter typed by someone who did
        # not see where the cursor landed adds to the value (and shows) instead of replacing it.
        for box in self.query(Input):
            box.select_on_focus = False
        self._fill()
        first = self.query_one("#speakers-list" if self.at_the_list else f"#{self._first_field()}")
        first.focus(scroll_visible=False)
        # Once laid out, in the middle of the screen: its section's title above it in view too.
        self.call_after_refresh(self.screen.scroll_to_center, first, animate=False)

    # The Chair's list has its section's title for a label, bold as every title: while its box has
    # the cursor the title is marked as a box's label is (FormFields does it for the other boxes).
    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget.id == "speakers-list":
            self.query_one("#speakers-list-title").add_class("-current")

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        if event.widget.id == "speakers-list":
            self.query_one("#speakers-list-title").remove_class("-current")

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Textual restyles a screen each time it comes back on top (a theme may have changed while
        # it was under another). The first time, its widgets were styled a moment ago, as they
        # were mounted: doing it again for all of them (300 then) was a third of what F5 cost. (This
        # handler runs before Screen's own, which reads the flag.)
        if not self._styled_once:
            self._styled_once = True
            event.refresh_styles = False

    def _first_field(self) -> str:
        """Where the cursor starts: at what is still missing (the session data, then an agenda
        item), else in the empty box that adds a document to the current item, where nothing
        typed can replace what was prepared."""
        if not self.book.session.info.body:
            return "body"
        if self.book.current_item is None:
            return "item_number"
        return "document_title"

    def _fill(self) -> None:
        for name, value in _session_values(self.book.session.info).items():
            self._refill(name, value)
        organization = self.book.session.organization or Organization()
        values = {
            "org_chapter": organization.chapter,
            "org_agenda_symbol": organization.agenda_symbol,
            "org_officers_meeting": show_number(organization.officers_meeting),
            "org_agenda_meeting": show_number(organization.agenda_meeting),
            "org_attendance_annex": organization.attendance_annex,
            "org_documents_annex": organization.documents_annex,
        }
        attendance = organization.attendance or Attendance()
        values |= {f"org_{key}": show_names(getattr(attendance, key)) for key in _ATTENDANCE}
        values["org_members_listed"] = show_yes_no(attendance.listed)
        values |= _person_values(organization.opened_by, "opened_by") | _person_values(organization.chair, "chair")
        admitted = organization.observers_admitted or ObserversAdmitted()
        values["org_observers_meeting"] = show_number(admitted.meeting)
        values["org_observer_states_admitted"] = show_names(admitted.states)
        for name, value in values.items():
            self._refill(name, value)
        self._say_about()
        self.show_lists()

    def _say_about(self) -> None:
        """Under each box that has one, the line on its value (a suggestion put in the box sends no Changed)."""
        for name, about in ABOUT_BOXES.items():
            self.query_one(f"#{name}-about", Label).update(about(self.query_one(f"#{name}", Input).value))

    def _refill(self, name: str, value: str, typed_too: bool = False) -> None:
        """The box shows the saved ``value``, unless it holds typing not saved (``typed_too``: even then)."""
        box = self.query_one(f"#{name}", Input)
        if typed_too or box.value == self._shown.get(name, ""):
            box.value = value
        self._shown[name] = value

    def _kept(self, fields: list[tuple[str, str]]) -> None:
        """The section's values as typed are saved (or were already)."""
        for name, _ in fields:
            self._shown[name] = self.query_one(f"#{name}", Input).value

    def _typed_in(self, section: str) -> bool:
        return any(box.value != self._shown.get(box.id or "", "") for box in self.query(f"Input.in-{section}").results(Input))

    def typed_not_saved(self) -> str:
        """What holds text typed and not saved, for ctrl+q's question ("" when nothing does)."""
        held = [words for section, words, _ in self._sections() if self._typed_in(section)]
        if self._list_unsaved():
            held.insert(0, "the Chair's list of speakers")
        return ", ".join(held)

    def _sections(self) -> list[tuple[str, str, Callable[[], None]]]:
        # In the order they are saved in: the form's, but for a new agenda item, which becomes the
        # current one, so it comes after what was typed for the current item (its data, its style,
        # a document of it); the Chair's list aside (saved first: an item is not added while it
        # holds lines not saved).
        return [
            ("session", "the session data", self.save_session),
            ("meeting", "a meeting", self.add_meeting),
            ("item-data", "the current item's data", self.save_item_data),
            ("item-style", "how the current item is summarized", self.save_item_style),
            ("document", "a document", self.add_document),
            ("item", "an agenda item", self.add_item),
            ("organization", "the organization chapter", self.save_organization),
            ("officer", "an officer", self.add_officer),
        ]

    async def save_typed(self) -> bool:
        """The Chair's list saved as ctrl+s saves it, then each section holding typing by its own
        Enter; True once all of it is saved. A section refused stops there (its field marked, as
        its Enter leaves it), and so does a list whose questions are left unanswered: False."""
        if self._list_unsaved() and not await self.save_list(leaving=True):
            return False
        for section, _, save in self._sections():
            if self._typed_in(section):
                save()
                if self._typed_in(section):
                    return False
        return True

    def show_lists(self) -> None:
        session = self.book.session
        meetings = "\n".join(f"  {m.number}" + (f"  {m.date.isoformat()}" if m.date else "") for m in session.meetings)
        self.query_one("#meetings-list", Static).update(Text(meetings or "  none yet", style="dim"))
        current = self.book.cursor.item
        items = "\n".join(("▸ " if i.key == current else "  ") + printable(f"{i.number}  {i.title}") for i in session.items)
        self.query_one("#items-list", Static).update(Text(items or "  none yet", style="dim"))
        item = self.book.current_item
        documents = "\n".join(
            printable(f"  {d.title} ({d.symbol})" if d.symbol else f"  {d.title}") for d in (item.documents if item else [])
        )
        self.query_one("#documents-list", Static).update(Text(documents or "  none yet", style="dim"))
        for name, value in (_item_style_values(item) | _item_data_values(item)).items():  # the current item may have changed
            self._refill(name, value)
        # Its groups as the session's profile names them (the profile may have changed too).
        self._profile = profile_in_use(session)
        self._listed = {entry_line(e, self._profile): e for e in item.speakers_list} if item else {}
        self._logged = logged_speakers(session)
        self._resolved = {}
        if not self._list_unsaved():
            self._shown_list = list(self._listed)
            self.query_one("#speakers-list", TextArea).text = "\n".join(self._listed)
        self.show_list_preview()
        officers = session.organization.officers if session.organization else []
        listed = "\n".join(printable(f"  {o.office}: {o.name}" + (f" ({o.country})" if o.country else "")) for o in officers)
        self.query_one("#officers-list", Static).update(Text(listed or "  none yet", style="dim"))

    def _values(self, fields: list[tuple[str, str]]) -> dict[str, str]:
        return {name: self.query_one(f"#{name}", Input).value for name, _ in fields}

    def _run(self, step: Callable[[], StepOutcome | None]) -> bool:
        error = self.query_one("#prepare-error", Label)
        try:
            step()
        except FieldError as refused:
            self._mark_refusal(refused)
            return False
        except (LogbookError, StorageError) as refused:
            self._unmark_refused()
            self._refuse(str(refused))
            return False
        self._unmark_refused()
        error.update("")
        self.show_lists()
        return True

    def _run_and_say(self, step: Callable[[], StepOutcome | None], fields: list[tuple[str, str]], done: list[str]) -> None:
        """A section's Enter that may add, mend or change nothing: once taken, its boxes emptied
        and what ``step`` put in ``done`` said ("" for what needs no word; nothing at all: nothing
        changed)."""
        if not self._run(step):
            return
        self._clear(fields)
        if not done:
            self._nothing_changed()
        elif said := " ".join(line for line in done if line):
            self.notify(f"{said} {key_for('undo')} takes it back.", markup=False, timeout=8)

    def _refuse(self, reason: str) -> None:
        """The reason at the foot of the form and, since the foot may be scrolled out of sight on
        a small screen, in a notice too."""
        self.query_one("#prepare-error", Label).update(reason)
        self.notify(reason, severity="error", markup=False, timeout=8)

    def _mark_refusal(self, refused: FieldError) -> None:
        """Each box whose value was refused marked, with the reason on the line under it, and the
        cursor in the first; its reason at the foot of the form too."""
        self._unmark_refused()
        for each in refused.each:
            box = self.query_one(f"#{each.field}", Input)
            box.add_class("refused")
            self._refused[each.field] = box.value
            self._refusal_line(box).update(str(each))
            for part in self.query(f".refusal-of-{box.id}"):
                part.display = True
        more = len(refused.each) - 1
        self.query_one("#prepare-error", Label).update(
            str(refused) + (f" (and {counted(more, 'more box', 'more boxes')}, marked)" if more else "")
        )
        first = self.query_one(f"#{refused.field}", Input)
        first.focus()
        self.call_after_refresh(self._refusal_line(first).scroll_visible, animate=False)

    def _refusal_line(self, box: Widget) -> Label:
        """The line under the box (and under what it says the value is) for why its value was
        refused, in the boxes' column."""
        for line in self.query(f"#{box.id}-refused").results(Label):
            return line
        form = next(ancestor for ancestor in box.ancestors if isinstance(ancestor, FormFields))
        about = self.query(f"#{box.id}-about").results(Label)
        parts = f"field-refused refusal-of-{box.id}"
        line = Label("", id=f"{box.id}-refused", classes=parts, markup=False)
        form.mount(line, after=next(about, None) or form.cell_of(box))
        return line

    def _unmark_refused(self) -> None:
        for box in self.query("Input.refused"):
            self._unmark(box)

    def _unmark(self, box: Widget) -> None:
        box.remove_class("refused")
        self._refused.pop(box.id or "", None)
        for part in self.query(f".refusal-of-{box.id}"):
            part.display = False

    @on(Input.Changed)
    def say_what_it_is(self, event: Input.Changed) -> None:
        if event.input.id in ABOUT_BOXES:
            self._say_about()

    @on(Input.Changed, ".refused")
    def refused_value_changed(self, event: Input.Changed) -> None:
        """The value is being mended: the mark and its reason go. Not for a Changed that reaches the
        screen after its value was refused (keys sent in one burst, "maybe" then Enter: the letters'
        Changed came after the Enter's refusal, and the mark flashed and went with "maybe" still in
        the box): the box still holds the value refused."""
        if event.input.value != self._refused.get(event.input.id or ""):
            self._unmark(event.input)

    def _nothing_changed(self) -> None:
        """An Enter on a section as it was saved: no save and no undo step (each would take a
        ctrl+z that shows nothing)."""
        self._unmark_refused()
        self.query_one("#prepare-error", Label).update("")
        self.notify("Nothing changed.", markup=False, timeout=2)

    @on(Input.Submitted, ".in-session")
    def save_session(self) -> None:
        self._say_about()
        values = self._values(SESSION_FIELDS + STYLE_FIELDS)
        before = self.book.session.info
        try:
            after = session_info_from(values, before)
        except FieldError as refused:
            self._mark_refusal(refused)
            return
        if after == before:
            self._nothing_changed()
            self._kept(SESSION_FIELDS + STYLE_FIELDS)
        elif self._run(lambda: self.book.edit_session(**vars(after))):
            self._kept(SESSION_FIELDS + STYLE_FIELDS)
            self.notify("Session data saved.", markup=False, timeout=3)
            if not self.book.session.meetings:  # a session prepared from nothing: its meetings come next
                self.go_to("meeting_number")

    def go_to(self, name: str) -> None:
        """The cursor to the box ``name`` now (the keys typed next go there), in view."""
        box = self.query_one(f"#{name}")
        self.set_focus(box, scroll_visible=False)
        self.call_after_refresh(self.screen.scroll_to_center, box, animate=False)

    @on(Input.Submitted, ".in-meeting")
    def add_meeting(self) -> None:
        """A meeting added; the number of a meeting already there with another date: that meeting
        dated so (a date mistyped is mended as it was typed). A date outside the session's dates
        is saved, and said."""
        values = self._values(MEETING_FIELDS)
        done: list[str] = []  # what the Enter did, to say; nothing: nothing changed

        def step() -> StepOutcome | None:
            read = Reading()
            number = read(read_meeting_number, "meeting_number", values["meeting_number"])
            date = read(read_day, "meeting_date", values["meeting_date"])
            read.done()
            assert number is not None  # read, or refused above
            there = self.book.session.meeting(number)
            if there is not None and (date is None or date == there.date):
                return None  # the same meeting again: nothing to do
            outside = outside_the_session(date, self.book.session.info.periods()) if date is not None else ""
            check = f", {outside}: check its date." if outside else "."
            if there is not None:
                assert date is not None  # another date, or nothing to do above
                change = self.book.edit_meeting(number, dataclasses.replace(there, date=date))
                done.append(f"Meeting {number} is now dated {day_month_year(date)}{check}")
            else:
                change = self.book.add_meeting(Meeting(number, date))
                done.append(f"Meeting {number} is dated {day_month_year(date)}{check}" if outside and date else "")
                if self.book.cursor.meeting is None:
                    change = self.book.switch_meeting(number)
            return change

        self._run_and_say(step, MEETING_FIELDS, done)

    @on(Input.Submitted, ".in-item")
    def add_item(self) -> None:
        """An agenda item added, and made the current one; the number of an item already there:
        its title (chapter, section) as typed (a title mistyped is mended as it was typed)."""
        values = {k: v.strip() for k, v in self._values(ITEM_FIELDS).items()}
        done: list[str] = []  # what the Enter did, to say; nothing: nothing changed

        def retitle(there: Item) -> StepOutcome | None:
            changes = {
                name: value
                for name, value in (
                    ("title", values["item_title"]),
                    ("chapter", values["item_chapter"]),
                    ("section", values["item_section"]),
                )
                if value and value != getattr(there, name)
            }
            if not changes:
                return None
            was = "; ".join(
                f"its {name} was “{getattr(there, name)}”" if getattr(there, name) else f"it had no {name}" for name in changes
            )
            done.append(f"Agenda item {there.number or there.key} is now as typed ({was}).")
            return self.book.edit_item(there.key, **changes)

        def step() -> StepOutcome | None:
            if not values["item_number"] or not values["item_title"]:
                raise FieldError(
                    "item_number" if not values["item_number"] else "item_title", "an agenda item needs its number and its title"
                )
            # Its number however it is written ("2 (b)", "2(b)", "2 (B)", "2b"), folded as names are for look-ups.
            typed = compact(values["item_number"])
            there = next((i for i in self.book.session.items if typed in (compact(i.number), compact(i.key))), None)
            if there is not None:  # its number again ("2 (b)", "2(b)", "2b"): its title (chapter, section) mended
                return retitle(there)
            if self._list_unsaved():  # the lines typed belong to the current item's list, not the new one's
                raise FieldError(
                    "item_number",
                    with_keys("the Chair's list below has lines not saved: save them first ({save-list}), then add the item"),
                )
            done.append("")
            return self.book.add_item(
                Item(
                    values["item_number"],
                    values["item_number"],
                    values["item_title"],
                    chapter=values["item_chapter"],
                    section=values["item_section"],
                ),
                current=True,  # one step: one undo takes the item and the switch to it back
            )

        self._run_and_say(step, ITEM_FIELDS, done)

    @on(Input.Submitted, ".in-item-style")
    def save_item_style(self) -> None:
        values = self._values(ITEM_STYLE_FIELDS)

        item = self.book.current_item
        if item is not None and _item_style_values(item) == {k: v.strip().lower() for k, v in values.items()}:
            self._nothing_changed()
            self._kept(ITEM_STYLE_FIELDS)
            return

        def step() -> StepOutcome:
            if self.book.current_item is None:
                raise FieldError("item_number", "add an agenda item first: this is the style of the current item")
            return self.book.edit_item(self.book.cursor.item, **item_style_from(values))

        if self._run(step):
            item = self.book.current_item
            for name, value in _item_style_values(item).items():  # as saved ("Yes" as yes)
                self._refill(name, value, typed_too=True)
            self.notify(printable(f"How item {item.number if item else ''} is summarized: saved."), markup=False, timeout=3)

    @on(Input.Submitted, ".in-item-data")
    def save_item_data(self) -> None:
        values = self._values(ITEM_DATA_FIELDS)
        item = self.book.current_item
        if item is None:
            self._mark_refusal(FieldError("item_number", "add an agenda item first: this is the data of the current item"))
            return
        try:
            typed = item_data_from(values, self.book.session.info.profile)
        except FieldError as refused:
            self._mark_refusal(refused)
            return
        if all(getattr(item, key) == value for key, value in typed.items()):
            self._nothing_changed()
            self._kept(ITEM_DATA_FIELDS)
            return
        if self._run(lambda: self.book.edit_item(self.book.cursor.item, **typed)):
            item = self.book.current_item
            for name, value in _item_data_values(item).items():  # as saved ("Yes" as yes)
                self._refill(name, value, typed_too=True)
            self.notify(printable(f"Item {item.number if item else ''}: its data saved."), markup=False, timeout=3)

    @on(Input.Submitted, ".in-organization")
    def save_organization(self) -> None:
        values = {k: v.strip() for k, v in self._values(ORGANIZATION_FIELDS).items()}

        before = self.book.session.organization or Organization()

        def typed() -> Organization:
            read = Reading()  # in the form's order
            officers_meeting = read(read_meeting_number_or_none, "org_officers_meeting", values["org_officers_meeting"])
            agenda_meeting = read(read_meeting_number_or_none, "org_agenda_meeting", values["org_agenda_meeting"])
            listed = read(read_yes_no, "org_members_listed", values["org_members_listed"], False) is True
            observers_meeting = read(read_meeting_number_or_none, "org_observers_meeting", values["org_observers_meeting"])
            read.done()
            for box, number in (("org_officers_meeting", officers_meeting), ("org_agenda_meeting", agenda_meeting)):
                declared(box, number)
            lists = {key: read_names(values[f"org_{key}"]) for key in _ATTENDANCE}
            saved = before.attendance or Attendance()
            _no_misspelt_states("org_members", lists["members"], saved.members)  # the IGOs and NGOs are as typed
            _no_misspelt_states("org_observer_states", lists["observer_states"], saved.observer_states)
            if listed and not lists["members"]:
                raise FieldError("org_members_listed", "type the members attending above: the paragraph names them")
            return dataclasses.replace(
                before,
                chapter=values["org_chapter"],
                agenda_symbol=values["org_agenda_symbol"],
                officers_meeting=officers_meeting,
                agenda_meeting=agenda_meeting,
                attendance_annex=values["org_attendance_annex"],
                documents_annex=values["org_documents_annex"],
                attendance=Attendance(**lists, listed=listed) if any(lists.values()) else None,
                opened_by=_person_from(values, "opened_by", "who opened the session", before.opened_by),
                chair=_person_from(values, "chair", "who chaired it", before.chair),
                observers_admitted=admitted(observers_meeting),
            )

        def declared(box: str, meeting: int | None) -> None:
            """A meeting the chapter names must be one of the session's: said under its box, not
            at the foot of the screen (where the logbook would say it, naming no box)."""
            if meeting is not None and self.book.session.meeting(meeting) is None:
                raise FieldError(box, f"meeting {meeting} is not declared: add it under Meetings first")

        def admitted(meeting: int | None) -> ObserversAdmitted | None:
            states = read_names(values["org_observer_states_admitted"])
            if meeting is None and not states:
                return None
            if not states:
                raise FieldError("org_observer_states_admitted", "name the States admitted as observers (Armenia; …)")
            _no_misspelt_states("org_observer_states_admitted", states, (before.observers_admitted or ObserversAdmitted()).states)
            declared("org_observers_meeting", meeting)
            return ObserversAdmitted(meeting, states)

        try:
            after = typed()
        except FieldError as refused:
            self._mark_refusal(refused)
            return
        if after == before:  # an empty form where there is no chapter yet starts none
            self._nothing_changed()
            self._kept(ORGANIZATION_FIELDS)
            return

        if self._run(lambda: self.book.edit_organization(**vars(after))):
            self._kept(ORGANIZATION_FIELDS)
            self.notify("Organization chapter saved.", markup=False, timeout=3)

    @on(Input.Submitted, ".in-officer")
    def add_officer(self) -> None:
        values = {k: v.strip() for k, v in self._values(OFFICER_FIELDS).items()}

        def step() -> StepOutcome:
            if not values["officer_office"]:
                raise FieldError("officer_office", "an officer needs an office: Chair, Vice-Chair, Rapporteur …")
            if not values["officer_name"]:
                raise FieldError("officer_name", "an officer needs a name")
            _no_misspelt_state("officer_country", values["officer_country"])
            return self.book.add_officer(values["officer_office"], values["officer_name"], values["officer_country"])

        if self._run(step):
            self._clear(OFFICER_FIELDS)

    @on(Input.Submitted, ".in-document")
    def add_document(self) -> None:
        values = {k: v.strip() for k, v in self._values(DOCUMENT_FIELDS).items()}

        def step() -> StepOutcome:
            if self.book.current_item is None:
                raise FieldError("item_number", "add an agenda item first: documents belong to an item")
            if not values["document_title"]:
                raise FieldError("document_title", "a document needs its title")
            return self.book.add_document(self.book.cursor.item, Document(values["document_title"], values["document_symbol"]))

        if self._run(step):
            self._clear(DOCUMENT_FIELDS)

    def _list_resolutions(self) -> list[tuple[int, Resolution]]:
        """Each non-empty line of the Chair's list (numbered as the box numbers it) and what it is
        taken as; a line is resolved once however often the preview is drawn."""
        out = []
        for number, line in enumerate(self.query_one("#speakers-list", TextArea).text.splitlines(), start=1):
            if line.strip():
                if line not in self._resolved:
                    self._resolved[line] = resolve_line(line, self._logged, self._listed, self._profile)
                out.append((number, self._resolved[line]))
        return out

    @on(TextArea.Changed, "#speakers-list")
    def show_list_preview(self) -> None:
        shown = Text()
        for number, resolution in self._list_resolutions():
            shown.append(f"{number:>3}  ", style="dim")
            entry = resolution.entry
            if entry is None:
                shown.append(f"? {resolution.typed.strip()}", style="bold yellow")
                shown.append(f"  {resolution.how}", style="yellow")
                if resolution.suggestions:
                    shown.append("; closest: " + ", ".join(resolution.suggestions), style="yellow")
            else:
                shown.append(f"✓ {entry_line(entry, self._profile)}")
                said = ROLE_LABELS[listed_role(entry, self._logged)]
                shown.append(f"  ({said}, spoke already)" if resolution.how == "spoke already" else f"  ({said})", style="dim")
            shown.append("\n")
        shown.rstrip()
        self.query_one("#speakers-preview", Static).update(shown)

    def _list_lines(self) -> list[str]:
        """The Chair's list box's non-empty lines, as typed."""
        lines = self.query_one("#speakers-list", TextArea).text.splitlines()
        return [line.strip() for line in lines if line.strip()]

    def _list_unsaved(self) -> bool:
        """Whether the Chair's list box holds lines typed and not saved."""
        return self._list_lines() != self._shown_list

    def action_save_list(self) -> None:
        self.run_worker(self.save_list(), group="save-list")  # a worker: it may ask (see save_list)

    async def save_list(self, leaving: bool = False) -> bool:
        """Each line resolved as the speaker box resolves a name ("usa" goes on the list as the
        United States of America, "Pakistan (g77)" speaks for the Group of 77 and China); the
        lines that cannot be are asked one by one, and nothing is saved until each is answered.
        True once the list is saved. ``leaving``: the note-taker is leaving the screen (ctrl+q,
        back to logging), which stays open if the list is not saved; a list retyped as it was
        saved then needs no save (nor an undo step). Awaits the questions: run it in a worker."""
        resolutions = self._list_resolutions()
        unresolved = [(n, r) for n, r in resolutions if r.entry is None]
        answers: list[ListEntry] = []
        if unresolved:
            questions = [
                Question(f"line {n}: “{r.typed.strip()}”", r.how, offered, first_unless_torn(offered))
                for n, r in unresolved
                for offered in [choices(r, self._logged, self._profile)]
            ]
            asked = ChooseEachDialog(
                f"{counted(len(unresolved), 'line')} of the list of speakers could not be resolved: choose what each is",
                questions,
            )
            answered: list[ListEntry] | None = await self.app.push_screen_wait(asked)
            if answered is None:
                self._refuse(
                    with_keys(
                        "The list of speakers was not saved, so this screen stays open: correct "
                        "the lines marked ?, then save it ({save-list}) or go back again."
                        if leaving
                        else "The list of speakers was not saved: correct the lines marked ?, then {save-list}."
                    )
                )
                self.query_one("#speakers-list", TextArea).focus()
                return False
            answers = answered
        chosen = iter(answers)
        entries = [r.entry if r.entry is not None else next(chosen) for _, r in resolutions]
        item = self.book.current_item
        if leaving and item is not None and entries == item.speakers_list:
            return True  # the lines were retyped as they were saved: nothing to save
        # Once saved, the box shows the list as saved ("usa" as United States of America): the lines
        # typed count as shown, so that showing the saved list replaces them.
        shown = self._shown_list
        self._shown_list = self._list_lines()
        if not self._run(lambda: self.book.set_speakers_list(entries)):
            self._shown_list = shown  # refused: the lines stay unsaved
            return False
        self.notify(f"List of speakers saved: {counted(len(entries), 'name')}.", markup=False, timeout=3)
        return True

    def action_import_list(self) -> None:
        """A list from a file (the Chair's list, the participants, the documents); shown line by
        line, and saved as one step once confirmed."""
        from ...core.imported_list import ListKind
        from .export_dialog import default_folder
        from .import_list import ImportListDialog

        # The Chair's list first (the list most often imported), the participants from their boxes.
        focused = self.focused.id if self.focused is not None else ""
        kind = ListKind.PARTICIPANTS if focused in {f"org_{key}" for key in _ATTENDANCE} else ListKind.SPEAKERS
        item = self.book.current_item
        app = unreport_app(self)
        folder = default_folder(self.book.store.path, app.settings.export_folder, app.scratch)

        def chosen(result: tuple[ImportedList, list[Value | None]] | None) -> None:
            if result is not None:
                self._save_imported(*result)

        self.app.push_screen(
            ImportListDialog(kind, folder, item.number if item else "", logged_speakers(self.book.session)), chosen
        )

    def _save_imported(self, imported: ImportedList, answers: list[Value | None]) -> None:
        """Saved as one step (ctrl+z brings back the list that was there); a box holding typing
        not saved that the list would fill is not overwritten: the import is refused instead."""
        from ...core.imported_list import LIST_NAMES, ListKind

        item = self.book.current_item
        if imported.kind is not ListKind.PARTICIPANTS and item is None:
            self._refuse("Add an agenda item first: the list of speakers and the documents are an item's.")
            return
        if imported.kind is ListKind.SPEAKERS and self._list_unsaved():
            self._refuse(
                with_keys("The Chair's list box holds lines not saved: save them ({save-list}) or clear them, then import again.")
            )
            return
        if imported.kind is ListKind.PARTICIPANTS and self._typed_in("organization"):
            self._refuse("The organization chapter holds typing not saved: Enter saves it (or clear it), then import again.")
            return
        if not self._run(lambda: self.book.import_list(imported, answers, item.key if item else "")):
            return
        self._fill()  # the attendance boxes show the list saved
        saved = len(imported.lines) - sum(1 for a in answers if a is None)
        self.notify(
            with_keys(f"Imported {LIST_NAMES[imported.kind]}: {counted(saved, 'line')}. {{undo}} brings back what was there."),
            markup=False,
            timeout=5,
        )

    def _clear(self, fields: list[tuple[str, str]]) -> None:
        for name, _ in fields:
            self.query_one(f"#{name}", Input).value = ""
        self.query_one(f"#{fields[0][0]}", Input).focus()

    def keys_listed(self) -> list[tuple[str, str]]:
        from .help import prepare_keys

        return prepare_keys()

    def show_change(self, _change: StepOutcome, _undone: bool) -> str:
        self._fill()
        return ""

    def action_chairs_list(self) -> None:
        """The key that opened the Chair's list from the live screen: from any other box here, the
        cursor goes to the list; from the list, the list is saved and logging goes on."""
        speakers = self.query_one("#speakers-list")
        if self.focused is speakers:
            self.action_live()
            return
        self.set_focus(speakers, scroll_visible=False)  # now: keys typed right after f9 go into the list
        self.call_after_refresh(self.screen.scroll_to_center, speakers, animate=False)

    def action_live(self) -> None:
        if self.book.current_item is None:
            self._refuse("Add an agenda item first: the live screen logs into one.")
            return
        if any(self._typed_in(section) for section, _, _ in self._sections()):
            # A section's boxes go with the screen: asked about first (the Chair's list, if it holds
            # lines not saved, is saved with them).
            from .quit_unsaved import leave_asking_first

            self.run_worker(
                leave_asking_first(self, lambda: self.dismiss(Destination.LIVE), key_for("prepare")),
                group="leave",
                exclusive=True,
            )
            return
        if self._list_unsaved():  # what was typed in the Chair's list goes with the note-taker, saved
            self.run_worker(self._save_list_and_go_live(), group="save-list")
            return
        self.dismiss(Destination.LIVE)  # at once: keys typed next go to the live screen

    async def _save_list_and_go_live(self) -> None:
        if await self.save_list(leaving=True):
            self.dismiss(Destination.LIVE)
