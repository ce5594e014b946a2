"""The shipped profiles of the functional commissions of the Economic and Social Council: their base
(ecosoc-commission), the Commission on Narcotic Drugs (cnd), on Crime Prevention and Criminal
Justice (ccpcj), on the Status of Women (csw) and on Population and Development (cpd).

Each test renders a small session in the shipped profile and asserts the sentence the body's report
prints, the report cited. Sources, all through /work/wt/research16 (cnd, ccpcj, csw, cpd,
ecosoc-commission): E/CN.9/1998/L.2 (CPD's draft report, 1998), E/1995/27 (CPD), E/2007/27 and
E/1997/27 (CSW), E/CN.6/2000/1 (CSW's provisional agenda), E/2019/30 (CCPCJ's cover), E/1990/24
(CND's contents), and E/2025/28 (CND) as unreport's style notes quote it
(/work/shared/reference/un-style-notes.md). The whole sections are in tests/fixtures/profiles/."""

from __future__ import annotations

import pytest

from unreport_tui.core.profiles import load_profile

from .profile_reading import fixture, masthead, meetings, printed, session_in

COMMISSIONS = ("ecosoc-commission", "cnd", "ccpcj", "csw", "cpd")


@pytest.mark.parametrize("profile", COMMISSIONS)
def test_each_commission_builds_on_the_councils_base(profile):
    loaded = load_profile(profile)
    assert loaded.extends == ("untoc-cop" if profile == "ecosoc-commission" else "ecosoc-commission")
    assert loaded.description and "\n" not in loaded.description


# --- ecosoc-commission: what the four share -------------------------------------------------------


def test_the_council_stands_above_every_commission():
    # E/2019/30 (cover): "Economic and Social Council Official Records, 2019 Supplement No. 10",
    # "Commission on Crime Prevention and Criminal Justice"; E/CN.9/1998/L.2: "Economic and Social Council"
    for profile in ("ccpcj", "cnd", "csw", "cpd"):
        lines = masthead(session_in(profile, 'body = "Commission on Crime Prevention and Criminal Justice"'))
        assert lines[0] == "Economic and Social Council"
        assert "Commission on Crime Prevention and Criminal Justice" in lines


def test_a_final_report_is_the_report_on_the_session_with_its_dates():
    # E/1995/27 (CPD): "Report on the twenty-eighth session (21 February-2 March 1995)";
    # E/2007/27 (CSW): "Report on the fifty-first session (26 February-9 March 2007)" (en dashes now)
    cpd = session_in(
        "cpd",
        'body = "Commission on Population and Development"\ntitle = "Twenty-eighth session"\n'
        "dates = [1995-02-21, 1995-03-02]\ndraft = false",
    )
    assert "Report on the twenty-eighth session (21 February–2 March 1995)" in masthead(cpd)
    csw = session_in(
        "csw",
        'body = "Commission on the Status of Women"\ntitle = "Fifty-first session"\n'
        "dates = [2007-02-26, 2007-03-09]\ndraft = false",
    )
    assert "Report on the fifty-first session (26 February–9 March 2007)" in masthead(csw)


def test_a_session_with_a_meeting_the_year_before_gives_its_title_in_full():
    # E/2019/30 (CCPCJ): "Report on the twenty-eighth session (7 December 2018 and 20–24 May 2019)"
    title = "Report on the twenty-eighth session (7 December 2018 and 20–24 May 2019)"
    session = session_in(
        "ccpcj",
        'body = "Commission on Crime Prevention and Criminal Justice"\ntitle = "Twenty-eighth session"\n'
        f'dates = [2019-05-20, 2019-05-24]\ndraft = false\nreport_title = "{title}"',
    )
    assert title in masthead(session)


def test_the_organization_chapter_gives_the_attendance_after_the_opening():
    # E/1990/24 (CND), contents: "IX. Organization of the session and administrative matters",
    # "A. Opening and duration of the session", "B. Attendance", "C. Election of officers",
    # "D. Adoption of the agenda", "E. Documentation"
    session = session_in(
        "cnd",
        'body = "Commission on Narcotic Drugs"\nbody_short = "Commission"\ntitle = "Thirty-third session"\n'
        'venue = "Vienna"\ndates = [1990-02-05, 1990-02-14]\n'
        + meetings({1: "1990-02-05"})
        + '[[items]]\nkey = "1"\nnumber = "1"\ntitle = "Election of officers"\n'
        + '[[items]]\nkey = "2"\nnumber = "2"\ntitle = "Adoption of the agenda"\n'
        + '[[items.documents]]\ntitle = "Provisional agenda"\nsymbol = "E/CN.7/1990/1"\n'
        + '[organization]\nchapter = "IX. Organization of the session and administrative matters"\n'
        + 'officers_meeting = 1\nagenda_meeting = 1\ndocuments_annex = "annex II"\n'
        + '[[organization.officers]]\noffice = "Chair"\nname = "A. B."\ncountry = "Austria"\n'
        + '[organization.attendance]\nmembers = ["Austria", "India"]\n',
    )
    headings = [line for line in printed(session) if line[:3] in {"A. ", "B. ", "C. ", "D. ", "E. "}]
    assert headings == [
        "A. Opening and duration of the session",
        "B. Attendance",
        "C. Election of officers",
        "D. Adoption of the agenda",
        "E. Documentation",
    ]


# --- cnd -------------------------------------------------------------------------------------------

CND = 'body = "Commission on Narcotic Drugs"\nbody_short = "Commission"\n'


def test_the_narcotic_drugs_commission_names_the_item_it_had_the_documents_for():
    # E/2025/28: "At its 3rd and 4th meetings, on 11 March 2025, the Commission considered agenda
    # item 4, …" and "For its consideration of item 4, the Commission had before it the following:"
    session = session_in(
        "cnd",
        CND
        + meetings({3: "2025-03-11", 4: "2025-03-11"})
        + '[[items]]\nkey = "4"\nnumber = "4"\ntitle = "Title"\nmeetings = [3, 4]\n'
        + '[[items.documents]]\ntitle = "Report"\nsymbol = "E/CN.7/2025/2"\n'
        + '[[items.documents]]\ntitle = "Note"\nsymbol = "E/CN.7/2025/3"\n',
    )
    opening = printed(session)[0]
    assert opening.startswith(
        "1. At its 3rd and 4th meetings, on 11 March 2025, the Commission considered agenda item 4, entitled"
    )
    assert opening.endswith(" For its consideration of item 4, the Commission had before it the following:")


def test_the_narcotic_drugs_commission_gives_the_year_in_every_date():
    # E/2025/28: "At its 9th meeting, on 14 March 2025, the Commission adopted …", in the chapter
    # whose item opened "on 11 March 2025" (the other commissions give the year once a chapter)
    session = session_in(
        "cnd",
        CND
        + meetings({3: "2025-03-11", 9: "2025-03-14"})
        + '[[items]]\nkey = "4"\nnumber = "4"\ntitle = "Title"\nmeetings = [3]\n'
        + '[[proposals]]\nkey = "L.2"\nitem = "4"\ntitle = "Title of the draft"\nsymbol = "E/CN.7/2025/L.2"\n'
        + '[[proposals.actions]]\nmeeting = 9\nkind = "adopted"\n',
    )
    # (the action's first sentence here is the default's "had before it": E/2025/28's "adopted a
    # revised draft resolution entitled …" names the draft in the adoption, which no form offers)
    assert printed(session)[2].startswith("2. At its 9th meeting, on 14 March 2025, the Commission ")


def test_the_narcotic_drugs_commission_hears_an_observer_also():
    # E/2025/28: "Statements were made by the representatives of South Africa, Japan, the Republic of
    # Korea, …" / "A statement was also made by the observer for Pakistan."
    session = session_in(
        "cnd",
        CND
        + '[[items]]\nkey = "4"\nnumber = "4"\ntitle = "Title"\n'
        + "".join(f'[[items.statements]]\nspeaker = "{name}"\n' for name in ("South Africa", "Japan", "Republic of Korea"))
        + '[[items.statements]]\nspeaker = "Pakistan"\nrole = "observer_state"\n',
    )
    assert (
        "2. Statements were made by the representatives of South Africa, Japan and the Republic of Korea."
        " A statement was also made by the observer for Pakistan."
    ) in printed(session)


def test_the_narcotic_drugs_commission_hears_the_european_union_in_its_capacity_as_observer():
    # E/2025/28: "the representative of the European Union, in its capacity as observer"
    session = session_in(
        "cnd",
        CND
        + '[[items]]\nkey = "4"\nnumber = "4"\ntitle = "Title"\n'
        + '[[items.statements]]\nspeaker = "European Union"\nrole = "igo"\n',
    )
    assert "2. A statement was made by the representative of the European Union, in its capacity as observer." in printed(session)


def test_the_narcotic_drugs_commission_whole_section_as_preparatory_body_1997():
    # The Commission's report on the first informal open-ended inter-sessional meeting of the
    # Commission acting as preparatory body for the special session (Vienna, 7-9 July 1997), "I.
    # Organization of the meeting", paras 1, 2 and 4, paragraph by paragraph: the only section of a
    # CND report found whole (no chapter of E/2015/28-E/2025/28 could be read). A meeting, not a
    # session: its words are a profile of the fixture's that extends cnd (the rest is cnd's and the
    # base's: the attendance after the opening). Where unreport differs: "in Vienna" (1997: "at
    # Vienna"), the current names ("Bolivia (Plurinational State of)", "Czechia"), the list closed
    # with "and" where the page is cut ("Japan, Jord"); para. 2's second sentence (an introductory
    # statement) and para. 3 (officers continuing) are not logged.
    lines = printed(fixture("cnd-preparatory-body-1997-session.toml"))
    assert lines == [
        "I. Organization of the meeting",
        "A. Opening and duration of the meeting",
        "1. The Commission on Narcotic Drugs, acting as preparatory body for the special session of the General"
        " Assembly devoted to the fight against the illicit production, sale, demand, traffic and distribution of"
        " narcotic drugs and psychotropic substances and related activities, held its first informal open-ended"
        " inter-sessional meeting in Vienna from 7 to 9 July 1997.",
        "2. The meeting was opened by the Chairman of the Commission acting as preparatory body.",
        "B. Attendance",
        "3. The following States Members of the United Nations were represented: Albania, Angola, Argentina,"
        " Australia, Austria, Azerbaijan, Barbados, Belgium, Bolivia (Plurinational State of), Canada, Chile, China,"
        " Colombia, Croatia, Cuba, Czechia, Denmark, Ecuador, Egypt, Finland, France, Germany, Greece, Guatemala,"
        " Hungary, India, Indonesia, Iran (Islamic Republic of), Ireland, Italy and Japan.",
    ]


# --- ccpcj -----------------------------------------------------------------------------------------


def test_the_crime_commissions_masthead_gives_its_city_and_dates():
    # E/CN.15/2011/1 (its provisional agenda): "Commission on Crime Prevention and Criminal Justice /
    # Twentieth session Vienna, 11-15 April 2011" (UN style now: an en dash)
    session = session_in(
        "ccpcj",
        'body = "Commission on Crime Prevention and Criminal Justice"\ntitle = "Twentieth session"\nvenue = "Vienna"\n'
        "dates = [2011-04-11, 2011-04-15]",
    )
    assert "Commission on Crime Prevention and Criminal Justice\nTwentieth session\nVienna, 11–15 April 2011" in masthead(session)


def test_the_crime_commission_whole_section_its_report_cover():
    # E/2019/30: "Economic and Social Council", "Commission on Crime Prevention and Criminal Justice",
    # "Report on the twenty-eighth session (7 December 2018 and 20–24 May 2019)": no chapter of a
    # CCPCJ report could be read, so its cover is the only whole text of one. Where unreport differs:
    # its masthead puts the session and its dates under the body, and the language the
    # report was written in ("Original: English"); and the cover's "Official Records,
    # 2019 Supplement No. 10" is not printed.
    title = "Report on the twenty-eighth session (7 December 2018 and 20–24 May 2019)"
    session = session_in(
        "ccpcj",
        'body = "Commission on Crime Prevention and Criminal Justice"\ntitle = "Twenty-eighth session"\n'
        f'venue = "Vienna"\ndates = [2019-05-20, 2019-05-24]\ndraft = false\nreport_title = "{title}"',
    )
    assert masthead(session) == [
        "Economic and Social Council",
        "Original: English",
        "Commission on Crime Prevention and Criminal Justice\nTwenty-eighth session\nVienna, 20–24 May 2019",
        title,
    ]


# --- csw -------------------------------------------------------------------------------------------

CSW = 'body = "Commission on the Status of Women"\nbody_short = "Commission"\n'


def test_the_status_of_women_commissions_masthead_gives_its_dates_alone():
    # E/CN.6/2000/1: "Commission on the Status of Women / Forty-fourth session / 28 February –2 March 2000"
    session = session_in(
        "csw", CSW + 'title = "Forty-fourth session"\nvenue = "United Nations Headquarters"\ndates = [2000-02-28, 2000-03-02]'
    )
    assert "Commission on the Status of Women\nForty-fourth session\n28 February–2 March 2000" in masthead(session)


def test_the_status_of_women_commission_heads_a_chapter_with_its_number_on_a_line_of_its_own():
    # E/2007/27: "Chapter II" above "Follow-up to the Fourth World Conference on Women and to …"
    session = session_in(
        "csw",
        CSW
        + '[[items]]\nkey = "3"\nnumber = "3"\ntitle = "T"\nchapter = "II. Follow-up to the Fourth World Conference on Women"\n',
    )
    assert printed(session)[:2] == ["Chapter II", "Follow-up to the Fourth World Conference on Women"]


def test_the_status_of_women_commission_considers_an_item_at_its_meetings_one_by_one():
    # E/2007/27, chap. II, para. 1: "The Commission considered item 3 of the agenda at its 1st, 2nd,
    # 3rd, 4th, 5th, 6th, 7th, 8th, 9th, 10th, 11th and 13th meetings, on 26, 27, 28 February and 1,
    # 2, 7 and 9 March. It had before it the following documents:" (the documents here are not the
    # report's: only its (c) is on the page read)
    days = {1: "2007-02-26", 2: "2007-02-26", 3: "2007-02-27", 4: "2007-02-27", 5: "2007-02-28", 6: "2007-02-28"}
    days |= {7: "2007-03-01", 8: "2007-03-01", 9: "2007-03-02", 10: "2007-03-07", 11: "2007-03-07", 13: "2007-03-09"}
    session = session_in(
        "csw",
        CSW
        + meetings(days)
        + f'[[items]]\nkey = "3"\nnumber = "3"\ntitle = "T"\nmeetings = {list(days)}\n'
        + '[[items.documents]]\ntitle = "A"\nsymbol = "E/CN.6/2007/1"\n[[items.documents]]\ntitle = "B"\nsymbol = "E/CN.6/2007/2"\n',
    )
    assert printed(session)[0] == (
        "1. The Commission considered item 3 of the agenda at its 1st, 2nd, 3rd, 4th, 5th, 6th, 7th, 8th, 9th, 10th, 11th"
        " and 13th meetings, on 26, 27, 28 February and 1, 2, 7 and 9 March. It had before it the following documents:"
    )


def test_the_status_of_women_commission_tells_each_statement_with_its_meeting():
    # E/1997/27, chap. II, para. 3: "At the same meeting, the Under-Secretary-General for Policy
    # Coordination and Sustainable Development made a statement" (the page ends there); para. 2
    # opens "At the 1st meeting, on 10 March, …" (its "the Commission heard an introductory
    # statement by the Special Adviser …" is another form of words)
    session = session_in(
        "csw",
        CSW
        + meetings({1: "1997-03-10"})
        + '[[items]]\nkey = "3"\nnumber = "3"\ntitle = "T"\nmeetings = [1]\n'
        + '[[items.statements]]\nspeaker = "Special Adviser on Gender Issues and Advancement of Women"\nrole = "official"\n'
        + 'text = "made an introductory statement"\nmeeting = 1\n'
        + '[[items.statements]]\nspeaker = "Under-Secretary-General for Policy Coordination and Sustainable Development"\n'
        + 'role = "official"\nmeeting = 1\n',
    )
    lines = printed(session)
    assert lines[1].startswith("2. At the 1st meeting, on 10 March, ")
    assert lines[2] == (
        "3. At the same meeting, the Under-Secretary-General for Policy Coordination and Sustainable Development made"
        " a statement."
    )


def test_the_status_of_women_commission_names_the_group_of_77_without_its_article():
    # E/2007/27, para. 57: "the representative of Pakistan, on behalf of States Members of the United
    # Nations that are members of the Group of 77 and China, introduced …"
    session = session_in(
        "csw",
        CSW
        + '[[items]]\nkey = "3"\nnumber = "3"\ntitle = "T"\n'
        + '[[items.statements]]\nspeaker = "Pakistan"\non_behalf_of = "G77"\n',
    )
    assert (
        "2. A statement was made by the representative of Pakistan (on behalf of States Members of the United Nations"
        " that are members of the Group of 77 and China)."
    ) in printed(session)


def test_the_status_of_women_commission_whole_section_e_2007_27():
    # E/2007/27, chap. II: its heading, para. 1 and paras 57-59, paragraph by paragraph. Where
    # unreport differs: it numbers on from 1 (paras 2-56 are not on the page read), heads the action
    # "Action taken by the Commission" (the page shows no heading), and ends a revision list of one
    # with a full stop (the report's (a) ends in ";", its (b) being cut from the page).
    lines = printed(fixture("csw-report-2007.toml"))
    title = (
        "Follow-up to the Fourth World Conference on Women and to the twenty-third special session of the General"
        " Assembly entitled “Women 2000: gender equality, development and peace for the twenty-first century”"
    )
    assert lines[:3] == [
        "Chapter II",
        title,
        "1. The Commission considered item 3 of the agenda at its 1st, 2nd, 3rd, 4th, 5th, 6th, 7th, 8th, 9th, 10th,"
        " 11th and 13th meetings, on 26, 27, 28 February and 1, 2, 7 and 9 March.",
    ]
    assert lines[3] == "Action taken by the Commission"
    assert [line.split(". ", 1)[1] for line in lines[4:7]] == [
        "At the 11th meeting, on 7 March, the representative of Pakistan, on behalf of States Members of the United"
        " Nations that are members of the Group of 77 and China, introduced a draft resolution entitled “Situation of"
        " and assistance to Palestinian women” (E/CN.6/2007/L.2).",  # para. 57
        "At its 13th meeting, on 9 March, the Commission was advised that the draft resolution contained no programme"
        " budget implications.",  # para. 58
        "At the same meeting, the representative of Pakistan orally revised the text of the draft resolution as"
        " follows:",  # para. 59
    ]
    assert lines[7] == (
        "(a) In the seventh preambular paragraph, the word “on” was replaced by the word “in” after the words “from"
        " Israeli military operations”."
    )
    assert len(lines) == 8


# --- cpd -------------------------------------------------------------------------------------------


def test_the_population_commission_opens_the_report_with_its_introduction():
    # E/CN.9/1998/L.2, Introduction, para. 1: "The Commission on Population and Development held its
    # thirty-first session at United Nations Headquarters from 23 to 27 February 1998." Unreport
    # heads it "A. Opening and duration of the session" and counts the meetings after it.
    session = session_in(
        "cpd",
        'body = "Commission on Population and Development"\nbody_short = "Commission"\ntitle = "Thirty-first session"\n'
        'venue = "United Nations Headquarters"\ndates = [1998-02-23, 1998-02-27]\n'
        + '[[items]]\nkey = "3a"\nnumber = "3 (a)"\ntitle = "T"\nchapter = "II. Follow-up actions"\n'
        + '[organization]\nchapter = "Introduction"\n',
    )
    lines = printed(session)
    assert lines[0] == "Introduction"
    assert lines[2].startswith(
        "1. The Commission on Population and Development held its thirty-first session at United Nations Headquarters"
        " from 23 to 27 February 1998."
    )


def test_the_population_commission_whole_section_e_cn_9_1998_l_2():
    # E/CN.9/1998/L.2: the masthead and chapter II to the first words of para. 3, paragraph by
    # paragraph. Where unreport differs: the page has straight quotes and a hyphen in "23-27 February
    # 1998" (UN style now: “…” and an en dash); the Introduction and chapter I ("(To be completed)")
    # are not logged here; para. 3 is cut on the page after "the Director of the Populatio".
    session = fixture("cpd-draft-report-1998.toml")
    assert masthead(session) == [
        "E/CN.9/1998/L.2",
        "Economic and Social Council",
        "Distr.: Limited\n25 February 1998",
        "Original: English",
        "Commission on Population and Development\nThirty-first session\n23–27 February 1998\nAgenda item 7\n"
        "Adoption of the report of the Commission on its thirty-first session",
        "Draft report",
        "Vice-Chairman-cum-Rapporteur: Mr. William Toro Cabrera (Peru)",
    ]
    lines = printed(session)
    assert lines[:9] == [
        "Chapter II. Follow-up actions to the recommendations of the International Conference on Population and Development",
        "A. Health and mortality",
        "2. The Commission on Population and Development held a general discussion of item 3 (a) of its agenda, entitled"
        " “Follow-up actions to the recommendations of the International Conference on Population and Development:"
        " health and mortality”, at its 1st to 3rd meetings, on 23 and 24 February 1998. It had before it the following"
        " documents:",
        "(a) Concise report of the Secretary-General on world population monitoring, 1998: health and mortality (E/CN.9/1998/2);",
        "(b) Report of the Secretary-General on the monitoring of population programmes: programme experience in"
        " implementing health and mortality activities (E/CN.9/1998/3);",
        "(c) Report of the Administrative Committee on Coordination Task Force on Basic Social Services for All:"
        " health and mortality (E/CN.9/1998/4);",
        "(d) Report of the Secretary-General on the activities conducted by non-governmental organizations and"
        " intergovernmental organizations in sexual and reproductive health and rights: three years after the"
        " International Conference on Population and Development (E/CN.9/1998/5);",
        "(e) Report of the Secretary-General on the flows of financial resources for population activities (E/CN.9/1998/6).",
        lines[8],
    ]
    assert lines[8].startswith("3. At the 1st meeting, on 23 February, the Director of the Populatio")


# --- forms not found in a report, kept in the words of those that were --------------------------


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        ("cnd", "For its consideration of item 4, the Commission had before it the note by the Secretariat (E/CN.7/2025/3)."),
        ("csw", "It had before it the note by the Secretariat (E/CN.7/2025/3)."),
        ("ccpcj", "It had before it the note by the Secretariat (E/CN.7/2025/3)."),
    ],
)
def test_one_document_alone_in_the_words_of_the_list(profile, expected):
    # Not found in a report: the one-document sentence says what the lead of a list says
    # (E/2025/28 for the CND; E/2007/27, E/CN.9/1998/L.2 for the others)
    session = session_in(
        profile,
        CND
        + meetings({3: "2025-03-11"})
        + '[[items]]\nkey = "4"\nnumber = "4"\ntitle = "Title"\nmeetings = [3]\n'
        + '[[items.documents]]\ntitle = "Note by the Secretariat"\nsymbol = "E/CN.7/2025/3"\n',
    )
    assert printed(session)[0].endswith(" " + expected)


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        ("csw", "1. The Commission considered item 4 of the agenda."),
        (
            "cpd",
            # the body named as the session names it (here the CND's, with the cpd profile's wording)
            "1. The Commission on Narcotic Drugs held a general discussion of item 4 of its agenda, entitled “Title”.",
        ),
    ],
)
def test_an_item_with_no_meeting_yet_in_the_words_of_its_opening(profile, expected):
    # Not found in a report: the opening of an item with no meeting logged is the body's opening
    # (E/2007/27; E/CN.9/1998/L.2) without its meetings
    session = session_in(profile, CND + '[[items]]\nkey = "4"\nnumber = "4"\ntitle = "Title"\n')
    assert printed(session)[0] == expected
