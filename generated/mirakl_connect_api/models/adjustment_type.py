from ..types import OpenStrEnum


class AdjustmentType(OpenStrEnum):
    """REFUND returns money without changing quantities; CANCELATION removes units from the line.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    CANCELATION = "CANCELATION"
    REFUND = "REFUND"
