#!/usr/bin/env python3
"""Regenerate ``generated/mirakl_connect_api`` from ``openapi3.yaml``.

Runs the pinned openapi-python-client with ``generator-config.yml`` and the templates kept in
``scripts/templates`` (forward-compatible enums and unions, safe multipart, tolerant status codes)::

    python scripts/regenerate.py           # rewrite generated/mirakl_connect_api
    python scripts/regenerate.py --check   # exit 1, with a short diff, if generated/ is stale

The output is deterministic: two runs give identical files. Never edit ``generated/`` by hand.
Besides the code, the package gets ``openapi3.json``, the spec as JSON, for runtime readers.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi3.yaml"
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "scripts" / "templates"
PACKAGE = "mirakl_connect_api"
TARGET = ROOT / "generated" / PACKAGE
SPEC_COPY = "openapi3.json"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
INSTALL_HINT = "install the dev extra (pip install -e '.[dev]') or run `tox -e regen`"


class RegenerationError(Exception):
    """Generation cannot run or produced an incomplete package."""


def check_tools() -> Path:
    """Return the directory holding the pinned generator's executables (ruff among them)."""
    try:
        version = metadata.version(GENERATOR)
    except metadata.PackageNotFoundError:
        raise RegenerationError(f"{GENERATOR} is not installed: {INSTALL_HINT}") from None
    if version != GENERATOR_VERSION:
        raise RegenerationError(
            f"{GENERATOR} {version} is installed, {GENERATOR_VERSION} is pinned: {INSTALL_HINT}"
        )
    bindir = Path(sys.executable).parent
    if shutil.which("ruff", path=str(bindir)) is None and shutil.which("ruff") is None:
        raise RegenerationError(f"ruff (the generator's formatter) is not installed: {INSTALL_HINT}")
    return bindir


def yaml_load(text: str) -> Any:
    import yaml  # noqa: PLC0415 - a dev dependency, checked by validate_spec first

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's when installed: 4x faster
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader


def validate_spec() -> None:
    try:  # dev dependencies: imported here so that a missing one gives the hint below
        import yaml  # noqa: PLC0415
        from openapi_spec_validator import validate  # noqa: PLC0415
        from openapi_spec_validator.validation.exceptions import OpenAPIValidationError  # noqa: PLC0415
    except ImportError:
        raise RegenerationError(f"openapi-spec-validator is not installed: {INSTALL_HINT}") from None
    try:
        validate(yaml_load(SPEC.read_text(encoding="utf-8")))
    except OpenAPIValidationError as exc:
        path = "/".join(str(part) for part in exc.path)
        raise RegenerationError(
            f"{SPEC.name} is not a valid OpenAPI 3.1 document at {path}: {exc.message}"
        ) from None
    except yaml.YAMLError as exc:
        raise RegenerationError(f"{SPEC.name} is not valid YAML: {exc}") from None


def generate(into: Path) -> Path:
    """Generate the package under ``into``; return the package directory."""
    validate_spec()
    bindir = check_tools()
    out = into / PACKAGE
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(SPEC), "--config", str(CONFIG), "--meta", "none",
        "--output-path", str(out), "--custom-template-path", str(TEMPLATES),
    ]  # fmt: skip
    result = subprocess.run(command, cwd=into, env=env, capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "Warning" in output or "Error" in output or not out.is_dir():
        raise RegenerationError(f"{GENERATOR} failed or skipped parts of the spec:\n{output}")
    (out / "py.typed").touch()
    # the spec itself, for runtime use without a YAML parser (sandbox validation, pacing limits)
    spec = yaml_load(SPEC.read_text(encoding="utf-8"))
    (out / SPEC_COPY).write_text(
        json.dumps(spec, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    return out


def relative_files(root: Path) -> set[str]:
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def stale_report(fresh: Path, current: Path, context_lines: int = 12) -> list[str]:
    """Lines describing how ``current`` differs from ``fresh`` (empty when identical)."""
    new, old = relative_files(fresh), relative_files(current) if current.is_dir() else set()
    lines = [f"missing: {name}" for name in sorted(new - old)]
    lines += [f"not generated (remove it): {name}" for name in sorted(old - new)]
    for name in sorted(new & old):
        if not filecmp.cmp(fresh / name, current / name, shallow=False):
            diff = difflib.unified_diff(
                (current / name).read_text(encoding="utf-8").splitlines(),
                (fresh / name).read_text(encoding="utf-8").splitlines(),
                f"generated/{PACKAGE}/{name}",
                "regenerated",
                lineterm="",
            )
            body = list(diff)
            lines.append(f"changed: {name}")
            lines += ["    " + line for line in body[:context_lines]]
            if len(body) > context_lines:
                lines.append(f"    ... ({len(body) - context_lines} more diff lines)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="fail if generated/ differs from a fresh generation"
    )
    args = parser.parse_args(argv)
    try:
        with tempfile.TemporaryDirectory(prefix="mirakl-regen-") as tmp:
            fresh = generate(Path(tmp))
            if args.check:
                report = stale_report(fresh, TARGET)
                if report:
                    print(f"generated/{PACKAGE} is stale; run: python scripts/regenerate.py", file=sys.stderr)
                    print("\n".join(report), file=sys.stderr)
                    return 1
                print(f"generated/{PACKAGE} is up to date")
                return 0
            if TARGET.exists():
                shutil.rmtree(TARGET)
            shutil.copytree(fresh, TARGET)
            print(f"wrote generated/{PACKAGE} ({len(relative_files(TARGET))} files)")
            return 0
    except RegenerationError as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
