"""The masthead of the report: the body, its symbol and distribution block, the session, its place
and dates, the title and the rapporteur."""

from __future__ import annotations

from ..dates import day_month_year, span_phrase
from ..model import Session
from ..names import short_name
from ..rendered import Masthead
from ..venue import venue_name


def build_masthead(session: Session) -> Masthead:
    info = session.info
    venue_dates = venue_name(info.venue)  # "at the Hofburg, Vienna" is typed for the chapter's sentence
    if info.dates:
        span = span_phrase(*info.dates)
        venue_dates = f"{venue_dates}, {span}" if venue_dates else span
    rapporteur = info.rapporteur
    if info.rapporteur and info.rapporteur_country:
        rapporteur = f"{info.rapporteur} ({short_name(info.rapporteur_country)})"
    return Masthead(
        body=info.body,
        symbol=info.symbol,
        distribution=f"Distr.: {info.distribution}",
        issued=day_month_year(info.issued) if info.issued else "",
        original=f"Original: {info.original}" if info.original else "",
        session_title=info.title,
        venue_dates=venue_dates,
        title="Draft report",
        rapporteur=rapporteur,
        addendum=info.addendum,
        issued_on=info.issued,
    )
