"""What the prepare screen's profile and statement-form boxes read, offer and say, from the core
(the screen only shows it): a profile typed as an id, a path or nothing; the line under the box;
the statement forms a profile offers as one types; the States offered in a box for a State."""

from __future__ import annotations

from pathlib import Path

import pytest

from unreport_tui.core.form_fields import FieldError
from unreport_tui.core.profiles.choosing import profile_about, read_profile
from unreport_tui.core.profiles.statement_form_choice import (
    read_statement_form,
    statement_forms_offered,
    suggest_statement_forms,
)
from unreport_tui.core.speaker_suggestions import SuggestionKind, suggest_states

CHOSEN = """[profile]
name = "A body"
description = "Its reports"
extends = "untoc-cop"

[statements.chosen]
general_debate = "The representatives of {speakers} made statements in the general debate."
under_item = "The representatives of {speakers} made statements under agenda item {item}."
debate_closing = "Closing the debate, the representatives of {speakers} made statements."
"""


@pytest.fixture
def body(tmp_path) -> str:
    path = tmp_path / "body.toml"
    path.write_text(CHOSEN, encoding="utf-8")
    return str(path)


@pytest.fixture
def broken(tmp_path) -> str:
    path = tmp_path / "broken.toml"
    path.write_text('[profile]\nname = "Broken"\nextends = "untoc-cop"\n[statements]\nmembers = 7\n', encoding="utf-8")
    return str(path)


def test_a_profile_typed_is_read_as_the_id_or_the_files_whole_path(body):
    assert read_profile("profile", "  ") == ""
    assert read_profile("profile", " untoc-cop ") == "untoc-cop"
    assert read_profile("profile", "cnd") == "cnd"
    assert read_profile("profile", body) == str(Path(body).resolve())


def test_a_profile_that_cannot_be_used_is_refused_in_its_box_with_why(broken):
    with pytest.raises(FieldError) as caught:
        read_profile("profile", "no-such-body")
    assert caught.value.field == "profile" and "no-such-body" in str(caught.value)
    with pytest.raises(FieldError) as caught:
        read_profile("profile", broken)
    assert caught.value.field == "profile" and "statements.members" in str(caught.value)


def test_the_line_under_the_profile_box(body, broken):
    default = profile_about("")
    assert default.startswith("Conference of the Parties to the Organized Crime Convention — The default:")
    assert (
        profile_about(" cnd ")
        == "Commission on Narcotic Drugs — Reports E/20xx/28 (E/2025/28: the documents lead names the item)"
    )
    assert profile_about("cn") == ""  # still being typed: no id, no path
    assert profile_about(body) == "A body — Its reports"
    assert profile_about(broken).startswith("cannot be used: ") and "statements.members" in profile_about(broken)


def test_the_statement_forms_a_profile_offers_as_one_types(body, broken):
    assert statement_forms_offered(body) == ["general_debate", "under_item", "debate_closing"]
    assert statement_forms_offered("") == []  # the default names none
    assert statement_forms_offered(broken) == []  # the profile box says why
    assert [s.value for s in suggest_statement_forms(body, "")] == ["general_debate", "under_item", "debate_closing"]
    # Those holding what is typed, those that start with it first, in the profile's order.
    assert [s.value for s in suggest_statement_forms(body, " DEBATE ")] == ["debate_closing", "general_debate"]
    assert [s.value for s in suggest_statement_forms(body, "debate", limit=1)] == ["debate_closing"]
    assert suggest_statement_forms(body, "nothing like it") == []
    assert {s.why for s in suggest_statement_forms(body, "")} == {SuggestionKind.AS_TYPED}


def test_a_statement_form_the_profile_does_not_name_is_refused_naming_those_it_does(body):
    assert read_statement_form("form", " under_item ", body) == "under_item"
    assert read_statement_form("form", "", body) == ""
    with pytest.raises(FieldError) as caught:
        read_statement_form("form", "general", body)
    assert str(caught.value) == (
        f'no statement form "general" in the profile {body}; it names "general_debate", "under_item", "debate_closing"'
    )


def test_a_box_for_a_state_offers_states_then_the_text_as_typed():
    offered = suggest_states("chi")
    assert [s.value for s in offered[:2]] == ["Chile", "China"]
    assert offered[-1].why is SuggestionKind.AS_TYPED and offered[-1].value == "chi"
    assert {s.why for s in offered[:-1]} == {SuggestionKind.STATE}
    (holy_see,) = suggest_states("Holy See")  # found as typed: not offered a second time
    assert (holy_see.value, holy_see.why) == ("Holy See", SuggestionKind.OBSERVER_STATE)
    assert len(suggest_states("a", limit=3)) == 3  # no room left for the text as typed
    assert suggest_states("  ") == []
