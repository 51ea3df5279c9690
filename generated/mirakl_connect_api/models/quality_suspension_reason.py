from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

T = TypeVar("T", bound="QualitySuspensionReason")


@_attrs_define
class QualitySuspensionReason:
    """A marketplace quality rule that suspended the store.

    Attributes:
        rule (str):
        period (str | Unset):
        rule_comparison_method (str | Unset):
        rule_type (str | Unset):
        stat_value (float | Unset):
        threshold (float | Unset):
    """

    rule: str
    period: str | Unset = UNSET
    rule_comparison_method: str | Unset = UNSET
    rule_type: str | Unset = UNSET
    stat_value: float | Unset = UNSET
    threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule = self.rule

        period = self.period

        rule_comparison_method = self.rule_comparison_method

        rule_type = self.rule_type

        stat_value = self.stat_value

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule": rule,
            }
        )
        if period is not UNSET:
            field_dict["period"] = period
        if rule_comparison_method is not UNSET:
            field_dict["rule_comparison_method"] = rule_comparison_method
        if rule_type is not UNSET:
            field_dict["rule_type"] = rule_type
        if stat_value is not UNSET:
            field_dict["stat_value"] = stat_value
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule = d.pop("rule")

        period = d.pop("period", UNSET)

        rule_comparison_method = d.pop("rule_comparison_method", UNSET)

        rule_type = d.pop("rule_type", UNSET)

        stat_value = d.pop("stat_value", UNSET)

        threshold = d.pop("threshold", UNSET)

        quality_suspension_reason = cls(
            rule=rule,
            period=period,
            rule_comparison_method=rule_comparison_method,
            rule_type=rule_type,
            stat_value=stat_value,
            threshold=threshold,
        )

        if d:
            note_unknown_fields("QualitySuspensionReason", d)
        quality_suspension_reason.additional_properties = d
        return quality_suspension_reason

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
