from ..types import OpenStrEnum


class PricingRequirementLevel(OpenStrEnum):
    """Whether a pricing field must be provided.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    OPTIONAL = "OPTIONAL"
    REQUIRED = "REQUIRED"
