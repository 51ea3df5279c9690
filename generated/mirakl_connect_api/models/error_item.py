from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.error_item_extensions import ErrorItemExtensions


T = TypeVar("T", bound="ErrorItem")


@_attrs_define
class ErrorItem:
    """One problem found in a request.

    Attributes:
        message (str): Human-readable text; may change.
        extensions (ErrorItemExtensions | Unset):
        field (str | Unset): JSON path of the field at fault.
    """

    message: str
    extensions: ErrorItemExtensions | Unset = UNSET
    field: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        extensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions.to_dict()

        field = self.field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if field is not UNSET:
            field_dict["field"] = field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_item_extensions import ErrorItemExtensions  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        _extensions = d.pop("extensions", UNSET)
        extensions: ErrorItemExtensions | Unset
        if isinstance(_extensions, Unset):
            extensions = UNSET
        else:
            extensions = ErrorItemExtensions.from_dict(_extensions)

        field = d.pop("field", UNSET)

        error_item = cls(
            message=message,
            extensions=extensions,
            field=field,
        )

        if d:
            note_unknown_fields("ErrorItem", d)
        error_item.additional_properties = d
        return error_item

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
