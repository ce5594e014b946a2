"""Write a file so that it is either the old one or the whole new one, never half of each."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

# The notes are the note-taker's: the database and every file beside it (journal, lock, backups)
# are theirs alone to read, as mkstemp makes the database itself.
PRIVATE = 0o600


def made_private(fd: int) -> None:
    """A file opened before this unreport made them private (0644, readable by all), made so now:
    ``os.open``'s mode applies only to a file it creates."""
    with contextlib.suppress(OSError):  # a file system without permissions (a USB stick's FAT)
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, PRIVATE)


def fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` survive a power cut (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes, mode: int | None = None) -> None:
    """``data`` in ``path`` (temporary file, fsync, rename, fsync of the folder); ``mode`` sets
    the permissions (default: those mkstemp gives, 0600)."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise named_after(path, error) from error
    try:
        with os.fdopen(fd, "wb") as temp:
            if mode is not None:
                os.fchmod(temp.fileno(), mode)
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        if isinstance(error, OSError):
            raise named_after(path, error) from error
        raise
    fsync_directory(directory)


def named_after(path: Path, error: OSError) -> OSError:
    """The error named after the file being written, not after the temporary file beside it,
    whose name means nothing to the user (and is gone): the file itself is as it was."""
    return type(error)(error.errno, error.strerror, str(path)) if error.errno is not None else error
