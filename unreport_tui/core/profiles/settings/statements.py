"""Who made statements on an item: the sentences that name them, the forms an item may choose,
and the interactive dialogue's lists (Human Rights Council)."""

from __future__ import annotations

from ..spec import Choice, FormsTable, Names, Section, form

# The phrase a list of names is filled into, and which of them an item's chosen form must print.
SPEAKERS = "speakers"  # the States members, as the members' sentence lists them
EVERYONE = "everyone"  # everyone who made a statement, officials first, in one list with semicolons

SECTION = Section(
    "statements",
    "The sentences that say who made statements.",
    {
        "member": form("One representative of a member State made a statement.", "speakers"),
        "members": form("Representatives of several member States made statements.", "speakers"),
        "observer": form("One observer (a State, an organization) made a statement.", "speakers"),
        "observers": form("Several observers made statements.", "speakers"),
        "observer_also": form("One observer made a statement, after the members' sentence.", "speakers"),
        "observers_also": form("Several observers made statements, after the members' sentence.", "speakers"),
        "ngo": form("One non-governmental organization made a statement (a paragraph of its own).", "speakers"),
        "ngos": form("Several non-governmental organizations made statements.", "speakers"),
        "ngo_also": form("One non-governmental organization made a statement, after others' sentences.", "speakers"),
        "ngos_also": form("Several non-governmental organizations made statements, after others' sentences.", "speakers"),
        "ngos_apart": Choice(
            "Non-governmental organizations' statements in a paragraph of their own (true), or in the same"
            " paragraph as the States' and other observers' (false)."
        ),
        # Who spoke for a group in a sentence of their own, after the members' (groups_apart): "Statements were
        # also made by the representative of South Africa on behalf of the Group of African States and by the
        # representative of Egypt on behalf of the Group of 77 and China." (A/AC.105/C.1/L.385/Add.1, para. 1).
        "groups_apart": Choice(
            'A speaker for a group: in the members\' list, "Chile (on behalf of …)" (false), or in a sentence of'
            " its own after the members' (true: group_statement, group_statements)."
        ),
        "group_statement": form("With groups_apart: one speaker for a group made a statement.", "speakers"),
        "group_statements": form(
            'With groups_apart: several speakers for groups made statements; the word before {speakers} ("by") is'
            " said again before each of them.",
            "speakers",
        ),
        "group_statement_first": form(
            "With groups_apart: one speaker for a group made a statement, and no sentence on others comes before it.",
            "speakers",
        ),
        "group_statements_first": form(
            "With groups_apart: several speakers for groups made statements, and no sentence on others comes before"
            ' them; the word before {speakers} ("by") is said again before each of them.',
            "speakers",
        ),
        "group_speaker": form(
            'With groups_apart: each of them, introduced by their role: "the representative of South Africa on behalf'
            ' of the Group of African States".',
            "speaker",
            "group",
        ),
        "own_sentence": Names(
            "Observers the body names in a sentence of their own (the observer form, before the other observers'):"
            ' "European Union" = "" gives "The observer for the European Union made a statement."',
            blank=True,
        ),
        "signatory": form("The observer for one signatory State made a statement.", "speakers"),
        "signatories": form("The observers for several signatory States made statements.", "speakers"),
        "signatory_also": form("One signatory State made a statement, after the members' sentence.", "speakers"),
        "signatories_also": form("Several signatory States made statements, after the members' sentence.", "speakers"),
        "official": form(
            "An official made a statement (nothing more was typed of it).", "official", "body", required=("official",)
        ),
        "official_did": form(
            'An official did what was typed: "made an introductory statement". The full stop is added.',
            "official",
            "action",
            "body",
            required=("official", "action"),
        ),
        "person": form('An official named with their title: "Ms. A. B., the Secretary-General of UNCTAD".', "person", "official"),
        "reply_member": form("One representative made a statement in exercise of the right of reply.", "speakers"),
        "reply_member_twice": form("One representative made two or more such statements.", "speakers"),
        "reply_members": form("Several representatives made statements in exercise of the right of reply.", "speakers"),
        "reply_observer": form("One observer made a statement in exercise of the right of reply.", "speakers"),
        "reply_observer_twice": form("One observer made two or more such statements.", "speakers"),
        "reply_observers": form("Several observers made statements in exercise of the right of reply.", "speakers"),
        "second_replies": Choice(
            "A delegation that replied twice: named once, as having made statements (false), or named again in a"
            " sentence of its own on its second reply (true)."
        ),
        "reply_second_member": form("With second_replies: one representative replied a second time.", "speakers"),
        "reply_second_members": form("With second_replies: several representatives replied a second time.", "speakers"),
        "reply_second_observer": form("With second_replies: one observer replied a second time.", "speakers"),
        "reply_second_observers": form("With second_replies: several observers replied a second time.", "speakers"),
        "general_exchange": form(
            "An item's [[items]] general_exchange = true: others spoke in a general exchange of views.",
            "body",
            "item",
            required=(),
        ),
        "chosen": FormsTable(
            'Forms an item may choose with [[items]] statements_form = "name", each naming who made statements:'
            " {speakers} (the States members; the observers' sentences follow) or {everyone} (all of them, one list"
            " with semicolons).",
            frozenset({SPEAKERS, EVERYONE, "body", "item"}),
            frozenset({SPEAKERS, EVERYONE}),
        ),
        "dialogue_same_meeting": form("The interactive dialogue's lead, all at one meeting.", required=()),
        "dialogue_meetings": form("The interactive dialogue's lead, over several meetings.", "meetings"),
        "dialogue_held": form(
            "The interactive dialogue's lead where nothing before it at its meeting was logged (narrated: after"
            ' "At the 9th meeting, on …, ").',
            "body",
            "item",
            required=(),
        ),
        # An item's [[items]] debate = "general": the lists of its general debate.
        "general_debate_same_meeting": form("The general debate's lead, all at one meeting.", required=()),
        "general_debate_meetings": form("The general debate's lead, over several meetings.", "meetings"),
        "general_debate_held": form(
            "The general debate's lead where nothing before it at its meeting was logged: \"{body} held a general"
            ' debate on agenda item {item}, during which the following made statements:".',
            "body",
            "item",
            required=(),
        ),
        # A statement made "as the concerned country" (its capacity), where the speakers are listed by
        # category: a sentence of its own before the lists, and not in them.
        "concerned_country": form("One concerned country made a statement.", "speakers"),
        "concerned_countries": form("Several concerned countries made statements.", "speakers"),
        "dialogue_members": form(
            "The dialogue's list of States members ({body_in_full}: the body's full name).", "body", "body_in_full", required=()
        ),
        "dialogue_observer_states": form("The dialogue's list of observer States (signatories too).", required=()),
        "dialogue_igos": form("The dialogue's list of intergovernmental organizations.", required=()),
        "dialogue_nhris": form("The dialogue's list of national human rights institutions.", required=()),
        "dialogue_ngos": form("The dialogue's list of non-governmental organizations.", required=()),
        # A list of one: "Observer for a national human rights institution:" (A/HRC/7/78, para. 127).
        "dialogue_member": form("The dialogue's list of States members, with one.", "body", "body_in_full", required=()),
        "dialogue_observer_state": form("The dialogue's list of observer States, with one.", required=()),
        "dialogue_igo": form("The dialogue's list of intergovernmental organizations, with one.", required=()),
        "dialogue_nhri": form("The dialogue's list of national human rights institutions, with one.", required=()),
        "dialogue_ngo": form("The dialogue's list of non-governmental organizations, with one.", required=()),
    },
)
