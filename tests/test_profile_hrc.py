"""The shipped profile of the Human Rights Council (hrc).

Each test renders a small session in it and asserts what the Council's report prints, the report
cited. Sources, through /work/wt/research16/hrc.md: A/HRC/7/78 (its report on its seventh
session, 2008), A/HRC/15/L.10 (the draft report on its fifteenth session, 2010) and the contents
of A/HRC/26/2 (2014). A name the UN has changed since is printed by its current name ("Türkiye"),
as unreport always prints it. The whole section is tests/fixtures/profiles/hrc-report-2008.toml."""

from __future__ import annotations

import datetime as dt

from unreport_tui.core.profiles import load_profile

from .builders import paragraphs, session_with
from .builders import said as statement
from .profile_reading import fixture, masthead, meetings, printed, session_in

COUNCIL = 'body = "Human Rights Council"\nbody_short = "Council"\n'
AT_THE_13TH = meetings({13: "2008-03-07"})


def said(*names: str, **fields: str) -> str:
    """[[items.statements]] tables for ``names``, each with ``fields``, at the 13th meeting."""
    extra = "".join(f'{key} = "{value}"\n' for key, value in fields.items())
    return "".join(f'[[items.statements]]\nspeaker = "{name}"\nmeeting = 13\n{extra}' for name in names)


ITEM = '[[items]]\nkey = "2"\nnumber = "2"\ntitle = "Title"\nmeetings = [13]\n'


def test_the_council_builds_on_the_default():
    loaded = load_profile("hrc")
    assert (loaded.name, loaded.extends) == ("Human Rights Council", "untoc-cop")


def test_the_draft_has_the_general_assembly_above_the_council_and_the_reports_own_title():
    # A/HRC/15/L.10: "General Assembly", "Distr. GENERAL", "A/HRC/15/L.10", "1 October 2010",
    # "Human Rights Council / Fifteenth session / Agenda item 1 / Organizational and procedural
    # matters", "Report of the Human Rights Council on its fifteenth session", "Vice-President and
    # Rapporteur: Ms. Bente Angell-Hansen (Norway)"; no dates line
    session = session_in(
        "hrc",
        COUNCIL + 'title = "Fifteenth session"\nvenue = "Geneva"\ndates = [2010-09-13, 2010-10-01]\n'
        'symbol = "A/HRC/15/L.10"\ndistribution = "General"\nissued = 2010-10-01\n'
        'report_item = { number = "1", title = "Organizational and procedural matters" }\n'
        'rapporteur = "Ms. Bente Angell-Hansen"\nrapporteur_country = "Norway"\n',
    )
    assert masthead(session) == [
        "A/HRC/15/L.10",
        "General Assembly",
        "Distr.: General\n1 October 2010",
        "Original: English",
        "Human Rights Council\nFifteenth session\nAgenda item 1\nOrganizational and procedural matters",
        "Report of the Human Rights Council on its fifteenth session",
        "Vice-President and Rapporteur: Ms. Bente Angell-Hansen (Norway)",
    ]


def test_the_final_report_keeps_its_distribution_and_its_title():
    # A/HRC/7/78: "Distr. GENERAL", "14 July 2008", "REPORT OF THE HUMAN RIGHTS COUNCIL ON ITS
    # SEVENTH SESSION" (in capitals on the page read)
    session = session_in(
        "hrc",
        COUNCIL + 'title = "Seventh session"\ndistribution = "General"\nissued = 2008-07-14\ndraft = false\n',
    )
    lines = masthead(session)
    assert "Distr.: General\n14 July 2008" in lines
    assert "Report of the Human Rights Council on its seventh session" in lines


def test_the_sections_of_a_chapter_are_lettered():
    # A/HRC/26/2, contents: "III. Promotion and protection of all human rights, …", "A. Interactive
    # dialogue with special procedures mandate holders", "B. Panels"
    chapter = "III. Promotion and protection of all human rights"
    session = session_in(
        "hrc",
        COUNCIL
        + f'[[items]]\nkey = "3a"\nnumber = "3"\ntitle = "T"\nchapter = "{chapter}"\n'
        + 'section = "Interactive dialogue with special procedures mandate holders"\n'
        + '[[items]]\nkey = "3b"\nnumber = "3"\ntitle = "T"\nsection = "Panels"\n',
    )
    lines = printed(session)
    assert "A. Interactive dialogue with special procedures mandate holders" in lines
    assert "B. Panels" in lines


def test_a_section_opens_with_its_first_meeting_not_with_how_the_item_was_considered():
    # A/HRC/7/78, para. 125, the first of chap. II, sect. B: "At the 13th meeting, on 7 March 2008,
    # the United Nations Deputy High Commissioner for Human Rights presented reports prepared by …"
    text = "presented reports prepared by the High Commissioner and the Office of the High Commissioner for Human Rights"
    session = session_in(
        "hrc",
        COUNCIL
        + AT_THE_13TH
        + ITEM
        + said("United Nations Deputy High Commissioner for Human Rights", role="official", text=text),
    )
    assert printed(session) == [
        f"1. At the 13th meeting, on 7 March 2008, the United Nations Deputy High Commissioner for Human Rights {text}."
    ]


def test_those_who_spoke_are_listed_by_category_in_the_councils_words():
    # A/HRC/7/78, para. 127: "(a) Representatives of States members of the Council: Cuba, United
    # Kingdom of Great Britain and Northern Ireland;" "(b) Observers for the following States:
    # Greece, Libyan Arab Jamahiriya, Turkey;"
    session = session_in(
        "hrc",
        COUNCIL
        + AT_THE_13TH
        + ITEM
        + said("Cuba", "United Kingdom")
        + said("Greece", "Libyan Arab Jamahiriya", "Turkey", role="observer_state"),
    )
    assert printed(session)[-2:] == [
        "(a) Representatives of States members of the Council: Cuba, United Kingdom of Great Britain and Northern Ireland;",
        "(b) Observers for the following States: Greece, Libyan Arab Jamahiriya, Türkiye.",
    ]


def test_the_rights_of_reply_in_the_councils_words():
    # A/HRC/7/78, para. 128: "At the same meeting, statements in exercise of the right of reply were
    # made by the representatives of Colombia, Cyprus, the Islamic Republic of Iran, Nepal, Sri Lanka
    # and Turkey."
    session = session_in(
        "hrc",
        COUNCIL
        + AT_THE_13TH
        + ITEM
        + said("United Nations Deputy High Commissioner for Human Rights", role="official", text="presented reports")
        + said("Colombia", "Cyprus", "Iran", "Nepal", "Sri Lanka", "Turkey", kind="reply"),
    )
    assert printed(session)[-1] == (
        "2. At the same meeting, statements in exercise of the right of reply were made by the representatives of"
        " Colombia, Cyprus, the Islamic Republic of Iran, Nepal, Sri Lanka and Türkiye."
    )


def test_concerned_countries_are_a_form_an_item_chooses():
    # A/HRC/7/78, para. 126: "At the same meeting, the representatives of Afghanistan, Cambodia,
    # Colombia, Cyprus, Guatemala, Nepal and Uganda made statements, as concerned countries."
    # (an item that lists its speakers by category has no members' sentence: here it does not)
    session = session_in(
        "hrc",
        COUNCIL
        + AT_THE_13TH
        + ITEM
        + 'dialogue = false\nstatements_form = "concerned_countries"\n'
        + said("United Nations Deputy High Commissioner for Human Rights", role="official", text="presented reports")
        + said("Afghanistan", "Cambodia", "Colombia", "Cyprus", "Guatemala", "Nepal", "Uganda"),
    )
    assert printed(session)[-1] == (
        "2. At the same meeting, the representatives of Afghanistan, Cambodia, Colombia, Cyprus, Guatemala, Nepal and"
        " Uganda made statements, as concerned countries."
    )


def test_each_event_in_the_order_of_its_meeting_with_the_year():
    # A/HRC/7/78, paras 125 and 129: "At the 13th meeting, on 7 March 2008, the United Nations Deputy
    # High Commissioner for Human Rights presented reports …" … "At the 21st meeting, on 13 March
    # 2008, the Deputy High Commissioner presented other reports, …" (an official's statement at a
    # later meeting after the States' at an earlier one, the year in every date)
    session = session_in(
        "hrc",
        COUNCIL
        + meetings({13: "2008-03-07", 21: "2008-03-13"})
        + ITEM.replace("[13]", "[13, 21]")
        + said("Cuba")
        + '[[items.statements]]\nspeaker = "Deputy High Commissioner"\nrole = "official"\nmeeting = 21\n'
        + 'text = "presented other reports, which were discussed under the relevant items (see chapters III and IX)"\n',
    )
    assert printed(session)[-1] == (
        "2. At the 21st meeting, on 13 March 2008, the Deputy High Commissioner presented other reports, which were"
        " discussed under the relevant items (see chapters III and IX)."
    )


def test_the_action_on_proposals_is_headed_as_the_council_heads_it():
    # A/HRC/26/2, contents: "D. Consideration of and action on draft proposals"
    session = session_in(
        "hrc",
        COUNCIL
        + AT_THE_13TH
        + ITEM
        + '[[proposals]]\nkey = "L.1"\nitem = "2"\ntitle = "T"\nsymbol = "A/HRC/26/L.1"\n'
        + '[[proposals.actions]]\nmeeting = 13\nkind = "adopted"\nvote = "without a vote"\n',
    )
    assert "Consideration of and action on draft proposals" in printed(session)


def test_the_organization_chapter_comes_first_with_the_councils_sections():
    # A/HRC/26/2, contents: "Part Two: Summary of proceedings", "I. Organizational and procedural
    # matters", "A. Opening and duration of the session", "B. Attendance", "C. Agenda and programme
    # of work", "D. Organization of work", "E. Meetings and documentation" (unreport letters the
    # sections it has something for: no "Organization of work" here, so "D. Meetings and documentation")
    session = session_in(
        "hrc",
        COUNCIL
        + 'title = "Twenty-sixth session"\nvenue = "Geneva"\ndates = [2014-06-10, 2014-06-27]\n'
        + AT_THE_13TH
        + '[[items]]\nkey = "1"\nnumber = "1"\ntitle = "Organizational and procedural matters"\n'
        + '[[items.documents]]\ntitle = "Agenda"\nsymbol = "A/HRC/26/1"\n'
        + ITEM.replace('key = "2"', 'key = "2"\nchapter = "II. Annual report"')
        + '[organization]\nchapter = "Organizational and procedural matters"\nagenda_meeting = 13\n'
        + 'documents_annex = "annex II"\n[organization.attendance]\nmembers = ["Cuba", "India"]\n',
    )
    lines = printed(session)
    assert lines[0] == "Organizational and procedural matters"
    assert [line.split(". ", 1)[1] for line in lines if line[:3] in {"A. ", "B. ", "C. ", "D. "}] == [
        "Opening and duration of the session",
        "Attendance",
        "Agenda and programme of work",
        "Meetings and documentation",
    ]


def test_the_council_whole_section_a_hrc_7_78():
    # A/HRC/7/78, chap. II, sect. B, paras 125-129, paragraph by paragraph (unreport numbers on from
    # 1), each as the report prints it: "Turkey" is printed by its current name, and the fixture
    # leaves out the "(also on behalf of …)" of one NGO of para. 127 (d).
    lines = printed(fixture("hrc-report-2008.toml"))
    assert lines[:2] == [
        "II. Annual report of the United Nations High Commissioner for Human Rights and reports of the Office of the"
        " High Commissioner and the Secretary-General",
        "B. Reports of the Office of the United Nations High Commissioner for Human Rights and the Secretary-General",
    ]
    text = [line.split(". ", 1)[1] if line[:1].isdigit() else line for line in lines[2:]]
    assert text == [
        "At the 13th meeting, on 7 March 2008, the United Nations Deputy High Commissioner for Human Rights presented"
        " reports prepared by the High Commissioner and the Office of the High Commissioner for Human Rights and a joint"
        " report of the Secretary-General and the High Commissioner for Human Rights.",  # para. 125
        "At the same meeting, the representatives of Afghanistan, Cambodia, Colombia, Cyprus, Guatemala, Nepal and"
        " Uganda made statements, as concerned countries.",  # para. 126
        "During the ensuing general debate, at the same meeting, statements were made by the following:",  # para. 127
        "(a) Representatives of States members of the Council: Cuba, United Kingdom of Great Britain and Northern Ireland;",
        "(b) Observers for the following States: Greece, Libyan Arab Jamahiriya, Türkiye;",
        "(c) Observer for a national human rights institution: International Coordinating Committee of National Human"
        " Rights Institutions;",
        "(d) Observers for non-governmental organizations: Amnesty International, Colombian Commission of Jurists,"
        " World Federation of Trade Unions.",
        "At the same meeting, statements in exercise of the right of reply were made by the representatives of"
        " Colombia, Cyprus, the Islamic Republic of Iran, Nepal, Sri Lanka and Türkiye. At the same meeting, a second"
        " statement in exercise of the right of reply was made by the representative of Türkiye.",  # para. 128
        "At the 21st meeting, on 13 March 2008, the Deputy High Commissioner presented other reports, which were"
        " discussed under the relevant items (see chapters III and IX).",  # para. 129
    ]


def test_a_narrated_dialogue_says_its_meeting_once():
    # A/HRC/7/78, para. 127: "During the ensuing general debate, at the same meeting, statements were
    # made by the following:" after the paragraph that narrated the meeting; never "At the same
    # meeting, during the ensuing …, at the same meeting".
    session = session_with(
        meetings=[9],
        statements=[
            statement("President of the Council", "official", meeting=9, time=dt.time(10)),
            statement("Chile", meeting=9, time=dt.time(11)),
            statement("Japan", meeting=9, time=dt.time(11, 5)),
        ],
        body="Human Rights Council",
        body_short="Council",
        profile="hrc",
    )
    text = "\n".join(paragraphs(session))
    assert "same meeting, during" not in text.lower()
    assert text.count("at the same meeting") + text.count("At the same meeting") == 1
