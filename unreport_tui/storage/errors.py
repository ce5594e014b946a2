"""What can go wrong with a database, each with a message the user can act on."""

from __future__ import annotations


class StorageError(Exception):
    """A database that cannot be opened or written; the message is meant for the user."""


class DatabaseInUse(StorageError):
    def __init__(self, message: str, pid: int | None = None) -> None:
        super().__init__(message)
        self.pid = pid


class DatabaseCorrupt(StorageError):
    """The file does not parse. It is left exactly as it is."""


class NewerFormat(StorageError):
    pass


class ReadOnlyDatabase(StorageError):
    pass


class SaveFailed(StorageError):
    """A write did not reach the disk. The change is kept in memory and saved by the next write or retry."""

    def __init__(self, message: str, error: OSError | None = None) -> None:
        super().__init__(message)
        self.error = error


class UnsavableText(StorageError):
    """Text that cannot be written as UTF-8 (a lone surrogate); refused before anything changed."""


class NoSuchEntry(StorageError):
    """An update, removal or move of an entry that is not (or no longer) in the database."""
