from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.upsert_action_type import UpsertActionType
from ..types import UNSET, Unset, note_unknown_fields, parse_union

if TYPE_CHECKING:
    from ..models.price import Price


T = TypeVar("T", bound="DiscountPriceUpsert")


@_attrs_define
class DiscountPriceUpsert:
    """Discount price change.

    Attributes:
        action_type (UpsertActionType | Unset): What the connector should do with a price or stock block: apply it,
            remove it, or leave it unchanged.
        end_date (datetime.datetime | None | Unset):
        price (None | Price | Unset):
        start_date (datetime.datetime | None | Unset):
    """

    action_type: UpsertActionType | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    price: None | Price | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.price import Price  # noqa: PLC0415

        action_type: str | Unset = UNSET
        if not isinstance(self.action_type, Unset):
            action_type = self.action_type.value

        end_date: None | str | Unset | Any
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = _types.format_datetime(self.end_date)
        else:
            end_date = self.end_date

        price: dict[str, Any] | None | Unset | Any
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, Price):
            price = self.price.to_dict()
        else:
            price = self.price

        start_date: None | str | Unset | Any
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = _types.format_datetime(self.start_date)
        else:
            start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if price is not UNSET:
            field_dict["price"] = price
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

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

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            def _as_0(data: object) -> datetime.datetime:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = _types.parse_datetime(data)

                return end_date_type_0

            return cast(
                datetime.datetime | None | Unset,
                parse_union(data, (_as_0,), "end_date"),
            )

        end_date = _parse_end_date(d.pop("end_date", UNSET))

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

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            def _as_0(data: object) -> datetime.datetime:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = _types.parse_datetime(data)

                return start_date_type_0

            return cast(
                datetime.datetime | None | Unset,
                parse_union(data, (_as_0,), "start_date"),
            )

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        discount_price_upsert = cls(
            action_type=action_type,
            end_date=end_date,
            price=price,
            start_date=start_date,
        )

        if d:
            note_unknown_fields("DiscountPriceUpsert", d)
        discount_price_upsert.additional_properties = d
        return discount_price_upsert

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
