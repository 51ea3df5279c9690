"""``client.documents``: order documents (labels, invoices, slips).

    client.documents.upload("ORDER-1", "label.pdf", channel_document_id="DOC-1", type="RETURN_LABEL",
                            origin={"channel_id": "acme", "channel_store_id": "s1"})
    client.documents.delete("DOC-1", origin={"channel_id": "acme", "channel_store_id": "s1"})

``file`` is a path (streamed from disk), bytes or a binary file; PDF, JPEG, PNG or CSV, 10 MB at
most, checked before anything is sent. The multipart boundary is random. An upload is sent again
only when the server surely did not process it (see ``_retry``).
"""

from __future__ import annotations

import os
from typing import IO, TYPE_CHECKING, Any

from mirakl_connect_api.types import File

from .._call import Call, Plan, body, endpoint, landed_earlier, outcome_of, response_of
from .._errors import ConnectError, NotFoundError
from .._upload import open_document
from .._validation import prepare
from ._common import AsyncResource, Resource, path_param

if TYPE_CHECKING:
    from collections.abc import Mapping

    from mirakl_connect_api.models import (
        DocumentEntity,
        DocumentOriginRequest,
        DocumentType,
        OriginRequest,
    )

    from .._types import DocumentOriginDict, OriginDict

FileInput = str | os.PathLike[str] | bytes | bytearray | IO[bytes]


def upload_plan(
    channel_order_id: str,
    file: FileInput,
    *,
    channel_document_id: str,
    type: DocumentType | str,
    origin: Any,
    filename: str | None,
    entity: Any,
    channel_type: str | None,
) -> Plan[None]:
    path_param("channel_order_id", channel_order_id)
    path_param("channel_document_id", channel_document_id)  # also a path: that of its deletion
    origin_data = prepare("DocumentOriginRequest", origin, "origin")
    with open_document(file, filename) as document:
        metadata: dict[str, Any] = {
            "channel_document_id": channel_document_id,
            "filename": document.filename,
            "type": type,
        }
        if entity is not None:
            metadata["entity"] = entity
        if channel_type is not None:
            metadata["channel_type"] = channel_type
        metadata = prepare("UploadOrderDocumentMetadata", metadata, "metadata")
        from mirakl_connect_api.models import UploadOrderDocumentRequest  # noqa: PLC0415 - on first use

        request = UploadOrderDocumentRequest(
            file=File(payload=document.stream, file_name=document.filename, mime_type=document.mime_type),
            metadata=body(metadata),
            origin=body(origin_data),
        )
        yield from response_of(
            Call(endpoint("orders.upload_order_document"), channel_order_id=channel_order_id, body=request)
        )


def delete_plan(channel_document_id: str, origin: Any) -> Plan[None]:
    path_param("channel_document_id", channel_document_id)
    data = prepare("DeleteOrderDocumentRequest", {"origin": origin})
    call = Call(
        endpoint("orders.delete_order_document"), channel_document_id=channel_document_id, body=body(data)
    )
    outcome = yield from outcome_of(call)
    if isinstance(outcome, NotFoundError) and landed_earlier(outcome):
        return  # an earlier attempt deleted it
    if isinstance(outcome, ConnectError):
        raise outcome


class Documents(Resource):
    """Order documents: labels, invoices, slips (blocking)."""

    def upload(
        self,
        channel_order_id: str,
        file: FileInput,
        *,
        channel_document_id: str,
        type: DocumentType | str,
        origin: DocumentOriginRequest | OriginRequest | DocumentOriginDict | OriginDict,
        filename: str | None = None,
        entity: DocumentEntity | Mapping[str, Any] | None = None,
        channel_type: str | None = None,
    ) -> None:
        """Attach a document to an order (or, with ``entity``, to a return of it).

        ``file``: a path (streamed from disk), bytes or a binary file; PDF, JPEG, PNG or CSV, at
        most 10 MB, checked before sending. ``origin``: ``{"channel_id", "channel_store_id"}``
        (or a ``DocumentOriginRequest``); ``entity``: ``{"id", "type"}`` (or a ``DocumentEntity``).
        """
        plan = upload_plan(
            channel_order_id, file, channel_document_id=channel_document_id, type=type, origin=origin,
            filename=filename, entity=entity, channel_type=channel_type,
        )  # fmt: skip
        return self._client._run(plan)

    def delete(
        self,
        channel_document_id: str,
        origin: DocumentOriginRequest | OriginRequest | DocumentOriginDict | OriginDict,
    ) -> None:
        """Delete a document uploaded before."""
        return self._client._run(delete_plan(channel_document_id, origin))


class AsyncDocuments(AsyncResource):
    """Order documents (asyncio); see :class:`Documents`."""

    async def upload(
        self,
        channel_order_id: str,
        file: FileInput,
        *,
        channel_document_id: str,
        type: DocumentType | str,
        origin: DocumentOriginRequest | OriginRequest | DocumentOriginDict | OriginDict,
        filename: str | None = None,
        entity: DocumentEntity | Mapping[str, Any] | None = None,
        channel_type: str | None = None,
    ) -> None:
        """Awaited: attach a document to an order. See :meth:`Documents.upload`.

        The file is read by blocking calls, in chunks.
        """
        plan = upload_plan(
            channel_order_id, file, channel_document_id=channel_document_id, type=type, origin=origin,
            filename=filename, entity=entity, channel_type=channel_type,
        )  # fmt: skip
        return await self._client._run(plan)

    async def delete(
        self,
        channel_document_id: str,
        origin: DocumentOriginRequest | OriginRequest | DocumentOriginDict | OriginDict,
    ) -> None:
        """Awaited: delete a document uploaded before. See :meth:`Documents.delete`."""
        return await self._client._run(delete_plan(channel_document_id, origin))
