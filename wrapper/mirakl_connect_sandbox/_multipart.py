"""``multipart/form-data`` bodies split into parts, file bytes untouched; and their document kind.

    >>> body = (b'--+++\\r\\nContent-Disposition: form-data; name="file"; filename="label.pdf"\\r\\n'
    ...         b"Content-Type: application/pdf\\r\\n\\r\\n%PDF-1.7 ...\\r\\n--+++--\\r\\n")
    >>> parts = parse(body, 'multipart/form-data; boundary="+++"')
    >>> parts["file"].filename, parts["file"].content, file_type(parts["file"])
    ('label.pdf', b'%PDF-1.7 ...', 'PDF')

Hand-written, over the bytes: the stdlib's ``email`` parser decodes the whole body and walks it line
by line, which takes ~0.75 s for an 11 MB file (the sandbox must refuse it fast, and store smaller
ones byte for byte), and a multipart library would be a dependency for forty lines. Splitting on the
RFC 2046 delimiter (CRLF, ``--``, boundary) with ``bytes.find`` is exact whatever the file holds;
each part's few header lines are still read by ``email`` (RFC 2231 file names, quoting).
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import HTTP

from mirakl_connect import spec

_HEADER_END = b"\r\n\r\n"


class MultipartError(ValueError):
    pass


@dataclass(frozen=True)
class Part:
    name: str
    content: bytes
    filename: str | None
    content_type: str | None


def boundary_of(content_type: str) -> str:
    message = Message()
    message["Content-Type"] = content_type
    boundary = message.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise MultipartError("the Content-Type has no multipart boundary")
    return boundary


def parse(body: bytes, content_type: str) -> dict[str, Part]:
    """The parts of a form, by name (the first part of a name wins)."""
    delimiter = b"--" + boundary_of(content_type).encode("latin-1")
    # The first delimiter may open the body; the others are preceded by CRLF.
    if body.startswith(delimiter):
        position = 0
    else:
        position = body.find(b"\r\n" + delimiter)
        if position < 0:
            raise MultipartError("the body does not contain the multipart boundary")
        position += 2
    parts: dict[str, Part] = {}
    while True:
        position += len(delimiter)
        if body.startswith(b"--", position):
            return parts  # close delimiter
        line_end = body.find(b"\r\n", position)
        if line_end < 0:
            raise MultipartError("truncated multipart body")
        start = line_end + 2
        end = body.find(b"\r\n" + delimiter, start)
        if end < 0:
            raise MultipartError("the multipart body has no closing boundary")
        part = _part(body[start:end])
        parts.setdefault(part.name, part)
        position = end + 2


def _part(raw: bytes) -> Part:
    if raw.startswith(b"\r\n"):
        head, content = b"", raw[2:]
    else:
        split = raw.find(_HEADER_END)
        if split < 0:
            raise MultipartError("a multipart part has no header/body separator")
        head, content = raw[:split], raw[split + len(_HEADER_END) :]
    headers = BytesHeaderParser(policy=HTTP).parsebytes(head + b"\r\n\r\n")
    if headers.get_content_disposition() != "form-data":
        raise MultipartError("a multipart part is not form-data")
    name = headers.get_param("name", header="content-disposition")
    if not isinstance(name, str):
        raise MultipartError("a multipart part has no name")
    return Part(
        name=name,
        content=content,
        filename=headers.get_filename(),
        content_type=headers.get("Content-Type"),
    )


# -- file types ------------------------------------------------------------------------------------


def file_type(part: Part) -> str | None:
    """``"PDF"``, ``"JPEG"``, ``"PNG"`` or ``"CSV"`` (the name helps for CSV), else None.

    The client's own check, so that both agree: :func:`mirakl_connect.spec.document_kind` on the
    first :data:`~mirakl_connect.spec.DOCUMENT_SAMPLE` bytes::

        >>> file_type(Part("file", b"sku;qty\\nA;1\\n", "stock.csv", "text/csv"))
        'CSV'
    """
    return spec.document_kind(part.content[: spec.DOCUMENT_SAMPLE], part.filename)
