"""Documents to upload: a path, bytes or a binary file, checked before anything is sent.

    with open_document("label.pdf") as doc:      # or bytes, or an open binary file
        doc.kind, doc.size, doc.filename         # ("PDF", 18_213, "label.pdf")

The API takes PDF, JPEG, PNG and CSV files up to 10 MB. The kind is read from the content
(``%PDF-``, the JPEG and PNG signatures; CSV: UTF-8 text with a delimiter, or a ``.csv`` name),
and the size from the file system, without reading the file: a path is streamed from disk at
send time, and read again from the start if the request is replayed (httpx sends a file part
from offset 0, so a file object is sent whole). A non-seekable stream is
read into memory (at most 10 MB + 1 byte) so that it can be replayed.

Hand-written: three signatures and a CSV test do not earn a dependency (filetype and puremagic
do not recognise CSV at all).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

from . import spec
from ._errors import FieldError, ValidationError

MAX_SIZE = spec.MAX_DOCUMENT_SIZE
EXTENSIONS = {"PDF": ".pdf", "JPEG": ".jpg", "PNG": ".png", "CSV": ".csv"}


@dataclass(frozen=True)
class Document:
    stream: BinaryIO
    filename: str
    kind: str  # PDF, JPEG, PNG or CSV
    mime_type: str
    size: int


def _size(stream: IO[bytes]) -> int | None:
    """The whole file's size (httpx sends a file part from offset 0), or None when not seekable."""
    if not getattr(stream, "seekable", lambda: False)():
        return None
    try:
        return os.fstat(stream.fileno()).st_size
    except (AttributeError, OSError, io.UnsupportedOperation):
        return stream.seek(0, io.SEEK_END)


@contextmanager
def open_document(
    file: str | os.PathLike[str] | bytes | bytearray | IO[bytes], filename: str | None = None
) -> Iterator[Document]:
    """Check ``file`` and yield it ready to stream; a file opened here is closed afterwards."""
    opened = None
    stream: Any
    if isinstance(file, str | os.PathLike):
        path = Path(file)
        if not path.is_file():
            raise ValidationError([FieldError("file", f"no such file: {path}")])
        stream = opened = path.open("rb")
        filename = filename or path.name
    elif isinstance(file, bytes | bytearray):
        stream = io.BytesIO(bytes(file))
    elif hasattr(file, "read"):
        stream = file
        filename = filename or (Path(str(getattr(file, "name", ""))).name or None)
    else:
        raise ValidationError([FieldError("file", "expected a path, bytes or a binary file")])
    try:
        size = _size(stream)
        if size is None:  # a pipe or socket: keep it in memory so that it can be replayed
            data = stream.read(MAX_SIZE + 1)
            stream, size = io.BytesIO(data), len(data)
        stream.seek(0)
        head = stream.read(4096)
        stream.seek(0)
        if not isinstance(head, bytes):
            raise ValidationError([FieldError("file", "open the file in binary mode ('rb')")])
        if size > MAX_SIZE:
            raise ValidationError(
                [FieldError("file", f"{size / 1024 / 1024:.1f} MB, over the 10 MB the API accepts")]
            )
        found = spec.document_kind(head, filename)
        if found is None:
            raise ValidationError([FieldError("file", "not a PDF, JPEG, PNG or CSV document")])
        kind, mime = found, spec.DOCUMENT_KINDS[found]
        yield Document(stream, filename or f"document{EXTENSIONS[kind]}", kind, mime, size)
    finally:
        if opened is not None:
            opened.close()
