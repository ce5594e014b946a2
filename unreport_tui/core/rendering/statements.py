"""Who made statements on an item: the officials, the States members, the observers, the
non-governmental organizations, those who replied, or the lists of an interactive dialogue."""

from __future__ import annotations

from ..english import letter_label, meetings_phrase, with_the
from ..model import Debate, Item, Role, Statement, StatementKind
from ..profiles import Phrase, Profile, fill, placeholders
from ..profiles.settings.statements import EVERYONE, SPEAKERS
from ..quantifier import speaker_identity
from ..rendered import Inline, Run, Subparagraph, merge_runs, plain_text
from .body_name import body_in_full, body_short
from .meeting_phrases import at_same_meeting, days_phrase
from .mentions import as_representative, behalf_mention, introduced, joined_mentions, listed_mention, running_mention
from .paragraph_writer import ParagraphWriter
from .sentence_runs import full_stop as _finish
from .summary_style import summary_style


def _body_short(writer: ParagraphWriter) -> str:
    return body_short(writer.session)


def _behalf_mention(statement: Statement, profile: Profile) -> list[Inline]:
    """ " (on behalf of …)", the group's name marked as a mention; or nothing."""
    group = statement.on_behalf_of.strip()
    return [Run(" (on behalf of "), *behalf_mention(group, profile), Run(")")] if group else []


def _on_behalf(profile: Profile, speaker: list[Inline], statement: Statement) -> list[Inline]:
    """A speaker in a list, with the group they spoke for as the profile's ``roles.on_behalf`` says:
    "Chile (on behalf of the Group of 77 and China)"."""
    group = statement.on_behalf_of.strip()
    if not group:
        return speaker
    return fill(profile.form("roles", "on_behalf"), {"speaker": speaker, "group": behalf_mention(group, profile)}, within=True)


def _capacity(profile: Profile, statement: Statement) -> str:
    """The capacity logged, else the words the body puts after a name it introduces as a
    representative ("in its capacity as observer")."""
    return statement.capacity.strip() or as_representative(profile, statement.speaker) or ""


def _as_member(profile: Profile, statement: Statement) -> bool:
    """Listed with the States members: a member, or a speaker the profile introduces as a representative."""
    if statement.role is Role.MEMBER:
        return True
    return statement.role is not Role.OFFICIAL and as_representative(profile, statement.speaker) is not None


def _listed(profile: Profile, statements: list[Statement], after_colon: bool = False) -> list[Inline]:
    """ "Chile (on behalf of …), Croatia and the Niger": names as the UN prints them, in speaking
    order, each marked as a mention; ``after_colon``, as a list after a colon prints them, without
    the article ("…: Cuba, Dominican Republic, Egypt", A/AC.105/C.1/L.385/Add.1, para. 1)."""
    names = []
    for index, s in enumerate(statements):
        name = _on_behalf(profile, (listed_mention if after_colon else running_mention)(s.speaker), s)
        capacity = _capacity(profile, s)
        if capacity:  # "the Sudan, as the concerned country, Chile and Japan"
            # closed by the comma of the list, or by one of its own before the list's "and"
            name.append(Run(f", {capacity}" + ("," if index == len(statements) - 2 else "")))
        names.append(name)
    return joined_mentions(names)


# The observers' sentences, a role's forms: (one, several, one after the members, several after them).
_OBSERVER_SENTENCES = (
    (Role.SIGNATORY, ("signatory", "signatories", "signatory_also", "signatories_also")),
    (Role.OBSERVER_STATE, ("observer", "observers", "observer_also", "observers_also")),
    (Role.IGO, ("observer", "observers", "observer_also", "observers_also")),
    (Role.NHRI, ("observer", "observers", "observer_also", "observers_also")),
)
_NGO_FORMS = ("ngo", "ngos", "ngo_also", "ngos_also")


def _observer_sentence(profile: Profile, group: list[Statement], forms: tuple[str, ...], also: bool) -> list[Inline]:
    key = forms[(1 if len(group) > 1 else 0) + (2 if also else 0)]
    return profile.sentence("statements", key, speakers=_listed(profile, group))


# Each category's list: its roles, and its label's forms (for one speaker, for several).
_DIALOGUE = (
    ((Role.MEMBER,), ("dialogue_member", "dialogue_members")),
    ((Role.SIGNATORY, Role.OBSERVER_STATE), ("dialogue_observer_state", "dialogue_observer_states")),
    ((Role.IGO,), ("dialogue_igo", "dialogue_igos")),
    # "(c) Observer for a national human rights institution: …" (A/HRC/7/78, para. 127)
    ((Role.NHRI,), ("dialogue_nhri", "dialogue_nhris")),
    ((Role.NGO,), ("dialogue_ngo", "dialogue_ngos")),
)

# The capacity of a State that speaks as the country a report or a mandate is about, however typed:
# "as the concerned country", "as a country concerned", "the concerned State".
_CONCERNED = {"concerned country", "country concerned", "concerned state", "state concerned"}
_STATES = (Role.MEMBER, Role.SIGNATORY, Role.OBSERVER_STATE)  # only a State is a concerned country


def _as_concerned_country(statement: Statement) -> bool:
    words = statement.capacity.lower().replace(",", " ").split()
    while words and words[0] in {"as", "the", "a", "speaking"}:
        words = words[1:]
    return " ".join(words) in _CONCERNED


def _render_concerned(writer: ParagraphWriter, item: Item, concerned: list[Statement]) -> None:
    """ "At the same meeting, the representatives of Afghanistan, Cambodia, … made statements, as
    concerned countries." (A/HRC/7/78, para. 126): before the lists, which leave them out."""
    group = _distinct(concerned)
    names = joined_mentions([_on_behalf(writer.profile, running_mention(s.speaker), s) for s in group])
    key = "concerned_countries" if len(group) > 1 else "concerned_country"
    writer.paragraph(writer.profile.sentence("statements", key, speakers=names), item.key)


def _render_dialogue(writer: ParagraphWriter, item: Item, speeches: list[Statement]) -> None:
    """ "During the ensuing interactive dialogue, at the same meeting, the following made statements
    and asked questions:" (or the general debate's lead, as the item says) then one lettered list a
    category, in speaking order, the names as the UN lists them after a colon; empty categories are
    left out and the letters follow what remains. The concerned countries first, in a sentence of
    their own. Where nothing was told before the lists at their meeting (narrated, "At the 9th
    meeting, on …, " opens them), the lead says the debate was held, not that it ensued."""
    profile = writer.profile
    concerned = [s for s in speeches if s.role in _STATES and _as_concerned_country(s)]
    if concerned:
        _render_concerned(writer, item, concerned)
        speeches = [s for s in speeches if not any(s is c for c in concerned)]
    in_full = body_in_full(writer.session)  # "… members of the Human Rights Council"
    groups = []
    for roles, forms in _DIALOGUE:
        group = _distinct([s for s in speeches if s.role in roles])
        if group:
            form = forms[1 if len(group) > 1 else 0]
            label = profile.sentence("statements", form, body=_body_short(writer), body_in_full=in_full)
            groups.append((label, group))
    if not groups:
        return
    debate = "general_debate" if item.debate is Debate.GENERAL else "dialogue"
    meetings = sorted({s.meeting for s in speeches if s.meeting is not None})
    if writer.opening and writer.opening not in (at_same_meeting(), at_same_meeting(again=True)):
        # The opening names the meeting ("At the 25th meeting, on 14 March 2023, "): the lists open it,
        # and name every meeting they went on at ("At the 25th and 26th meetings, on 14 and 15 March …").
        if len(meetings) > 1:
            writer.opening = _at_meetings(writer, meetings)
        lead = profile.sentence("statements", f"{debate}_held", body=_body_short(writer), item=item.number)
    else:
        if len(meetings) <= 1:
            lead = profile.sentence("statements", f"{debate}_same_meeting")
        else:
            lead = profile.sentence("statements", f"{debate}_meetings", meetings=meetings_phrase(meetings))
        # The lead says the meeting itself: a narrated opening ("At the same meeting, ") would say it twice.
        writer.opening = ""
    writer.paragraph(lead, item.key)
    for index, (label, group) in enumerate(groups):
        names = [_on_behalf(profile, listed_mention(s.speaker), s) for s in group]
        end = "." if index == len(groups) - 1 else ";"
        content = [*label, Run(": "), *joined_mentions(names, last=", "), Run(end)]
        writer.blocks.append(Subparagraph(letter_label(index), tuple(merge_runs(content)), item.key))


def _at_meetings(writer: ParagraphWriter, numbers: list[int]) -> str:
    """ "At the 25th and 26th meetings, on 14 and 15 March 2023, " (the dates when each is known)."""
    held = [writer.session.meeting(n) for n in numbers]
    days = [m.date for m in held if m is not None and m.date is not None]
    dated = f", {days_phrase(writer.profile, days, writer.years)}" if len(days) == len(numbers) else ""
    return f"At the {meetings_phrase(numbers)}{dated}, "


def render_statements(writer: ParagraphWriter, item: Item) -> None:
    profile = writer.profile
    speeches = _each_once([s for s in item.statements if s.kind is StatementKind.STATEMENT])
    chosen = profile.forms("statements", "chosen").get(item.statements_form) if item.statements_form else None
    if chosen is not None and EVERYONE in placeholders(chosen):
        _render_everyone(writer, item, chosen, speeches)
        return
    for official in (s for s in item.statements if s.role is Role.OFFICIAL):
        writer.paragraph(_official_sentence(writer, official), item.key)
    if summary_style(item, writer.session.info, profile).dialogue:
        _render_dialogue(writer, item, speeches)
        _render_replies(writer, item)
        return
    states: list[Inline] = []
    # Who spoke for a group, where the body names them in a sentence of their own, and the observers
    # it names alone: neither is in the lists below.
    groups_apart = profile.flag("statements", "groups_apart")
    behalf = [s for s in speeches if groups_apart and s.role is not Role.OFFICIAL and s.on_behalf_of.strip()]
    alone = [s for s in speeches if not s.on_behalf_of.strip() and not _as_member(profile, s) and _own_sentence(profile, s)]
    told_apart = {id(s) for s in behalf + alone}
    speeches = [s for s in speeches if id(s) not in told_apart]
    members = [s for s in speeches if _as_member(profile, s)]
    if members and chosen is not None:
        listed = _listed(profile, members, after_colon=_after_colon(chosen, SPEAKERS))
        states += fill(chosen, {SPEAKERS: listed, "body": _body_short(writer), "item": item.number})
    elif members:
        states += profile.sentence("statements", "member" if len(members) == 1 else "members", speakers=_listed(profile, members))
    if behalf:
        states += [*([Run(" ")] if states else []), *_group_sentence(profile, behalf, also=bool(states))]
    for one in alone:  # "The observer for the European Union made a statement." (A/AC.105/C.1/L.385/Add.1, para. 1)
        states += [*([Run(" ")] if states else []), *profile.sentence("statements", "observer", speakers=_listed(profile, [one]))]
    for role, forms in _OBSERVER_SENTENCES:
        group = [s for s in speeches if s.role is role and not _as_member(profile, s)]
        if group:
            if states:
                states.append(Run(" "))
            states += _observer_sentence(profile, group, forms, also=bool(states))
    ngos = [s for s in speeches if s.role is Role.NGO and not _as_member(profile, s)]
    apart = profile.flag("statements", "ngos_apart")
    if ngos and not apart:
        states += [*([Run(" ")] if states else []), *_observer_sentence(profile, ngos, _NGO_FORMS, also=bool(states))]
    states = _general_exchange(writer, item, states)
    if states:
        writer.paragraph(states, item.key)
    if ngos and apart:
        writer.paragraph(_observer_sentence(profile, ngos, _NGO_FORMS, also=bool(states)), item.key)
    _render_replies(writer, item)


def _after_colon(template: str, field: str) -> bool:
    """Whether ``{field}`` follows a colon in the form: a list, whose names go without their article."""
    before, found, _ = template.partition("{" + field + "}")
    return bool(found) and before.rstrip().endswith(":")


def _own_sentence(profile: Profile, statement: Statement) -> bool:
    """An observer the profile names in a sentence of its own (``statements.own_sentence``)."""
    if statement.role is Role.OFFICIAL:
        return False
    wanted = speaker_identity(statement.speaker)
    return any(speaker_identity(name) == wanted for name in profile.names("statements", "own_sentence"))


def _group_sentence(profile: Profile, group: list[Statement], also: bool) -> list[Inline]:
    """ "Statements were also made by the representative of South Africa on behalf of the Group of
    African States and by the representative of Egypt on behalf of the Group of 77 and China."
    (A/AC.105/C.1/L.385/Add.1, para. 1): each speaker introduced by their role, with the group they
    spoke for, the word before the list ("by") said again before each of them. Without ``also``
    (nobody else's sentence before it), the ``_first`` forms: no "also" after nothing."""
    entries = []
    for s in group:
        role = "representative" if _as_member(profile, s) else "observer"
        speaker = introduced(profile, role, running_mention(s.speaker), 1)
        group_name = behalf_mention(s.on_behalf_of.strip(), profile)
        entries.append(fill(profile.form("statements", "group_speaker"), {"speaker": speaker, "group": group_name}, within=True))
    form = profile.form(
        "statements", ("group_statements" if len(entries) > 1 else "group_statement") + ("" if also else "_first")
    )
    before = form.partition("{" + SPEAKERS + "}")[0].split()
    again = f"{before[-1]} " if before and before[-1].isalpha() and before[-1].islower() else ""
    joined: list[Inline] = []
    for index, entry in enumerate(entries):
        if index:
            joined.append(Run((" and " if index == len(entries) - 1 else ", ") + again))
        joined += entry
    return fill(form, {SPEAKERS: joined})


def _general_exchange(writer: ParagraphWriter, item: Item, states: list[Inline]) -> list[Inline]:
    """The States' sentences followed by "During the general exchange of views, statements …" when
    the item says there was one (``general_exchange``)."""
    if not item.general_exchange:
        return states
    sentence = writer.profile.sentence("statements", "general_exchange", body=_body_short(writer), item=item.number)
    return [*states, Run(" "), *sentence] if states else sentence


def _render_everyone(writer: ParagraphWriter, item: Item, chosen: str, speeches: list[Statement]) -> None:
    """The item's chosen form naming everyone who made a statement in one list, officials first,
    then the States members, then the observers, in speaking order, with semicolons: "Opening
    statements were made by the Secretary-General of UNCTAD; the representative of Norway, …".
    An official whose action was typed keeps a sentence of their own, before it."""
    profile = writer.profile
    entries: list[list[Inline]] = []
    for official in (s for s in item.statements if s.role is Role.OFFICIAL):
        if official.text.strip():  # what they did ("presented the report …") is a sentence of its own
            writer.paragraph(_official_sentence(writer, official), item.key)
        else:
            entries.append(_official(writer, official, closed=False))
    for members, role in ((True, "representative"), (False, "observer")):
        for s in (s for s in speeches if s.role is not Role.OFFICIAL and _as_member(profile, s) is members):
            entry = introduced(profile, role, _on_behalf(profile, running_mention(s.speaker), s), 1)
            capacity = _capacity(profile, s)
            entries.append([*entry, Run(f", {capacity}")] if capacity else entry)
    if entries:
        content = fill(chosen, {EVERYONE: _semicolons(entries), "body": _body_short(writer), "item": item.number})
        writer.paragraph(_general_exchange(writer, item, content), item.key)
    elif item.general_exchange:
        writer.paragraph(_general_exchange(writer, item, []), item.key)
    _render_replies(writer, item)


def _semicolons(entries: list[list[Inline]]) -> list[Inline]:
    """Entries that hold commas of their own ("the representative of Norway, speaking on behalf of
    JUSSCANNZ") are parted by semicolons, "; and" before the last, as UN series of such entries are;
    two are joined by "and" alone."""
    if len(entries) == 2:
        return [*entries[0], Run(" and "), *entries[1]]
    out: list[Inline] = []
    for index, entry in enumerate(entries):
        if index:
            out.append(Run("; and " if index == len(entries) - 1 else "; "))
        out += entry
    return out


def _official(writer: ParagraphWriter, statement: Statement, closed: bool) -> list[Inline]:
    """An official as the report names them: the title as logged, with "the", or the profile's
    ``person`` form when their name was logged ("Ms. A. B., the Secretary-General of UNCTAD"), and
    the group they spoke for. ``closed``: words follow (a verb), so a title with an apposition
    ("Special Rapporteur on trafficking in persons, especially women and children"), or a name
    before a title, closes it with a comma."""
    name = with_the(statement.speaker.strip())
    if statement.person.strip():
        designation = writer.profile.sentence(
            "statements", "person", person=writer.user(statement.person.strip()), official=writer.user(name)
        )
        shown = plain_text(designation).rstrip()
        if closed and "," in shown and not shown.endswith(","):
            designation.append(Run(","))
    else:
        closer = "," if closed and "," in name and not name.endswith(",") else ""
        designation = writer.user(name + closer)
    return [*designation, *_behalf_mention(statement, writer.profile)]


def _official_sentence(writer: ParagraphWriter, statement: Statement) -> list[Inline]:
    action = statement.text.strip()
    key = "official_did" if action else "official"
    official = _official(writer, statement, closed=_words_follow(writer.profile.form("statements", key), "official"))
    phrases: dict[str, Phrase] = {"official": official, "body": _body_short(writer)}
    if action:
        phrases["action"] = writer.user(action)
    return _finish(writer.profile.sentence("statements", key, **phrases))


def _words_follow(template: str, field: str) -> bool:
    """Whether words follow ``{field}`` in the form ("{official} made a statement."), not the end of
    the sentence or a mark of its own."""
    _, _, rest = template.partition("{" + field + "}")
    rest = rest.strip()
    return bool(rest) and rest[0] not in ",.;:)”"


def _render_replies(writer: ParagraphWriter, item: Item) -> None:
    """Who made statements in exercise of the right of reply, each named once; a delegation that
    replied more than once "made statements", or, where the profile tells second replies apart
    (``second_replies``), is named again in a sentence of its own: "A second statement in exercise
    of the right of reply was made by the representative of Türkiye."."""
    replies = [s for s in item.statements if s.kind is StatementKind.REPLY and s.role is not Role.OFFICIAL]
    if not replies:
        return
    profile = writer.profile
    apart = profile.flag("statements", "second_replies")
    sentences: list[Inline] = []
    representatives = _distinct([s for s in replies if _as_member(profile, s)])
    observers = _distinct([s for s in replies if not _as_member(profile, s)])
    groups = ((representatives, "member"), (observers, "observer"))
    for group, role in groups:
        if not group:
            continue
        if sentences:
            sentences.append(Run(" "))
        if len(group) > 1:
            key = f"reply_{role}s"
        else:
            key = f"reply_{role}_twice" if not apart and _replied_twice(replies, group[0]) else f"reply_{role}"
        sentences += profile.sentence("statements", key, speakers=_listed(profile, group))
    for group, role in groups if apart else ():
        again = [s for s in group if _replied_twice(replies, s)]
        if again:
            key = f"reply_second_{role}s" if len(again) > 1 else f"reply_second_{role}"
            sentences += [Run(" "), *profile.sentence("statements", key, speakers=_listed(profile, again))]
    writer.paragraph(sentences, item.key)


def _each_once(statements: list[Statement]) -> list[Statement]:
    """A delegation that took the floor twice is named once in the list of who made statements
    (in the place of its first statement); speaking on behalf of a group, or in a capacity, is
    another entry of the list ("Chile (on behalf of …)" and "Chile")."""
    seen: set[tuple[Role, str, str, str]] = set()
    kept = []
    for s in statements:
        key = (
            s.role,
            speaker_identity(s.speaker),
            speaker_identity(s.on_behalf_of) if s.on_behalf_of.strip() else "",
            " ".join(s.capacity.lower().split()),
        )
        if key not in seen:
            seen.add(key)
            kept.append(s)
    return kept


def _distinct(statements: list[Statement]) -> list[Statement]:
    seen: set[str] = set()
    kept = []
    for s in statements:
        key = speaker_identity(s.speaker)
        if key not in seen:
            seen.add(key)
            kept.append(s)
    return kept


def _replied_twice(replies: list[Statement], statement: Statement) -> bool:
    me = speaker_identity(statement.speaker)
    return sum(1 for s in replies if speaker_identity(s.speaker) == me) > 1
