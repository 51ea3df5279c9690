from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .. import types as _types
from ..types import File, note_unknown_fields

if TYPE_CHECKING:
    from ..models.document_origin_request import DocumentOriginRequest
    from ..models.upload_order_document_metadata import UploadOrderDocumentMetadata


T = TypeVar("T", bound="UploadOrderDocumentRequest")


@_attrs_define
class UploadOrderDocumentRequest:
    """Multipart body of a document upload: the file and two JSON parts.

    Attributes:
        file (File): The document: PDF, JPEG, PNG or CSV, 10 MB at most.
        metadata (UploadOrderDocumentMetadata): Description of an uploaded document.
        origin (DocumentOriginRequest): Channel, store and sub-channel a document comes from.
    """

    file: File
    metadata: UploadOrderDocumentMetadata
    origin: DocumentOriginRequest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        metadata = self.metadata.to_dict()

        origin = self.origin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "metadata": metadata,
                "origin": origin,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("metadata", (None, json.dumps(self.metadata.to_dict()).encode(), "application/json")))

        files.append(("origin", (None, json.dumps(self.origin.to_dict()).encode(), "application/json")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_origin_request import DocumentOriginRequest  # noqa: PLC0415
        from ..models.upload_order_document_metadata import UploadOrderDocumentMetadata  # noqa: PLC0415

        d = dict(src_dict)
        file = _types.read_file(d.pop("file"))

        metadata = UploadOrderDocumentMetadata.from_dict(d.pop("metadata"))

        origin = DocumentOriginRequest.from_dict(d.pop("origin"))

        upload_order_document_request = cls(
            file=file,
            metadata=metadata,
            origin=origin,
        )

        if d:
            note_unknown_fields("UploadOrderDocumentRequest", d)
        upload_order_document_request.additional_properties = d
        return upload_order_document_request

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
