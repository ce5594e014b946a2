"""The presentations heard under an item: a lead sentence, then one lettered entry each, worded by
the presenter's role ("“Title”, by the representative of Japan")."""

from __future__ import annotations

from ..spec import Section, form

SECTION = Section(
    "presentations",
    "The presentations heard under an item (a lettered list after a lead sentence).",
    {
        "lead": form(
            'The sentence before the list: "The Subcommittee heard the following scientific and technical presentations:".',
            "body",
            required=(),
        ),
        "member": form("One presentation, by a representative of a member State.", "title", "speaker"),
        "observer": form(
            "One presentation, by an observer (for a signatory or observer State, or an organization).", "title", "speaker"
        ),
        "official": form(
            'One presentation, by an official named by their title ("the Director of the Office").', "title", "speaker"
        ),
    },
)
