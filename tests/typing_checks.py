"""Misuse that a type checker must refuse: each ``# type: ignore[code]`` below is needed.

Not a test module: ``tests/test_client_surface.py`` (and ``tox -e type``) runs mypy on it, with
``warn_unused_ignores`` (part of ``--strict``), so an ignore that mypy no longer needs -- a
misspelt keyword or a wrong type that became acceptable -- fails the run. The last function is
correct use, which must type-check without any ignore.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import assert_type

import httpx
import mirakl_connect as mc
from mirakl_connect._resources import AsyncOrders, Orders, Returns
from mirakl_connect._types import OriginDict
from mirakl_connect_api.models import OrderRequest, OriginRequest


def misspelt_or_wrong_settings() -> None:
    mc.ConnectClient(retyr=mc.RetryPolicy())  # type: ignore[call-arg]
    mc.ConnectClient(timeout="x")  # type: ignore[arg-type]
    mc.ConnectClient("id", "secret", "https://miraklconnect.com")  # type: ignore[call-arg]
    mc.AsyncConnectClient(pacing="yes")  # type: ignore[arg-type]
    mc.AsyncConnectClient(enviroment=mc.environments.TEST)  # type: ignore[call-arg]
    mc.RetryPolicy(max_attempts="3")  # type: ignore[arg-type]


async def wrong_payloads(client: mc.ConnectClient, aclient: mc.AsyncConnectClient) -> None:
    client.orders.upsert({"channel_id": "acme", "chanel_store_id": "s1"}, [])  # type: ignore[arg-type]
    client.orders.upsert("acme", [])  # type: ignore[arg-type]
    client.orders.upsert(OriginRequest("acme", "s1"), [42])  # type: ignore[list-item]
    client.returns.upsert({"channel_id": "acme"}, [])  # type: ignore[arg-type]
    client.carriers.upsert("acme", "ups")  # type: ignore[arg-type]
    client.orders.upsert(OriginRequest("acme", "s1"), [], concurency=1)  # type: ignore[call-arg]
    await aclient.taxonomy.create_rule("acme", 3)  # type: ignore[arg-type]


def correct_use(client: mc.ConnectClient, aclient: mc.AsyncConnectClient) -> None:
    assert_type(client.orders, Orders)
    assert_type(client.returns, Returns)
    assert_type(aclient.orders, AsyncOrders)
    assert_type(client.orders.upsert(OriginRequest("acme", "s1"), []), mc.BulkResult)
    mc.ConnectClient(
        "id",
        "secret",
        base_url="https://miraklconnect.com/api/channel-platform",
        token_url="https://auth.mirakl.net/oauth/token",
        environment=mc.environments.TEST,
        timeout=httpx.Timeout(10.0),
        retry=mc.RetryPolicy.disabled(),
        pacing=mc.Pacing(max_wait=5),
        allow_insecure_http=False,
        httpx_args={"verify": True},
    )
    mc.AsyncConnectClient(timeout=5, pacing=False)
    origin: OriginDict = {"channel_id": "acme", "channel_store_id": "s1"}
    orders: list[dict[str, object]] = [{"channel_order_id": "O-1"}]
    client.orders.upsert(origin, orders, concurrency=1)
    client.orders.upsert({"channel_id": "acme", "channel_store_id": "s1"}, [OrderRequest.from_dict({})])
    client.documents.upload(
        "O-1", b"%PDF-", channel_document_id="D-1", type="RETURN_LABEL", origin=OriginRequest("acme", "s1")
    )
    client.documents.delete("D-1", {"channel_id": "acme", "channel_store_id": "s1", "sub_channel_code": "x"})
    client.orders.update_anonymize_after([{"anonymize_after": datetime(2027, 1, 1, tzinfo=UTC)}])
    client.taxonomy.create_rule("acme", [{"id": "r1"}, {"id": "r2"}])
