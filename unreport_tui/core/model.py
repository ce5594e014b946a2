"""What a rapporteur prepares and logs: a session, its meetings, agenda items, statements and points."""

from __future__ import annotations

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


class Kind(StrEnum):
    STATEMENT = "statement"
    REPLY = "reply"  # in exercise of the right of reply


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
    dates: tuple[dt.date, dt.date] | None = None
    symbol: str = ""
    distribution: Distribution = Distribution.LIMITED
    issued: dt.date | None = None
    original: str = "English"
    rapporteur: str = ""
    rapporteur_country: str = ""
    addendum: bool = False
    first_paragraph: int = 1


@dataclass
class Meeting:
    number: int
    date: dt.date | None = None


@dataclass
class Document:
    title: str
    symbol: str = ""


@dataclass
class Statement:
    speaker: str
    role: Role
    kind: Kind = Kind.STATEMENT
    on_behalf_of: str = ""
    text: str = ""  # officials only: what they did ("made an introductory statement")
    id: int | None = field(default=None, compare=False)  # the store's id, once saved


@dataclass
class Point:
    text: str
    speakers: list[str] = field(default_factory=list)
    quantifier: str = ""
    heading: str = ""
    join: bool = False
    id: int | None = field(default=None, compare=False)


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


@dataclass
class Session:
    info: SessionInfo = field(default_factory=SessionInfo)
    meetings: list[Meeting] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)

    def meeting(self, number: int) -> Meeting | None:
        return next((m for m in self.meetings if m.number == number), None)

    def item(self, key: str) -> Item | None:
        return next((i for i in self.items if i.key == key), None)
