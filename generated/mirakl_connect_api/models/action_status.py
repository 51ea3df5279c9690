from ..types import OpenStrEnum


class ActionStatus(OpenStrEnum):
    """Final outcome of a seller action.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    FAILED = "FAILED"
    SUCCESS = "SUCCESS"
