from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.warehouse import Warehouse


T = TypeVar("T", bound="SellerWarehouseStock")


@_attrs_define
class SellerWarehouseStock:
    """Stock held in one of the seller's warehouses.

    Attributes:
        quantity (int):
        type_ (Literal['SELLER_WAREHOUSE']):  Default: 'SELLER_WAREHOUSE'.
        warehouse (Warehouse | Unset): A seller warehouse.
    """

    quantity: int
    type_: Literal["SELLER_WAREHOUSE"] = "SELLER_WAREHOUSE"
    warehouse: Warehouse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        type_ = self.type_

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "type": type_,
            }
        )
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.warehouse import Warehouse  # noqa: PLC0415

        d = dict(src_dict)
        quantity = d.pop("quantity")

        type_ = cast(Literal["SELLER_WAREHOUSE"], d.pop("type"))
        if type_ != "SELLER_WAREHOUSE":
            raise ValueError(f"type must match const 'SELLER_WAREHOUSE', got '{type_}'")

        _warehouse = d.pop("warehouse", UNSET)
        warehouse: Warehouse | Unset
        if isinstance(_warehouse, Unset):
            warehouse = UNSET
        else:
            warehouse = Warehouse.from_dict(_warehouse)

        seller_warehouse_stock = cls(
            quantity=quantity,
            type_=type_,
            warehouse=warehouse,
        )

        if d:
            note_unknown_fields("SellerWarehouseStock", d)
        seller_warehouse_stock.additional_properties = d
        return seller_warehouse_stock

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
