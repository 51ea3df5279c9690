from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields, parse_union

if TYPE_CHECKING:
    from ..models.product_type_rule_action_all import ProductTypeRuleActionAll
    from ..models.product_type_rule_condition_all import ProductTypeRuleConditionAll
    from ..models.product_type_rule_condition_any import ProductTypeRuleConditionAny
    from ..models.product_type_rule_condition_equals import ProductTypeRuleConditionEquals
    from ..models.product_type_rule_condition_in import ProductTypeRuleConditionIn
    from ..models.product_type_rule_condition_is_set import ProductTypeRuleConditionIsSet
    from ..models.product_type_rule_condition_not import ProductTypeRuleConditionNot


T = TypeVar("T", bound="ProductTypeRule")


@_attrs_define
class ProductTypeRule:
    """A conditional rule: when the condition holds, apply the actions.

    Attributes:
        id (str):
        then (ProductTypeRuleActionAll): Actions applied together when a rule fires.
        when (ProductTypeRuleConditionAll | ProductTypeRuleConditionAny | ProductTypeRuleConditionEquals |
            ProductTypeRuleConditionIn | ProductTypeRuleConditionIsSet | ProductTypeRuleConditionNot): A rule condition: one
            of all, any, not, isSet, equals, in.
    """

    id: str
    then: ProductTypeRuleActionAll
    when: (
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
        from ..models.product_type_rule_condition_not import ProductTypeRuleConditionNot  # noqa: PLC0415

        id = self.id

        then = self.then.to_dict()

        when: dict[str, Any] | Any
        if isinstance(self.when, ProductTypeRuleConditionAll):
            when = self.when.to_dict()
        elif isinstance(self.when, ProductTypeRuleConditionAny):
            when = self.when.to_dict()
        elif isinstance(self.when, ProductTypeRuleConditionNot):
            when = self.when.to_dict()
        elif isinstance(self.when, ProductTypeRuleConditionIsSet):
            when = self.when.to_dict()
        elif isinstance(self.when, ProductTypeRuleConditionEquals):
            when = self.when.to_dict()
        elif isinstance(self.when, ProductTypeRuleConditionIn):
            when = self.when.to_dict()
        else:
            when = self.when

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "then": then,
                "when": when,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_type_rule_action_all import ProductTypeRuleActionAll  # noqa: PLC0415
        from ..models.product_type_rule_condition_all import ProductTypeRuleConditionAll  # noqa: PLC0415
        from ..models.product_type_rule_condition_any import ProductTypeRuleConditionAny  # noqa: PLC0415
        from ..models.product_type_rule_condition_equals import ProductTypeRuleConditionEquals  # noqa: PLC0415
        from ..models.product_type_rule_condition_in import ProductTypeRuleConditionIn  # noqa: PLC0415
        from ..models.product_type_rule_condition_is_set import ProductTypeRuleConditionIsSet  # noqa: PLC0415
        from ..models.product_type_rule_condition_not import ProductTypeRuleConditionNot  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        then = ProductTypeRuleActionAll.from_dict(d.pop("then"))

        def _parse_when(
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
                    "when",
                ),
            )

        when = _parse_when(d.pop("when"))

        product_type_rule = cls(
            id=id,
            then=then,
            when=when,
        )

        if d:
            note_unknown_fields("ProductTypeRule", d)
        product_type_rule.additional_properties = d
        return product_type_rule

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
