from ..types import OpenStrEnum


class OfferAttributeType(OpenStrEnum):
    """Kind of value an offer attribute in an event holds.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    BOOLEAN = "BOOLEAN"
    LIST = "LIST"
    NUMERIC = "NUMERIC"
    TEXT = "TEXT"
