#!/usr/bin/env python3
"""Report what a vendor spec has that our ``openapi3.yaml`` lacks or contradicts.

Run it when Mirakl publishes a new bundle (JSON or YAML), for the API and for the events::

    python scripts/spec_drift.py ../shared/upstream/mirakl-connect-channel-openapi.json
    python scripts/spec_drift.py ../shared/upstream/mirakl-connect-channel-webhooks-openapi.yaml --json
    python scripts/spec_drift.py            # both files of $MIRAKL_CONNECT_UPSTREAM or ../shared/upstream

Exit 0: no difference. Exit 1: differences, one per line (or a JSON list with ``--json``).
"added" means the vendor has it and we do not; "removed" means we have it and the vendor does not.

Compared: operations (method, path, operationId, tags, scopes, parameters, request content types,
status codes, response content types, documented maximum Call Frequency against our
``x-call-frequency``), and every named vendor schema against ours: properties, required flags,
types, formats, limits, patterns, enum values (the vendor writes most enums in prose, "Enum: `A`",
they are parsed), nullability, union members and discriminated variants.

Deliberate, documented tolerances (our spec is the one the generated code parses with):
- we may accept ``null`` where the vendor does not say so (its examples send it);
- a property listed in our ``x-vendor-required`` counts as required by us (we relax it because the
  vendor's own examples omit it); the tool reports the entry once the vendor stops requiring it;
- we may name inline vendor schemas and enums (``x-vendor-name: "webhooks:Attribute"`` maps a
  renamed one); our discriminated variants use ``const`` where the vendor narrows an enum, and our
  unions name the enum of their discriminator in ``x-discriminator-values``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
OURS = ROOT / "openapi3.yaml"
WORKPLACE_UPSTREAM = Path("/work/shared/upstream")
VENDOR_FILES = ("mirakl-connect-channel-openapi.json", "mirakl-connect-channel-webhooks-openapi.yaml")
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
LIMITS = ("minLength", "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems")
PROSE_ENUM = re.compile(r"Enum:\s*(.*)", re.S)
RATE = re.compile(r"(\d+|once)\s*(?:per|/)\s*(second|sec|minute|min|hour)\b", re.I)
Schema = dict[str, Any]


@dataclass(frozen=True, order=True)
class Difference:
    kind: str  # e.g. "property added", "required changed"
    where: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.kind}: {self.where}" + (f": {self.detail}" if self.detail else "")


class Doc:
    """A loaded OpenAPI document with ``$ref`` resolution."""

    def __init__(self, data: dict[str, Any], source: str) -> None:
        self.data, self.source = data, source
        self.schemas: dict[str, Schema] = data.get("components", {}).get("schemas", {})

    def deref(self, node: Schema) -> tuple[str | None, Schema]:
        name = None
        while "$ref" in node:
            parts = node["$ref"].lstrip("#/").split("/")
            name = parts[-1]
            target: Any = self.data
            for part in parts:
                target = target[part]
            node = target
        return name, node


class Comparison:
    def __init__(self, vendor: Doc, ours: Doc, kind: str) -> None:
        self.vendor, self.ours, self.kind = vendor, ours, kind
        self.found: set[Difference] = set()
        self.seen: set[tuple[str, str]] = set()
        self.renamed = {
            s["x-vendor-name"].split(":", 1)[1]: name
            for name, s in ours.schemas.items()
            if str(s.get("x-vendor-name", "")).startswith(f"{kind}:")
        }
        # vendor variant name -> (discriminator property, its values), from every discriminator mapping
        self.narrowed: dict[str, tuple[str, list[str]]] = {}
        for base in vendor.schemas.values():
            disc = base.get("discriminator") or {}
            for value, ref in (disc.get("mapping") or {}).items():
                self.narrowed.setdefault(ref.rsplit("/", 1)[-1], (disc["propertyName"], []))[1].append(value)

    def report(self, kind: str, where: str, detail: str = "") -> None:
        self.found.add(Difference(kind, where, detail))

    # -- facts of one schema node ------------------------------------------------------------
    def facts(self, doc: Doc, node: Schema) -> dict[str, Any]:  # noqa: PLR0912 - one pass over the keywords
        """Flatten a schema: allOf merged, nulls split off, prose enums and consts read."""
        name, node = doc.deref(node)
        merged: dict[str, Any] = {"properties": {}, "required": set(), "nullable": False}
        for part in node.get("allOf", []):
            sub = self.facts(doc, part)
            merged["properties"].update(sub["properties"])
            merged["required"] |= sub["required"]
            merged["nullable"] |= sub["nullable"]
            for key, value in sub.items():
                merged.setdefault(key, value)
        members = [m for m in node.get("oneOf", []) + node.get("anyOf", []) if m.get("type") != "null"]
        if len(members) < len(node.get("oneOf", []) + node.get("anyOf", [])):
            merged["nullable"] = True
        if len(members) == 1 and not node.get("properties"):
            inner = self.facts(doc, members[0])
            inner["nullable"] |= merged["nullable"]
            return inner
        if members:
            merged["members"] = members
        types = node.get("type")
        types = [types] if isinstance(types, str) else list(types or [])
        if "null" in types:
            merged["nullable"] = True
            types.remove("null")
        if not types and node.get("properties"):
            types = ["object"]
        if types:
            merged["type"] = "/".join(sorted(types))
        enum = node.get("enum")
        if enum is None and "const" in node:
            enum = [node["const"]]
        if enum is None and (match := PROSE_ENUM.search(node.get("description") or "")):
            enum = [
                None if (q == "" and v == "null") else v for q, v in re.findall(r'`("?)([^`"]*)\1`', match[1])
            ]
        if enum is not None:
            merged["nullable"] |= None in enum
            merged["enum"] = {v for v in enum if v is not None}
        for key in ("format", "items", "discriminator", "x-discriminator-values", *LIMITS):
            if key in node:
                merged[key] = node[key]
        merged["properties"].update(node.get("properties") or {})
        merged["required"] |= set(node.get("required") or [])
        merged["relaxed"] = set(node.get("x-vendor-required") or [])
        if doc is self.vendor and name in self.narrowed:
            prop, values = self.narrowed[name]
            if prop in merged["properties"]:
                merged["properties"][prop] = {"type": "string", "enum": values}
        return merged

    # -- schema comparison ----------------------------------------------------------------------
    def schema(self, v_node: Schema, o_node: Schema, where: str) -> None:
        v_name, _ = self.vendor.deref(v_node)
        o_name, _ = self.ours.deref(o_node)
        where = v_name or where
        key = (where, o_name or where)
        if key in self.seen:
            return None
        self.seen.add(key)
        v, o = self.facts(self.vendor, v_node), self.facts(self.ours, o_node)
        if v.get("discriminator") and "members" in o:
            return self.variants(v, o, where)
        for fact in ("type", "format", *LIMITS):
            if v.get(fact) != o.get(fact):
                self.report(f"{fact} changed", where, f"vendor {v.get(fact)!r}, ours {o.get(fact)!r}")
        if v["nullable"] and not o["nullable"]:
            self.report("nullable changed", where, "vendor allows null, ours does not")
        if "enum" in v or "enum" in o:
            v_enum, o_enum = v.get("enum", set()), o.get("enum", set())
            if added := v_enum - o_enum:
                self.report("enum values added", where, ", ".join(sorted(added)))
            if removed := o_enum - v_enum:
                self.report("enum values removed", where, ", ".join(sorted(removed)))
        if "members" in v or "members" in o:
            self.members(v.get("members", []), o.get("members", []), where)
        if "items" in v and "items" in o:
            self.schema(v["items"], o["items"], f"{where}[]")
        self.properties(v, o, where)
        return None

    def properties(self, v: dict[str, Any], o: dict[str, Any], where: str) -> None:
        v_props, o_props = v["properties"], o["properties"]
        for prop in sorted(set(v_props) - set(o_props)):
            self.report("property added", f"{where}.{prop}")
        for prop in sorted(set(o_props) - set(v_props)):
            self.report("property removed", f"{where}.{prop}")
        for prop in sorted(set(v_props) & set(o_props)):
            v_req, o_req = prop in v["required"], prop in o["required"] or prop in o["relaxed"]
            if prop in o["relaxed"] and not v_req:
                self.report(
                    "required changed",
                    f"{where}.{prop}",
                    "vendor optional now: drop it from x-vendor-required",
                )
            elif v_req != o_req:
                detail = "vendor required, ours optional" if v_req else "vendor optional, ours required"
                self.report("required changed", f"{where}.{prop}", detail)
            self.schema(v_props[prop], o_props[prop], f"{where}.{prop}")

    def member_key(self, doc: Doc, node: Schema) -> str:
        name, resolved = doc.deref(node)
        if name is None:
            return str(resolved.get("type"))
        return self.renamed.get(name, name) if doc is self.vendor else name

    def members(self, v_members: list[Schema], o_members: list[Schema], where: str) -> None:
        v_keys = {self.member_key(self.vendor, m) for m in v_members}
        o_keys = {self.member_key(self.ours, m) for m in o_members}
        for key in sorted(v_keys - o_keys):
            self.report("variant added", where, key)
        for key in sorted(o_keys - v_keys):
            self.report("variant removed", where, key)

    def variants(self, v: dict[str, Any], o: dict[str, Any], where: str) -> None:
        """A vendor base with a discriminator against our oneOf of variants."""
        disc = v["discriminator"]["propertyName"]
        mapping = v["discriminator"].get("mapping") or {}
        self.members([{"$ref": ref} for ref in mapping.values()], o["members"], where)
        consts: set[str] = set()
        for member in o["members"]:
            variant = self.facts(self.ours, member)
            consts |= self.facts(self.ours, variant["properties"].get(disc, {})).get("enum", set())
            for prop in sorted(set(v["properties"]) - set(variant["properties"]) - {disc}):
                self.report("property added", f"{self.member_key(self.ours, member)}.{prop}", f"from {where}")
        if "x-discriminator-values" in o:  # our enum of the discriminator, when the union names one
            consts = self.facts(self.ours, o["x-discriminator-values"]).get("enum", set())
        base_values = self.facts(self.vendor, v["properties"].get(disc, {})).get("enum")
        if base_values is not None and consts:
            if added := base_values - consts:
                self.report("enum values added", f"{where}.{disc}", ", ".join(sorted(added)))
            if removed := consts - base_values:
                self.report("enum values removed", f"{where}.{disc}", ", ".join(sorted(removed)))

    # -- operations -----------------------------------------------------------------------------
    def operations(self) -> None:
        v_ops, o_ops = operations(self.vendor), operations(self.ours)
        for key in sorted(set(v_ops) - set(o_ops)):
            self.report("operation added", " ".join(key), v_ops[key][1].get("operationId", ""))
        for key in sorted(set(o_ops) - set(v_ops)):
            self.report("operation removed", " ".join(key), o_ops[key][1].get("operationId", ""))
        for key in sorted(set(v_ops) & set(o_ops)):
            self.operation(v_ops[key], o_ops[key], v_ops[key][1].get("operationId") or " ".join(key))

    def operation(
        self, v_op: tuple[list[Schema], Schema], o_op: tuple[list[Schema], Schema], where: str
    ) -> None:
        (v_params, v), (o_params, o) = v_op, o_op
        for fact in ("operationId", "tags"):
            if v.get(fact) != o.get(fact):
                self.report(f"{fact} changed", where, f"vendor {v.get(fact)!r}, ours {o.get(fact)!r}")
        if scopes(v) != scopes(o):
            self.report("scopes changed", where, f"vendor {sorted(scopes(v))}, ours {sorted(scopes(o))}")
        self.call_frequency(v, o, where)
        vp = {(p["in"], p["name"]): p for p in (self.vendor.deref(p)[1] for p in v_params)}
        op = {(p["in"], p["name"]): p for p in (self.ours.deref(p)[1] for p in o_params)}
        for key in sorted(set(vp) ^ set(op)):
            self.report("parameter added" if key in vp else "parameter removed", where, f"{key[0]} {key[1]}")
        for key in sorted(set(vp) & set(op)):
            if bool(vp[key].get("required")) != bool(op[key].get("required")):
                self.report("required changed", f"{where} {key[0]} parameter {key[1]}")
            self.schema(vp[key].get("schema", {}), op[key].get("schema", {}), f"{where} {key[0]} {key[1]}")
        v_body, o_body = v.get("requestBody") or {}, o.get("requestBody") or {}
        if bool(v_body.get("required")) != bool(o_body.get("required")):
            self.report("required changed", f"{where} request body")
        self.content(v_body.get("content") or {}, o_body.get("content") or {}, f"{where} request")
        v_resp, o_resp = v.get("responses") or {}, o.get("responses") or {}
        for status in sorted(set(v_resp) ^ set(o_resp)):
            self.report("status code added" if status in v_resp else "status code removed", where, status)
        for status in sorted(set(v_resp) & set(o_resp)):
            self.content(
                v_resp[status].get("content") or {}, o_resp[status].get("content") or {}, f"{where} {status}"
            )

    def content(self, v: dict[str, Any], o: dict[str, Any], where: str) -> None:
        for media in sorted(set(v) ^ set(o)):
            self.report("content type added" if media in v else "content type removed", where, media)
        for media in sorted(set(v) & set(o)):
            self.schema(v[media].get("schema") or {}, o[media].get("schema") or {}, f"{where} body")

    def call_frequency(self, v: Schema, o: Schema, where: str) -> None:
        text = re.search(r"max-call-frequency\">(.*?)</div>", v.get("description") or "", re.S)
        if text is None:
            return
        vendor_rate = parse_rate(text[1])
        ours = (o.get("x-call-frequency") or {}).get("maximum")
        ours_rate = (ours["calls"], ours["per"]) if isinstance(ours, dict) else None
        if vendor_rate != ours_rate:
            self.report("call frequency changed", where, f"vendor {text[1].strip()!r}, ours {ours!r}")

    def components(self) -> None:
        for name in sorted(self.vendor.schemas):
            ours_name = self.renamed.get(name, name)
            if ours_name not in self.ours.schemas:
                self.report("schema added", name)
                continue
            ref = {"$ref": f"#/components/schemas/{name}"}
            self.schema(ref, {"$ref": f"#/components/schemas/{ours_name}"}, name)
        for name, hook in sorted((self.vendor.data.get("webhooks") or {}).items()):
            for body in (op.get("requestBody", {}).get("content", {}) for op in hook.values()):
                self.content(
                    body, {m: {"schema": {"$ref": f"#/components/schemas/{name}"}} for m in body}, name
                )


def operations(doc: Doc) -> dict[tuple[str, str], tuple[list[Schema], Schema]]:
    found = {}
    for path, item in (doc.data.get("paths") or {}).items():
        for method in METHODS:
            if method in item:
                params = list(item.get("parameters", [])) + list(item[method].get("parameters", []))
                found[(method.upper(), path)] = (params, item[method])
    return found


def scopes(operation: Schema) -> set[str]:
    return {scope for req in operation.get("security") or [] for values in req.values() for scope in values}


def parse_rate(text: str) -> tuple[int, str] | None:
    match = RATE.search(text)
    if match is None:
        return None
    calls = 1 if match[1].lower() == "once" else int(match[1])
    unit = {"sec": "second", "min": "minute"}.get(match[2].lower(), match[2].lower())
    return calls, unit


def load(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    if not isinstance(data, dict) or "openapi" not in data:
        raise SystemExit(f"spec_drift: {path} is not an OpenAPI document")
    return data


def drift(vendor_path: Path, ours_path: Path = OURS) -> list[Difference]:
    """Differences between a vendor document (API bundle or events description) and ours."""
    vendor = Doc(load(vendor_path), str(vendor_path))
    kind = "webhooks" if vendor.data.get("webhooks") and not vendor.data.get("paths") else "api"
    comparison = Comparison(vendor, Doc(load(ours_path), str(ours_path)), kind)
    if kind == "api":
        comparison.operations()
    comparison.components()
    return sorted(comparison.found)


def find_upstream() -> Path:
    """The folder of the vendor's published files: $MIRAKL_CONNECT_UPSTREAM, else the first
    ``shared/upstream`` beside or above the checkout, else the workplace's ``/work/shared/upstream``
    (the reference files are read where they are, never copied into the repo)."""
    candidates = [Path(p) for p in [os.environ.get("MIRAKL_CONNECT_UPSTREAM", "")] if p]
    candidates += [parent / "shared" / "upstream" for parent in ROOT.parents]
    candidates.append(WORKPLACE_UPSTREAM)
    for candidate in candidates:
        if all((candidate / name).is_file() for name in VENDOR_FILES):
            return candidate
    raise FileNotFoundError(
        f"vendor spec files not found in {', '.join(map(str, candidates))}; set MIRAKL_CONNECT_UPSTREAM"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "vendor_spec",
        type=Path,
        nargs="*",
        help="vendor OpenAPI bundle or events description (default: both)",
    )
    parser.add_argument("--ours", type=Path, default=OURS, help="our spec (default: openapi3.yaml)")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    args = parser.parse_args(argv)
    try:
        vendor_specs = args.vendor_spec or [find_upstream() / name for name in VENDOR_FILES]
    except FileNotFoundError as exc:
        parser.error(str(exc))
    found = [d for path in vendor_specs for d in drift(path, args.ours)]
    if args.json:
        print(json.dumps([asdict(d) for d in found], indent=2))
    else:
        print(
            "\n".join(map(str, found)) if found else f"no difference with {', '.join(map(str, vendor_specs))}"
        )
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
