"""Whether an item may choose a statements form is one check (``statement_form_refused``): the
session file, the logbook, the prepare screen's box and the export refuse the same choice with the
same words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.form_fields import FieldError
from unreport_tui.core.profiles import load_profile
from unreport_tui.core.profiles.statement_form_choice import read_statement_form, statement_form_refused
from unreport_tui.core.session_file.session import parse_session
from unreport_tui.core.session_file.tables import SessionFileError
from unreport_tui.exporters import ExportError, export_session
from unreport_tui.logbook import Logbook, LogbookError
from unreport_tui.storage import open_store

from .test_profile_statements import said, session

UNDER_ITEM = '[statements.chosen]\nunder_item = "The representatives of {speakers} made statements under agenda item {item}."\n'


def test_the_session_file_the_logbook_the_prepare_screen_and_the_export_refuse_in_the_same_words(tmp_path):
    text = session(tmp_path, UNDER_ITEM, said("Japan"))
    profile = parse_session(text, tmp_path).info.profile
    why = statement_form_refused(profile, "opening")
    assert why == f'no statement form "opening" in the profile {tmp_path / "body.toml"}; it names "under_item"'

    with pytest.raises(SessionFileError) as read:
        parse_session(text.replace('title = "Title"', 'title = "Title"\nstatements_form = "opening"'), tmp_path)
    assert str(read.value).endswith(f'items[1].statements_form = "opening": {why}')

    store = open_store(tmp_path / "notes.json")
    try:
        store.replace(parse_session(text, tmp_path))
        with pytest.raises(LogbookError) as logged:
            Logbook(store).edit_item("4", statements_form="opening")
        assert str(logged.value) == why
    finally:
        store.close()

    with pytest.raises(FieldError) as typed:
        read_statement_form("item_statements_form", "opening", profile)
    assert str(typed.value) == why

    kept = parse_session(text, tmp_path)
    kept.items[0].statements_form = "opening"  # as a profile edited since the item chose it leaves it
    with pytest.raises(ExportError) as exported:
        export_session(kept, "txt")
    assert str(exported.value) == f"item 4: {why}; choose another on the app's prepare screen, or mend the profile"


@given(name=st.sampled_from(["", "  ", "opening", "under_item", " under_item ", "UNDER_ITEM", "general"]))
def test_a_form_is_refused_exactly_when_the_profile_does_not_name_it(name):
    offered = load_profile("copuos-stsc").forms("statements", "chosen")
    refused = statement_form_refused("copuos-stsc", name)
    assert (refused == "") == (not name.strip() or name.strip() in offered)
    if refused:
        assert "\n" not in refused and f'"{name.strip()}"' in refused
        assert all(f'"{n}"' in refused for n in offered)


def test_a_profile_that_cannot_be_used_says_why():
    assert statement_form_refused("no-such-profile", "opening").startswith('no profile "no-such-profile"')
