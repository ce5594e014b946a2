"""The Human Rights Council's items as its reports tell them: a point in the order logged never
before the statement it was made under; the concerned countries; the national human rights
institutions; an item's general debate or interactive dialogue.

Real sentences, through /work/wt/research16/hrc.md and the stored pages: A/HRC/7/78 (the
Council's report on its seventh session, 2008, chap. II, sect. B, paras 125-129) and the report on
its twenty-fifth session (2014, chap. III, sect. C, paras 179-184, http://ininet.org/original-english-v3.html?page=5;
the page shows no symbol: A/HRC/25/2 is that session's report)."""

from __future__ import annotations

import datetime as dt

from unreport_tui.core.model import Role

from .builders import paragraphs, point, said, session_with
from .profile_reading import meetings, printed, session_in

COUNCIL = 'body = "Human Rights Council"\nbody_short = "Council"\n'
ITEM = '[[items]]\nkey = "2"\nnumber = "2"\ntitle = "Title"\nmeetings = [13]\n'


def statements(*names: str, **fields: str) -> str:
    """[[items.statements]] tables for ``names``, each with ``fields``, at the 13th meeting."""
    extra = "".join(f'{key} = "{value}"\n' for key, value in fields.items())
    return "".join(f'[[items.statements]]\nspeaker = "{name}"\nmeeting = 13\n{extra}' for name in names)


# The order as logged (the Council's) ----------------------------------------------------------------


def test_a_point_from_a_file_comes_after_the_statement_it_was_made_under_not_first():
    # A point from a session file has no time: the log shows it under its speaker's first
    # statement, and the report, in the order logged, after that statement, never before the list
    # its speaker is on; a point whose speakers made no statement comes last, as in the log.
    session = session_in(
        "hrc",
        COUNCIL
        + meetings({13: "2008-03-07"})
        + ITEM
        + statements("United Nations Deputy High Commissioner for Human Rights", role="official", text="presented reports")
        + statements("Cuba", "Chile")
        + '[[items.points]]\ntext = "It was noted that the reports were late"\n'
        + '[[items.points]]\ntext = "welcomed the reports"\nspeakers = ["Chile"]\n',
    )
    assert printed(session) == [
        "1. At the 13th meeting, on 7 March 2008, the United Nations Deputy High Commissioner for Human Rights"
        " presented reports.",
        "2. During the ensuing interactive dialogue, at the same meeting, the following made statements and asked questions:",
        "(a) Representatives of States members of the Council: Cuba, Chile.",
        "3. At the same meeting, one speaker welcomed the reports.",
        "4. It was noted that the reports were late.",  # its meeting is not known
    ]


def test_a_speaker_logged_late_and_moved_up_does_not_put_the_points_before_the_list():
    # The note-taker missed Brazil, logged it at 10:30 and moved it up to where it spoke: the list
    # of those who spoke stands where the first of them spoke (10:10), so Cuba's point of 10:12
    # follows it.
    t = dt.time
    session = session_with(
        [
            said("Special Rapporteur on torture", "official", text="presented the report", meeting=9, time=t(10, 0)),
            said("Brazil", meeting=9, time=t(10, 30)),
            said("Cuba", meeting=9, time=t(10, 10)),
        ],
        [point("welcomed the report", "Cuba", meeting=9, time=t(10, 12))],
        meetings=[9],
        days={9: dt.date(2014, 3, 7)},
        body="Human Rights Council",
        body_short="Council",
        profile="hrc",
    )
    assert paragraphs(session) == [
        "1. At the 9th meeting, on 7 March 2014, the Special Rapporteur on torture presented the report.",
        "2. During the ensuing interactive dialogue, at the same meeting, the following made statements and asked questions:",
        "(a) Representatives of States members of the Council: Brazil, Cuba.",
        "3. At the same meeting, one speaker welcomed the report.",
    ]


def test_roles_are_still_those_of_the_builders():
    assert said("Cuba").role is Role.MEMBER
