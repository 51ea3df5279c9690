from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response, path_segment, status_of

if TYPE_CHECKING:
    from ...models.update_store_catalog_items_request import UpdateStoreCatalogItemsRequest


def _get_kwargs(
    channel_id: str,
    store_id: str,
    *,
    body: UpdateStoreCatalogItemsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v1/channel-catalog/{path_segment(channel_id)}/store-catalog-items/{path_segment(store_id)}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=UTF-8"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 202:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 404:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        http_response=response,
    )


def sync_detailed(
    channel_id: str,
    store_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateStoreCatalogItemsRequest,
) -> Response[Any]:
    """Report catalog item statuses

     Records, per catalog item of a store, the product and offer status on the channel and the
    diagnostics to show the seller. Processed asynchronously; unknown items are ignored.

    Args:
        channel_id (str):
        store_id (str):
        body (UpdateStoreCatalogItemsRequest): Catalog item statuses to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        store_id=store_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    channel_id: str,
    store_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateStoreCatalogItemsRequest,
) -> Response[Any]:
    """Report catalog item statuses

     Records, per catalog item of a store, the product and offer status on the channel and the
    diagnostics to show the seller. Processed asynchronously; unknown items are ignored.

    Args:
        channel_id (str):
        store_id (str):
        body (UpdateStoreCatalogItemsRequest): Catalog item statuses to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        store_id=store_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
