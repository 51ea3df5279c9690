from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_type import DocumentType
from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.document_entity import DocumentEntity


T = TypeVar("T", bound="UploadOrderDocumentMetadata")


@_attrs_define
class UploadOrderDocumentMetadata:
    """Description of an uploaded document.

    Attributes:
        channel_document_id (str): Document id, unique within the channel; also used to delete it.
        filename (str): File name shown in Connect (the multipart file name is not used).
        type_ (DocumentType): Category of an order document.
        channel_type (str | Unset): Channel's own document type; send it with CHANNEL_SPECIFIC.
        entity (DocumentEntity | Unset): Order-related entity (such as a return) that a document belongs to.
    """

    channel_document_id: str
    filename: str
    type_: DocumentType
    channel_type: str | Unset = UNSET
    entity: DocumentEntity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_document_id = self.channel_document_id

        filename = self.filename

        type_ = self.type_.value

        channel_type = self.channel_type

        entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_document_id": channel_document_id,
                "filename": filename,
                "type": type_,
            }
        )
        if channel_type is not UNSET:
            field_dict["channel_type"] = channel_type
        if entity is not UNSET:
            field_dict["entity"] = entity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_entity import DocumentEntity  # noqa: PLC0415

        d = dict(src_dict)
        channel_document_id = d.pop("channel_document_id")

        filename = d.pop("filename")

        type_ = DocumentType(d.pop("type"))

        channel_type = d.pop("channel_type", UNSET)

        _entity = d.pop("entity", UNSET)
        entity: DocumentEntity | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = DocumentEntity.from_dict(_entity)

        upload_order_document_metadata = cls(
            channel_document_id=channel_document_id,
            filename=filename,
            type_=type_,
            channel_type=channel_type,
            entity=entity,
        )

        if d:
            note_unknown_fields("UploadOrderDocumentMetadata", d)
        upload_order_document_metadata.additional_properties = d
        return upload_order_document_metadata

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
