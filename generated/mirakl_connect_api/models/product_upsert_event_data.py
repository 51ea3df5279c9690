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
    from ..models.product_upsert_attribute import ProductUpsertAttribute
    from ..models.standard_price_upsert import StandardPriceUpsert
    from ..models.stock_upsert import StockUpsert


T = TypeVar("T", bound="ProductUpsertEventData")


@_attrs_define
class ProductUpsertEventData:
    """Product data of a product event.

    Attributes:
        attributes (list[ProductUpsertAttribute]):
        channel_id (str):
        discount_price (DiscountPriceUpsert): Discount price change.
        inventory (InventoryUpsert): Aggregated stock change (kept for older connectors).
        offer_attributes (list[ProductOfferBooleanAttribute | ProductOfferListAttribute | ProductOfferNumericAttribute |
            ProductOfferTextAttribute]):
        product_id (str):
        product_type_id (str):
        standard_price (StandardPriceUpsert): Standard price change.
        stock (StockUpsert): Stock change, broken down by location.
        store_id (str):
        identifier (ProductIdentifier | Unset): A product identifier such as a GTIN.
        identifiers (list[ProductIdentifier] | Unset):
    """

    attributes: list[ProductUpsertAttribute]
    channel_id: str
    discount_price: DiscountPriceUpsert
    inventory: InventoryUpsert
    offer_attributes: list[
        ProductOfferBooleanAttribute
        | ProductOfferListAttribute
        | ProductOfferNumericAttribute
        | ProductOfferTextAttribute
    ]
    product_id: str
    product_type_id: str
    standard_price: StandardPriceUpsert
    stock: StockUpsert
    store_id: str
    identifier: ProductIdentifier | Unset = UNSET
    identifiers: list[ProductIdentifier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.product_offer_boolean_attribute import ProductOfferBooleanAttribute  # noqa: PLC0415
        from ..models.product_offer_list_attribute import ProductOfferListAttribute  # noqa: PLC0415
        from ..models.product_offer_numeric_attribute import ProductOfferNumericAttribute  # noqa: PLC0415
        from ..models.product_offer_text_attribute import ProductOfferTextAttribute  # noqa: PLC0415

        attributes = []
        for attributes_item_data in self.attributes:
            attributes_item = attributes_item_data.to_dict()
            attributes.append(attributes_item)

        channel_id = self.channel_id

        discount_price = self.discount_price.to_dict()

        inventory = self.inventory.to_dict()

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

        product_id = self.product_id

        product_type_id = self.product_type_id

        standard_price = self.standard_price.to_dict()

        stock = self.stock.to_dict()

        store_id = self.store_id

        identifier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifier, Unset):
            identifier = self.identifier.to_dict()

        identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = []
            for identifiers_item_data in self.identifiers:
                identifiers_item = identifiers_item_data.to_dict()
                identifiers.append(identifiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
                "channel_id": channel_id,
                "discount_price": discount_price,
                "inventory": inventory,
                "offer_attributes": offer_attributes,
                "product_id": product_id,
                "product_type_id": product_type_id,
                "standard_price": standard_price,
                "stock": stock,
                "store_id": store_id,
            }
        )
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers

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
        from ..models.product_upsert_attribute import ProductUpsertAttribute  # noqa: PLC0415
        from ..models.standard_price_upsert import StandardPriceUpsert  # noqa: PLC0415
        from ..models.stock_upsert import StockUpsert  # noqa: PLC0415

        d = dict(src_dict)
        attributes = []
        _attributes = d.pop("attributes")
        for attributes_item_data in _attributes:
            attributes_item = ProductUpsertAttribute.from_dict(attributes_item_data)

            attributes.append(attributes_item)

        channel_id = d.pop("channel_id")

        discount_price = DiscountPriceUpsert.from_dict(d.pop("discount_price"))

        inventory = InventoryUpsert.from_dict(d.pop("inventory"))

        offer_attributes = []
        _offer_attributes = d.pop("offer_attributes")
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
                    componentsschemas_product_offer_attribute_type_0 = ProductOfferBooleanAttribute.from_dict(
                        data
                    )

                    return componentsschemas_product_offer_attribute_type_0

                def _as_1(data: object) -> ProductOfferListAttribute:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_product_offer_attribute_type_1 = ProductOfferListAttribute.from_dict(
                        data
                    )

                    return componentsschemas_product_offer_attribute_type_1

                def _as_2(data: object) -> ProductOfferNumericAttribute:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_product_offer_attribute_type_2 = ProductOfferNumericAttribute.from_dict(
                        data
                    )

                    return componentsschemas_product_offer_attribute_type_2

                def _as_3(data: object) -> ProductOfferTextAttribute:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_product_offer_attribute_type_3 = ProductOfferTextAttribute.from_dict(
                        data
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

        product_id = d.pop("product_id")

        product_type_id = d.pop("product_type_id")

        standard_price = StandardPriceUpsert.from_dict(d.pop("standard_price"))

        stock = StockUpsert.from_dict(d.pop("stock"))

        store_id = d.pop("store_id")

        _identifier = d.pop("identifier", UNSET)
        identifier: ProductIdentifier | Unset
        if isinstance(_identifier, Unset):
            identifier = UNSET
        else:
            identifier = ProductIdentifier.from_dict(_identifier)

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: list[ProductIdentifier] | Unset = UNSET
        if _identifiers is not UNSET:
            identifiers = []
            for identifiers_item_data in _identifiers:
                identifiers_item = ProductIdentifier.from_dict(identifiers_item_data)

                identifiers.append(identifiers_item)

        product_upsert_event_data = cls(
            attributes=attributes,
            channel_id=channel_id,
            discount_price=discount_price,
            inventory=inventory,
            offer_attributes=offer_attributes,
            product_id=product_id,
            product_type_id=product_type_id,
            standard_price=standard_price,
            stock=stock,
            store_id=store_id,
            identifier=identifier,
            identifiers=identifiers,
        )

        if d:
            note_unknown_fields("ProductUpsertEventData", d)
        product_upsert_event_data.additional_properties = d
        return product_upsert_event_data

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
