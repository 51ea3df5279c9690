"""What a handler can say (:class:`ActionFailed`, :class:`RetryLater`) and what came of a message.

@dispatcher.on("CREATE_SHIPMENT")
def ship(event):
    if not carrier_known(event.data.carrier):
        raise ActionFailed("CARRIER_NOT_SUPPORTED", f"{event.data.carrier} is not offered")
    if channel_is_down():
        raise RetryLater("channel API unavailable")     # not reported: handled again on redelivery
    ...                                                  # returning reports SUCCESS

result = dispatcher.handle(body)
result.outcome, result.done       # (Outcome.FAILED, True): FAILED reported, the message can go
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mirakl_connect_api.models import ActionError, ActionErrorCode

from .._errors import FieldError, ValidationError
from ._parse import Event, UnknownEvent, id_of


class ActionFailed(Exception):
    """Raised by a handler: the seller action failed for a reason Connect should show the seller.

    ``ActionFailed("ORDER_IN_WRONG_STATE", "already shipped")``: the dispatcher reports FAILED
    with this ``ActionErrorCode`` (a code this version does not list is sent as is) and message.
    """

    def __init__(self, code: ActionErrorCode | str, message: str) -> None:
        if not isinstance(code, str) or not code:
            problem = FieldError("code", f"an ActionErrorCode or a non-empty string, not {code!r}")
            raise ValidationError([problem], what="ActionFailed")
        if not isinstance(message, str):
            problem = FieldError("message", f"a string, not {type(message).__name__}")
            raise ValidationError([problem], what="ActionFailed")
        self.code, self.message = ActionErrorCode(code), message
        super().__init__(f"{self.code}: {message}")

    @property
    def errors(self) -> list[ActionError]:
        """The errors to report (one)."""
        return [ActionError(code=self.code, message=self.message)]


class RetryLater(Exception):
    """Raised by a handler: nothing was decided, handle this event again when it is redelivered.

    Nothing is reported; the message is not acknowledged, so the queue delivers it again.
    """


class Outcome(StrEnum):
    """What became of one message."""

    HANDLED = "handled"
    """A fact (catalog, store event) or an unknown event went through its handler."""
    IGNORED = "ignored"
    """No handler and nothing to report: a fact nobody handles, or an action with ``unhandled="ignore"``."""
    DUPLICATE = "duplicate"
    """An event already taken on (same ``id``): dropped."""
    REPORTED = "reported"
    """An order action, SUCCESS reported (or found already final after a lost answer)."""
    FAILED = "failed"
    """An order action, FAILED reported (ActionFailed, an unexpected error, no handler); or a fact
    whose handler raised ActionFailed (nothing to report)."""
    REFUSED = "refused"
    """Connect refused the report for good (unknown or expired action, 400): logged at ERROR."""
    RETRY = "retry"
    """Not finished, for now: RetryLater, a report that failed after the client's retries (network,
    5xx, 429, 401/403), or a fact handler that raised. Leave the message for redelivery."""
    POISON = "poison"
    """Not a valid event (:class:`EventParseError` in ``error``): for a dead-letter place."""


@dataclass(frozen=True)
class Result:
    """The outcome of :meth:`Dispatcher.handle` for one message, with what it did.

    ``error``: the exception behind it (the handler's, the report's, or the ``EventParseError``);
    ``errors``: the action errors reported with FAILED; ``already_final``: the report found the
    action final already (an earlier delivery reported it and the answer was lost).
    """

    outcome: Outcome
    event: Event | UnknownEvent | None = None
    error: Exception | None = None
    errors: tuple[ActionError, ...] = ()
    already_final: bool = False

    @property
    def done(self) -> bool:
        """True when the message can be acknowledged (POISON: once a dead-letter hook took it)."""
        return self.outcome not in (Outcome.RETRY, Outcome.POISON)

    @property
    def event_id(self) -> str | None:
        return id_of(self.event) if self.event is not None else None
