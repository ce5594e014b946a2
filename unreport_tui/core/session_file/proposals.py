"""``[[proposals]]`` and their ``[[proposals.actions]]`` in the session file: reading (every bad
key refused with its place, like the rest of the file) and writing back, losslessly.

    [[proposals]]
    key = "L3"
    item = "3"                       # the agenda item's key
    kind = "draft resolution"
    title = "Women and girls"
    symbol = "E/CN.6/2007/L.3"
    submitted_by = ["Pakistan"]
    on_behalf_of = "Group of 77"
    outcome_symbol = "resolution 51/1"
    see = "chap. I, sect. A"

    [[proposals.actions]]
    meeting = 11
    kind = "adopted"                 # introduced, revised, budget, adopted, rejected, withdrawn, deferred, before, after
    vote.in_favour = ["Chile", "Peru"]   # or vote = "without a vote"; absent (or "consensus"): nothing said
    vote.against = []
    vote.abstaining = ["Cuba"]
    # A vote by a show of hands, its counts alone: vote.in_favour = 49, vote.against = 0, vote.abstaining = 2
"""

from __future__ import annotations

from typing import Any

import tomli_w

from ..model import Action, ActionKind, CountedVote, Decision, Proposal, RecordedVote, Session, Vote
from .tables import SessionFileError, TableReader

PROPOSAL_KEYS = {"key", "item", "kind", "title", "symbol", "submitted_by", "on_behalf_of", "outcome_symbol", "see", "actions"}
ACTION_KEYS = {"meeting", "kind", "speaker", "on_behalf_of", "speakers", "text", "revisions", "vote"}
VOTE_KEYS = {"in_favour", "against", "abstaining"}
_NAMES = 'a list of names such as ["Chile", "Croatia"]'


def _is_name(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def read_proposals(session: Session, top: TableReader) -> None:
    """The file's proposals into ``session``, whose items and meetings are already read."""
    for where, table in top.tables("proposals"):
        r = TableReader(table, where, PROPOSAL_KEYS)
        key = r.text("key", required=True)
        if any(p.key == key for p in session.proposals):
            raise SessionFileError(f'{r.at("key")} = "{key}": another proposal already has this key', r.at("key"))
        item = r.text("item", required=True)
        if session.item(item) is None:
            raise SessionFileError(f'{r.at("item")} = "{item}": no agenda item has this key', r.at("item"))
        proposal = Proposal(
            key=key,
            item=item,
            title=r.text("title", required=True),
            kind=r.text("kind") if "kind" in table else "draft resolution",
            symbol=r.text("symbol"),
            submitted_by=r.list_of("submitted_by", _is_name, _NAMES),
            on_behalf_of=r.text("on_behalf_of"),
            outcome_symbol=r.text("outcome_symbol"),
            see=r.text("see"),
        )
        for action_where, action_table in r.tables("actions"):
            proposal.actions.append(_read_action(session, TableReader(action_table, action_where, ACTION_KEYS)))
        session.proposals.append(proposal)


def _read_action(session: Session, r: TableReader) -> Action:
    kind = r.choice("kind", ActionKind, None)
    if kind is None:
        raise r.missing("kind", "one of " + ", ".join(k.value for k in ActionKind))
    return Action(
        kind,
        r.meeting("meeting", session),
        speaker=r.text("speaker"),
        on_behalf_of=r.text("on_behalf_of"),
        speakers=r.list_of("speakers", _is_name, _NAMES),
        text=r.text("text"),
        revisions=r.list_of("revisions", lambda v: isinstance(v, str), 'a list of texts such as ["…", "…"]'),
        vote=_read_vote(r),
    )


def _read_vote(r: TableReader) -> Vote:
    expected = (
        '"consensus", "without a vote", or the lists of a recorded vote (vote.in_favour, vote.against, '
        "vote.abstaining) or their counts alone (vote.in_favour = 49, …)"
    )
    if "vote" not in r.table:
        return Decision.CONSENSUS
    value = r.table["vote"]
    if isinstance(value, str):
        if value not in {d.value for d in Decision}:
            raise r.fail("vote", expected)
        return Decision(value)
    if not isinstance(value, dict):
        raise r.fail("vote", expected)
    lists = TableReader(value, r.at("vote"), VOTE_KEYS)
    if any(isinstance(v, int) for v in value.values()):  # counts: every one a number, none left out by mistake
        if "in_favour" not in value:
            raise lists.missing("in_favour", "the number of votes in favour, as against and abstaining are counted")
        for key in VOTE_KEYS & value.keys():
            if isinstance(value[key], list):
                raise lists.fail(key, "a number, as the other counts of this vote are (or names in all three)")
        return CountedVote(*(lists.integer(key, default=0, minimum=0) for key in ("in_favour", "against", "abstaining")))
    return RecordedVote(*(lists.list_of(key, _is_name, _NAMES) for key in ("in_favour", "against", "abstaining")))


def _drop_empty(table: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in table.items() if v not in ("", None, [])}


def proposals_to_dict(session: Session) -> list[dict[str, Any]]:
    out = []
    for p in session.proposals:
        table = _drop_empty(
            {
                "key": p.key,
                "item": p.item,
                "kind": p.kind,
                "title": p.title,
                "symbol": p.symbol,
                "submitted_by": p.submitted_by,
                "on_behalf_of": p.on_behalf_of,
                "outcome_symbol": p.outcome_symbol,
                "see": p.see,
            }
        )
        table["kind"] = p.kind  # kept even when empty: absent means a draft resolution
        table["actions"] = [_action_to_dict(a) for a in p.actions]
        out.append(table | {k: getattr(p, k) for k in ("key", "item", "title")})
    return out


def _action_to_dict(action: Action) -> dict[str, Any]:
    table = _drop_empty(
        {
            "meeting": action.meeting,
            "kind": action.kind.value,
            "speaker": action.speaker,
            "on_behalf_of": action.on_behalf_of,
            "speakers": action.speakers,
            "text": action.text,
            "revisions": action.revisions,
        }
    )
    if isinstance(action.vote, RecordedVote | CountedVote):
        table["vote"] = {"in_favour": action.vote.in_favour, "against": action.vote.against, "abstaining": action.vote.abstaining}
    elif action.vote is not Decision.CONSENSUS:
        table["vote"] = action.vote.value
    return table


def proposals_toml(proposals: list[dict[str, Any]]) -> str:
    """Each ``[[proposals]]`` then its ``[[proposals.actions]]``; a recorded vote as dotted keys
    (``vote.in_favour = […]``), which stay inside the action's table."""
    out = []
    for proposal in proposals:
        actions = proposal.pop("actions", [])
        out.append("\n[[proposals]]\n" + tomli_w.dumps(proposal))
        for action in actions:
            vote = action.pop("vote", None)
            text = tomli_w.dumps(action)
            if isinstance(vote, dict):
                text += "".join(tomli_w.dumps({"v": names}).replace("v = ", f"vote.{key} = ", 1) for key, names in vote.items())
            elif vote is not None:
                text += tomli_w.dumps({"vote": vote})
            out.append("\n[[proposals.actions]]\n" + text)
    return "".join(out)
