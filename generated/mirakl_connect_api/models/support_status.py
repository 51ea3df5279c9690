from ..types import OpenStrEnum


class SupportStatus(OpenStrEnum):
    """Whether the channel supports a capability.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    SUPPORTED = "SUPPORTED"
    UNSUPPORTED = "UNSUPPORTED"
