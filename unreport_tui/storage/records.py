"""How a session is laid out as database documents: plain dicts, one per statement or point,
so that logging one speaker writes one small document."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..core.model import Distribution, Document, Item, Kind, Meeting, Point, Role, Session, SessionInfo, Statement


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def info_record(session: Session) -> dict[str, Any]:
    info = session.info
    return {
        "body": info.body, "body_short": info.body_short, "title": info.title, "venue": info.venue,
        "dates": [d.isoformat() for d in info.dates] if info.dates else None,
        "symbol": info.symbol, "distribution": info.distribution.value,
        "issued": info.issued.isoformat() if info.issued else None, "original": info.original,
        "rapporteur": info.rapporteur, "rapporteur_country": info.rapporteur_country,
        "addendum": info.addendum, "first_paragraph": info.first_paragraph,
        "meetings": [{"number": m.number, "date": m.date.isoformat() if m.date else None} for m in session.meetings],
    }


def item_record(item: Item, position: int) -> dict[str, Any]:
    return {
        "key": item.key, "number": item.number, "title": item.title, "chapter": item.chapter,
        "section": item.section, "meetings": list(item.meetings), "position": position,
        "documents": [{"title": d.title, "symbol": d.symbol} for d in item.documents],
    }


def statement_record(item_key: str, statement: Statement, position: float) -> dict[str, Any]:
    return {
        "item": item_key, "position": position, "speaker": statement.speaker, "role": statement.role.value,
        "kind": statement.kind.value, "on_behalf_of": statement.on_behalf_of, "text": statement.text,
    }


def point_record(item_key: str, point: Point, position: float) -> dict[str, Any]:
    return {
        "item": item_key, "position": position, "text": point.text, "speakers": list(point.speakers),
        "quantifier": point.quantifier, "heading": point.heading, "join": point.join,
    }


def session_from_records(info: dict[str, Any] | None, items: list[dict[str, Any]],
                         statements: list[tuple[int, dict[str, Any]]],
                         points: list[tuple[int, dict[str, Any]]]) -> Session:
    session = Session()
    if info:
        dates = info.get("dates")
        session.info = SessionInfo(
            body=info["body"], body_short=info["body_short"], title=info["title"], venue=info["venue"],
            dates=(_day(dates[0]), _day(dates[1])) if dates else None, symbol=info["symbol"],
            distribution=Distribution(info["distribution"]), issued=_day(info["issued"]),
            original=info["original"], rapporteur=info["rapporteur"],
            rapporteur_country=info["rapporteur_country"], addendum=info["addendum"],
            first_paragraph=info["first_paragraph"],
        )
        session.meetings = [Meeting(m["number"], _day(m["date"])) for m in info["meetings"]]
    by_key: dict[str, Item] = {}
    for record in sorted(items, key=lambda r: r["position"]):
        item = Item(record["key"], record["number"], record["title"], record["chapter"], record["section"],
                    list(record["meetings"]), [Document(d["title"], d["symbol"]) for d in record["documents"]])
        session.items.append(item)
        by_key[item.key] = item
    for doc_id, r in sorted(statements, key=lambda pair: (pair[1]["position"], pair[0])):
        if r["item"] in by_key:
            by_key[r["item"]].statements.append(Statement(
                r["speaker"], Role(r["role"]), Kind(r["kind"]), r["on_behalf_of"], r["text"], id=doc_id))
    for doc_id, r in sorted(points, key=lambda pair: (pair[1]["position"], pair[0])):
        if r["item"] in by_key:
            by_key[r["item"]].points.append(Point(
                r["text"], list(r["speakers"]), r["quantifier"], r["heading"], r["join"], id=doc_id))
    return session
