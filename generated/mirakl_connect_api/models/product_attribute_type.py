from ..types import OpenStrEnum


class ProductAttributeType(OpenStrEnum):
    """Kind of value a product type attribute holds.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    DECIMAL = "Decimal"
    INTEGER = "Integer"
    LIST = "List"
    MEDIA = "Media"
    TEXT = "Text"
