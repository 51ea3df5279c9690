from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

if TYPE_CHECKING:
    from ..models.document_origin_request import DocumentOriginRequest


T = TypeVar("T", bound="DeleteOrderDocumentRequest")


@_attrs_define
class DeleteOrderDocumentRequest:
    """Body of a document deletion.

    Attributes:
        origin (DocumentOriginRequest): Channel, store and sub-channel a document comes from.
    """

    origin: DocumentOriginRequest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        origin = self.origin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "origin": origin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_origin_request import DocumentOriginRequest  # noqa: PLC0415

        d = dict(src_dict)
        origin = DocumentOriginRequest.from_dict(d.pop("origin"))

        delete_order_document_request = cls(
            origin=origin,
        )

        if d:
            note_unknown_fields("DeleteOrderDocumentRequest", d)
        delete_order_document_request.additional_properties = d
        return delete_order_document_request

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
