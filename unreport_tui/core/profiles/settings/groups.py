"""The name the body uses for each group a delegation speaks for."""

from __future__ import annotations

from ..spec import Names, Section

SECTION = Section(
    "groups",
    'The body\'s name for each group, printed after "on behalf of".',
    {
        "names": Names(
            "A group by its name or an alias in unreport's list (data/groups.toml), or as typed -> the body's name"
            ' for it, with its article: "Group of African States" = "the African Group". A group the table does not'
            " name is printed as unreport's list has it, else as typed, with its article."
        ),
    },
)
