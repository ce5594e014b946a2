"""Names of organizations and groups in running text: the reference data of intergovernmental
organizations, and the article rule for the names the data does not know."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.articles import takes_the, with_article
from unreport_tui.core.countries import all_states, behalf_wording, compact, resolve_group
from unreport_tui.core.model import Role, default_role
from unreport_tui.core.names import running_name, short_name
from unreport_tui.core.organizations import all_organizations, find_organizations, forms, resolve_organization
from unreport_tui.core.quantifier import speaker_identity


@pytest.mark.parametrize(
    "typed, running",
    [
        ("European Union", "the European Union"),
        ("EU", "the European Union"),
        ("the European Union", "the European Union"),
        ("African Union", "the African Union"),
        ("International Organization for Migration", "the International Organization for Migration"),
        ("OSCE", "the Organization for Security and Co-operation in Europe"),
        ("Arab League", "the League of Arab States"),
        ("Council of Europe", "the Council of Europe"),
        # UN entities written as acronyms take no article; written out they take "the"
        ("UNODC", "UNODC"),
        ("unodc", "UNODC"),
        ("Unicef", "UNICEF"),
        ("United Nations Office on Drugs and Crime", "the United Nations Office on Drugs and Crime"),
        ("Interpol", "INTERPOL"),
        ("UN-Women", "UN-Women"),
    ],
)
def test_an_organization_of_the_data_gets_its_un_name_and_article(typed, running):
    assert running_name(typed) == running


@pytest.mark.parametrize(
    "typed, running",
    [
        ("International Drug Policy Consortium", "the International Drug Policy Consortium"),
        ("Global Alliance against Traffic in Women", "the Global Alliance against Traffic in Women"),
        ("World Federation of United Nations Associations", "the World Federation of United Nations Associations"),
        ("Friends World Committee for Consultation", "the Friends World Committee for Consultation"),
        ("International Drug Policy Consortium (IDPC)", "the International Drug Policy Consortium (IDPC)"),
        ("Open Society Foundations", "the Open Society Foundations"),
        ("Landlocked Developing Countries Group", "the Landlocked Developing Countries Group"),
        ("Nordic countries", "the Nordic countries"),
        ("Amnesty International", "Amnesty International"),
        ("Human Rights Watch", "Human Rights Watch"),
        ("Lawyers without Borders", "Lawyers without Borders"),
        ("Médecins Sans Frontières", "Médecins Sans Frontières"),
        ("Caritas Internationalis", "Caritas Internationalis"),
        ("World Vision International", "World Vision International"),
        ("Global Witness", "Global Witness"),
        ("Save the Children", "Save the Children"),
        ("IDPC", "IDPC"),
        ("Coalition", "the Coalition"),  # a body's noun alone is no acronym
        ("NGO Committee on the Status of Women", "the NGO Committee on the Status of Women"),
        ("NGO Forum", "the NGO Forum"),  # an acronym before the head leaves the head to decide
        ("Nordic Human Rights Academies", "the Nordic Human Rights Academies"),  # a plural in -ies
        ("Unite", "Unite"),  # a union's name, not the plural of "unit"
        ('"Coalition Against Trafficking in Women"', 'the "Coalition Against Trafficking in Women"'),
        ("International Drug Policy Consortium.", "the International Drug Policy Consortium."),
        ("3rd World Network", "the 3rd World Network"),  # a number begins it, but it is no count
        # words that name no body: no capital on the head, or a count
        ("civil society", "civil society"),
        ("youth organizations", "youth organizations"),
        ("40 countries", "40 countries"),
        ("1,000 Member States", "1,000 Member States"),  # a count with its thousands' comma
        ("40+ Member States", "40+ Member States"),
        ("30-odd Parties", "30-odd Parties"),
        ("several States", "several States"),  # a word that says which, before a group's noun
        ("least developed countries", "the least developed countries"),
        # an article typed always wins, and reads "the" in running text
        ("the Global Alliance against Traffic in Women", "the Global Alliance against Traffic in Women"),
        ("The Hunger Project", "the Hunger Project"),
        ("the Amnesty International", "the Amnesty International"),
        ("the the Global Alliance against Traffic in Women", "the Global Alliance against Traffic in Women"),
    ],
)
def test_a_name_the_data_does_not_know_gets_the_article_of_the_rule(typed, running):
    assert running_name(typed) == running


def test_nothing_typed_takes_no_article():
    assert not takes_the("") and not takes_the("   ")
    assert with_article("  ") == ""


def test_a_group_the_data_does_not_know_gets_its_article_after_on_behalf_of():
    assert behalf_wording("Like-Minded Group") == "the Like-Minded Group"
    assert behalf_wording("a group of like-minded countries") == "a group of like-minded countries"
    assert behalf_wording("Landlocked Developing Countries Group") == "the Group of Landlocked Developing Countries"
    assert behalf_wording("lldc") == "the Group of Landlocked Developing Countries"
    assert behalf_wording("African Union") == "the African Union"
    assert behalf_wording("eu") == "the States Members of the United Nations that are members of the European Union"
    assert behalf_wording("Chile") == "Chile"


def test_lists_name_an_organization_as_listed_without_article():
    assert short_name("EU") == "European Union"
    assert short_name("the International Organization for Migration") == "International Organization for Migration"
    assert short_name("UNODC") == "United Nations Office on Drugs and Crime"
    assert short_name("Lawyers without Borders") == "Lawyers without Borders"


def test_a_known_organization_is_an_igo_and_one_speaker_however_typed():
    assert default_role("European Union") is Role.IGO and default_role("unodc") is Role.IGO
    assert default_role("International Drug Policy Consortium") is None
    assert speaker_identity("EU") == speaker_identity("the European Union") == speaker_identity("european union")
    assert speaker_identity("UNODC") == speaker_identity("United Nations Office on Drugs and Crime")
    assert speaker_identity("EU") != speaker_identity("African Union")


def test_the_data_is_broad_and_each_form_means_one_organization():
    organizations = all_organizations()
    assert len(organizations) >= 100
    for organization in organizations:
        assert organization.text.startswith("the ") or organization.text == organization.name, organization
        for form in forms(organization):
            assert resolve_organization(form) is organization, form
    state_keys = {compact(form) for state in all_states() for form in (state.name, state.text_name, *state.aliases)}
    clashes = {form for o in organizations for form in forms(o) if compact(form) in state_keys}
    assert not clashes  # "Niger" is a State, never an organization's acronym


def test_the_european_union_is_both_an_organization_and_a_group():
    assert resolve_organization("EU").name == "European Union"
    assert resolve_group("EU").name == "European Union"


# Not codec="utf-8": the same characters (none of these is a surrogate), and Hypothesis finds a
# codec's characters by encoding all 1.1 million, 2 s in each worker of a fresh clone.
_words = st.text(alphabet=st.characters(categories=("L", "N", "P", "Zs")), max_size=40)
_names = st.one_of(
    _words,
    st.sampled_from(
        [
            "International Drug Policy Consortium",
            "Amnesty International",
            "Landlocked Developing Countries Group",
            "Lawyers without Borders",
            "European Union",
            "UNODC",
            "Chile",
            "Niger",
            "OSCE",
            "Global Alliance",
        ]
    ),
)


@given(_names)
def test_running_name_is_idempotent(typed):
    once = running_name(typed)
    assert running_name(once) == once


@given(_names, st.sampled_from(["the ", "The ", "the  "]))
def test_an_article_typed_is_never_doubled_nor_dropped(typed, article):
    name = typed.strip()
    if not name or resolve_organization(name) or any(compact(name) == compact(s.name) for s in all_states()):
        return  # the data's names have the UN's article, typed or not
    if len(name.split()) and name.split()[0].casefold() == "the":
        return
    printed = with_article(article + name)
    assert printed == "the " + " ".join(name.split())
    assert not printed.casefold().startswith("the the ")
    assert with_article("the " + printed) == printed
    assert with_article(name) in (" ".join(name.split()), "the " + " ".join(name.split()))


@given(_words)
def test_the_rule_never_fails_on_any_typing(typed):
    assert isinstance(takes_the(typed), bool)
    assert with_article(typed) == with_article(with_article(typed))


# --- in the report ----------------------------------------------------------------------------


def test_igos_and_ngos_keep_their_article_in_the_statements_paragraph():
    from .builders import discussion, said, session_with

    session = session_with([said("Chile"), said("European Union", "igo")])
    assert discussion(session) == [
        "2. A statement was made by the representative of Chile. The observer for the European Union also made a statement."
    ]
    session = session_with(
        [
            said("Chile"),
            said("African Union", "igo"),
            said("International Organization for Migration", "igo"),
            said("International Drug Policy Consortium", "ngo"),
            said("Amnesty International", "ngo"),
        ]
    )
    assert discussion(session) == [
        "2. A statement was made by the representative of Chile. The observers for the African Union and the "
        "International Organization for Migration also made statements.",
        "3. The observers for the International Drug Policy Consortium and Amnesty International also made statements.",
    ]


def test_a_group_the_data_does_not_know_has_its_article_after_on_behalf_of():
    from .builders import discussion, said, session_with

    session = session_with([said("Paraguay", on_behalf_of="Group of Friends of Mediation")])
    assert discussion(session) == [
        "2. A statement was made by the representative of Paraguay (on behalf of the Group of Friends of Mediation)."
    ]


def test_an_igo_typed_by_its_acronym_is_logged_as_an_igo_and_named_in_full():
    from .builders import discussion, point, replied, said, session_with

    session = session_with(
        [said("Chile"), said("EU"), said("unodc"), replied("EU")], [point("said that it would report back", "eu", named=True)]
    )
    assert discussion(session) == [
        "2. A statement was made by the representative of Chile. The observers for the European Union and UNODC "
        "also made statements.",
        "3. The observer for the European Union made a statement in exercise of the right of reply.",
        "4. The observer for the European Union said that it would report back.",
    ]


def test_lists_after_a_colon_name_an_igo_as_listed():
    from .builders import paragraphs, said, session_with

    session = session_with(
        [said("Brazil", meeting=9), said("EU", meeting=9), said("unodc", meeting=9)], meetings=[9], body="Human Rights Council"
    )
    session.info.dialogue = True
    assert paragraphs(session)[-1] == (
        "(b) Observers for intergovernmental organizations: European Union, United Nations Office on Drugs and Crime."
    )


# --- in the app -------------------------------------------------------------------------------


async def test_eu_enter_logs_the_european_union_as_a_speaker_and_down_enter_as_a_group(tmp_path, demo_session):
    from unreport_tui.app.app import UnreportApp
    from unreport_tui.storage import open_store

    from .test_app import draft_text, on_disk

    store = open_store(tmp_path / "eu.json", background=True)
    store.replace(demo_session)
    app = UnreportApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"eu", "enter")
        await pilot.pause()
        statement = on_disk(store).item("2b").statements[-1]
        assert (statement.speaker, statement.role, statement.on_behalf_of) == ("European Union", Role.IGO, "")
        assert "The observer for the European Union also made a statement." in await draft_text(app)
        await pilot.press("enter", *"eu", "down", "enter", *"croatia", "enter")  # the group, then who speaks for it
        await pilot.pause()
        statement = on_disk(store).item("2b").statements[-1]
        assert (statement.speaker, statement.on_behalf_of) == ("Croatia", "European Union")
    store.close()


# --- a correction is remembered -----------------------------------------------------------------


def test_a_name_corrected_once_is_remembered_for_that_speaker_in_the_session(tmp_path):
    import datetime as dt

    from unreport_tui.core.model import Item
    from unreport_tui.core.speaker_suggestions import recent_speakers, suggest_speakers
    from unreport_tui.logbook import Logbook
    from unreport_tui.storage import open_store

    from .builders import paragraphs

    store = open_store(tmp_path / "n.json")
    book = Logbook(store, lambda: dt.datetime(2010, 10, 20, 10, 0))
    book.add_item(Item("4", "4", "Thematic discussion"))
    book.next_speaker("Chile")
    book.next_speaker("Elders", role=Role.NGO)  # the rule gives no article; this one has it
    first = book.current_statement.id
    book.next_speaker("Kenya")
    book.next_speaker("Elders", role=Role.NGO)
    book.log_point("called for action", named=True)
    book.edit_statement(first, speaker="Elders Council")  # another speaker: only that statement changes
    assert [s.speaker for s in book.current_item.statements] == ["Chile", "Elders Council", "Kenya", "Elders"]
    book.undo()
    book.edit_statement(first, speaker="the Elders")  # the same speaker written better: everywhere, in one step
    assert [s.speaker for s in book.current_item.statements] == ["Chile", "the Elders", "Kenya", "the Elders"]
    assert book.current_item.points[-1].speakers == ["the Elders"]
    assert store.load().item("4") == book.current_item
    logged = recent_speakers(s.speaker for s in book.current_item.statements)[::-1]
    assert suggest_speakers("eld", logged)[0].value == "the Elders"
    report = paragraphs(book.session)
    assert report[-1] == "4. The observer for the Elders called for action."
    assert "for Elders" not in " ".join(report)
    book.undo()
    assert [s.speaker for s in book.current_item.statements] == ["Chile", "Elders", "Kenya", "Elders"]
    store.close()


def test_an_igo_in_the_action_taken_is_its_observer_and_a_submitter_keeps_its_article():
    import datetime as dt

    from unreport_tui.core.model import Action, ActionKind, Item, Meeting, Proposal, Session, SessionInfo

    from .builders import paragraphs

    proposal = Proposal(
        "p",
        "3",
        "Drugs",
        symbol="L.3",
        submitted_by=["EU", "Landlocked Developing Countries Group"],
        actions=[
            Action(ActionKind.INTRODUCED, 11, speaker="UNODC"),
            Action(ActionKind.AFTER, speakers=["Chile", "EU", "African Union"]),
        ],
    )
    session = Session(
        SessionInfo(body_short="Commission"), [Meeting(11, dt.date(2007, 3, 7))], [Item("3", "3", "Drugs")], [proposal]
    )
    text = " ".join(paragraphs(session))
    assert "submitted by the European Union and the Landlocked Developing Countries Group." in text
    assert "the observer for UNODC introduced the draft resolution." in text
    assert "by the representative of Chile and the observers for the European Union and the African Union." in text


def test_akoma_ntoso_finds_an_igo_by_the_name_the_text_gives_it():
    import xml.etree.ElementTree as ET

    from unreport_tui.exporters import export_session

    from .builders import point, said, session_with

    session = session_with(
        [said("Chile"), said("EU")],
        [
            point("welcomed the European Union Agency for Law Enforcement Cooperation", "Chile"),
            point("would report back", "EU", named=True),
        ],
    )
    body = ET.fromstring(export_session(session, "akn"))
    found = [(e.get("refersTo"), e.text) for e in body.iter() if e.tag.endswith("}organization")]
    assert found.count(("#sp-eu", "European Union")) == 2  # the statement and the named point, not the agency


def test_the_list_of_participants_names_igos_as_listed_in_their_order():
    from unreport_tui.core.model import Attendance

    from .test_organization_chapter import chapter, commission

    session = commission(
        attendance_annex="annex I",
        attendance=Attendance(members=["Chile"], observer_states=[], igos=["OSCE", "unodc", "EU", "African Union"], ngos=[]),
    )
    text = chapter(session)
    start = text.index("# Intergovernmental organizations") + 1
    assert text[start : start + 4] == [
        " African Union",
        " European Union",
        " Organization for Security and Co-operation in Europe",
        " United Nations Office on Drugs and Crime",
    ]


def test_a_session_file_gives_an_igo_of_the_data_its_role():
    from unreport_tui.core.session_file.session import parse_session

    from .test_session_file import GOOD

    session = parse_session(GOOD + '[[items.statements]]\nspeaker = "EU"\n[[items.statements]]\nspeaker = "unodc"\n')
    assert [s.role for s in session.items[0].statements] == [Role.MEMBER, Role.IGO, Role.IGO]


def test_typed_letters_find_organizations_by_name_acronym_alias_and_word():
    def found(typed: str, limit: int = 8) -> list[str]:
        return [match.value for match in find_organizations(typed, limit)]

    # A UN-system entity typed by its acronym is printed by it; by its name, by its name.
    assert found("unicef")[0] == "UNICEF"
    assert found("united nations childrens fund")[0] == "United Nations Children's Fund"
    # Other organizations are printed by their names, however typed; an alias too.
    assert found("osce")[0] == "Organization for Security and Co-operation in Europe"
    assert found("un environment")[0] == "United Nations Environment Programme"
    # Spaces do not matter in a short form; a name is found as it begins.
    assert found("unwomen")[0] == found("un women")[0] == "UN-Women"
    assert found("united nations office on drugs")[0] == "United Nations Office on Drugs and Crime"
    # From four letters, a word inside a name: the shorter name first.
    assert "International Labour Organization" in found("labo")
    assert "International Labour Organization" not in found("lab")
    health = found("health")
    assert health.index("World Health Organization") < health.index("World Organisation for Animal Health")
    assert len(found("united", limit=3)) == 3
    assert found("  ") == found("zzzz") == []
