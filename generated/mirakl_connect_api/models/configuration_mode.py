from ..types import OpenStrEnum


class ConfigurationMode(OpenStrEnum):
    """How sellers may fill an attribute: one CONSTANT for the whole catalog, or a VARIABLE value per item.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    CONSTANT = "CONSTANT"
    VARIABLE = "VARIABLE"
