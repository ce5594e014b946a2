"""The speaking-time statistics (``core.speaking_time``) as plain text with bars, Markdown tables or
CSV for a spreadsheet: what ``unreport stats`` prints.

Names are the note-taker's text: in Markdown they are escaped, and in CSV a name a spreadsheet
would take for a formula ("=HYPERLINK(…)", "+1", "-", "@") starts with an apostrophe, which the
spreadsheet shows as text (the usual guard against formula injection)."""

from __future__ import annotations

import csv
import io
import textwrap
from collections.abc import Sequence

from ..core.english import counted
from ..core.model import ROLE_LABELS
from ..core.rendered import printable
from ..core.speaking_time import SortBy, SpeakingTime, Tally, clock, ordered, percentages
from .markdown import escape

NOT_MEASURED = "time not measured"
NONE = "—"  # a time, an average or a share that cannot be given: no time was measured
BAR_WIDTH = 20
NAME_WIDTH = 35  # a longer name goes on under its row: it no longer widens every line
EIGHTHS = " ▏▎▍▌▋▊▉"  # a bar's last cell, in eighths of a cell
FORMATS = ("txt", "md", "csv")


def bar(value: float, most: float, width: int) -> str:
    """``value`` as a bar of up to ``width`` cells, ``most`` filling them all; in eighths of a cell."""
    if most <= 0 or value <= 0 or width <= 0:
        return ""
    eighths = max(1, round(value / most * width * 8))
    full, rest = divmod(min(eighths, width * 8), 8)
    return "█" * full + (EIGHTHS[rest] if rest else "")


def limits_line(stats: SpeakingTime) -> str:
    if not stats.limits:
        return "No time limit set (on the live screen, ctrl+p “Time limit for …” sets one for a role)."
    said = ", ".join(f"{ROLE_LABELS[role]} {clock(seconds)}" for role, seconds in sorted(stats.limits.items()))
    return f"Time limits: {said}; “over limit” counts the statements that ran longer."


def summary_line(stats: SpeakingTime) -> str:
    """How many statements, and how many of them have no measured time."""
    total = stats.total
    said = counted(total.statements, "statement") + (
        f" and {counted(total.replies, 'reply', 'replies')}" if total.replies else ""
    )
    if total.count == 0:
        return "No statement yet."
    if total.not_measured == 0:
        return f"{said}, all timed: {clock(total.seconds)} in all."
    if total.timed == 0:
        return f"{said}; {NOT_MEASURED} for any of them (imported, or typed later)."
    return (
        f"{said}: {clock(total.seconds)} in all for the {total.timed} timed; "
        f"{NOT_MEASURED} for {total.not_measured} (imported, or typed later: counted, never as zero)."
    )


def tables(stats: SpeakingTime) -> list[tuple[str, str, list[Tally], bool]]:
    """The tables printed, each (title, what a row is, its rows, whether they add up to the total):
    speakers, groups spoken for (only the statements made for one), roles."""
    out = [("Speakers", "Speaker", stats.speakers, True)]
    if stats.groups:
        out.append(("Groups spoken for", "On behalf of", stats.groups, False))
    out.append(("Roles", "Role", stats.roles, True))
    return out


def _cells(stats: SpeakingTime, rows: Sequence[Tally], whole: bool) -> list[list[str]]:
    """Each row's figures as printed: statements, replies, time, average, (over limit,) share of
    the floor. The shares of a table that adds up to the total add up to 100%."""
    shares = [stats.share(t) or 0.0 for t in rows]
    percents = percentages(shares) if whole else [round(share * 100) for share in shares]
    out = []
    for tally, share in zip(rows, percents, strict=True):
        timed = tally.timed > 0
        cells = [
            str(tally.statements),
            str(tally.replies),
            clock(tally.seconds) if timed else NONE,
            clock(tally.average) if timed else NONE,
        ]
        if stats.limits:
            cells.append(str(tally.over_limit) if timed else NONE)
        cells.append(f"{share}%" if timed else NONE)
        out.append(cells)
    return out


def _columns(stats: SpeakingTime) -> list[str]:
    return ["Statements", "Replies", "Time", "Average", *(["Over limit"] if stats.limits else []), "Share"]


def _note(tally: Tally) -> str:
    if tally.timed == 0 and tally.count:
        return NOT_MEASURED
    if tally.not_measured:
        return f"+{tally.not_measured} {NOT_MEASURED}"
    return ""


def _heading_lines(stats: SpeakingTime, by: SortBy) -> list[str]:
    lines = [f"Speaking time: {printable(stats.title)} (sorted by {by.value})", summary_line(stats), limits_line(stats)]
    if stats.speaking_now:
        lines.append(f"{printable(stats.speaking_now)} has the floor: the time so far is counted.")
    return lines


def as_text(stats: SpeakingTime, by: SortBy = SortBy.TIME) -> str:
    """Plain text, with a bar for each row (its time, or its count when sorted by count), and
    the total under the speakers and the roles."""
    lines = _heading_lines(stats, by)
    columns = _columns(stats)

    def measure(tally: Tally) -> float:
        return tally.seconds if by is SortBy.TIME else tally.count

    for title, label, rows, whole in tables(stats):
        rows = ordered(rows, by)
        cells = _cells(stats, rows, whole)
        if whole:
            rows, cells = [*rows, stats.total], [*cells, *_cells(stats, [stats.total], True)]
        # A name longer than NAME_WIDTH goes on to the lines under its row ("Special Rapporteur on
        # trafficking in persons, …"): padded to the longest, every line was as long as it (125).
        names = [textwrap.wrap(printable(t.name), NAME_WIDTH) or [""] for t in rows]
        width = max(len(label), *(len(part) for name in names for part in name))
        sizes = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
        most = max((measure(t) for t in rows if t is not stats.total), default=0)
        lines += ["", title, "  ".join([label.ljust(width), *(c.rjust(s) for c, s in zip(columns, sizes, strict=True))])]
        for tally, name, row in zip(rows, names, cells, strict=True):
            line = "  ".join([name[0].ljust(width), *(c.rjust(s) for c, s in zip(row, sizes, strict=True))])
            drawn = "" if tally is stats.total else bar(measure(tally), most, BAR_WIDTH)
            extra = "  ".join(x for x in (drawn, _note(tally)) if x)
            lines.append(f"{line}  {extra}".rstrip())
            lines += [f"  {part}" for part in name[1:]]
    return "\n".join(lines) + "\n"


def as_markdown(stats: SpeakingTime, by: SortBy = SortBy.TIME) -> str:
    """A heading, the summary lines, and a pipe table each for the speakers, the groups spoken for,
    the roles and the total (with a column of the statements whose time was not measured)."""
    heading, *said = _heading_lines(stats, by)
    out = [f"## {escape(heading)}", "", "  \n".join(escape(line) for line in said)]
    columns = [*_columns(stats), "Not measured"]
    for title, label, rows, whole in [*tables(stats), ("Total", "All", [stats.total], True)]:
        rows = ordered(rows, by)
        out += ["", f"### {title}", ""]
        out.append("| " + " | ".join([label, *columns]) + " |")
        out.append("| --- | " + " | ".join("---:" for _ in columns) + " |")
        for tally, cells in zip(rows, _cells(stats, rows, whole), strict=True):
            name = escape(printable(tally.name)).replace("\n", " ")
            out.append("| " + " | ".join([name, *cells, str(tally.not_measured)]) + " |")
    return "\n".join(out) + "\n"


CSV_COLUMNS = (
    "scope",
    "table",
    "name",
    "statements",
    "replies",
    "timed",
    "not_measured",
    "seconds",
    "average_seconds",
    "over_limit",
    "share_percent",
)
# What a spreadsheet reads as the start of a formula (or of a command, for some), in a cell of text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")


def as_cell(text: str) -> str:
    """A name as a cell of text that no spreadsheet takes for a formula."""
    text = printable(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def as_csv(stats: SpeakingTime, by: SortBy = SortBy.TIME) -> str:
    """One row per speaker, group, role and the total (``table`` says which; ``scope``, what was
    counted: "Meeting 3"), times in seconds; a time not measured is an empty cell, never 0."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    tables_ = [("speaker", stats.speakers), ("group", stats.groups), ("role", stats.roles), ("total", [stats.total])]
    for table, rows in tables_:
        for tally in ordered(rows, by):
            timed = tally.timed > 0
            share = stats.share(tally)
            writer.writerow(
                [
                    stats.title,
                    table,
                    as_cell(tally.name),
                    tally.statements,
                    tally.replies,
                    tally.timed,
                    tally.not_measured,
                    tally.seconds if timed else "",
                    round(tally.average, 1) if tally.average is not None else "",
                    tally.over_limit if timed and stats.limits else "",
                    round(share * 100, 1) if timed and share is not None else "",
                ]
            )
    return buffer.getvalue()


def export_speaking_time(stats: SpeakingTime, format: str, by: SortBy = SortBy.TIME) -> str:
    return {"txt": as_text, "md": as_markdown, "csv": as_csv}[format](stats, by)
