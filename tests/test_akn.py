"""The Akoma Ntoso export: a debateReport that the OASIS Akoma Ntoso 3.0 schema accepts, with
the same words as every other format and the user's text as data."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from unreport_tui import cli
from unreport_tui.core.model import Session
from unreport_tui.core.session_file.session import load_session_file, parse_session
from unreport_tui.exporters import export_session

from .akn_schema import akn_schema
from .builders import point, said, session_with
from .hypothesis_budget import examples

NS = {"akn": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
EVERY_KIND = load_session_file(Path(__file__).parent / "fixtures" / "every-kind.toml")


@pytest.fixture
def schema():
    return akn_schema()


@pytest.mark.parametrize(
    "session",
    [parse_session(cli.demo_session_text()), parse_session(cli.demo_session_text("action")), EVERY_KIND],
    ids=["demo", "action", "every-kind"],
)
def test_the_schema_accepts_it(schema, session, tmp_path):
    path = tmp_path / "report.akn"
    path.write_text(export_session(session, "akn"), encoding="utf-8")
    schema.validate(str(path))


def test_it_has_the_metadata_the_paragraphs_and_the_footnotes():
    root = ET.fromstring(export_session(EVERY_KIND, "akn"))
    report = root.find("akn:debateReport", NS)
    assert report is not None
    assert report.find(".//akn:FRBRWork/akn:FRBRnumber", NS).get("value") == "E/CN.15/2023/L.1/Add.3"
    assert report.find(".//akn:FRBRWork/akn:FRBRdate", NS).get("date") == "2023-05-25"
    assert report.find(".//akn:preface//akn:docTitle", NS).text == "Draft report"
    shown = {r.get("showAs"): r.tag.split("}")[1] for r in report.find(".//akn:references", NS)}
    assert shown["Director of the Division for Treaty Affairs"] == "TLCPerson"
    assert shown["Pakistan"] == "TLCOrganization"
    numbers = [n.text for n in report.findall(".//akn:paragraph/akn:num", NS)]
    assert numbers[:3] == ["1.", "2.", "3."]
    note = report.find(".//akn:authorialNote", NS)
    assert note.get("marker") == "1" and "Treaty Series" in "".join(note.itertext())
    body = "".join(report.find("akn:mainBody", NS).itertext()).replace("See Treaty Series, vol. 2237.", "")
    text = " ".join(body.split())  # the words a reader sees, the footnote's own taken out
    for line in export_session(EVERY_KIND, "txt").splitlines():
        if line[:1].isdigit() and ". " in line[:5]:
            sentence = line.split(". ", 1)[1].replace("¹", "")
            assert " ".join(sentence.split()) in text, line


def test_user_text_stays_text():
    session = session_with([said("<script>&amp;", "ngo")], [point("noted ]]> and <b>x</b>", "<script>&amp;")])
    xml = export_session(session, "akn")
    assert "<script>" not in xml and "<b>" not in xml
    text = "".join(ET.fromstring(xml).itertext())
    assert "The observer for <script>&amp; made a statement." in text and "noted ]]> and <b>x</b>" in text


def mentions(xml: str) -> list[tuple[str, str | None, str | None]]:
    """(element, what it refers to, its text) for each name mentioned in the body and the annexes."""
    report = ET.fromstring(xml).find("akn:debateReport", NS)
    return [
        (e.tag.split("}")[1], e.get("refersTo"), e.text)
        for part in report
        if part.tag.split("}")[1] in ("mainBody", "attachments")
        for e in part.iter()
        if e.tag.split("}")[1] in ("organization", "person")
    ]


def test_each_mention_of_a_speaker_refers_to_its_reference():
    xml = export_session(EVERY_KIND, "akn")
    found = mentions(xml)
    references = {
        f"#{r.get('eId')}": r.get("showAs")
        for r in ET.fromstring(xml).find(".//akn:references", NS)
        if r.get("eId", "").startswith("sp-")
    }
    assert found and all(refers in references for _, refers, _ in found)
    assert ("person", "#sp-director-of-the-division-for-treaty-affairs", "Director of the Division for Treaty Affairs") in found
    eids = [e.get("eId") for e in ET.fromstring(xml).iter() if e.get("eId", "").startswith("ref_")]
    assert len(eids) == len(set(eids)) == len(found)


def test_a_state_is_found_by_the_name_the_text_gives_it_and_never_inside_a_longer_one():
    session = session_with(
        [said("Venezuela"), said("Guinea"), said("Niger")],
        [point("welcomed the work of Equatorial Guinea, Nigeria and Guinea-Bissau", "Guinea")],
    )
    found = mentions(export_session(session, "akn"))
    assert ("organization", "#sp-venezuela", "Bolivarian Republic of Venezuela") in found  # "the" stays outside
    assert [text for _, refers, text in found if refers == "#sp-guinea"] == ["Guinea"]  # the statements, not the point
    assert [text for _, refers, text in found if refers == "#sp-niger"] == ["Niger"]


def test_a_speaker_a_named_point_names_without_a_statement_has_a_reference_too():
    from unreport_tui.core.model import Role

    session = session_with(
        [said("Chile")],
        [point("stated X", "Secretary-General of UNCTAD", named=True, roles={"Secretary-General of UNCTAD": Role.OFFICIAL})],
    )
    xml = export_session(session, "akn")
    assert ("person", "#sp-secretary-general-of-unctad", "Secretary-General of UNCTAD") in mentions(xml)
    shown = {r.get("showAs"): r.tag.split("}")[1] for r in ET.fromstring(xml).find(".//akn:references", NS)}
    assert shown["Secretary-General of UNCTAD"] == "TLCPerson" and shown["Chile"] == "TLCOrganization"


def test_a_name_typed_with_its_article_is_found_as_the_text_prints_it_and_shown_by_its_un_name():
    """ "The Global Alliance …" typed is printed "the Global Alliance …": the mention is found all
    the same, "the" outside it; "eu" typed is shown as the European Union."""
    session = session_with(
        [
            said("The Global Alliance against Traffic in Women", "ngo"),
            said("eu"),
            said("International Drug Policy Consortium", "ngo"),
        ]
    )
    xml = export_session(session, "akn")
    text = " ".join("".join(ET.fromstring(xml).itertext()).split())
    assert (
        "The observers for the Global Alliance against Traffic in Women and the International Drug Policy "
        "Consortium also made statements."
    ) in text
    found = mentions(xml)
    assert (
        "organization",
        "#sp-the-global-alliance-against-traffic-in-women",
        "Global Alliance against Traffic in Women",
    ) in found
    assert ("organization", "#sp-international-drug-policy-consortium", "International Drug Policy Consortium") in found
    assert ("organization", "#sp-eu", "European Union") in found
    shown = {r.get("eId"): r.get("showAs") for r in ET.fromstring(xml).find(".//akn:references", NS)}
    assert shown["sp-eu"] == "European Union"
    assert shown["sp-the-global-alliance-against-traffic-in-women"] == "The Global Alliance against Traffic in Women"


ODD_SPEAKERS = session_with(
    [said("<script>&amp;", "ngo"), said("a", "ngo"), said("Chile")], [point("thanked <script>&amp; and a friend", "Chile")]
)


def test_a_mention_holds_user_text_as_text():
    xml = export_session(ODD_SPEAKERS, "akn")
    assert ("organization", "#sp-script-amp", "<script>&amp;") in mentions(xml)
    # A one-letter name is tagged where the report prints it as a speaker's name, never looked
    # for in the text of a point ("a friend").
    assert ("organization", "#sp-a", "a") in mentions(xml)
    point = next(p for p in ET.fromstring(xml).iter(f"{{{NS['akn']}}}p") if "friend" in "".join(p.itertext()))
    assert [e.text for e in point if e.get("refersTo")] == ["<script>&amp;"]


def test_the_schema_accepts_the_mentions_of_odd_names(schema, tmp_path):
    path = tmp_path / "report.akn"
    path.write_text(export_session(ODD_SPEAKERS, "akn"), encoding="utf-8")
    schema.validate(str(path))


CONTROL_CHARACTERS = session_with(
    [said("Chi\x01le"), said("Lawyers\x1b[31m", "ngo")], symbol="A/\x00AC.1/L.1", body="Conference\x0b of the Parties"
)


def test_a_control_character_in_a_name_or_a_symbol_leaves_the_file_readable():
    xml = export_session(CONTROL_CHARACTERS, "akn")
    root = ET.fromstring(xml)  # it parses: nothing XML cannot hold, in text or attributes
    assert root.find(".//akn:FRBRWork/akn:FRBRnumber", NS).get("value") == "A/AC.1/L.1"
    shown = {r.get("showAs") for r in root.find(".//akn:references", NS)}
    assert "Conference of the Parties" in shown and "Lawyers[31m" in shown


def test_an_empty_report_still_has_a_body():
    root = ET.fromstring(export_session(Session(), "akn"))
    assert len(root.find("akn:debateReport/akn:mainBody", NS)) > 0


@pytest.mark.parametrize(
    "session", [CONTROL_CHARACTERS, session_with(), Session()], ids=["control characters", "one empty item", "nothing"]
)
def test_the_schema_accepts_the_odd_cases(schema, session, tmp_path):
    path = tmp_path / "report.akn"
    path.write_text(export_session(session, "akn"), encoding="utf-8")
    schema.validate(str(path))


def test_the_schema_accepts_every_session_file_hypothesis_makes(schema):
    from hypothesis import given, settings

    from .test_session_file import sessions

    @settings(max_examples=examples(60), deadline=None)
    @given(sessions())
    def valid(session):
        schema.validate(export_session(session, "akn"))

    valid()


def test_the_schema_is_in_the_repository_and_a_schema_test_may_not_skip_under_ci(monkeypatch, tmp_path):
    from . import akn_schema as where

    assert where.SCHEMA.is_file() and (where.SCHEMA.parent / "xml.xsd").is_file()
    monkeypatch.setattr(where, "SCHEMA", tmp_path / "akomantoso30.xsd")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="under CI"):
        where.akn_schema()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        where.akn_schema()


def test_the_schema_refuses_an_export_with_an_element_out_of_place():
    # The validator must be able to say no, or every schema test above would pass on anything.
    xml = export_session(parse_session(cli.demo_session_text()), "akn")
    misplaced = xml.replace("<identification", "<num>1</num><identification", 1)
    assert misplaced != xml
    with pytest.raises(AssertionError, match="refuses the export"):
        akn_schema().validate(misplaced)
