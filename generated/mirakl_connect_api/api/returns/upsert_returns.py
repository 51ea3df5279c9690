from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response, status_of

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.upsert_returns_request import UpsertReturnsRequest
    from ...models.upsert_returns_response import UpsertReturnsResponse


def _get_kwargs(
    *,
    body: UpsertReturnsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/orders/returns",
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpsertReturnsResponse | None:
    if response.status_code == 200:
        from ...models.error import Error  # noqa: PLC0415
        from ...models.upsert_returns_response import UpsertReturnsResponse  # noqa: PLC0415

        try:
            _body = response.json()
            if not isinstance(_body, dict):
                return None
            response_200 = UpsertReturnsResponse.from_dict(_body)
        except Exception:  # not JSON, empty, or not the documented shape: Response.content keeps it
            return None
        return response_200

    if response.status_code == 400:
        from ...models.error import Error  # noqa: PLC0415
        from ...models.upsert_returns_response import UpsertReturnsResponse  # noqa: PLC0415

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
        from ...models.upsert_returns_response import UpsertReturnsResponse  # noqa: PLC0415

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
) -> Response[Error | UpsertReturnsResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        http_response=response,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpsertReturnsRequest,
) -> Response[Error | UpsertReturnsResponse]:
    """Create or replace returns

     Stores up to 100 returns. Partial success: each return succeeds or fails on its own, and the 200
    response lists both. Each return must refer to a known order and order lines.

    Args:
        body (UpsertReturnsRequest): Returns to create or replace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpsertReturnsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UpsertReturnsRequest,
) -> Error | UpsertReturnsResponse | None:
    """Create or replace returns

     Stores up to 100 returns. Partial success: each return succeeds or fails on its own, and the 200
    response lists both. Each return must refer to a known order and order lines.

    Args:
        body (UpsertReturnsRequest): Returns to create or replace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpsertReturnsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpsertReturnsRequest,
) -> Response[Error | UpsertReturnsResponse]:
    """Create or replace returns

     Stores up to 100 returns. Partial success: each return succeeds or fails on its own, and the 200
    response lists both. Each return must refer to a known order and order lines.

    Args:
        body (UpsertReturnsRequest): Returns to create or replace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpsertReturnsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpsertReturnsRequest,
) -> Error | UpsertReturnsResponse | None:
    """Create or replace returns

     Stores up to 100 returns. Partial success: each return succeeds or fails on its own, and the 200
    response lists both. Each return must refer to a known order and order lines.

    Args:
        body (UpsertReturnsRequest): Returns to create or replace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpsertReturnsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
