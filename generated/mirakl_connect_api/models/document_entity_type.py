from ..types import OpenStrEnum


class DocumentEntityType(OpenStrEnum):
    """Kind of order-related entity a document belongs to.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    RETURN = "RETURN"
