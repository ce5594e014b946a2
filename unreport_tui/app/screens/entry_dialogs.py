"""The correction forms of the live screen, each returning what was typed as its own typed result
(``dismiss``): the screen that opened the form applies it through the logbook. Nothing is
changed by the form itself, so Escape leaves everything as it was."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ...core.form_fields import FieldError, read_names, read_yes_no, show_names, show_yes_no
from ...core.list_lines import STATE_ROLES, resolve_behalf, role_of, roles_to_confirm
from ...core.model import Point, Presentation, Role, Statement
from ...core.speaker_suggestions import Suggestion, suggest_behalf
from .edit_entry import EditEntryDialog


@dataclass(frozen=True)
class StatementCorrection:
    """A statement as corrected: every field the form shows, the group resolved."""

    speaker: str
    on_behalf_of: str
    role: Role
    capacity: str
    text: str
    note: str
    person: str = ""


@dataclass(frozen=True)
class PointCorrection:
    """A point as corrected: the speakers as a list of names, the yes/no boxes as yes or no."""

    text: str
    speakers: tuple[str, ...]
    heading: str
    named: bool
    join: bool
    lead: str


class StatementDialog(EditEntryDialog[StatementCorrection]):
    def __init__(
        self, statement: Statement, logged: Mapping[str, tuple[str, Role]], suggest_names: Callable[[str], list[Suggestion]]
    ) -> None:
        """``logged``: each speaker logged so far and their role (a new name takes theirs);
        ``suggest_names``: the speaker box's suggestions for a name."""
        super().__init__(
            "Correct the statement",
            [
                ("speaker", "Speaker", statement.speaker),
                ("on_behalf_of", "On behalf of", statement.on_behalf_of),
                ("capacity", "Speaking as (as the concerned country)", statement.capacity),
                ("text", "What an official did (officials only)", statement.text),
                ("person", "An official's name (Ms. A. B.; officials only)", statement.person),
                ("note", "Your note, never in the report (empty it once checked)", statement.note),
            ],
            role=statement.role,
            role_of=self.new_role,
            completions={"speaker": (suggest_names, False), "on_behalf_of": (suggest_behalf, False)},
        )
        self.statement = statement
        self.logged = logged

    def new_role(self, name: str) -> Role | None:
        """A State its own, a known IGO an IGO, someone logged before their role; a name that is
        none of these is no State: an NGO (a national human rights institution for a name that
        reads as one), unless it was not a State already."""
        if name.strip() == self.statement.speaker:
            return self.statement.role
        found = role_of(name, self.logged)
        if found is not None:
            return found
        return roles_to_confirm(name)[0] if self.statement.role in STATE_ROLES else self.statement.role

    def result(self, values: dict[str, str]) -> StatementCorrection:
        typed_behalf = values["on_behalf_of"].strip()
        behalf = (resolve_behalf(typed_behalf) or typed_behalf) if typed_behalf else ""
        return StatementCorrection(
            speaker=values["speaker"],
            on_behalf_of=behalf,
            role=Role(values["role"]),
            capacity=values["capacity"],
            text=values["text"],
            note=values["note"],
            person=values["person"].strip(),
        )


class PointDialog(EditEntryDialog[PointCorrection]):
    def __init__(self, point: Point, suggest_names: Callable[[str], list[Suggestion]]) -> None:
        super().__init__(
            "Correct the point",
            [
                ("text", "Point", point.text),
                ("speakers", "Made by (names, separated by ;)", show_names(point.speakers)),
                ("heading", "Heading above it (optional)", point.heading),
                ("named", "Speakers named as its subject (yes, no)", show_yes_no(point.named)),
                ("join", "Joined to the paragraph before (yes, no)", show_yes_no(point.join)),
                ("lead", "Words before the subject (In summarizing the report,)", point.lead),
            ],
            completions={"speakers": (suggest_names, True)},
        )
        self.point = point

    def result(self, values: dict[str, str]) -> PointCorrection:
        speakers = tuple(read_names(values["speakers"]))
        # A typo ("yse") is refused, not read as no: it would change the paragraph the point goes in.
        named = read_yes_no("named", values["named"], self.point.named)
        join = read_yes_no("join", values["join"], self.point.join)
        assert named is not None and join is not None  # a default is given: an empty box keeps the value
        return PointCorrection(
            text=values["text"], speakers=speakers, heading=values["heading"], named=named, join=join, lead=values["lead"]
        )


@dataclass(frozen=True)
class PresentationEntry:
    """A presentation as typed in its form: a new one, or one corrected."""

    title: str
    speaker: str
    on_behalf_of: str
    role: Role


class PresentationDialog(EditEntryDialog[PresentationEntry]):
    """The title (the cursor is there), who gave it and in what role: for a presentation being
    logged (the speaker typed in the speaker box) or one being corrected."""

    def __init__(
        self,
        presentation: Presentation,
        logged: Mapping[str, tuple[str, Role]],
        suggest_names: Callable[[str], list[Suggestion]],
        heading: str = "Correct the presentation",
    ) -> None:
        super().__init__(
            heading,
            [
                ("title", "Title of the presentation", presentation.title),
                ("speaker", "By", presentation.speaker),
                ("on_behalf_of", "On behalf of", presentation.on_behalf_of),
            ],
            role=presentation.role,
            role_of=lambda name: role_of(name, logged),
            completions={"speaker": (suggest_names, False), "on_behalf_of": (suggest_behalf, False)},
        )

    def result(self, values: dict[str, str]) -> PresentationEntry:
        # Refused here, the form stays open with what was typed: a title is never lost to a refusal.
        if not values["title"].strip():
            raise FieldError("title", "type the presentation's title")
        if not values["speaker"].strip():
            raise FieldError("speaker", "type who gave the presentation")
        typed_behalf = values["on_behalf_of"].strip()
        behalf = (resolve_behalf(typed_behalf) or typed_behalf) if typed_behalf else ""
        return PresentationEntry(values["title"].strip(), values["speaker"].strip(), behalf, Role(values["role"]))


class HeadingDialog(EditEntryDialog[str]):
    """A heading ("Deliberations") over the next point logged: the heading, trimmed ("" for none)."""

    def __init__(self) -> None:
        super().__init__("A heading over the next point", [("heading", "Heading", "Deliberations")])

    def result(self, values: dict[str, str]) -> str:
        return values["heading"].strip()
