from ..types import OpenStrEnum


class UpsertActionType(OpenStrEnum):
    """What the connector should do with a price or stock block: apply it, remove it, or leave it unchanged.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    DELETE = "DELETE"
    IGNORE = "IGNORE"
    UPDATE = "UPDATE"
