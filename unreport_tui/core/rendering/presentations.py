"""The presentations heard under an agenda item: the profile's lead sentence, then one lettered
subparagraph a presentation, worded by the presenter's role.

    The Subcommittee heard the following scientific and technical presentations:
    (a) “…”, by the representative of Japan;
    (b) “…”, by the observer for the European Space Agency.
"""

from __future__ import annotations

from ..english import letter_label, nested_quotes, with_the
from ..model import Item, Presentation, Role
from ..rendered import Inline, Run, Subparagraph, merge_runs
from .mentions import behalf_mention, running_mention
from .paragraph_writer import ParagraphWriter


def render_presentations(writer: ParagraphWriter, item: Item, body: str) -> None:
    """``body``: the body as the report names it in running text ("the Subcommittee")."""
    given = [p for p in item.presentations if p.title.strip() and p.speaker.strip()]
    if not given:
        return
    writer.paragraph(writer.profile.sentence("presentations", "lead", body=body), item.key)
    for index, presentation in enumerate(given):
        end = "." if index == len(given) - 1 else ";"
        content = [*_entry(writer, presentation), Run(end)]
        writer.blocks.append(Subparagraph(letter_label(index), tuple(merge_runs(content)), item.key))


def _entry(writer: ParagraphWriter, presentation: Presentation) -> list[Inline]:
    title = writer.user(nested_quotes(presentation.title.strip()))
    name = presentation.speaker.strip()
    speaker: list[Inline]
    if presentation.role is Role.OFFICIAL:
        # An official by the title as typed, with "the", as action paragraphs name them.
        speaker, form = [Run(with_the(name))], "official"
    else:
        speaker, form = running_mention(name), "member" if presentation.role is Role.MEMBER else "observer"
    if presentation.on_behalf_of.strip():
        speaker += [Run(" (on behalf of "), *behalf_mention(presentation.on_behalf_of, writer.profile), Run(")")]
    return writer.profile.sentence("presentations", form, title=title, speaker=speaker)
