"""Action on proposals: the sentences of "Action taken by …", one form each. The core builds the
phrases (who, by their role; the proposal named with its title and symbol; the vote; "as orally
revised") and the opening that names the meeting ("At its 11th meeting, on …,"), put before each."""

from __future__ import annotations

from ..spec import Choice, Section, form

_BY = 'who, by their role, with any ", on behalf of …,"'

SECTION = Section(
    "action",
    "Action on proposals (draft resolutions and decisions): one paragraph a step.",
    {
        "heading": form(
            'The heading over the action on an item\'s proposals: "Action taken by the Commission".', "body", required=()
        ),
        "had_before_it": Choice(
            "Whether a proposal is first named in a sentence of its own (before_it); if not, the sentence that "
            "introduces it names it (introduced_entitled), as the Commission on the Status of Women does."
        ),
        "proposal": form(
            "How a proposal with a symbol is named where it is first named (in {proposal}): "
            '"a draft resolution entitled “…” (E/CN.6/2007/L.3)", or "draft resolution E/CN.7/2024/L.2, entitled “…”" '
            '({a}: "a" or "an"; {kind}: "draft resolution" as typed; {title}: the title in quotation marks). A form '
            'that ends with its title set off by a comma has the next phrase open with one (", as orally revised").',
            "a",
            "kind",
            "title",
            "symbol",
            required=("symbol",),
        ),
        "proposal_without_symbol": form(
            'The same for a proposal with no symbol: "a draft resolution entitled “…”".',
            "a",
            "kind",
            "title",
            required=("title",),
        ),
        "before_it": form(
            "The proposal the body had before it ({proposal}: its kind, title and symbol; {submitted}: "
            '", submitted by …" or nothing).',
            "body",
            "proposal",
            "submitted",
            required=("proposal", "submitted"),
        ),
        "submitted": form(
            'Who submitted the proposal, after its title and symbol, a comma before it: "submitted by Pakistan".',
            "submitters",
        ),
        "submitted_on_behalf": form(
            'The same, for a group: "submitted by Pakistan (on behalf of the Group of 77 and China)".', "submitters", "group"
        ),
        "introduced": form(f"Its introduction ({{speaker}}: {_BY}).", "speaker", "noun", "body", required=("speaker",)),
        "introduced_entitled": form(
            "Its introduction when no sentence named it before (had_before_it = false): "
            '"… introduced a draft resolution entitled “…” (symbol)".',
            "speaker",
            "proposal",
            "submitted",
            "body",
            required=("speaker", "proposal"),
        ),
        "introduced_unnamed": form("Its introduction, no one named.", "noun", "body", required=()),
        "revised": form("Its oral revision, the revisions listed after it.", "speaker", "noun", "body", required=("speaker",)),
        "revised_unnamed": form("Its oral revision, no one named.", "noun", "body", required=()),
        "budget": form("No programme budget implications (a text typed for the step replaces it).", "body", "noun", required=()),
        "adopted": form(
            '{revised}: ", as orally revised" or nothing; {vote}: " without a vote", " by a recorded vote of …" or nothing; '
            '{see}: " (see …)" or nothing.',
            "body",
            "noun",
            "revised",
            "vote",
            "see",
            required=("revised", "vote", "see"),
        ),
        "adopted_entitled": form(
            "Its adoption when no sentence named it before (had_before_it = false, not introduced first): "
            '"… adopted a revised draft resolution entitled “…” (symbol), sponsored by …".',
            "body",
            "proposal",
            "submitted",
            "revised",
            "vote",
            "see",
            required=("proposal", "revised", "vote", "see"),
        ),
        "recorded_vote": form(
            'A recorded vote, after a space: "by a recorded vote of {in_favour} to {against}, with {abstentions}" '
            '({against}: "none" or a number; {abstentions}: "no abstentions", "1 abstention", "3 abstentions").',
            "in_favour",
            "against",
            "abstentions",
        ),
        "counted_vote": form(
            "A vote whose counts alone were announced (no lists), after a space: "
            '"by {votes_in_favour} to {against}, with {abstentions}" ({votes_in_favour}: "49 votes", "1 vote"; '
            '{in_favour}: the number alone; {against}: "none" or a number; {abstentions} as in recorded_vote).',
            "in_favour",
            "votes_in_favour",
            "against",
            "abstentions",
            required=("against", "abstentions"),
        ),
        "without_a_vote": form('A decision said to be taken without a vote, after a space: "without a vote".', required=()),
        "rejected": form("Its rejection.", "body", "noun", "revised", "vote", required=("revised", "vote")),
        "withdrawn": form("Its withdrawal.", "speaker", "noun", "body", required=("speaker",)),
        "withdrawn_unnamed": form("Its withdrawal, no one named.", "noun", "body", required=()),
        "deferred": form('{when}: " to its next session" as typed, or nothing.', "body", "noun", "when", required=("when",)),
        "statement_before": form(
            '{event}: "the adoption of the draft resolution" (or "the vote on …").',
            "event",
            "speakers",
            "noun",
            required=("speakers",),
        ),
        "statements_before": form("Several statements before the decision.", "event", "speakers", "noun", required=("speakers",)),
        "statements_before_unnamed": form("Statements before the decision, no one named.", "event", "noun", required=()),
        "statement_after": form(
            "A statement in explanation of vote after it.", "event", "speakers", "noun", required=("speakers",)
        ),
        "statements_after": form(
            "Statements in explanation of vote after it.", "event", "speakers", "noun", required=("speakers",)
        ),
        "statements_after_unnamed": form(
            "Statements in explanation of vote after it, no one named.", "event", "noun", required=()
        ),
        "voting": form("The line over the three lists of a recorded vote.", required=()),
    },
)
