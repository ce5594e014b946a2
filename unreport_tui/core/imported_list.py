"""A list read from a file (``list_file``), each row resolved as the Chair's list resolves a line
(``list_lines``): a Chair's list of speakers (with the group spoken for and the role), the list of
participants (members, observer States, IGOs, NGOs) or an item's documents (symbol and title).

Nothing is saved here: the result is shown line by line, the lines not resolved are asked about
(each with what it can be made: its closest names, as typed with a role, or left out), and only
then does the logbook save what was chosen, as one step."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from .countries import resolve_state
from .english import a_or_an, counted
from .list_file import Column, ListFile, ListRow, folded
from .list_lines import (
    STATE_ROLES,
    Resolution,
    choices,
    closest_states,
    entry_line,
    listed_role,
    resolve_behalf,
    resolve_line,
    resolve_state_name,
)
from .model import ROLE_LABELS, Attendance, Document, ListEntry, Role, default_role
from .names import short_name
from .quantifier import speaker_identity


class ListKind(StrEnum):
    SPEAKERS = "speakers"
    PARTICIPANTS = "participants"
    DOCUMENTS = "documents"


# What each list is called in a sentence.
LIST_NAMES = {
    ListKind.SPEAKERS: "the Chair's list of speakers",
    ListKind.PARTICIPANTS: "the list of participants",
    ListKind.DOCUMENTS: "the documents",
}


class Category(StrEnum):
    """The lists of the attendance (``Attendance``'s fields)."""

    MEMBERS = "members"
    OBSERVER_STATES = "observer_states"
    IGOS = "igos"
    NGOS = "ngos"


CATEGORY_LABELS = {
    Category.MEMBERS: "member",
    Category.OBSERVER_STATES: "observer State",
    Category.IGOS: "IGO",
    Category.NGOS: "NGO",
}


@dataclass(frozen=True)
class Participant:
    category: Category
    name: str


Value = ListEntry | Participant | Document


@dataclass(frozen=True)
class ImportedLine:
    """One row of the file and what it is taken as: ``value`` when resolved; else None, with why
    (``how``), the closest names and what the note-taker can make of it (``choices``; a choice of
    None leaves the row out)."""

    line: int  # the file's line or the sheet's row
    typed: str  # the row as it reads: "Egypt | African Group | Member State"
    value: Value | None
    said: str = ""  # resolved: what it is, shown after it ("member", "NGO, as the file says")
    how: str = ""  # not resolved: what is wrong
    suggestions: tuple[str, ...] = ()
    choices: tuple[tuple[str, Value | None], ...] = ()


@dataclass(frozen=True)
class ImportedList:
    kind: ListKind
    read_as: str  # how the file was read: "CSV, delimited by ';', read as UTF-8"
    lines: list[ImportedLine]
    left_out: list[str]  # rows left out, and why ("line 9: Egypt is on the list already (line 3)")

    @property
    def unresolved(self) -> list[ImportedLine]:
        return [line for line in self.lines if line.value is None]


def shown(value: Value) -> str:
    """A resolved value as the preview shows it."""
    if isinstance(value, ListEntry):
        return entry_line(value)
    if isinstance(value, Participant):
        return value.name
    return f"{value.symbol}  {value.title}" if value.symbol else value.title


def preview_line(line: ImportedLine) -> str:
    """ "  3  ✓ Egypt (on behalf of the Group of African States)  (member)", or "? …" with why and
    the closest names: as the prepare screen's preview of the Chair's list."""
    if line.value is not None:
        return f"{line.line:>4}  ✓ {shown(line.value)}" + (f"  ({line.said})" if line.said else "")
    closest = f"; closest: {', '.join(line.suggestions)}" if line.suggestions else ""
    return f"{line.line:>4}  ? {line.typed}  {line.how}{closest}"


LEAVE_OUT = "leave it out of the list"


def chosen(imported: ImportedList, answers: Sequence[Value | None]) -> list[Value]:
    """The list to save: each resolved line's value, and for each line not resolved (in order)
    the answer chosen for it; a None answer leaves the line out."""
    if len(answers) != len(imported.unresolved):
        raise ValueError("one answer for each line not resolved")
    given = iter(answers)
    out: list[Value] = []
    for line in imported.lines:
        value = line.value if line.value is not None else next(given)
        if value is not None:
            out.append(value)
    return out


def attendance_from(participants: Sequence[Participant], before: Attendance | None) -> tuple[Attendance, list[Category]]:
    """The attendance with each category the list has names in replaced by the list's (the others
    kept as they were: a list of the NGOs alone leaves the States be), and those categories."""
    after = dataclasses.replace(before) if before else Attendance()
    replaced = [c for c in Category if any(p.category is c for p in participants)]
    for category in replaced:
        setattr(after, category.value, [p.name for p in participants if p.category is category])
    return after, replaced


# The words a "Role", "Category" or "Type" column says a speaker or participant is, folded (no
# case, accents or punctuation). STATE: a State, by its own role (a Member State is a member);
# OBSERVER: an observer of whatever the name is (a State, an IGO).
STATE = "state"
OBSERVER = "observer"
_ROLE_WORDS: dict[str, Role | str] = {
    **dict.fromkeys(
        (
            "member",
            "members",
            "member state",
            "member states",
            "state member",
            "states members",
            "state party",
            "states parties",
            "party",
            "parties",
            "etat membre",
            "etats membres",
            "etat partie",
            "etats parties",
            "estado miembro",
            "estados miembros",
            "estado parte",
            "estados partes",
        ),
        Role.MEMBER,
    ),
    **dict.fromkeys(
        (
            "signatory",
            "signatories",
            "signatory state",
            "signatory states",
            "etat signataire",
            "signataire",
            "estado signatario",
            "signatario",
        ),
        Role.SIGNATORY,
    ),
    **dict.fromkeys(
        (
            "observer state",
            "observer states",
            "non member state",
            "non member states",
            "state observer",
            "states observers",
            "etat observateur",
            "etats observateurs",
            "etat non membre",
            "estado observador",
            "estados observadores",
            "estado no miembro",
        ),
        Role.OBSERVER_STATE,
    ),
    **dict.fromkeys(
        (
            "igo",
            "igos",
            "intergovernmental organization",
            "intergovernmental organizations",
            "intergovernmental organisation",
            "intergovernmental",
            "international organization",
            "international organizations",
            "un system",
            "united nations system",
            "un entity",
            "united nations entity",
            "specialized agency",
            "specialized agencies",
            "oig",
            "organisation intergouvernementale",
            "organisations intergouvernementales",
            "organizacion intergubernamental",
            "organizaciones intergubernamentales",
        ),
        Role.IGO,
    ),
    **dict.fromkeys(
        (
            "ngo",
            "ngos",
            "non governmental organization",
            "non governmental organizations",
            "non governmental organisation",
            "civil society",
            "civil society organization",
            "ong",
            "organisation non gouvernementale",
            "organisations non gouvernementales",
            "societe civile",
            "organizacion no gubernamental",
            "organizaciones no gubernamentales",
            "sociedad civil",
        ),
        Role.NGO,
    ),
    **dict.fromkeys(
        (
            "official",
            "secretariat",
            "chair",
            "panellist",
            "panelist",
            "expert",
            "moderator",
            "special rapporteur",
            "fonctionnaire",
            "secretariat official",
            "secretaria",
        ),
        Role.OFFICIAL,
    ),
    **dict.fromkeys(
        ("state", "states", "country", "delegation", "government", "etat", "pays", "estado", "pais", "delegacion"), STATE
    ),
    **dict.fromkeys(("observer", "observers", "observateur", "observador"), OBSERVER),
}
_ROLE_KNOWN = "member, signatory, observer State, IGO, NGO, official (or State, observer)"


def role_word(text: str) -> Role | str | None:
    """What a role column says ("Member State" -> member, "ONG" -> NGO); None for a word unreport
    does not know."""
    return _ROLE_WORDS.get(folded(text))


def _typed(row: ListRow, *columns: Column) -> str:
    return " | ".join(row.get(c) for c in columns if row.get(c))


def wrong_list(kind: ListKind, table: ListFile) -> str:
    """Why a file with headers is not a list of ``kind`` ("" when it may be): a list of documents
    read as names, or names read as documents, would save nonsense."""
    if not table.headers:  # plain text: one name (or document) a line, whichever was chosen
        return ""
    columns = table.headers.keys()
    if kind is ListKind.DOCUMENTS and not columns & {Column.SYMBOL, Column.TITLE}:
        return 'has no "Symbol" or "Title" column, so it is no list of documents: choose the list it is'
    if kind is not ListKind.DOCUMENTS and Column.NAME not in columns:
        return f'has no "Name" (or "Delegation", "Country") column, so it is not {LIST_NAMES[kind]}: choose the list it is'
    return ""


def read_list(
    kind: ListKind,
    table: ListFile,
    logged: Mapping[str, tuple[str, Role]] | None = None,
    item_number: str = "",
) -> ImportedList:
    """Each row of ``table`` resolved as a line of ``kind``. ``logged``: the speakers logged so
    far (``list_lines.logged_speakers``); ``item_number``: for documents, the item whose rows are
    taken when the file has an agenda item column."""
    logged = logged or {}
    left_out: list[str] = []
    if kind is ListKind.SPEAKERS:
        lines = [_speaker(row, logged) for row in table.rows]
    elif kind is ListKind.PARTICIPANTS:
        lines, left_out = _once([_participant(row, logged) for row in table.rows], "the list")
    else:
        rows = table.rows
        other_items = [row for row in rows if row.get(Column.ITEM) and not _same_item(row.get(Column.ITEM), item_number)]
        lines, left_out = _once([_document(row) for row in rows if row not in other_items], "the documents")
        if other_items:
            left_out.insert(
                0, f"{counted(len(other_items), 'row')} of other agenda items (their agenda item column is not {item_number})"
            )
    return ImportedList(kind, table.how, lines, left_out)


def _same_item(typed: str, number: str) -> bool:
    words = folded(typed).split()
    while words and words[0] in ("agenda", "item", "items", "point", "tema", "del", "programa", "no"):
        words.pop(0)
    return " ".join(words) == folded(number)


def _once(lines: list[ImportedLine], where: str) -> tuple[list[ImportedLine], list[str]]:
    """Each name (or symbol) once: a row that repeats one already resolved is left out, and said."""
    seen: dict[str, int] = {}
    kept, left_out = [], []
    for line in lines:
        value = line.value
        key = (
            ""
            if value is None
            else speaker_identity(value.name)
            if isinstance(value, Participant)
            else (value.symbol or value.title).casefold()
            if isinstance(value, Document)
            else ""
        )
        if key and key in seen:
            left_out.append(f"line {line.line}: {shown(value) if value else line.typed} is in {where} already (line {seen[key]})")
            continue
        if key:
            seen[key] = line.line
        kept.append(line)
    return kept, left_out


# speakers ------------------------------------------------------------------------------------


def _speaker(row: ListRow, logged: Mapping[str, tuple[str, Role]]) -> ImportedLine:
    name, behalf, role_text = row.get(Column.NAME), row.get(Column.ON_BEHALF_OF), row.get(Column.ROLE)
    typed = _typed(row, Column.NAME, Column.ON_BEHALF_OF, Column.ROLE)
    if not name:
        return ImportedLine(row.line, typed, None, how="no name in this row", choices=((LEAVE_OUT, None),))
    resolution = resolve_line(f"{name} (on behalf of {behalf})" if behalf else name, logged)
    role = role_word(role_text) if role_text else None
    if role_text and role is None:
        return _unresolved_speaker(
            row.line, typed, resolution, logged, f"role {role_text!r}: not one unreport knows ({_ROLE_KNOWN})"
        )
    entry = resolution.entry
    if entry is None:
        kept = resolution.as_typed
        behalf_resolved = kept is not None and (not kept.on_behalf_of or resolve_behalf(kept.on_behalf_of) is not None)
        if isinstance(role, Role) and role not in STATE_ROLES and behalf_resolved and kept is not None:
            # "Amnesty International", "NGO": the file says what it is, as the note-taker would.
            on_behalf = resolve_behalf(kept.on_behalf_of) or "" if kept.on_behalf_of else ""
            value = ListEntry(kept.speaker, on_behalf, role)
            return ImportedLine(row.line, typed, value, said=f"{ROLE_LABELS[role]}, as the file says")
        return _unresolved_speaker(row.line, typed, resolution, logged, resolution.how)
    is_state = resolve_state(entry.speaker) is not None
    own = listed_role(entry, logged)
    if role is None or role == own or (role == STATE and is_state):
        return ImportedLine(row.line, typed, entry, said=_said(resolution, own))
    if role == OBSERVER:
        if is_state and own is Role.MEMBER:  # a Member State that is not a member of the body
            return ImportedLine(row.line, typed, dataclasses.replace(entry, role=Role.OBSERVER_STATE), said="observer State")
        return ImportedLine(row.line, typed, entry, said=_said(resolution, own))
    if role == STATE or (is_state and role not in STATE_ROLES) or (not is_state and role in STATE_ROLES):
        said = "a State" if role == STATE else f"{ROLE_LABELS[role]}" if isinstance(role, Role) else str(role)
        return _unresolved_speaker(
            row.line, typed, resolution, logged, f"the file says {said}, but it is {'a State' if is_state else 'no State'}"
        )
    assert isinstance(role, Role)
    return ImportedLine(row.line, typed, dataclasses.replace(entry, role=role), said=ROLE_LABELS[role])


def _said(resolution: Resolution, role: Role) -> str:
    return f"{ROLE_LABELS[role]}, spoke already" if resolution.how == "spoke already" else ROLE_LABELS[role]


def _unresolved_speaker(
    line: int, typed: str, resolution: Resolution, logged: Mapping[str, tuple[str, Role]], how: str
) -> ImportedLine:
    # The choices the prepare screen offers for a line of the Chair's list (its closest names, or
    # as typed with each role); the suggestions and the entry as typed are the resolver's.
    made = choices(resolution, logged)
    if resolution.entry is not None:  # resolved, but the role column disagrees: as resolved, or as the file says
        made.insert(
            0, (f"{entry_line(resolution.entry)} ({_said(resolution, listed_role(resolution.entry, logged))})", resolution.entry)
        )
    return ImportedLine(
        line,
        typed,
        None,
        how=how,
        suggestions=resolution.suggestions,
        choices=(*made, (LEAVE_OUT, None)),
    )


# participants --------------------------------------------------------------------------------

_CATEGORY_OF_ROLE = {
    Role.MEMBER: Category.MEMBERS,
    Role.SIGNATORY: Category.OBSERVER_STATES,
    Role.OBSERVER_STATE: Category.OBSERVER_STATES,
    Role.IGO: Category.IGOS,
    Role.NGO: Category.NGOS,
}


def _participant(row: ListRow, logged: Mapping[str, tuple[str, Role]]) -> ImportedLine:
    name, role_text = row.get(Column.NAME), row.get(Column.ROLE)
    typed = _typed(row, Column.NAME, Column.ROLE)
    if not name:
        return ImportedLine(row.line, typed, None, how="no name in this row", choices=((LEAVE_OUT, None),))
    # A participant is a State or an organization: named as the vote and sponsor lists name one
    # (never a guess between two States), else as logged before.
    resolution = resolve_state_name(name)
    entry = resolution.entry
    if entry is not None and entry.role is Role.IGO:  # listed by its name in full, as the annex lists it
        entry = ListEntry(short_name(entry.speaker), role=Role.IGO)
    state = resolve_state(entry.speaker) if entry is not None else None
    own: Role | None = default_role(entry.speaker) if entry is not None else None
    if entry is None:
        spoke = logged.get(speaker_identity(name))
        if spoke is not None:
            entry, own = ListEntry(spoke[0]), spoke[1]
    category_word = role_word(role_text) if role_text else None
    if role_text and (category_word is None or category_word is Role.OFFICIAL):
        why = (
            "an official is not in the list of participants"
            if category_word is Role.OFFICIAL
            else f"category {role_text!r}: not one unreport knows (member, observer State, IGO, NGO, or State, observer)"
        )
        return _unresolved_participant(row.line, typed, name, entry, why, resolution.suggestions)
    text = " ".join(name.split())
    if entry is None:
        if category_word in (Role.IGO, Role.NGO):  # "Amnesty International", "NGO"
            category = _CATEGORY_OF_ROLE[category_word]  # type: ignore[index]
            return ImportedLine(
                row.line, typed, Participant(category, text), said=f"{CATEGORY_LABELS[category]}, as the file says"
            )
        return _unresolved_participant(
            row.line,
            typed,
            name,
            None,
            "not a State nor an organization unreport knows: choose what it is",
            resolution.suggestions,
        )
    if category_word is None or category_word == STATE and state is not None:
        if own is None or own is Role.OFFICIAL:
            return _unresolved_participant(row.line, typed, name, entry, "an official is not in the list of participants", ())
        category = _CATEGORY_OF_ROLE[own]
        return ImportedLine(row.line, typed, Participant(category, entry.speaker), said=CATEGORY_LABELS[category])
    if category_word == OBSERVER:
        category = Category.OBSERVER_STATES if state is not None else _CATEGORY_OF_ROLE.get(own or Role.NGO, Category.NGOS)
        return ImportedLine(row.line, typed, Participant(category, entry.speaker), said=CATEGORY_LABELS[category])
    is_state_word = category_word in (*STATE_ROLES, STATE)
    if is_state_word != (state is not None):
        said = "a State" if category_word == STATE else ROLE_LABELS[category_word] if isinstance(category_word, Role) else ""
        return _unresolved_participant(
            row.line, typed, name, entry, f"the file says {said}, but it is {'a State' if state else 'no State'}", ()
        )
    assert isinstance(category_word, Role)
    category = _CATEGORY_OF_ROLE[category_word]
    return ImportedLine(row.line, typed, Participant(category, entry.speaker), said=CATEGORY_LABELS[category])


def _a_category(category: Category) -> str:
    """ "a member", "an observer State", "an IGO", "an NGO"."""
    label = CATEGORY_LABELS[category]
    return f"{a_or_an(label)} {label}"


def _unresolved_participant(
    line: int, typed: str, name: str, entry: ListEntry | None, how: str, suggestions: tuple[str, ...]
) -> ImportedLine:
    """Its choices: the closest States (in the category a State's name gives), the name resolved
    or as typed in each category, or left out."""
    made: list[tuple[str, Value | None]] = []
    for closest in () if entry is not None else suggestions or tuple(closest_states(name)):
        state = resolve_state(closest)
        if state is not None:
            category = Category.MEMBERS if state.member else Category.OBSERVER_STATES
            made.append((f"{state.name}: {_a_category(category)}", Participant(category, state.name)))
    kept = entry.speaker if entry is not None else " ".join(name.split())
    # A State's categories first for a State, else the likeliest for a name no lookup knows.
    states_first = resolve_state(kept) is not None
    order = (
        (Category.MEMBERS, Category.OBSERVER_STATES, Category.IGOS, Category.NGOS)
        if states_first
        else (Category.NGOS, Category.IGOS, Category.OBSERVER_STATES, Category.MEMBERS)
    )
    for category in order:
        made.append(
            (f"{kept}, as {'typed' if entry is None else 'listed'}: {_a_category(category)}", Participant(category, kept))
        )
    return ImportedLine(line, typed, None, how=how, suggestions=suggestions, choices=(*made, (LEAVE_OUT, None)))


# documents -----------------------------------------------------------------------------------

# A UN document symbol: letters, then parts after slashes ("A/CONF.234/5", "CTOC/COP/2020/1",
# "E/CN.7/2023/L.2/Rev.1", "TD/B/EX(71)/2", "UNEP/EA.6/1").
SYMBOL = r"[A-Z][A-Za-z0-9.()\-]*(?:/[A-Za-z0-9.()\-*]+)+"
_SYMBOL_FIRST = re.compile(rf"^(?P<symbol>{SYMBOL})(?:\s*[:|–—-]\s*|\s+)(?P<title>.+)$")
_SYMBOL_LAST = re.compile(rf"^(?P<title>.+?)\s*(?:\((?P<symbol>{SYMBOL})\)|[:|–—-]\s*(?P<bare>{SYMBOL}))$")
_SYMBOL_ALONE = re.compile(rf"^{SYMBOL}$")


def _document(row: ListRow) -> ImportedLine:
    symbol, title = row.get(Column.SYMBOL), row.get(Column.TITLE)
    typed = _typed(row, Column.SYMBOL, Column.TITLE, Column.NAME)
    if not symbol and not title:  # plain text, or a "Name" column: "A/CONF.234/5 Report of …"
        text = row.get(Column.NAME)
        first, last = _SYMBOL_FIRST.match(text), _SYMBOL_LAST.match(text)
        if first:
            symbol, title = first["symbol"], first["title"]
        elif last:
            symbol, title = last["symbol"] or last["bare"], last["title"]
        elif _SYMBOL_ALONE.match(text):
            symbol = text
        else:
            title = text
    if not title:
        return ImportedLine(
            row.line, typed, None, how="no title: a document is listed with its title", choices=((LEAVE_OUT, None),)
        )
    return ImportedLine(row.line, typed, Document(title, symbol))
