"""Every State, organization and group the report names is tagged in the Akoma Ntoso file
(``<organization refersTo="#…">``), with a reference for each: in the statements, on behalf of,
sponsor and vote lists, the officers' countries, the list of participants. The core says where
it prints such a name (``Run.mention``); the words stay those of every other format."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from unreport_tui import cli
from unreport_tui.core.countries import all_states
from unreport_tui.core.rendered import Run, merge_runs, plain_text
from unreport_tui.core.rendering.action_taken import vote_list, vote_list_mentions
from unreport_tui.core.session_file.session import load_session_file, parse_session
from unreport_tui.exporters import export_session

from .hypothesis_budget import examples

NS = {"akn": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
AKN = f"{{{NS['akn']}}}"
EVERY_KIND = load_session_file(Path(__file__).parent / "fixtures" / "every-kind.toml")
ACTION = parse_session(cli.demo_session_text("action"))


def _report(session) -> ET.Element:
    report = ET.fromstring(export_session(session, "akn")).find("akn:debateReport", NS)
    assert report is not None
    return report


def _tags(element: ET.Element) -> list[str]:
    return [e.text or "" for e in element.iter(f"{AKN}organization")]


def _references(report: ET.Element) -> dict[str, str]:
    return {f"#{r.get('eId')}": r.get("showAs", "") for r in report.find("akn:meta/akn:references", NS)}


def _paragraph(report: ET.Element, starting: str) -> ET.Element:
    return next(p for p in report.iter(f"{AKN}paragraph") if " ".join("".join(p.itertext()).split()).startswith(starting))


def test_each_name_in_a_vote_list_is_tagged_and_has_its_reference():
    report = _report(ACTION)
    references = _references(report)
    items = [i for i in report.iter(f"{AKN}item") if i.findtext("akn:heading", "", NS) in ("In favour:", "Against:")]
    assert items
    for item in items:
        names = item.findtext("akn:p", "", NS) + "".join(e.text + (e.tail or "") for e in item.find("akn:p", NS))
        listed = names.rstrip(".").split(", ")  # "Bolivia (Plurinational State of)" holds no comma
        assert _tags(item) == listed
        for tag in item.iter(f"{AKN}organization"):
            assert references[tag.get("refersTo")] == tag.text


def test_the_sponsors_and_the_group_they_speak_for_are_tagged():
    report = _report(ACTION)
    assert _tags(_paragraph(report, "6. At its 11th meeting"))[-3:] == ["Thailand", "Chile", "Kenya"]
    assert _tags(_paragraph(report, "11. At its 12th meeting"))[-2:] == ["Pakistan", "Group of 77 and China"]
    after = _paragraph(report, "16. After the adoption")
    assert _tags(after) == ["Germany", "Japan"]


def test_the_statements_name_every_speaker_and_the_groups_they_speak_for():
    paragraph = _paragraph(_report(ACTION), "3. Statements were made")
    assert _tags(paragraph) == [
        "Pakistan",
        "Group of 77 and China",
        "Germany",
        "States Members of the United Nations that are members of the European Union",
        "Chile",
        "Japan",
        "Holy See",
    ]


def test_the_officers_countries_and_every_participant_are_tagged():
    report = _report(EVERY_KIND)
    officers = _paragraph(report, "15. At its 1st meeting")
    assert _tags(officers) == ["Uruguay"]
    participants = report.find("akn:attachments/akn:attachment[1]", NS)
    items = list(participants.iter(f"{AKN}item"))
    assert [_tags(i) for i in items] == [["".join(i.itertext()).strip()] for i in items]
    assert len(items) == 6


def test_every_tag_refers_to_a_reference_that_shows_its_name():
    for session in (EVERY_KIND, ACTION, parse_session(cli.demo_session_text())):
        report = _report(session)
        references = _references(report)
        tags = [
            e
            for part in ("mainBody", "attachments")
            for found in report.findall(f"akn:{part}", NS)
            for e in found.iter()
            if e.get("refersTo")
        ]
        assert tags
        for tag in tags:
            assert tag.get("refersTo") in references
            if tag.tag == f"{AKN}organization" and not tag.get("refersTo", "").startswith("#sp-the-"):
                # the reference shows the name the UN lists it under, which the text prints or writes out
                assert references[tag.get("refersTo")]


_NAMES = st.lists(st.sampled_from([s.name for s in all_states()][:60] + ["Turkey", "venezuela", "  ", "Atlantis"]), max_size=12)


@settings(max_examples=examples(60), deadline=None)
@given(_NAMES)
def test_a_vote_list_says_the_same_with_each_state_marked(names):
    runs = vote_list_mentions(names)
    assert plain_text(runs) == vote_list(names)
    marked = [r.text for r in runs if isinstance(r, Run) and r.mention]
    assert marked == ([] if vote_list(names) == "None." else vote_list(names).rstrip(".").split(", "))
    assert all(r.mention == r.text for r in runs if isinstance(r, Run) and r.mention)


@settings(max_examples=examples(100), deadline=None)
@given(
    st.lists(
        st.builds(Run, st.sampled_from(["", "a", " and ", "Chile"]), st.booleans(), st.sampled_from(["", "Chile"])), max_size=8
    )
)
def test_merging_runs_keeps_each_name_a_run_of_its_own(runs):
    merged = merge_runs(runs)
    assert plain_text(merged) == plain_text(runs)
    assert [r for r in merged if isinstance(r, Run) and r.mention] == [r for r in runs if r.mention and r.text]


def test_the_words_of_the_statements_are_those_of_the_text_export():
    text = " ".join(export_session(ACTION, "txt").split())
    sentence = " ".join("".join(_paragraph(_report(ACTION), "3. Statements were made").itertext()).split())
    assert re.sub(r"^3\. ", "", sentence) in text


def test_speakers_whose_names_have_the_same_letters_each_have_their_own_reference():
    from tests.builders import said, session_with
    from unreport_tui.core.model import Role

    session = session_with(
        [said("Chile", meeting=1), said("Women & Girls", Role.NGO, meeting=1), said("Women Girls", Role.NGO, meeting=1)],
        meetings=[1],
    )
    report = _report(session)
    references = _references(report)
    refers = {e.text: references[e.get("refersTo")] for e in report.iter(f"{AKN}organization")}
    assert refers["Women & Girls"] == "Women & Girls" and refers["Women Girls"] == "Women Girls"


def test_an_undated_draft_is_dated_the_day_it_is_exported_not_1970():
    import datetime as dt

    from tests.builders import said, session_with

    report = _report(session_with([said("Chile", meeting=1)], meetings=[1]))
    dates = {e.get("date", "") for e in report.iter(f"{AKN}FRBRdate")}
    assert dates and not any(d.startswith("1970") for d in dates)
    assert dt.date.fromisoformat(min(dates)).year >= 2026
