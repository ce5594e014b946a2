"""The Akoma Ntoso 3.0 schema the exports are validated against, vendored in ``fixtures/akn`` so
that every clone finds it, and parsed once per test session (it takes seconds)."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest

SCHEMA = Path(__file__).parent / "fixtures" / "akn" / "akomantoso30.xsd"


@cache
def _parsed() -> Any:
    import xmlschema

    return xmlschema.XMLSchema(str(SCHEMA))


def akn_schema() -> Any:
    """The parsed schema; a test that cannot have it is skipped, and fails under CI (``CI=true``),
    where a schema test that skips would hide an export the schema refuses."""
    why = ""
    if not SCHEMA.exists():
        why = f"the Akoma Ntoso schema is not in {SCHEMA.parent}"
    else:
        try:
            import xmlschema  # noqa: F401
        except ImportError:
            why = "the xmlschema package is not installed (pip install -e '.[test]')"
    if why:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{why}: under CI a schema test may not skip", pytrace=False)
        pytest.skip(why)
    return _parsed()
