from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upsert_action_type import UpsertActionType
from ..types import UNSET, Unset, note_unknown_fields, parse_union

if TYPE_CHECKING:
    from ..models.price import Price


T = TypeVar("T", bound="StandardPriceUpsert")


@_attrs_define
class StandardPriceUpsert:
    """Standard price change.

    Attributes:
        action_type (UpsertActionType | Unset): What the connector should do with a price or stock block: apply it,
            remove it, or leave it unchanged.
        price (None | Price | Unset):
    """

    action_type: UpsertActionType | Unset = UNSET
    price: None | Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.price import Price  # noqa: PLC0415

        action_type: str | Unset = UNSET
        if not isinstance(self.action_type, Unset):
            action_type = self.action_type.value

        price: dict[str, Any] | None | Unset | Any
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, Price):
            price = self.price.to_dict()
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price import Price  # noqa: PLC0415

        d = dict(src_dict)
        _action_type = d.pop("action_type", UNSET)
        action_type: UpsertActionType | Unset
        if isinstance(_action_type, Unset):
            action_type = UNSET
        else:
            action_type = UpsertActionType(_action_type)

        def _parse_price(data: object) -> None | Price | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            def _as_0(data: object) -> Price:
                if not isinstance(data, dict):
                    raise TypeError()
                price_type_0 = Price.from_dict(data)

                return price_type_0

            return cast(
                None | Price | Unset,
                parse_union(data, (_as_0,), "price"),
            )

        price = _parse_price(d.pop("price", UNSET))

        standard_price_upsert = cls(
            action_type=action_type,
            price=price,
        )

        if d:
            note_unknown_fields("StandardPriceUpsert", d)
        standard_price_upsert.additional_properties = d
        return standard_price_upsert

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
