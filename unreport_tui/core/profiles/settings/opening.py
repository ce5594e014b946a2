"""An agenda item's opening paragraph: when and how the body considered it, and what it had before it."""

from __future__ import annotations

from dataclasses import replace

from ..spec import Choice, Section, form

# {dates} brings its own preposition ("on 5 October", "from 5 to 7 October"): a form must not give one.
_DATES_PREPOSITION = (
    (
        r"\b(?:on|from)\s+\{dates\}",
        'write {dates} without "on" or "from" before it: it brings its own ("on 5 October", "from 5 to 7 October")',
    ),
)

SECTION = Section(
    "opening",
    "The paragraph that opens an agenda item's section. In every form {body} is the body's short name "
    '("the Committee"), {body_running} its name in running text ([session] body_running: "the Third Committee"; '
    'else the same as {body}) and {body_in_full} its name as the session gives it ("the Commission on Population '
    'and Development").',
    {
        "considered": replace(
            form(
                "The item considered at meetings whose dates are all known ({dates} with its preposition: "
                '"on 5 and 6 October 2004", "from 5 to 7 October 2004").',
                "meetings",
                "dates",
                "body",
                "body_running",
                "body_in_full",
                "item",
                "title",
                required=("meetings", "dates"),
            ),
            refused=_DATES_PREPOSITION,
        ),
        "considered_undated": form(
            "The item considered at meetings not all of whose dates are known.",
            "meetings",
            "body",
            "body_running",
            "body_in_full",
            "item",
            "title",
            required=("meetings",),
        ),
        "considered_no_meeting": form(
            "The item with no meeting logged yet: it is still named with its title.",
            "body",
            "body_running",
            "body_in_full",
            "item",
            "title",
            required=(),
        ),
        "meeting_ranges": Choice(
            'Three or more meetings running as a range in {meetings}: "at its 1st to 3rd meetings"; false: one by one '
            '("at its 1st, 2nd, 3rd, … 11th and 13th meetings", E/2007/27).'
        ),
        "considered_sentence": Choice(
            "Whether an item opens with a sentence saying how the body considered it (false: the documents lead or "
            'the debate opens it, "For its consideration of this item, the Board had before it …", TD/B/53/L.2/Add.6); '
            "an item's mandate is still said."
        ),
        "no_meeting_sentence": Choice(
            "Whether an item with no meeting logged gets the considered_no_meeting sentence (false: no opening sentence)."
        ),
        "considered_mandate": form(
            'The item considered under a mandate ([[items]] mandate = "General Assembly resolution 76/76"): '
            '"In accordance with General Assembly resolution 76/76, the Subcommittee considered agenda item 8, …".',
            "mandate",
            "body",
            "body_running",
            "body_in_full",
            "item",
            "title",
            required=("mandate",),
        ),
        "allocation": form(
            "The plenary's allocation of the item ([[items]] allocation = { meeting, date, session }), a paragraph "
            'before the opening: "At its {meeting}, on {date}, the General Assembly … allocate it to {body_running}."',
            "meeting",
            "date",
            "session",
            "title",
            "body",
            "body_running",
            required=("meeting", "date", "session"),
        ),
        "summary_records": form(
            "After the opening sentence, where the discussion is recorded ([[items]] summary_records): "
            '"… contained in the relevant summary records (A/C.3/77/SR.4 and 9)."',
            "body",
            "records",
            required=("records",),
        ),
        "documents_apart": Choice(
            "The documents the body had before it in a paragraph of their own (General Assembly Main Committees), "
            "not after the opening sentence."
        ),
        "one_document": form("The one document the body had before it.", "body", "item", "document", required=("document",)),
        "documents": form(
            'The lead of the lettered list of documents the body had before it ("It had before it the following documents:").',
            "body",
            "item",
            required=(),
        ),
    },
)
