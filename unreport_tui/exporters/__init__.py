"""Exporters: each turns the one rendered ReportDocument into a file format.

``export_session`` is the one headless export path: the command line and the app's export
dialog both call it, so that a file says the same whichever way it was made.

Each exporter is imported when its format is asked for: python-docx and the XML libraries take
longer to import than the app takes to show its first screen."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Literal, overload

from ..core.model import Role, Session
from ..core.rendered import ReportDocument, printable

Exporter = Callable[[ReportDocument], str]
BinaryExporter = Callable[[ReportDocument], bytes]

# Format name (as typed after --format) -> the exporter of the rendered report (module, function).
EXPORTERS: dict[str, tuple[str, str]] = {
    "md": ("markdown", "export_markdown"),
    "txt": ("text", "export_text"),
    "html": ("html", "export_html"),
}
# Akoma Ntoso XML: the rendered report, plus who spoke (for its references).
AKN = "akn"
# Formats that are files, not text: written with -o, never to a terminal.
BINARY_EXPORTERS: dict[str, tuple[str, str]] = {"docx": ("word", "export_docx")}
SESSION_FILE = "toml"  # the session itself, not the rendered report
FORMATS = (*EXPORTERS, AKN, *BINARY_EXPORTERS, SESSION_FILE)


def format_of_file(path: Path) -> str | None:
    """The format a file's extension names (report.md is Markdown, REPORT.DOCX a Word file), None
    for an extension that names none: the one rule by which the command line and the export dialog
    read a file name."""
    named = path.suffix.lstrip(".").lower()
    return named if named in FORMATS else None


def no_format_named(path: Path) -> str:
    """Why ``path`` names no format, and the names that do: said alike by the command line and the
    export dialog, each adding its own way out (-f, or the list of formats)."""
    extensions = ", ".join(f".{f}" for f in FORMATS[:-1]) + f" or .{FORMATS[-1]}"
    what = f"{path.suffix} names no format" if path.suffix else "no extension names its format"
    return f"{what}; end the name with {extensions}"


def _exporter(module: str, function: str) -> Callable[..., str | bytes]:
    exporter: Callable[..., str | bytes] = getattr(import_module(f".{module}", __name__), function)
    return exporter


class ExportError(ValueError):
    """A request that cannot be met (an unknown item or format); the message is one line for the user."""


def _speakers(session: Session) -> list[tuple[str, bool]]:
    """Each speaker once, with whether they are a person (an official) rather than a delegation:
    those who made a statement, and those a named point names without one ("The Secretary-General
    of UNCTAD stated …")."""
    from ..core.rendering.named_point import speaker_role  # the country data behind it is loaded when first needed

    spoke = {s.speaker.strip(): s.role is Role.OFFICIAL for i in session.items for s in i.statements}
    named = {
        name.strip(): speaker_role(i, p, name) is Role.OFFICIAL
        for i in session.items
        for p in i.points
        if p.named
        for name in p.speakers
        if name.strip()
    }
    return list((spoke | {name: person for name, person in named.items() if name not in spoke}).items())


# A format named in the code says what comes back: text, or the bytes of a Word file.
@overload
def export_session(
    session: Session, format: Literal["md", "txt", "html", "akn", "toml"], item: str | None = None, *, folder: Path | None = None
) -> str: ...
@overload
def export_session(
    session: Session, format: Literal["docx"], item: str | None = None, *, folder: Path | None = None
) -> bytes: ...
@overload
def export_session(session: Session, format: str, item: str | None = None, *, folder: Path | None = None) -> str | bytes: ...


def export_session(session: Session, format: str, item: str | None = None, *, folder: Path | None = None) -> str | bytes:
    """The session (or one agenda item of it) in ``format``: one of FORMATS (bytes for a Word file).
    ``folder``: where the file is written, from which a session file names a profile file beside
    or under it, so that the two still find each other once moved or sent on together."""
    if format == SESSION_FILE:
        from ..core.session_file.session import session_to_toml

        if item:
            raise ExportError(
                "--item goes with the report formats ("
                + ", ".join([*EXPORTERS, AKN, *BINARY_EXPORTERS])
                + "); a session file always holds the whole session"
            )
        return session_to_toml(session, folder)
    if format not in EXPORTERS and format not in BINARY_EXPORTERS and format != AKN:
        raise ExportError(f"no format {format!r}; the formats are: {', '.join(FORMATS)}")
    from ..core.profiles.choosing import profile_problem
    from ..core.rendering.report import render_report

    if problem := profile_problem(session.info.profile):  # a report in another body's wording is never sent out
        raise ExportError(
            f"the session's profile cannot be used: {problem}; mend it, or choose another on the app's prepare screen"
        )
    if unknown := _statement_forms_not_offered(session):
        raise ExportError(unknown)
    document = render_report(session)
    if item:
        if not session.item(item):
            keys = ", ".join(i.key for i in session.items) or "none"
            raise ExportError(f"no agenda item has the key {item!r} (the keys: {keys})")
        document = document.for_item(item)
        if not document.blocks:  # an empty file would say nothing of why
            raise ExportError(
                f"item {item} has no section of its own: the organization chapter reports it; "
                "export the whole report (without --item, or f3 in the app)"
            )
    if format in BINARY_EXPORTERS:
        return _exporter(*BINARY_EXPORTERS[format])(document)  # it drops control characters from each text itself
    if format == AKN:
        return _exporter("akn", "export_akn")(document, _speakers(session))
    # Control characters typed or pasted into a note (an escape sequence, a bell) are never
    # written out, where a terminal or an editor would act on them.
    text = _exporter(*EXPORTERS[format])(document)
    assert isinstance(text, str)
    return printable(text)


def _statement_forms_not_offered(session: Session) -> str:
    """Why the report cannot be sent out as it stands: an item chooses a statements form its
    profile no longer names (the profile file was edited since), which the draft can only replace
    with the profile's own sentence; "" when every item's form is there."""
    from ..core.profiles.statement_form_choice import statement_form_refused

    for each in session.items:
        if refused := statement_form_refused(session.info.profile, each.statements_form):
            return f"item {each.key}: {refused}; choose another on the app's prepare screen, or mend the profile"
    return ""
