"""Action on proposals, logged live: the draft resolutions and decisions before the body under
the current agenda item, and what it does with them (introduced, orally revised, budget
implications, statements before and after, adopted or rejected with or without a recorded vote,
withdrawn, deferred), each at the current meeting. Every change goes through the logbook, so
ctrl+z undoes it; the draft shows it under "Action taken by …".

Enter in the proposal's boxes adds a proposal (it becomes the current one); Enter in the
action's boxes logs the action highlighted in the list of actions on the current proposal.

The boxes for names complete them as the speaker box does ("thai" offers Thailand, "g77" the
Group of 77 and China). In a box for several names (who submitted it, who voted in favour),
Enter puts the highlighted name in and goes on to the next; Enter after the last one logs."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Checkbox, Header, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from ...core.english import counted
from ...core.form_fields import FieldError, read_names, read_revisions, read_vote_counts
from ...core.list_lines import resolve_state_name
from ...core.model import Action, ActionKind, CountedVote, Decision, Proposal, RecordedVote, Vote
from ...core.rendered import printable
from ...core.speaker_suggestions import Suggestion, suggest_behalf, suggest_speakers
from ...logbook import Logbook, LogbookError, StepOutcome
from ...storage import StorageError
from ..actions import On, bindings, key_for, with_keys
from ..widgets.completing_input import CompletingInput
from ..widgets.form_fields import FormFields
from ..widgets.keys_footer import ActionsFooter
from ..widgets.keys_in_order import InOrderInput, InOrderOptionList
from ..widgets.tick_box import TickBox
from .choose_each import ChooseEachDialog, Question, first_unless_torn
from .destination import Destination
from .form_keys import TABS_AT_ONCE
from .undoable import UndoableScreen

PROPOSAL_FIELDS = [
    ("proposal_title", "Title (Women and girls)"),
    ("proposal_symbol", "Symbol (E/CN.6/2007/L.3)"),
    ("proposal_kind", "Kind (draft resolution)"),
    ("proposal_submitted", "Submitted by (Canada; Colombia)"),
    ("proposal_behalf", "On behalf of (g77)"),
]
ACTION_FIELDS = [
    ("action_speaker", "Speaker (introduced, revised, withdrew)"),
    ("action_behalf", "On behalf of"),
    ("action_speakers", "Speakers before / after (Cuba; Peru)"),
    ("action_revisions", "Revisions (one | another)"),
    ("action_text", "Text (budget note; deferred to …)"),
    ("vote_for", "In favour (Chile; Peru … or 49)"),
    ("vote_against", "Against"),
    ("vote_abstaining", "Abstaining"),
]
ACTION_NAMES = {
    ActionKind.INTRODUCED: "introduced",
    ActionKind.REVISED: "orally revised (revisions)",
    ActionKind.BUDGET: "programme budget implications",
    ActionKind.BEFORE: "statements before the decision",
    ActionKind.ADOPTED: "adopted (a recorded vote when the vote lists are filled; counts alone: a show of hands)",
    ActionKind.REJECTED: "rejected",
    ActionKind.AFTER: "statements in explanation of vote after",
    ActionKind.WITHDRAWN: "withdrawn",
    ActionKind.DEFERRED: "deferred (to: text)",
}


# The boxes that take names, and whether they take several: completed from the country and group data.
NAME_BOXES = {
    "proposal_submitted": True,
    "proposal_behalf": False,
    "action_speaker": False,
    "action_behalf": False,
    "action_speakers": True,
    "vote_for": True,
    "vote_against": True,
    "vote_abstaining": True,
}
GROUP_BOXES = {"proposal_behalf", "action_behalf"}
# The lists of States checked before they are saved (pasted names are not completed): each name
# resolved to the UN's, and those that cannot be asked, never saved as typed without a word.
CHECKED_BOXES = {
    "proposal_submitted": "Submitted by",
    "vote_for": "In favour",
    "vote_against": "Against",
    "vote_abstaining": "Abstaining",
}


VOTE_BOXES = ["vote_for", "vote_against", "vote_abstaining"]


class ProposalsScreen(UndoableScreen[Destination]):
    BINDINGS = [*bindings(On.PROPOSALS), *TABS_AT_ONCE]  # undo and redo: UndoableScreen's

    def __init__(self, book: Logbook) -> None:
        """The screen ends with ``Destination.LIVE`` (``dismiss``): its opener goes back to logging."""
        super().__init__()
        self.book = book
        self.current: str | None = None  # the key of the proposal actions are logged on

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="proposals"):
            yield Static(id="proposals-intro")
            yield InOrderOptionList(id="proposal-list", markup=False)
            yield Label("A new proposal (Enter adds it; it becomes the current one)", classes="section-title", markup=False)
            yield from self._fields(PROPOSAL_FIELDS, "proposal")
            yield Static(id="proposal-names-check", classes="names-check")
            yield Label("", id="current-proposal", classes="section-title", markup=False)
            yield InOrderOptionList(
                *[Option(name, id=kind.value) for kind, name in ACTION_NAMES.items()], id="action-kind", markup=False
            )
            yield from self._fields(ACTION_FIELDS, "action")
            yield Static(id="action-names-check", classes="names-check")
            yield TickBox("without a vote (say so in the report)", id="without-vote")
            yield Label("", id="proposals-error", markup=False)
        yield ActionsFooter()

    def _fields(self, fields: list[tuple[str, str]], section: str) -> ComposeResult:
        with FormFields(classes="form") as form:
            for name, label in fields:
                box: Widget
                if name in NAME_BOXES:
                    box = CompletingInput(
                        self._suggest_groups
                        if name in GROUP_BOXES
                        else self._suggest_voters
                        if name in VOTE_BOXES
                        else self._suggest_names,
                        "",
                        input_id=name,
                        form=True,
                        several=NAME_BOXES[name],
                        input_classes=f"in-{section}",
                        id=f"{name}-box",
                    )
                else:
                    box = InOrderInput(id=name, classes=f"in-{section}", compact=True)
                yield form.labelled(box, label)

    def _suggest_names(self, typed: str) -> list[Suggestion]:
        logged = (s.speaker for item in self.book.session.items for s in item.statements)
        return suggest_speakers(typed, logged)

    def _suggest_voters(self, typed: str) -> list[Suggestion]:
        """Names, or nothing for a count (a show of hands: "49"), which Enter takes as it is."""
        return [] if typed.strip().isdigit() else self._suggest_names(typed)

    @staticmethod
    def _suggest_groups(typed: str) -> list[Suggestion]:
        return suggest_behalf(typed)

    def on_mount(self) -> None:
        self.query_one("#proposal_kind", Input).value = "draft resolution"
        self.query_one("#action-kind", OptionList).highlighted = 0
        proposals = self.book.proposals()
        self.current = proposals[-1].key if proposals else None
        self.show()
        self.query_one("#proposal_title", Input).focus()
        for box in CHECKED_BOXES:  # watched, not heard: a completing box keeps its Changed to itself
            self.watch(self.query_one(f"#{box}", Input), "value", lambda _: self.show_names_check(), init=False)

    def _vote_counts(self) -> tuple[int, int, int] | None:
        """The counts of a vote by a show of hands, typed in the vote boxes; LogbookError if mixed with names."""
        try:
            return read_vote_counts(*(self._value(box) for box in VOTE_BOXES))
        except FieldError as refused:
            raise LogbookError(str(refused)) from None

    def _vote_boxes_of_names(self) -> list[str]:
        """The vote boxes whose names are resolved before the action is logged: none when they hold
        counts (or numbers mixed with names, which logging the action refuses)."""
        try:
            return [] if self._vote_counts() else VOTE_BOXES
        except LogbookError:
            return []

    def show_names_check(self) -> None:
        """Under each section, what each name of its lists is taken as, before anything is saved."""
        for section, boxes in (("proposal", ["proposal_submitted"]), ("action", self._vote_boxes_of_names())):
            shown = Text()
            for box in boxes:
                typed = read_names(self._value(box))
                if not typed:
                    continue
                shown.append(f"{CHECKED_BOXES[box]} ({len(typed)}): ", style="dim")
                for n, name in enumerate(typed):
                    resolution = resolve_state_name(name)
                    shown.append(", " if n else "")
                    if resolution.entry is None:
                        closest = f" (closest: {', '.join(resolution.suggestions)})" if resolution.suggestions else ""
                        shown.append(f"? {printable(name)}{printable(closest)}", style="bold yellow")
                    else:
                        shown.append(printable(resolution.entry.speaker))
                shown.append("\n")
            if section == "action" and not boxes:
                try:
                    counts = read_vote_counts(*(self._value(box) for box in VOTE_BOXES))
                except FieldError as refused:
                    shown.append(f"? {refused}", style="bold yellow")
                else:
                    if counts:
                        shown.append("Counts alone (a show of hands): ", style="dim")
                        shown.append("{} in favour, {} against, {} abstaining".format(*counts))
            shown.rstrip()
            check = self.query_one(f"#{section}-names-check", Static)
            check.update(shown)
            check.display = bool(shown)

    async def _names_resolved(self, boxes: list[str]) -> dict[str, list[str]] | None:
        """The names of ``boxes``, each a State by its UN name; those that cannot be resolved are
        asked first (a State close to it, or as typed). None, and a word why, when the questions
        are left (Esc): nothing is to be saved then. Awaits the questions: run it in a worker."""
        resolutions = {box: [resolve_state_name(name) for name in read_names(self._value(box))] for box in boxes}
        unresolved = [(box, n, r) for box, listed in resolutions.items() for n, r in enumerate(listed) if r.entry is None]
        chosen: dict[tuple[str, int], str] = {}
        if unresolved:
            questions = [
                Question(f"{CHECKED_BOXES[box]}: “{r.typed.strip()}”", r.how, offered, first_unless_torn(offered))
                for box, _, r in unresolved
                for offered in [[(state, state) for state in r.suggestions] + [(f"{r.typed.strip()}, as typed", r.typed.strip())]]
            ]
            asked = ChooseEachDialog(
                f"{counted(len(unresolved), 'name')} {'is' if len(unresolved) == 1 else 'are'} no State: choose what each is",
                questions,
            )
            answers: list[str] | None = await self.app.push_screen_wait(asked)
            if answers is None:
                self._refuse("Nothing was saved: correct the names marked ?, then Enter.")
                return None
            chosen = {(box, n): answer for (box, n, _), answer in zip(unresolved, answers, strict=True)}
        return {
            box: [chosen[box, n] if r.entry is None else r.entry.speaker for n, r in enumerate(listed)]
            for box, listed in resolutions.items()
        }

    def show(self) -> None:
        item = self.book.current_item
        meeting = self.book.cursor.meeting
        where = f"agenda item {item.number}" if item else "no agenda item"
        self.query_one("#proposals-intro", Static).update(
            Text(
                f"Proposals under {printable(where)}, at meeting {meeting if meeting is not None else '(none chosen)'}. "
                + with_keys("Enter on one makes it current. {undo} undoes; {proposals} or Esc goes back."),
                style="dim",
            )
        )
        listing = self.query_one("#proposal-list", OptionList)
        listing.clear_options()
        proposals = self.book.proposals()
        listing.add_options([Option(Text(self._describe(p)), id=p.key) for p in proposals])
        listing.display = bool(proposals)
        keys = [p.key for p in proposals]
        if self.current not in keys:
            self.current = keys[-1] if keys else None
        if self.current is not None:
            listing.highlighted = keys.index(self.current)
        current = next((p for p in proposals if p.key == self.current), None)
        self.query_one("#current-proposal", Label).update(
            f"What happened to {self._called(current)} (choose, fill in what applies, Enter logs it)"
            if current
            else "Add a proposal first: what happened to it is logged here"
        )

    @staticmethod
    def _called(proposal: Proposal) -> str:
        return printable(f"{proposal.kind} {proposal.symbol or '“' + proposal.title + '”'}")

    def _describe(self, proposal: Proposal) -> str:
        done = ", ".join(a.kind.value for a in proposal.actions) or "nothing logged yet"
        return printable(f"{proposal.symbol or proposal.key}  {proposal.kind} “{proposal.title}”  — {done}")

    def _refuse(self, reason: str) -> None:
        self.query_one("#proposals-error", Label).update(reason)
        self.notify(reason, severity="error", markup=False, timeout=8)

    def _run(self, step: Callable[[], StepOutcome]) -> StepOutcome | None:
        try:
            change = step()
        except (LogbookError, StorageError) as refused:
            self._refuse(str(refused))
            return None
        self.query_one("#proposals-error", Label).update("")
        if change.not_saved:
            self.notify(change.not_saved, severity="error", markup=False, timeout=10)
        return change

    def _value(self, name: str) -> str:
        return self.query_one(f"#{name}", Input).value

    @on(Input.Submitted, ".in-proposal")
    def add_proposal(self) -> None:
        self.run_worker(self._add_proposal(), group="log")  # a worker: it may ask about names

    async def _add_proposal(self) -> bool:
        """The proposal typed added, and made current; True once it is (its boxes emptied)."""
        listed = await self._names_resolved(["proposal_submitted"])
        if listed is None:
            return False
        change = self._run(
            lambda: self.book.add_proposal(
                self._value("proposal_title"),
                self._value("proposal_kind"),
                self._value("proposal_symbol"),
                listed["proposal_submitted"],
                self._value("proposal_behalf"),
            )
        )
        if change is None:
            return False
        self.current = self.book.proposals()[-1].key
        for name, _ in PROPOSAL_FIELDS:
            self.query_one(f"#{name}", Input).value = ""
        self.query_one("#proposal_kind", Input).value = "draft resolution"
        self.notify(f"{change.description[:1].upper()}{change.description[1:]}.", markup=False, timeout=3)
        self.show()
        self.query_one("#action-kind", OptionList).focus()
        return True

    @on(OptionList.OptionSelected, "#proposal-list")
    def choose_proposal(self, event: OptionList.OptionSelected) -> None:
        self.current = event.option.id
        self.show()
        self.query_one("#action-kind", OptionList).focus()

    @on(OptionList.OptionSelected, "#action-kind")
    def kind_chosen(self) -> None:
        self.query_one("#action_speaker", Input).focus()

    def _action(self, listed: dict[str, list[str]]) -> Action:
        listing = self.query_one("#action-kind", OptionList)
        kind = list(ACTION_NAMES)[listing.highlighted or 0]
        in_favour, against, abstaining = (listed.get(n, []) for n in VOTE_BOXES)
        counts = self._vote_counts()
        vote: Vote = Decision.CONSENSUS
        if counts:
            vote = CountedVote(*counts)
        elif in_favour or against or abstaining:
            vote = RecordedVote(in_favour, against, abstaining)
        elif self.query_one("#without-vote", Checkbox).value:
            vote = Decision.WITHOUT_A_VOTE
        revisions = read_revisions(self._value("action_revisions"))
        if kind is ActionKind.REVISED and not revisions:
            raise LogbookError("type the revisions, separated by |, then Enter")
        return Action(
            kind,
            speaker=self._value("action_speaker").strip(),
            on_behalf_of=self._value("action_behalf").strip(),
            speakers=read_names(self._value("action_speakers")),
            text=self._value("action_text").strip(),
            revisions=revisions,
            vote=vote if kind in (ActionKind.ADOPTED, ActionKind.REJECTED) else Decision.CONSENSUS,
        )

    @on(Input.Submitted, ".in-action")
    def log_action(self, event: Input.Submitted) -> None:
        box = event.input.id or ""
        if box in VOTE_BOXES[:-1] and event.value.strip().isdigit():
            # A count of a show of hands, the next one not typed yet: it is typed next (Enter logged
            # "49 votes to none, with no abstentions" before the others were typed). With the next
            # one there (a count corrected), Enter logs, as anywhere in the form.
            following = self.query_one(f"#{VOTE_BOXES[VOTE_BOXES.index(box) + 1]}", Input)
            if not following.value.strip():
                following.focus()
                return
        self.run_worker(self._log_action(), group="log")  # a worker: it may ask about names

    async def _log_action(self) -> bool:
        """The action typed logged on the current proposal; True once it is (its boxes emptied)."""
        if self.current is None:
            self._refuse("Add a proposal first: what happened to it is logged under it.")
            return False
        key = self.current  # the proposal current when Enter was pressed, whatever is chosen meanwhile
        listed = await self._names_resolved(self._vote_boxes_of_names())
        if listed is None:
            return False
        change = self._run(lambda: self.book.log_action(key, self._action(listed)))
        if change is None:
            return False
        for name, _ in ACTION_FIELDS:
            self.query_one(f"#{name}", Input).value = ""
        self.query_one("#without-vote", Checkbox).value = False
        self.notify(f"{change.description[:1].upper()}{change.description[1:]}.", markup=False, timeout=3)
        self.show()
        # What happens next to the proposal is chosen in the list of actions (introduced, then
        # adopted …): the cursor goes back there, not left in a box at the foot of the form.
        self.query_one("#action-kind", OptionList).focus()
        return True

    def keys_listed(self) -> list[tuple[str, str]]:
        from .help import proposals_keys

        return proposals_keys()

    def show_change(self, _change: StepOutcome, _undone: bool) -> str:
        self.show()  # the boxes keep what is typed in them: an undo does not touch them
        return ""

    def _typed_in(self, fields: list[tuple[str, str]]) -> bool:
        return any(self._value(name).strip() for name, _ in fields if name != "proposal_kind")

    def typed_not_saved(self) -> str:
        """What holds text typed and not logged, for ctrl+q's question ("" when nothing does)."""
        held = ["a new proposal"] if self._typed_in(PROPOSAL_FIELDS) else []
        if self._typed_in(ACTION_FIELDS):
            held.append("what happened to the current proposal")
        return ", ".join(held)

    async def save_typed(self) -> bool:
        """Each section logged by its own Enter (the action first: on the proposal current when it
        was typed, before a new one becomes current); True once all of it is. One refused, or its
        questions left unanswered, stops there: False."""
        if self._typed_in(ACTION_FIELDS) and not await self._log_action():
            return False
        return not self._typed_in(PROPOSAL_FIELDS) or await self._add_proposal()

    def action_back(self) -> None:
        """Back to logging; a proposal or an action typed and not logged is asked about first (the
        boxes go with the screen)."""
        from .quit_unsaved import leave_asking_first

        if self.typed_not_saved():
            self.run_worker(
                leave_asking_first(self, lambda: self.dismiss(Destination.LIVE), key_for("proposals")),
                group="leave",
                exclusive=True,
            )
            return
        self.dismiss(Destination.LIVE)
