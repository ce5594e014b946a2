# Two commands for a fresh machine: `make demo` and `make test`.
# Everything is installed into .venv, nothing system-wide.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: demo test quick gates compiled mutation bench clean

# Installing goes through uv, which pip first puts into the venv: pip alone took 34 s to install
# the test tools on this project's machines (27 s of it reading the package indexes' pages, 69,000
# links, in its resolver), uv 7 s with the same packages compiled to bytecode (2026-12-01, fresh
# venvs, two cores). Where uv cannot be had or cannot reach an index (uv does not read pip's
# configuration, so a machine that only reaches a mirror set up for pip is one), pip installs
# everything itself, as before.
define install
	@if $(BIN)/python -m pip install --quiet --disable-pip-version-check uv >/dev/null 2>&1; then \
		$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python $(1) || \
		{ echo "uv could not install (its error is above); pip installs instead, more slowly."; \
		  $(BIN)/python -m pip install --quiet $(1); }; \
	else \
		echo "uv could not be installed here; pip installs instead, more slowly."; \
		$(BIN)/python -m pip install --quiet $(1); \
	fi
endef
# (The packages asked for are in variables: a comma written in a $(call) argument would split it.)
APP_PACKAGES := -e .
TEST_PACKAGES := -e ".[test]"
MUTATION_PACKAGES := -e ".[test,mutation]"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "unreport needs Python 3.11 or newer; $(PYTHON) is $$($(PYTHON) -V 2>&1). Run: make PYTHON=python3.12 ..." >&2; exit 1; }
	@$(PYTHON) -m venv $(VENV) || \
		{ rm -rf $(VENV); echo "Could not create a virtual environment. On Debian or Ubuntu: sudo apt install python3-venv" >&2; exit 1; }

$(STAMP): pyproject.toml | $(BIN)/python
	$(call install,$(APP_PACKAGES))
	@touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(call install,$(TEST_PACKAGES))
	@touch $(STAMP) $@

demo: $(STAMP)
	$(BIN)/unreport demo

# The gates take seconds: lint, types, and the layers' import contracts.
gates: $(TEST_STAMP)
	$(BIN)/ruff check unreport_tui tests benchmarks scripts
	$(BIN)/ruff format --check --quiet unreport_tui tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

# Four tests per core (pytest-xdist), up to six more than there are cores: each test has its own
# folders, so they can run side by side, and an app test spends more than half its time waiting
# (Pilot waits for the app to be idle, 20 ms at a time, after every key), while the core it ran on
# could run another. On two cores (2026-12-02, one run each, the tests alone) they took 142 s with
# 3 workers, 130 s with 4, 121 s with 5 or 6 and 106 s with 8. A worker holds up to 0.4 GB: no
# more workers than there are 0.75 GB of memory.
WORKERS ?= $(shell $(PYTHON) -c 'import os; n = os.cpu_count() or 1; gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30; print(max(1, min(4 * n, n + 6, int(gib / 0.75))))')
# Before the workers start, while the gates run (mypy keeps one core busy for some seconds, the
# other was idle), the package is compiled and the tests are collected once: each of the workers,
# and each `unreport` a test starts, then reads bytecode instead of compiling every module again,
# and the workers read the test modules already rewritten by pytest (collecting took 6 s of CPU
# cold, 2.4 s warm, in each of the four). Bytecode is written even where PYTHONDONTWRITEBYTECODE is
# set (as on this project's machines).
# The workers steal from each other's queues (--dist worksteal): the tests are collected longest
# first (tests/conftest.py), and xdist's default hands each worker a block of consecutive tests,
# so one worker got every slow test and ran for minutes after the others had finished.
test: $(TEST_STAMP)
	@$(MAKE) --no-print-directory -j2 gates compiled
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest --hypothesis-profile=repeatable -n $(WORKERS) --dist worksteal

compiled: $(TEST_STAMP)
	@$(BIN)/python -m compileall -q unreport_tui
	@# Hypothesis works out which characters text may hold by encoding every code point (2 s), once
	@# per process unless its cache (.hypothesis/) has them: here once, not in each worker.
	@$(BIN)/python -W ignore -c 'from hypothesis import strategies as st; st.text().example()' >/dev/null 2>&1 || true
	@# A test module that cannot be imported is reported by the run itself, with its error.
	@PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest --collect-only -q -p no:cacheprovider >/dev/null 2>&1 || true

# For the edit-test loop, under a minute: the gates and every test that takes under a second
# (not the app driven through Pilot, the snapshots, the crash loop, the benchmarks: see
# tests/conftest.py for what is marked slow).
quick: gates
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest --hypothesis-profile=repeatable -n auto --dist worksteal -m "not slow"

# Slow (tens of minutes on two cores), so not part of `make test`: every mutant of the core and
# the storage, tried against the tests that cover it, then the kill ratio of each.
mutation: $(TEST_STAMP)
	$(call install,$(MUTATION_PACKAGES))
	@# Which tests cover which function is worked out again at each run: mutmut's own update after
	@# a change drops a changed function's tests, and its mutants then survive for want of them.
	rm -f mutants/mutmut-stats.json
	@# Bytecode is written (as for `make test`): the tests that start `unreport` in a process of its
	@# own compiled every mutated module again each time, 3.7 s of CPU against 0.4 s read from
	@# bytecode, and they run for each mutant of the storage (2026-12-01).
	PYTHONDONTWRITEBYTECODE= PATH="$(abspath $(BIN)):$$PATH" $(BIN)/mutmut run --max-children $$(nproc) || true  # mypy, for the type check, from the venv
	@# The survivors again, with the tests as they are now (mutmut keeps a verdict until a mutant is named).
	survivors=$$($(BIN)/mutmut results 2>/dev/null | sed -n 's/^ *\([^ ]*\): survived$$/\1/p'); \
	  if [ -n "$$survivors" ]; then PYTHONDONTWRITEBYTECODE= PATH="$(abspath $(BIN)):$$PATH" $(BIN)/mutmut run --max-children $$(nproc) $$survivors || true; fi
	$(BIN)/python scripts/mutation_score.py

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_storage.py

clean:
	rm -rf $(VENV)
