"""Body profiles where the user meets them: `unreport profiles` and `profiles show`, the style
switches that are now the profile's (a session or an item may still say otherwise), the second
demo in the Commission on Narcotic Drugs' profile, and the palette that opens it."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from unreport_tui.cli import demo_session_text, main
from unreport_tui.core.model import Counting, SpeakerNoun
from unreport_tui.core.profiles import parse_profile
from unreport_tui.core.rendering.report import render_report
from unreport_tui.core.session_file.session import parse_session, session_to_dict
from unreport_tui.core.speaker_suggestions import Suggestion
from unreport_tui.exporters import export_session
from unreport_tui.storage.records import _info, info_record


def _user_profiles() -> Path:
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "unreport" / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# --- unreport profiles ------------------------------------------------------------------------


def test_profiles_lists_each_with_its_name_and_line_the_users_marked_a_broken_one_with_its_problem(capsys):
    (_user_profiles() / "my-board.toml").write_text(
        '[profile]\nname = "Our Board"\ndescription = "As our secretariat writes"\n', encoding="utf-8"
    )
    (_user_profiles() / "broken.toml").write_text('[statements]\nmembers = "Statements were made."\n', encoding="utf-8")
    assert main(["profiles"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # The ids stand in a column as wide as the longest ("ga-main-committee"), whatever profiles are shipped.
    assert lines[0].split(None, 1) == [
        "untoc-cop",
        "Conference of the Parties to the Organized Crime Convention — The default: CTOC/COP draft reports "
        '("At its 4th and 5th meetings, … the Conference considered …")',
    ]
    assert any(line.startswith("cnd ") and "Commission on Narcotic Drugs — Reports E/20xx/28" in line for line in lines)
    assert any(line.startswith("my-board ") and line.endswith("Our Board — As our secretariat writes  (yours)") for line in lines)
    (broken,) = [line for line in lines if line.startswith("broken ")]
    assert "CANNOT BE USED: " in broken and "broken.toml:2: statements.members: missing placeholder {speakers}" in broken


def test_profiles_show_prints_every_key_as_merged_with_the_file_that_set_it_as_a_profile_one_can_copy(capsys):
    assert main(["profiles", "show", "cnd"]) == 0
    out = capsys.readouterr().out
    assert 'documents = "For its consideration of item {item}, {body} had before it the following:"  # set in cnd.toml' in out
    assert (
        'considered = "At its {meetings}, {dates}, {body} considered agenda item {item}, entitled “{title}”."'
        "  # set in untoc-cop.toml" in out
    )
    assert 'parent = "Economic and Social Council"  # set in ecosoc-commission.toml, untoc-cop.toml' in out
    assert "# read from " in out and "# which extends " in out and "untoc-cop.toml" in out
    # What it prints is a profile itself: saved as one's own, it is accepted as it stands, with
    # the [profile] table a profile of one's own starts with (a newcomer had to find it elsewhere).
    tomllib.loads(out)
    assert '[profile]\nname = "Commission on Narcotic Drugs"' in out and '(extends = "cnd")' in out
    parse_profile(out, "shown.toml")


def test_profiles_show_a_path(tmp_path, capsys):
    path = tmp_path / "ours.toml"
    path.write_text('[profile]\nextends = "cnd"\n[style]\nspeaker_noun = "delegation"\n', encoding="utf-8")
    assert main(["profiles", "show", str(path)]) == 0
    out = capsys.readouterr().out
    assert 'speaker_noun = "delegation"  # set in ours.toml' in out
    assert "# set in cnd.toml, untoc-cop.toml" in out  # cnd sets it again as the default does


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["profiles", "show", "nope"], 'unreport: no profile "nope"; `unreport profiles` lists them'),
        (["profiles", "show"], "unreport: profiles show: which profile? `unreport profiles` lists their ids"),
        (["profiles", "list"], "unreport: unknown: profiles list;"),
    ],
)
def test_profiles_given_what_it_cannot_show_says_so_in_one_line(argv, says, capsys):
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(says) and captured.err.count("\n") == 1


def test_profiles_show_a_broken_profile_names_its_file_and_line(tmp_path, capsys):
    path = tmp_path / "bad.toml"
    path.write_text('[style]\nspeaker_noun = "delegates"\n', encoding="utf-8")
    assert main(["profiles", "show", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == f"unreport: {path}:2: style.speaker_noun: expected one of speaker, delegate, delegation, participant\n"


# --- the style switches: item, then session, then profile -------------------------------------------

SESSION = """format = 1
[session]
body = "Trade and Development Board"
body_short = "Board"
{session}
[[items]]
key = "3"
number = "3"
title = "High-level segment"
{item}
[[items.statements]]
speaker = "Chile"
[[items.statements]]
speaker = "Peru"
[[items.statements]]
speaker = "Norway"
[[items.statements]]
speaker = "Japan"
[[items.statements]]
speaker = "Kenya"
[[items.points]]
speakers = ["Chile", "Peru", "Norway"]
text = "commended the secretariat for its work"
"""


def _board_profile(tmp_path: Path) -> Path:
    # The Trade and Development Board's President's summaries count delegates in figures: "Twenty
    # delegates, including six groups, commended …" (2015, as the shared style notes quote it; the
    # symbol is not verified). The session below is made up: it tests which setting wins.
    path = tmp_path / "board.toml"
    path.write_text('[profile]\nextends = "untoc-cop"\n[style]\nspeaker_noun = "delegate"\nquantifiers = "numbers"\n')
    return path


def _draft(tmp_path: Path, session: str = "", item: str = "") -> str:
    text = SESSION.format(session=f'profile = "{_board_profile(tmp_path)}"\n{session}', item=item)
    return export_session(parse_session(text, tmp_path), "txt")


def test_the_profile_says_how_points_count_speakers(tmp_path):
    assert "Three delegates commended the secretariat for its work." in _draft(tmp_path)


def test_the_session_says_otherwise_than_its_profile(tmp_path):
    draft = _draft(tmp_path, session='speaker_noun = "speaker"\nquantifiers = "words"')
    assert "Some speakers commended the secretariat for its work." in draft


def test_an_item_says_otherwise_than_its_session_and_profile(tmp_path):
    draft = _draft(tmp_path, session='speaker_noun = "speaker"', item='speaker_noun = "delegation"')
    assert "Three delegations commended the secretariat for its work." in draft


def test_a_session_file_writes_back_only_the_switches_the_session_sets():
    text = SESSION.format(session='quantifiers = "numbers"', item="")
    info = parse_session(text).info
    assert (info.speaker_noun, info.quantifiers, info.order, info.narrate, info.dialogue) == (
        None,
        Counting.NUMBERS,
        None,
        None,
        None,
    )
    written = session_to_dict(parse_session(text))["session"]
    assert written["quantifiers"] == "numbers"
    assert not {"speaker_noun", "order", "narrate", "dialogue"} & set(written)


def test_a_database_of_an_older_unreport_keeps_its_switches_as_the_sessions_own(tmp_path):
    # An older unreport wrote every switch, the default ones too: they are read as the session's
    # own, so that a profile chosen later does not change its report under it.
    record = info_record(parse_session(SESSION.format(session="", item="")).info, [])
    record |= {"speaker_noun": "speaker", "quantifiers": "words", "dialogue": False, "order": "grouped", "narrate": False}
    info, _ = _info(tmp_path / "old.json", record)
    assert (info.speaker_noun, info.quantifiers, info.dialogue, info.narrate) == (
        SpeakerNoun.SPEAKER,
        Counting.WORDS,
        False,
        False,
    )
    # One written now holds "as the profile says" for a switch the session does not set.
    fresh, _ = _info(tmp_path / "new.json", info_record(parse_session(SESSION.format(session="", item="")).info, []))
    assert (fresh.speaker_noun, fresh.quantifiers, fresh.dialogue, fresh.order, fresh.narrate) == (None,) * 5


# --- the Commission on Narcotic Drugs: the second demo ------------------------------------------------


def test_cnd_names_the_item_in_the_documents_lead():
    # "For its consideration of item 4, the Commission had before it the following:" (E/2025/28)
    draft = export_session(parse_session(demo_session_text("cnd")), "txt")
    assert (
        "1. At its 3rd and 4th meetings, on 11 March 2025, the Commission considered agenda item 4, entitled "
        "“Strategic management, budgetary and administrative questions”. For its consideration of item 4, "
        "the Commission had before it the following:"
    ) in draft
    assert "3. Statements were made by the representatives of South Africa (on behalf of the Group of African States)" in draft


def test_the_cnd_demo_renders_in_every_format():
    session = parse_session(demo_session_text("cnd"))
    assert session.info.profile == "cnd"
    render_report(session)
    for fmt in ("txt", "md", "html", "akn", "toml", "docx"):
        assert export_session(session, fmt)


async def test_a_demos_palette_offers_the_other_demos_and_opens_the_one_chosen(tmp_path):
    from textual.command import CommandPalette

    from unreport_tui.app.app import UnreportApp
    from unreport_tui.storage import open_store

    store = open_store(tmp_path / "demo.json")
    store.replace(parse_session(demo_session_text()))
    app = UnreportApp(store, scratch=True, demos={"cnd": "Demo: Commission on Narcotic Drugs (its own profile, cnd)"})
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"commission on narcotic")
        for _ in range(50):
            await pilot.pause()
            if "Demo: Commission on Narcotic Drugs" in str(app.screen.query_one("#--results").render_lines):
                break
        await pilot.press("enter")
        for _ in range(50):
            await pilot.pause()
            if app._exit:  # noqa: SLF001 - the app ends, for the command to open the demo chosen
                break
    assert app.next_demo == "cnd"


# --- the prepare screen chooses the profile; a profile broken since ------------------------------------


def test_the_profiles_offered_as_one_types_each_with_its_line():
    from unreport_tui.core.profiles.choosing import suggest_profiles

    offered = suggest_profiles("")
    assert [s.value for s in offered][:1] == ["untoc-cop"]
    (cnd,) = suggest_profiles("narc")
    assert cnd.value == "cnd" and cnd.label == "cnd  Commission on Narcotic Drugs"


def test_the_profiles_offered_are_those_whose_id_begins_with_what_is_typed_first_then_a_file(tmp_path):
    from unreport_tui.core.profiles.choosing import suggest_profiles
    from unreport_tui.core.speaker_suggestions import SuggestionKind

    # "COPUOS" in capitals: its three profiles, by id; "subcommittee" in their names: the two
    # Subcommittees, though their ids do not begin with it.
    assert [s.value for s in suggest_profiles("COPUOS")] == ["copuos", "copuos-lsc", "copuos-stsc"]
    assert {s.value for s in suggest_profiles("subcommittee")} == {"copuos-lsc", "copuos-stsc"}
    assert [s.value for s in suggest_profiles("c", limit=2)] == ["ccpcj", "cnd"]
    assert {s.why for s in suggest_profiles("")} == {SuggestionKind.AS_TYPED}
    path = str(tmp_path / "ours.toml")
    assert suggest_profiles(path)[-1] == (Suggestion(path, f"{path}  (a profile file)", SuggestionKind.AS_TYPED))


def test_profiles_show_says_what_each_kind_of_setting_takes_and_where_it_was_read():
    from unreport_tui.core.profiles import load_profile
    from unreport_tui.core.profiles.showing import show_profile

    shown = show_profile(load_profile("copuos-stsc")).splitlines()
    read = [line.rsplit("/", 1)[-1] for line in shown[2:5]]
    assert [line.split(" ", 2)[1] for line in shown[2:5]] == ["read", "which", "which"]
    assert read == ["copuos-stsc.toml", "copuos.toml", "untoc-cop.toml"]  # its own first, the default last
    assert "# Who the profile is: your own takes a name of its own and extends this one by its id" in shown

    def described(key: str) -> tuple[str, str]:
        at = next(n for n, line in enumerate(shown) if line.startswith(f"{key} = "))
        return shown[at - 1].rsplit(" (", 1)[-1], shown[at]

    assert described("speaker_noun") == (
        "one of speaker, delegate, delegation, participant)",
        'speaker_noun = "speaker"  # set in untoc-cop.toml',
    )
    assert described("groups_apart") == ("true or false)", "groups_apart = true  # set in copuos-stsc.toml, untoc-cop.toml")
    assert described("own_sentence") == (
        'a table: "name as typed" = "the body\'s name")',
        'own_sentence = { "European Union" = "" }  # set in copuos-stsc.toml, untoc-cop.toml',
    )
    assert described("members")[0].startswith("placeholders: ")
    default = show_profile(load_profile("")).splitlines()
    assert "own_sentence = {}  # set in untoc-cop.toml" in default  # an empty table, as a table


def test_a_profile_broken_since_it_was_chosen_the_draft_follows_the_default_and_export_refuses_in_one_line(tmp_path):
    path = _board_profile(tmp_path)
    session = parse_session(SESSION.format(session=f'profile = "{path}"', item=""), tmp_path)
    path.write_text('[style]\nspeaker_noun = "delegates"\n', encoding="utf-8")
    draft = render_report(session)  # the draft goes on, in the default's words
    assert any(
        "Some speakers commended" in "".join(getattr(r, "text", "") for r in b.content)
        for b in draft.blocks
        if hasattr(b, "content")
    )
    from unreport_tui.exporters import ExportError

    with pytest.raises(
        ExportError, match=rf"the session's profile cannot be used: {path}:2: style.speaker_noun: expected one of"
    ):
        export_session(session, "txt")


async def test_the_prepare_screen_saves_the_profile_chosen_undoably_and_the_draft_follows_it(tmp_path):
    from textual.widgets import Input

    from unreport_tui.app.app import UnreportApp
    from unreport_tui.app.screens.prepare import PrepareScreen
    from unreport_tui.storage import open_store

    store = open_store(tmp_path / "notes.json")
    session = parse_session(demo_session_text())
    session.info.body_short = "Commission"
    store.replace(session)
    app = UnreportApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.action_prepare()  # type: ignore[attr-defined]
        for _ in range(50):
            await pilot.pause()
            if isinstance(app.screen, PrepareScreen):
                break
        screen = app.screen
        box = screen.query_one("#profile", Input)
        box.focus()
        await pilot.press(*"narc")
        await pilot.pause()
        await pilot.press("enter")
        for _ in range(50):
            await pilot.pause()
            if app.book.session.info.profile == "cnd":
                break
        assert app.book.session.info.profile == "cnd"
        assert box.value == "cnd"
        about = str(screen.query_one("#profile-about").render())
        assert about == "Commission on Narcotic Drugs — Reports E/20xx/28 (E/2025/28: the documents lead names the item)"
        draft = export_session(app.book.session, "txt")
        assert "For its consideration of item 2 (b), the Commission had before it the following:" in draft
        await pilot.press("ctrl+z")
        for _ in range(50):
            await pilot.pause()
            if app.book.session.info.profile == "":
                break
        assert app.book.session.info.profile == ""
        # A profile that cannot be used is refused where it was typed, in one line; nothing is saved.
        box.value = ""
        box.focus()
        await pilot.press(*"nope", "enter")
        for _ in range(50):
            await pilot.pause()
            if box.has_class("refused"):
                break
        refused = str(screen.query_one("#profile-refused").render())
        assert refused.startswith('no profile "nope"; `unreport profiles` lists them')
        assert app.book.session.info.profile == ""


def test_the_draft_follows_a_profile_file_edited_while_the_app_is_open(tmp_path):
    from unreport_tui.core.rendering.report import ReportRenderer
    from unreport_tui.exporters.text import export_text as render_text

    path = _board_profile(tmp_path)
    session = parse_session(SESSION.format(session=f'profile = "{path}"', item=""), tmp_path)
    renderer = ReportRenderer()
    assert "Three delegates commended" in render_text(renderer.render(session))
    path.write_text('[profile]\nextends = "untoc-cop"\n[style]\nspeaker_noun = "delegation"\nquantifiers = "numbers"\n')
    os.utime(path, ns=(path.stat().st_mtime_ns + 10**9,) * 2)  # a later edit, whatever the clock's grain
    assert "Three delegations commended" in render_text(renderer.render(session, changed=set()))


def test_a_table_of_names_is_shown_inline_under_its_key():
    from unreport_tui.core.profiles.showing import _value

    line = _value("groups", {"African Group": "the Group of African States", 'A "quoted" one': "x"})
    assert line == 'groups = { "African Group" = "the Group of African States", "A \\"quoted\\" one" = "x" }'
    assert tomllib.loads(line) == {"groups": {"African Group": "the Group of African States", 'A "quoted" one': "x"}}
    assert tomllib.loads(_value("groups", {})) == {"groups": {}}


def test_unreport_demo_cnd_is_a_demo():
    from unreport_tui.cli import build_parser

    assert build_parser().parse_args(["demo", "cnd"]).name == "cnd"
