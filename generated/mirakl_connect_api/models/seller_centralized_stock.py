from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

T = TypeVar("T", bound="SellerCentralizedStock")


@_attrs_define
class SellerCentralizedStock:
    """Stock the seller holds without a warehouse breakdown.

    Attributes:
        quantity (int):
        type_ (Literal['SELLER_CENTRALIZED']):  Default: 'SELLER_CENTRALIZED'.
    """

    quantity: int
    type_: Literal["SELLER_CENTRALIZED"] = "SELLER_CENTRALIZED"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity")

        type_ = cast(Literal["SELLER_CENTRALIZED"], d.pop("type"))
        if type_ != "SELLER_CENTRALIZED":
            raise ValueError(f"type must match const 'SELLER_CENTRALIZED', got '{type_}'")

        seller_centralized_stock = cls(
            quantity=quantity,
            type_=type_,
        )

        if d:
            note_unknown_fields("SellerCentralizedStock", d)
        seller_centralized_stock.additional_properties = d
        return seller_centralized_stock

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
