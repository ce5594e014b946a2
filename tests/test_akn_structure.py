"""The Akoma Ntoso file's structure follows the printed report: paragraph N is ``para_N`` (a
cross-reference to a printed number lands on that paragraph), lettered subparagraphs are points
of their paragraph, lists of names and documents are lists, and annexes are attachments."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from unreport_tui import cli
from unreport_tui.core.rendered import Paragraph, plain_text, xml_printable
from unreport_tui.core.rendering.report import render_report
from unreport_tui.core.session_file.session import load_session_file, parse_session
from unreport_tui.exporters import export_session

from .hypothesis_budget import examples

NS = {"akn": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
EVERY_KIND = load_session_file(Path(__file__).parent / "fixtures" / "every-kind.toml")
SESSIONS = {
    "demo": parse_session(cli.demo_session_text()),
    "action": parse_session(cli.demo_session_text("action")),
    "every-kind": EVERY_KIND,
}


def _report(session) -> ET.Element:
    report = ET.fromstring(export_session(session, "akn")).find("akn:debateReport", NS)
    assert report is not None
    return report


def _words(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _printed_paragraphs(session) -> dict[int, str]:
    """The numbered paragraphs of the report: number, and its first words."""
    return {
        b.number: " ".join(xml_printable(plain_text(b.content)).split())[:40]
        for b in render_report(session).blocks
        if isinstance(b, Paragraph) and b.number is not None
    }


def _check_ids_follow_numbers(session) -> None:
    report = _report(session)
    paragraphs = report.findall(".//akn:paragraph", NS)
    for paragraph in paragraphs:
        num = paragraph.find("akn:num", NS)
        assert num is not None and paragraph.get("eId") == f"para_{num.text.rstrip('.')}"
    printed = _printed_paragraphs(session)
    assert sorted(int(p.get("eId", "")[5:]) for p in paragraphs) == sorted(printed)
    for number, first_words in printed.items():  # the id holds the paragraph printed with that number
        found = report.find(f".//akn:paragraph[@eId='para_{number}']", NS)
        assert found is not None and first_words in _words(found)


@pytest.mark.parametrize("name", SESSIONS)
def test_paragraph_n_is_para_n(name):
    _check_ids_follow_numbers(SESSIONS[name])


def test_an_unnumbered_to_be_completed_takes_no_paragraph_number():
    """ "[To be completed]" after paragraph 13 used to be ``para_14``, so that paragraph 18 was
    ``para_19``: a cross-reference to paragraph 18 landed on 17."""
    report = _report(EVERY_KIND)
    assert _words(report.find(".//akn:paragraph[@eId='para_18']", NS)).startswith("18. The documents before the Commission")
    placeholder = [e for e in report.iter() if _words(e) == "[To be completed]" and e.get("eId")]
    assert placeholder and not re.fullmatch(r"para_\d+", placeholder[0].get("eId", ""))


def test_every_session_hypothesis_makes_has_its_paragraphs_by_number():
    from hypothesis import given, settings

    from .test_session_file import sessions

    @settings(max_examples=examples(40), deadline=None)
    @given(sessions())
    def ids(session):
        _check_ids_follow_numbers(session)

    ids()


def test_lettered_subparagraphs_are_points_of_their_paragraph():
    paragraph = _report(EVERY_KIND).find(".//akn:paragraph[@eId='para_10']", NS)
    assert _words(paragraph.find("akn:intro", NS)).endswith("orally revised the draft resolution as follows:")
    points = paragraph.findall("akn:list/akn:point", NS)
    assert [(p.get("eId"), p.find("akn:num", NS).text) for p in points] == [
        ("para_10__list_1__point_a", "(a)"),
        ("para_10__list_1__point_b", "(b)"),
    ]
    assert _words(points[1]) == "(b) Operative paragraph 3 was deleted."


def test_a_vote_the_officers_and_the_agenda_are_lists_in_their_paragraph():
    report = _report(EVERY_KIND)
    vote = report.find(".//akn:paragraph[@eId='para_12']/akn:content/akn:blockList", NS)
    assert vote is not None and vote.get("eId") == "para_12__list_1"
    assert [(i.get("eId"), i.find("akn:heading", NS).text) for i in vote.findall("akn:item", NS)] == [
        ("para_12__list_1__item_1", "In favour:"),
        ("para_12__list_1__item_2", "Against:"),
        ("para_12__list_1__item_3", "Abstaining:"),
    ]
    officers = report.find(".//akn:paragraph[@eId='para_15']/akn:content/akn:blockList", NS)
    assert _words(officers) == "Chair: Carolina Fernández (Uruguay)"
    agenda = report.find(".//akn:paragraph[@eId='para_16']/akn:content/akn:blockList", NS)
    assert [i.find("akn:num", NS).text for i in agenda.findall("akn:item", NS)] == ["1.", "4.", "5."]


def test_annexes_are_attachments_not_chapters():
    report = _report(EVERY_KIND)
    assert not [h for h in report.iter(f"{{{NS['akn']}}}heading") if (h.text or "").startswith("Annex")]
    annexes = report.findall("akn:attachments/akn:attachment", NS)
    assert [
        (a.get("eId"), a.find("akn:doc", NS).get("name"), a.find("akn:doc/akn:preface//akn:docNumber", NS).text) for a in annexes
    ] == [("att_1", "annex", "Annex I"), ("att_2", "annex", "Annex II")]
    participants = annexes[0].find("akn:doc/akn:mainBody", NS)
    assert _words(participants).startswith("List of participants States members Japan Mexico Peru Other States Holy See")
    structure = [e.get("eId", "") for e in participants.iter() if e.get("eId") and e.get("refersTo") is None]
    assert structure and all(eid.startswith("att_1__") for eid in structure)  # ids apart from the report's
    documents = annexes[1].find("akn:doc/akn:mainBody", NS)
    item = documents.find(".//akn:blockList/akn:item", NS)
    assert item.find("akn:heading", NS).text == "E/CN.15/2023/4"
    assert annexes[1].find("akn:doc/akn:meta//akn:FRBRWork/akn:FRBRthis", NS).get("value").endswith("/annex_2")


def test_ids_are_unique_in_the_file():
    for session in SESSIONS.values():
        ids = [e.get("eId") for e in ET.fromstring(export_session(session, "akn")).iter() if e.get("eId")]
        assert len(ids) == len(set(ids))


NAMES = [
    "Chile",
    "chile",
    "eu",
    "Venezuela",
    "Côte d'Ivoire",
    "Cote d'Ivoire",
    "g77",
    "Amnesty International",
    "a",
    "<b>&amp;",
    "the Niger",
    "Chair",
    "",
    " ",
]


def _with_action_and_organization():
    """Sessions Hypothesis makes, with proposals (revisions, recorded votes, sponsors) and an
    organization chapter (officers, agenda, attendance, both annexes)."""
    from hypothesis import strategies as st

    from unreport_tui.core.model import Action, ActionKind, Attendance, Decision, Officer, Organization, Proposal, RecordedVote

    from .test_session_file import sessions

    names = st.lists(st.sampled_from(NAMES), max_size=4)
    actions = st.builds(
        Action,
        st.sampled_from(list(ActionKind)),
        st.none(),
        st.sampled_from(NAMES),
        st.sampled_from(NAMES),
        names,
        st.sampled_from(["", "to its next session"]),
        st.lists(st.sampled_from(["x", "", "*y*"]), max_size=3),
        st.sampled_from(list(Decision)) | st.builds(RecordedVote, names, names, names),
    )
    organization = st.builds(
        Organization,
        st.sampled_from(["", "V. Organization of the session"]),
        st.just(""),
        st.none(),
        st.none(),
        st.sampled_from(["", "annex II"]),
        st.sampled_from(["", "annex I"]),
        st.lists(
            st.builds(
                Officer, st.sampled_from(["Chair", "Vice-Chair", "Rapporteur"]), st.sampled_from(NAMES), st.sampled_from(NAMES)
            ),
            max_size=3,
        ),
        st.none() | st.builds(Attendance, names, names, names, names),
    )

    @st.composite
    def whole(draw):
        session = draw(sessions())
        for item in session.items:
            for index in range(draw(st.integers(0, 2))):
                session.proposals.append(
                    Proposal(
                        f"{item.key}-{index}",
                        item.key,
                        draw(st.sampled_from(["T", ""])),
                        submitted_by=draw(names),
                        on_behalf_of=draw(st.sampled_from(NAMES)),
                        actions=draw(st.lists(actions, max_size=3)),
                    )
                )
        session.organization = draw(st.none() | organization)
        return session

    return whole()


def test_every_report_with_votes_and_annexes_hypothesis_makes_is_valid_and_by_number():
    from hypothesis import given, settings

    from .akn_schema import akn_schema

    schema = akn_schema()

    @settings(max_examples=examples(60), deadline=None)
    @given(_with_action_and_organization())
    def valid(session):
        xml = export_session(session, "akn")
        schema.validate(xml)
        _check_ids_follow_numbers(session)
        root = ET.fromstring(xml)
        ids = [e.get("eId") for e in root.iter() if e.get("eId")]
        assert len(ids) == len(set(ids))
        references = {f"#{r.get('eId')}" for r in root.find(".//akn:references", NS)}
        assert all(e.get("refersTo") in references for e in root.iter() if e.get("refersTo"))

    valid()
