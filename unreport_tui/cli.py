"""The `unreport` command. Every failure ends in one line on stderr and a non-zero exit, never a traceback.

It reaches the database only through ``unreport_tui.storage``'s public interface, and writes
exports only through ``exporters.export_session``: this module is argument handling."""

from __future__ import annotations

import argparse
import io
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .core.english import counted
from .core.model import Item, Session
from .core.session_file.tables import NotASessionFile, SessionFileError
from .crash_report import crash_line, write_crash_report
from .exporters import FORMATS, ExportError, export_session, format_of_file, no_format_named
from .storage import SaveFailed, SessionStore, StorageError, StoreToOpen, database_path, keep_copy_before, open_store

if TYPE_CHECKING:
    from .app.app import UnreportApp
    from .core.imported_list import ImportedList
    from .core.speaking_time import Speaking
    from .storage import Choice, OpenChoice

EXIT_BAD_INPUT = 2
EXIT_FAILED = 1
EXIT_READER_GONE = 141  # as a program stopped by SIGPIPE exits, in a shell: 128 + 13


class CommandError(Exception):
    def __init__(self, message: str, status: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.status = status


DEMOS = {"trafficking": "demo.toml", "action": "demo-action.toml", "cnd": "demo-cnd.toml"}
# What the palette of a demo offers to open instead, by name.
DEMO_TITLES = {
    "trafficking": "Demo: Conference of the Parties to the Organized Crime Convention (one item's discussion)",
    "action": "Demo: a commission's whole report with votes (Commission on the Status of Women, default profile)",
    "cnd": "Demo: Commission on Narcotic Drugs (its own profile, cnd)",
}


def demo_session_text(name: str = "trafficking") -> str:
    """A bundled demo session: "trafficking" (one agenda item's discussion, the reference draft),
    "action" (a whole report: discussion, action on proposals with votes, organization) or "cnd"
    (an item of the Commission on Narcotic Drugs, in its body profile)."""
    return resources.files("unreport_tui.data").joinpath(DEMOS[name]).read_text("utf-8")


def _db(args: argparse.Namespace) -> Path:
    return database_path(args.db)


def _describe(session: Session) -> str:
    counts = [
        counted(len(session.items), "agenda item"),
        counted(sum(len(i.statements) for i in session.items), "statement"),
        counted(sum(len(i.points) for i in session.items), "point"),
    ]
    presentations = sum(len(i.presentations) for i in session.items)
    if presentations:  # said only when there are any (so the rest): most bodies hear none
        counts.append(counted(presentations, "presentation"))
    if session.proposals:
        counts.append(counted(len(session.proposals), "proposal"))
    if session.organization is not None:
        counts.append("the organization chapter")
    return ", ".join(counts)


def _read_session_file(name: str) -> Session:
    """A session file, refused (before the database is touched) if it is not a regular file or holds nothing."""
    path = Path(name)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise SessionFileError(f"{path}: no such file") from None
    except OSError as error:
        raise SessionFileError(f"{path}: cannot be read ({error.strerror})") from None
    if not stat.S_ISREG(mode):
        raise SessionFileError(f"{path}: not a regular file; give the path of a session file (.toml)")
    from .core.session_file.session import load_session_file

    try:
        session = load_session_file(path)
    except NotASessionFile as refused:
        if path.suffix.lower() != ".toml":
            # Not a session file at all (a report, a database): say what is read, not only why not.
            raise NotASessionFile(
                f"{refused}; this reads a session file (.toml), as `unreport export --format toml` writes one",
                line=refused.line,
            ) from None
        raise
    if session.is_empty():
        raise SessionFileError(f"{path}: holds no session (nothing in [session], no [[meetings]], no [[items]])")
    return session


def _say_warnings(store: SessionStore) -> None:
    """What the open did that the user must hear of (a damaged journal line kept aside, and where)."""
    for warning in store.warnings:
        print(f"unreport: {warning}", file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    session = _read_session_file(args.file)
    path = _db(args)
    store = open_store(path)
    _say_warnings(store)
    kept = None
    try:
        if not store.load().is_empty():  # an import replaces what was logged: keep it
            kept = keep_copy_before(path, "before-import")
        store.replace(session)
    except SaveFailed as error:
        store.discard_unsaved()  # the command ends here: nothing may stay "to be saved later"
        store.close()
        reason = error.error.strerror if error.error and error.error.strerror else str(error)
        raise CommandError(
            f"could not import {args.file} into {path}: {reason}. The database is as it was; "
            f"free some disk space and import again."
        ) from None
    except BaseException:
        store.close()
        raise
    store.close()
    print(f"Imported {args.file} into {path}: {_describe(session)}.", file=sys.stderr)
    if kept:
        print(f"What the database held before is kept as {kept}.", file=sys.stderr)
    _say_what_to_check(session)
    return 0


def _say_what_to_check(session: Session) -> None:
    """The slips the file most likely holds (imported as typed: the report prints them so)."""
    from .core.session_file.what_to_check import what_to_check

    slips = what_to_check(session)
    for line in slips[:10]:
        print(f"Check: {line}", file=sys.stderr)
    if len(slips) > 10:
        print(f"Check: and {len(slips) - 10} more.", file=sys.stderr)
    if slips:
        print(
            "These were imported as typed, and the report prints them so: "
            "mend them in the file and import it again, or in the app.",
            file=sys.stderr,
        )


def _open_database(path: Path) -> SessionStore:
    """The database opened read-only, for a command that prints it; one line when it is not there."""
    if not path.exists():
        raise CommandError(
            f"{path}: no such database; create one with `unreport import FILE --db {path}`, or in the app: `unreport --db {path}`"
        )
    store = open_store(path, read_only=True)
    _say_warnings(store)
    return store


def _read_database(path: Path) -> Session:
    store = _open_database(path)
    try:
        return store.load()
    finally:
        store.close()


def _not_empty(session: Session, path: Path) -> Session:
    if session.is_empty():
        raise CommandError(f"{path}: the database holds no session yet; load one with `unreport import FILE --db {path}`")
    return session


def _read_session(path: Path) -> Session:
    """The database's session, for a command that prints it; one line when it holds none yet."""
    return _not_empty(_read_database(path), path)


def cmd_export(args: argparse.Namespace) -> int:
    from .storage import write_export

    path = _db(args)
    session = _read_session(path)
    format = _export_format(args.format, args.output)
    try:
        folder = Path(args.output).expanduser().parent if args.output is not None else None
        output = export_session(session, format, args.item, folder=folder)
    except ExportError as error:
        raise CommandError(str(error), EXIT_BAD_INPUT) from None
    if args.output is not None:
        try:
            written = write_export(Path(args.output), output, path)
        except StorageError as error:
            raise CommandError(str(error), EXIT_BAD_INPUT) from None
        print(f"Wrote {written}", file=sys.stderr)
    elif isinstance(output, bytes):
        raise CommandError(f"a {format} file is not text to print: write it to a file with -o report.{format}", EXIT_BAD_INPUT)
    else:
        sys.stdout.write(output)
    return 0


def _pager_there() -> bool:
    """Whether the pager the environment names can be run: one that cannot showed nothing at all
    (pydoc's pager runs it through the shell and says nothing), so the draft is printed without it,
    and that is said."""
    import shlex
    import shutil

    for variable in ("MANPAGER", "PAGER"):
        if command := os.environ.get(variable, "").strip():
            try:
                words = shlex.split(command)
            except ValueError:
                return True  # the shell will say what it makes of it
            # The program, as the shell finds it: after any NAME=value, with ~ and $NAME expanded.
            programs = [word for word in words if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", word)]
            if not programs:
                return True
            program = os.path.expandvars(os.path.expanduser(programs[0]))
            if shutil.which(program) is None:
                print(f"unreport: {variable}={command}: no such program; the draft is printed without a pager", file=sys.stderr)
                return False
            return True
    return True


def _export_format(chosen: str | None, output: str | None) -> str:
    """The format to write: the file's extension says it (report.md is Markdown), as in the app's
    export dialog; -f for a file whose extension names none (or for standard output, plain text
    without it). A -f that contradicts the extension is refused rather than obeyed or ignored: a
    file whose contents are not what its name says opens wrong, or not at all, in the reader's program."""
    if output is None:
        return chosen or "txt"
    path = Path(output)
    if path.is_dir():  # what is wrong first: no extension would make a folder a file
        example = path / f"report.{chosen or 'txt'}"
        raise CommandError(f"{path} is a folder; give a file name, such as {example}", EXIT_BAD_INPUT)
    named = format_of_file(path)
    if chosen is not None:
        if named is not None and named != chosen:
            raise CommandError(
                f"-f {chosen}, but {path.name} is named as a {named} file; drop -f, or name the file {path.stem}.{chosen}",
                EXIT_BAD_INPUT,
            )
        return chosen
    if named is None:
        raise CommandError(f"{output}: {no_format_named(path)}, or give the format with -f", EXIT_BAD_INPUT)
    return named


def cmd_merge(args: argparse.Namespace) -> int:
    """Several note-takers' databases into a new one; the inputs are only read."""
    from .core.merge import MergeConflict, merge_sessions

    out = _db(args)
    inputs = [Path(name) for name in args.inputs]
    if any(path.resolve() == out.resolve() for path in inputs if path.exists()):
        raise CommandError(f"{out} is one of the inputs; give the merged database a name of its own", EXIT_BAD_INPUT)
    if out.exists() and not _read_database(out).is_empty():
        raise CommandError(f"{out} already holds a session; merge into a new file (--db NEW.json)", EXIT_BAD_INPUT)
    for path in inputs:  # an input is another note-taker's database: nothing to create, maybe a file to import
        if not path.exists():
            raise CommandError(f"{path}: no such database to merge; give the note-takers' database files")
        if path.suffix.lower() == ".toml":
            imported = path.with_suffix(".json")
            if imported.exists():  # never a hint that would import over a database there
                imported = path.with_name(f"{path.stem}-imported.json")
            raise CommandError(
                f"{path} is a session file, not a database: import it first "
                f"(`unreport import {path} --db {imported}`), then merge {imported}",
                EXIT_BAD_INPUT,
            )
    sessions = [(path.name, _read_database(path)) for path in inputs]
    try:
        merged = merge_sessions(sessions)
    except MergeConflict as error:
        raise CommandError(f"could not merge: {error}", EXIT_BAD_INPUT) from None
    store = open_store(out)
    _say_warnings(store)
    try:
        store.replace(merged.session)
    finally:
        store.close()
    for line in merged.duplicates:
        print(f"unreport: {line}", file=sys.stderr)
    print(f"Merged {counted(len(inputs), 'database')} into {out}: {_describe(merged.session)}.", file=sys.stderr)
    return 0


def cmd_preview(args: argparse.Namespace) -> int:
    """The draft formatted for the terminal; through a pager when longer than the screen, plain
    (no colours, no pager) when the output is not a terminal."""
    from rich.console import Console

    from .core.rendering.report import render_report
    from .exporters.terminal import preview_renderable

    path = _db(args)
    session = _read_session(path)
    from .core.profiles.choosing import profile_problem

    if problem := profile_problem(session.info.profile):
        raise CommandError(f"the session's profile cannot be used: {problem}", EXIT_BAD_INPUT)
    document = render_report(session)
    if args.item is not None:
        if session.item(args.item) is None:
            keys = ", ".join(i.key for i in session.items) or "none"
            raise CommandError(f"{path}: no agenda item has the key {args.item!r} (the keys: {keys})", EXIT_BAD_INPUT)
        document = document.for_item(args.item)
    console = Console(highlight=False)
    renderable = preview_renderable(document)
    if not console.is_terminal:  # plain text, without the spaces that fill each line to the width
        buffer = io.StringIO()
        Console(file=buffer, width=console.width, color_system=None, highlight=False).print(renderable)
        sys.stdout.write("".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines()))
    elif len(console.render_lines(renderable, pad=False)) > console.height and _pager_there():
        # less shows colours and bold only with -R; without it the reader would see escape codes
        less = os.environ.get("LESS", "")
        if "R" not in less.replace("-", ""):
            os.environ["LESS"] = f"{less} -R".strip()
        with console.pager(styles=True):
            console.print(renderable)
    else:
        console.print(renderable)
    return 0


def _read_session_as_it_runs(path: Path) -> tuple[Session, Speaking | None]:
    """The database's session and, while the app has it open, the speaker who has the floor there
    with the time so far (their statement has no duration until the next speaker is logged): the
    app's own statistics screen counts them so."""
    import datetime as dt

    from .logbook import Logbook

    store = _open_database(path)
    try:
        book = Logbook(store, sitting_goes_on=store.writer_is_open())
        return _not_empty(book.session, path), book.speaking(dt.datetime.now())
    finally:
        store.close()


def cmd_stats(args: argparse.Namespace) -> int:
    """Speaking time by speaker, group spoken for and role: for the session, an item, a meeting
    (or an item at a meeting), with the time limits the app was given (settings.toml)."""
    from .app.settings import load_settings, settings_path
    from .core.speaking_time import ScopeError, SortBy, speaking_time
    from .exporters.speaking_time import export_speaking_time

    path = _db(args)
    session, speaking = _read_session_as_it_runs(path)
    settings = load_settings(settings_path())
    if settings.problem:  # the limits are the app's: said, as the app says it, and none are counted
        print(f"unreport: {settings.problem}", file=sys.stderr)
    try:
        stats = speaking_time(session, args.item, args.meeting, settings.limits, speaking)
    except ScopeError as error:
        raise CommandError(f"{path}: {error}", EXIT_BAD_INPUT) from None
    sys.stdout.write(export_speaking_time(stats, args.format, SortBy(args.sort)))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Open the app on a fresh copy of the bundled demo session, in a scratch database."""
    if args.db is not None:  # given before the name: the user may think the demo opens that database
        raise CommandError(
            f"demo opens a scratch copy of a demo session and takes no --db; to open {args.db}: unreport --db {args.db}",
            EXIT_BAD_INPUT,
        )
    from .core.session_file.session import parse_session

    name = args.name
    while True:  # until the user quits, rather than opening another demo from the palette
        chosen: list[str] = []
        with tempfile.TemporaryDirectory(prefix="unreport-demo-") as scratch:
            store = open_store(Path(scratch) / "demo.json", background=True)
            store.replace(parse_session(demo_session_text(name)))
            others = {other: title for other, title in DEMO_TITLES.items() if other != name}
            status = _run_app(store, scratch=True, demos=others, chosen=chosen)
        if status or not chosen:
            if not status:  # said when it goes: the status line said "Saved" all along
                print(
                    "The demo was a scratch copy: what was logged in it is gone. "
                    "`unreport` opens your own database; `unreport import FILE` starts it from a session file.",
                    file=sys.stderr,
                )
            return status
        name = chosen[0]


def cmd_open(args: argparse.Namespace) -> int:
    path = _db(args)
    served = args.served  # the browser's copy `unreport serve` runs: read-only, and writes no file either
    read_only = args.read_only or served
    if read_only and not path.exists():
        raise CommandError(f"{path}: no such database")
    # The app opens the database on a thread once its screen is up (a long session takes longer to
    # read than the screen to draw), saving in the background: typing never waits for the disk.
    to_open = StoreToOpen(path, read_only=read_only, background=not read_only)
    if served or not _interactive():
        # No screen to offer choices on, so the problem is one line; it must come before the app
        # draws anything, or a script or a pipe would get a screenful of escape codes before it.
        # (A browser's copy offers none either: restoring a backup is not a viewer's to choose.)
        return _run_app(to_open.open(), read_only, served=served)
    try:
        return _run_app(to_open, args.read_only)
    except StorageError as error:
        store, read_only = _open_another_way(path, error)
    return _run_app(store, read_only)


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _open_another_way(path: Path, error: StorageError) -> tuple[SessionStore, bool]:
    """The database cannot be opened: in a terminal, a screen says why and offers what makes
    sense (read-only, a backup, quit); elsewhere, one line. The file is left as it is unless the
    user chooses to restore a backup."""
    from .storage import OpenChoice, choices_for, restore_backup

    choices = choices_for(path, error)
    if not _interactive() or len(choices) == 1:
        raise error
    choice = ask_how_to_open(path, error, choices)
    if choice is OpenChoice.READ_ONLY:
        return open_store(path, read_only=True), True
    if choice is OpenChoice.RESTORE:
        restored = restore_backup(path)
        print(f"Restored {path} from {restored.source}.", file=sys.stderr)
        for kept in restored.kept:
            print(f"What was there before is kept as {kept}.", file=sys.stderr)
        return open_store(path, background=True), False
    raise error


def ask_how_to_open(path: Path, error: StorageError, choices: list[Choice]) -> OpenChoice:
    from .app.open_problem import OpenProblemApp
    from .storage import OpenChoice

    app = OpenProblemApp(path, str(error), choices)
    choice = app.run()
    if app.crash_message:
        print(app.crash_message, file=sys.stderr)
    return choice or OpenChoice.QUIT


LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 8765


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port: give a number up to 65535, e.g. --port 8765 (0: any free one)")
    return int(text)


def cmd_serve(args: argparse.Namespace) -> int:
    """The read-only, following view of the database in the room's browsers (``serve.py``)."""
    from .serve import ServeRefused, serve

    path = _db(args)
    _read_database(path)  # a database that is not there or cannot be read: one line now, not in each browser
    try:
        serve(path, args.host, args.port)
    except ServeRefused as error:
        raise CommandError(str(error), EXIT_BAD_INPUT) from None
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .storage import check_database

    health = check_database(_db(args))
    print("\n".join(health.lines))
    return 0 if health.ok else EXIT_FAILED


def cmd_backups(args: argparse.Namespace) -> int:
    from .storage import backup_dir, list_backups

    path = _db(args)
    backups = list_backups(path)
    if not backups:
        print(f"No backups of {path} yet (they are kept in {backup_dir(path)}).")
        return 0
    print(f"Backups of {path}, newest first:")
    for b in backups:
        note = f"  ({b.label.replace('-', ' ')})" if b.label else ""
        print(f"  {b.taken:%Y-%m-%d %H:%M:%S}  {b.size / 1024:8.1f} KiB  {b.path}{note}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from .storage import restore_backup

    path = _db(args)
    restored = restore_backup(path, Path(args.backup) if args.backup else None)
    print(f"Restored {path} from {restored.source}.")
    for kept in restored.kept:
        print(f"What was there before is kept as {kept}.")
    return 0


def cmd_profiles(args: argparse.Namespace) -> int:
    """The body profiles, a line each; or, with ``show ID``, one of them as merged."""
    from .core.profiles import ProfileError, list_profiles, load_profile, shipped_profiles_dir, user_profiles_dir
    from .core.profiles.showing import show_profile

    if args.action is None:
        entries = list_profiles()
        width = max(len(e.id) for e in entries)
        for entry in entries:
            mark = ""
            if entry.source == "yours":
                shadows = (shipped_profiles_dir() / f"{entry.id}.toml").is_file()
                mark = "  (yours, in place of the shipped one)" if shadows else "  (yours)"
            about = (
                f"CANNOT BE USED: {entry.problem}"
                if entry.problem
                else " — ".join(part for part in (entry.name, entry.description) if part)
            )
            print(f"{entry.id:<{width}}  {about}{mark}")
        print(
            f"\nYour own profiles go in {user_profiles_dir()} (a .toml file each); "
            "`unreport profiles show ID` prints one as a start."
        )
        return 0
    if args.action == "show" and args.profile is None:
        raise CommandError("profiles show: which profile? `unreport profiles` lists their ids", EXIT_BAD_INPUT)
    if args.action != "show":
        raise CommandError(
            f"unknown: profiles {' '.join(filter(None, (args.action, args.profile)))}; "
            "`unreport profiles` lists them, `unreport profiles show ID` prints one",
            EXIT_BAD_INPUT,
        )
    try:
        profile = load_profile(args.profile, Path.cwd())
    except ProfileError as error:
        raise CommandError(str(error), EXIT_BAD_INPUT) from None
    sys.stdout.write(show_profile(profile))
    return 0


def cmd_import_list(args: argparse.Namespace) -> int:
    """A list from the file that a system exported (speakers, participants, documents): each line
    shown as it is taken, and saved (as one step) only with --yes and every line resolved."""
    from .core.imported_list import LIST_NAMES, ListKind, preview_line, read_list, wrong_list
    from .core.list_file import ListFileError, read_list_file
    from .core.list_lines import logged_speakers
    from .logbook import Logbook, LogbookError

    kind = ListKind(args.kind)
    path = _db(args)
    if not path.exists():
        raise CommandError(
            f"{path}: no such database; create one with `unreport import FILE --db {path}`, or in the app: `unreport --db {path}`"
        )
    session = _read_database(path)  # read-only: a file refused below leaves the database unopened for writing
    item = _list_item(session, kind, args.item, path)
    try:
        table = read_list_file(Path(args.file))
    except ListFileError as error:
        raise CommandError(str(error), EXIT_BAD_INPUT) from None
    if problem := wrong_list(kind, table):
        raise CommandError(f"{args.file} {problem} (import-list speakers, participants or documents)", EXIT_BAD_INPUT)
    imported = read_list(kind, table, logged_speakers(session), item.number if item else "")
    if not imported.lines:
        raise CommandError(f"{args.file}: no names in it ({table.how}); nothing to import", EXIT_BAD_INPUT)
    where = f" of agenda item {item.number} ({item.key})" if item else ""
    print(f"{LIST_NAMES[kind][0].upper()}{LIST_NAMES[kind][1:]}{where}, from {args.file} ({table.how}):")
    for line in imported.lines:
        print(preview_line(line))
    for note in imported.left_out:
        print(f"  left out: {note}")
    unresolved = imported.unresolved
    resolved = len(imported.lines) - len(unresolved)
    if unresolved:
        lines = ", ".join(str(line.line) for line in unresolved)
        mend = (
            "give each document its title"
            if kind is ListKind.DOCUMENTS
            else "a name as the UN lists it, or a role column saying NGO, IGO …"
        )
        raise CommandError(
            f"{counted(len(unresolved), 'line')} of {args.file} not resolved ({'lines' if len(unresolved) > 1 else 'line'} "
            f"{lines}, marked ?): nothing saved. Correct {'them' if len(unresolved) > 1 else 'it'} in the file ({mend}) "
            "and import again, or import it on the prepare screen (f5, then ctrl+o), which asks about each",
            EXIT_BAD_INPUT,
        )
    replaces = _what_it_replaces(session, kind, item, imported)
    if not args.yes:
        print(f"{counted(resolved, 'line')}, all resolved; nothing saved yet: add --yes to save them{replaces}.", file=sys.stderr)
        return 0
    from .storage import DatabaseInUse

    try:
        store = open_store(path)
    except DatabaseInUse as error:  # the note-taker's app has it: the list goes in there
        raise CommandError(f"{error} Or import the list in that copy of the app: f5 (prepare), then ctrl+o.") from None
    _say_warnings(store)
    try:
        book = Logbook(store)
        try:
            outcome = book.import_list(imported, (), item.key if item else "")
        except LogbookError as error:
            raise CommandError(str(error), EXIT_BAD_INPUT) from None
        if outcome.not_saved:
            store.discard_unsaved()  # the command ends here: nothing may stay "to be saved later"
            raise CommandError(
                f"could not save {LIST_NAMES[kind]} into {path}: {outcome.not_saved}. The database is as it was; "
                "free some disk space and import again."
            )
    finally:
        store.close()
    print(f"Saved {LIST_NAMES[kind]}{where}: {counted(resolved, 'line')}{replaces}.", file=sys.stderr)
    return 0


def _list_item(session: Session, kind: str, key: str | None, path: Path) -> Item | None:
    """The item a list of speakers or of documents is for: the one named, else the only one."""
    if kind == "participants":
        if key is not None:
            raise CommandError("the list of participants is the session's, not an item's: leave out --item", EXIT_BAD_INPUT)
        return None
    keys = ", ".join(i.key for i in session.items)
    if key is not None:
        item = session.item(key)
        if item is None:
            raise CommandError(f"{path}: no agenda item has the key {key!r} (the keys: {keys or 'none'})", EXIT_BAD_INPUT)
        return item
    if not session.items:
        raise CommandError(f"{path}: no agenda item yet; add one (on the prepare screen, f5) and import again", EXIT_BAD_INPUT)
    if len(session.items) > 1:
        raise CommandError(f"which agenda item? give --item KEY (the keys: {keys})", EXIT_BAD_INPUT)
    return session.items[0]


def _what_it_replaces(session: Session, kind: str, item: Item | None, imported: ImportedList) -> str:
    """ "(in place of the 3 names on it now)": what saving takes the place of, said before and after."""
    from .core.imported_list import CATEGORY_LABELS, Participant, attendance_from

    if item is not None:
        now = len(item.speakers_list) if kind == "speakers" else len(item.documents)
        noun = "name" if kind == "speakers" else "document"
        return f", in place of the {counted(now, noun)} listed now" if now else ""
    attendance = session.organization.attendance if session.organization else None
    participants = [line.value for line in imported.lines if isinstance(line.value, Participant)]
    _, categories = attendance_from(participants, attendance)
    if attendance is None:
        return ""
    replaced = [
        f"the {CATEGORY_LABELS[c]}s ({len(getattr(attendance, c.value))})" for c in categories if getattr(attendance, c.value)
    ]
    return f", in place of {', '.join(replaced)} listed now (the other categories stay)" if replaced else ""


def _run_app(
    store: SessionStore | StoreToOpen,
    read_only: bool = False,
    scratch: bool = False,
    demos: Mapping[str, str] | None = None,
    chosen: list[str] | None = None,
    served: bool = False,
) -> int:
    """Run the app on the database; StorageError (or OSError) when the app could not open it.
    ``demos``: the other demos the palette offers; the one the user chose is put in ``chosen``."""
    from .app.app import UnreportApp

    app = UnreportApp(store, read_only, scratch=scratch, demos=dict(demos or {}), served=served)
    status = _run(app)
    if chosen is not None and app.next_demo is not None:
        chosen.append(app.next_demo)
    return status


def _run(app: UnreportApp) -> int:
    try:
        app.run()
    finally:
        if app.store is not None:
            app.store.close()
    if app.open_problem is not None:
        raise app.open_problem
    if app.store is not None:
        _say_warnings(app.store)  # shown in the app too; kept in the terminal
    if app.crash_message:
        print(app.crash_message, file=sys.stderr)
        return EXIT_FAILED
    return app.return_code or 0


def _what_to_do(error: OSError) -> str:
    """What a user can do about a disk that refuses a write; "" for an error that says it itself.
    Every file unreport writes is written whole or not at all, so the one named is as it was."""
    import errno

    there = " there" if error.filename else ""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"; nothing was written{there}: free some space on that disk, then run the command again"
    if error.errno != errno.EROFS:  # "Permission denied" may be a file that cannot be read, or another's lock
        return ""
    if str(error.filename or "").endswith((".lock", ".journal")):  # opened to write, beside a database
        return (
            "; the database's folder cannot be written to, but it can be read: "
            "`unreport --read-only`, `export`, `preview` and `stats` read it"
        )
    return f"; nothing was written{there}: run the command again with a file in a folder you can write to"


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistyped command gets one line, like every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"unreport: {message}; see `{self.prog} --help`\n")


DB_HELP = "the database file (default: $UNREPORT_DB, else unreport.json in your user data directory)"


def _demo_name(name: str) -> str:
    """A demo's name as typed, or the demos as the README gives them (the default has no name there)."""
    if name not in DEMOS:
        raise argparse.ArgumentTypeError(
            f"there is no demo {name!r}: `unreport demo` (one agenda item's discussion), "
            "`unreport demo action` (a whole report) or `unreport demo cnd` (the Commission on Narcotic Drugs)"
        )
    return name


def _meeting_number(typed: str) -> int:
    try:
        number = int(typed)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{typed!r} is not a meeting number (1, 2, 3 …)")
    return number


def _takes_db(parser: argparse.ArgumentParser, default: object) -> None:
    # Each parser gets an --db of its own: argparse shares an option inherited from a parent
    # parser between all its children, so the default a command sets (None) would overwrite the
    # --db given before the command's name, and the command would act on the default database.
    parser.add_argument("--db", default=default, help=DB_HELP)


def build_parser() -> argparse.ArgumentParser:
    # Every command but demo takes --db, before or after the command's name; after it wins.
    parser = _Parser(
        prog="unreport", description="Log speakers and points during a meeting; render the draft report in UN style."
    )
    _takes_db(parser, None)
    parser.add_argument("--version", action="version", version=f"unreport {__version__}")
    parser.add_argument(
        "--read-only", action="store_true", help="open without the right to change anything (when another copy has it open)"
    )
    # The copy `unreport serve` runs for each browser (read-only, no export, no setting saved): not
    # a user's option, so not in --help.
    parser.add_argument("--served", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(run=cmd_open)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, run: Callable[[argparse.Namespace], int], help: str, with_db: bool = True) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help)
        if with_db:
            _takes_db(sub, argparse.SUPPRESS)  # not given here: the one given before the name, if any
        sub.set_defaults(run=run)
        return sub

    demo = command("demo", cmd_demo, "open the app on a scratch copy of a bundled demo session", with_db=False)
    demo.add_argument(
        "name",
        nargs="?",
        type=_demo_name,
        default="trafficking",
        help="trafficking (one item's discussion; the default), action (a whole report with votes) "
        "or cnd (the Commission on Narcotic Drugs, in its profile)",
    )
    # Taken only to be refused in one line (cmd_demo): unknown to the demo, argparse would read the
    # path as the demo's name and list demo names the README does not give.
    demo.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    load = command("import", cmd_import, "load a session file (TOML) into the database, replacing what it holds")
    load.add_argument("file", help="the session file")
    export = command("export", cmd_export, "write the draft report (txt, md, html, akn, docx) or the session file (toml)")
    export.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        default=None,
        help="the format (default: the one the -o file's extension names; txt to standard output)",
    )
    export.add_argument("--output", "-o", help="write to this file instead of standard output (its extension says the format)")
    export.add_argument("--item", help="only the agenda item with this key")
    merge = command("merge", cmd_merge, "one database from several note-takers' databases of the same session")
    merge.add_argument("inputs", nargs="+", help="the note-takers' databases (only read)")
    preview = command("preview", cmd_preview, "print the draft report formatted for the terminal")
    preview.add_argument("--item", help="only the agenda item with this key")
    stats = command("stats", cmd_stats, "speaking time by speaker, group spoken for and role (txt, md, csv)")
    stats.add_argument("--item", help="only the agenda item with this key")
    stats.add_argument("--meeting", type=_meeting_number, help="only the statements made at this meeting (its number)")
    stats.add_argument("--format", "-f", choices=("txt", "md", "csv"), default="txt", help="the format (default: txt)")
    stats.add_argument("--sort", choices=("time", "count"), default="time", help="longest first (time) or most often (count)")
    profiles = command("profiles", cmd_profiles, "list the body profiles, or print one (show ID)", with_db=False)
    profiles.add_argument("action", nargs="?", help="show: print the profile ID as merged, with the file that set each key")
    profiles.add_argument("profile", nargs="?", help="a profile's id (from the list) or the path of a .toml profile")
    serve = command("serve", cmd_serve, "show the draft, read-only and following, in the browsers of the room")
    serve.add_argument(
        "--host",
        default=LOOPBACK,
        help=f"the address to listen on (default {LOOPBACK}: this machine only; 0.0.0.0: every network)",
    )
    serve.add_argument("--port", type=_port, default=DEFAULT_PORT, help=f"the port to listen on (default {DEFAULT_PORT})")
    command("check", cmd_check, "say what state the database is in, without changing it")
    command("backups", cmd_backups, "list the rolling backups kept next to the database")
    import_list = command(
        "import-list", cmd_import_list, "a list of speakers, of participants or of documents from a CSV, .xlsx or text file"
    )
    import_list.add_argument("kind", choices=("speakers", "participants", "documents"), help="which list the file holds")
    import_list.add_argument("file", help="the list file: CSV (any delimiter), .xlsx, or plain text with one name a line")
    import_list.add_argument("--item", help="the agenda item's key (speakers, documents; needed when there are several)")
    import_list.add_argument("--yes", action="store_true", help="save it (without: only show how each line is taken)")
    restore = command("restore", cmd_restore, "bring a backup back (the current file is kept first)")
    restore.add_argument("backup", nargs="?", help="the backup file (default: the most recent good one)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except SessionFileError as error:
        print(f"unreport: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except CommandError as error:
        print(f"unreport: {error}", file=sys.stderr)
        return error.status
    except StorageError as error:
        print(f"unreport: {error}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # What reads the output stopped reading (`unreport profiles | head`): nothing went wrong here,
        # and nothing more is written, not even when Python flushes the output on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_READER_GONE
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"unreport: {where}{error.strerror or error}{_what_to_do(error)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - the top level: a bug, whatever it is, gets one line and where the details are
        print(crash_line(error, write_crash_report(error)), file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
