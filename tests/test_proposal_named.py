"""How a proposal is named where it is first named: a profile form ([action] proposal, and
proposal_without_symbol), the default's "a draft resolution entitled “…” (symbol)" unchanged.
A body that names the draft by its symbol, its title set off by commas, writes
``proposal = "{kind} {symbol}, entitled {title}"``: the brief's wording for an ECOSOC commission,
"the Commission adopted draft resolution E/CN.7/2024/L.2, entitled “…”, as orally revised" (not
read in a report here: /work/wt/research16 has none with the symbol first but the Sixth
Committee's programme pages, "The Committee adopted draft resolution A/C.6/71/L.27, without a
vote.", 2016, Secretariat summaries); what follows the title then opens with a comma."""

from __future__ import annotations

import pytest

from unreport_tui.core.profiles import ProfileError, load_profile
from unreport_tui.core.session_file.session import parse_session

from .profile_reading import meetings, printed

PROFILE = """[profile]
name = "A commission that names its drafts by their symbols"
description = "Test profile"
extends = "ecosoc-commission"

[action]
had_before_it = false
proposal = "{kind} {symbol}, entitled {title}"
"""

SESSION = (
    '[session]\nprofile = "symbol-first.toml"\nbody = "Commission on Narcotic Drugs"\nbody_short = "Commission"\n'
    'title = "Sixty-seventh session"\n'
    + meetings({9: "2024-03-15"})
    + '[[items]]\nkey = "4"\nnumber = "4"\ntitle = "Strategic management"\nmeetings = [9]\n'
    + '[[proposals]]\nkey = "L2"\nitem = "4"\ntitle = "Promoting “alternative development”"\n'
    + 'symbol = "E/CN.7/2024/L.2"\n{submitted}'
    + "{actions}"
)
ADOPTED = '[[proposals.actions]]\nmeeting = 9\nkind = "adopted"\n'


def report(tmp_path, actions: str, submitted: str = "") -> list[str]:
    (tmp_path / "symbol-first.toml").write_text(PROFILE, encoding="utf-8")
    return printed(parse_session(SESSION.format(actions=actions, submitted=submitted), tmp_path))


def test_the_adoption_names_the_draft_by_its_symbol_then_its_title(tmp_path):
    lines = report(tmp_path, ADOPTED + 'vote = "without a vote"\n')
    assert lines[-1] == (
        "2. At its 9th meeting, on 15 March, the Commission adopted draft resolution E/CN.7/2024/L.2, "
        "entitled “Promoting ‘alternative development’”, without a vote."
    )


def test_the_title_set_off_closes_before_the_vote_and_the_sponsors(tmp_path):
    lines = report(tmp_path, ADOPTED + "vote.in_favour = 49\n", submitted='submitted_by = ["Colombia"]\n')
    assert lines[-1] == (
        "2. At its 9th meeting, on 15 March, the Commission adopted draft resolution E/CN.7/2024/L.2, "
        "entitled “Promoting ‘alternative development’”, submitted by Colombia, by 49 votes to none, with no abstentions."
    )


def test_the_introduction_names_it_so_too_and_the_adoption_then_as_the_draft_resolution(tmp_path):
    actions = (
        '[[proposals.actions]]\nmeeting = 9\nkind = "introduced"\nspeaker = "Mexico"\n'
        '[[proposals.actions]]\nmeeting = 9\nkind = "revised"\nspeaker = "Mexico"\nrevisions = ["In paragraph 2, …"]\n' + ADOPTED
    )
    lines = report(tmp_path, actions)
    assert "the representative of Mexico introduced draft resolution E/CN.7/2024/L.2, entitled “Promoting" in lines[2]
    assert lines[-1] == "4. Also at the same meeting, the Commission adopted the draft resolution, as orally revised."


def test_the_default_names_a_draft_as_it_always_did():
    default = load_profile()
    assert default.form("action", "proposal") == "{a} {kind} entitled {title} ({symbol})"
    assert default.form("action", "proposal_without_symbol") == "{a} {kind} entitled {title}"


@pytest.mark.parametrize(
    "form, says",
    [
        ('proposal = "{kind} entitled {title}"', "symbol"),
        ('proposal_without_symbol = "{kind} {symbol}"', "symbol"),
    ],
)
def test_a_form_that_would_lose_the_symbol_or_name_one_it_has_not_is_refused(tmp_path, form, says):
    path = tmp_path / "bad.toml"
    path.write_text(PROFILE.replace('proposal = "{kind} {symbol}, entitled {title}"', form), encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(str(path))
    assert says in str(caught.value) and "\n" not in str(caught.value)
