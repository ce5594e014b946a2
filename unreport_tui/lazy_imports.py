"""Names a package exports, imported from its modules when first asked for (PEP 562): the app
shows its first screen before it opens the database, and what only that needs waits till then."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def lazy_attributes(package: str, where: dict[str, str], namespace: dict[str, Any]) -> Callable[[str], Any]:
    """The package's ``__getattr__``: ``where`` maps each lazy name to its module (".backups");
    a name, once imported, is kept in the package's ``namespace`` and asked for no more."""

    def __getattr__(name: str) -> Any:
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(where[name], package), name)
        namespace[name] = value
        return value

    return __getattr__
