"""Every profile the loader accepts renders every session file it accepts, in every format; every
profile it refuses gets one line. The profiles are drawn from what ``SECTIONS`` declares, so each
setting added to the core is tried here without a test of its own."""

from __future__ import annotations

import dataclasses
import functools
import tempfile
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from unreport_tui.core.model import Session
from unreport_tui.core.profiles import SECTIONS, Choice, Form, FormsTable, Names, ProfileError, list_profiles, load_profile
from unreport_tui.core.session_file.session import parse_session, session_to_toml
from unreport_tui.core.session_file.tables import SessionFileError
from unreport_tui.exporters import FORMATS, export_session

from .hypothesis_budget import examples
from .test_session_file import sessions

# Literal words a body might write around its placeholders, braces doubled as a form writes them.
literal = st.lists(st.sampled_from([*"abc ,.;:()\u201c\u201d\u2019-", "{{", "}}", "At its ", " of "]), max_size=8).map("".join)


# Hypothesis checks each strategy the first time it draws from it: strategies made inside a draw
# (a list of a section's keys, a permutation of a form's fields) were checked anew at every draw,
# most of these tests' time. Each is made once here, for its values; the draws are the same.
_some_of = functools.cache(lambda values: st.lists(st.sampled_from(values), unique=True))
_in_any_order = functools.cache(st.permutations)
_one_of = functools.cache(st.sampled_from)
_groups = st.dictionaries(st.sampled_from(["African Group", "European Union", "G77"]), literal.filter(str.strip), max_size=2)


@functools.cache
def form_text(setting: Form) -> st.SearchStrategy[str]:
    """Text for a sentence form: its required fields and some of the others, in any order, with
    literal words around them."""
    optional = tuple(sorted(setting.fields - setting.required))

    @st.composite
    def drawn(draw: st.DrawFn) -> str:
        used = [*sorted(setting.required), *draw(_some_of(optional) if optional else st.just([]))]
        used = draw(_in_any_order(tuple(used)))
        return draw(literal) + "".join(f"{{{name}}}" + draw(literal) for name in used)

    return drawn()


@functools.cache
def _form_per_name(setting: FormsTable) -> st.SearchStrategy[dict[str, str]]:
    """Which of the setting's ``one_of`` each form of a table uses, by the form's name."""
    return st.dictionaries(st.sampled_from(["a", "b_c"]), st.sampled_from(sorted(setting.one_of)), max_size=2)


@st.composite
def profile_tables(draw: st.DrawFn) -> dict[str, dict[str, object]]:
    """A profile as TOML tables: some sections, some of their keys, each a value the loader takes."""
    tables: dict[str, dict[str, object]] = {}
    for name, section in SECTIONS.items():
        keys = draw(_some_of(tuple(sorted(section.settings)))) if section.settings else []
        for key in keys:
            setting = section.settings[key]
            if isinstance(setting, Form):
                value: object = draw(form_text(setting))
            elif isinstance(setting, Choice):
                value = draw(_one_of(setting.values) if setting.values else st.booleans())
            elif isinstance(setting, FormsTable):
                value = {
                    name: draw(form_text(Form("", setting.fields - setting.one_of | {one}, frozenset({one}))))
                    for name, one in draw(_form_per_name(setting)).items()
                }
            else:
                assert isinstance(setting, Names)
                value = draw(_groups)
            tables.setdefault(name, {})[key] = value
    return tables


def accepted(session: Session) -> Session | None:
    """The session as its file is read back, or nothing when the reader refuses the file."""
    try:
        return parse_session(session_to_toml(session))
    except SessionFileError:
        return None


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(tables=profile_tables(), session=sessions())
def test_every_accepted_profile_renders_every_accepted_session_in_every_format(tables, session):
    read = accepted(session)
    assume(read is not None)
    assert read is not None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "drawn.toml"
        path.write_text(tomli_w.dumps(tables), encoding="utf-8")
        load_profile(str(path))  # accepted, whatever was drawn
        with_profile = dataclasses.replace(read, info=dataclasses.replace(read.info, profile=str(path)))
        for format in FORMATS:
            assert export_session(with_profile, format)


@pytest.mark.parametrize("entry", list_profiles(), ids=lambda e: e.id)
def test_each_shipped_profile_loads_and_renders_the_every_kind_session(entry):
    from .test_every_format import SESSION

    assert entry.problem == ""
    session = dataclasses.replace(SESSION, info=dataclasses.replace(SESSION.info, profile=entry.id))
    for format in FORMATS:
        assert export_session(session, format)


# A value each kind of setting can never take.
_WRONG = {Form: 7, Choice: "no-such-value", Names: "a string, not a table", FormsTable: {"a": 7}}


@settings(max_examples=examples(60), deadline=None)
@given(
    tables=profile_tables(),
    where=st.sampled_from([(s, k) for s in SECTIONS for k in SECTIONS[s].settings]),
    wrong=st.sampled_from(["value", "key", "section", "placeholder"]),
)
def test_every_refused_profile_gets_one_line(tables, where, wrong):
    section, key = where
    setting = SECTIONS[section].settings[key]
    if wrong == "value":
        tables.setdefault(section, {})[key] = (
            _WRONG[type(setting)] if not (isinstance(setting, Choice) and not setting.values) else "yes"
        )
    elif wrong == "key":
        tables.setdefault(section, {})[key + "_typo"] = "x"
    elif wrong == "section":
        tables[section + "_typo"] = {key: "x"}
    else:
        assume(isinstance(setting, Form))
        tables.setdefault(section, {})[key] = "{no_such_placeholder}"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "drawn.toml"
        path.write_text(tomli_w.dumps(tables), encoding="utf-8")
        with pytest.raises(ProfileError) as caught:
            load_profile(str(path))
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(path))
