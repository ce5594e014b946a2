"""The masthead: what stands above the report's first chapter, line by line."""

from __future__ import annotations

from ..spec import Choice, Section, form

SECTION = Section(
    "masthead",
    "The lines above the report: the organ, the session, its place and dates, the title, the rapporteur.",
    {
        "parent": form(
            'The parent organ above the body, in the masthead\'s large type ("Economic and Social Council"); '
            '"" for none. A session\'s parent says otherwise.'
        ),
        "title": form(
            'The draft\'s title line: "Draft report", "Draft report of {body} on its {session}". '
            "A session's report_title says otherwise.",
            "body",
            "session",
            required=(),
        ),
        "final_title": form(
            'The title line of a final report (draft = false): "Report of {body} on its {session}".',
            "body",
            "session",
            required=(),
        ),
        "dates_line": Choice(
            'The line under the session: its place and dates ("Vienna, 18–22 October 2010"), its dates alone '
            '("23–27 February 1998"), or the held form ("Held at the Palais des Nations, Geneva, from 6 to 17 '
            'October 2019"; its place and dates when either is not known).',
            ("venue and dates", "dates", "held"),
        ),
        "held": form(
            'The held form of the dates line: "Held {venue}, {dates}" ({venue}: "at the Palais des Nations, '
            'Geneva"; {dates}: "from 6 to 17 October 2019", "on 6 October 2019").',
            "venue",
            "dates",
        ),
        "dates_in_parentheses": Choice('The dates line in parentheses: "(23–27 February 1998)".'),
        "report_item": form('The report\'s own agenda item, over its title: "Agenda item {item}".', "item"),
        "rapporteur_office": form(
            'The office before the rapporteur\'s name: "Rapporteur", "Vice-Chair-cum-Rapporteur". '
            "A session's rapporteur_office says otherwise."
        ),
    },
)
