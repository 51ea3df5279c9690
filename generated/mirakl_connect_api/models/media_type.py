from ..types import OpenStrEnum


class MediaType(OpenStrEnum):
    """What a media attribute holds; IMAGE marks it as a picture.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    IMAGE = "IMAGE"
    OTHER = "OTHER"
