from ..types import OpenStrEnum


class CustomAttributeType(OpenStrEnum):
    """Kind of value a custom attribute on an order or order line holds.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    BOOLEAN = "BOOLEAN"
    DATE = "DATE"
    LIST = "LIST"
    NUMERIC = "NUMERIC"
    STRING = "STRING"
