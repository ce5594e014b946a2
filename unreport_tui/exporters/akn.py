"""Akoma Ntoso 3.0 XML: the draft as a ``debateReport``, as far as the UN system's AKN4UN
guidelines apply to a draft report: FRBR metadata with the document symbol and dates, the
masthead in the ``preface``, chapters, sections and subheadings as nested ``hcontainer``s,
numbered ``paragraph``s, lettered subparagraphs, footnotes as ``authorialNote``s where they are
referred to, and a ``TLCPerson`` or ``TLCOrganization`` reference for each body that spoke, to
which every mention of it in the text refers (``<organization refersTo="#sp-chile">Chile</...>``,
``<person>`` for an official).

The tree is built with ElementTree, which escapes every text: user text is data."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..core.rendered import (AnnexHeading, Footnote, FootnoteRef, Heading, Inline, Paragraph, ReportDocument, Subparagraph,
                             xml_printable)

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
ET.register_namespace("", NS)
def _el(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    # What XML cannot hold is dropped from attributes too (a symbol or a speaker's name pasted with
    # a control character in it): ElementTree would write it and make the file unreadable.
    element = ET.SubElement(parent, f"{{{NS}}}{tag}", {k: xml_printable(v) for k, v in attributes.items()})
    if text is not None:
        element.text = xml_printable(text)
    return element


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _speaker_eid(name: str) -> str | None:
    """The eId of a speaker's reference; None for a name the document's own references take."""
    eid = _slug(name)
    return None if eid in ("unreport", "body") else f"sp-{eid}"


class _Mentions:
    """Where the text names a speaker: by the name logged, and for a State or an organization of
    the data also by the UN's short name and its name in running text (without its article: "the
    <organization>Bolivarian Republic of Venezuela</organization>"). Every State's and
    organization's names are looked for, so that the longest name at a place wins: "Equatorial
    Guinea" is never a mention of Guinea, nor "the European Union Agency for …" of the European Union."""

    def __init__(self, speakers: list[tuple[str, bool]]) -> None:
        from ..core.countries import all_states, resolve_state
        from ..core.names import running_name
        from ..core.organizations import all_organizations, resolve_organization

        self.refers: dict[str, tuple[str, bool]] = {}
        for name, person in speakers:
            eid = _speaker_eid(name)
            if eid is None or not name.strip():
                continue
            # The name as typed, and as running text prints it ("The Global Alliance …" typed is
            # "the Global Alliance …" in the text), without its article; an official by the title typed.
            forms = {name.strip(), _without_article(name.strip() if person else running_name(name))}
            state = None if person else resolve_state(name)
            if state is not None:
                forms |= {state.name, _without_article(state.text_name)}
            organization = None if person or state else resolve_organization(name)
            if organization is not None:  # "EU" logged, "the European Union" printed
                forms |= {organization.name, _without_article(organization.running_name(name))}
            for form in forms:
                if len(form) >= 3 or form.isupper():  # "a" or "of" typed as a name would be found everywhere
                    self.refers.setdefault(form, (eid, person))
        every = set(self.refers)
        if every:
            every |= {form for state in all_states() for form in (state.name, _without_article(state.text_name))}
            every |= {form for o in all_organizations() for form in (o.name, _without_article(o.text))}
        alternatives = "|".join(re.escape(n) for n in sorted(every, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])") if every else None
        self.count = 0

    def split(self, text: str) -> list[tuple[str, tuple[str, bool] | None]]:
        """``text`` in pieces: (text, None), or (a mention, (the speaker's eId, a person))."""
        if self.pattern is None:
            return [(text, None)]
        pieces: list[tuple[str, tuple[str, bool] | None]] = []
        at = 0
        for found in self.pattern.finditer(text):
            speaker = self.refers.get(found.group())
            if speaker is None:
                continue
            pieces += [(text[at:found.start()], None), (found.group(), speaker)]
            at = found.end()
        pieces.append((text[at:], None))
        return [(piece, speaker) for piece, speaker in pieces if piece]


def _without_article(name: str) -> str:
    return name[4:] if name.startswith(("the ", "The ")) else name


def export_akn(doc: ReportDocument, speakers: list[tuple[str, bool]] | None = None) -> str:
    """``speakers``: (name, is a person) for the references; taken from nowhere else."""
    root = ET.Element(f"{{{NS}}}akomaNtoso")
    report = _el(root, "debateReport", name="draftReport")
    _meta(report, doc, speakers or [])
    _preface(report, doc)
    body = _el(report, "mainBody")
    notes = {f.number: f for f in doc.footnotes}
    mentions = _Mentions(speakers or [])
    stack: list[tuple[int, ET.Element]] = [(0, body)]
    counters = {"para": 0, "sub": 0, "hcontainer": 0}
    for block in doc.blocks:
        if isinstance(block, Heading | AnnexHeading):
            level = block.level if isinstance(block, Heading) else 1
            while stack[-1][0] >= level:
                stack.pop()
            counters["hcontainer"] += 1
            name = {1: "chapter", 2: "section"}.get(level, "subheading")
            container = _el(stack[-1][1], "hcontainer", name=name, eId=f"hcont_{counters['hcontainer']}")
            _el(container, "heading", block.text)
            stack.append((level, container))
        elif isinstance(block, Paragraph):
            counters["para"] += 1
            paragraph = _el(stack[-1][1], "paragraph", eId=f"para_{counters['para']}")
            if block.number is not None:
                _el(paragraph, "num", f"{block.number}.")
            _inline(_el(_el(paragraph, "content"), "p"), block.content, notes, mentions)
        elif isinstance(block, Subparagraph):
            counters["sub"] += 1
            sub = _el(stack[-1][1], "hcontainer", name="subparagraph", eId=f"subpara_{counters['sub']}")
            if block.label:
                _el(sub, "num", block.label)
            _inline(_el(_el(sub, "content"), "p"), block.content, notes, mentions)
    if not len(body):  # nothing in the report yet: the schema wants something in the body
        _el(body, "p")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _meta(report: ET.Element, doc: ReportDocument, speakers: list[tuple[str, bool]]) -> None:
    m = doc.masthead
    symbol = m.symbol if m and m.symbol else "draft"
    uri = f"/akn/un/debateReport/{_slug(symbol)}"
    meta = _el(report, "meta")
    identification = _el(meta, "identification", source="#unreport")
    for level, suffix in (("FRBRWork", ""), ("FRBRExpression", "/eng"), ("FRBRManifestation", "/eng.xml")):
        frbr = _el(identification, level)
        _el(frbr, "FRBRthis", value=f"{uri}{suffix}/main")
        _el(frbr, "FRBRuri", value=f"{uri}{suffix}")
        # An undated draft still needs a FRBR date: the schema requires one.
        _el(frbr, "FRBRdate", date=m.issued_on.isoformat() if m and m.issued_on else "1970-01-01", name="issued")
        _el(frbr, "FRBRauthor", href="#body")
        if level == "FRBRWork":
            _el(frbr, "FRBRcountry", value="un")
            if m and m.symbol:
                _el(frbr, "FRBRnumber", value=m.symbol)
        if level == "FRBRExpression":
            _el(frbr, "FRBRlanguage", language="eng")
    references = _el(meta, "references", source="#unreport")
    _el(references, "TLCOrganization", eId="unreport", href="/ontology/organization/unreport", showAs="unreport")
    _el(references, "TLCOrganization", eId="body", href=f"/ontology/organization/un/{_slug(m.body if m else 'body')}",
        showAs=m.body if m and m.body else "body")
    from ..core.names import short_name  # the country data is loaded when first needed

    seen: set[str] = set()
    for name, person in speakers:
        eid = _speaker_eid(name)
        if eid is None or eid in seen:
            continue
        seen.add(eid)
        kind = "TLCPerson" if person else "TLCOrganization"
        _el(references, kind, eId=eid, href=f"/ontology/{'person' if person else 'organization'}/{eid[3:]}",
            showAs=name if person else short_name(name))  # "eu" logged is the European Union


def _preface(report: ET.Element, doc: ReportDocument) -> None:
    m = doc.masthead
    if m is None:
        return
    preface = _el(report, "preface")
    if m.symbol:
        _el(_el(preface, "p", **{"class": "symbol"}), "docNumber", m.symbol)
    for line, css in ((m.distribution, "distribution"), (m.issued, "date"), (m.original, "original"),
                      (m.body, "body"), (m.session_title, "session"), (m.venue_dates, "venue")):
        if line:
            _el(preface, "p", line, **{"class": css})
    _el(_el(preface, "p", **{"class": "title"}), "docTitle", m.title)
    if m.rapporteur:
        _el(preface, "p", f"Rapporteur: {m.rapporteur}", **{"class": "rapporteur"})
    if m.addendum:
        _el(preface, "p", "Addendum", **{"class": "addendum"})


def _inline(p: ET.Element, content: tuple[Inline, ...], notes: dict[int, Footnote], mentions: _Mentions) -> None:
    last: ET.Element | None = None
    for piece in content:
        if isinstance(piece, FootnoteRef):
            note = notes.get(piece.number)
            if note is None:
                continue
            last = _el(p, "authorialNote", marker=str(note.number), placement="bottom", eId=f"fn_{note.number}")
            _inline(_el(last, "p"), tuple(i for i in note.content if not isinstance(i, FootnoteRef)), {}, mentions)
            continue
        if piece.italic:
            last = _el(p, "i", piece.text)
            continue
        for text, speaker in mentions.split(xml_printable(piece.text)):
            if speaker is not None:
                eid, person = speaker
                mentions.count += 1
                last = _el(p, "person" if person else "organization", text, refersTo=f"#{eid}",
                           eId=f"ref_{mentions.count}")
            elif last is None:
                p.text = (p.text or "") + text
            else:
                last.tail = (last.tail or "") + text
