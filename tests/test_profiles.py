"""Body profiles as a secretariat officer writes them: a TOML file that extends another, checked
key by key, whose forms the report then follows. Every refusal is one line naming the file, the
line, the key and what was expected."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unreport_tui.core.profiles import (
    DEFAULT_PROFILE,
    SECTIONS,
    Form,
    ProfileError,
    fill,
    list_profiles,
    load_profile,
    parse_profile,
    shipped_profiles_dir,
    user_profiles_dir,
)
from unreport_tui.core.rendered import Run
from unreport_tui.core.session_file.session import load_session_file, parse_session, session_to_toml
from unreport_tui.core.session_file.tables import SessionFileError

from .builders import paragraphs, said, session_with
from .hypothesis_budget import examples


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def refusal(tmp_path: Path, text: str) -> str:
    path = write(tmp_path / "body.toml", text)
    with pytest.raises(ProfileError) as caught:
        load_profile(str(path))
    message = str(caught.value)
    assert "\n" not in message
    return message


# --- the default ------------------------------------------------------------------


def test_the_default_profile_sets_every_key_and_is_listed_first():
    profile = load_profile()
    assert profile.id == DEFAULT_PROFILE
    for name, section in SECTIONS.items():
        assert set(profile.values[name]) == set(section.settings), name
    assert list_profiles()[0].id == DEFAULT_PROFILE


def test_a_profile_changes_the_sentence_and_nothing_else(tmp_path):
    # "The representatives of … made statements under agenda item 8." (A/AC.105/1260, para. 170)
    write(
        tmp_path / "subcommittee.toml",
        '[profile]\nname = "A subcommittee"\nextends = "untoc-cop"\n\n'
        '[statements]\nmembers = "The representatives of {speakers} made statements under agenda item 1."\n',
    )
    before = paragraphs(session_with(meetings=[4], statements=[said("Chile"), said("Niger")]))
    after = paragraphs(
        session_with(meetings=[4], statements=[said("Chile"), said("Niger")], profile=str(tmp_path / "subcommittee.toml"))
    )
    assert after[1] == "2. The representatives of Chile and the Niger made statements under agenda item 1."
    assert before[1] == "2. Statements were made by the representatives of Chile and the Niger."
    assert after[0] == before[0]


def test_a_profile_without_extends_builds_on_the_default(tmp_path):
    path = write(tmp_path / "mine.toml", '[opening]\ndocuments = "It had before it the following documents:"\n')
    profile = load_profile(str(path))
    assert profile.extends == DEFAULT_PROFILE
    assert profile.form("opening", "documents") == "It had before it the following documents:"
    assert profile.form("statements", "members") == load_profile().form("statements", "members")


def test_a_chain_of_profiles_each_setting_what_differs(tmp_path):
    write(tmp_path / "base.toml", '[statements]\nmember = "The representative of {speakers} spoke."\n')
    write(tmp_path / "child.toml", '[profile]\nextends = "base.toml"\n[statements]\nmembers = "{speakers} spoke."\n')
    profile = load_profile(str(tmp_path / "child.toml"))
    assert profile.form("statements", "member") == "The representative of {speakers} spoke."
    assert profile.form("statements", "members") == "{speakers} spoke."


def test_an_id_there_is_not_is_refused_naming_those_there_are_the_default_first():
    write(user_profiles_dir() / "ours.toml", '[profile]\nname = "Ours"\n')
    with pytest.raises(ProfileError) as refused:
        load_profile("nosuch")
    listed = str(refused.value).split("lists them (", 1)[1].split(")", 1)[0].split(", ")
    assert listed[0] == DEFAULT_PROFILE
    assert listed[1:] == sorted(listed[1:]) and "ours" in listed and "cnd" in listed


def test_each_profile_listed_says_where_it_comes_from_and_a_broken_one_has_no_description():
    write(user_profiles_dir() / "broken.toml", "[statements]\nmembers = 3\n")
    entries = {e.id: e for e in list_profiles()}
    assert entries[DEFAULT_PROFILE].source == entries["cnd"].source == "shipped"
    assert (entries["broken"].source, entries["broken"].name, entries["broken"].description) == ("yours", "broken", "")


def test_the_users_profiles_are_found_by_id_and_listed():
    write(user_profiles_dir() / "my-body.toml", '[profile]\nname = "My body"\ndescription = "Ours"\n')
    assert load_profile("my-body").name == "My body"
    entry = next(e for e in list_profiles() if e.id == "my-body")
    assert (entry.source, entry.description, entry.problem) == ("yours", "Ours", "")


def test_a_profile_of_yours_that_extends_an_id_there_is_not_is_listed_with_its_problem():
    # It once sent the listing round in circles: the refusal listed the ids by loading every profile.
    write(user_profiles_dir() / "ours.toml", '[profile]\nextends = "nosuchprofile"\n')
    entry = next(e for e in list_profiles() if e.id == "ours")
    assert 'profile.extends = "nosuchprofile": no profile "nosuchprofile"' in entry.problem
    with pytest.raises(ProfileError, match='no profile "nosuch"; `unreport profiles` lists them'):
        load_profile("nosuch")


def test_a_broken_profile_is_listed_with_its_problem():
    write(user_profiles_dir() / "broken.toml", "[statements]\nmembers = 3\n")
    entry = next(e for e in list_profiles() if e.id == "broken")
    assert "statements.members: expected text in quotes" in entry.problem


def test_an_edited_profile_is_read_again(tmp_path):
    path = write(tmp_path / "p.toml", '[statements]\nmember = "A: {speakers}."\n')
    assert load_profile(str(path)).form("statements", "member") == "A: {speakers}."
    write(path, '[statements]\nmember = "Bee: {speakers}."\n')
    os.utime(path, ns=(1, 1))  # a file rewritten within the same clock tick still counts as changed
    assert load_profile(str(path)).form("statements", "member") == "Bee: {speakers}."


def test_a_profile_whose_base_was_removed_is_not_served_from_memory(tmp_path):
    """The profile's own file is unchanged; the one it extends is gone: it is read again, and refused."""
    base = write(tmp_path / "base.toml", '[statements]\nmember = "A: {speakers}."\n')
    child = write(tmp_path / "child.toml", '[profile]\nextends = "base.toml"\n')
    assert load_profile(str(child)).form("statements", "member") == "A: {speakers}."
    base.unlink()
    with pytest.raises(ProfileError) as refused:
        load_profile(str(child))
    assert str(refused.value) == (
        f'{child}: profile.extends = "base.toml": {base}: no such profile file; give the path of a .toml '
        "profile, or an id from `unreport profiles`"
    )


# --- refusals: one line each ------------------------------------------------------------


def test_a_placeholder_the_form_does_not_offer(tmp_path):
    message = refusal(tmp_path, '\n[statements]\nmembers = "Statements by {speakers} at {meetings}."\n')
    assert message.startswith(f"{tmp_path / 'body.toml'}:3: statements.members: placeholder {{meetings}} is not offered")
    assert "it may use {speakers}" in message


def test_a_form_that_leaves_out_what_the_report_has_to_print(tmp_path):
    message = refusal(tmp_path, '[statements]\nmembers = "Statements were made."\n')
    assert message.endswith("statements.members: missing placeholder {speakers}; the report has it to print")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[statement]\nmembers = "{speakers}"\n', "statement: unknown section; expected one of profile, "),
        ('[statements]\nmember_s = "{speakers}"\n', "statements.member_s: unknown key; expected one of member, members"),
        ('[statements]\nmembers = "{speakers:>10}"\n', "placeholder {speakers} takes no format"),
        ('[statements]\nmembers = "{speakers!r}"\n', "placeholder {speakers} takes no format"),
        ('[statements]\nmembers = "{speakers.__class__}"\n', "placeholder {speakers.__class__} is not offered"),
        ('[statements]\nmembers = "{} and {speakers}"\n', "placeholder {} is not offered"),
        ('[statements]\nmembers = "{speakers"\n', "write {{ or }} for a brace itself"),
        ('[statements]\nmembers = "{speakers}}"\n', "write {{ or }} for a brace itself"),
        ('[style]\norder = "random"\n', "style.order: expected one of grouped, logged"),
        ('[style]\nnarrate = "yes"\n', "style.narrate: expected true or false"),
        ('[profile]\nauthor = "me"\n', "profile.author: unknown key; expected one of description, extends, name"),
        (
            '[profile]\nextends = "no-such-body"\n',
            'body.toml: profile.extends = "no-such-body": no profile "no-such-body"; `unreport',
        ),
        ("[statements\n", "not valid TOML"),
        ("statements = 3\n", "statements: expected a [statements] table"),
    ],
)
def test_what_a_profile_cannot_say(tmp_path, text, expected):
    assert expected in refusal(tmp_path, text)


def test_profiles_that_extend_each_other_in_a_circle(tmp_path):
    write(tmp_path / "a.toml", '[profile]\nextends = "b.toml"\n')
    write(tmp_path / "b.toml", '[profile]\nextends = "a.toml"\n')
    with pytest.raises(ProfileError, match=r"extend each other in a circle \(a -> b -> a\)"):
        load_profile(str(tmp_path / "a.toml"))


def test_a_profile_that_is_not_text(tmp_path):
    path = tmp_path / "body.toml"
    path.write_bytes(b"\xff\xfe[statements]")
    with pytest.raises(ProfileError, match="not UTF-8 text"):
        load_profile(str(path))


# --- the session names its profile ------------------------------------------------------


def test_a_session_file_names_its_profile_by_a_path_beside_it(tmp_path):
    write(tmp_path / "profiles" / "body.toml", '[statements]\nmember = "{speakers} spoke."\n')
    session_file = write(tmp_path / "s.toml", '[session]\nbody = "Body"\nprofile = "profiles/body.toml"\n')
    session = load_session_file(session_file)
    assert session.info.profile == str((tmp_path / "profiles" / "body.toml").resolve())
    assert 'profile = "' in session_to_toml(session)


def test_a_session_file_naming_a_profile_that_cannot_be_used(tmp_path):
    session_file = write(tmp_path / "s.toml", '[session]\nbody = "Body"\n\nprofile = "cnd-typo"\n')
    with pytest.raises(SessionFileError) as caught:
        load_session_file(session_file)
    assert str(caught.value).startswith(f'{session_file}:4: session.profile = "cnd-typo": no profile "cnd-typo"')


def test_the_profile_id_round_trips():
    session = parse_session('[session]\nbody = "Body"\nprofile = "untoc-cop"\n')
    assert parse_session(session_to_toml(session)).info.profile == "untoc-cop"


# --- filling a form ---------------------------------------------------------------


def test_typed_text_is_never_read_as_a_form(tmp_path):
    write(tmp_path / "p.toml", '[opening]\nconsidered_no_meeting = "{body} took up item {item} ({title})."\n')
    session = session_with(statements=[said("Chile")], profile=str(tmp_path / "p.toml"))
    session.items[0].title = "{speakers} and {0} {title!r}"
    assert paragraphs(session)[0] == "1. The Conference took up item 1 ({speakers} and {0} {title!r})."


def test_a_phrase_opening_a_sentence_takes_a_capital():
    runs = fill("{body} met. {body} adjourned: {body} left.", {"body": "the Board"})
    assert runs == [Run("The Board met. The Board adjourned: the Board left.")]


def test_a_phrase_ending_in_a_full_stop_takes_none_more():
    assert fill("The session was opened by {person}. {body} met.", {"person": "Mr. A. B.", "body": "the Board"}) == [
        Run("The session was opened by Mr. A. B. The Board met.")
    ]


FORM_TEXT = st.lists(st.sampled_from([*"ab {}:!.[]\u201c\u201d", "{speakers}", "{meetings}", "{{"]), max_size=20).map("".join)


@settings(max_examples=examples(150))
@given(text=FORM_TEXT)
def test_any_form_is_either_accepted_and_fills_or_refused_in_one_line(text):
    toml = "[statements]\nmembers = " + '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"\n'
    try:
        meta, sections = parse_profile(toml, "p.toml")
    except ProfileError as error:
        assert "\n" not in str(error) and str(error).startswith("p.toml")
        return
    form = sections["statements"]["members"]
    setting = SECTIONS["statements"].settings["members"]
    assert isinstance(setting, Form)
    runs = fill(form, {"speakers": [Run("Chile", mention="Chile")]})
    assert any(isinstance(r, Run) and r.mention == "Chile" for r in runs)


def test_the_date_of_a_meeting_in_a_profiles_form(tmp_path):
    # "The Commission considered item 4 of the agenda at its 2nd to 5th meetings, on …" (E/2023/27)
    write(
        tmp_path / "p.toml",
        '[opening]\nconsidered = "{body} considered item {item} of the agenda at its {meetings}, {dates}."\n',
    )
    session = session_with(
        meetings=[2, 3],
        days={2: dt.date(2023, 3, 7), 3: dt.date(2023, 3, 8)},
        statements=[said("Chile")],
        body_short="Commission",
        profile=str(tmp_path / "p.toml"),
    )
    assert (
        paragraphs(session)[0]
        == "1. The Commission considered item 1 of the agenda at its 2nd and 3rd meetings, on 7 and 8 March 2023."
    )


def test_the_readme_lists_every_shipped_profile():
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Body profiles", 1)[1].split("### Your body's profile", 1)[0]
    shipped = sorted(p.stem for p in shipped_profiles_dir().glob("*.toml"))
    assert [name for name in shipped if f"`{name}`" not in section] == []


def test_a_profile_of_yours_put_in_the_place_of_a_shipped_one_is_used_at_once():
    assert load_profile("cnd").source.endswith("data/profiles/cnd.toml")
    write(user_profiles_dir() / "cnd.toml", '[profile]\nname = "Our CND"\n')
    assert load_profile("cnd").name == "Our CND"


def test_braces_are_braces_in_every_form_even_one_without_placeholders(tmp_path):
    path = write(tmp_path / "p.toml", '[masthead]\nparent = "Parent {{x}}"\n')
    assert load_profile(str(path)).words("masthead", "parent") == "Parent {x}"


def test_a_profile_name_is_one_line(tmp_path):
    message = refusal(tmp_path, '[profile]\nname = "x\\n[opening]"\n')
    assert "profile.name: expected one line of text" in message


def test_a_chosen_statements_form_prints_its_list_once(tmp_path):
    message = refusal(tmp_path, '[statements.chosen]\na = "{speakers} said; {speakers} again."\n')
    assert "statements.chosen.a: expected exactly one of" in message


def test_a_broken_profile_it_extends_is_named_with_the_line_that_names_it(tmp_path):
    write(tmp_path / "base.toml", "[statements\n")
    message = refusal(tmp_path, '[profile]\nextends = "base.toml"\n')
    assert message.startswith(f'{tmp_path / "body.toml"}: profile.extends = "base.toml": ')
    assert "base.toml: not valid TOML" in message


def test_an_item_choosing_a_form_its_profile_no_longer_names_is_refused_at_export(tmp_path):
    from unreport_tui.exporters import ExportError, export_session

    path = write(tmp_path / "p.toml", '[statements.chosen]\nshort = "{speakers} spoke."\n')
    session = session_with(meetings=[4], statements=[said("Chile")], profile=str(path))
    session.items[0].statements_form = "short"
    assert "Chile spoke." in export_session(session, "txt")
    write(path, "[statements.chosen]\n")
    os.utime(path, ns=(2, 2))
    with pytest.raises(
        ExportError, match='item 1: no statement form "short" in the profile .*p.toml; it names none .*; choose another'
    ):
        export_session(session, "txt")
    assert 'statements_form = "short"' in export_session(session, "toml")  # what was typed is still kept
