"""How many examples a property draws: the number its test asks for under `make test`, a
quarter of it under the mutation run's profile (max_examples 25, against Hypothesis's 100).

A test's own ``@settings(max_examples=…)`` outranks any profile, so the properties that ask for
more than the default (the slowest of the suite: every session in every format, any steps of the
logbook) would have run in full for each of the thousands of mutants they cover."""

from __future__ import annotations

from hypothesis import settings

DEFAULT_EXAMPLES = 100  # Hypothesis's own default, which the "default" profile keeps


def examples(wanted: int) -> int:
    """``wanted``, scaled as the profile in force scales the default (at least 5)."""
    return (
        max(5, wanted * settings.default.max_examples // DEFAULT_EXAMPLES)
        if settings.default.max_examples < DEFAULT_EXAMPLES
        else wanted
    )
