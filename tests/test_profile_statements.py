"""Body profiles: who made statements, how each role is introduced and each group named.

Each test renders a small session whose profile (written here, extending the default) sets what a
body's reports write, and reads the sentence a rapporteur would read. The real sentences are cited
with the report they come from; a name the UN has changed since is printed by its current name
("Türkiye"), as unreport always prints it."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from unreport_tui.core.model import Role, Statement
from unreport_tui.core.profiles import ProfileError, load_profile
from unreport_tui.core.session_file.session import parse_session, session_to_toml
from unreport_tui.core.session_file.tables import SessionFileError
from unreport_tui.logbook import Logbook, LogbookError
from unreport_tui.storage import open_store
from unreport_tui.storage.records import _statement_as_written, _statement_by_fields, statement_record

from .builders import discussion
from .hypothesis_budget import examples


def session(tmp_path: Path, profile: str, statements: str, item: str = "", body: str = "Commission") -> str:
    """A one-item session file in ``profile`` (a profile that extends the default, written in
    ``tmp_path``): its [[items.statements]] tables, and the item's own keys."""
    (tmp_path / "body.toml").write_text('[profile]\nextends = "untoc-cop"\n' + profile, encoding="utf-8")
    return (
        f'[session]\nbody = "The {body}"\nbody_short = "{body}"\nprofile = "body.toml"\n\n'
        "[[meetings]]\nnumber = 13\ndate = 2008-03-07\n\n"
        f'[[items]]\nkey = "4"\nnumber = "4"\ntitle = "Title"\nmeetings = [13]\n{item}\n{statements}'
    )


def said(*names: str, **fields: str) -> str:
    """[[items.statements]] tables for ``names``, each with ``fields``."""
    extra = "".join(f'{key} = "{value}"\n' for key, value in fields.items())
    return "".join(f'[[items.statements]]\nspeaker = "{name}"\n{extra}\n' for name in names)


def read(tmp_path: Path, text: str) -> list[str]:
    """What follows the item's opening paragraph, as the report prints it."""
    return discussion(parse_session(text, tmp_path))


# --- statements -------------------------------------------------------------------------


def test_an_observer_after_the_members_in_the_commissions_words(tmp_path):
    # E/2025/28 (Commission on Narcotic Drugs), as the style notes quote it: "Statements were made by
    # the representatives of South Africa, Japan, the Republic of Korea, …" / "A statement was also
    # made by the observer for Pakistan."
    profile = '[statements]\nobserver_also = "A statement was also made by the observer for {speakers}."\n'
    text = session(
        tmp_path, profile, said("South Africa", "Japan", "Republic of Korea") + said("Pakistan", role="observer_state")
    )
    assert read(tmp_path, text) == [
        "2. Statements were made by the representatives of South Africa, Japan and the Republic of Korea."
        " A statement was also made by the observer for Pakistan."
    ]


def test_a_non_governmental_organization_has_sentences_of_its_own(tmp_path):
    # E/2025/28, as the style notes quote it: "The observer for [an NGO] also made a statement.",
    # while observer States are "A statement was also made by the observer for …".
    profile = '[statements]\nobserver_also = "A statement was also made by the observer for {speakers}."\n'
    text = session(tmp_path, profile, said("Japan") + said("Amnesty International", role="ngo"))
    assert read(tmp_path, text)[-1] == "3. The observer for Amnesty International also made a statement."


def test_the_right_of_reply_in_the_councils_words(tmp_path):
    # A/HRC/7/78, para. 128: "At the same meeting, statements in exercise of the right of reply were
    # made by the representatives of Colombia, Cyprus, the Islamic Republic of Iran, Nepal, Sri Lanka
    # and Turkey. At the same meeting, a second statement in exercise of the right of reply was made
    # by the representative of Turkey."
    profile = (
        "[statements]\nsecond_replies = true\n"
        'reply_members = "Statements in exercise of the right of reply were made by the representatives of {speakers}."\n'
        'reply_second_member = "At the same meeting, a second statement in exercise of the right of reply was made by'
        ' the representative of {speakers}."\n'
    )
    replies = said("Colombia", "Cyprus", "Iran", "Nepal", "Sri Lanka", "Turkey", "Turkey", kind="reply", meeting="13")
    text = session(tmp_path, profile, said("Cuba", meeting="13") + replies, item="narrate = true", body="Council")
    assert read(tmp_path, text.replace('meeting = "13"', "meeting = 13"))[-1] == (
        "3. At the same meeting, statements in exercise of the right of reply were made by the representatives of"
        " Colombia, Cyprus, the Islamic Republic of Iran, Nepal, Sri Lanka and Türkiye. At the same meeting, a second"
        " statement in exercise of the right of reply was made by the representative of Türkiye."
    )
    # By default, a delegation that replied twice is named once: it "made statements".
    assert read(tmp_path, session(tmp_path, "", said("Turkey", "Turkey", kind="reply"), body="Council")) == [
        "2. The representative of Türkiye made statements in exercise of the right of reply."
    ]


def test_an_item_chooses_the_form_its_profile_names(tmp_path):
    # A/HRC/7/78, para. 126: "At the same meeting, the representatives of Afghanistan, Cambodia,
    # Colombia, Cyprus, Guatemala, Nepal and Uganda made statements, as concerned countries."
    profile = (
        "[statements.chosen]\n"
        'concerned_countries = "The representatives of {speakers} made statements, as concerned countries."\n'
    )
    speakers = said("Afghanistan", "Cambodia", "Colombia", "Cyprus", "Guatemala", "Nepal", "Uganda")
    text = session(tmp_path, profile, speakers, item='statements_form = "concerned_countries"', body="Council")
    assert read(tmp_path, text) == [
        "2. The representatives of Afghanistan, Cambodia, Colombia, Cyprus, Guatemala, Nepal and Uganda made statements,"
        " as concerned countries."
    ]
    # The same item without the choice: the profile's own sentence.
    assert read(tmp_path, text.replace('statements_form = "concerned_countries"', ""))[0].startswith(
        "2. Statements were made by the representatives of Afghanistan,"
    )


COPUOS = (
    "[statements]\nngos_apart = false\n"
    '[statements.chosen]\nunder_item = "The representatives of {speakers} made statements under agenda item {item}."\n'
)


def test_a_chosen_form_under_the_item_number_with_the_general_exchange(tmp_path):
    # A/AC.105/C.1/L.385/Add.3 (2020), para. 2 (Scientific and Technical Subcommittee): "The
    # representatives of Chile, China, Germany, India, Indonesia, Japan and the Republic of Korea made
    # statements under agenda item 5. The observer for CANEUS International also made a statement.
    # During the general exchange of views, statements relating to the item were made by
    # representatives of other member States."
    statements = said("Chile", "China", "Germany", "India", "Indonesia", "Japan", "Republic of Korea") + said(
        "CANEUS International", role="ngo"
    )
    text = session(
        tmp_path, COPUOS, statements, item='statements_form = "under_item"\ngeneral_exchange = true', body="Subcommittee"
    )
    text = text.replace('number = "4"', 'number = "5"')
    assert read(tmp_path, text) == [
        "2. The representatives of Chile, China, Germany, India, Indonesia, Japan and the Republic of Korea made statements"
        " under agenda item 5. The observer for CANEUS International also made a statement. During the general exchange"
        " of views, statements relating to the item were made by representatives of other member States."
    ]


def test_non_governmental_organizations_apart_by_default(tmp_path):
    statements = said("Chile") + said("CANEUS International", role="ngo")
    assert read(tmp_path, session(tmp_path, "", statements, item="general_exchange = true")) == [
        "2. A statement was made by the representative of Chile. During the general exchange of views, statements"
        " relating to the item were made by representatives of other member States.",
        "3. The observer for CANEUS International also made a statement.",
    ]


def test_everyone_in_one_list_with_semicolons(tmp_path):
    # Issue 16, quoting a report of the Trade and Development Board (its symbol not found): "Opening
    # statements were made by the Secretary-General of UNCTAD; the representative of Norway, speaking
    # on behalf of JUSSCANNZ; …". The last entry after "; and", as UN series with semicolons are.
    profile = (
        '[roles]\non_behalf = "{speaker}, speaking on behalf of {group}"\n'
        '[statements.chosen]\nopening = "Opening statements were made by {everyone}."\n'
    )
    statements = (
        said("Secretary-General of UNCTAD", role="official")
        + said("Norway", on_behalf_of="JUSSCANNZ")
        + said("Pakistan", on_behalf_of="Group of 77 and China")
    )
    text = session(tmp_path, profile, statements, item='statements_form = "opening"', body="Board")
    assert read(tmp_path, text) == [
        "2. Opening statements were made by the Secretary-General of UNCTAD; the representative of Norway, speaking on"
        " behalf of JUSSCANNZ; and the representative of Pakistan, speaking on behalf of the Group of 77 and China."
    ]


def test_one_list_of_everyone_names_the_body_the_item_and_each_speakers_capacity(tmp_path):
    profile = '[statements.chosen]\nopening = "Under item {item}, statements were made to {body} by {everyone}."\n'
    statements = said("Secretary of the Board", role="official", text="made an introductory statement") + said(
        "Norway", capacity="as the concerned country"
    )
    text = session(tmp_path, profile, statements + said("Peru"), item='statements_form = "opening"', body="Board")
    assert read(tmp_path, text) == [
        "2. The Secretary of the Board made an introductory statement.",  # an official's action: a sentence of its own
        "3. Under item 4, statements were made to the Board by the representative of Norway, as the concerned country "
        "and the representative of Peru.",
    ]


def test_the_councils_general_debate_lists(tmp_path):
    # A/HRC/7/78, para. 127: "During the ensuing general debate, at the same meeting, statements were
    # made by the following: (a) Representatives of States members of the Council: Cuba, United
    # Kingdom of Great Britain and Northern Ireland; (b) Observers for the following States: Greece,
    # Libyan Arab Jamahiriya, Turkey; … (d) Observers for non-governmental organizations: Amnesty
    # International, Colombian Commission of Jurists, …, World Federation of Trade Unions."
    profile = (
        "[style]\ndialogue = true\n[statements]\n"
        'dialogue_same_meeting = "During the ensuing general debate, at the same meeting, statements were made by the following:"\n'
        'dialogue_members = "Representatives of States members of {body}"\n'
        'dialogue_observer_states = "Observers for the following States"\n'
    )
    statements = (
        said("Cuba", "United Kingdom", meeting="13")
        + said("Greece", "Libya", "Turkey", role="observer_state")
        + said("Amnesty International", "Colombian Commission of Jurists", "World Federation of Trade Unions", role="ngo")
    )
    text = session(tmp_path, profile, statements.replace('meeting = "13"', "meeting = 13"), body="Council")
    text = text.replace("[session]\n", "[session]\ndialogue = true\n")
    assert read(tmp_path, text) == [
        "2. During the ensuing general debate, at the same meeting, statements were made by the following:",
        "(a) Representatives of States members of the Council: Cuba, United Kingdom of Great Britain and Northern Ireland;",
        "(b) Observers for the following States: Greece, Libya, Türkiye;",
        "(c) Observers for non-governmental organizations: Amnesty International, Colombian Commission of Jurists,"
        " World Federation of Trade Unions.",
    ]


def test_an_officials_name_before_the_title(tmp_path):
    # Issue 16: "Ms. A. B., the Secretary-General of UNCTAD".
    statements = said("Secretary-General of UNCTAD", role="official", person="Ms. A. B.")
    assert read(tmp_path, session(tmp_path, "", statements)) == [
        "2. Ms. A. B., the Secretary-General of UNCTAD, made a statement."
    ]
    did = said("Secretary-General of UNCTAD", role="official", person="Ms. A. B.", text="made an introductory statement")
    assert read(tmp_path, session(tmp_path, "", did)) == [
        "2. Ms. A. B., the Secretary-General of UNCTAD, made an introductory statement."
    ]
    # A body that names the title first.
    profile = '[statements]\nperson = "{official}, {person}"\n'
    assert read(tmp_path, session(tmp_path, profile, statements)) == [
        "2. The Secretary-General of UNCTAD, Ms. A. B., made a statement."
    ]


# --- roles and groups -------------------------------------------------------------------


def test_the_european_union_in_its_capacity_as_observer(tmp_path):
    # E/2025/28, as the style notes quote it: "the representative of the European Union, in its
    # capacity as observer".
    profile = '[roles.as_representative]\n"European Union" = "in its capacity as observer"\n'
    text = session(tmp_path, profile, said("Japan") + said("European Union", role="igo"))
    assert read(tmp_path, text) == [
        "2. Statements were made by the representatives of Japan and the European Union, in its capacity as observer."
    ]
    # In the default profile the European Union is an observer, in a sentence of the observers.
    default = session(tmp_path, "", said("Japan") + said("European Union", role="igo"))
    assert read(tmp_path, default)[0].endswith("The observer for the European Union also made a statement.")


def test_an_observer_state_the_body_introduces_as_a_representative(tmp_path):
    # A body that seats the State of Palestine with its members (the Trade and Development Board's
    # summaries: "The representative of the State of Palestine thanked UNCTAD …", style notes).
    profile = '[roles.as_representative]\n"State of Palestine" = ""\n'
    text = session(tmp_path, profile, said("State of Palestine", role="observer_state"), body="Board")
    assert read(tmp_path, text) == ["2. A statement was made by the representative of the State of Palestine."]


def test_a_named_point_introduces_its_speakers_as_the_profile_says(tmp_path):
    profile = '[roles]\nobserver = "the delegation of {names}"\n'
    text = session(tmp_path, profile, said("European Union", role="igo"))
    text += '[[items.points]]\ntext = "stressed the need for cooperation"\nspeakers = ["European Union"]\nnamed = true\n'
    assert read(tmp_path, text)[-1] == "3. The delegation of the European Union stressed the need for cooperation."


def test_a_group_by_the_bodys_name_for_it(tmp_path):
    # E/2025/28, as the style notes quote it: "(on behalf of the States Members of the United Nations
    # that are members of the European Union)".
    profile = (
        '[groups.names]\n"European Union" = "the States Members of the United Nations that are members of the European Union"\n'
    )
    text = session(tmp_path, profile, said("Hungary", on_behalf_of="European Union"))
    assert read(tmp_path, text) == [
        "2. A statement was made by the representative of Hungary (on behalf of the States Members of the United Nations"
        " that are members of the European Union)."
    ]


def test_a_group_typed_by_an_alias_is_named_as_the_body_names_it(tmp_path):
    # E/2007/27, para. 57 (Commission on the Status of Women): "on behalf of States Members of the
    # United Nations that are members of the Group of 77 and China" (no article).
    profile = '[groups.names]\n"Group of 77 and China" = "States Members of the United Nations that are members of the Group of 77 and China"\n'
    for typed in ("Group of 77 and China", "G77", "g-77 and china"):
        text = session(tmp_path, profile, said("Pakistan", on_behalf_of=typed))
        assert read(tmp_path, text) == [
            "2. A statement was made by the representative of Pakistan (on behalf of States Members of the United Nations"
            " that are members of the Group of 77 and China)."
        ]


def test_a_group_the_profile_does_not_name_is_printed_as_before(tmp_path):
    profile = '[groups.names]\n"Group of African States" = "the African Group"\n'
    text = session(
        tmp_path,
        profile,
        said("Egypt", on_behalf_of="African Group") + said("Chile", on_behalf_of="Group of Friends of Mediation"),
    )
    assert read(tmp_path, text) == [
        "2. Statements were made by the representatives of Egypt (on behalf of the African Group) and Chile"
        " (on behalf of the Group of Friends of Mediation)."
    ]


# --- what is refused, with one line -----------------------------------------------------


def test_an_item_choosing_a_form_its_profile_does_not_name_is_refused(tmp_path):
    profile = '[statements.chosen]\nunder_item = "The representatives of {speakers} made statements under agenda item {item}."\n'
    text = session(tmp_path, profile, said("Japan"), item='statements_form = "opening"')
    with pytest.raises(SessionFileError) as refused:
        parse_session(text, tmp_path)
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith('items[1].statements_form = "opening": no statement form "opening" in the profile ')
    assert message.endswith('; it names "under_item"')
    with pytest.raises(SessionFileError, match=r"; it names none \(a profile names them in \[statements.chosen\]\)$"):
        parse_session(session(tmp_path, "", said("Japan"), item='statements_form = "opening"'), tmp_path)


@pytest.mark.parametrize(
    ("form", "reason"),
    [
        ("Statements were made.", "expected exactly one of {everyone} or {speakers}"),
        ("{speakers}; {everyone}", "expected exactly one of {everyone} or {speakers}"),
        ("{speakers} at {meetings}", "placeholder {meetings} is not offered here"),
    ],
)
def test_a_chosen_form_that_would_lose_or_repeat_the_list_is_refused(tmp_path, form, reason):
    path = tmp_path / "body.toml"
    path.write_text(f'[profile]\nextends = "untoc-cop"\n\n[statements.chosen]\nopening = "{form}"\n', encoding="utf-8")
    with pytest.raises(ProfileError) as refused:
        load_profile(str(path))
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith(f"{path}:5: statements.chosen.opening: {reason}")


def test_a_form_without_its_list_is_refused(tmp_path):
    path = tmp_path / "body.toml"
    path.write_text('[profile]\nextends = "untoc-cop"\n\n[statements]\nreply_members = "Replies were made."\n', encoding="utf-8")
    with pytest.raises(ProfileError, match=r"body.toml:5: statements.reply_members: missing placeholder \{speakers\}"):
        load_profile(str(path))


# --- kept: the session file, the database, the logbook ----------------------------------


def test_the_new_keys_round_trip_through_the_session_file(tmp_path):
    profile = '[statements.chosen]\nunder_item = "The representatives of {speakers} made statements under agenda item {item}."\n'
    statements = said("Japan") + said("Secretary-General of UNCTAD", role="official", person="Ms. A. B.")
    text = session(tmp_path, profile, statements, item='statements_form = "under_item"\ngeneral_exchange = true')
    first = parse_session(text, tmp_path)
    item = first.items[0]
    assert (item.statements_form, item.general_exchange, item.statements[1].person) == ("under_item", True, "Ms. A. B.")
    assert parse_session(session_to_toml(first), tmp_path) == first


def test_the_new_keys_are_kept_in_the_database_and_undone_by_the_logbook(tmp_path):
    text = session(tmp_path, "", said("Secretary-General of UNCTAD", role="official", person="Ms. A. B."))
    store = open_store(tmp_path / "notes.json")
    store.replace(parse_session(text, tmp_path))
    book = Logbook(store)
    book.edit_item("4", general_exchange=True)
    statement_id = book.memory.session.items[0].statements[0].id
    assert statement_id is not None
    book.edit_statement(statement_id, person="Ms. C. D.")
    store.close()
    store = open_store(tmp_path / "notes.json")
    kept = store.load().items[0]
    assert (kept.general_exchange, kept.statements[0].person) == (True, "Ms. C. D.")
    book = Logbook(store)
    book.edit_item("4", statements_form="", general_exchange=False)
    book.edit_statement(statement_id, person="")
    book.undo()
    book.undo()
    undone = book.memory.session.items[0]
    assert (undone.general_exchange, undone.statements[0].person) == (True, "Ms. C. D.")
    store.close()
    reopened = open_store(tmp_path / "notes.json")
    assert reopened.load().items[0].general_exchange is True
    reopened.close()


def test_a_statement_record_written_before_an_officials_name_was_kept_still_reads():
    statement = Statement("Secretary-General of UNCTAD", Role.OFFICIAL, person="Ms. A. B.", id=7)
    record = statement_record("4", statement, 1.0)
    assert _statement_as_written("7", record) == _statement_by_fields(Path("n.json"), "7", record) == ("4", 1.0, statement)
    older = {k: v for k, v in record.items() if k != "person"}
    read = _statement_as_written("7", older)
    assert read is not None and read[2].person == ""


async def test_an_officials_name_typed_in_the_correction_of_their_statement(demo_store):
    from textual.widgets import Input

    from unreport_tui.app.app import UnreportApp
    from unreport_tui.app.screens.edit_entry import EditEntryDialog

    from .builders import paragraphs
    from .test_app import on_disk
    from .test_app_opening import until

    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        log = app.screen.query_one("#log")
        log.focus()
        await pilot.press("home", "enter")  # the first entry: the Chair of the Working Group's statement
        await until(lambda: isinstance(app.screen, EditEntryDialog), pilot)
        person = app.screen.query_one("#edit-person", Input)
        person.value = "Ms. A. B."
        person.focus()
        await pilot.press("enter")
        await until(lambda: not isinstance(app.screen, EditEntryDialog), pilot)
        official = on_disk(demo_store).item("2b").statements[0]
        assert (official.speaker, official.person) == ("Chair of the Working Group on Trafficking in Persons", "Ms. A. B.")
        assert any(
            p.startswith("2. Ms. A. B., the Chair of the Working Group on Trafficking in Persons, presented the report")
            for p in paragraphs(app.book.session)
        )


def test_the_logbook_refuses_a_statement_form_the_profile_does_not_name(tmp_path):
    profile = '[statements.chosen]\nunder_item = "The representatives of {speakers} made statements under agenda item {item}."\n'
    store = open_store(tmp_path / "notes.json")
    store.replace(parse_session(session(tmp_path, profile, said("Japan")), tmp_path))
    book = Logbook(store)
    with pytest.raises(LogbookError, match='no statement form "opening" in the profile .*; it names "under_item"'):
        book.edit_item("4", statements_form="opening")
    book.edit_item("4", statements_form="under_item")
    assert store.load().items[0].statements_form == "under_item"
    store.close()


# --- any statements wording the loader accepts prints everyone who spoke -----------------

_WORDS = st.sampled_from(
    ["Statements were made by", "also", "; ", ", ", "under item", "Then", "“", "{{", "}}", "{{everyone}}", "{{speakers}}"]
)


def _wording(fields: list[str], required: list[str]) -> st.SearchStrategy[str]:
    """A form: words and placeholders in any order, every required one at least once."""
    pieces = st.lists(st.one_of(_WORDS, st.sampled_from([f"{{{f}}}" for f in fields])) if fields else _WORDS, max_size=4)
    return pieces.flatmap(lambda extra: st.permutations([*[f"{{{f}}}" for f in required], *extra])).map(" ".join)


@st.composite
def statements_profiles(draw: st.DrawFn) -> str:
    from unreport_tui.core.profiles import Form
    from unreport_tui.core.profiles.settings import statements

    lines = ["[statements]"]
    for key, setting in statements.SECTION.settings.items():
        if isinstance(setting, Form) and draw(st.booleans()):
            text = draw(_wording(sorted(setting.fields), sorted(setting.required)))
            lines.append(f"{key} = {tomli_w.dumps({'v': text})[4:].strip()}")
    lines.append(f"ngos_apart = {str(draw(st.booleans())).lower()}")
    chosen = draw(_wording(["body", "item"], [draw(st.sampled_from(["speakers", "everyone"]))]))
    lines += ["[statements.chosen]", f"chosen = {tomli_w.dumps({'v': chosen})[4:].strip()}"]
    return "\n".join(lines) + "\n"


@settings(max_examples=examples(40), deadline=None)
@given(profile=statements_profiles(), choose=st.booleans(), dialogue=st.booleans(), general=st.booleans())
def test_any_accepted_statements_wording_prints_everyone_who_spoke(profile, choose, dialogue, general):
    statements = (
        said("Secretary-General of UNCTAD", role="official", person="Ms. A. B.")
        + said("Chile", "Niger")
        + said("Pakistan", on_behalf_of="G77")
        + said("Holy See")
        + said("European Union", role="igo")
        + said("CANEUS International", role="ngo")
        + said("Japan", kind="reply")
    )
    item = "\n".join(
        [f"dialogue = {str(dialogue).lower()}", f"general_exchange = {str(general).lower()}"]
        + (['statements_form = "chosen"'] if choose else [])
    )
    with tempfile.TemporaryDirectory() as folder:
        printed = "\n".join(read(Path(folder), session(Path(folder), profile, statements, item=item)))
    for name in (
        "Ms. A. B.",
        "Chile",
        "Niger",
        "Pakistan",
        "Group of 77 and China",
        "Holy See",
        "European Union",
        "CANEUS",
        "Japan",
    ):
        assert name in printed


@pytest.mark.parametrize("narrate", [False, True])
def test_the_general_exchange_is_told_once_when_each_meeting_is_named(tmp_path, narrate):
    statements = (
        said("Secretary-General of UNCTAD", role="official", meeting="13")
        + said("Chile", "Niger", meeting="13")
        + said("Japan", kind="reply", meeting="13")
    ).replace('meeting = "13"', "meeting = 13")
    item = f"general_exchange = true\nnarrate = {str(narrate).lower()}"
    printed = read(tmp_path, session(tmp_path, "", statements, item=item))
    assert sum("During the general exchange of views" in p for p in printed) == 1
    assert any(
        p.endswith(
            "the Niger. During the general exchange of views, statements relating to the item were made by representatives of other member States."
        )
        for p in printed
    )


def test_the_profile_cannot_change_under_an_item_that_chose_one_of_its_forms(tmp_path):
    profile = '[statements.chosen]\nunder_item = "The representatives of {speakers} made statements under agenda item {item}."\n'
    text = session(tmp_path, profile, said("Japan"), item='statements_form = "under_item"')
    store = open_store(tmp_path / "notes.json")
    store.replace(parse_session(text, tmp_path))
    book = Logbook(store)
    with pytest.raises(
        LogbookError,
        match='agenda item 4: no statement form "under_item" in the default profile; it names none .*; empty its statement form first',
    ):
        book.edit_session(profile="")
    book.edit_item("4", statements_form="")
    book.edit_session(profile="")
    assert store.load().info.profile == ""
    store.close()


def test_an_officials_typed_action_is_not_lost_in_the_list_of_everyone(tmp_path):
    profile = '[statements.chosen]\nopening = "Opening statements were made by {everyone}."\n'
    statements = (
        said("Secretary-General of UNCTAD", role="official")
        + said("Coordinator of Assistance to the Palestinian People", role="official", text="presented the report")
        + said("Norway")
    )
    assert read(tmp_path, session(tmp_path, profile, statements, item='statements_form = "opening"')) == [
        "2. The Coordinator of Assistance to the Palestinian People presented the report.",
        "3. Opening statements were made by the Secretary-General of UNCTAD and the representative of Norway.",
    ]


def test_the_commission_heard_what_an_official_did(tmp_path):
    # E/1997/27, chapter II, para. 2 (Commission on the Status of Women): "At the 1st meeting, on 10
    # March, the Commission heard an introductory statement by the Special Adviser on Gender Issues
    # and Advancement of Women." (the meeting's opening is the narration's, not this form's)
    profile = '[statements]\nofficial_did = "{body} heard {action} by {official}"\n'
    statements = said(
        "Special Adviser on Gender Issues and Advancement of Women", role="official", text="an introductory statement"
    )
    assert read(tmp_path, session(tmp_path, profile, statements)) == [
        "2. The Commission heard an introductory statement by the Special Adviser on Gender Issues and Advancement of Women."
    ]


def test_action_paragraphs_name_a_group_and_a_role_as_the_profile_says(tmp_path):
    # E/2007/27, para. 57 (Commission on the Status of Women): "At the 11th meeting, on 7 March, the
    # representative of Pakistan, on behalf of States Members of the United Nations that are members
    # of the Group of 77 and China, introduced a draft resolution entitled “Situation of and assistance
    # to Palestinian women” (E/CN.6/2007/L.2)." (the meeting's opening is the narration's)
    profile = '[groups.names]\n"Group of 77 and China" = "States Members of the United Nations that are members of the Group of 77 and China"\n'
    proposal = (
        '[[proposals]]\nkey = "L2"\nitem = "4"\ntitle = "Situation of and assistance to Palestinian women"\n'
        'symbol = "E/CN.6/2007/L.2"\n\n[[proposals.actions]]\nmeeting = 13\nkind = "introduced"\nspeaker = "Pakistan"\n'
        'on_behalf_of = "G77"\n'
    )
    printed = read(tmp_path, session(tmp_path, profile, said("Pakistan")) + proposal)
    assert any(
        "the representative of Pakistan, on behalf of States Members of the United Nations that are members of the Group"
        " of 77 and China, introduced the draft resolution" in p
        for p in printed
    ), printed


def test_a_dialogue_list_of_one_has_its_own_label(tmp_path):
    # A/HRC/7/78, para. 127: "(c) Observer for a national human rights institution: International
    # Coordinating Committee of National Human Rights Institutions;" — a category of one is labelled
    # in the singular, the others in the plural.
    profile = (
        "[statements]\n"
        'dialogue_ngo = "Observer for a non-governmental organization"\n'
        'dialogue_members = "Representatives of States members of {body}"\n'
    )
    statements = said("Cuba", "United Kingdom") + said("Amnesty International", role="ngo")
    text = session(tmp_path, profile, statements, item="dialogue = true", body="Council")
    assert read(tmp_path, text)[1:] == [
        "(a) Representatives of States members of the Council: Cuba, United Kingdom of Great Britain and Northern Ireland;",
        "(b) Observer for a non-governmental organization: Amnesty International.",
    ]


def test_a_brace_in_a_chosen_form_is_a_brace(tmp_path):
    profile = '[statements.chosen]\nbraced = "The representatives of {speakers} made statements ({{everyone}})."\n'
    text = session(tmp_path, profile, said("Japan", "Chile"), item='statements_form = "braced"')
    assert read(tmp_path, text) == ["2. The representatives of Japan and Chile made statements ({everyone})."]
