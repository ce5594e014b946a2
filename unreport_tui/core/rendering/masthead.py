"""The masthead of the report: the body (under its parent organ, when the profile or the session
names one), its symbol and distribution block, the session, its place and dates, the report's own
agenda item, the title and the rapporteur. The profile says how each line is worded; what the
note-taker typed for this session (``parent``, ``report_title``, ``rapporteur_office``) wins."""

from __future__ import annotations

from ..dates import day_month_year, periods_from_to, periods_span, span_phrase
from ..english import lower_first, with_the
from ..model import Session
from ..names import short_name
from ..profiles import Profile
from ..rendered import Masthead, plain_text
from ..venue import venue_city, venue_name, venue_phrase


def build_masthead(session: Session, profile: Profile) -> Masthead:
    info = session.info
    rapporteur = info.rapporteur
    if info.rapporteur and info.rapporteur_country:
        rapporteur = f"{info.rapporteur} ({short_name(info.rapporteur_country)})"
    item_number = info.report_item_number.strip()
    return Masthead(
        body=info.body,
        symbol=info.symbol,
        distribution=f"Distr.: {info.distribution}" if info.draft or profile.flag("masthead", "final_distribution") else "",
        issued=day_month_year(info.issued) if info.issued else "",
        original=f"Original: {info.original}" if info.original else "",
        session_title=info.title,
        venue_dates=_dates_line(session, profile),
        title=_title(session, profile),
        rapporteur=rapporteur,
        addendum=info.addendum,
        issued_on=info.issued,
        parent=info.parent.strip() or profile.words("masthead", "parent").strip(),
        report_item=plain_text(profile.sentence("masthead", "report_item", item=item_number)) if item_number else "",
        report_item_title=info.report_item_title.strip(),
        rapporteur_office=_office(session, profile),
        reports_to=info.reports_to.strip(),
        body_under_parent=profile.flag("masthead", "body_under_parent"),
        item_before_dates=profile.flag("masthead", "item_before_dates"),
        held=_held(session, profile),
    )


def _office(session: Session, profile: Profile) -> str:
    """The session's office for its rapporteur, else the profile's; typed with its colon
    ("Rapporteur:"), it still gets one colon, not two."""
    office = session.info.rapporteur_office.strip() or profile.words("masthead", "rapporteur_office").strip()
    return office.rstrip(":").rstrip() or "Rapporteur"


def _title(session: Session, profile: Profile) -> str:
    """ "Draft report", or the profile's form filled: "Draft report of the Trade and Development
    Board on its sixty-eighth session"; the session's own title line as typed. What the form asks
    for and the session does not say is shown as wanted ("[dates]"), never left a gap."""
    info = session.info
    if info.report_title.strip():
        return info.report_title.strip()
    name = info.body.strip() or info.body_short.strip()
    phrases = {
        "body": with_the(name) if name else "[body]",
        "session": lower_first(info.title.strip()) or "[session]",
        "dates": periods_span(info.periods()) or "[dates]",
        "venue": venue_phrase(info.venue) or "[venue]",
        "period": periods_from_to(info.periods()) or "[dates]",
    }
    return plain_text(profile.sentence("masthead", "title" if info.draft else "final_title", **phrases))


def _dates_line(session: Session, profile: Profile) -> str:
    """ "Vienna, 18–22 October 2010"; "23–27 February 1998"; nothing; as the profile says, in
    parentheses if it says so. What is not known is left out ("Vienna" with no dates)."""
    info = session.info
    choice = profile.choice("masthead", "dates_line")
    # The days this draft is written at: a session document gives its own part's days (E/CN.15/2011/1:
    # "Twentieth session Vienna, 11-15 April 2011"); the title of the final report gives every period.
    span = span_phrase(*info.dates) if info.dates else ""
    if choice == "none":
        line = ""
    elif choice == "dates" and span:
        line = span
    else:
        # "at the Hofburg, Vienna" is typed for the chapter's sentence
        venue = venue_city(info.venue) if choice == "city and dates" else venue_name(info.venue)
        line = f"{venue}, {span}" if venue and span else venue or span
    return f"({line})" if line and profile.flag("masthead", "dates_in_parentheses") else line


def _held(session: Session, profile: Profile) -> str:
    """ "Held at the Palais des Nations, Geneva, from 18 to 20 April 2007", under the title, where the
    profile writes it and the venue and dates are known."""
    info = session.info
    if not (profile.flag("masthead", "held_line") and info.dates and info.venue.strip()):
        return ""
    period = periods_from_to(info.periods())
    return plain_text(profile.sentence("masthead", "held", venue=venue_phrase(info.venue), period=period))
