"""The Akoma Ntoso 3.0 schema the exports are validated against, vendored in ``fixtures/akn`` so
that every clone finds it, and parsed once per test process.

It is read by libxml2 (through lxml, which python-docx already installs), not by the pure-Python
``xmlschema``: the same XSD 1.0 checks, with the schema read in a quarter of a second rather than
two and a report checked in under a millisecond rather than a hundred and thirty, which is what lets
the property tests try as many sessions as they do within the suite's time."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

SCHEMA = Path(__file__).parent / "fixtures" / "akn" / "akomantoso30.xsd"


class AknSchema:
    def __init__(self, path: Path) -> None:
        self._schema = etree.XMLSchema(etree.parse(str(path)))

    def validate(self, source: str | Path) -> None:
        """Fails with libxml2's messages (line, element, what was expected) unless the schema accepts
        ``source``: the exported text itself, or the path of a file holding it."""
        if isinstance(source, str) and source.lstrip().startswith("<"):
            valid = self._schema.validate(etree.fromstring(source.encode("utf-8")))
        else:
            valid = self._schema.validate(etree.parse(str(source)))
        if not valid:
            raise AssertionError(f"the Akoma Ntoso schema refuses the export:\n{self._schema.error_log}")


@cache
def _parsed() -> AknSchema:
    return AknSchema(SCHEMA)


def akn_schema() -> AknSchema:
    """The parsed schema; a test that cannot have it is skipped, and fails under CI (``CI=true``),
    where a schema test that skips would hide an export the schema refuses."""
    if not SCHEMA.exists():
        why = f"the Akoma Ntoso schema is not in {SCHEMA.parent}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{why}: under CI a schema test may not skip", pytrace=False)
        pytest.skip(why)
    return _parsed()
