"""How much the hardening tests search: bounded with a fixed seed in CI, longer when asked.

SAMENLEREN_FUZZ_EXAMPLES=2000   hypothesis examples per property (CI: each test's own small
                                number)
SAMENLEREN_FUZZ_RUNS=200000     atheris runs per fuzz target (CI: 2000)
SAMENLEREN_FUZZ_SEED=7          another seed for both (CI: 20261204)
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import HealthCheck, seed, settings

from samenleren_desktop.model.errors import SamenLerenError

SEED = int(os.environ.get("SAMENLEREN_FUZZ_SEED", "20261204"))
_EXAMPLES = os.environ.get("SAMENLEREN_FUZZ_EXAMPLES")
ATHERIS_RUNS = int(os.environ.get("SAMENLEREN_FUZZ_RUNS", "2000"))

T = TypeVar("T", bound=Callable[..., Any])


def examples(default: int) -> int:
    """The number of examples: `default` in CI, SAMENLEREN_FUZZ_EXAMPLES when it is set."""
    return int(_EXAMPLES) if _EXAMPLES else default


def fuzz(default: int) -> Callable[[T], T]:
    """Hypothesis settings for a fuzz property: fixed seed, no deadline, no example database."""

    def decorate(test: T) -> T:
        bounded = settings(
            max_examples=examples(default),
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )(test)
        return seed(SEED)(bounded)  # type: ignore[no-any-return]

    return decorate


R = TypeVar("R")


def attempt(call: Callable[[], R]) -> tuple[R | None, SamenLerenError | None]:
    """(the result, None), or (None, the SamenLerenError raised); anything else propagates."""
    try:
        return call(), None
    except SamenLerenError as error:
        return None, error
