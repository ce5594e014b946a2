"""The Chair's list names each group as the session's profile does: the Trade and Development
Board's reports say "the African Group" (TD/B/53/L.2: "Angola for the African Group") and
"Group D" (TD/B/52/L.2/Add.1: "Czech Republic for Group D"), as its shipped profile, unctad-tdb,
gives them; a line typed with the body's name is that group, and a line shown resolves back to
the entry it shows."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from unreport_tui.app.app import UnreportApp
from unreport_tui.core.list_lines import choices, entry_line, resolve_line
from unreport_tui.core.model import ListEntry
from unreport_tui.core.profiles import list_profiles, load_profile
from unreport_tui.storage import open_store

from .screen import widget_text
from .test_app_opening import until
from .test_prepare_session_data import open_prepare

BOARD = "unctad-tdb"


def test_a_line_names_the_group_as_the_profile_does_and_the_default_as_before():
    entry = ListEntry("Egypt", "Group of African States")
    assert entry_line(entry, load_profile(BOARD)) == "Egypt (on behalf of the African Group)"
    assert entry_line(entry, load_profile()) == "Egypt (on behalf of the Group of African States)"
    assert entry_line(ListEntry("Chile", "Group of 77 and China"), load_profile(BOARD)) == (
        "Chile (on behalf of the Group of 77 and China)"  # a group the profile does not name: as before
    )


@pytest.mark.parametrize(
    ("typed", "group"),
    [
        ("Belarus (on behalf of Group D)", "Group of Eastern European States"),
        ("Belarus on behalf of group d", "Group of Eastern European States"),
        ("Egypt (the African Group)", "Group of African States"),
        ("Benin (on behalf of the least developed countries)", "Group of Least Developed Countries"),
    ],
)
def test_the_bodys_own_name_for_a_group_typed_is_that_group(typed, group):
    resolved = resolve_line(typed, profile=load_profile(BOARD))
    assert resolved.entry is not None and resolved.entry.on_behalf_of == group


@pytest.mark.parametrize("shipped", [entry.id for entry in list_profiles() if entry.source == "shipped"])
def test_every_line_shown_resolves_back_to_its_entry(shipped):
    profile = load_profile(shipped)
    for group in profile.names("groups", "names"):
        entry = ListEntry("Egypt", resolve_line(f"Egypt ({group})").entry.on_behalf_of)
        assert resolve_line(entry_line(entry, profile), profile=profile).entry == entry


def test_a_group_alone_on_a_line_is_asked_with_an_example_in_the_profiles_words():
    resolved = resolve_line("African Group", profile=load_profile(BOARD))
    assert (resolved.entry, resolved.as_typed) == (None, ListEntry("African Group"))
    assert resolved.how == (
        "Group of African States: a group speaks through a State; type who speaks for it: Egypt (on behalf of the African Group)"
    )


def test_a_misspelt_state_for_a_group_is_offered_the_closest_states_in_the_profiles_words():
    resolved = resolve_line("Mexcio (African Group)", profile=load_profile(BOARD))
    assert resolved.suggestions == ("Mexico (on behalf of the African Group)",)


def test_what_is_offered_for_a_line_not_resolved_names_groups_as_the_profile_does():
    profile = load_profile(BOARD)
    offered = [said for said, _ in choices(resolve_line("Egypt (on behalf of group)", profile=profile), profile=profile)]
    assert {"Egypt (on behalf of the African Group)", "Egypt (on behalf of Group D)"} <= set(offered)
    assert not any("African States" in said or "Eastern European" in said for said in offered)


async def test_the_prepare_screen_shows_the_list_in_the_profiles_names(tmp_path, demo_session):
    demo_session.info.profile = BOARD
    demo_session.items[0].speakers_list = [ListEntry("Egypt", "Group of African States"), ListEntry("Chile")]
    store = open_store(tmp_path / "demo.json", background=True)
    store.replace(demo_session)
    try:
        app = UnreportApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_prepare(app, pilot)
            area = screen.query_one("#speakers-list", TextArea)
            await until(lambda: area.text != "", pilot)
            assert area.text == "Egypt (on behalf of the African Group)\nChile"
            assert "✓ Egypt (on behalf of the African Group)" in widget_text(screen.query_one("#speakers-preview"))
            area.text += "\nBelarus (Group D)"
            await until(lambda: "Belarus" in widget_text(screen.query_one("#speakers-preview")), pilot)
            assert "✓ Belarus (on behalf of Group D)" in widget_text(screen.query_one("#speakers-preview"))
    finally:
        store.close()


@pytest.mark.parametrize("typed", ["Belarus (Eastern Group)", "Belarus (the Eastern Group)", "Belarus (THE EASTERN GROUP)"])
def test_a_bodys_own_name_for_a_group_is_known_with_or_without_its_article(tmp_path, typed):
    """A name no group goes by elsewhere ("the Eastern Group"), given by a profile with its article:
    typed with it or without, in any case, it is that group."""
    path = tmp_path / "body.toml"
    path.write_text(
        '[profile]\nextends = "untoc-cop"\n[groups.names]\n"Group of Eastern European States" = "the Eastern Group"\n',
        encoding="utf-8",
    )
    resolved = resolve_line(typed, profile=load_profile(str(path)))
    assert resolved.entry == ListEntry("Belarus", "Group of Eastern European States")
