"""Wherever the report names a group or introduces a speaker by role, it uses the session's
profile: a presentation made on behalf of a group names it as the body does, and a role is
introduced in the profile's words, with no wording of its own kept in the code as a fallback."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from unreport_tui.core.model import Item, Meeting, Presentation, Role, Session, SessionInfo
from unreport_tui.core.profiles import load_profile
from unreport_tui.core.rendered import Run, plain_text
from unreport_tui.core.rendering.mentions import roles_phrase

from .builders import paragraphs

# The Trade and Development Board's name for the group (TD/B/53/L.2: "Angola for the African
# Group"), as the shipped unctad-tdb profile gives it.
AFRICAN_GROUP = '[groups.names]\n"Group of African States" = "the African Group"\n'
PRESENTATIONS = '[presentations]\nlead = "{body} heard the following presentations:"\n'


def _profile(tmp_path: Path, text: str) -> str:
    path = tmp_path / "body.toml"
    path.write_text('[profile]\nextends = "untoc-cop"\n' + text, encoding="utf-8")
    return str(path)


def test_a_presentation_on_behalf_of_a_group_names_it_as_the_profile_does(tmp_path):
    session = Session(
        info=SessionInfo(body_short="Board", profile=_profile(tmp_path, AFRICAN_GROUP + PRESENTATIONS)),
        meetings=[Meeting(1, dt.date(2026, 10, 12))],
        items=[
            Item(
                "3",
                "3",
                "Investment for development",
                presentations=[
                    Presentation("Financing the energy transition", "Egypt", Role.MEMBER, "Group of African States", meeting=1)
                ],
            )
        ],
    )
    assert paragraphs(session)[-1] == (
        "(a) “Financing the energy transition”, by the representative of Egypt (on behalf of the African Group)."
    )


def test_a_role_is_introduced_in_the_profiles_words(tmp_path):
    profile = load_profile(
        _profile(
            tmp_path, '[roles]\nrepresentatives = "the delegations of {names}"\nobserver = "the observer delegation of {names}"\n'
        )
    )
    said = roles_phrase([("Chile", Role.MEMBER), ("Peru", Role.MEMBER), ("European Union", Role.IGO)], profile)
    assert plain_text(said) == "the delegations of Chile and Peru and the observer delegation of the European Union"


def test_a_speaker_the_profile_introduces_as_a_representative_is_listed_with_the_members(tmp_path):
    profile = load_profile(_profile(tmp_path, '[roles.as_representative]\n"European Union" = ""\n'))
    speakers = [("Chile", Role.MEMBER), ("European Union", Role.IGO), ("Director of X", Role.OFFICIAL)]
    assert plain_text(roles_phrase(speakers, profile)) == (
        "the representatives of Chile and the European Union and the Director of X"
    )


# --- the pieces that keep the marks ---------------------------------------------------------------


def test_a_group_spoken_for_is_marked_by_its_own_name_however_typed():
    from unreport_tui.core.rendering.mentions import behalf_mention

    assert behalf_mention("g77", load_profile("")) == [
        Run("the "),
        Run("Group of 77 and China", mention="Group of 77 and China"),
    ]


def test_names_that_open_the_bodys_words_for_a_role_keep_their_small_letter(tmp_path):
    from unreport_tui.core.rendering.mentions import introduced

    path = tmp_path / "p.toml"
    path.write_text('[roles]\nrepresentative = "{names}"\n', encoding="utf-8")
    niger = [Run("the "), Run("Niger", mention="Niger")]
    assert introduced(load_profile(str(path)), "representative", niger, 1) == niger


def test_words_put_before_a_named_speaker_keep_the_names_mark():
    from unreport_tui.core.rendering.mentions import retexted

    niger = [Run("the "), Run("Niger", mention="Niger")]
    assert retexted(niger, "The Niger") == [Run("The "), Run("Niger", mention="Niger")]
    assert retexted(niger, "In summarizing, the Niger") == [Run("In summarizing, the "), Run("Niger", mention="Niger")]
    assert retexted(niger, "the Niger") == niger
    assert retexted(niger, "The Nigerian delegation") == [Run("The Nigerian delegation")]  # the name changed: no mark
