"""What the sandbox raises: :class:`mirakl_connect.ConnectError` subclasses, each also the built-in
class a caller may already catch.

    >>> from mirakl_connect_sandbox import Fault, SettingError
    >>> try:
    ...     Fault("status", status=700)
    ... except SettingError as error:
    ...     print(error)
    a status fault needs an HTTP status code between 100 and 599

The errors of the API it serves are HTTP answers, never exceptions in the caller.
"""

from __future__ import annotations

from mirakl_connect import ConnectError


class SandboxError(ConnectError):
    """Base class of what the sandbox raises."""


class SettingError(SandboxError, ValueError, TypeError):
    """An argument the sandbox cannot take, of the wrong value or type: an unknown fault,
    operation or action type, a probability over 1... (the message names it)."""


class NothingToEmit(SandboxError, LookupError):
    """No stored order (or return) fits the event asked for: upsert one first."""


class LifecycleError(SandboxError, RuntimeError):
    """The sandbox is not running, or already is."""


class SinkError(SandboxError, RuntimeError):
    """An event sink refused events (SQS's ``Failed`` entries)."""
