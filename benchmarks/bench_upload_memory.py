"""Peak memory of a 10 MB document upload, file given by path. Target: peak RSS grows by <= 2 MB.

    $ python benchmarks/bench_upload_memory.py

``client.documents.upload(order_id, path, ...)`` with a PDF of 10 MB minus 16 bytes (just under
the API's limit), to a sandbox running in a child process (rate limits off), so that the
server's copy of the document is not in this process's memory. A small upload first loads
what the first call needs (imports, connection, token, compiled validators).

The figure is the growth of this process's peak resident memory
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``) across the upload. A peak that stays under an
earlier, higher peak would not show, so the growth over the resident memory just before the
upload (``/proc/self/statm``), an upper bound, is printed too, and both must be within 2 MB.
For contrast, the same document given as ``bytes`` (read from disk, then uploaded; expected:
about 10 MB, the bytes themselves). Linux only. Exits 1 over 2 MB.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
from pathlib import Path
from typing import Any

import _common

TARGET_KIB = 2 * 1024
SIZE = 10 * 1024 * 1024 - 16


def peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def resident_kib() -> int:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def measure(upload: Any) -> tuple[int, int]:
    """(growth of the peak, growth over the resident memory before), in KiB, across ``upload()``."""
    peak, resident = peak_kib(), resident_kib()
    upload()
    after = peak_kib()
    return after - peak, after - resident


def write_pdf(path: Path, size: int) -> None:
    chunk = b"%PDF-1.7\n" + b"0" * (1024 * 1024 - 9)  # 1 MiB, starting with the PDF signature
    with path.open("wb") as out:
        while size > 0:
            out.write(chunk[:size])
            size -= len(chunk)
            chunk = b"0" * (1024 * 1024)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp, "big.pdf"), Path(tmp, "small.pdf")
        write_pdf(big, SIZE)
        write_pdf(small, 4096)
        with _common.SandboxProcess(rate_limits=False) as sb, _common.client(sb) as client:

            def upload(file: Any, document_id: str) -> None:
                client.documents.upload(
                    "ORDER-1",
                    file,
                    channel_document_id=document_id,
                    type="CUSTOMER_INVOICE",
                    origin=_common.ORIGIN,
                )

            upload(small, "warm-up")
            by_path = measure(lambda: upload(big, "by-path"))
            by_bytes = measure(lambda: upload(big.read_bytes(), "by-bytes"))
    stored = sb.final["documents"]
    if stored.get("by-path") != SIZE or stored.get("by-bytes") != SIZE:
        raise SystemExit(f"the sandbox did not store the documents whole: {stored}")
    print(f"document:  {SIZE} bytes (10 MiB - 16), PDF; sandbox in a child process, stored it whole")
    for name, (peak, resident) in (("path", by_path), ("bytes", by_bytes)):
        print(f"{name + ':':10s} peak RSS {peak / 1024:+.2f} MB ({resident / 1024:+.2f} MB over resident)")
    growth = max(by_path)
    return _common.verdict(
        growth <= TARGET_KIB, f"upload by path grows peak RSS by {growth / 1024:.2f} MB <= 2 MB"
    )


if __name__ == "__main__":
    sys.exit(main())
