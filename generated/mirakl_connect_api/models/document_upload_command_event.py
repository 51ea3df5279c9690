from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.requested_document_type import RequestedDocumentType
from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.upload_order_document_entity_event import UploadOrderDocumentEntityEvent


T = TypeVar("T", bound="DocumentUploadCommandEvent")


@_attrs_define
class DocumentUploadCommandEvent:
    """Payload of UPLOAD_DOCUMENT: push a document from Connect to the channel.

    Attributes:
        action_id (str): Action id; pass it to updateActionStatus.
        channel_id (str):
        channel_order_id (str):
        channel_store_id (str):
        document_download_url (str): Pre-signed URL to fetch the document; it expires.
        document_name (str):
        document_type (RequestedDocumentType): Category of a document Connect asks the connector to upload to the
            channel.
        document_entity (UploadOrderDocumentEntityEvent | Unset): Order-related entity a requested document belongs to.
        sub_channel_code (str | Unset):
    """

    action_id: str
    channel_id: str
    channel_order_id: str
    channel_store_id: str
    document_download_url: str
    document_name: str
    document_type: RequestedDocumentType
    document_entity: UploadOrderDocumentEntityEvent | Unset = UNSET
    sub_channel_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        channel_id = self.channel_id

        channel_order_id = self.channel_order_id

        channel_store_id = self.channel_store_id

        document_download_url = self.document_download_url

        document_name = self.document_name

        document_type = self.document_type.value

        document_entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document_entity, Unset):
            document_entity = self.document_entity.to_dict()

        sub_channel_code = self.sub_channel_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_id": action_id,
                "channel_id": channel_id,
                "channel_order_id": channel_order_id,
                "channel_store_id": channel_store_id,
                "document_download_url": document_download_url,
                "document_name": document_name,
                "document_type": document_type,
            }
        )
        if document_entity is not UNSET:
            field_dict["document_entity"] = document_entity
        if sub_channel_code is not UNSET:
            field_dict["sub_channel_code"] = sub_channel_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upload_order_document_entity_event import UploadOrderDocumentEntityEvent  # noqa: PLC0415

        d = dict(src_dict)
        action_id = d.pop("action_id")

        channel_id = d.pop("channel_id")

        channel_order_id = d.pop("channel_order_id")

        channel_store_id = d.pop("channel_store_id")

        document_download_url = d.pop("document_download_url")

        document_name = d.pop("document_name")

        document_type = RequestedDocumentType(d.pop("document_type"))

        _document_entity = d.pop("document_entity", UNSET)
        document_entity: UploadOrderDocumentEntityEvent | Unset
        if isinstance(_document_entity, Unset):
            document_entity = UNSET
        else:
            document_entity = UploadOrderDocumentEntityEvent.from_dict(_document_entity)

        sub_channel_code = d.pop("sub_channel_code", UNSET)

        document_upload_command_event = cls(
            action_id=action_id,
            channel_id=channel_id,
            channel_order_id=channel_order_id,
            channel_store_id=channel_store_id,
            document_download_url=document_download_url,
            document_name=document_name,
            document_type=document_type,
            document_entity=document_entity,
            sub_channel_code=sub_channel_code,
        )

        if d:
            note_unknown_fields("DocumentUploadCommandEvent", d)
        document_upload_command_event.additional_properties = d
        return document_upload_command_event

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
