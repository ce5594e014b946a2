from __future__ import annotations

import gc
import inspect
import math
import os
import signal
import sys
import warnings
from pathlib import Path

import pytest
from hypothesis import Phase, settings

from unreport_tui.cli import demo_session_text
from unreport_tui.core.session_file.session import parse_session

from . import css_parsed_once, headless_painting, pilot_typing

FIXTURES = Path(__file__).parent / "fixtures"

# `make test` (and so CI) runs the property tests on the same examples every time, so that a
# run is red only for a change, never for a new random draw; `pytest` alone explores new ones.
# No example has a deadline: a loaded machine (CI's two cores, a mutation run) is many times slower
# than a quiet one, and Hypothesis's default 200 ms failed a test that was right ("Test took 313 ms").
# Speed is measured by benchmarks/, not asserted by tests.
settings.register_profile("default", deadline=None)
settings.register_profile("repeatable", derandomize=True, print_blob=True, deadline=None)
# The mutation run (`make mutation`) runs the tests that cover a function once for each of its
# some 18,000 mutants: a quarter of the examples (fixed, as in "repeatable") makes a complete run
# fit a working day on two cores. The ratio it gives is a floor: a mutant that only a later
# example would catch counts as a survivor. No shrinking: a mutant is caught by the first example
# that fails, and shrinking it (tens of seconds on some properties) only made the kill slower, or
# a time-out.
settings.register_profile(
    "mutation",
    derandomize=True,
    max_examples=25,
    deadline=None,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)
settings.load_profile("default")

# The collector runs less often in the tests than in a user's process: Textual keeps caches that
# outlive an app (some 400,000 small objects after a few app tests), and each full collection
# walked them all again, a fifth of an app test's time (0.3 s a walk, every other test). Young
# collections at 5,000 objects, not 700, leave most of a test's garbage to die young. A worker
# then holds some hundreds of MB more, for the minutes it runs.
gc.set_threshold(5_000, 10, 10)

# Runs of letters typed through Pilot reach the app at once, as a fast typist's do (see pilot_typing).
pilot_typing.install()
# An app under Pilot paints a screen when it is left and when the test ends (see headless_painting).
headless_painting.install()
# The apps of one process parse each piece of CSS once (see css_parsed_once).
css_parsed_once.install()

# The tests that take a second or more on two cores are marked `slow`, so that `make quick`
# leaves them out: those known by their kind (the app driven through Pilot: a coroutine; the
# screen snapshots; the Akoma Ntoso schema, seconds to load) and these, measured one by one.
SLOW_FIXTURES = {"snap_compare", "schema"}
SLOW = {
    "test_a_long_debate.py::test_300_statements_and_300_points_through_the_logbook_are_saved_and_drafted_in_order",
    "test_benchmarks.py::test_app_benchmark_runs",
    "test_log_order.py::test_a_point_logged_live_is_under_the_statement_that_had_the_floor",
    "test_logbook.py::test_any_steps_then_as_many_undos_give_back_the_start_and_redo_gives_the_end",
    "test_logbook.py::test_rendering_only_what_each_step_touched_gives_the_whole_render",
    "test_report_properties.py::test_every_accepted_session_renders_in_every_format",
    "test_session_file.py::test_every_accepted_session_renders_in_every_format",
    "test_session_file.py::test_every_key_of_an_exported_file_is_found_on_its_line",
    "test_session_file.py::test_session_file_round_trip_is_lossless",
    "test_session_store.py::test_a_session_comes_back_from_the_database_as_it_went_in",
    "test_storage_journal.py::test_the_journal_replays_to_exactly_what_was_in_memory",
    "test_storage_safety.py::test_sigkill_at_random_moments_loses_nothing_reported_saved",
    "test_terminal.py::test_the_real_app_logs_a_speaker_and_a_point_and_quits_with_everything_saved",
    "test_word.py::test_libreoffice_opens_it_and_prints_it",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank: dict[str, int] = {}
    for item in items:
        function = getattr(item, "function", None)
        through_pilot = function is not None and inspect.iscoroutinefunction(function)
        fixtures = set(getattr(item, "fixturenames", ()))
        slow_fixture = not SLOW_FIXTURES.isdisjoint(fixtures)
        named = f"{item.path.name}::{getattr(item, 'originalname', item.name)}" in SLOW
        if through_pilot or slow_fixture or named:
            item.add_marker(pytest.mark.slow)
        if through_pilot or "snap_compare" in fixtures:
            # The mutation run leaves these out: two seconds each, and what they prove of the core
            # and the storage the tests that call those directly prove too.
            item.add_marker(pytest.mark.app)
        rank[item.nodeid] = 0 if named else 1 if through_pilot or slow_fixture else 2
    durations = _durations_under_a_mutant()
    if durations:
        # A mutant's tests stop at the first that fails (-x): the quickest first, so that a mutant
        # is caught by its quickest test that fails, not after the 300-entry debate and the round
        # trips. Run longest first, as below, the mutants caught took 4.5 s each on average, the
        # median 1.2 s (18,000 mutants, 2026-12-01).
        items.sort(key=lambda item: durations.get(item.nodeid, math.inf))
        return
    # The longest first: the workers (pytest-xdist) take tests in this order, so the run ends on
    # short ones, not on one worker finishing a 15-second test while the others wait.
    items.sort(key=lambda item: rank[item.nodeid])


def _durations_under_a_mutant() -> dict[str, float]:
    """Each test's time as mutmut measured it, while mutmut runs a mutant's tests (empty otherwise).
    mutmut is only read if it is the one running these tests: it has been imported then. Whatever
    goes wrong here leaves the tests as they always run: an error in a hook ends pytest with its
    exit code 3, which mutmut counts as a mutant caught, and every mutant would then be "caught"."""
    if "__mutmut_" not in os.environ.get("MUTANT_UNDER_TEST", ""):  # not "stats", not the clean run
        return {}
    try:
        durations = sys.modules["mutmut.state"].state().duration_by_test
    except Exception:  # noqa: BLE001 - no mutmut, or one whose state reads otherwise
        return {}
    return durations if isinstance(durations, dict) else {}


def pytest_sessionstart() -> None:
    if "__mutmut_" in os.environ.get("MUTANT_UNDER_TEST", ""):
        _forget_what_was_kept()


def _forget_what_was_kept() -> None:
    """mutmut runs each mutant's tests in a process forked from one that had already imported and
    run them on the code as it is: a function's cache (``lru_cache``, ``cache``) then held the
    right answers, and the mutant below it never ran. The 27 ``inline.py`` mutants under the cache
    of ``parse_inline`` (``_parse_without_footnotes``) "survived" so, though ``test_inline.py``
    catches them in a process of its own (2026-12-01). The profiles kept by ``load_profile`` are
    the same kind of cache. Only functools' caches are emptied (they have ``cache_info``)."""
    try:
        for name, module in list(sys.modules.items()):
            if name.startswith("unreport_tui.") and module is not None:
                for value in list(vars(module).values()):
                    if hasattr(value, "cache_info") and callable(getattr(value, "cache_clear", None)):
                        value.cache_clear()
        catalogue = sys.modules.get("unreport_tui.core.profiles.catalogue")
        if catalogue is not None:
            catalogue._loaded.clear()
    except Exception as error:  # noqa: BLE001 - see _durations_under_a_mutant: never pytest's exit code 3
        warnings.warn(f"the caches could not be emptied before the mutant's tests: {error!r}", stacklevel=1)


class MutantTooSlow(BaseException):
    """A test ran past its limit under a mutant: the mutant hangs it (caught). A BaseException, so
    that no ``except Exception`` of the code under test swallows it."""


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> object:
    if os.environ.get("MUTANT_UNDER_TEST") == "stats":
        # mutmut works out which tests reach each function by running them all once: a test whose
        # answer a cache already held (from an earlier test) never reached the function behind it,
        # was not counted among its tests, and so was never run against its mutants.
        _forget_what_was_kept()
    # mutmut stops a mutant's run after ten times the CPU time of all the tests that cover it: for
    # a function that every test reaches (the inline text, the session reader) that is half an
    # hour, which one mutant looping in the first test spent before it counted as caught. Each test
    # (its fixtures too) is stopped instead after ten times the time mutmut measured for it, plus
    # 10 s, of CPU time (user and system: a loop on reads and writes spends it in the kernel), and
    # fails. The signal repeats each second: one that lands in a __del__ or a gc callback is only
    # printed there ("Exception ignored"), and the next one stops the test.
    took = _durations_under_a_mutant().get(item.nodeid)
    if took is None:
        return (yield)
    limit = 10 * took + 10

    def stop(*_: object) -> None:
        raise MutantTooSlow(f"more than {limit:.0f} s of CPU: ten times this test's time, plus 10 s")

    before = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, limit, 1.0)
    try:
        return (yield)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, before)


@pytest.fixture
def demo_session():
    return parse_session(demo_session_text())


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.toml"
    path.write_text(demo_session_text(), encoding="utf-8")
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_session) -> Path:
    """A database holding the demo session, closed: for what opens it as the command would."""
    from unreport_tui.storage import open_store

    path = tmp_path / "notes.json"
    store = open_store(path)
    store.replace(demo_session)
    store.close()
    return path


@pytest.fixture(autouse=True)
def own_config_folder(tmp_path_factory, monkeypatch):
    """The app's settings, its default database and its crash reports go to folders of the test's
    own, never to the user's, nor to another test's running at the same time (`make test` runs
    two at once)."""
    for variable, name in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state")):
        monkeypatch.setenv(variable, str(tmp_path_factory.mktemp(name)))
    monkeypatch.delenv("UNREPORT_DB", raising=False)  # the developer's own database is never the default here


@pytest.fixture
def demo_store(tmp_path, demo_session):
    """The demo session in a database the test keeps open, saving in the background as the app does."""
    from unreport_tui.storage import open_store

    store = open_store(tmp_path / "demo.json", background=True)
    store.replace(demo_session)
    assert store.last_save is None or store.last_save.wait(5)  # the app opens on a saved session
    yield store
    store.close()


def pytest_configure(config: pytest.Config) -> None:
    """pytest collects the garbage five times over when a process ends, to find the exceptions
    raised in ``__del__`` that no test was running for: each collection walks every object a worker
    still holds (Textual's caches), half a second each, so two and a half seconds of CPU at the end
    of each of the four workers, while the run waited for the last of them. One collection, after
    the one ``pytest_sessionfinish`` does below, finds them just as well. (The count is kept where
    pytest's own tests set it; a pytest without it collects five times, as before.)"""
    try:
        from _pytest.unraisableexception import gc_collect_iterations_key
    except ImportError:
        return
    config.stash[gc_collect_iterations_key] = 1


def pytest_sessionfinish() -> None:
    """The garbage left by the raised thresholds (above) is collected here, and the collector is then
    stopped for the little that is left of the process: a worker is stopped by an interrupt
    (pytest-xdist), which landed in a long collection's callback and was printed as a warning."""
    gc.collect()
    gc.disable()
