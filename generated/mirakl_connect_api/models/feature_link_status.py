from ..types import OpenStrEnum


class FeatureLinkStatus(OpenStrEnum):
    """Whether a store is linked.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    LINKED = "linked"
    UNLINKED = "unlinked"
