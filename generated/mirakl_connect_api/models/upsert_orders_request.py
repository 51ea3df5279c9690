from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

if TYPE_CHECKING:
    from ..models.order_request import OrderRequest
    from ..models.origin_request import OriginRequest


T = TypeVar("T", bound="UpsertOrdersRequest")


@_attrs_define
class UpsertOrdersRequest:
    """Orders to create or replace.

    Attributes:
        orders (list[OrderRequest]):
        origin (OriginRequest): Channel and store the data belongs to.
    """

    orders: list[OrderRequest]
    origin: OriginRequest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        origin = self.origin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orders": orders,
                "origin": origin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_request import OrderRequest  # noqa: PLC0415
        from ..models.origin_request import OriginRequest  # noqa: PLC0415

        d = dict(src_dict)
        orders = []
        _orders = d.pop("orders")
        for orders_item_data in _orders:
            orders_item = OrderRequest.from_dict(orders_item_data)

            orders.append(orders_item)

        origin = OriginRequest.from_dict(d.pop("origin"))

        upsert_orders_request = cls(
            orders=orders,
            origin=origin,
        )

        if d:
            note_unknown_fields("UpsertOrdersRequest", d)
        upsert_orders_request.additional_properties = d
        return upsert_orders_request

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
