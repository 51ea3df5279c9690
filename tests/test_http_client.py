"""``client.api``'s httpx clients join paths to the base URL as httpx would, with one parse."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from mirakl_connect._api import AsyncHTTPClient, HTTPClient

BASES = [
    "https://miraklconnect.com/api/channel-platform",
    "https://miraklconnect.com/api/channel-platform/",
    "http://127.0.0.1:8080/api/channel-platform",
    "https://connect.example/",
    "https://connect.example",
    "https://connect.example/a%20b/c",
]
PATHS = [
    "/v1/orders",
    "/v1/orders/actions/1ba5fc4b",
    "/v1/orders/actions/a%2Fb",  # the generated functions quote path parameters
    "/v1/orders/ORDER%20%C3%A9/documents",
    "/v1/orders/é/documents",  # not quoted: httpx quotes it
    "/v1/catalog?store_id=s1&page_token=a%3Db",
    "/v1/orders/with space?x=y z",
    "v1/orders",  # relative without a leading slash: left to httpx
    "//elsewhere.test/v1/orders",  # a network-path reference: left to httpx
    "https://other.test/v1/orders",  # absolute: left to httpx
    "/",
]


NO_NETWORK = httpx.MockTransport(lambda request: httpx.Response(204))  # and no SSL context to build


@pytest.mark.parametrize("base", BASES)
def test_the_url_is_the_one_httpx_builds(base: str) -> None:
    with (
        httpx.Client(base_url=base, transport=NO_NETWORK) as plain,
        HTTPClient(base_url=base, transport=NO_NETWORK) as ours,
    ):
        for path in PATHS:
            expected = plain.build_request("GET", path, params={"limit": "10"})
            built = ours.build_request("GET", path, params={"limit": "10"})
            assert (built.url, built.url.raw_path) == (expected.url, expected.url.raw_path), path
            assert built.headers == expected.headers, path


def test_the_async_client_builds_the_same_urls() -> None:
    async def build() -> None:
        base = BASES[0]
        no_network = httpx.MockTransport(lambda request: httpx.Response(204))
        async with (
            httpx.AsyncClient(base_url=base, transport=no_network) as plain,
            AsyncHTTPClient(base_url=base, transport=no_network) as ours,
        ):
            for path in PATHS:
                assert ours.build_request("PUT", path).url == plain.build_request("PUT", path).url, path

    asyncio.run(build())


def test_a_path_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The point of these clients: httpx's merge parses the path, then the joined URL again."""
    from httpx import _urlparse

    parses: list[str] = []
    original = _urlparse.urlparse

    def counting(url: str = "", **kwargs: str | None) -> object:
        parses.append(url)
        return original(url, **kwargs)

    monkeypatch.setattr("httpx._urls.urlparse", counting)
    with HTTPClient(base_url=BASES[0], transport=NO_NETWORK) as ours:
        parses.clear()
        ours.build_request("GET", "/v1/orders/actions/1ba5fc4b")
    assert parses == ["https://miraklconnect.com/api/channel-platform/v1/orders/actions/1ba5fc4b"]


def test_a_new_base_url_is_used() -> None:
    with HTTPClient(base_url=BASES[0], transport=NO_NETWORK) as ours:
        ours.build_request("GET", "/v1/orders")
        ours.base_url = httpx.URL("https://other.example/api")
        assert ours.build_request("GET", "/v1/orders").url == "https://other.example/api/v1/orders"
