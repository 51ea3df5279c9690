#!/usr/bin/env python3
"""Report what a vendor spec has that our ``openapi3.yaml`` lacks or contradicts.

The vendor's files are not kept in this repository (their prose is not ours); their facts are, in
``scripts/vendor-facts.json``: what this tool compares, and the vendor's example payloads (data,
for the fidelity tests), with the name, sha256 and date of the file they were read from::

    python scripts/spec_drift.py                       # openapi3.yaml against the snapshot of facts
    python scripts/spec_drift.py NEW_BUNDLE.json       # ... against a file Mirakl publishes (or YAML)
    python scripts/spec_drift.py NEW_EVENTS.yaml --json
    python scripts/spec_drift.py --write-snapshot NEW_BUNDLE.json NEW_EVENTS.yaml   # after review

Exit 0: no difference. Exit 1: differences, one per line (or a JSON list with ``--json``).
"added" means the vendor has it and we do not; "removed" means we have it and the vendor does not.
``--write-snapshot`` replaces the facts of the files' kinds (API bundle, events description), then
compares openapi3.yaml with the new snapshot.

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
import contextlib
import datetime
import hashlib
import json
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
OURS = ROOT / "openapi3.yaml"
SNAPSHOT = ROOT / "scripts" / "vendor-facts.json"
KINDS = ("api", "webhooks")  # the vendor's API bundle, its events (webhooks) description
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
LIMITS = ("minLength", "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems")
PROSE_ENUM = re.compile(r"Enum:\s*(.*)", re.S)
RATE = re.compile(r"(\d+|once)\s*(?:per|/)\s*(second|sec|minute|min|hour)\b", re.I)
CALL_FREQUENCY = re.compile(r"max-call-frequency\">(.*?)</div>", re.S)
MAX_RATE = "x-max-call-frequency"  # in the facts: the vendor's documented maximum, {calls, per} or null
ABOUT = (
    "Facts of the vendor's published OpenAPI files that scripts/spec_drift.py compares with openapi3.yaml "
    "(operations, schemas, types, formats, required flags, limits, enum values also when written in "
    "prose, maximum call frequencies) and the vendor's example payloads, as data; no descriptions. "
    "description_digests: sha256 (first 16 hex digits) of each whitespace-normalised description and "
    "summary, to check that ours are not copies. Written by `python scripts/spec_drift.py "
    "--write-snapshot FILE...`; never edited by hand."
)
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
        enum = declared_enum(node)
        if enum is None and "const" in node:
            enum = [node["const"]]
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
        if MAX_RATE not in v:  # the vendor documents no maximum for this operation
            return
        vendor = v[MAX_RATE]
        ours = (o.get("x-call-frequency") or {}).get("maximum")
        if rate_key(vendor) != rate_key(ours):
            self.report("call frequency changed", where, f"vendor {vendor!r}, ours {ours!r}")

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


def parse_rate(text: str) -> dict[str, Any] | None:
    """``{"calls": 30, "per": "second"}`` from "Maximum usage: 30 / sec"; None when no rate is given."""
    match = RATE.search(text)
    if match is None:
        return None
    calls = 1 if match[1].lower() == "once" else int(match[1])
    unit = {"sec": "second", "min": "minute"}.get(match[2].lower(), match[2].lower())
    return {"calls": calls, "per": unit}


def rate_key(rate: Any) -> tuple[Any, Any] | None:
    """A documented maximum as (calls, per); None for none or one that is not a rate ("once per action")."""
    return (rate["calls"], rate["per"]) if isinstance(rate, dict) else None


def declared_enum(node: Schema) -> list[Any] | None:
    """``enum``, else the values of a prose "Enum: `A`, `B`" in the description (``null`` as None)."""
    if "enum" in node:
        return list(node["enum"])
    if "const" in node or not (match := PROSE_ENUM.search(node.get("description") or "")):
        return None
    return [None if (q == "" and v == "null") else v for q, v in re.findall(r'`("?)([^`"]*)\1`', match[1])]


# -- the facts of a vendor document: what the comparison reads, and the example payloads --------------
def reduce_schema(node: Any, *, top: bool = False) -> Any:
    """The facts of a schema: no descriptions; prose enums as ``enum``; examples of top-level schemas."""
    if not isinstance(node, dict):
        return node
    facts: Schema = {key: node[key] for key in ("$ref", "type", "format", "const", *LIMITS) if key in node}
    if (enum := declared_enum(node)) is not None:
        facts["enum"] = enum
    if "required" in node:
        facts["required"] = list(node["required"])
    if "items" in node:
        facts["items"] = reduce_schema(node["items"])
    if "properties" in node:
        facts["properties"] = {name: reduce_schema(sub) for name, sub in node["properties"].items()}
    for key in ("allOf", "oneOf", "anyOf"):
        if key in node:
            facts[key] = [reduce_schema(member) for member in node[key]]
    if "discriminator" in node:
        disc = node["discriminator"]
        facts["discriminator"] = {key: disc[key] for key in ("propertyName", "mapping") if key in disc}
    if top and "examples" in node:
        facts["examples"] = node["examples"]
    return facts


def reduce_content(content: Mapping[str, Any]) -> Schema:
    """Media types: their schema and example payloads (JSON text given as a string becomes data)."""
    facts: Schema = {}
    for media, body in content.items():
        facts[media] = {"schema": reduce_schema(body.get("schema") or {})}
        examples = {}
        for key, example in (body.get("examples") or {}).items():
            value = example.get("value")
            if isinstance(value, str) and "json" in media:
                with contextlib.suppress(ValueError):
                    value = json.loads(value)
            examples[key] = {"value": value}
        if examples:
            facts[media]["examples"] = examples
    return facts


def reduce_parameter(node: Schema) -> Schema:
    if "$ref" in node:
        return {"$ref": node["$ref"]}
    facts: Schema = {key: node[key] for key in ("in", "name", "required") if key in node}
    return facts | {"schema": reduce_schema(node.get("schema") or {})}


def reduce_operation(op: Schema) -> Schema:
    facts: Schema = {key: op[key] for key in ("operationId", "tags", "security") if key in op}
    if MAX_RATE in op:  # already facts
        facts[MAX_RATE] = op[MAX_RATE]
    elif text := CALL_FREQUENCY.search(op.get("description") or ""):
        facts[MAX_RATE] = parse_rate(text[1])
    if "parameters" in op:
        facts["parameters"] = [reduce_parameter(p) for p in op["parameters"]]
    if body := op.get("requestBody"):
        facts["requestBody"] = {"content": reduce_content(body.get("content") or {})}
        if "required" in body:
            facts["requestBody"]["required"] = body["required"]
    if "responses" in op:
        facts["responses"] = {
            status: {"content": reduce_content(response["content"])} if response.get("content") else {}
            for status, response in op["responses"].items()
        }
    return facts


def reduce(data: Mapping[str, Any]) -> Schema:
    """The facts of a vendor OpenAPI document, still shaped as one (``reduce(reduce(d)) == reduce(d)``)."""
    facts: Schema = {"openapi": data.get("openapi")}
    paths: dict[str, Schema] = {}
    for path, item in (data.get("paths") or {}).items():
        paths[path] = {m: reduce_operation(item[m]) for m in METHODS if m in item}
        if "parameters" in item:
            paths[path]["parameters"] = [reduce_parameter(p) for p in item["parameters"]]
    if paths:
        facts["paths"] = paths
    components = data.get("components") or {}
    facts["components"] = {
        "schemas": {name: reduce_schema(s, top=True) for name, s in (components.get("schemas") or {}).items()}
    }
    if components.get("parameters"):
        facts["components"]["parameters"] = {
            name: reduce_parameter(p) for name, p in components["parameters"].items()
        }
    if data.get("webhooks"):
        facts["webhooks"] = {
            name: {method: reduce_operation(op) for method, op in hook.items()}
            for name, hook in data["webhooks"].items()
        }
    return facts


def kind_of(data: Mapping[str, Any]) -> str:
    """The kind of a vendor document: "webhooks" (events: webhooks, no paths), else "api"."""
    return "webhooks" if data.get("webhooks") and not data.get("paths") else "api"


def prose(node: Any) -> Iterator[str]:
    """Every description and summary of a document."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("description", "summary") and isinstance(value, str):
                yield value
            yield from prose(value)
    elif isinstance(node, list):
        for value in node:
            yield from prose(value)


def description_digest(text: str) -> str:
    """What the snapshot keeps of a description: a digest of its whitespace-normalised text."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


# -- files and the snapshot ---------------------------------------------------------------------------
def load(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's when installed: 4x faster
    data = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    if not isinstance(data, dict) or "openapi" not in data:
        raise SystemExit(f"spec_drift: {path} is not an OpenAPI document")
    return data


def read_snapshot(path: Path = SNAPSHOT) -> dict[str, Any]:
    """The snapshot: ``{"about", "documents": {kind: {"file", "sha256", "written", "facts", ...}}}``."""
    try:
        snapshot = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SystemExit(
            f"spec_drift: no snapshot at {path}; write one: spec_drift.py --write-snapshot API EVENTS"
        ) from None
    if not isinstance(snapshot, dict) or not isinstance(snapshot.get("documents"), dict):
        raise SystemExit(f"spec_drift: {path} is not a snapshot written by spec_drift.py")
    return snapshot


def snapshot_entry(path: Path, today: datetime.date | None = None) -> tuple[str, dict[str, Any]]:
    """(kind, entry) for a vendor file: its name (not its folder), sha256, the date, its facts."""
    data = load(path)
    entry = {
        "file": path.name,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "written": (today or datetime.datetime.now(datetime.UTC).date()).isoformat(),
        "facts": reduce(data),
        "description_digests": sorted({description_digest(text) for text in prose(data)}),
    }
    return kind_of(data), entry


def write_snapshot(paths: list[Path], snapshot: Path = SNAPSHOT, today: datetime.date | None = None) -> None:
    """Keep the facts of these vendor files in ``snapshot``, replacing those of the same kinds."""
    documents = read_snapshot(snapshot)["documents"] if snapshot.is_file() else {}
    for path in paths:
        kind, entry = snapshot_entry(path, today)
        documents[kind] = entry
    text = json.dumps(
        {"about": ABOUT, "documents": {k: documents[k] for k in KINDS if k in documents}},
        indent=1,
        sort_keys=True,
        ensure_ascii=False,
    )
    snapshot.write_text(text + "\n", encoding="utf-8")


def drift(vendor: Path | Mapping[str, Any], ours_path: Path = OURS) -> list[Difference]:
    """Differences between a vendor document (a file, its data, or facts from the snapshot) and ours."""
    data = load(vendor) if isinstance(vendor, Path) else vendor
    facts = reduce(data)
    kind = kind_of(facts)
    comparison = Comparison(Doc(facts, str(vendor)), Doc(load(ours_path), str(ours_path)), kind)
    if kind == "api":
        comparison.operations()
    comparison.components()
    return sorted(comparison.found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "vendor_spec",
        type=Path,
        nargs="*",
        help="vendor OpenAPI bundle or events description, JSON or YAML (default: the snapshot's facts)",
    )
    parser.add_argument("--ours", type=Path, default=OURS, help="our spec (default: openapi3.yaml)")
    parser.add_argument(
        "--snapshot", type=Path, default=SNAPSHOT, help="the vendor's facts (scripts/vendor-facts.json)"
    )
    parser.add_argument(
        "--write-snapshot",
        action="store_true",
        help="keep the given files' facts in the snapshot (after review), then compare with them",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    args = parser.parse_args(argv)
    if args.write_snapshot:
        if not args.vendor_spec:
            parser.error("--write-snapshot needs the vendor files to read")
        write_snapshot(args.vendor_spec, args.snapshot)
        names = ", ".join(path.name for path in args.vendor_spec)
        print(f"wrote {args.snapshot.name} from {names}", file=sys.stderr)
    if args.vendor_spec and not args.write_snapshot:
        sources: list[tuple[str, Path | Mapping[str, Any]]] = [(str(p), p) for p in args.vendor_spec]
        note_newer_files(args.vendor_spec, args.snapshot)
    else:
        documents = read_snapshot(args.snapshot)["documents"]
        sources = [
            (f"{args.snapshot.name} ({d['file']}, sha256 {d['sha256'][:12]}, {d['written']})", d["facts"])
            for d in documents.values()
        ]
    found = [d for _, source in sources for d in drift(source, args.ours)]
    if args.json:
        print(json.dumps([asdict(d) for d in found], indent=2))
    else:
        names = ", ".join(name for name, _ in sources)
        print("\n".join(map(str, found)) if found else f"no difference with {names}")
    return 1 if found else 0


def note_newer_files(paths: list[Path], snapshot: Path) -> None:
    """Say on stderr when a vendor file is not the one the snapshot holds the facts of."""
    documents = read_snapshot(snapshot)["documents"] if snapshot.is_file() else {}
    for path in paths:
        kind = kind_of(load(path))
        kept = documents.get(kind)
        if kept is None or kept["sha256"] != hashlib.sha256(path.read_bytes()).hexdigest():
            was = f"{kept['file']} of {kept['written']}" if kept else "none"
            print(
                f"spec_drift: the snapshot does not hold {path.name}'s facts ({kind}: {was}); once "
                f"openapi3.yaml follows it: spec_drift.py --write-snapshot {path.name} ...",
                file=sys.stderr,
            )


if __name__ == "__main__":
    sys.exit(main())
