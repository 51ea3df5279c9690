from ..types import OpenStrEnum


class ReturnReason(OpenStrEnum):
    """Why the buyer sends an item back.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    DAMAGED_ITEM = "DAMAGED_ITEM"
    DEFECTIVE_ITEM = "DEFECTIVE_ITEM"
    MISSING_ITEM = "MISSING_ITEM"
    OTHER = "OTHER"
    UNWANTED_ITEM = "UNWANTED_ITEM"
    WRONG_ITEM = "WRONG_ITEM"
