from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields, parse_union

if TYPE_CHECKING:
    from ..models.discount_price_upsert import DiscountPriceUpsert
    from ..models.inventory_upsert import InventoryUpsert
    from ..models.product_identifier import ProductIdentifier
    from ..models.product_offer_boolean_attribute import ProductOfferBooleanAttribute
    from ..models.product_offer_list_attribute import ProductOfferListAttribute
    from ..models.product_offer_numeric_attribute import ProductOfferNumericAttribute
    from ..models.product_offer_text_attribute import ProductOfferTextAttribute
    from ..models.standard_price_upsert import StandardPriceUpsert
    from ..models.stock_upsert import StockUpsert
    from ..models.sub_channel_data import SubChannelData


T = TypeVar("T", bound="PriceStockUpsertEventData")


@_attrs_define
class PriceStockUpsertEventData:
    """Price and stock data of a price and stock event.

    Attributes:
        channel_id (str):
        inventory (InventoryUpsert): Aggregated stock change (kept for older connectors).
        product_id (str):
        store_id (str):
        discount_price (DiscountPriceUpsert | Unset): Discount price change.
        identifiers (list[ProductIdentifier] | Unset):
        offer_attributes (list[ProductOfferBooleanAttribute | ProductOfferListAttribute | ProductOfferNumericAttribute |
            ProductOfferTextAttribute] | Unset):
        standard_price (StandardPriceUpsert | Unset): Standard price change.
        stock (StockUpsert | Unset): Stock change, broken down by location.
        sub_channel (SubChannelData | Unset): Prices and stock for one sub-channel.
    """

    channel_id: str
    inventory: InventoryUpsert
    product_id: str
    store_id: str
    discount_price: DiscountPriceUpsert | Unset = UNSET
    identifiers: list[ProductIdentifier] | Unset = UNSET
    offer_attributes: (
        list[
            ProductOfferBooleanAttribute
            | ProductOfferListAttribute
            | ProductOfferNumericAttribute
            | ProductOfferTextAttribute
        ]
        | Unset
    ) = UNSET
    standard_price: StandardPriceUpsert | Unset = UNSET
    stock: StockUpsert | Unset = UNSET
    sub_channel: SubChannelData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.product_offer_boolean_attribute import ProductOfferBooleanAttribute  # noqa: PLC0415
        from ..models.product_offer_list_attribute import ProductOfferListAttribute  # noqa: PLC0415
        from ..models.product_offer_numeric_attribute import ProductOfferNumericAttribute  # noqa: PLC0415
        from ..models.product_offer_text_attribute import ProductOfferTextAttribute  # noqa: PLC0415

        channel_id = self.channel_id

        inventory = self.inventory.to_dict()

        product_id = self.product_id

        store_id = self.store_id

        discount_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_price, Unset):
            discount_price = self.discount_price.to_dict()

        identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = []
            for identifiers_item_data in self.identifiers:
                identifiers_item = identifiers_item_data.to_dict()
                identifiers.append(identifiers_item)

        offer_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offer_attributes, Unset):
            offer_attributes = []
            for offer_attributes_item_data in self.offer_attributes:
                offer_attributes_item: dict[str, Any] | Any
                if isinstance(offer_attributes_item_data, ProductOfferBooleanAttribute):
                    offer_attributes_item = offer_attributes_item_data.to_dict()
                elif isinstance(offer_attributes_item_data, ProductOfferListAttribute):
                    offer_attributes_item = offer_attributes_item_data.to_dict()
                elif isinstance(offer_attributes_item_data, ProductOfferNumericAttribute):
                    offer_attributes_item = offer_attributes_item_data.to_dict()
                elif isinstance(offer_attributes_item_data, ProductOfferTextAttribute):
                    offer_attributes_item = offer_attributes_item_data.to_dict()
                else:
                    offer_attributes_item = offer_attributes_item_data

                offer_attributes.append(offer_attributes_item)

        standard_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_price, Unset):
            standard_price = self.standard_price.to_dict()

        stock: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stock, Unset):
            stock = self.stock.to_dict()

        sub_channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sub_channel, Unset):
            sub_channel = self.sub_channel.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_id": channel_id,
                "inventory": inventory,
                "product_id": product_id,
                "store_id": store_id,
            }
        )
        if discount_price is not UNSET:
            field_dict["discount_price"] = discount_price
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if offer_attributes is not UNSET:
            field_dict["offer_attributes"] = offer_attributes
        if standard_price is not UNSET:
            field_dict["standard_price"] = standard_price
        if stock is not UNSET:
            field_dict["stock"] = stock
        if sub_channel is not UNSET:
            field_dict["sub_channel"] = sub_channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discount_price_upsert import DiscountPriceUpsert  # noqa: PLC0415
        from ..models.inventory_upsert import InventoryUpsert  # noqa: PLC0415
        from ..models.product_identifier import ProductIdentifier  # noqa: PLC0415
        from ..models.product_offer_boolean_attribute import ProductOfferBooleanAttribute  # noqa: PLC0415
        from ..models.product_offer_list_attribute import ProductOfferListAttribute  # noqa: PLC0415
        from ..models.product_offer_numeric_attribute import ProductOfferNumericAttribute  # noqa: PLC0415
        from ..models.product_offer_text_attribute import ProductOfferTextAttribute  # noqa: PLC0415
        from ..models.standard_price_upsert import StandardPriceUpsert  # noqa: PLC0415
        from ..models.stock_upsert import StockUpsert  # noqa: PLC0415
        from ..models.sub_channel_data import SubChannelData  # noqa: PLC0415

        d = dict(src_dict)
        channel_id = d.pop("channel_id")

        inventory = InventoryUpsert.from_dict(d.pop("inventory"))

        product_id = d.pop("product_id")

        store_id = d.pop("store_id")

        _discount_price = d.pop("discount_price", UNSET)
        discount_price: DiscountPriceUpsert | Unset
        if isinstance(_discount_price, Unset):
            discount_price = UNSET
        else:
            discount_price = DiscountPriceUpsert.from_dict(_discount_price)

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: list[ProductIdentifier] | Unset = UNSET
        if _identifiers is not UNSET:
            identifiers = []
            for identifiers_item_data in _identifiers:
                identifiers_item = ProductIdentifier.from_dict(identifiers_item_data)

                identifiers.append(identifiers_item)

        _offer_attributes = d.pop("offer_attributes", UNSET)
        offer_attributes: (
            list[
                ProductOfferBooleanAttribute
                | ProductOfferListAttribute
                | ProductOfferNumericAttribute
                | ProductOfferTextAttribute
            ]
            | Unset
        ) = UNSET
        if _offer_attributes is not UNSET:
            offer_attributes = []
            for offer_attributes_item_data in _offer_attributes:

                def _parse_offer_attributes_item(
                    data: object,
                ) -> (
                    ProductOfferBooleanAttribute
                    | ProductOfferListAttribute
                    | ProductOfferNumericAttribute
                    | ProductOfferTextAttribute
                ):

                    def _as_0(data: object) -> ProductOfferBooleanAttribute:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_product_offer_attribute_type_0 = (
                            ProductOfferBooleanAttribute.from_dict(data)
                        )

                        return componentsschemas_product_offer_attribute_type_0

                    def _as_1(data: object) -> ProductOfferListAttribute:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_product_offer_attribute_type_1 = (
                            ProductOfferListAttribute.from_dict(data)
                        )

                        return componentsschemas_product_offer_attribute_type_1

                    def _as_2(data: object) -> ProductOfferNumericAttribute:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_product_offer_attribute_type_2 = (
                            ProductOfferNumericAttribute.from_dict(data)
                        )

                        return componentsschemas_product_offer_attribute_type_2

                    def _as_3(data: object) -> ProductOfferTextAttribute:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_product_offer_attribute_type_3 = (
                            ProductOfferTextAttribute.from_dict(data)
                        )

                        return componentsschemas_product_offer_attribute_type_3

                    return cast(
                        ProductOfferBooleanAttribute
                        | ProductOfferListAttribute
                        | ProductOfferNumericAttribute
                        | ProductOfferTextAttribute,
                        parse_union(
                            data,
                            (
                                _as_0,
                                _as_1,
                                _as_2,
                                _as_3,
                            ),
                            "offer_attributes_item",
                        ),
                    )

                offer_attributes_item = _parse_offer_attributes_item(offer_attributes_item_data)

                offer_attributes.append(offer_attributes_item)

        _standard_price = d.pop("standard_price", UNSET)
        standard_price: StandardPriceUpsert | Unset
        if isinstance(_standard_price, Unset):
            standard_price = UNSET
        else:
            standard_price = StandardPriceUpsert.from_dict(_standard_price)

        _stock = d.pop("stock", UNSET)
        stock: StockUpsert | Unset
        if isinstance(_stock, Unset):
            stock = UNSET
        else:
            stock = StockUpsert.from_dict(_stock)

        _sub_channel = d.pop("sub_channel", UNSET)
        sub_channel: SubChannelData | Unset
        if isinstance(_sub_channel, Unset):
            sub_channel = UNSET
        else:
            sub_channel = SubChannelData.from_dict(_sub_channel)

        price_stock_upsert_event_data = cls(
            channel_id=channel_id,
            inventory=inventory,
            product_id=product_id,
            store_id=store_id,
            discount_price=discount_price,
            identifiers=identifiers,
            offer_attributes=offer_attributes,
            standard_price=standard_price,
            stock=stock,
            sub_channel=sub_channel,
        )

        if d:
            note_unknown_fields("PriceStockUpsertEventData", d)
        price_stock_upsert_event_data.additional_properties = d
        return price_stock_upsert_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
