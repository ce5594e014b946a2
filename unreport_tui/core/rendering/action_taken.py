"""Action on proposals: what the body did with the draft resolutions and decisions before it
under an agenda item, in the numbered paragraphs of a UN report's "Action taken by the …".

    At its 11th meeting, on 7 March 2007, the Commission had before it a draft resolution entitled
    “…” (E/CN.6/2007/L.3), submitted by Pakistan (on behalf of …).
    At the same meeting, the representative of Thailand introduced the draft resolution.
    Also at the same meeting, the Commission adopted the draft resolution, as orally revised, by a
    recorded vote of 30 to 2, with 5 abstentions (see chap. I, sect. A, resolution 51/1).

Each action is a paragraph. The first sentence at a meeting names it ("At its 12th meeting, on
8 March 2007,"), the second opens "At the same meeting,", the later ones "Also at the same
meeting,"; statements before and after the decision carry no opening and do not count.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial

from ..countries import normalize
from ..english import a_or_an, curly_quotes, finish_sentence, letter_label, lower_first, nested_quotes, upper_first, with_the
from ..model import Action, ActionKind, CountedVote, Decision, Item, Point, Proposal, RecordedVote, Role, Session, Vote
from ..names import short_name
from ..profiles import Phrase, Profile, load_profile
from ..rendered import Heading, Inline, ListKind, Run, Subparagraph, merge_runs, plain_text
from .meeting_phrases import at_meeting, at_same_meeting
from .mentions import behalf_mention, joined_mentions, name_runs, roles_phrase, running_mention, with_text
from .named_point import speaker_role
from .paragraph_writer import ParagraphWriter

TO_BE_COMPLETED = "[To be completed]"
_DECISIONS = (ActionKind.ADOPTED, ActionKind.REJECTED)
_UNCOUNTED = (ActionKind.BEFORE, ActionKind.AFTER)
_NAMING = (ActionKind.INTRODUCED, ActionKind.ADOPTED)  # the steps whose sentence can name the proposal (…_entitled)


def proposals_of(session: Session, item: Item) -> list[Proposal]:
    return [p for p in session.proposals if p.item == item.key]


def action_meetings(session: Session, item: Item) -> set[int]:
    """The meetings at which something was done with the item's proposals: the item was
    considered at them too ("At its 11th and 12th meetings, … considered agenda item 3")."""
    return {a.meeting for p in proposals_of(session, item) for a in p.actions if a.meeting is not None}


def _role(item: Item, name: str) -> Role | None:
    """The role ``name`` acted in: as for a named point's speaker (the statement on the item, else
    a State's or a known organization's), an action having no roles of its own."""
    return speaker_role(item, Point(""), name)


def _official(name: str) -> str:
    """An official by the title as typed, with "the" ("the Chair", "the Secretary of the Commission").
    A name whose role nothing says is printed so too, as it always was."""
    return with_the(name)


def speaker_phrase(item: Item, typed: str, on_behalf_of: str, profile: Profile) -> list[Inline]:
    """ "the representative of Pakistan, on behalf of …," for a member, "the observer for the
    European Union", "the observer for Amnesty International" for an observer (the name as running
    text has it: ``running_name``), an official by the title as typed ("the Chair"); the names
    of States, organizations and groups marked as mentions."""
    name = typed.strip()
    role = _role(item, name)
    # A State or an organization as the profile introduces its role ([roles]).
    phrase: list[Inline] = (
        [Run(_official(name))] if role is None or role is Role.OFFICIAL else roles_phrase([(name, role)], profile)
    )
    if on_behalf_of.strip():
        phrase += [Run(", on behalf of "), *behalf_mention(on_behalf_of, profile), Run(",")]
    return phrase


def speakers_phrase(item: Item, names: Sequence[str], profile: Profile) -> tuple[list[Inline], bool]:
    """ "the representatives of Chile and the Niger" (the names marked as mentions), and whether
    there were several."""
    # A name whose role nothing says is an official by the title typed, as it always was.
    speakers = [(name, _role(item, name) or Role.OFFICIAL) for name in (n.strip() for n in names if n.strip())]
    return roles_phrase(speakers, profile), len(speakers) > 1


def vote_phrase(vote: Vote, profile: Profile | None = None) -> str:
    """ " by a recorded vote of 30 to 2, with 5 abstentions", " by 49 votes to none, with no
    abstentions" (counts alone), " without a vote", or nothing (the profile's wording; the
    default's when none is given)."""
    profile = profile or load_profile()
    if isinstance(vote, RecordedVote):
        counts = _counts(len(vote.in_favour), len(vote.against), len(vote.abstaining))
        return " " + plain_text(profile.sentence("action", "recorded_vote", **counts))
    if isinstance(vote, CountedVote):
        counts = _counts(vote.in_favour, vote.against, vote.abstaining)
        votes = f"{vote.in_favour} vote" + ("" if vote.in_favour == 1 else "s")
        return " " + plain_text(profile.sentence("action", "counted_vote", votes_in_favour=votes, **counts))
    return " " + plain_text(profile.sentence("action", "without_a_vote")) if vote is Decision.WITHOUT_A_VOTE else ""


def _counts(in_favour: int, against: int, abstaining: int) -> dict[str, str]:
    """A vote's counts as its sentence gives them: "30", "none" against, "no abstentions"."""
    abstentions = "no abstentions" if abstaining == 0 else "1 abstention" if abstaining == 1 else f"{abstaining} abstentions"
    return {"in_favour": str(in_favour), "against": str(against) if against else "none", "abstentions": abstentions}


def vote_list(names: Sequence[str]) -> str:
    """States in alphabetical order of the names the UN lists them under, ending with a full stop."""
    listed = sorted({short_name(n) for n in names if n.strip()}, key=normalize)  # "Côte d'Ivoire" among the Cs
    return (", ".join(listed) + ".") if listed else "None."


def vote_list_mentions(names: Sequence[str]) -> list[Inline]:
    """``vote_list`` with each State marked as a mention."""
    listed = sorted({short_name(n) for n in names if n.strip()}, key=normalize)
    if not listed:
        return [Run("None.")]
    return [*joined_mentions([name_runs(name, name) for name in listed], last=", "), Run(".")]


class _Openings:
    """ "At its 11th meeting, on 7 March 2007," then "At the same meeting," then "Also at the same meeting,"."""

    def __init__(self, writer: ParagraphWriter) -> None:
        self.writer = writer
        self.meeting: int | None = None
        self.count = 0

    def next(self, meeting: int | None, body_subject: bool = True) -> str:
        """``body_subject``: the sentence's subject is the body ("At its …"), else a speaker ("At the …")."""
        if meeting is None:
            return ""
        if meeting != self.meeting:
            self.meeting, self.count = meeting, 1
            return at_meeting(
                self.writer.profile, self.writer.session, meeting, body_subject=body_subject, years=self.writer.years
            )
        self.count += 1
        return at_same_meeting(again=self.count > 2)


def render_action(writer: ParagraphWriter, item: Item, body: str) -> None:
    """``body``: the body as the report names it in running text ("the Commission")."""
    proposals = proposals_of(writer.session, item)
    if not proposals:
        return
    writer.blocks.append(Heading(3, plain_text(writer.profile.sentence("action", "heading", body=body)), item.key))
    for proposal in proposals:
        _render_proposal(writer, item, proposal, body)


def _opened(opening: str, content: list[Inline]) -> list[Inline]:
    """The sentence after the meeting's opening ("At its 11th meeting, on …, "), its first letter
    lowered there (a form's first phrase is given a capital), raised when there is none."""
    first = content[0] if content else None
    if not isinstance(first, Run):
        return content
    if first.mention and opening:  # the opening is not part of a name
        return [Run(upper_first(opening)), *content]
    return [with_text(first, _sentence(opening, lower_first(first.text) if opening else first.text)), *content[1:]]


def _sentence(opening: str, rest: str) -> str:
    return upper_first(opening + rest)


@dataclass
class _Proposal:
    """What each action's sentence needs to know of the proposal and of what came before it."""

    writer: ParagraphWriter
    item: Item  # its statements say in what role a speaker acted
    proposal: Proposal
    body: str
    noun: str  # "the draft resolution"
    revised: bool = False  # orally revised before this action
    decided: Action | None = None  # the adoption or rejection, wherever it comes
    entitled: bool = False  # not named yet: its introduction names it (the profile's had_before_it = false)

    def sentence(self, key: str, **phrases: Phrase) -> list[Inline]:
        return self.writer.profile.sentence("action", key, body=self.body, noun=self.noun, **phrases)

    def named(self) -> dict[str, Phrase]:
        """The proposal named in full, for the sentence that names it first."""
        return {"proposal": _named(self.writer, self.proposal), "submitted": _submitted(self.writer, self.proposal)}


def _render_proposal(writer: ParagraphWriter, item: Item, proposal: Proposal, body: str) -> None:
    openings = _Openings(writer)
    counted = [a for a in proposal.actions if a.kind not in _UNCOUNTED]
    # A body that names a proposal where it is introduced has no "had before it" sentence; one
    # that is not introduced first is named in that sentence all the same, or never by its title.
    entitled = not writer.profile.flag("action", "had_before_it") and bool(counted) and counted[0].kind in _NAMING
    if not entitled:
        writer.paragraph(_before_it(writer, proposal, body, openings.next(counted[0].meeting if counted else None)), item.key)
    if not proposal.actions:
        writer.paragraph([Run(TO_BE_COMPLETED)], item.key, numbered=False)
        return
    context = _Proposal(
        writer,
        item,
        proposal,
        body,
        f"the {proposal.kind.strip() or 'draft resolution'}",
        decided=next((a for a in proposal.actions if a.kind in _DECISIONS), None),
        entitled=entitled,
    )
    for action in proposal.actions:
        content = _ACTIONS[action.kind](context, action)
        # "At its 12th meeting" is the body's meeting; the form gave the body its capital
        of_the_body = plain_text(content).lower().startswith(body.lower())
        opening = "" if action.kind in _UNCOUNTED else openings.next(action.meeting, of_the_body)
        content = _opened(opening, content)
        writer.paragraph(_finished(content), item.key)
        if action.kind is ActionKind.REVISED:
            context.revised = True
            _revisions(writer, item, action)
        if action.kind in _DECISIONS and isinstance(action.vote, RecordedVote):
            _voting(writer, item, action.vote)


def _finished(content: list[Inline]) -> list[Inline]:
    if not content:  # a profile's form that says nothing
        return content
    last = content[-1]
    if isinstance(last, Run):
        finished = finish_sentence(last.text)
        if last.mention and finished.startswith(last.text.rstrip()):  # the stop is not the name's
            return [*content[:-1], with_text(last, last.text.rstrip()), Run(finished[len(last.text.rstrip()) :])]
        return [*content[:-1], Run(finish_sentence(last.text), last.italic)]
    return [*content, Run(".")]


def _named(writer: ParagraphWriter, proposal: Proposal) -> list[Inline]:
    """ "a draft resolution entitled “…” (symbol)", or as the profile names a proposal
    ("draft resolution E/CN.7/2024/L.2, entitled “…”")."""
    kind = proposal.kind.strip() or "draft resolution"
    title: list[Inline] = [Run("\u201c"), *writer.user(nested_quotes(proposal.title.strip())), Run("\u201d")]
    symbol = proposal.symbol.strip()
    key = "proposal" if symbol else "proposal_without_symbol"
    phrases: dict[str, Phrase] = {"a": a_or_an(kind), "kind": kind, "title": title, "symbol": symbol}
    content = writer.profile.sentence("action", key, **phrases)
    # Named inside a sentence: the capital a form gives the phrase it opens with is not wanted here.
    opening = next((p for name, p in phrases.items() if writer.profile.form("action", key).startswith(f"{{{name}}}")), None)
    first = content[0] if content else None
    if isinstance(opening, str) and opening and isinstance(first, Run):
        content = [replace(first, text=opening[:1] + first.text[1:]), *content[1:]]
    return list(content)


def _set_off(writer: ParagraphWriter, proposal: Proposal) -> bool:
    """Whether the profile names ``proposal`` with its title set off by a comma at the end
    ("draft resolution E/CN.7/2024/L.2, entitled “…”"): what follows in the sentence opens with one."""
    form = writer.profile.form("action", "proposal" if proposal.symbol.strip() else "proposal_without_symbol")
    return form.rstrip().endswith("}") and "," in form


def _submitted(writer: ParagraphWriter, proposal: Proposal) -> list[Inline]:
    """ ", submitted by Pakistan (on behalf of …)", or nothing."""
    submitters = [running_mention(n) for n in proposal.submitted_by if n.strip()]
    if not submitters:
        return []
    profile, who = writer.profile, joined_mentions(submitters)
    if proposal.on_behalf_of.strip():
        by = profile.sentence(
            "action", "submitted_on_behalf", submitters=who, group=behalf_mention(proposal.on_behalf_of, writer.profile)
        )
    else:
        by = profile.sentence("action", "submitted", submitters=who)
    return [Run(", "), *by]


def _before_it(writer: ParagraphWriter, proposal: Proposal, body: str, opening: str) -> list[Inline]:
    content = writer.profile.sentence(
        "action", "before_it", body=body, proposal=_named(writer, proposal), submitted=_submitted(writer, proposal)
    )
    return list(merge_runs(_opened(opening, content)))


# The sentences of the actions below take the form's key first and are bound to it in _ACTIONS with
# partial, not made by a function that returns a closure: a closure made when the module is
# imported is code mutation testing cannot reach (mutmut swaps functions as they are called).


def _by_speaker(key: str, context: _Proposal, action: Action) -> list[Inline]:
    """ "the representative of Thailand introduced the draft resolution" (the form ``key``), or
    without a speaker "the draft resolution was introduced" (``key``_unnamed)."""
    if not action.speaker.strip():
        return context.sentence(f"{key}_unnamed")
    speaker = speaker_phrase(context.item, action.speaker, action.on_behalf_of, context.writer.profile)
    if key == "introduced" and context.entitled:  # named here, once
        context.entitled = False
        return context.sentence("introduced_entitled", speaker=speaker, **context.named())
    return context.sentence(key, speaker=speaker)


def _budget(context: _Proposal, action: Action) -> list[Inline]:
    if action.text.strip():  # what the body was told instead, as the note-taker typed it
        told = context.writer.user(lower_first(action.text.strip()))
        return told if told and isinstance(told[0], Run) else [Run(""), *told]
    return context.sentence("budget")


def _decision(key: str, context: _Proposal, action: Action) -> list[Inline]:
    vote = vote_phrase(action.vote, context.writer.profile)
    revised = (", as orally revised" + ("," if vote else "")) if context.revised else ""
    if action.kind is not ActionKind.ADOPTED:
        return context.sentence(key, revised=revised, vote=vote)
    if context.entitled:  # named here, once
        context.entitled = False
        named = context.named()
        # "sponsored by Chile, by 49 votes", "draft resolution L.2, entitled “…”, without a vote": closed first
        if (named["submitted"] or _set_off(context.writer, context.proposal)) and vote and not revised:
            vote = "," + vote
        return context.sentence("adopted_entitled", revised=revised, vote=vote, see=_see(context.proposal), **named)
    return context.sentence(key, revised=revised, vote=vote, see=_see(context.proposal))


def _see(proposal: Proposal) -> str:
    where = [part.strip() for part in (proposal.see, proposal.outcome_symbol) if part.strip()]
    return f" (see {', '.join(where)})" if where else ""


def _deferred(context: _Proposal, action: Action) -> list[Inline]:
    when = f" {action.text.strip()}" if action.text.strip() else ""
    return context.sentence("deferred", when=when)


def _around(after: bool, context: _Proposal, action: Action) -> list[Inline]:
    """Statements before the decision, or in explanation of vote after it."""
    decided = context.decided
    event = (
        f"the adoption of {context.noun}"
        if decided is None or decided.kind is ActionKind.ADOPTED
        else f"the vote on {context.noun}"
    )
    who, several = speakers_phrase(context.item, action.speakers, context.writer.profile)
    when = "after" if after else "before"
    if not who:
        return context.sentence(f"statements_{when}_unnamed", event=event)
    return context.sentence(f"statements_{when}" if several else f"statement_{when}", event=event, speakers=who)


_ACTIONS: dict[ActionKind, Callable[[_Proposal, Action], list[Inline]]] = {
    ActionKind.INTRODUCED: partial(_by_speaker, "introduced"),
    ActionKind.REVISED: partial(_by_speaker, "revised"),
    ActionKind.BUDGET: _budget,
    ActionKind.ADOPTED: partial(_decision, "adopted"),
    ActionKind.REJECTED: partial(_decision, "rejected"),
    ActionKind.WITHDRAWN: partial(_by_speaker, "withdrawn"),
    ActionKind.DEFERRED: _deferred,
    ActionKind.BEFORE: partial(_around, False),
    ActionKind.AFTER: partial(_around, True),
}


def _revisions(writer: ParagraphWriter, item: Item, action: Action) -> None:
    revisions = [r.strip().rstrip(";.").rstrip() for r in action.revisions if r.strip()]
    for index, revision in enumerate(revisions):
        end = "." if index == len(revisions) - 1 else ";"
        content = [*writer.user(curly_quotes(revision)), Run(end)]
        writer.blocks.append(Subparagraph(letter_label(index), tuple(merge_runs(content)), item.key))


def _voting(writer: ParagraphWriter, item: Item, vote: RecordedVote) -> None:
    writer.paragraph(writer.profile.sentence("action", "voting"), item.key)
    for label, names in (("In favour:", vote.in_favour), ("Against:", vote.against), ("Abstaining:", vote.abstaining)):
        writer.blocks.append(Subparagraph(label, tuple(merge_runs(vote_list_mentions(names))), item.key, ListKind.VOTE))
