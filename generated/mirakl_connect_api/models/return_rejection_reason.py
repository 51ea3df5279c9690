from ..types import OpenStrEnum


class ReturnRejectionReason(OpenStrEnum):
    """Why a return was refused.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    FINAL_SALES = "FINAL_SALES"
    NOT_ELIGIBLE_FOR_RETURN = "NOT_ELIGIBLE_FOR_RETURN"
    OTHER = "OTHER"
    RETURN_WINDOW_CLOSED = "RETURN_WINDOW_CLOSED"
