"""The general exchange of views of the Scientific and Technical Subcommittee as its draft report
prints it ("D. General statements", A/AC.105/C.1/L.385/Add.1), and the grammar it needed: the
States listed after a colon without their articles, the speakers for groups in a sentence of their
own ("… and by the representative of Egypt on behalf of the Group of 77 and China."), an observer
the body names alone (the European Union); and a speaker for a group in a list of names keeps the
small article of its name ("Chile and the Niger (on behalf of …)", not "The Niger").

Where unreport prints a State's name otherwise than this report does, the expected text has
unreport's: today's name ("Türkiye"), and the full name of a Member State in a list ("United
Kingdom of Great Britain and Northern Ireland", as A/AC.105/933 lists it; this report wrote
"United Kingdom and United States")."""

from __future__ import annotations

from pathlib import Path

import pytest

from unreport_tui.core.profiles import ProfileError, load_profile
from unreport_tui.core.session_file.session import parse_session

from .builders import paragraphs
from .profile_reading import fixture

MEMBERS_2020 = (
    "Algeria, Australia, Austria, Brazil, Canada, Chile, China, Colombia, Costa Rica, Cuba, Czechia, Dominican "
    "Republic, Egypt, Finland, France, Germany, India, Indonesia, Iran (Islamic Republic of), Iraq, Israel, Italy, "
    "Japan, Kazakhstan, Kenya, Luxembourg, Mexico, Morocco, New Zealand, Nigeria, Pakistan, Paraguay, Peru, "
    "Philippines, Poland, Portugal, Republic of Korea, Romania, Russian Federation, Singapore, South Africa, Spain, "
    "Switzerland, Thailand, Türkiye, United Arab Emirates, United Kingdom of Great Britain and Northern Ireland and "
    "United States of America"
)


def test_the_general_statements_of_the_subcommittees_2020_draft_report_as_published():
    # A/AC.105/C.1/L.385/Add.1 (draft report of the Scientific and Technical Subcommittee on its
    # fifty-seventh session, 7 February 2020), "I. Introduction", "D. General statements", para. 1,
    # whole (para. 2, the presentations, is cut on the page read): no opening sentence, the members
    # listed after a colon, the groups' speakers, the European Union alone, the World Meteorological
    # Organization, then the Committee's permanent observers.
    assert paragraphs(fixture("copuos-stsc-2020-general-statements.toml")) == [
        "# D. General statements",
        "1. Statements were made by representatives of the following member States during the general exchange of "
        f"views: {MEMBERS_2020}. Statements were also made by the representative of South Africa on behalf of the "
        "Group of African States and by the representative of Egypt on behalf of the Group of 77 and China. The "
        "observer for the European Union made a statement. The observer for the World Meteorological Organization "
        "also made a statement. Additional statements were made by the observers for APSCO, CRTEAN, ESA, ESO, For All "
        "Moonkind, IAA, IAF, ISNET, ISPRS, ISU, the Moon Village Association, SGAC, UNISEC-Global and WSWA.",
    ]


def test_the_subcommittees_chapter_ii_keeps_its_sentences():
    # The same profile's other section (A/AC.105/C.1/L.385/Add.3, para. 2): its statements form does
    # not follow a colon, so the names keep their articles ("and the Republic of Korea").
    printed = paragraphs(fixture("copuos-stsc-2020-chapter-ii.toml"))
    assert printed[2] == (
        "2. The representatives of Chile, China, Germany, India, Indonesia, Japan and the Republic of Korea made "
        "statements under agenda item 5. The observer for CANEUS International also made a statement. During the "
        "general exchange of views, statements relating to the item were made by representatives of other member States."
    )


# --- a speaker for a group in a list of names ------------------------------------------------------


def _statement(speaker: str, on_behalf_of: str = "", role: str = "") -> str:
    lines = f'\n[[items.statements]]\nspeaker = "{speaker}"\n'
    lines += f'on_behalf_of = "{on_behalf_of}"\n' if on_behalf_of else ""
    return lines + (f'role = "{role}"\n' if role else "")


def _statements_paragraph(profile: str, *statements: str) -> str:
    """The paragraph that says who made statements on an item logged with ``statements``."""
    text = f'[session]\nprofile = "{profile}"\nbody = "Conference of the Parties"\nbody_short = "Conference"\n'
    text += '\n[[items]]\nkey = "2"\nnumber = "2"\ntitle = "Trafficking in persons"\n' + "".join(statements)
    return next(p for p in paragraphs(parse_session(text)) if "made" in p)


def test_a_speaker_for_a_group_keeps_the_small_article_of_its_name_in_the_list():
    # "The Niger" in the middle of a sentence: the form "{speaker} (on behalf of {group})" was
    # filled as if it opened a sentence, and the article of the State's name took a capital.
    printed = _statements_paragraph("untoc-cop", _statement("Chile"), _statement("Niger", "Group of African States"))
    assert printed.endswith(
        "Statements were made by the representatives of Chile and the Niger (on behalf of the Group of African States)."
    )


def _profile(tmp_path: Path, lines: str) -> str:
    path = tmp_path / "body.toml"
    path.write_text(f'[profile]\nname = "A body"\nextends = "untoc-cop"\n{lines}', encoding="utf-8")
    return str(path)


def test_the_speakers_for_groups_in_a_sentence_of_their_own_each_with_by(tmp_path):
    profile = _profile(tmp_path, "[statements]\ngroups_apart = true\n")
    one = _statements_paragraph(profile, _statement("Chile"), _statement("Niger", "Group of African States"))
    assert one.endswith(
        "A statement was made by the representative of Chile. A statement was also made by the representative of the "
        "Niger on behalf of the Group of African States."
    )
    three = _statements_paragraph(
        profile,
        _statement("Niger", "Group of African States"),
        _statement("Egypt", "Group of 77 and China"),
        _statement("European Union", "European Union and its member States", role="igo"),
        _statement("Japan"),
    )
    assert three.endswith(
        "A statement was made by the representative of Japan. Statements were also made by the representative of the "
        "Niger on behalf of the Group of African States, by the representative of Egypt on behalf of the Group of 77 "
        "and China and by the observer for the European Union on behalf of the European Union and its member States."
    )


def test_speakers_for_groups_who_spoke_alone_are_not_said_to_have_also_spoken(tmp_path):
    # "Statements were also made by …" with no sentence before it: "also" after nothing.
    profile = _profile(tmp_path, "[statements]\ngroups_apart = true\n")
    one = _statements_paragraph(profile, _statement("Niger", "Group of African States"))
    assert one.endswith("A statement was made by the representative of the Niger on behalf of the Group of African States.")
    two = _statements_paragraph(
        profile, _statement("Niger", "Group of African States"), _statement("Egypt", "Group of 77 and China")
    )
    assert two.endswith(
        "Statements were made by the representative of the Niger on behalf of the Group of African States and by the "
        "representative of Egypt on behalf of the Group of 77 and China."
    )
    observers = _statements_paragraph(
        profile, _statement("Niger", "Group of African States"), _statement("World Meteorological Organization", role="igo")
    )
    assert observers.endswith(  # the observers' sentence comes after the group's: it takes the "also"
        "A statement was made by the representative of the Niger on behalf of the Group of African States. "
        "The observer for the World Meteorological Organization also made a statement."
    )


def test_an_observer_the_body_names_alone_comes_before_the_other_observers(tmp_path):
    # "The observer for the European Union made a statement. The observer for the World
    # Meteorological Organization also made a statement." (A/AC.105/C.1/L.385/Add.1, para. 1)
    profile = _profile(tmp_path, '[statements.own_sentence]\n"European Union" = ""\n')
    printed = _statements_paragraph(
        profile,
        _statement("World Meteorological Organization", role="igo"),
        _statement("EU", role="igo"),
        _statement("Chile"),
    )
    assert printed.endswith(
        "A statement was made by the representative of Chile. The observer for the European Union made a statement. "
        "The observer for the World Meteorological Organization also made a statement."
    )


@pytest.mark.parametrize("form", ["group_statement", "group_statements", "group_statement_first", "group_statements_first"])
def test_a_group_sentence_without_its_speakers_is_refused(tmp_path, form):
    with pytest.raises(ProfileError) as caught:
        load_profile(_profile(tmp_path, f'[statements]\n{form} = "Statements were also made."\n'))
    assert f"statements.{form}" in str(caught.value) and "{speakers}" in str(caught.value)


@pytest.mark.parametrize(
    ("form", "printed"),
    [
        # The word before the list is said again before each speaker only when it is a small word.
        (
            "Statements were made by {speakers}.",
            "Statements were made by the representative of the Niger on behalf of the Group of African States and by "
            "the representative of Egypt on behalf of the Group of 77 and China.",
        ),
        (
            "Statements were made by: {speakers}.",
            "Statements were made by: the representative of the Niger on behalf of the Group of African States and "
            "the representative of Egypt on behalf of the Group of 77 and China.",
        ),
        (
            "{speakers} made statements.",
            "The representative of the Niger on behalf of the Group of African States and the representative of Egypt "
            "on behalf of the Group of 77 and China made statements.",
        ),
    ],
)
def test_the_word_before_the_speakers_of_groups_is_said_again_only_when_it_is_a_small_word(tmp_path, form, printed):
    profile = _profile(tmp_path, f'[statements]\ngroups_apart = true\ngroup_statements_first = "{form}"\n')
    paragraph = _statements_paragraph(
        profile, _statement("Niger", "Group of African States"), _statement("Egypt", "Group of 77 and China")
    )
    assert paragraph.endswith(printed)
