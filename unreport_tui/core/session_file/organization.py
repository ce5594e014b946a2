"""``[organization]`` in the session file, read with every bad key refused at its place and
written back losslessly:

    [organization]
    chapter = "V. Organization of the session"
    agenda_symbol = "E/CN.15/2023/1"
    officers_meeting = 1
    agenda_meeting = 1
    attendance_annex = "annex I"
    documents_annex = "annex II"
    opened_by = { name = "Ms. A. B.", country = "Jamaica", office = "President of the Board" }
    chair = { name = "Carolina Fernández", country = "Uruguay", office = "Chair" }
    observers_admitted = { meeting = 1, states = ["Armenia", "Dominican Republic"] }

    [[organization.officers]]
    office = "Chair"
    name = "Carolina Fernández"
    country = "Uruguay"

    [organization.attendance]
    members = ["Chile", "Peru"]
    observer_states = ["Holy See"]
    igos = ["European Union"]
    ngos = []
    list = true        # the members named in the attendance paragraph, not only counted
"""

from __future__ import annotations

from typing import Any

import tomli_w

from ..model import Attendance, ObserversAdmitted, Officer, Organization, Session
from .tables import SessionFileError, TableReader

ORGANIZATION_KEYS = {
    "chapter",
    "agenda_symbol",
    "officers_meeting",
    "agenda_meeting",
    "documents_annex",
    "attendance_annex",
    "officers",
    "attendance",
    "opened_by",
    "chair",
    "observers_admitted",
}
OFFICER_KEYS = {"office", "name", "country"}
PERSON_KEYS = {"name", "country", "office"}  # opened_by, chair: an office is optional there
OBSERVERS_ADMITTED_KEYS = {"meeting", "states"}
ATTENDANCE_KEYS = {"members", "observer_states", "igos", "ngos", "list"}
_NAMES = 'a list of names such as ["Chile", "Croatia"]'


def read_organization(session: Session, raw: dict[str, Any]) -> None:
    if "organization" not in raw:
        return
    table = raw["organization"]
    if not isinstance(table, dict):
        raise SessionFileError("organization: expected an [organization] table", "organization")
    r = TableReader(table, "organization", ORGANIZATION_KEYS)
    organization = Organization(
        chapter=r.text("chapter"),
        agenda_symbol=r.text("agenda_symbol"),
        officers_meeting=r.meeting("officers_meeting", session),
        agenda_meeting=r.meeting("agenda_meeting", session),
        documents_annex=r.text("documents_annex"),
        attendance_annex=r.text("attendance_annex"),
    )
    for where, officer in r.tables("officers"):
        o = TableReader(officer, where, OFFICER_KEYS)
        organization.officers.append(Officer(o.text("office", required=True), o.text("name", required=True), o.text("country")))
    if "attendance" in table:
        if not isinstance(table["attendance"], dict):
            raise r.fail("attendance", "an [organization.attendance] table")
        a = TableReader(table["attendance"], r.at("attendance"), ATTENDANCE_KEYS)
        members, observer_states, igos, ngos = (
            a.list_of(key, lambda v: isinstance(v, str) and bool(v.strip()), _NAMES)
            for key in ("members", "observer_states", "igos", "ngos")
        )
        organization.attendance = Attendance(members, observer_states, igos, ngos, listed=a.boolean("list"))
    organization.opened_by = _person(r, table, "opened_by")
    organization.chair = _person(r, table, "chair")
    if "observers_admitted" in table:
        if not isinstance(table["observers_admitted"], dict):
            raise r.fail("observers_admitted", '{ meeting = 3, states = ["Armenia", "Dominican Republic"] }')
        o = TableReader(table["observers_admitted"], r.at("observers_admitted"), OBSERVERS_ADMITTED_KEYS)
        states = o.list_of("states", lambda v: isinstance(v, str) and bool(v.strip()), _NAMES)
        if not states:
            raise o.missing("states", _NAMES)
        organization.observers_admitted = ObserversAdmitted(o.meeting("meeting", session), states)
    session.organization = organization


def _person(r: TableReader, table: dict[str, Any], key: str) -> Officer | None:
    """``opened_by`` or ``chair``: { name, country, office }, a name at least."""
    if key not in table:
        return None
    if not isinstance(table[key], dict):
        raise r.fail(key, '{ name = "…", country = "…", office = "…" }')
    p = TableReader(table[key], r.at(key), PERSON_KEYS)
    return Officer(p.text("office"), p.text("name", required=True), p.text("country"))


def _person_fields(person: Officer) -> dict[str, str]:
    return {k: v for k, v in {"name": person.name, "country": person.country, "office": person.office}.items() if v}


def organization_to_toml(organization: Organization | None) -> str:
    if organization is None:
        return ""
    header = {
        k: v
        for k, v in {
            "chapter": organization.chapter,
            "agenda_symbol": organization.agenda_symbol,
            "officers_meeting": organization.officers_meeting,
            "agenda_meeting": organization.agenda_meeting,
            "documents_annex": organization.documents_annex,
            "attendance_annex": organization.attendance_annex,
        }.items()
        if v not in ("", None)
    }
    out = ["\n[organization]\n" + tomli_w.dumps(header)]
    for officer in organization.officers:
        fields = {"office": officer.office, "name": officer.name} | ({"country": officer.country} if officer.country else {})
        out.append("\n[[organization.officers]]\n" + tomli_w.dumps(fields))
    if organization.attendance is not None:
        a = organization.attendance
        lists: dict[str, Any] = {"members": a.members, "observer_states": a.observer_states, "igos": a.igos, "ngos": a.ngos}
        out.append("\n[organization.attendance]\n" + tomli_w.dumps(lists | ({"list": True} if a.listed else {})))
    for key, person in (("opened_by", organization.opened_by), ("chair", organization.chair)):
        if person is not None:
            out.append(f"\n[organization.{key}]\n" + tomli_w.dumps(_person_fields(person)))
    admitted = organization.observers_admitted
    if admitted is not None:
        admission: dict[str, Any] = {"meeting": admitted.meeting} if admitted.meeting is not None else {}
        admission["states"] = admitted.states
        out.append("\n[organization.observers_admitted]\n" + tomli_w.dumps(admission))
    return "".join(out)
