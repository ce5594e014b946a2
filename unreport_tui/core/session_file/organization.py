"""``[organization]`` in the session file, read with every bad key refused at its place and
written back losslessly:

    [organization]
    chapter = "V. Organization of the session"
    agenda_symbol = "E/CN.15/2023/1"
    officers_meeting = 1
    agenda_meeting = 1
    attendance_annex = "annex I"
    documents_annex = "annex II"

    [[organization.officers]]
    office = "Chair"
    name = "Carolina Fernández"
    country = "Uruguay"

    [organization.attendance]
    members = ["Chile", "Peru"]
    observer_states = ["Holy See"]
    igos = ["European Union"]
    ngos = []
"""

from __future__ import annotations

from typing import Any

import tomli_w

from ..model import Attendance, Officer, Organization, Session
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
}
OFFICER_KEYS = {"office", "name", "country"}
ATTENDANCE_KEYS = {"members", "observer_states", "igos", "ngos"}
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
        organization.attendance = Attendance(
            *(
                a.list_of(key, lambda v: isinstance(v, str) and bool(v.strip()), _NAMES)
                for key in ("members", "observer_states", "igos", "ngos")
            )
        )
    session.organization = organization


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
        out.append(
            "\n[organization.attendance]\n"
            + tomli_w.dumps({"members": a.members, "observer_states": a.observer_states, "igos": a.igos, "ngos": a.ngos})
        )
    return "".join(out)
