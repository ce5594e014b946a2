"""How each role is introduced where the report names who spoke: "the representative of Chile",
"the observer for the European Union", "Chile (on behalf of the Group of 77 and China)"."""

from __future__ import annotations

from ..spec import Names, Section, form

SECTION = Section(
    "roles",
    "How a speaker is introduced by their role, wherever the report names them.",
    {
        "representative": form('One representative of a member State: "the representative of Chile".', "names"),
        "representatives": form('Several: "the representatives of Chile and the Niger".', "names"),
        "observer": form('One observer, for a State or an organization: "the observer for the European Union".', "names"),
        "observers": form("Several observers.", "names"),
        "on_behalf": form(
            'A speaker for a group, in a list of those who spoke: "Chile (on behalf of the Group of 77 and China)".',
            "speaker",
            "group",
        ),
        "as_representative": Names(
            "Speakers the body introduces as representatives and lists with the States members, whatever their"
            ' role, with the words after their name (or none): "European Union" = "in its capacity as observer",'
            ' "State of Palestine" = "".',
            blank=True,
        ),
    },
)
