"""Channel set-up resources: ``client.carriers``, ``client.stores``, ``client.catalog``, ``client.taxonomy``.

client.carriers.upsert("acme", [{"channel_carrier_id": "ups", "name": "UPS"}])
client.stores.upsert_business_information("acme", "s1", {"currency": "EUR", "updated_at": now})
client.catalog.configure("acme", capabilities)
client.catalog.update_store_catalog_items("acme", "s1", items)           # BulkResult, 10,000 per call
client.taxonomy.upsert_product_type("acme", "phones/smart", product_type)
client.taxonomy.create_rule("acme", rule)                                 # or a list of rules
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from mirakl_connect_api.types import UNSET

from .._bulk import BulkResult, concurrency_for
from .._call import Plan
from .._errors import FieldError, ValidationError
from .._inputs import is_model
from .._inputs import items as as_list
from .._validation import prepare
from ._common import (
    AsyncResource,
    OnProgress,
    Resource,
    batched,
    one_call,
    path_param,
    path_params,
    progress_of,
)

if TYPE_CHECKING:
    from mirakl_connect_api.models import (
        BusinessInformationInput,
        CarrierRequest,
        ChannelCatalogCapabilities,
        ProductType,
        ProductTypeRule,
        UpdateStoreCatalogItem,
    )

MAX_CARRIERS = 5000
CATALOG_BATCH = 10_000


def carriers_plan(channel_id: str, carriers: Iterable[Any]) -> Plan[None]:
    path = path_params(channel_id=channel_id)
    items = prepare("CarrierRequest", as_list(carriers, "carriers"), "carriers", many=True)
    if len(items) > MAX_CARRIERS:  # a complete-list replace: splitting it would delete carriers
        raise ValidationError(
            [
                FieldError(
                    "carriers",
                    f"{len(items)} carriers: the API takes the complete list, at most {MAX_CARRIERS}",
                )
            ]
        )
    prepare("UpsertCarriersRequest", {"carriers": items})
    yield from one_call("carriers.upsert_carriers", {"carriers": items}, **path)


def business_information_plan(channel_id: str, channel_store_id: str, info: Any) -> Plan[None]:
    path = path_params(channel_id=channel_id, channel_store_id=channel_store_id)
    data = prepare("BusinessInformationInput", info, "info")
    yield from one_call("store.upsert_business_information", data, **path)


def configure_plan(channel_id: str, configuration: Any) -> Plan[None]:
    path = path_params(channel_id=channel_id)
    data = prepare("ChannelCatalogCapabilities", configuration, "configuration")
    yield from one_call("catalog_configuration.configure_channel_catalog", data, **path)


def catalog_items_plan(
    channel_id: str, store_id: str, items: Iterable[Any], progress: OnProgress, concurrency: int | None
) -> Plan[BulkResult]:
    width = concurrency_for("updateStoreCatalogItems", concurrency)
    path = path_params(channel_id=channel_id, store_id=store_id)
    progress = progress_of(progress)
    given = as_list(items, "items")
    return batched(
        "product_feedback.update_store_catalog_items", "UpdateStoreCatalogItem", given,
        list_name="store_catalog_items", result=BulkResult, progress=progress, width=width,
        size=CATALOG_BATCH, path=path,
    )  # fmt: skip


def product_type_plan(
    channel_id: str, product_type_id: str, product_type: Any, store_id: str | None
) -> Plan[None]:
    path = path_params(channel_id=channel_id, product_type_id=product_type_id)
    prepare("ProductTypeId", product_type_id, "product_type_id")
    data = prepare("ProductType", product_type, "product_type")
    scope = path_param("store_id", store_id) if store_id is not None else UNSET
    yield from one_call("taxonomy.upsert_product_type", data, **path, store_id=scope)


def rule_plan(channel_id: str, rule: Any) -> Plan[None]:
    path = path_params(channel_id=channel_id)
    if isinstance(rule, Mapping) or is_model(rule):  # one rule
        rules = [prepare("ProductTypeRule", rule, "rule")]
    elif rule is None or isinstance(rule, str | bytes) or not isinstance(rule, Iterable):
        raise ValidationError([FieldError("rule", "expected a rule or a list of rules")])
    else:
        rules = prepare("ProductTypeRule", as_list(rule, "rule"), "rule", many=True)
        if not rules:
            raise ValidationError([FieldError("rule", "an empty list: give at least one rule")])
    data = prepare("TaxonomyRuleRequest", {"rules": rules})
    yield from one_call("taxonomy.create_taxonomy_rule", data, **path)


class Carriers(Resource):
    """The channel's carriers (blocking)."""

    def upsert(self, channel_id: str, carriers: Iterable[CarrierRequest | Mapping[str, Any]]) -> None:
        """Replace the channel's carriers with this complete list (at most 5,000; paced to 1 per hour)."""
        return self._client._run(carriers_plan(channel_id, carriers))


class Stores(Resource):
    """Store business information (blocking)."""

    def upsert_business_information(
        self, channel_id: str, channel_store_id: str, info: BusinessInformationInput | Mapping[str, Any]
    ) -> None:
        """Replace a store's business information (``BusinessInformationInput`` or dict)."""
        return self._client._run(business_information_plan(channel_id, channel_store_id, info))


class Catalog(Resource):
    """Catalog capabilities and store catalog item statuses (blocking)."""

    def configure(
        self, channel_id: str, configuration: ChannelCatalogCapabilities | Mapping[str, Any]
    ) -> None:
        """Declare the channel's catalog capabilities (``ChannelCatalogCapabilities`` or dict)."""
        return self._client._run(configure_plan(channel_id, configuration))

    def update_store_catalog_items(
        self,
        channel_id: str,
        store_id: str,
        items: Iterable[UpdateStoreCatalogItem | Mapping[str, Any]],
        *,
        progress: OnProgress = None,
        concurrency: int | None = None,
    ) -> BulkResult:
        """Report catalog item statuses, 10,000 per call (``concurrency`` as in ``orders.upsert``)."""
        return self._client._run(catalog_items_plan(channel_id, store_id, items, progress, concurrency))


class Taxonomy(Resource):
    """Product types and taxonomy rules (blocking)."""

    def upsert_product_type(
        self,
        channel_id: str,
        product_type_id: str,
        product_type: ProductType | Mapping[str, Any],
        store_id: str | None = None,
    ) -> None:
        """Create or replace one product type (``ProductType`` or dict), channel- or store-level."""
        return self._client._run(product_type_plan(channel_id, product_type_id, product_type, store_id))

    def create_rule(
        self,
        channel_id: str,
        rule: ProductTypeRule | Mapping[str, Any] | Sequence[ProductTypeRule | Mapping[str, Any]],
    ) -> None:
        """Create a taxonomy rule (``ProductTypeRule`` or dict), or a list of them."""
        return self._client._run(rule_plan(channel_id, rule))


class AsyncCarriers(AsyncResource):
    """The channel's carriers (asyncio); see :class:`Carriers`."""

    async def upsert(self, channel_id: str, carriers: Iterable[CarrierRequest | Mapping[str, Any]]) -> None:
        """Awaited: replace the channel's carriers. See :meth:`Carriers.upsert`."""
        return await self._client._run(carriers_plan(channel_id, carriers))


class AsyncStores(AsyncResource):
    """Store business information (asyncio); see :class:`Stores`."""

    async def upsert_business_information(
        self, channel_id: str, channel_store_id: str, info: BusinessInformationInput | Mapping[str, Any]
    ) -> None:
        """Awaited: replace a store's business information. See :meth:`Stores.upsert_business_information`."""
        return await self._client._run(business_information_plan(channel_id, channel_store_id, info))


class AsyncCatalog(AsyncResource):
    """Catalog capabilities and store catalog item statuses (asyncio); see :class:`Catalog`."""

    async def configure(
        self, channel_id: str, configuration: ChannelCatalogCapabilities | Mapping[str, Any]
    ) -> None:
        """Awaited: declare the catalog capabilities. See :meth:`Catalog.configure`."""
        return await self._client._run(configure_plan(channel_id, configuration))

    async def update_store_catalog_items(
        self,
        channel_id: str,
        store_id: str,
        items: Iterable[UpdateStoreCatalogItem | Mapping[str, Any]],
        *,
        progress: OnProgress = None,
        concurrency: int | None = None,
    ) -> BulkResult:
        """Awaited: report catalog item statuses. See :meth:`Catalog.update_store_catalog_items`."""
        return await self._client._run(catalog_items_plan(channel_id, store_id, items, progress, concurrency))


class AsyncTaxonomy(AsyncResource):
    """Product types and taxonomy rules (asyncio); see :class:`Taxonomy`."""

    async def upsert_product_type(
        self,
        channel_id: str,
        product_type_id: str,
        product_type: ProductType | Mapping[str, Any],
        store_id: str | None = None,
    ) -> None:
        """Awaited: create or replace a product type. See :meth:`Taxonomy.upsert_product_type`."""
        return await self._client._run(product_type_plan(channel_id, product_type_id, product_type, store_id))

    async def create_rule(
        self,
        channel_id: str,
        rule: ProductTypeRule | Mapping[str, Any] | Sequence[ProductTypeRule | Mapping[str, Any]],
    ) -> None:
        """Awaited: create taxonomy rules. See :meth:`Taxonomy.create_rule`."""
        return await self._client._run(rule_plan(channel_id, rule))
