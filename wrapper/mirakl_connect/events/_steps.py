"""How a shell drives a core that decides without doing: the core yields steps, the shell does them.

    steps = Steps(core.steps(body))               # a generator: yields steps, returns the result
    for step in steps:
        with steps.replying():                    # what the step raises goes back into the core
            steps.reply(run(step))                # the async shell: steps.reply(await run(step))
    return steps.result

The dispatchers and the consumers each have one core (the decisions, no I/O) and two thin shells,
sync and async, that only do what a step says — call a handler, send a report, receive, ack,
wait — blocking or awaited. Whatever a step raises (``BaseException`` too: a Ctrl-C, a task's
cancellation) is thrown into the core where it yielded, so the core decides, and its ``finally``
may still yield the steps of a clean stop.
"""

from __future__ import annotations

from collections.abc import Generator
from types import TracebackType
from typing import Generic, TypeVar

S = TypeVar("S")
R = TypeVar("R")


class Steps(Generic[S, R]):
    """Iterate over a core's steps; give each one's answer with :meth:`reply` (see the module doc)."""

    result: R
    """What the core returned (once the iteration is over)."""

    def __init__(self, core: Generator[S, object, R]) -> None:
        self._core = core
        self._reply: object = None
        self._error: BaseException | None = None

    def __iter__(self) -> Steps[S, R]:
        return self

    def __next__(self) -> S:
        reply, error = self._reply, self._error
        self._reply = self._error = None
        try:
            return self._core.send(reply) if error is None else self._core.throw(error)
        except StopIteration as done:
            self.result = done.value
            raise StopIteration from None

    def reply(self, value: object) -> None:
        """The answer of the current step, sent to the core when it asks for the next one."""
        self._reply = value

    def replying(self) -> Steps[S, R]:
        """``with steps.replying():`` what the block raises is thrown into the core, not further."""
        return self

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> bool:
        self._error = error
        return error is not None
