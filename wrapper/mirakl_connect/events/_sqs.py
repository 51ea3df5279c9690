"""An Amazon SQS queue as a :class:`~mirakl_connect.events.Source` (the ``sqs`` extra: boto3).

    source = SQSSource("https://sqs.eu-west-1.amazonaws.com/123456789012/connect-events.fifo")
    mc.events.consume(source, dispatcher)

Long polling (``WaitTimeSeconds`` up to 20), batches of up to 10 (``ReceiveMessage``,
``DeleteMessageBatch``, ``ChangeMessageVisibilityBatch``), and for a FIFO queue the
``MessageGroupId`` of each message, so that the consumer handles a group in order. Credentials
and region come from boto3's usual chain (environment, profile, instance role); pass
``client=boto3.client("sqs", ...)`` to choose. boto3 has no types: it stays behind ``_SQSClient``.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, cast

from ._sources import Message

logger = logging.getLogger("mirakl_connect")

_BATCH = 10  # SQS: at most 10 messages per receive or batch call
_MAX_WAIT = 20  # SQS: longest long poll, in seconds
_ATTRIBUTES = ["MessageGroupId", "ApproximateReceiveCount"]


class _SQSClient(Protocol):
    """The part of a boto3 SQS client this module uses."""

    def receive_message(self, **kwargs: object) -> Mapping[str, Any]: ...

    def delete_message_batch(self, **kwargs: object) -> Mapping[str, Any]: ...

    def change_message_visibility_batch(self, **kwargs: object) -> Mapping[str, Any]: ...

    def get_queue_attributes(self, **kwargs: object) -> Mapping[str, Any]: ...


def _region(queue_url: str) -> str | None:
    found = re.match(r"https://sqs\.([a-z0-9-]+)\.amazonaws\.com", queue_url)
    return found.group(1) if found else None


def _boto3_client(queue_url: str, region_name: str | None, endpoint_url: str | None) -> _SQSClient:
    try:
        boto3 = importlib.import_module("boto3")
    except ImportError:
        raise ImportError("SQSSource needs boto3: pip install 'mirakl-connect[sqs]'") from None
    session = boto3.session.Session()
    region = region_name or session.region_name or _region(queue_url)
    return cast(_SQSClient, session.client("sqs", region_name=region, endpoint_url=endpoint_url))


def _chunks(messages: Sequence[Message]) -> list[Sequence[Message]]:
    return [messages[i : i + _BATCH] for i in range(0, len(messages), _BATCH)]


class SQSSource:
    """Receive, acknowledge (delete) and extend the messages of one SQS queue (standard or FIFO).

    Args:
        queue_url: the queue's URL (a FIFO queue's name ends in ``.fifo``).
        client: a boto3 SQS client; default one built with ``region_name`` and ``endpoint_url``.
        visibility_timeout: the queue's, in seconds; default read from the queue's attributes.
    """

    def __init__(
        self,
        queue_url: str,
        *,
        client: object | None = None,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        visibility_timeout: float | None = None,
    ) -> None:
        self.queue_url = queue_url
        self.fifo = queue_url.endswith(".fifo")
        self._client = (
            cast(_SQSClient, client)
            if client is not None
            else _boto3_client(queue_url, region_name, endpoint_url)
        )
        self._attributes = self._attribute_names()
        if visibility_timeout is None:
            answer = self._client.get_queue_attributes(
                QueueUrl=queue_url, AttributeNames=["VisibilityTimeout"]
            )
            visibility_timeout = float(answer["Attributes"]["VisibilityTimeout"])
        self.visibility_timeout = visibility_timeout

    def _attribute_names(self) -> dict[str, object]:
        """How to ask for MessageGroupId: ``MessageSystemAttributeNames`` since botocore 1.34.x."""
        try:
            members = (
                cast(Any, self._client)
                .meta.service_model.operation_model("ReceiveMessage")
                .input_shape.members
            )
        except AttributeError:  # not a boto3 client: assume a recent API
            members = {"MessageSystemAttributeNames": None}
        name = "MessageSystemAttributeNames" if "MessageSystemAttributeNames" in members else "AttributeNames"
        return {name: _ATTRIBUTES}

    def receive(self, max_messages: int, wait: float) -> list[Message]:
        """Up to ``min(max_messages, 10)`` messages, long polling up to ``min(wait, 20)`` seconds."""
        answer = self._client.receive_message(
            QueueUrl=self.queue_url,
            MaxNumberOfMessages=max(1, min(max_messages, _BATCH)),
            WaitTimeSeconds=max(0, min(round(wait), _MAX_WAIT)),
            **self._attributes,
        )
        found = []
        for item in answer.get("Messages") or []:
            attributes = item.get("Attributes") or {}
            found.append(
                Message(
                    body=item["Body"],
                    receipt=item["ReceiptHandle"],
                    id=item["MessageId"],
                    group=attributes.get("MessageGroupId"),
                    receive_count=int(attributes.get("ApproximateReceiveCount", 1)),
                )
            )
        return found

    def _entries(self, messages: Sequence[Message], **extra: object) -> list[dict[str, object]]:
        return [{"Id": str(i), "ReceiptHandle": m.receipt, **extra} for i, m in enumerate(messages)]

    def _failed(self, what: str, messages: Sequence[Message], answer: Mapping[str, Any]) -> None:
        for failure in answer.get("Failed") or []:
            message = messages[int(failure["Id"])]
            logger.warning("SQS %s of message %s failed: %s", what, message.id, failure.get("Code"))

    def ack(self, messages: Sequence[Message]) -> None:
        """Delete the messages (``DeleteMessageBatch``, 10 a call); failures are logged at WARNING."""
        for chunk in _chunks(messages):
            answer = self._client.delete_message_batch(QueueUrl=self.queue_url, Entries=self._entries(chunk))
            self._failed("delete", chunk, answer)

    def extend(self, messages: Sequence[Message], seconds: float) -> None:
        """Keep the messages invisible ``seconds`` more (``ChangeMessageVisibilityBatch``)."""
        timeout = max(0, min(round(seconds), 43_200))
        for chunk in _chunks(messages):
            entries = self._entries(chunk, VisibilityTimeout=timeout)
            answer = self._client.change_message_visibility_batch(QueueUrl=self.queue_url, Entries=entries)
            self._failed("visibility change", chunk, answer)
