from ..types import OpenStrEnum


class AttributeType(OpenStrEnum):
    """Kind of value an offer custom attribute holds.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    BOOLEAN = "Boolean"
    LIST = "List"
    NUMERIC = "Numeric"
    TEXT = "Text"
