from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields, parse_union

if TYPE_CHECKING:
    from ..models.product_type_rule_condition_all import ProductTypeRuleConditionAll
    from ..models.product_type_rule_condition_any import ProductTypeRuleConditionAny
    from ..models.product_type_rule_condition_equals import ProductTypeRuleConditionEquals
    from ..models.product_type_rule_condition_in import ProductTypeRuleConditionIn
    from ..models.product_type_rule_condition_is_set import ProductTypeRuleConditionIsSet


T = TypeVar("T", bound="ProductTypeRuleConditionNot")


@_attrs_define
class ProductTypeRuleConditionNot:
    """Holds when the nested condition does not.

    Attributes:
        not_ (ProductTypeRuleConditionAll | ProductTypeRuleConditionAny | ProductTypeRuleConditionEquals |
            ProductTypeRuleConditionIn | ProductTypeRuleConditionIsSet | ProductTypeRuleConditionNot): A rule condition: one
            of all, any, not, isSet, equals, in.
    """

    not_: (
        ProductTypeRuleConditionAll
        | ProductTypeRuleConditionAny
        | ProductTypeRuleConditionEquals
        | ProductTypeRuleConditionIn
        | ProductTypeRuleConditionIsSet
        | ProductTypeRuleConditionNot
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.product_type_rule_condition_all import ProductTypeRuleConditionAll  # noqa: PLC0415
        from ..models.product_type_rule_condition_any import ProductTypeRuleConditionAny  # noqa: PLC0415
        from ..models.product_type_rule_condition_equals import ProductTypeRuleConditionEquals  # noqa: PLC0415
        from ..models.product_type_rule_condition_in import ProductTypeRuleConditionIn  # noqa: PLC0415
        from ..models.product_type_rule_condition_is_set import ProductTypeRuleConditionIsSet  # noqa: PLC0415

        not_: dict[str, Any] | Any
        if isinstance(self.not_, ProductTypeRuleConditionAll):
            not_ = self.not_.to_dict()
        elif isinstance(self.not_, ProductTypeRuleConditionAny):
            not_ = self.not_.to_dict()
        elif isinstance(self.not_, ProductTypeRuleConditionNot):
            not_ = self.not_.to_dict()
        elif isinstance(self.not_, ProductTypeRuleConditionIsSet):
            not_ = self.not_.to_dict()
        elif isinstance(self.not_, ProductTypeRuleConditionEquals):
            not_ = self.not_.to_dict()
        elif isinstance(self.not_, ProductTypeRuleConditionIn):
            not_ = self.not_.to_dict()
        else:
            not_ = self.not_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "not": not_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_type_rule_condition_all import ProductTypeRuleConditionAll  # noqa: PLC0415
        from ..models.product_type_rule_condition_any import ProductTypeRuleConditionAny  # noqa: PLC0415
        from ..models.product_type_rule_condition_equals import ProductTypeRuleConditionEquals  # noqa: PLC0415
        from ..models.product_type_rule_condition_in import ProductTypeRuleConditionIn  # noqa: PLC0415
        from ..models.product_type_rule_condition_is_set import ProductTypeRuleConditionIsSet  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_not_(
            data: object,
        ) -> (
            ProductTypeRuleConditionAll
            | ProductTypeRuleConditionAny
            | ProductTypeRuleConditionEquals
            | ProductTypeRuleConditionIn
            | ProductTypeRuleConditionIsSet
            | ProductTypeRuleConditionNot
        ):

            def _as_0(data: object) -> ProductTypeRuleConditionAll:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_product_type_rule_condition_type_0 = ProductTypeRuleConditionAll.from_dict(
                    data
                )

                return componentsschemas_product_type_rule_condition_type_0

            def _as_1(data: object) -> ProductTypeRuleConditionAny:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_product_type_rule_condition_type_1 = ProductTypeRuleConditionAny.from_dict(
                    data
                )

                return componentsschemas_product_type_rule_condition_type_1

            def _as_2(data: object) -> ProductTypeRuleConditionNot:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_product_type_rule_condition_type_2 = ProductTypeRuleConditionNot.from_dict(
                    data
                )

                return componentsschemas_product_type_rule_condition_type_2

            def _as_3(data: object) -> ProductTypeRuleConditionIsSet:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_product_type_rule_condition_type_3 = (
                    ProductTypeRuleConditionIsSet.from_dict(data)
                )

                return componentsschemas_product_type_rule_condition_type_3

            def _as_4(data: object) -> ProductTypeRuleConditionEquals:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_product_type_rule_condition_type_4 = (
                    ProductTypeRuleConditionEquals.from_dict(data)
                )

                return componentsschemas_product_type_rule_condition_type_4

            def _as_5(data: object) -> ProductTypeRuleConditionIn:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_product_type_rule_condition_type_5 = ProductTypeRuleConditionIn.from_dict(
                    data
                )

                return componentsschemas_product_type_rule_condition_type_5

            return cast(
                ProductTypeRuleConditionAll
                | ProductTypeRuleConditionAny
                | ProductTypeRuleConditionEquals
                | ProductTypeRuleConditionIn
                | ProductTypeRuleConditionIsSet
                | ProductTypeRuleConditionNot,
                parse_union(
                    data,
                    (
                        _as_0,
                        _as_1,
                        _as_2,
                        _as_3,
                        _as_4,
                        _as_5,
                    ),
                    "not",
                ),
            )

        not_ = _parse_not_(d.pop("not"))

        product_type_rule_condition_not = cls(
            not_=not_,
        )

        if d:
            note_unknown_fields("ProductTypeRuleConditionNot", d)
        product_type_rule_condition_not.additional_properties = d
        return product_type_rule_condition_not

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
