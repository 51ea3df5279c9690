from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response, path_segment, status_of

if TYPE_CHECKING:
    from ...models.delete_order_document_request import DeleteOrderDocumentRequest
    from ...models.error import Error


def _get_kwargs(
    channel_document_id: str,
    *,
    body: DeleteOrderDocumentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/v1/orders/documents/{path_segment(channel_document_id)}",
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 204:
        try:
            _body = None
            response_204 = cast(Any, _body)
        except Exception:  # not JSON, empty, or not the documented shape: Response.content keeps it
            return None
        return response_204

    if response.status_code == 400:
        from ...models.error import Error  # noqa: PLC0415

        try:
            _body = response.json()
            if not isinstance(_body, dict):
                return None
            response_400 = Error.from_dict(_body)
        except Exception:  # not JSON, empty, or not the documented shape: Response.content keeps it
            return None
        return response_400

    if response.status_code == 404:
        from ...models.error import Error  # noqa: PLC0415

        try:
            _body = response.json()
            if not isinstance(_body, dict):
                return None
            response_404 = Error.from_dict(_body)
        except Exception:  # not JSON, empty, or not the documented shape: Response.content keeps it
            return None
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        http_response=response,
    )


def sync_detailed(
    channel_document_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteOrderDocumentRequest,
) -> Response[Any | Error]:
    """Delete an order document

     Removes a document previously uploaded with uploadOrderDocument.

    Args:
        channel_document_id (str):
        body (DeleteOrderDocumentRequest): Body of a document deletion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        channel_document_id=channel_document_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    channel_document_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteOrderDocumentRequest,
) -> Any | Error | None:
    """Delete an order document

     Removes a document previously uploaded with uploadOrderDocument.

    Args:
        channel_document_id (str):
        body (DeleteOrderDocumentRequest): Body of a document deletion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        channel_document_id=channel_document_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    channel_document_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteOrderDocumentRequest,
) -> Response[Any | Error]:
    """Delete an order document

     Removes a document previously uploaded with uploadOrderDocument.

    Args:
        channel_document_id (str):
        body (DeleteOrderDocumentRequest): Body of a document deletion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        channel_document_id=channel_document_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    channel_document_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteOrderDocumentRequest,
) -> Any | Error | None:
    """Delete an order document

     Removes a document previously uploaded with uploadOrderDocument.

    Args:
        channel_document_id (str):
        body (DeleteOrderDocumentRequest): Body of a document deletion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            channel_document_id=channel_document_id,
            client=client,
            body=body,
        )
    ).parsed
