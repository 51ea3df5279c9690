from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset, path_segment, status_of

if TYPE_CHECKING:
    from ...models.product_type import ProductType


def _get_kwargs(
    channel_id: str,
    *,
    body: ProductType,
    product_type_id: str,
    store_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["product_type_id"] = product_type_id

    params["store_id"] = store_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/v1/taxonomy/channels/{path_segment(channel_id)}/product-types",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=UTF-8"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 202:
        return None

    if response.status_code == 401:
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
    *,
    client: AuthenticatedClient,
    body: ProductType,
    product_type_id: str,
    store_id: str | Unset = UNSET,
) -> Response[Any]:
    """Create or replace a product type

     Replaces the whole definition of one product type (attributes, values, rule references). Processed
    asynchronously.

    Args:
        channel_id (str):
        product_type_id (str): Identifier of a product type; may contain slashes.
        store_id (str | Unset): Identifier of a store on the channel.
        body (ProductType): Complete definition of a channel product type (replaces the stored
            one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        body=body,
        product_type_id=product_type_id,
        store_id=store_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    channel_id: str,
    *,
    client: AuthenticatedClient,
    body: ProductType,
    product_type_id: str,
    store_id: str | Unset = UNSET,
) -> Response[Any]:
    """Create or replace a product type

     Replaces the whole definition of one product type (attributes, values, rule references). Processed
    asynchronously.

    Args:
        channel_id (str):
        product_type_id (str): Identifier of a product type; may contain slashes.
        store_id (str | Unset): Identifier of a store on the channel.
        body (ProductType): Complete definition of a channel product type (replaces the stored
            one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        body=body,
        product_type_id=product_type_id,
        store_id=store_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
