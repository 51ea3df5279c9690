"""The consumers' one core: what to do next, as steps. The shells (:class:`Consumer`, threads;
:class:`AsyncConsumer`, tasks) only do each step, blocking or awaited.

    run = Run(consumer)                         # its source, settings and stop event; a fresh ledger
    steps = Steps(run.steps())                  # Receive, Pause, Start, Collect, Ack ... -> Summary
    for step in steps:
        with steps.replying():
            steps.reply(do(step))               # a Receive's messages, a Collect's Done tuples, None
    summary = steps.result

    work(message, on_poison)                    # one message: Handle, then Hook if it is poison -> Done

The core decides what to receive and when (room, half-batch refills, back-off after a failed
receive), what to start (FIFO groups, through :class:`~._flow._Ledger`), what to acknowledge
and when, what a stop releases, and what a poison message needs. It does no I/O, no waiting and
no threads; the visibility extender (a thread in both shells) lives with the sync shell.

The consumers' keywords are written once, in :class:`_Consuming`; ``consume`` and
``consume_async`` take them from their class with :func:`keywords_of`.
"""

from __future__ import annotations

import inspect
import logging
import re
import sys
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar, cast, get_args

from .._errors import ConfigurationError
from ._flow import Summary, _Ledger
from ._outcome import Outcome, Result
from ._parse import Body, EventParseError
from ._sources import Message, Source

if TYPE_CHECKING:
    from ._dispatch import AsyncDispatcher, Dispatcher

logger = logging.getLogger("mirakl_connect")

OnPoison = Callable[[bytes | str, EventParseError], object]
"""Called with a poison message's body (as received) and its error; acknowledged once it returns."""


def backoff(failures: int) -> float:
    """Seconds to wait after ``failures`` receive failures in a row: 1, 2, 4... up to 30."""
    return float(min(30, 2 ** max(0, failures - 1)))


def refill(batch_size: int, concurrency: int) -> int:
    """Free slots worth a receive while messages are in progress: half a batch (fewer, fuller calls)."""
    return max(1, min(batch_size, concurrency) // 2)


class _StopEvent(Protocol):
    def set(self) -> None: ...

    def is_set(self) -> bool: ...


AnyDispatcher = TypeVar("AnyDispatcher", bound="Dispatcher | AsyncDispatcher")
AnyEvent = TypeVar("AnyEvent", bound=_StopEvent)


class _Consuming(Generic[AnyDispatcher, AnyEvent]):
    """What both consumers are: a source, a dispatcher, their settings and a stop event."""

    def __init__(
        self,
        source: Source,
        dispatcher: AnyDispatcher,
        *,
        batch_size: int = 10,
        concurrency: int = 8,
        wait: float = 20.0,
        on_poison: OnPoison | None = None,
        stop: AnyEvent | None = None,
        until_empty: bool = False,
        handle_signals: bool = False,
    ) -> None:
        """A consumer of ``source`` for ``dispatcher``.

        Args:
            batch_size: messages asked for per receive (SQS: at most 10).
            concurrency: messages in hand at once (handler threads, or tasks).
            wait: long-poll seconds of a receive when nothing is in progress.
            on_poison: dead-letter hook for messages that are not valid events (async: may be ``async``).
            stop: an event (threading's, or asyncio's) that stops the consumer when set (also ``stop()``).
            until_empty: return once a receive finds nothing and nothing is in progress.
            handle_signals: stop on SIGTERM/SIGINT (main thread only).
        """
        for name, value in (("batch_size", batch_size), ("concurrency", concurrency)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigurationError(f"{name}: a whole number, at least 1, not {value!r}")
        self.source, self.dispatcher = source, dispatcher
        self.batch_size, self.concurrency, self.wait = batch_size, concurrency, wait
        self.on_poison, self.until_empty, self.handle_signals = on_poison, until_empty, handle_signals
        self._stop: AnyEvent = stop if stop is not None else self._new_event()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """A shell's ``__init__`` (``help()``, ``inspect.signature``) names its own dispatcher and
        event classes, not the type variables: ``dispatcher: Dispatcher, stop: threading.Event``."""
        super().__init_subclass__(**kwargs)
        bases = cls.__dict__.get("__orig_bases__", ())
        concrete = next((get_args(base) for base in bases if get_args(base)), None)
        if concrete is None or "__init__" in cls.__dict__:
            return  # a subclass of a shell, or a class with its own __init__
        names = {var: _shown(kind) for var, kind in zip(("AnyDispatcher", "AnyEvent"), concrete, strict=True)}

        def named(parameter: inspect.Parameter) -> inspect.Parameter:
            if not isinstance(parameter.annotation, str):
                return parameter
            shown = re.sub(r"\b\w+\b", lambda word: names.get(word[0], word[0]), parameter.annotation)
            return parameter.replace(annotation=shown)

        def __init__(self: _Consuming[Any, Any], *args: Any, **kwargs: Any) -> None:
            _Consuming.__init__(self, *args, **kwargs)

        signature = inspect.signature(_Consuming.__init__)
        __init__.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=[named(p) for p in signature.parameters.values()]
        )
        __init__.__doc__, __init__.__qualname__ = _Consuming.__init__.__doc__, f"{cls.__qualname__}.__init__"
        cls.__init__ = __init__  # type: ignore[method-assign]

    def _new_event(self) -> AnyEvent:
        raise NotImplementedError  # the shell's kind of event

    def stop(self) -> None:
        """Stop receiving; ``run()`` returns once the messages in progress are settled."""
        self._stop.set()


def _shown(kind: type) -> str:
    """``Dispatcher``, ``threading.Event``, ``asyncio.Event``: ours by name, others with their package."""
    name, package = kind.__qualname__, kind.__module__.partition(".")[0]
    if package == "mirakl_connect":
        return name
    exported = getattr(sys.modules.get(package), name, None) is kind
    return f"{package if exported else kind.__module__}.{name}"


P = ParamSpec("P")
T = TypeVar("T")


def keywords_of(consumer: Callable[P, object]) -> Callable[[Callable[..., T]], Callable[P, T]]:
    """Give the decorated function the parameters of ``consumer`` (for type checkers and ``help()``).

    ``@keywords_of(Consumer)`` over ``def consume(*args, **kwargs) -> Summary``: one list of keywords.
    """

    def take(function: Callable[..., T]) -> Callable[P, T]:
        returns = inspect.signature(function).return_annotation
        cast(Any, function).__signature__ = inspect.signature(consumer).replace(return_annotation=returns)
        return function

    return take


# The steps of a run, and what the shell answers to each.
@dataclass(frozen=True)
class Receive:
    """Receive up to ``max_messages``, long polling ``wait`` s; answer: the messages."""

    max_messages: int
    wait: float


@dataclass(frozen=True)
class Pause:
    """Wait ``seconds``, or less if the consumer is stopped."""

    seconds: float


@dataclass(frozen=True)
class Start:
    """Start :func:`work` on each message, concurrently."""

    messages: list[Message]


@dataclass(frozen=True)
class Collect:
    """Wait up to ``timeout`` s for some work to finish (None: for all of it); answer: its Done tuples."""

    timeout: float | None


@dataclass(frozen=True)
class Ack:
    """Acknowledge (delete) these messages."""

    messages: list[Message]


# The steps of one message's work.
@dataclass(frozen=True)
class Handle:
    """Give the body to the dispatcher; answer: its :class:`Result`."""

    body: Body


@dataclass(frozen=True)
class Hook:
    """Call ``hook(body, error)`` (if it gives an awaitable, the async shell awaits it)."""

    hook: OnPoison
    body: bytes | str
    error: EventParseError


RunStep = Receive | Pause | Start | Collect | Ack
WorkStep = Handle | Hook
Done = tuple[Message, Result | None, bool]
"""A message whose work is over: its result (None if the dispatcher failed), and whether to ack it."""


def work(message: Message, on_poison: OnPoison | None) -> Generator[WorkStep, object, Done]:
    """One message: handle it; a poison message goes to the hook, and is acked only if the hook took it."""
    try:
        result = cast(Result, (yield Handle(message.body)))
    except Exception:  # handle() settles every message; this is a bug, not a message to lose
        logger.exception("message %s: dispatcher failed; left in the queue", message.id)
        return message, None, False
    if result.outcome is not Outcome.POISON:
        return message, result, result.done
    error = result.error
    assert isinstance(error, EventParseError)
    if on_poison is None:
        logger.error(
            "message %s is not a valid event, left in the queue (no on_poison hook): %s", message.id, error
        )
        return message, result, False
    try:
        yield Hook(on_poison, message.body, error)
    except Exception:
        logger.exception("message %s: on_poison failed; left in the queue", message.id)
        return message, result, False
    return message, result, True


class Run:
    """One run of a consumer: its :class:`_Ledger`, the work in progress, the receive failures."""

    def __init__(self, consumer: _Consuming[Any, Any]) -> None:
        self.consumer = consumer
        self.stopping: Callable[[], bool] = consumer._stop.is_set
        self.ledger = _Ledger(consumer.source, consumer.batch_size)
        self.busy = 0  # messages started and not collected
        self.failures = 0  # receive failures in a row

    def steps(self) -> Generator[RunStep, object, Summary]:
        """Until stopped (or drained, with ``until_empty``); then finish what is in hand."""
        ledger, consumer = self.ledger, self.consumer
        try:
            while True:
                if self.stopping():
                    ledger.stop()
                    if not self.busy:
                        break
                else:
                    started = yield from self._receive()
                    if started is None:  # failed, and waited for
                        continue
                    if not started and not self.busy and consumer.until_empty and not ledger.flow.count():
                        break
                    yield from self._start(started)
                if self.busy:
                    for message, result, ack in cast(list[Done], (yield Collect(1.0))):
                        self.busy -= 1
                        yield from self._start(ledger.settled(message, result, ack))
                yield from self._flush(force=not self.busy)
        finally:  # stopped, or going down: what is in progress finishes; its outcome is kept
            for message, result, ack in cast(list[Done], (yield Collect(None))):
                ledger.settled(message, result, ack, more=False)
            self.busy = 0
            ledger.stop()
            yield from self._flush(force=True)
        return ledger.summary

    def _receive(self) -> Generator[RunStep, object, list[Message] | None]:
        """Receive what there is room for; None after a failure (already waited for)."""
        consumer = self.consumer
        room = consumer.concurrency - self.ledger.flow.count()
        if room < (refill(consumer.batch_size, consumer.concurrency) if self.busy else 1):
            return []
        wait = 0.0 if self.busy else consumer.wait
        try:
            received = yield Receive(min(consumer.batch_size, room), wait)
        except Exception:
            self.failures += 1
            logger.warning("receive failed (%d in a row)", self.failures, exc_info=True)
            yield Pause(backoff(self.failures))
            return None
        self.failures = 0
        return self.ledger.received(cast(Sequence[Message], received))

    def _start(self, messages: list[Message]) -> Generator[RunStep, object, None]:
        if messages:
            yield Start(messages)
            self.busy += len(messages)

    def _flush(self, *, force: bool) -> Generator[RunStep, object, None]:
        acks = self.ledger.acks(force=force)
        if acks:
            try:
                yield Ack(acks)
            except Exception:
                self.ledger.acked(acks, ok=False)
            else:
                self.ledger.acked(acks, ok=True)
