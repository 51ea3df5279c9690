from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response, status_of

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.update_anonymize_after_request import UpdateAnonymizeAfterRequest


def _get_kwargs(
    *,
    body: UpdateAnonymizeAfterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/orders/anonymize-after",
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
    *,
    client: AuthenticatedClient,
    body: UpdateAnonymizeAfterRequest,
) -> Response[Any | Error]:
    """Set when orders may be anonymized

     Sets, per order, the date after which Connect anonymizes it (irreversibly). All or nothing: one bad
    item rejects the whole request.

    Args:
        body (UpdateAnonymizeAfterRequest): Anonymization dates to set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
    body: UpdateAnonymizeAfterRequest,
) -> Any | Error | None:
    """Set when orders may be anonymized

     Sets, per order, the date after which Connect anonymizes it (irreversibly). All or nothing: one bad
    item rejects the whole request.

    Args:
        body (UpdateAnonymizeAfterRequest): Anonymization dates to set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateAnonymizeAfterRequest,
) -> Response[Any | Error]:
    """Set when orders may be anonymized

     Sets, per order, the date after which Connect anonymizes it (irreversibly). All or nothing: one bad
    item rejects the whole request.

    Args:
        body (UpdateAnonymizeAfterRequest): Anonymization dates to set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateAnonymizeAfterRequest,
) -> Any | Error | None:
    """Set when orders may be anonymized

     Sets, per order, the date after which Connect anonymizes it (irreversibly). All or nothing: one bad
    item rejects the whole request.

    Args:
        body (UpdateAnonymizeAfterRequest): Anonymization dates to set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
