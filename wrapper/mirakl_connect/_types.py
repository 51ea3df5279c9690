"""The dict forms of the small payloads passed most often, for type checkers and IDEs.

Every method takes the generated model (``mirakl_connect_api.models``) or its plain dict form;
signatures name the model, e.g. ``orders: Iterable[OrderRequest | Mapping[str, Any]]``. The
origin, passed on nearly every call, also has a ``TypedDict``, so a misspelt key is a type error::

    origin: OriginDict = {"channel_id": "acme", "channel_store_id": "s1"}

These types only describe: the values are checked against the spec when a method is called.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict


class OriginDict(TypedDict):
    """The dict form of ``OriginRequest``: the channel and store that orders and returns belong to."""

    channel_id: str
    channel_store_id: str


class DocumentOriginDict(OriginDict):
    """The dict form of ``DocumentOriginRequest``: an origin, with the sub-channel if any."""

    sub_channel_code: NotRequired[str]


__all__ = ["DocumentOriginDict", "OriginDict"]
