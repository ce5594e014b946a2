"""Body profiles: the masthead and the headings, as real reports of other bodies print them
(each test cites the report whose lines it asserts). The default profile's output is the golden
test's; here, a profile in ``tmp_path`` that extends it, named by path from the session file."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unreport_tui.core.model import SessionInfo
from unreport_tui.core.profiles import ProfileError, load_profile
from unreport_tui.core.rendered import Heading
from unreport_tui.core.rendering.report import render_report
from unreport_tui.core.session_file.session import parse_session, session_to_toml
from unreport_tui.core.session_file.tables import SessionFileError
from unreport_tui.exporters.akn import export_akn
from unreport_tui.exporters.html import export_html
from unreport_tui.exporters.markdown import export_markdown
from unreport_tui.exporters.text import export_text, masthead_lines
from unreport_tui.exporters.word import export_docx
from unreport_tui.storage.records import _info, info_record

from .akn_schema import akn_schema
from .hypothesis_budget import examples
from .word_text import word_lines


def _session(tmp_path: Path, profile: str, session: str, items: str = ""):
    (tmp_path / "body.toml").write_text('[profile]\nname = "A body"\nextends = "untoc-cop"\n' + profile, encoding="utf-8")
    text = f'[session]\nprofile = "body.toml"\n{session}\n{items}'
    return parse_session(text, tmp_path)


# E/CN.9/1998/L.2, the draft report of the Commission on Population and Development on its
# thirty-first session: its masthead, line by line.
CPD_PROFILE = """
[masthead]
parent = "Economic and Social Council"
dates_line = "dates"
rapporteur_office = "Vice-Chairman-cum-Rapporteur"
"""
CPD_SESSION = """
body = "Commission on Population and Development"
title = "Thirty-first session"
venue = "United Nations Headquarters"
dates = [1998-02-23, 1998-02-27]
symbol = "E/CN.9/1998/L.2"
issued = 1998-02-25
rapporteur = "Mr. William Toro Cabrera"
rapporteur_country = "Peru"
report_item = { number = "7", title = "Adoption of the report of the Commission on its thirty-first session" }
"""


def test_a_commission_of_the_council_has_the_council_above_it_its_dates_alone_and_its_agenda_item(tmp_path):
    session = _session(tmp_path, CPD_PROFILE, CPD_SESSION)
    assert masthead_lines(render_report(session)) == [
        "E/CN.9/1998/L.2",
        "Economic and Social Council",
        "Distr.: Limited\n25 February 1998",
        "Original: English",
        "Commission on Population and Development\nThirty-first session\n23–27 February 1998\nAgenda item 7\n"
        "Adoption of the report of the Commission on its thirty-first session",
        "Draft report",
        "Vice-Chairman-cum-Rapporteur: Mr. William Toro Cabrera (Peru)",
    ]


def test_the_sessions_own_office_and_parent_win_over_the_profiles(tmp_path):
    # A/HRC/15/L.10: "Vice-President and Rapporteur: Ms. Bente Angell-Hansen (Norway)", under the
    # General Assembly.
    session = _session(
        tmp_path,
        CPD_PROFILE,
        'body = "Human Rights Council"\nparent = "General Assembly"\nrapporteur_office = "Vice-President and Rapporteur"\n'
        'rapporteur = "Ms. Bente Angell-Hansen"\nrapporteur_country = "Norway"',
    )
    lines = masthead_lines(render_report(session))
    assert lines[0] == "General Assembly"
    assert "Vice-President and Rapporteur: Ms. Bente Angell-Hansen (Norway)" in lines


# A/HRC/15/L.10, the Human Rights Council's draft report on its fifteenth session: it carries the
# report's own title, and no dates line.
HRC_PROFILE = """
[masthead]
parent = "General Assembly"
title = "Report of {body} on its {session}"
dates_line = "none"
rapporteur_office = "Vice-President and Rapporteur"
"""


def test_a_title_form_names_the_body_and_its_session(tmp_path):
    session = _session(
        tmp_path,
        HRC_PROFILE,
        'body = "Human Rights Council"\ntitle = "Fifteenth session"\nvenue = "Geneva"\ndates = [2010-09-13, 2010-10-01]\n'
        'symbol = "A/HRC/15/L.10"\ndistribution = "General"\n'
        'report_item = { number = "1", title = "Organizational and procedural matters" }\n'
        'rapporteur = "Ms. Bente Angell-Hansen"\nrapporteur_country = "Norway"',
    )
    assert masthead_lines(render_report(session))[1:] == [
        "General Assembly",
        "Distr.: General",
        "Original: English",
        "Human Rights Council\nFifteenth session\nAgenda item 1\nOrganizational and procedural matters",
        "Report of the Human Rights Council on its fifteenth session",
        "Vice-President and Rapporteur: Ms. Bente Angell-Hansen (Norway)",
    ]


# TD/B/EX(41)/3, the report of the Trade and Development Board on its forty-first executive
# session: "Geneva, 18–20 April 2007", "Agenda item 8", the title, then "Held at the Palais des
# Nations, Geneva, from 18 to 20 April 2007", "Rapporteur: Ms. Ana Inés Rocanova (Uruguay)".
TDB_PROFILE = """
[masthead]
parent = "United Nations Conference on Trade and Development"
title = "Report of {body} on its {session}"
dates_line = "city and dates"
held_line = true
"""


def test_the_held_line_stands_under_the_title(tmp_path):
    session = _session(
        tmp_path,
        TDB_PROFILE,
        'body = "Trade and Development Board"\ntitle = "Forty-first executive session"\n'
        'venue = "Palais des Nations, Geneva"\ndates = [2007-04-18, 2007-04-20]\nsymbol = "TD/B/EX(41)/3"\n'
        'report_item = { number = "8" }\nrapporteur = "Ms. Ana Inés Rocanova"\nrapporteur_country = "Uruguay"',
    )
    lines = masthead_lines(render_report(session))
    assert lines[1] == "United Nations Conference on Trade and Development"
    assert lines[-3:] == [
        "Trade and Development Board\nForty-first executive session\nGeneva, 18–20 April 2007\nAgenda item 8",
        "Report of the Trade and Development Board on its forty-first executive session\n"
        "Held at the Palais des Nations, Geneva, from 18 to 20 April 2007",
        "Rapporteur: Ms. Ana Inés Rocanova (Uruguay)",
    ]


def test_no_held_line_when_the_venue_or_the_dates_are_not_known(tmp_path):
    session = _session(tmp_path, TDB_PROFILE, 'body = "Trade and Development Board"\nvenue = "Palais des Nations, Geneva"')
    assert not any("Held" in line for line in masthead_lines(render_report(session)))


# E/1995/27, the Commission on Population and Development's report on its twenty-eighth session:
# "Report on the twenty-eighth session" and "(21 February-2 March 1995)" (UN style now: an en dash).
def test_a_final_report_has_its_own_title_and_no_distribution_line(tmp_path):
    session = _session(
        tmp_path,
        '[masthead]\nfinal_title = "Report on the {session} ({dates})"\ndates_line = "none"\n',
        'body = "Commission on Population and Development"\ntitle = "Twenty-eighth session"\n'
        "dates = [1995-02-21, 1995-03-02]\ndraft = false",
    )
    lines = masthead_lines(render_report(session))
    assert "Report on the twenty-eighth session (21 February–2 March 1995)" in lines
    assert not any(line.startswith("Distr.") for line in lines)


def test_a_final_report_of_a_general_assembly_committee_keeps_its_distribution_line(tmp_path):
    # A/62/415, the report of the Second Committee: "Distr.: General", "Report of the Second Committee".
    session = _session(
        tmp_path,
        '[masthead]\nfinal_distribution = true\nfinal_title = "Report of {body}"\n',
        'body = "Second Committee"\ndistribution = "General"\nissued = 2007-11-30\ndraft = false',
    )
    lines = masthead_lines(render_report(session))
    assert "Distr.: General\n30 November 2007" in lines
    assert "Report of the Second Committee" in lines


def test_a_general_assembly_committee_is_named_by_its_title_under_the_assembly(tmp_path):
    # A/62/415: "General Assembly", "Distr.: General", "30 November 2007", "Original: English",
    # "Sixty-second session", "Agenda item 41", its title, "Report of the Second Committee",
    # "Rapporteur: Ms. Tamar Tchitanava (Georgia)".
    title = (
        "Permanent sovereignty of the Palestinian people in the Occupied Palestinian Territory, including East "
        "Jerusalem, and of the Arab population in the occupied Syrian Golan over their natural resources"
    )
    session = _session(
        tmp_path,
        '[masthead]\nparent = "General Assembly"\nbody_under_parent = false\nfinal_distribution = true\n'
        'final_title = "Report of {body}"\ndates_line = "none"\n',
        f'body = "Second Committee"\ntitle = "Sixty-second session"\n'
        f'symbol = "A/62/415"\ndistribution = "General"\nissued = 2007-11-30\n'
        f'draft = false\nreport_item = {{ number = "41", title = "{title}" }}\n'
        f'rapporteur = "Ms. Tamar Tchitanava"\nrapporteur_country = "Georgia"',
    )
    assert masthead_lines(render_report(session)) == [
        "A/62/415",
        "General Assembly",
        "Distr.: General\n30 November 2007",
        "Original: English",
        f"Sixty-second session\nAgenda item 41\n{title}",
        "Report of the Second Committee",
        "Rapporteur: Ms. Tamar Tchitanava (Georgia)",
    ]


def test_the_report_item_above_the_dates_line(tmp_path):
    # A/HRC/7/78 (2008): "Human Rights Council", "Seventh session", "Agenda item 1", "Organizational and
    # procedural matters", "3 March-1 April 2008" (UN style now: an en dash).
    session = _session(
        tmp_path,
        '[masthead]\nparent = "General Assembly"\ndates_line = "dates"\nitem_before_dates = true\n',
        'body = "Human Rights Council"\ntitle = "Seventh session"\ndates = [2008-03-03, 2008-04-01]\n'
        'report_item = { number = "1", title = "Organizational and procedural matters" }',
    )
    assert (
        "Human Rights Council\nSeventh session\nAgenda item 1\nOrganizational and procedural matters\n3 March–1 April 2008"
        in masthead_lines(render_report(session))
    )


def test_the_dates_line_in_parentheses(tmp_path):
    session = _session(
        tmp_path,
        '[masthead]\ndates_line = "dates"\ndates_in_parentheses = true\n',
        'body = "Commission on Population and Development"\ndates = [1995-02-21, 1995-03-02]',
    )
    assert "(21 February–2 March 1995)" in masthead_lines(render_report(session))


def test_a_title_form_the_session_cannot_fill_says_what_is_wanted(tmp_path):
    session = _session(tmp_path, '[masthead]\ntitle = "Report of {body} on its {session} ({dates})"\n', 'body = "Board"')
    assert "Report of the Board on its [session] ([dates])" in masthead_lines(render_report(session))


def test_the_sessions_report_title_is_printed_as_typed(tmp_path):
    session = _session(tmp_path, HRC_PROFILE, 'body = "Human Rights Council"\nreport_title = "Draft report of the Council"')
    assert "Draft report of the Council" in masthead_lines(render_report(session))


def test_the_default_masthead_is_unchanged_by_the_new_keys_left_out():
    session = parse_session(
        '[session]\nbody = "Conference"\nrapporteur = "A. B."\nvenue = "Vienna"\ndates = [2010-10-18, 2010-10-22]'
    )
    assert masthead_lines(render_report(session)) == [
        "Conference",
        "Distr.: Limited",
        "Original: English",
        "Vienna, 18–22 October 2010",
        "Draft report",
        "Rapporteur: A. B.",
    ]


def test_a_profile_title_with_a_placeholder_it_does_not_offer_is_refused_in_one_line(tmp_path):
    (tmp_path / "bad.toml").write_text('[profile]\nname = "x"\n\n[masthead]\ntitle = "Draft report {symbol}"\n', encoding="utf-8")
    with pytest.raises(ProfileError) as error:
        load_profile(str(tmp_path / "bad.toml"))
    message = str(error.value)
    assert "\n" not in message
    assert "bad.toml:5" in message and "masthead.title" in message and "{symbol}" in message and "{session}" in message


def test_a_held_form_without_the_period_is_refused(tmp_path):
    (tmp_path / "bad.toml").write_text('[profile]\nname = "x"\n\n[masthead]\nheld = "Held {venue}"\n', encoding="utf-8")
    with pytest.raises(ProfileError, match=r"masthead\.held.*missing placeholder \{period\}"):
        load_profile(str(tmp_path / "bad.toml"))


def test_a_subcommittee_has_its_committee_above_its_name(tmp_path):
    # A/AC.105/C.1/L.385/Add.3, the Scientific and Technical Subcommittee's draft report (2020):
    # "General Assembly" beside "Distr.: Limited", then "Committee on the Peaceful Uses of Outer
    # Space", "Scientific and Technical Subcommittee", "Fifty-seventh session", "Vienna, 3–14 February
    # 2020", "Draft report".
    session = _session(
        tmp_path,
        '[masthead]\nparent = "General Assembly"\n',
        'body = "Scientific and Technical Subcommittee"\nreports_to = "Committee on the Peaceful Uses of Outer Space"\n'
        'title = "Fifty-seventh session"\nvenue = "Vienna"\ndates = [2020-02-03, 2020-02-14]\n'
        'symbol = "A/AC.105/C.1/L.385/Add.3"\nissued = 2020-02-12\naddendum = true',
    )
    assert masthead_lines(render_report(session)) == [
        "A/AC.105/C.1/L.385/Add.3",
        "General Assembly",
        "Distr.: Limited\n12 February 2020",
        "Original: English",
        "Committee on the Peaceful Uses of Outer Space\nScientific and Technical Subcommittee\nFifty-seventh session\n"
        "Vienna, 3–14 February 2020",
        "Draft report",
        "Addendum",
    ]


# ---- the session file and the database keep the new keys


def test_the_new_session_keys_round_trip(tmp_path):
    session = _session(
        tmp_path,
        CPD_PROFILE,
        CPD_SESSION + 'parent = "Economic and Social Council"\nreports_to = "Committee"\ndraft = false\n'
        'report_title = "Report"\nrapporteur_office = "Rapporteur"',
        '[[items]]\nkey = "a"\nnumber = "1"\ntitle = "T"\npart = "Part two: Summary of proceedings"\n',
    )
    again = parse_session(session_to_toml(session), tmp_path)
    assert again == session
    info = again.info
    assert (info.parent, info.report_item_number, info.draft, again.items[0].part) == (
        "Economic and Social Council",
        "7",
        False,
        "Part two: Summary of proceedings",
    )


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('report_item = { number = "7", titel = "x" }', "session.report_item.titel: unknown key; expected one of number, title"),
        ('report_item = { title = "x" }', "session.report_item.number: missing"),
        ('report_item = "7"', 'session.report_item = "7": expected a table such as'),
        ("draft = 0", "session.draft = 0: expected true or false"),
        ("parent = 1", "session.parent = 1: expected text in quotes"),
    ],
)
def test_a_bad_new_session_key_is_refused_in_one_line_with_its_line(text, says):
    with pytest.raises(SessionFileError) as error:
        parse_session(f'[session]\nbody = "B"\n{text}\n')
    assert says in str(error.value)
    assert error.value.line == 3


def test_the_database_keeps_the_masthead_keys_and_an_older_one_opens_with_the_defaults(tmp_path):
    info = SessionInfo(
        body="Commission",
        parent="Economic and Social Council",
        reports_to="Committee",
        report_title="Report",
        report_item_number="7",
        report_item_title="Adoption of the report",
        rapporteur_office="Vice-Chair-cum-Rapporteur",
        draft=False,
    )
    record = info_record(info, [])
    assert _info(tmp_path / "x.json", record)[0] == info
    older = {
        k: v
        for k, v in record.items()
        if k
        not in ("parent", "reports_to", "report_title", "report_item_number", "report_item_title", "rapporteur_office", "draft")
    }
    assert _info(tmp_path / "x.json", older)[0] == SessionInfo(body="Commission")


# ---- headings

HEADINGS_ITEMS = """
[[items]]
key = "org"
number = "1"
title = "Organizational and procedural matters"
part = "Part Two: Summary of proceedings"
chapter = "I."
[[items]]
key = "a"
number = "3"
title = "Follow-up actions to the recommendations of the International Conference on Population and Development"
part = "Part Two: Summary of proceedings"
chapter = "II."
section = "Health and mortality"
[[items]]
key = "b"
number = "4"
title = "Programme questions"
chapter = "II."
section = "Programme questions"
"""


def _headings(tmp_path: Path, profile: str) -> list[Heading]:
    doc = render_report(_session(tmp_path, profile, 'body = "Commission"', HEADINGS_ITEMS))
    return [b for b in doc.blocks if isinstance(b, Heading)]


def test_a_part_heading_is_printed_once_over_the_chapters_that_follow(tmp_path):
    # A/HRC/26/2: "Part Two: Summary of proceedings" over "I. Organizational and procedural matters".
    headings = _headings(tmp_path, "")
    assert [(h.level, h.text) for h in headings][:2] == [
        (0, "Part Two: Summary of proceedings"),
        (1, "I. Organizational and procedural matters"),
    ]
    assert [h.text for h in headings].count("Part Two: Summary of proceedings") == 1


def test_chapter_on_its_own_line_above_the_title(tmp_path):
    # E/2007/27 (Commission on the Status of Women): "Chapter II" on a line of its own, the title under it.
    headings = _headings(tmp_path, '[headings]\nchapter_numeral = "own line"\n')
    chapter = next(h for h in headings if h.item_key == "a" and h.level == 1)
    assert (chapter.label, chapter.text) == (
        "Chapter II",
        "Follow-up actions to the recommendations of the International Conference on Population and Development",
    )
    assert (
        export_text(render_report(_session(tmp_path, '[headings]\nchapter_numeral = "own line"\n', "", HEADINGS_ITEMS))).count(
            "Chapter II\nFollow-up actions"
        )
        == 1
    )


@pytest.mark.parametrize(
    "way, titled, numeral_alone",
    [
        (
            "own line",
            Heading(1, "Indigenous peoples and ILO Convention No. 169", "a", label="Chapter IV"),
            Heading(1, "Chapter IV", "a"),
        ),
        (
            "on the title's line",
            Heading(1, "Chapter IV. Indigenous peoples and ILO Convention No. 169", "a"),
            Heading(1, "Chapter IV", "a"),
        ),
    ],
)
def test_a_chapter_heading_keeps_its_title_whole_and_its_item_under_it_however_the_numeral_stands(
    tmp_path, way, titled, numeral_alone
):
    from unreport_tui.core.rendering.headings import chapter_heading_block

    path = tmp_path / "h.toml"
    path.write_text(f'[headings]\nchapter_numeral = "{way}"\nchapter_item = true\n', encoding="utf-8")
    profile = load_profile(str(path))
    under = "(Agenda item 4)"
    assert chapter_heading_block(
        profile, "IV. Indigenous peoples and ILO Convention No. 169", "", "a", "4"
    ) == dataclasses.replace(titled, under=under)
    assert chapter_heading_block(profile, "IV", "Indigenous peoples and ILO Convention No. 169", "a", "4") == dataclasses.replace(
        titled, under=under
    )
    assert chapter_heading_block(profile, "IV.", "", "a", "4") == dataclasses.replace(numeral_alone, under=under)
    assert chapter_heading_block(profile, "IV.", "", "a") == numeral_alone  # no item: no line under it


def test_chapter_and_lettered_sections_as_a_commission_heads_them(tmp_path):
    # E/CN.9/1998/L.2: "Chapter II. Follow-up actions to the recommendations of the International
    # Conference on Population and Development", then "A. Health and mortality".
    headings = _headings(tmp_path, '[headings]\nchapter_numeral = "on the title\'s line"\nlettered_sections = true\n')
    assert [h.text for h in headings if h.item_key in ("a", "b")] == [
        "Chapter II. Follow-up actions to the recommendations of the International Conference on Population and Development",
        "A. Health and mortality",
        "B. Programme questions",
    ]


def test_a_section_typed_with_its_letter_keeps_it(tmp_path):
    session = _session(
        tmp_path,
        "[headings]\nlettered_sections = true\n",
        "",
        '[[items]]\nkey = "a"\nnumber = "2 (b)"\ntitle = "T"\nchapter = "IV. Review"\nsection = "B. Protocol"\n',
    )
    assert [b.text for b in render_report(session).blocks if isinstance(b, Heading)] == ["IV. Review", "B. Protocol"]


def test_the_agenda_item_under_a_section_heading(tmp_path):
    # TD/B/53/L.2/Add.6 (the Trade and Development Board's draft report, 2006): the section
    # "Report on UNCTAD’s assistance to the Palestinian people" with "(Agenda Item 7 (b))" under it.
    session = _session(
        tmp_path,
        '[headings]\nsection_item = true\nsection_item_line = "(Agenda Item {item})"\n',
        "",
        '[[items]]\nkey = "a"\nnumber = "7 (b)"\ntitle = "T"\nsection = "Report on UNCTAD’s assistance to the Palestinian people"\n',
    )
    heading = next(b for b in render_report(session).blocks if isinstance(b, Heading))
    assert heading.lines == ["Report on UNCTAD’s assistance to the Palestinian people", "(Agenda Item 7 (b))"]


def test_the_agenda_item_under_a_chapter_heading(tmp_path):
    # The Trade and Development Board's report on its eleventh executive session (1995): "II. Reports
    # and activities of the subsidiary bodies of the Board: matters requiring action", "(Agenda item 4)".
    session = _session(
        tmp_path,
        "[headings]\nchapter_item = true\n",
        "",
        '[[items]]\nkey = "a"\nnumber = "4"\ntitle = "Reports and activities of the subsidiary bodies of the Board: '
        'matters requiring action"\nchapter = "II."\n',
    )
    heading = next(b for b in render_report(session).blocks if isinstance(b, Heading))
    assert heading.lines == [
        "II. Reports and activities of the subsidiary bodies of the Board: matters requiring action",
        "(Agenda item 4)",
    ]


# ---- every format prints the new lines


@pytest.fixture
def everything(tmp_path):
    profile = (
        CPD_PROFILE
        + TDB_PROFILE.replace("[masthead]\n", "").replace("parent = ", "# ").replace("dates_line = ", "# ")
        + ('\n[headings]\nchapter_numeral = "own line"\nsection_item = true\n')
    )
    return render_report(
        _session(
            tmp_path, profile, CPD_SESSION.replace("United Nations Headquarters", "Palais des Nations, Geneva"), HEADINGS_ITEMS
        )
    )


NEW_LINES = [
    "Economic and Social Council",
    "Agenda item 7",
    "Held at the Palais des Nations, Geneva, from 23 to 27 February 1998",
    "Vice-Chairman-cum-Rapporteur",
    "Part Two: Summary of proceedings",
    "Chapter II",
    "(Agenda item 3)",
]


@pytest.mark.parametrize("export", [export_text, export_markdown, export_html, export_akn])
def test_every_format_prints_the_new_lines(everything, export):
    out = export(everything)
    for line in NEW_LINES:
        assert line in out, line


def test_word_prints_the_new_lines(everything):
    lines = word_lines(export_docx(everything))
    for line in NEW_LINES:
        assert any(line in x for x in lines), line
    assert lines.index("Chapter II") + 1 == lines.index(
        "Follow-up actions to the recommendations of the International Conference on Population and Development"
    )


def test_the_akn_file_with_the_new_lines_is_valid(everything, tmp_path):
    path = tmp_path / "x.xml"
    path.write_text(export_akn(everything), encoding="utf-8")
    akn_schema().validate(str(path))


def test_an_empty_parent_adds_nothing(tmp_path):
    doc = render_report(_session(tmp_path, "", 'body = "Conference"'))
    assert doc.masthead is not None
    assert dataclasses.replace(doc.masthead).session_lines == []
    assert "<p></p>" not in export_html(doc)


# ---- every combination of the settings renders in every format

_CHOICES = st.fixed_dictionaries(
    {
        "dates_line": st.sampled_from(["venue and dates", "city and dates", "dates", "none"]),
        "held_line": st.booleans(),
        "dates_in_parentheses": st.booleans(),
        "final_distribution": st.booleans(),
        "body_under_parent": st.booleans(),
        "item_before_dates": st.booleans(),
        "chapter_numeral": st.sampled_from(["before the title", "on the title's line", "own line"]),
        "chapter_item": st.booleans(),
        "section_item": st.booleans(),
        "lettered_sections": st.booleans(),
    }
)
# Not codec="utf-8": the same characters (none of these is a surrogate), and Hypothesis finds a
# codec's characters by encoding all 1.1 million, 2 s in each worker of a fresh clone.
_TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=12)
_written = itertools.count()


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(choices=_CHOICES, parent=_TEXT, part=_TEXT, section=_TEXT, draft=st.booleans(), item=_TEXT)
def test_every_combination_of_the_settings_renders_in_every_format(tmp_path, choices, parent, part, section, draft, item):
    def toml(value: object) -> str:
        return tomli_w.dumps({"v": value})[4:].strip()

    masthead = {
        k: v
        for k, v in choices.items()
        if k
        in ("dates_line", "held_line", "dates_in_parentheses", "final_distribution", "body_under_parent", "item_before_dates")
    }
    headings = {k: v for k, v in choices.items() if k not in masthead}
    profile = "[masthead]\n" + "".join(f"{k} = {toml(v)}\n" for k, v in masthead.items())
    profile += "[headings]\n" + "".join(f"{k} = {toml(v)}\n" for k, v in headings.items())
    folder = tmp_path / str(next(_written))
    folder.mkdir()
    report_item = f"report_item = {{ number = {toml(item)} }}\n" if item.strip() else ""
    session = _session(
        folder,
        profile,
        f'body = "Board"\ntitle = "Fifth session"\nvenue = "Palais des Nations, Geneva"\ndates = [2007-04-18, 2007-04-20]\n'
        f"parent = {toml(parent)}\ndraft = {toml(draft)}\n{report_item}",
        f'[[items]]\nkey = "a"\nnumber = "3"\ntitle = "T"\nchapter = "II."\npart = {toml(part)}\nsection = {toml(section)}\n'
        '[[items]]\nkey = "b"\nnumber = "4"\ntitle = "U"\nchapter = "III. V"\nsection = "W"\n',
    )
    doc = render_report(session)
    for export in (export_text, export_markdown, export_html, export_akn, export_docx):
        assert export(doc)
    assert parse_session(session_to_toml(session), folder) == session


def test_the_organization_chapter_is_headed_as_the_others(tmp_path):
    # E/2007/27 heads its chapters "Chapter II" on a line of its own: the organization chapter too
    # (its numeral here is the test's).
    session = _session(
        tmp_path,
        '[headings]\nchapter_numeral = "own line"\n',
        'body = "Commission"\ntitle = "Fifty-first session"',
        '[[items]]\nkey = "a"\nnumber = "1"\ntitle = "T"\nchapter = "I."\n\n[organization]\nchapter = "VI."\n',
    )
    chapters = [(h.label, h.text) for h in render_report(session).blocks if isinstance(h, Heading) and h.level == 1]
    assert ("Chapter VI", "Organization of the session") in chapters


def test_the_new_session_data_and_an_items_part_are_undoable_steps_kept_in_the_database(tmp_path, demo_session):
    import datetime as dt

    from unreport_tui.logbook import Logbook
    from unreport_tui.storage import open_store

    store = open_store(tmp_path / "n.json")
    store.replace(demo_session)
    book = Logbook(store, lambda: dt.datetime(2026, 1, 1, 10, 0))
    key = demo_session.items[0].key
    book.edit_session(
        parent="Economic and Social Council", report_item_number="7", rapporteur_office="Vice-Chair-cum-Rapporteur", draft=False
    )
    book.edit_item(key, part="Part two: Summary of proceedings")
    store.close()
    reopened = open_store(tmp_path / "n.json")
    session = reopened.load()
    assert (session.info.parent, session.info.report_item_number, session.info.rapporteur_office, session.info.draft) == (
        "Economic and Social Council",
        "7",
        "Vice-Chair-cum-Rapporteur",
        False,
    )
    assert session.item(key).part == "Part two: Summary of proceedings"
    reopened.close()
    store = open_store(tmp_path / "n.json")
    book = Logbook(store, lambda: dt.datetime(2026, 1, 1, 10, 0))
    book.edit_session(parent="General Assembly")
    book.edit_item(key, part="Part one")
    book.undo()
    book.undo()
    assert store.load().info.parent == "Economic and Social Council"
    assert store.load().item(key).part == "Part two: Summary of proceedings"
    store.close()


def test_a_form_written_with_its_own_stop_or_colon_gets_one(tmp_path):
    session = _session(
        tmp_path,
        '[headings]\nchapter_numeral = "on the title\'s line"\nchapter = "Chapter {numeral}."\n',
        'body = "Commission"\nrapporteur = "Mr. X"\nrapporteur_office = "Vice-Chair-cum-Rapporteur:"',
        '[[items]]\nkey = "a"\nnumber = "1"\ntitle = "T"\nchapter = "II. Title"\n',
    )
    doc = render_report(session)
    assert [b.text for b in doc.blocks if isinstance(b, Heading)] == ["Chapter II. Title"]
    assert "Vice-Chair-cum-Rapporteur: Mr. X" in masthead_lines(doc)


def test_a_part_over_the_organization_chapter_stands_above_it(tmp_path):
    # A/HRC/26/2: "Part Two: Summary of proceedings", then "I. Organizational and procedural matters",
    # whose sections include "A. Opening and duration of the session".
    session = _session(
        tmp_path,
        "",
        'body = "Human Rights Council"\ntitle = "Twenty-sixth session"',
        '[[items]]\nkey = "officers"\nnumber = "1"\ntitle = "Election of officers"\nchapter = "I. Organizational and '
        'procedural matters"\npart = "Part Two: Summary of proceedings"\n'
        '[[items]]\nkey = "b"\nnumber = "2"\ntitle = "Annual report"\nchapter = "II."\npart = "Part Two: Summary of proceedings"\n'
        '\n[organization]\nchapter = "I. Organizational and procedural matters"\n',
    )
    headings = [(h.level, h.text) for h in render_report(session).blocks if isinstance(h, Heading) and h.level < 2]
    assert headings == [
        (0, "Part Two: Summary of proceedings"),
        (1, "I. Organizational and procedural matters"),
        (1, "II. Annual report"),
    ]


def test_a_form_writing_the_article_before_the_body_is_refused_in_one_line(tmp_path):
    # {body} is "the Trade and Development Board": "of the {body}" would print "of the the …".
    (tmp_path / "bad.toml").write_text(
        '[profile]\nname = "x"\n\n[masthead]\ntitle = "Draft report of the {body} on its {session}"\n', encoding="utf-8"
    )
    with pytest.raises(ProfileError) as error:
        load_profile(str(tmp_path / "bad.toml"))
    assert "\n" not in str(error.value)
    assert "bad.toml:5" in str(error.value) and "masthead.title" in str(error.value)
    assert "write {body}, not the {body}" in str(error.value)
