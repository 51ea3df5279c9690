from ..types import OpenStrEnum


class RequirementLevel(OpenStrEnum):
    """How strongly an attribute value is expected.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    OPTIONAL = "OPTIONAL"
    RECOMMENDED = "RECOMMENDED"
    REQUIRED = "REQUIRED"
