from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.product_upsert_event_type import ProductUpsertEventType
from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.product_upsert_event_data import ProductUpsertEventData


T = TypeVar("T", bound="ProductUpsertEvent")


@_attrs_define
class ProductUpsertEvent:
    """Event: a product should be created or updated on the channel.

    Attributes:
        data (ProductUpsertEventData): Product data of a product event.
        id (str): Event id (ULID); use it to drop duplicates.
        time (datetime.datetime):
        type_ (ProductUpsertEventType): Envelope type of a product event.
        sequence (int | Unset): Position of this event among the events of the same source.
        sequence_size (int | Unset): Number of events of the same source.
        sequence_type (str | Unset):
        source (str | Unset):
    """

    data: ProductUpsertEventData
    id: str
    time: datetime.datetime
    type_: ProductUpsertEventType
    sequence: int | Unset = UNSET
    sequence_size: int | Unset = UNSET
    sequence_type: str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        id = self.id

        time = _types.format_datetime(self.time)

        type_ = self.type_.value

        sequence = self.sequence

        sequence_size = self.sequence_size

        sequence_type = self.sequence_type

        source = self.source

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
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if sequence_size is not UNSET:
            field_dict["sequenceSize"] = sequence_size
        if sequence_type is not UNSET:
            field_dict["sequenceType"] = sequence_type
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_upsert_event_data import ProductUpsertEventData  # noqa: PLC0415

        d = dict(src_dict)
        data = ProductUpsertEventData.from_dict(d.pop("data"))

        id = d.pop("id")

        time = _types.parse_datetime(d.pop("time"))

        type_ = ProductUpsertEventType(d.pop("type"))

        sequence = d.pop("sequence", UNSET)

        sequence_size = d.pop("sequenceSize", UNSET)

        sequence_type = d.pop("sequenceType", UNSET)

        source = d.pop("source", UNSET)

        product_upsert_event = cls(
            data=data,
            id=id,
            time=time,
            type_=type_,
            sequence=sequence,
            sequence_size=sequence_size,
            sequence_type=sequence_type,
            source=source,
        )

        if d:
            note_unknown_fields("ProductUpsertEvent", d)
        product_upsert_event.additional_properties = d
        return product_upsert_event

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
