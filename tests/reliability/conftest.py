"""The Hypothesis profiles of the property tests (here, so that envs without Hypothesis, such as
``tox -e regen``, can still load the top conftest).

By default a quick, deterministic run, the same examples every time;
``HYPOTHESIS_PROFILE=thorough pytest tests/reliability`` draws many more, at random (a failure
prints the seed to replay it with ``--hypothesis-seed``).
"""

from __future__ import annotations

import os

from hypothesis import settings

_HYPOTHESIS = {"database": None, "deadline": None}
settings.register_profile("suite", max_examples=4, derandomize=True, **_HYPOTHESIS)
settings.register_profile("thorough", max_examples=200, derandomize=False, **_HYPOTHESIS)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))
