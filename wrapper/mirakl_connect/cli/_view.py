"""How events and a consumer's progress are shown: a typed event as a tree, live outcome counts.

console.print(event_tree(mc.events.parse(body)))     # OrderActionEvent CREATE_SHIPMENT 01J...
counting = CountingDispatcher(dispatcher)           # give it to mc.events.consume(...)
counting.line()                                     # 'handled 5 · duplicates 1 · failed 1 · ...'
"""

from __future__ import annotations

import enum
import threading
from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

import attrs
from mirakl_connect_api.types import Unset, is_known
from rich.text import Text
from rich.tree import Tree

from ..events import UnknownEvent, kind_of

if TYPE_CHECKING:
    from ..events import Body, Dispatcher, Event, Result

# what the live count calls each outcome (mc.events.Outcome values)
SHOWN = {
    "reported": "handled",
    "handled": "handled",
    "ignored": "handled",
    "duplicate": "duplicates",
    "failed": "failed",
    "refused": "failed",
    "retry": "left for redelivery",
    "poison": "poison",
}
COLUMNS = ("handled", "duplicates", "failed", "left for redelivery", "poison")


def _value(value: Any) -> str:
    if isinstance(value, enum.Enum):
        shown = str(value.value)
        return shown if is_known(value) else f"{shown} (a value this version does not know)"
    return repr(value)


def _add_fields(node: Tree, model: Any) -> None:
    """A generated model's fields under ``node``: unset ones left out, unknown ones marked."""
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if field.name == "additional_properties":
            for key, extra in value.items():
                _add(node, f"{key} (a field this version does not know)", extra)
        elif not isinstance(value, Unset):
            _add(node, field.name, value)


def _add(node: Tree, name: str, value: Any) -> None:
    if attrs.has(type(value)):
        branch = node.add(Text.assemble((name, "bold"), ": ", (type(value).__name__, "cyan")))
        _add_fields(branch, value)
    elif isinstance(value, list):
        branch = node.add(Text.assemble((name, "bold"), f": {len(value)} item(s)"))
        for i, item in enumerate(value):
            _add(branch, f"[{i}]", item)
    elif isinstance(value, Mapping):
        branch = node.add(Text.assemble((name, "bold"), ": {...}"))
        for key, item in value.items():
            _add(branch, str(key), item)
    else:
        node.add(Text.assemble((name, "bold"), ": ", _value(value)))


def event_tree(event: Event | UnknownEvent) -> Tree:
    """The event's typed fields as a tree (unset fields left out; unknown fields and values marked)."""
    head = Text.assemble(
        (type(event).__name__, "bold cyan"), " ", (kind_of(event), "bold"), f"  id={event.id}"
    )
    tree = Tree(head)
    if isinstance(event, UnknownEvent):
        tree.add("an event of a kind this version does not know; kept as received:")
        for key, value in event.raw.items():
            _add(tree, str(key), value)
        return tree
    _add_fields(tree, event)
    return tree


class CountingDispatcher:
    """A dispatcher that counts outcomes as they happen (for a live display); ``handle`` delegates."""

    def __init__(self, inner: Dispatcher) -> None:
        self.inner = inner
        self.outcomes: Counter[str] = Counter()
        self.results: list[Result] = []
        self._lock = threading.Lock()

    def handle(self, message: Body) -> Result:
        result = self.inner.handle(message)
        with self._lock:
            self.outcomes[str(result.outcome)] += 1
            self.results.append(result)
        return result

    def as_dispatcher(self) -> Dispatcher:
        """Itself, typed as what ``mc.events.consume`` takes (it only calls ``handle``)."""
        return cast("Dispatcher", self)

    def shown(self) -> dict[str, int]:
        with self._lock:
            counts = dict.fromkeys(COLUMNS, 0)
            for outcome, n in self.outcomes.items():
                counts[SHOWN.get(outcome, outcome)] = counts.get(SHOWN.get(outcome, outcome), 0) + n
            return counts

    def line(self) -> str:
        """``handled 5 · duplicates 1 · failed 1 · left for redelivery 0 · poison 0``."""
        return " · ".join(f"{name} {n}" for name, n in self.shown().items())

    def __rich__(self) -> Text:
        return Text(self.line())
