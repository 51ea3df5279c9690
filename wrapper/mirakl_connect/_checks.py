"""Checks of settings (client arguments, ``RetryPolicy`` fields): a wrong one raises
:class:`ConfigurationError` naming it, when the object is built rather than at the first call.

>>> number("timeout", -1, above=True)
Traceback (most recent call last):
...
mirakl_connect._errors.ConfigurationError: timeout: expected a number > 0, not -1
"""

from __future__ import annotations

import math
from collections.abc import Set as AbstractSet
from typing import Any

from ._errors import ConfigurationError


def expect(name: str, value: object, kind: type[Any] | tuple[type[Any], ...], what: str) -> None:
    """``value`` is an instance of ``kind``, described to the user as ``what``."""
    if not isinstance(value, kind):
        raise ConfigurationError(f"{name}: expected {what}, not {value!r}")


def number(name: str, value: object, *, minimum: float = 0, above: bool = False) -> None:
    """``value`` is a finite int or float, at least ``minimum`` (greater than it when ``above``)."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < minimum
        or (above and value == minimum)
    ):
        raise ConfigurationError(
            f"{name}: expected a number {'>' if above else '>='} {minimum:g}, not {value!r}"
        )


def whole_number(name: str, value: object, *, minimum: int) -> None:
    """``value`` is an int (not a bool), at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigurationError(f"{name}: expected a whole number, at least {minimum}, not {value!r}")


def status_codes(name: str, value: object) -> None:
    """``value`` is a set of HTTP status codes (ints from 100 to 599)."""
    if not isinstance(value, AbstractSet) or not all(
        isinstance(code, int) and not isinstance(code, bool) and 100 <= code <= 599 for code in value
    ):
        raise ConfigurationError(f"{name}: expected a set of HTTP status codes, not {value!r}")
