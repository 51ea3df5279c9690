from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields, parse_union

if TYPE_CHECKING:
    from ..models.product_type_rule_condition_any import ProductTypeRuleConditionAny
    from ..models.product_type_rule_condition_equals import ProductTypeRuleConditionEquals
    from ..models.product_type_rule_condition_in import ProductTypeRuleConditionIn
    from ..models.product_type_rule_condition_is_set import ProductTypeRuleConditionIsSet
    from ..models.product_type_rule_condition_not import ProductTypeRuleConditionNot


T = TypeVar("T", bound="ProductTypeRuleConditionAll")


@_attrs_define
class ProductTypeRuleConditionAll:
    """Holds when every nested condition holds.

    Attributes:
        all_ (list[ProductTypeRuleConditionAll | ProductTypeRuleConditionAny | ProductTypeRuleConditionEquals |
            ProductTypeRuleConditionIn | ProductTypeRuleConditionIsSet | ProductTypeRuleConditionNot]):
    """

    all_: list[
        ProductTypeRuleConditionAll
        | ProductTypeRuleConditionAny
        | ProductTypeRuleConditionEquals
        | ProductTypeRuleConditionIn
        | ProductTypeRuleConditionIsSet
        | ProductTypeRuleConditionNot
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.product_type_rule_condition_any import ProductTypeRuleConditionAny  # noqa: PLC0415
        from ..models.product_type_rule_condition_equals import ProductTypeRuleConditionEquals  # noqa: PLC0415
        from ..models.product_type_rule_condition_in import ProductTypeRuleConditionIn  # noqa: PLC0415
        from ..models.product_type_rule_condition_is_set import ProductTypeRuleConditionIsSet  # noqa: PLC0415
        from ..models.product_type_rule_condition_not import ProductTypeRuleConditionNot  # noqa: PLC0415

        all_ = []
        for all_item_data in self.all_:
            all_item: dict[str, Any] | Any
            if isinstance(all_item_data, ProductTypeRuleConditionAll):
                all_item = all_item_data.to_dict()
            elif isinstance(all_item_data, ProductTypeRuleConditionAny):
                all_item = all_item_data.to_dict()
            elif isinstance(all_item_data, ProductTypeRuleConditionNot):
                all_item = all_item_data.to_dict()
            elif isinstance(all_item_data, ProductTypeRuleConditionIsSet):
                all_item = all_item_data.to_dict()
            elif isinstance(all_item_data, ProductTypeRuleConditionEquals):
                all_item = all_item_data.to_dict()
            elif isinstance(all_item_data, ProductTypeRuleConditionIn):
                all_item = all_item_data.to_dict()
            else:
                all_item = all_item_data

            all_.append(all_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "all": all_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_type_rule_condition_any import ProductTypeRuleConditionAny  # noqa: PLC0415
        from ..models.product_type_rule_condition_equals import ProductTypeRuleConditionEquals  # noqa: PLC0415
        from ..models.product_type_rule_condition_in import ProductTypeRuleConditionIn  # noqa: PLC0415
        from ..models.product_type_rule_condition_is_set import ProductTypeRuleConditionIsSet  # noqa: PLC0415
        from ..models.product_type_rule_condition_not import ProductTypeRuleConditionNot  # noqa: PLC0415

        d = dict(src_dict)
        all_ = []
        _all_ = d.pop("all")
        for all_item_data in _all_:

            def _parse_all_item(
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
                    componentsschemas_product_type_rule_condition_type_0 = (
                        ProductTypeRuleConditionAll.from_dict(data)
                    )

                    return componentsschemas_product_type_rule_condition_type_0

                def _as_1(data: object) -> ProductTypeRuleConditionAny:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_product_type_rule_condition_type_1 = (
                        ProductTypeRuleConditionAny.from_dict(data)
                    )

                    return componentsschemas_product_type_rule_condition_type_1

                def _as_2(data: object) -> ProductTypeRuleConditionNot:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_product_type_rule_condition_type_2 = (
                        ProductTypeRuleConditionNot.from_dict(data)
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
                    componentsschemas_product_type_rule_condition_type_5 = (
                        ProductTypeRuleConditionIn.from_dict(data)
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
                        "all_item",
                    ),
                )

            all_item = _parse_all_item(all_item_data)

            all_.append(all_item)

        product_type_rule_condition_all = cls(
            all_=all_,
        )

        if d:
            note_unknown_fields("ProductTypeRuleConditionAll", d)
        product_type_rule_condition_all.additional_properties = d
        return product_type_rule_condition_all

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
