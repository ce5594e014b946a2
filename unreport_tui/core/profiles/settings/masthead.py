"""The masthead: what stands above the report's first chapter, line by line."""

from __future__ import annotations

from ..spec import Choice, Section, form

# What a title line may say: the body with its article, the session ("sixty-eighth session"), its
# dates, its venue ("in Vienna") and its period ("from 31 May to 11 June 2021").
_TITLE = ("body", "session", "dates", "venue", "period")

SECTION = Section(
    "masthead",
    "The lines above the report: the organ, the session, its place and dates, the title, the rapporteur.",
    {
        "parent": form(
            'The parent organ above the body, in the masthead\'s large type ("Economic and Social Council"); '
            '"" for none. A session\'s parent says otherwise.'
        ),
        "body_under_parent": Choice(
            "The body's name under the parent organ, with the session (a commission under the Economic and "
            'Social Council); false: the title names it ("Report of the Second Committee" under the General '
            "Assembly, A/62/415)."
        ),
        "title": form(
            'The draft\'s title line: "Draft report", "Draft report of {body} on its {session}", '
            '"Report of {body} on its {session}, held {venue} {period}" ({dates}: "14–22 March 2019"; '
            '{period}: "from 14 to 22 March 2019"). A session\'s report_title says otherwise.',
            *_TITLE,
            required=(),
        ),
        "final_title": form(
            'The title line of a final report (draft = false): "Report on the {session} ({dates})".',
            *_TITLE,
            required=(),
        ),
        "final_distribution": Choice(
            "A final report (draft = false) keeps its \"Distr.\" line, as the General Assembly's committees' "
            'reports do ("Distr.: General", A/62/415); false: none.'
        ),
        "dates_line": Choice(
            'The line under the session: its venue and dates as typed ("Vienna, 18–22 October 2010"), its '
            'city and dates (the venue after its last comma, or the city an office is at: "Palais des Nations, '
            'Geneva" -> "Geneva, 18–20 April 2007", "United Nations Office at Vienna" -> "Vienna, …"), its dates '
            'alone ("23–27 February 1998"), or none (the title line gives them).',
            ("venue and dates", "city and dates", "dates", "none"),
        ),
        "held_line": Choice(
            'A line under the title saying where and when the session was held: "Held at the Palais des '
            'Nations, Geneva, from 18 to 20 April 2007" (printed when the venue and dates are known).'
        ),
        "held": form(
            'That line: "Held {venue}, {period}" ({venue}: "at the Palais des Nations, Geneva"; {period}: '
            '"from 18 to 20 April 2007", "on 5 September 1995").',
            "venue",
            "period",
        ),
        "dates_in_parentheses": Choice('The dates line in parentheses: "(23–27 February 1998)".'),
        "item_before_dates": Choice(
            "The report's own agenda item and its title above the dates line, not under it (A/HRC/7/78: "
            '"Agenda item 1", "Organizational and procedural matters", "3 March–1 April 2008").'
        ),
        "report_item": form('The report\'s own agenda item, over its title: "Agenda item {item}".', "item"),
        "rapporteur_office": form(
            'The office before the rapporteur\'s name: "Rapporteur", "Vice-Chair-cum-Rapporteur". '
            "A session's rapporteur_office says otherwise."
        ),
    },
)
