"""An agenda item's opening paragraph: when and how the body considered it, and what it had before it."""

from __future__ import annotations

from ..spec import Section, form

SECTION = Section(
    "opening",
    "The paragraph that opens an agenda item's section.",
    {
        "considered": form(
            "The item considered at meetings whose dates are all known.",
            "meetings",
            "dates",
            "body",
            "item",
            "title",
        ),
        "considered_undated": form(
            "The item considered at meetings not all of whose dates are known.",
            "meetings",
            "body",
            "item",
            "title",
        ),
        "considered_no_meeting": form(
            "The item with no meeting logged yet: it is still named with its title.",
            "body",
            "item",
            "title",
        ),
        # The item's number may be named ("For its consideration of item 4, …": E/2025/28).
        "one_document": form(
            "The one document the body had before it.", "body", "document", "item", required=("body", "document")
        ),
        "documents": form(
            "The lead of the lettered list of documents the body had before it.", "body", "item", required=("body",)
        ),
    },
)
