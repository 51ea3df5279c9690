"""Events Connect publishes to the connector's queue: parse, de-duplicate, handle, report, consume.

    dispatcher = mc.events.Dispatcher(client)

    @dispatcher.on("CREATE_SHIPMENT")
    def ship(event):                                    # event.data: an OrderShipmentCommandEvent
        if event.data.carrier not in CARRIERS:
            raise mc.events.ActionFailed("CARRIER_NOT_SUPPORTED", "unknown carrier")
        channel.ship(event.data)                        # returning reports SUCCESS

    mc.events.consume(mc.events.SQSSource(queue_url), dispatcher, on_poison=dead_letter)

Or piece by piece::

    event = mc.events.parse(message_body)               # bytes, str or an already decoded mapping
    if dedupe.first_time(event.id):                     # dedupe = mc.events.Deduplicator()
        ...
        client.orders.report(event)                     # or report(event, errors=[...])

Events are the generated models (``mirakl_connect_api.models``): ``OrderActionEvent`` (its
``data`` the payload its ``type`` names), ``OfferUpsertEvent``, ``PriceStockUpsertEvent``,
``ProductUpsertEvent`` and ``StoreManagementFeatureEvent``. They keep new fields and values; an
event of a kind this version does not know is an :class:`UnknownEvent`. A malformed message
raises :class:`EventParseError` (a :class:`mc.ValidationError`) that keeps the message as ``raw``.

Modules: ``_parse`` (parse, EventParseError), ``_dedupe``, ``_outcome`` (ActionFailed, Result),
``_dispatch`` (Dispatcher, AsyncDispatcher), ``_sources`` (Source, MemorySource, FileSource;
Pub/Sub and Service Bus examples), ``_sqs``, ``_consuming`` (the consumers' core and keywords),
``_consume`` and ``_aconsume`` (its sync and async shells), ``_flow`` (their bookkeeping) and
``_steps`` (how a shell drives a core: the dispatchers' and the consumers').
"""

from ._aconsume import AsyncConsumer, consume_async
from ._consume import Consumer, consume
from ._consuming import OnPoison
from ._dedupe import DedupeStore, Deduplicator
from ._dispatch import AsyncDispatcher, Dispatcher, Handler
from ._flow import Summary
from ._outcome import ActionFailed, Outcome, Result, RetryLater
from ._parse import Body, Event, EventParseError, UnknownEvent, kind_of, parse
from ._sources import FileSource, LeasedSource, MemorySource, Message, Source
from ._sqs import SQSSource

__all__ = [
    "ActionFailed",
    "AsyncConsumer",
    "AsyncDispatcher",
    "Body",
    "Consumer",
    "DedupeStore",
    "Deduplicator",
    "Dispatcher",
    "Event",
    "EventParseError",
    "FileSource",
    "Handler",
    "LeasedSource",
    "MemorySource",
    "Message",
    "OnPoison",
    "Outcome",
    "Result",
    "RetryLater",
    "SQSSource",
    "Source",
    "Summary",
    "UnknownEvent",
    "consume",
    "consume_async",
    "kind_of",
    "parse",
]
