from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.price_stock_upsert_event_type import PriceStockUpsertEventType
from ..types import note_unknown_fields

if TYPE_CHECKING:
    from ..models.price_stock_upsert_event_data import PriceStockUpsertEventData


T = TypeVar("T", bound="PriceStockUpsertEvent")


@_attrs_define
class PriceStockUpsertEvent:
    """Event: price or stock of an offer changed.

    Attributes:
        data (PriceStockUpsertEventData): Price and stock data of a price and stock event.
        id (str): Event id (ULID); use it to drop duplicates.
        time (datetime.datetime):
        type_ (PriceStockUpsertEventType): Envelope type of a price and stock event.
    """

    data: PriceStockUpsertEventData
    id: str
    time: datetime.datetime
    type_: PriceStockUpsertEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        id = self.id

        time = _types.format_datetime(self.time)

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "id": id,
                "time": time,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price_stock_upsert_event_data import PriceStockUpsertEventData  # noqa: PLC0415

        d = dict(src_dict)
        data = PriceStockUpsertEventData.from_dict(d.pop("data"))

        id = d.pop("id")

        time = _types.parse_datetime(d.pop("time"))

        type_ = PriceStockUpsertEventType(d.pop("type"))

        price_stock_upsert_event = cls(
            data=data,
            id=id,
            time=time,
            type_=type_,
        )

        if d:
            note_unknown_fields("PriceStockUpsertEvent", d)
        price_stock_upsert_event.additional_properties = d
        return price_stock_upsert_event

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
