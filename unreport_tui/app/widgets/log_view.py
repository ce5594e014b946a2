"""What was logged for the current agenda item: statements with their time and speaking time,
then the points with who made them. Text the note-taker typed is shown as it was typed."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...core.model import Item, Role, StatementKind
from ...core.quantifier import quantifier_for
from ...core.rendered import printable

ROLE_NAMES = {Role.MEMBER: "", Role.SIGNATORY: "signatory", Role.OBSERVER_STATE: "observer State",
              Role.IGO: "IGO", Role.NGO: "NGO", Role.OFFICIAL: "official"}


def _duration(seconds: int | None) -> str:
    if seconds is None:
        return ""
    minutes, seconds = divmod(seconds, 60)
    return f" {minutes}:{seconds:02d}"


class LogView(OptionList):
    """Option ids are "statement:<id>" and "point:<id>", so a correction knows what it is on."""

    def show(self, item: Item | None, newest: str = "") -> None:
        """The item's entries, with ``newest`` ("statement:12") highlighted and in view (the last
        entry when it is not given or not there)."""
        self.clear_options()
        if item is None:
            return
        options: list[Option] = []
        for statement in item.statements:
            line = Text(f"{statement.time:%H:%M} " if statement.time else "      ", style="dim")
            line.append(printable(statement.speaker), style="bold")
            extra = [ROLE_NAMES[statement.role]] if ROLE_NAMES[statement.role] else []
            if statement.on_behalf_of:
                extra.append(f"on behalf of {printable(statement.on_behalf_of)}")
            if statement.kind is StatementKind.REPLY:
                extra.append("right of reply")
            if extra:
                line.append(f" ({', '.join(extra)})")
            line.append(_duration(statement.duration), style="dim")
            options.append(Option(line, id=f"statement:{statement.id}"))
        for point in item.points:
            who = ", ".join(point.speakers) or "no names logged"
            line = Text("  • ", style="dim")
            subject = point.quantifier or quantifier_for(point.speakers) or "Impersonal"
            line.append(printable(f"{subject} ({who}): "), style="cyan")
            line.append(printable(point.text))
            options.append(Option(line, id=f"point:{point.id}"))
        self.add_options(options)
        if options:
            ids = [o.id for o in options]
            self.highlighted = ids.index(newest) if newest in ids else len(options) - 1
