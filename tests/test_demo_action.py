"""The second bundled demo: a whole report with discussion, action on proposals and the
organization chapter, as `unreport demo action` opens it and every format writes it."""

from __future__ import annotations

import pytest

from unreport_tui import cli
from unreport_tui.core.session_file.session import parse_session
from unreport_tui.exporters import FORMATS, export_session


@pytest.fixture
def report():
    return parse_session(cli.demo_session_text("action"))


def test_the_demo_writes_an_action_chapter_with_a_recorded_vote(report):
    text = export_session(report, "txt", None)
    words = " ".join(text.split())  # the vote and officer lists are padded to line up: the words, not the spaces
    for sentence in (
        "Also at the same meeting, the representative of Thailand orally revised the draft resolution as follows:",
        "(a) In the fourth preambular paragraph, the words “deeply concerned” were replaced by “concerned”;",
        "Also at the same meeting, the Commission adopted the draft resolution, as orally revised, without a vote "
        "(see chap. I, sect. D, resolution 51/3).",
        "Also at the same meeting, the Commission adopted the draft resolution by a recorded vote of 15 to 2, "
        "with 3 abstentions (see chap. I, sect. B).",
        "The voting was as follows:",
        "Against: Israel, United States of America.",
        "After the adoption of the draft resolution, statements in explanation of vote were made by the "
        "representatives of Germany and Japan.",
        "The Commission held its fifty-first session in New York from 26 February to 9 March 2007. It held six meetings.",
        "Vice-Chairs: Tebatso Future Baleseng (Botswana)",
        "The documents before the Commission at its fifty-first session are listed in annex II.",
    ):
        assert sentence in words, sentence


@pytest.mark.parametrize("format", FORMATS)
def test_every_format_writes_the_whole_demo(report, format):
    out = export_session(report, format, None)
    if isinstance(out, bytes):  # a Word file: its paragraphs
        import io

        from docx import Document

        out = "\n".join(p.text for p in Document(io.BytesIO(out)).paragraphs)
    assert "Situation of and assistance to Palestinian women" in out
    if format != "toml":
        assert "The voting was as follows:" in out
    else:
        assert parse_session(out) == report


def test_unreport_demo_action_opens_that_session(monkeypatch, report):
    opened = []

    def run_app(store, **_modes):
        opened.append(store.load())
        store.close()
        return 0

    monkeypatch.setattr(cli, "_run_app", run_app)
    assert cli.main(["demo", "action"]) == 0
    assert opened == [report]


def test_leaving_a_demo_says_nothing_of_it_was_kept_and_what_opens_ones_own(monkeypatch, capsys):
    monkeypatch.setattr(cli, "_run_app", lambda store, **_modes: store.close() or 0)
    assert cli.main(["demo"]) == 0
    said = capsys.readouterr().err
    assert "scratch copy: what was logged in it is gone" in said and "`unreport` opens your own database" in said


async def test_a_demo_says_on_its_title_that_it_is_not_kept(tmp_path, report):
    from unreport_tui.app.app import UnreportApp
    from unreport_tui.storage import open_store

    store = open_store(tmp_path / "demo.json", background=True)
    store.replace(report)
    async with UnreportApp(store, scratch=True).run_test() as pilot:
        await pilot.pause()
        assert pilot.app.sub_title == "demo.json: a scratch copy, not kept"
    store.close()


def test_the_report_opens_on_its_first_chapter_the_organizational_items_are_in_the_last(report):
    """Items 1 and 2 (election of officers, adoption of the agenda) have no chapter and nothing
    logged: the organization chapter reports them, and the report opens on chapter III."""
    text = export_session(report, "txt", None)
    body = text.split("Rapporteur: Tebatso Future Baleseng (Botswana)", 1)[1].lstrip()
    assert body.startswith("III. Follow-up to the Fourth World Conference on Women\n\n1. At its 2nd, 3rd, 11th and 12th")
    assert "For its consideration of agenda item 2" not in text
    assert "adopted its provisional agenda (E/CN.6/2007/1)" in text


async def test_the_app_says_where_an_item_the_organization_chapter_reports_is(tmp_path, report):
    from unreport_tui.app.app import UnreportApp
    from unreport_tui.storage import open_store

    from .test_app import draft_text

    store = open_store(tmp_path / "a.json", background=True)
    store.replace(report)
    store.set_cursor("1", None)
    app = UnreportApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "the organization chapter reports it (f3 shows the whole report)" in await draft_text(app)
        await pilot.press(*"chile", "enter")  # something logged: the item has its section
        await pilot.pause()
        assert "A statement was made by the representative of Chile." in await draft_text(app)
        await app.action_quit()


def test_what_is_logged_under_the_election_of_officers_is_reported_in_its_section(report):
    """Item 1 has no chapter of its own: once something is logged under it, it is still reported in
    the organization chapter's "Election of officers", not before chapter III with no heading."""
    from unreport_tui.core.model import Role, Statement

    report.item("1").statements.append(Statement("Chile", Role.MEMBER, meeting=1))
    text = export_session(report, "txt", None)
    body = text.split("Rapporteur: Tebatso Future Baleseng (Botswana)", 1)[1].lstrip()
    assert body.startswith("III. Follow-up to the Fourth World Conference on Women\n\n1. At its 2nd, 3rd, 11th and 12th")
    officers = body.index("B. Election of officers")
    assert (
        officers
        < body.index("Dubravka Šimonović (Croatia)")
        < body.index(
            "At its 1st meeting, on 26 February 2007, the Commission considered agenda item 1, entitled “Election of officers”."
        )
        < body.index("A statement was made by the representative of Chile.")
        < body.index("C. Adoption of the agenda")
    )
    assert body.count("V. Organization of the session") == 1
