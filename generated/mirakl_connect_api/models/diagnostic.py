from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.diagnostic_override_action import DiagnosticOverrideAction
from ..types import UNSET, Unset, accept, note_unknown_fields, parse_union

T = TypeVar("T", bound="Diagnostic")


@_attrs_define
class Diagnostic:
    """A message about a catalog item, shown to the seller.

    Attributes:
        message (str): Text shown to the seller.
        channel_attribute_id (None | str | Unset):
        channel_diagnostic_id (None | str | Unset):
        connector_override_action (DiagnosticOverrideAction | None | Unset):
    """

    message: str
    channel_attribute_id: None | str | Unset = UNSET
    channel_diagnostic_id: None | str | Unset = UNSET
    connector_override_action: DiagnosticOverrideAction | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        channel_attribute_id: None | str | Unset | Any
        if isinstance(self.channel_attribute_id, Unset):
            channel_attribute_id = UNSET
        else:
            channel_attribute_id = self.channel_attribute_id

        channel_diagnostic_id: None | str | Unset | Any
        if isinstance(self.channel_diagnostic_id, Unset):
            channel_diagnostic_id = UNSET
        else:
            channel_diagnostic_id = self.channel_diagnostic_id

        connector_override_action: None | str | Unset | Any
        if isinstance(self.connector_override_action, Unset):
            connector_override_action = UNSET
        elif isinstance(self.connector_override_action, DiagnosticOverrideAction):
            connector_override_action = self.connector_override_action.value
        else:
            connector_override_action = self.connector_override_action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if channel_attribute_id is not UNSET:
            field_dict["channel_attribute_id"] = channel_attribute_id
        if channel_diagnostic_id is not UNSET:
            field_dict["channel_diagnostic_id"] = channel_diagnostic_id
        if connector_override_action is not UNSET:
            field_dict["connector_override_action"] = connector_override_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        def _parse_channel_attribute_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(
                None | str | Unset,
                parse_union(data, (accept(str),), "channel_attribute_id"),
            )

        channel_attribute_id = _parse_channel_attribute_id(d.pop("channel_attribute_id", UNSET))

        def _parse_channel_diagnostic_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(
                None | str | Unset,
                parse_union(data, (accept(str),), "channel_diagnostic_id"),
            )

        channel_diagnostic_id = _parse_channel_diagnostic_id(d.pop("channel_diagnostic_id", UNSET))

        def _parse_connector_override_action(data: object) -> DiagnosticOverrideAction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            def _as_0(data: object) -> DiagnosticOverrideAction:
                if not isinstance(data, str):
                    raise TypeError()
                connector_override_action_type_0 = DiagnosticOverrideAction(data)

                return connector_override_action_type_0

            return cast(
                DiagnosticOverrideAction | None | Unset,
                parse_union(data, (_as_0,), "connector_override_action"),
            )

        connector_override_action = _parse_connector_override_action(
            d.pop("connector_override_action", UNSET)
        )

        diagnostic = cls(
            message=message,
            channel_attribute_id=channel_attribute_id,
            channel_diagnostic_id=channel_diagnostic_id,
            connector_override_action=connector_override_action,
        )

        if d:
            note_unknown_fields("Diagnostic", d)
        diagnostic.additional_properties = d
        return diagnostic

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
