"""client.documents against the sandbox: paths, bytes and files; kinds and size checked before
sending; bytes that look like a multipart boundary; replays; deletes."""

from __future__ import annotations

import asyncio
import io
import os
from pathlib import Path
from typing import Any

import mirakl_connect as mc
import pytest
from mirakl_connect_sandbox import Fault

from .support import ORIGIN

PDF = b"%PDF-1.7\r\n--+++\r\nnot a boundary\r\n--+++--\r\n%%EOF"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256))
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
CSV = "order,amount\nO-1,10.5\nÖ-2,3\n".encode()


def upload(client: Any, file: Any, document_id: str = "D-1", **kwargs: Any) -> None:
    kwargs = {"channel_document_id": document_id, "type": "CUSTOMER_INVOICE", "origin": ORIGIN, **kwargs}
    if isinstance(client, mc.ConnectClient):
        client.documents.upload("O-1", file, **kwargs)
        return

    async def main() -> None:
        async with client:
            await client.documents.upload("O-1", file, **kwargs)

    asyncio.run(main())


@pytest.mark.parametrize("async_", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("as_", ["path", "bytes", "file"])
def test_upload_arrives_byte_for_byte(as_: str, async_: bool, sb: Any, connect: Any, tmp_path: Path) -> None:
    path = tmp_path / "invoice.pdf"
    path.write_bytes(PDF)
    if as_ == "file":
        with path.open("rb") as file:
            upload(connect(async_=async_), file, entity={"id": "R-1", "type": "RETURN"})
    else:
        upload(connect(async_=async_), path if as_ == "path" else PDF, entity={"id": "R-1", "type": "RETURN"})
    stored = sb.state.documents["D-1"]
    assert stored.content == PDF and stored.channel_order_id == "O-1"
    assert stored.content_type == "application/pdf"
    assert stored.metadata == {
        "channel_document_id": "D-1",
        "filename": "document.pdf" if as_ == "bytes" else "invoice.pdf",
        "type": "CUSTOMER_INVOICE",
        "entity": {"id": "R-1", "type": "RETURN"},
    }
    assert stored.origin == ORIGIN


@pytest.mark.parametrize(("content", "mime"), [(JPEG, "image/jpeg"), (PNG, "image/png"), (CSV, "text/csv")])
def test_kinds_are_detected_from_the_content(content: bytes, mime: str, sb: Any, connect: Any) -> None:
    upload(connect(), content, filename="scan")
    assert sb.state.documents["D-1"].content == content
    assert sb.state.documents["D-1"].content_type == mime


def test_a_stream_that_cannot_seek_is_read_into_memory(sb: Any, connect: Any) -> None:
    read, write = os.pipe()
    os.write(write, PDF)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        upload(connect(), pipe, filename="piped.pdf")
    assert sb.state.documents["D-1"].content == PDF


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"GIF89a" + bytes(10), "not a PDF, JPEG, PNG or CSV document"),
        (b"%PDF-" + bytes(11 * 1024 * 1024), "11.0 MB, over the 10 MB the API accepts"),
    ],
)
def test_refused_before_sending(content: bytes, message: str, sb: Any, connect: Any, tmp_path: Path) -> None:
    path = tmp_path / "doc.bin"
    path.write_bytes(content)
    with pytest.raises(mc.ValidationError, match=message):
        upload(connect(), path)
    assert sb.counters.requests == 0


def test_bad_metadata_is_refused_before_sending(sb: Any, connect: Any) -> None:
    with pytest.raises(mc.ValidationError, match=r"metadata\.filename: longer than 255 characters"):
        upload(connect(), PDF, filename="x" * 256)
    with pytest.raises(mc.ValidationError, match=r"origin\.channel_id: required"):
        upload(connect(), PDF, origin={"channel_store_id": "s1"})
    with pytest.raises(mc.ValidationError, match="file: no such file"):
        upload(connect(), Path("/nonexistent/label.pdf"))
    with pytest.raises(mc.ValidationError, match="open the file in binary mode"):
        upload(connect(), io.StringIO("a,b\n"))
    assert sb.counters.requests == 0


def test_a_replayed_upload_is_sent_from_the_start(sb: Any, connect: Any, tmp_path: Path) -> None:
    path = tmp_path / "label.pdf"
    path.write_bytes(PDF + bytes(300_000))
    sb.faults.set([Fault.status_code(503, operation="uploadOrderDocument", times=2)])
    upload(connect(), path, type="RETURN_LABEL")
    assert sb.counters.by_operation["uploadOrderDocument"] == 3
    assert sb.state.documents["D-1"].content == path.read_bytes()


@pytest.mark.parametrize("async_", [False, True], ids=["sync", "async"])
def test_delete(async_: bool, sb: Any, connect: Any) -> None:
    upload(connect(), PDF)

    def delete(document_id: str) -> None:
        client = connect(async_=async_)
        if isinstance(client, mc.ConnectClient):
            client.documents.delete(document_id, ORIGIN)
            return

        async def main() -> None:
            async with client:
                await client.documents.delete(document_id, ORIGIN)

        asyncio.run(main())

    delete("D-1")
    assert "D-1" not in sb.state.documents
    with pytest.raises(mc.NotFoundError):
        delete("D-1")
    upload(connect(), PDF, "D-2")
    sb.faults.set([Fault.disconnect(operation="deleteOrderDocument", after=True, times=1)])
    delete("D-2")  # deleted by the first attempt: the replay's 404 means done
    assert "D-2" not in sb.state.documents and sb.counters.by_operation["deleteOrderDocument"] == 4
