from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

if TYPE_CHECKING:
    from ..models.update_store_catalog_item import UpdateStoreCatalogItem


T = TypeVar("T", bound="UpdateStoreCatalogItemsRequest")


@_attrs_define
class UpdateStoreCatalogItemsRequest:
    """Catalog item statuses to record.

    Attributes:
        store_catalog_items (list[UpdateStoreCatalogItem]):
    """

    store_catalog_items: list[UpdateStoreCatalogItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        store_catalog_items = []
        for store_catalog_items_item_data in self.store_catalog_items:
            store_catalog_items_item = store_catalog_items_item_data.to_dict()
            store_catalog_items.append(store_catalog_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "store_catalog_items": store_catalog_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_store_catalog_item import UpdateStoreCatalogItem  # noqa: PLC0415

        d = dict(src_dict)
        store_catalog_items = []
        _store_catalog_items = d.pop("store_catalog_items")
        for store_catalog_items_item_data in _store_catalog_items:
            store_catalog_items_item = UpdateStoreCatalogItem.from_dict(store_catalog_items_item_data)

            store_catalog_items.append(store_catalog_items_item)

        update_store_catalog_items_request = cls(
            store_catalog_items=store_catalog_items,
        )

        if d:
            note_unknown_fields("UpdateStoreCatalogItemsRequest", d)
        update_store_catalog_items_request.additional_properties = d
        return update_store_catalog_items_request

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
