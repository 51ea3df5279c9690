"""``import mirakl_connect`` loads its names on first use, and type checkers still see every one."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import mirakl_connect as mc
import pytest

INIT = Path(mc.__file__)


def _modules_after(code: str) -> list[str]:
    """The modules that ``code`` adds to a fresh interpreter's ``sys.modules``."""
    program = f"import json, sys\nbefore = set(sys.modules)\n{code}\nprint(json.dumps(sorted(set(sys.modules) - before)))"
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True).stdout
    return list(json.loads(out))


def test_import_loads_neither_httpx_nor_the_generated_client() -> None:
    added = _modules_after("import mirakl_connect")
    heavy = [
        name for name in added if name.split(".")[0] in {"httpx", "httpcore", "attr", "mirakl_connect_api"}
    ]
    assert heavy == []
    assert [name for name in added if name.startswith("mirakl_connect.")] == []


def test_an_error_class_does_not_load_the_client() -> None:
    added = _modules_after("import mirakl_connect as mc\nmc.ConnectError, mc.RateLimitError")
    assert "mirakl_connect._errors" in added
    assert "mirakl_connect._client" not in added


def test_every_public_name_resolves_in_a_fresh_interpreter() -> None:
    added = _modules_after("import mirakl_connect as mc\nfor name in mc.__all__:\n    getattr(mc, name)")
    assert {"mirakl_connect._client", "mirakl_connect.events", "mirakl_connect._fleet"} <= set(added)


def test_names_resolve_to_their_defining_objects() -> None:
    from mirakl_connect._client import ConnectClient
    from mirakl_connect._errors import ConnectError
    from mirakl_connect_api.types import is_known

    assert (mc.ConnectClient, mc.ConnectError, mc.is_known) == (ConnectClient, ConnectError, is_known)
    assert mc.events.__name__ == "mirakl_connect.events" and mc.spec.__name__ == "mirakl_connect.spec"
    assert set(mc.__all__) <= set(dir(mc))


def test_an_unknown_name_is_an_attribute_error_naming_it() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'ConectClient'"):
        mc.ConectClient  # type: ignore[attr-defined]  # noqa: B018


def test_type_checkers_see_exactly_the_public_names() -> None:
    """The imports under ``TYPE_CHECKING`` name what ``__all__`` promises (and ``__getattr__`` serves)."""
    tree = ast.parse(INIT.read_text())
    [block] = [n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING"]
    seen = {
        alias.asname or alias.name
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert seen == set(mc.__all__) - {"__version__"}
