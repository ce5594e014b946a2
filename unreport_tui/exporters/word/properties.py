"""What the file says about itself (File > Properties in Word): the report's title and subject,
en-GB, no author (the editors' names go in as they edit), created and modified now; and nothing
left from python-docx's template (its author "python-docx", its comment, its 2013 dates, its
application name, its thumbnail, its bibliography, its "spelling already checked" flag)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from docx.oxml.ns import qn

from ...core.rendered import Masthead, xml_printable
from .styles import LANGUAGE

APPLICATION = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>unreport</Application></Properties>"
)
THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
# The template's leftovers the document refers to: an empty bibliography (APA) and a second copy of
# its Word 2010 style sheet, with none of the report's styles.
LEFT_OVER = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
)


# Word keeps at most 255 characters of a file's title or subject; python-docx refuses more.
PROPERTY_LIMIT = 255


def _within_limit(text: str) -> str:
    """A long title line (a session held in several periods, a long title typed) cut at Word's limit."""
    return text if len(text) <= PROPERTY_LIMIT else text[: PROPERTY_LIMIT - 1].rstrip() + "\u2026"


def set_properties(word: Any, masthead: Masthead | None, now: dt.datetime | None = None) -> None:
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    properties = word.core_properties
    title = subject = ""
    if masthead is not None:
        title = ": ".join(part for part in (masthead.symbol, masthead.title) if part)
        if masthead.addendum:
            title += ", Addendum"
        subject = ", ".join(part for part in (masthead.body, masthead.session_title) if part)
    properties.title, properties.subject = _within_limit(xml_printable(title)), _within_limit(xml_printable(subject))
    properties.author = properties.last_modified_by = properties.comments = ""
    properties.keywords = properties.category = ""
    properties.language = LANGUAGE
    properties.created = properties.modified = now
    properties.revision = 1
    package = word.part.package
    for part in package.iter_parts():
        if part.partname == "/docProps/app.xml":
            part._blob = APPLICATION
    for rid, relation in list(package.rels.items()):
        if relation.reltype == THUMBNAIL:
            package.rels.pop(rid)
    for rid, relation in list(word.part.rels.items()):
        if relation.reltype in LEFT_OVER:
            word.part.rels.pop(rid)
    settings = word.settings.element
    for flag in settings.findall(qn("w:proofState")):
        settings.remove(flag)  # it told Word the spelling had been checked, so Word checked nothing
    for language in settings.findall(qn("w:themeFontLang")):
        language.set(qn("w:val"), LANGUAGE)
