"""Akoma Ntoso 3.0 XML: the draft as a ``debateReport``, as far as the UN system's AKN4UN
guidelines apply to a draft report: FRBR metadata with the document symbol and dates, the
masthead in the ``preface``, chapters, sections and subheadings as nested ``hcontainer``s,
paragraph N as ``paragraph`` ``para_N`` (the id is the printed number, so a cross-reference lands
on it), lettered subparagraphs as the ``list`` of ``point``s of their paragraph, the lists of
names and documents as ``blockList``s, annexes as ``attachments`` (each a ``doc`` of its own),
footnotes as ``authorialNote``s where they are referred to, and a ``TLCPerson`` or
``TLCOrganization`` reference for each body that spoke and each State, organization or group
the report names, to which every mention of it in the text refers (``<organization
refersTo="#sp-chile">Chile</...>``, ``<person>`` for an official). The core marks the names it
prints (``Run.mention``); in the note-taker's own text a speaker's names are looked for.

The tree is built with ElementTree, which escapes every text: user text is data."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

from ..core.rendered import (
    AnnexHeading,
    Footnote,
    FootnoteRef,
    Heading,
    Inline,
    ListKind,
    Paragraph,
    ReportDocument,
    Subparagraph,
    visit,
    xml_printable,
)

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


def speaker_ids(speakers: list[tuple[str, bool]]) -> dict[str, str]:
    """Each speaker's reference eId, by the name logged: "sp-" and its letters, and a number after
    a name whose letters another name already has ("Women & Girls", "Women Girls"), so that no two
    speakers share a reference and no mention points at the wrong one."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for name, _ in speakers:
        if not name.strip() or name.strip() in ids:
            continue
        eid = wanted = f"sp-{_slug(name)}"
        again = 1
        while eid in taken:
            again += 1
            eid = f"{wanted}-{again}"
        taken.add(eid)
        ids[name.strip()] = eid
    return ids


class _Mentions:
    """Where the text names a speaker: by the name logged, and for a State or an organization of
    the data also by the UN's short name and its name in running text (without its article: "the
    <organization>Bolivarian Republic of Venezuela</organization>"). Every State's and
    organization's names are looked for, so that the longest name at a place wins: "Equatorial
    Guinea" is never a mention of Guinea, nor "the European Union Agency for …" of the European Union."""

    def __init__(self, speakers: list[tuple[str, bool]]) -> None:
        from ..core.countries import all_states, resolve_state
        from ..core.names import running_name, short_name
        from ..core.organizations import all_organizations, resolve_organization

        ids = speaker_ids(speakers)
        self.refers: dict[str, tuple[str, bool]] = {}
        for name, person in speakers:
            eid = ids.get(name.strip())
            if eid is None:
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
        # A name the report marks (``Run.mention``: the name the UN lists it under) refers to the
        # speaker it names, else to a reference of its own, made for it (``named``).
        self.by_key: dict[str, str] = {}
        for name, person in speakers:
            eid = ids.get(name.strip())
            if eid is not None and not person:
                self.by_key.setdefault(short_name(name), eid)
        self.taken = set(ids.values())
        self.named: dict[str, str] = {}  # eId -> the name shown, for the references to be made

    def refer(self, key: str) -> str:
        """The eId that a marked name ``key`` refers to."""
        eid = self.by_key.get(key)
        if eid is None:
            eid = wanted = f"sp-{_slug(key)}"
            again = 1
            while eid in self.taken:  # another name with the same letters ("Côte d'Ivoire", "Cote d'Ivoire")
                again += 1
                eid = f"{wanted}-{again}"
            self.taken.add(eid)
            self.by_key[key] = eid
            self.named[eid] = key
        return eid

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
            pieces += [(text[at : found.start()], None), (found.group(), speaker)]
            at = found.end()
        pieces.append((text[at:], None))
        return [(piece, speaker) for piece, speaker in pieces if piece]


def _without_article(name: str) -> str:
    return name[4:] if name.startswith(("the ", "The ")) else name


def export_akn(doc: ReportDocument, speakers: list[tuple[str, bool]] | None = None) -> str:
    """``speakers``: (name, is a person) for the references; taken from nowhere else."""
    root = ET.Element(f"{{{NS}}}akomaNtoso")
    report = _el(root, "debateReport", name="draftReport")
    uri, references = _meta(report, doc, speakers or [])
    _preface(report, doc)
    notes = {f.number: f for f in doc.footnotes}
    mentions = _Mentions(speakers or [])
    body = _Body(_el(report, "mainBody"), "", notes, mentions)
    main = body
    attachments: ET.Element | None = None
    for block in doc.blocks:
        if isinstance(block, AnnexHeading):
            # An annex is a document of its own attached to the report, not a chapter of it.
            if attachments is None:
                attachments = _el(report, "attachments")
            body.finish()
            number = len(attachments) + 1
            annex = _el(_el(attachments, "attachment", eId=f"att_{number}"), "doc", name="annex")
            _identification(annex, doc, uri, f"annex_{number}")
            _el(_el(_el(annex, "preface"), "p", **{"class": "annexHeading"}), "docNumber", block.text)
            body = _Body(_el(annex, "mainBody"), f"att_{number}__", notes, mentions)
        elif isinstance(block, Heading) and block.level == 1 and body is not main:
            body.finish()  # a chapter after an annex: the report's body goes on
            body = main
            body.heading(block)
        else:
            visit(block, body)
    body.finish()
    main.finish()
    for eid, name in mentions.named.items():  # the States and organizations named that did not speak
        _el(references, "TLCOrganization", eId=eid, href=f"/ontology/organization/{eid[3:]}", showAs=name)
    _indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# How each kind of list sets its label: the agenda's numbers and the letters are numbers; "In
# favour:", "Chair:" and a document's symbol head their item.
_LABEL_AS_NUM = {ListKind.LETTERED, ListKind.AGENDA}


# Elements whose text is the report's words: never indented, so that "<p><organization>Japan
# </organization></p>" holds "Japan" and no line break before or after it (``ET.indent`` would add them).
_WORDS = {"p", "heading", "num", "docNumber", "docTitle", "i", "organization", "person"}


def _indent(element: ET.Element, level: int = 0) -> None:
    """Each block on a line of its own, indented, for a reader of the file; words untouched."""
    if element.tag.split("}")[1] in _WORDS or not len(element):
        return
    inside = "\n" + "  " * (level + 1)
    if not (element.text or "").strip():
        element.text = inside
    for child in element:
        _indent(child, level + 1)
        if not (child.tail or "").strip():
            child.tail = inside
    element[-1].tail = "\n" + "  " * level


class _Body:
    """The blocks of one body (the report's, or an annex's) as AKN: chapters and sections as
    nested ``hcontainer``s; paragraph N as ``para_N`` whatever comes before it (an unnumbered
    "[To be completed]" is an ``hcontainer`` of its own, so that a cross-reference to a printed
    number lands on that paragraph); lettered subparagraphs as the ``list`` of ``point``s of their
    paragraph (``para_12__list_1__point_a``); votes, officers, the agenda, documents and
    participants as a ``blockList`` of ``item``s. ``prefix`` keeps an annex's ids apart."""

    def __init__(self, root: ET.Element, prefix: str, notes: dict[int, Footnote], mentions: _Mentions) -> None:
        self.root = root
        self.prefix = prefix
        self.notes = notes
        self.mentions = mentions
        self.stack: list[tuple[int, ET.Element]] = [(-1, root)]  # below every heading, a part (0) included
        self.containers = 0
        self.used: set[str] = set()
        self.owner: ET.Element | None = None  # the paragraph the next subparagraphs belong to
        self.lists = 0  # how many lists the owner holds
        self.list: tuple[ListKind, ET.Element] | None = None  # the list being filled

    def _eid(self, wanted: str) -> str:
        # Two paragraphs printed with one number would be a fault of the numbering; their ids
        # still stay unique.
        eid, again = wanted, 1
        while eid in self.used:
            again += 1
            eid = f"{wanted}_{again}"
        self.used.add(eid)
        return eid

    def _container(self, name: str) -> ET.Element:
        self.containers += 1
        return _el(self.stack[-1][1], "hcontainer", name=name, eId=self._eid(f"{self.prefix}hcont_{self.containers}"))

    def heading(self, block: Heading) -> None:
        while self.stack[-1][0] >= block.level:
            self.stack.pop()
        container = self._container({0: "part", 1: "chapter", 2: "section"}.get(block.level, "subheading"))
        if block.label:
            _el(container, "num", block.label)
        _el(container, "heading", block.text)
        if block.under:
            _el(container, "subheading", block.under)
        self.stack.append((block.level, container))
        self.owner, self.list = None, None

    def annex_heading(self, _block: AnnexHeading) -> None:  # export_akn makes an attachment of it
        raise AssertionError("an annex heading is an attachment")

    def paragraph(self, block: Paragraph) -> None:
        if block.number is None:
            element = self._container("unnumberedParagraph")
        else:
            element = _el(self.stack[-1][1], "paragraph", eId=self._eid(f"{self.prefix}para_{block.number}"))
            _el(element, "num", f"{block.number}.")
        self._p(_el(element, "content"), block.content)
        self.owner, self.lists, self.list = element, 0, None

    def subparagraph(self, block: Subparagraph) -> None:
        if self.list is None or self.list[0] is not block.kind:
            self.list = (block.kind, self._new_list(block.kind))
        kind, holder = self.list
        eid = holder.get("eId", "")
        if kind is ListKind.LETTERED:
            letter = re.sub(r"[^0-9A-Za-z]", "", block.label).lower() or str(len(holder) + 1)
            item = _el(holder, "point", eId=self._eid(f"{eid}__point_{letter}"))
            if block.label:
                _el(item, "num", block.label)
            self._p(_el(item, "content"), block.content)
            return
        item = _el(holder, "item", eId=self._eid(f"{eid}__item_{len(holder) + 1}"))
        if block.label:
            _el(item, "num" if kind in _LABEL_AS_NUM else "heading", block.label)
        self._p(item, block.content)

    def _new_list(self, kind: ListKind) -> ET.Element:
        owner = self.owner
        if owner is None:  # a list straight under a heading (the participants): a container of its own
            owner = self._container(f"{kind.value}List")
            if kind is not ListKind.LETTERED:
                _el(owner, "content")
            self.owner, self.lists = owner, 0
        self.lists += 1
        eid = f"{owner.get('eId')}__list_{self.lists}"
        content = owner.find(f"{{{NS}}}content")
        if kind is ListKind.LETTERED:
            if content is not None:  # the paragraph's text introduces its points
                content.tag = f"{{{NS}}}intro"
            return _el(owner, "list", eId=self._eid(eid))
        if content is None:  # after points: the list stands in a container of its own, in order
            holder = _el(owner, "hcontainer", name=f"{kind.value}List", eId=self._eid(eid))
            content = _el(holder, "content")
            eid = f"{eid}__list_1"
        return _el(content, "blockList", eId=self._eid(eid))

    def finish(self) -> None:
        if not len(self.root):  # nothing in the report yet: the schema wants something in the body
            _el(self.root, "p")

    def _p(self, parent: ET.Element, content: tuple[Inline, ...]) -> None:
        _inline(_el(parent, "p"), content, self.notes, self.mentions)


def _meta(report: ET.Element, doc: ReportDocument, speakers: list[tuple[str, bool]]) -> tuple[str, ET.Element]:
    """The report's metadata; returns its work's URI (an annex's metadata names it too) and its
    references (the names found in the text add theirs)."""
    m = doc.masthead
    symbol = m.symbol if m and m.symbol else "draft"
    uri = f"/akn/un/debateReport/{_slug(symbol)}"
    meta = _identification(report, doc, uri, "main")
    references = _el(meta, "references", source="#unreport")
    _el(references, "TLCOrganization", eId="unreport", href="/ontology/organization/unreport", showAs="unreport")
    _el(
        references,
        "TLCOrganization",
        eId="body",
        href=f"/ontology/organization/un/{_slug(m.body if m else 'body')}",
        showAs=m.body if m and m.body else "body",
    )
    from ..core.names import short_name  # the country data is loaded when first needed

    seen: set[str] = set()
    ids = speaker_ids(speakers)
    for name, person in speakers:
        eid = ids.get(name.strip())
        if eid is None or eid in seen:
            continue
        seen.add(eid)
        kind = "TLCPerson" if person else "TLCOrganization"
        _el(
            references,
            kind,
            eId=eid,
            href=f"/ontology/{'person' if person else 'organization'}/{eid[3:]}",
            showAs=name if person else short_name(name),
        )  # "eu" logged is the European Union
    return uri, references


def _identification(document: ET.Element, doc: ReportDocument, uri: str, component: str) -> ET.Element:
    """``meta`` with the FRBR identification of the report (``main``) or of one of its annexes
    (``annex_1``: the same work, another component), which the schema requires of each."""
    m = doc.masthead
    meta = _el(document, "meta")
    identification = _el(meta, "identification", source="#unreport")
    for level, suffix in (("FRBRWork", ""), ("FRBRExpression", "/eng"), ("FRBRManifestation", "/eng.xml")):
        frbr = _el(identification, level)
        _el(frbr, "FRBRthis", value=f"{uri}{suffix}/{component}")
        _el(frbr, "FRBRuri", value=f"{uri}{suffix}")
        # An undated draft still needs a FRBR date (the schema requires one): the day it is exported.
        issued = m.issued_on if m and m.issued_on else dt.date.today()
        _el(frbr, "FRBRdate", date=issued.isoformat(), name="issued")
        _el(frbr, "FRBRauthor", href="#body")
        if level == "FRBRWork":
            _el(frbr, "FRBRcountry", value="un")
            if m and m.symbol:
                _el(frbr, "FRBRnumber", value=m.symbol)
        if level == "FRBRExpression":
            _el(frbr, "FRBRlanguage", language="eng")
    return meta


def _preface(report: ET.Element, doc: ReportDocument) -> None:
    m = doc.masthead
    if m is None:
        return
    preface = _el(report, "preface")
    if m.symbol:
        _el(_el(preface, "p", **{"class": "symbol"}), "docNumber", m.symbol)
    for line, css in (
        (m.distribution, "distribution"),
        (m.issued, "date"),
        (m.original, "original"),
        (m.parent, "parent"),
        (m.reports_to, "reportsTo"),
        (m.body, "body"),
        (m.session_title, "session"),
        (m.venue_dates, "venue"),
        (m.report_item, "reportItem"),
        (m.report_item_title, "reportItemTitle"),
    ):
        if line:
            _el(preface, "p", line, **{"class": css})
    _el(_el(preface, "p", **{"class": "title"}), "docTitle", m.title)
    if m.held:
        _el(preface, "p", m.held, **{"class": "held"})
    if m.rapporteur:
        _el(preface, "p", m.rapporteur_line, **{"class": "rapporteur"})
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
        if piece.mention:  # a name the report says is one
            mentions.count += 1
            last = _el(p, "organization", piece.text, refersTo=f"#{mentions.refer(piece.mention)}", eId=f"ref_{mentions.count}")
            continue
        if piece.italic:
            last = _el(p, "i", piece.text)
            continue
        for text, speaker in mentions.split(xml_printable(piece.text)):
            if speaker is not None:
                eid, person = speaker
                mentions.count += 1
                last = _el(p, "person" if person else "organization", text, refersTo=f"#{eid}", eId=f"ref_{mentions.count}")
            elif last is None:
                p.text = (p.text or "") + text
            else:
                last.tail = (last.tail or "") + text
