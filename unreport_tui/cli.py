"""The `unreport` command. Every failure ends in one line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import argparse
import sys
import tempfile
from importlib import resources
from pathlib import Path

from . import __version__
from .core.atomic_write import write_atomically
from .crash_report import crash_line, write_crash_report
from .core.report import render_report
from .core.session_file import SessionFileError, load_session_file, parse_session, session_to_toml
from .storage import StorageError, default_db_path, open_store
from .storage.backups import backup_dir, keep_copy
from .storage.journal import journal_path
from .storage.lock import lock_path

EXIT_BAD_INPUT = 2
EXIT_FAILED = 1


class CommandError(Exception):
    def __init__(self, message: str, status: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.status = status


def demo_session_text() -> str:
    return resources.files("unreport_tui.data").joinpath("demo.toml").read_text("utf-8")


def _db(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_db_path()


def cmd_import(args: argparse.Namespace) -> int:
    session = load_session_file(Path(args.file))  # refused files stop here, before the database is touched
    store = open_store(_db(args))
    try:
        held = store.load()
        kept = None
        if held.items or held.info.body:  # an import replaces what was logged: keep it
            kept = keep_copy(store.path, store.path, label="before-import")
        store.replace(session)
    finally:
        store.close()
    counts = (_count(len(session.items), "agenda item"),
              _count(sum(len(i.statements) for i in session.items), "statement"),
              _count(sum(len(i.points) for i in session.items), "point"))
    print(f"Imported {args.file} into {store.path}: {', '.join(counts)}.", file=sys.stderr)
    if kept:
        print(f"What the database held before is kept as {kept}.", file=sys.stderr)
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def cmd_export(args: argparse.Namespace) -> int:
    from .exporters import EXPORTERS

    path = _db(args)
    if not path.exists():
        raise CommandError(f"{path}: no such database; create one with `unreport import FILE --db {path}`")
    store = open_store(path, read_only=True)
    try:
        session = store.load()
    finally:
        store.close()
    if not session.items and not session.info.body:
        raise CommandError(f"{path}: the database holds no session yet; load one with `unreport import FILE --db {path}`")
    if args.format == "toml":
        if args.item:
            raise CommandError("--item goes with the report formats (md, txt); a session file always holds the whole session", EXIT_BAD_INPUT)
        output = session_to_toml(session)
    else:
        document = render_report(session)
        if args.item:
            if not session.item(args.item):
                keys = ", ".join(i.key for i in session.items) or "none"
                raise CommandError(f"no item with key {args.item!r}; the items are: {keys}", EXIT_BAD_INPUT)
            document = document.for_item(args.item)
        output = EXPORTERS[args.format](document)
    if args.output:
        if _belongs_to_database(Path(args.output), path):
            raise CommandError(f"{args.output} is part of the database {path}; choose another file for -o", EXIT_BAD_INPUT)
        write_atomically(Path(args.output), output)
        print(f"Wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(output)
    return 0


def _belongs_to_database(target: Path, db: Path) -> bool:
    """The database file itself, its journal, lock or backups: an export must never land there."""
    target, db = target.resolve(), db.resolve()
    return target in (db, journal_path(db), lock_path(db)) or target.parent == backup_dir(db)


def cmd_demo(args: argparse.Namespace) -> int:
    """Open the app on a fresh copy of the bundled demo session, in a scratch database."""
    with tempfile.TemporaryDirectory(prefix="unreport-demo-") as scratch:
        store = open_store(Path(scratch) / "demo.json")
        store.replace(parse_session(demo_session_text()))
        return _run_app(store)


def cmd_open(args: argparse.Namespace) -> int:
    path = _db(args)
    if args.read_only and not path.exists():
        raise CommandError(f"{path}: no such database")
    return _run_app(open_store(path, read_only=args.read_only))


def cmd_check(args: argparse.Namespace) -> int:
    from .storage.health import check_database

    health = check_database(_db(args))
    print("\n".join(health.lines))
    return 0 if health.ok else EXIT_FAILED


def cmd_backups(args: argparse.Namespace) -> int:
    from .storage.backups import backup_dir, list_backups

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
    from .storage.restore import restore_backup

    path = _db(args)
    restored = restore_backup(path, Path(args.backup) if args.backup else None)
    print(f"Restored {path} from {restored.source}.")
    for kept in restored.kept:
        print(f"What was there before is kept as {kept}.")
    return 0


def _run_app(store) -> int:
    from .app.app import UnreportApp

    app = UnreportApp(store)
    try:
        app.run()
    finally:
        store.close()
    if app.crash_message:
        print(app.crash_message, file=sys.stderr)
    return app.return_code or 0


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistyped command gets one line, like every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"unreport: {message}; see `{self.prog} --help`\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="unreport", description="Log speakers and points during a meeting; render the draft report in UN style.")
    parser.add_argument("--version", action="version", version=f"unreport {__version__}")
    db_help = "the database file (default: $UNREPORT_DB, else unreport.json in your user data directory)"
    parser.add_argument("--db", help=db_help)
    parser.add_argument("--read-only", action="store_true", help="open without the right to change anything (when another copy has it open)")
    parser.set_defaults(run=cmd_open)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="open the app on a scratch copy of the bundled demo session")
    demo.set_defaults(run=cmd_demo)

    load = commands.add_parser("import", help="load a session file (TOML) into the database, replacing what it holds")
    load.add_argument("file", help="the session file")
    load.add_argument("--db", help=db_help)
    load.set_defaults(run=cmd_import)

    export = commands.add_parser("export", help="write the draft report (md, txt) or the session file (toml)")
    export.add_argument("--format", "-f", choices=["md", "txt", "toml"], default="txt")
    export.add_argument("--output", "-o", help="write to this file instead of standard output")
    export.add_argument("--item", help="only the agenda item with this key")
    export.add_argument("--db", help=db_help)
    export.set_defaults(run=cmd_export)

    check = commands.add_parser("check", help="say what state the database is in, without changing it")
    check.add_argument("--db", help=db_help)
    check.set_defaults(run=cmd_check)

    backups = commands.add_parser("backups", help="list the rolling backups kept next to the database")
    backups.add_argument("--db", help=db_help)
    backups.set_defaults(run=cmd_backups)

    restore = commands.add_parser("restore", help="bring a backup back (the current file is kept first)")
    restore.add_argument("backup", nargs="?", help="the backup file (default: the most recent good one)")
    restore.add_argument("--db", help=db_help)
    restore.set_defaults(run=cmd_restore)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except SessionFileError as error:
        print(f"unreport: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except CommandError as error:
        print(f"unreport: {error}", file=sys.stderr)
        return error.status
    except StorageError as error:
        print(f"unreport: {error}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"unreport: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: the user gets one line and where the details are
        print(crash_line(error, write_crash_report(error)), file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
