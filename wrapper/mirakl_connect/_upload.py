"""Documents to upload: a path, bytes or a binary file, checked before anything is sent.

    with open_document("label.pdf") as doc:      # or bytes, or an open binary file
        doc.kind, doc.size, doc.filename         # ("PDF", 18_213, "label.pdf")

The API takes PDF, JPEG, PNG and CSV files up to 10 MB. The kind is read from the content
(``%PDF-``, the JPEG and PNG signatures; CSV: UTF-8 text in delimited rows, never HTML, XML or
JSON: see :func:`spec.document_kind`), and must agree with the file name's ending (a
``label.pdf`` is a PDF or is refused). The size comes from the file system, without reading
the file: a path is streamed from disk at
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
NAMED = {".pdf": "PDF", ".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".csv": "CSV"}
"""The kind a file name's ending promises."""


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


def _refuse(message: str) -> ValidationError:
    return ValidationError([FieldError("file", message)])


def _kind(head: bytes, filename: str | None) -> str:
    """The document's kind, which must be the one its name promises."""
    found = spec.document_kind(head, filename)
    suffix = Path(filename or "").suffix.lower()
    promised = NAMED.get(suffix)
    if promised is not None and found != promised:
        what = f"a {found}" if found else f"not a {promised}"
        raise _refuse(f"named {suffix}, but the content is {what}")
    if found is None:
        raise _refuse("not a PDF, JPEG, PNG or CSV document")
    return found


@contextmanager
def open_document(
    file: str | os.PathLike[str] | bytes | bytearray | IO[bytes], filename: str | None = None
) -> Iterator[Document]:
    """Check ``file`` and yield it ready to stream; a file opened here is closed afterwards."""
    if filename is not None and not isinstance(filename, str):
        raise ValidationError([FieldError("filename", "expected a string")])
    opened = None
    stream: Any
    if isinstance(file, str | os.PathLike):
        try:
            path = Path(file)
            if not path.is_file():
                raise _refuse(f"no such file: {path}")
            stream = opened = path.open("rb")
        except (OSError, TypeError, ValueError) as error:
            if isinstance(error, ValidationError):
                raise
            raise _refuse(f"cannot be opened ({type(error).__name__})") from None
        filename = filename or path.name
    elif isinstance(file, bytes | bytearray | memoryview):
        stream = io.BytesIO(bytes(file))
    elif hasattr(file, "read"):
        stream = file
        filename = filename or (Path(str(getattr(file, "name", ""))).name or None)
    else:
        raise _refuse("expected a path, bytes or a binary file")
    try:
        size, head, stream = _measure(stream)
        if size > MAX_SIZE:
            raise _refuse(f"{size / 1024 / 1024:.1f} MB, over the 10 MB the API accepts")
        kind = _kind(head, filename)
        yield Document(
            stream, filename or f"document{EXTENSIONS[kind]}", kind, spec.DOCUMENT_KINDS[kind], size
        )
    finally:
        if opened is not None:
            opened.close()


def _measure(stream: Any) -> tuple[int, bytes, Any]:
    """(size, first 4 KiB, the stream to send) of a binary file, read back to its start."""
    try:
        size = _size(stream)
        if size is None:  # a pipe or socket: keep it in memory so that it can be replayed
            data = stream.read(MAX_SIZE + 1)
            if not isinstance(data, bytes):
                raise _refuse("open the file in binary mode ('rb')")
            stream, size = io.BytesIO(data), len(data)
        stream.seek(0)
        head = stream.read(spec.DOCUMENT_SAMPLE)
        stream.seek(0)
    except (OSError, ValueError) as error:  # closed, unreadable...
        if isinstance(error, ValidationError):
            raise
        raise _refuse(f"cannot be read ({type(error).__name__}: {error})") from None
    if not isinstance(head, bytes):
        raise _refuse("open the file in binary mode ('rb')")
    return size, head, stream
