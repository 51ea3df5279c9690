"""Input files of the push commands, and the ``FILE.failed.jsonl`` of what did not go through.

    $ mirakl-connect orders upsert orders.jsonl --origin acme/store-42     # one order per line
    $ mirakl-connect orders upsert orders.json --origin acme/store-42      # a JSON list, or {"orders": [...]}
    $ cat orders.jsonl | mirakl-connect orders upsert - --origin acme/store-42

A line is an item (an order...), or an envelope ``{"origin": {...}, "item": {...}}`` that gives
the line its own origin (an item's own ``"origin"`` key does the same). Each line of
``FILE.failed.jsonl`` is such an envelope, with the ``error`` that stopped it and its ``line``
number in the input: fix the ``item`` and send that file again; ``error`` and ``line`` are ignored.
A line that is not JSON is kept as ``{"raw": "<the text>", ...}``: replace it with the item.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .._types import OriginDict

ENVELOPE_KEYS = frozenset({"item", "origin", "error", "line", "raw"})
FAILED_SUFFIX = ".failed.jsonl"


class FileProblem(Exception):
    """The file cannot be read, or is not JSON nor JSONL at all (exit code 2)."""


@dataclass
class Line:
    """One input item: its line number (JSON lists: its position, from 1), the item, and the
    origin it gives itself; or, when it is not JSON, its text and the parse error."""

    number: int
    item: Any = None
    origin: Any = None
    raw: str | None = None
    problem: str | None = None


def parse_origin(text: str) -> OriginDict:
    """``--origin``: ``CHANNEL_ID/STORE_ID`` (split at the first ``/``) or a JSON object.

    >>> parse_origin("acme-market/store-42")
    {'channel_id': 'acme-market', 'channel_store_id': 'store-42'}
    >>> parse_origin('{"channel_id": "acme/eu", "channel_store_id": "s1"}')["channel_id"]
    'acme/eu'
    """
    text = text.strip()
    if text.startswith("{"):
        try:
            value = json.loads(text)
        except ValueError as error:
            raise ValueError(f"not a JSON object: {error}") from None
        if not isinstance(value, dict):
            raise ValueError("expected a JSON object")
        return cast("OriginDict", value)  # checked against the spec when it is used
    channel, slash, store = text.partition("/")
    if not slash or not channel or not store:
        raise ValueError("expected CHANNEL_ID/STORE_ID, or a JSON object")
    return {"channel_id": channel, "channel_store_id": store}


def _unwrap(number: int, value: Any) -> Line:
    """An item, an envelope (``item`` with ``origin``...), or a saved unparseable line (``raw``)."""
    if isinstance(value, dict) and value.keys() <= ENVELOPE_KEYS:
        if isinstance(value.get("item"), dict):
            return Line(number, value["item"], value.get("origin"))
        if isinstance(value.get("raw"), str):
            return _parse_line(number, value["raw"])
    if isinstance(value, dict) and "origin" in value:
        item = dict(value)
        return Line(number, item, item.pop("origin"))
    return Line(number, value)


def _parse_line(number: int, text: str) -> Line:
    try:
        value = json.loads(text)
    except ValueError as error:
        return Line(number, raw=text, problem=f"not JSON: {error}")
    return _unwrap(number, value)


def read_text(path: str) -> str:
    """The file's text (``-``: standard input); raises :class:`FileProblem`."""
    try:
        if path == "-":
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise FileProblem(f"cannot read {path}: {getattr(error, 'strerror', None) or error}") from None


def read_lines(path: str, list_key: str) -> tuple[list[Line], Any]:
    """The items of a JSON or JSONL file, and the origin the whole file gives (``{"origin", list_key}``).

    JSON: a list of items, ``{list_key: [...], "origin": {...}}``, or one item. Otherwise JSONL:
    one item per non-empty line; lines that are not JSON are kept (``problem`` set) unless none
    is JSON, which is a :class:`FileProblem`, like a broken JSON list.
    """
    text = read_text(path)
    if not text.strip():
        raise FileProblem(f"{path} is empty")
    try:
        whole = json.loads(text)
    except ValueError as error:
        if text.lstrip().startswith("["):  # a JSON list, broken: no line of it can be trusted
            raise FileProblem(f"{path}: not a valid JSON list: {error}") from None
    else:
        if isinstance(whole, list):
            return [_unwrap(n, value) for n, value in enumerate(whole, 1)], None
        if isinstance(whole, dict) and isinstance(whole.get(list_key), list):
            return [_unwrap(n, value) for n, value in enumerate(whole[list_key], 1)], whole.get("origin")
        return [_unwrap(1, whole)], None  # one item (a one-line JSONL file too)
    lines = [_parse_line(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if lines and all(line.problem for line in lines):
        raise FileProblem(f"{path}: neither JSON nor JSON Lines ({lines[0].problem}, line {lines[0].number})")
    return lines, None


def failed_path(path: str, given: str | None) -> Path:
    """Where the lines that did not go through are written: ``--failed``, else ``FILE.failed.jsonl``
    (``FILE`` itself when it is already a ``.failed.jsonl``; ``stdin.failed.jsonl`` for ``-``).

    >>> str(failed_path("orders.jsonl", None)), str(failed_path("orders.jsonl.failed.jsonl", None))
    ('orders.jsonl.failed.jsonl', 'orders.jsonl.failed.jsonl')
    """
    if given:
        return Path(given)
    if path == "-":
        return Path("stdin" + FAILED_SUFFIX)
    return Path(path if path.endswith(FAILED_SUFFIX) else path + FAILED_SUFFIX)


def write_failed(target: Path, records: list[dict[str, Any]]) -> None:
    """Write the failed lines (one envelope per line), or remove a stale file when there are none."""
    if not records:
        target.unlink(missing_ok=True)
        return
    with target.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
