from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.support_status import SupportStatus
from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.use_case_configuration_attributes import UseCaseConfigurationAttributes


T = TypeVar("T", bound="UseCaseConfiguration")


@_attrs_define
class UseCaseConfiguration:
    """Offer fields needed for one use case.

    Attributes:
        required (UseCaseConfigurationAttributes): Standard and custom offer fields.
        support (SupportStatus): Whether the channel supports a capability.
        optional (UseCaseConfigurationAttributes | Unset): Standard and custom offer fields.
    """

    required: UseCaseConfigurationAttributes
    support: SupportStatus
    optional: UseCaseConfigurationAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required = self.required.to_dict()

        support = self.support.value

        optional: dict[str, Any] | Unset = UNSET
        if not isinstance(self.optional, Unset):
            optional = self.optional.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "required": required,
                "support": support,
            }
        )
        if optional is not UNSET:
            field_dict["optional"] = optional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.use_case_configuration_attributes import UseCaseConfigurationAttributes  # noqa: PLC0415

        d = dict(src_dict)
        required = UseCaseConfigurationAttributes.from_dict(d.pop("required"))

        support = SupportStatus(d.pop("support"))

        _optional = d.pop("optional", UNSET)
        optional: UseCaseConfigurationAttributes | Unset
        if isinstance(_optional, Unset):
            optional = UNSET
        else:
            optional = UseCaseConfigurationAttributes.from_dict(_optional)

        use_case_configuration = cls(
            required=required,
            support=support,
            optional=optional,
        )

        if d:
            note_unknown_fields("UseCaseConfiguration", d)
        use_case_configuration.additional_properties = d
        return use_case_configuration

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
