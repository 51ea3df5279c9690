"""uploadOrderDocument: multipart parsing, bytes kept exactly, chunked uploads, types and sizes."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import httpx
import pytest
from mirakl_connect_sandbox import Sandbox

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\r\n1 0 obj\r\n--+++\r\n<<>>\rendobj\n\r\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) + b"\r\n"
CSV_TEXT = b"order;sku;qty\r\nO-1;SKU-1;2\r\n"
ORIGIN = {"channel_id": "C1", "channel_store_id": "S1"}
MB = 1024 * 1024


def metadata(document_id: str = "DOC-1", **extra: object) -> str:
    return json.dumps(
        {"channel_document_id": document_id, "filename": "label.pdf", "type": "RETURN_LABEL", **extra}
    )


def files(
    content: object, filename: str = "label.pdf", content_type: str = "application/pdf", **meta: object
) -> dict[str, object]:
    return {
        "file": (filename, content, content_type),
        "metadata": (None, metadata(**meta), "application/json"),  # type: ignore[arg-type]
        "origin": (None, json.dumps(ORIGIN), "application/json"),
    }


_NAMES = {
    "PDF": ("label.pdf", "application/pdf"),
    "PNG": ("label.png", "image/png"),
    "JPEG": ("label.jpg", "image/jpeg"),
    "CSV": ("items.csv", "text/csv"),
}


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (PDF, "PDF"),
        (PNG, "PNG"),
        (JPEG, "JPEG"),
        (CSV_TEXT, "CSV"),
        (PDF + b"\r\n", "PDF"),
        (PDF + b"\r", "PDF"),
    ],
    ids=["pdf-with-fake-delimiter", "png", "jpeg", "csv", "trailing-crlf", "trailing-cr"],
)
def test_file_bytes_are_stored_exactly(
    sandbox: Sandbox, api: httpx.Client, content: bytes, kind: str
) -> None:
    filename, content_type = _NAMES[kind]
    response = api.post(
        "/v1/orders/ORDER-1/documents",
        files=files(content, filename, content_type, entity={"id": "R-1", "type": "RETURN"}),
    )
    assert response.status_code == 204, response.text
    stored = sandbox.state.documents["DOC-1"]
    assert stored.content == content
    assert stored.file_type == kind
    assert stored.channel_order_id == "ORDER-1"
    assert stored.filename == filename
    assert stored.content_type == content_type
    assert stored.metadata == json.loads(metadata(entity={"id": "R-1", "type": "RETURN"}))
    assert stored.origin == ORIGIN


def test_non_ascii_file_name_and_order_id(sandbox: Sandbox, api: httpx.Client) -> None:
    response = api.post(
        "/v1/orders/COMMANDE%20%C3%A9t%C3%A9/documents",
        files=files(PNG, "中国邮政_774602727890.png", "image/png"),
    )
    assert response.status_code == 204
    stored = sandbox.state.documents["DOC-1"]
    assert stored.channel_order_id == "COMMANDE été"
    assert stored.filename == "中国邮政_774602727890.png"


def _multipart(boundary: bytes, content: bytes) -> list[bytes]:
    return [
        b"--" + boundary + b"\r\n",
        b'Content-Disposition: form-data; name="metadata"\r\nContent-Type: application/json\r\n\r\n',
        metadata().encode(),
        b"\r\n--" + boundary + b'\r\nContent-Disposition: form-data; name="origin"\r\n\r\n',
        json.dumps(ORIGIN).encode(),
        b"\r\n--" + boundary + b'\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n',
        b"Content-Type: application/pdf\r\n\r\n",
        content[:7],
        content[7:],
        b"\r\n--" + boundary + b"--\r\n",
    ]


def test_chunked_upload_from_a_generator(sandbox: Sandbox, api: httpx.Client) -> None:
    def body() -> Iterator[bytes]:
        yield from _multipart(b"b0undary", PDF)

    headers = {"Content-Type": "multipart/form-data; boundary=b0undary"}
    response = api.post("/v1/orders/ORDER-1/documents", content=body(), headers=headers)
    assert response.request.headers["transfer-encoding"] == "chunked"
    assert response.status_code == 204, response.text
    assert sandbox.state.documents["DOC-1"].content == PDF


class _Unsized(io.RawIOBase):
    """A file-like object httpx cannot measure: it streams it chunked."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        return self._data.read(size)


def test_chunked_upload_from_a_file_object(sandbox: Sandbox, api: httpx.Client) -> None:
    content = PDF * 5000  # ~300 KB
    response = api.post("/v1/orders/ORDER-1/documents", files=files(_Unsized(content)))
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert response.status_code == 204, response.text
    assert sandbox.state.documents["DOC-1"].content == content


def test_ten_megabytes_is_the_limit(sandbox: Sandbox, api: httpx.Client) -> None:
    exactly = b"%PDF-" + bytes(10 * MB - 5)
    assert api.post("/v1/orders/O/documents", files=files(exactly)).status_code == 204
    response = api.post("/v1/orders/O/documents", files=files(b"%PDF-" + bytes(11 * MB), document_id="DOC-2"))
    assert response.status_code == 400
    assert response.json()["errors"] == [{"field": "file", "message": "larger than 10 MB"}]
    assert set(sandbox.state.documents) == {"DOC-1"}


@pytest.mark.parametrize(
    ("content", "filename"),
    [
        (b"GIF89a\x01\x00", "a.gif"),
        (b"just words", "notes.txt"),
        (b"", "empty.pdf"),
        (b"\xff\xfe\x00bin", "x.csv"),
    ],
)
def test_unsupported_file_types_are_400(
    sandbox: Sandbox, api: httpx.Client, content: bytes, filename: str
) -> None:
    response = api.post("/v1/orders/O/documents", files=files(content, filename, "application/octet-stream"))
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "file"
    assert sandbox.state.documents == {}


def test_single_column_csv_is_recognised_by_its_name(sandbox: Sandbox, api: httpx.Client) -> None:
    response = api.post("/v1/orders/O/documents", files=files(b"sku\nA\nB\n", "skus.csv", "text/csv"))
    assert response.status_code == 204
    assert sandbox.state.documents["DOC-1"].file_type == "CSV"


def test_json_parts_must_be_json(api: httpx.Client) -> None:
    body = files(PDF)
    body["origin"] = (None, "{not json", "application/json")
    response = api.post("/v1/orders/O/documents", files=body)
    assert response.status_code == 400
    assert response.json()["errors"] == [{"field": "origin", "message": "malformed JSON"}]


def test_malformed_multipart_is_400(api: httpx.Client) -> None:
    headers = {"Content-Type": "multipart/form-data; boundary=zzz"}
    response = api.post("/v1/orders/O/documents", content=b"no boundary in here", headers=headers)
    assert response.status_code == 400
    assert response.json()["code"] == "INVALID_INPUT"


def test_delete_needs_the_same_channel(sandbox: Sandbox, api: httpx.Client) -> None:
    api.post("/v1/orders/O/documents", files=files(PDF))
    other = {"origin": {"channel_id": "C2", "channel_store_id": "S1"}}
    assert api.request("DELETE", "/v1/orders/documents/DOC-1", json=other).status_code == 404
    assert api.request("DELETE", "/v1/orders/documents/DOC-1", json={"origin": ORIGIN}).status_code == 204
