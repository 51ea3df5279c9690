"""Property: every generated model reads and writes back any value its JSON schema allows.

For every model class of ``mirakl_connect_api.models`` (enums aside; all 136, checked against the spec's
object schemas), data drawn by hypothesis-jsonschema from the model's schema in the shipped spec
(``mirakl_connect_api/openapi3.json``, what ``mirakl_connect.spec.document()`` reads) must survive

- ``Model.from_dict(d).to_dict() == d``: unknown fields, unknown enum values and unknown union variants
  (all drawn, see 6) come back as they went in; and ``from_dict`` leaves ``d`` alone;
- ``Model.from_dict(x.to_dict()) == x`` for ``x = Model.from_dict(d)``.

The comparison is strict about JSON types (``True`` is not ``1``, ``1`` is not ``1.0``, a tuple is not an
array) and exact about values, with one deliberate normalisation by the models: a ``date-time`` is
parsed to an aware ``datetime`` and written back with ``isoformat()`` (``2024-01-02T03:04:05Z`` comes
back ``2024-01-02T03:04:05+00:00``, ``.120Z`` comes back ``.120000+00:00``). Where the spec says a value
is a date-time, and only there (the comparison walks the schema), the two strings need only denote the
same instant, to the last digit, with the same UTC offset.

What hypothesis-jsonschema (0.23.1) cannot take, and how the schemas are adapted for it:

1. References. It wants one self-contained schema. Supplying the components under ``$defs`` (refs
   rewritten to ``#/$defs/X``) works, but it inlines every reference and re-canonicalises the inlined
   subtree for each key it draws: 3 to 4 times slower than what follows. So each component gets its
   own strategy (cached): its schema, each ``$ref`` replaced by a ``const`` placeholder string, is given
   to ``from_schema``, and every placeholder in a drawn value is then replaced by a value drawn from the
   component it names. A ``oneOf`` of references is thus checked for "exactly one" on the
   placeholders: members are drawn one at a time, and a drawn value may also fit a sibling
   (``CloseReturnCommandEvent`` and ``AcknowledgeReturnReceptionCommandEvent`` are identical; the
   envelope's ``type`` tells them apart), which a strict ``oneOf`` filter would never let through.
2. Recursion. It raises on recursive references; the rule conditions are recursive
   (``ProductTypeRuleCondition`` -> ``...All``/``...Any``/``...Not`` -> ``ProductTypeRuleCondition``).
   Components on a reference cycle get one strategy per depth, and a reference deeper than
   ``MAX_DEPTH`` becomes ``false``: arrays of nested conditions are empty there, ``not`` is not drawn.
3. ``x-*`` extensions and the annotations ``discriminator``, ``deprecated``, ``description``,
   ``default``, ``examples`` are dropped (it ignores them, but ``x-vendor-required`` is not
   ``required``, and what it is given is then plain JSON Schema). ``type: [..., "null"]``, ``const``,
   ``pattern`` and ``minimum`` are taken as they are.
4. Formats. ``date-time`` is drawn by its RFC 3339 generator (upper-case ``T``/``Z`` or ``+hh:mm``, at
   most 6 fractional digits, years 0001-9999); other spellings are ``test_date_time_spellings``'s.
   ``int32``/``int64``, which it ignores, become the ranges they name. ``uri`` and ``email`` come from
   its own generators; ``with decimals``, ``double`` and ``iso-3166-1 alpha-3`` are unknown to it
   (plain numbers/strings), and the models keep those values as they are. ``format: binary`` (the file
   part of the multipart ``UploadOrderDocumentRequest``) has no JSON form: it is drawn as text and
   handed to ``from_dict`` as UTF-8 ``bytes``, the form it takes; ``to_dict`` gives the ``File`` tuple
   back, so that field is compared by payload bytes (see ``test_binary_field_round_trip``).
5. Size. Its objects abort the whole example (``filter_too_much``) when they draw another optional name
   after all are present, and nested open objects full of arbitrary JSON overrun Hypothesis's buffer.
   So an object with optional properties gets ``maxProperties`` = its number of properties (unknown
   fields then take the place of absent optional ones), arrays get ``maxItems`` <= ``MAX_ITEMS``,
   and unknown fields below the model's own object hold JSON scalars (at the top: any JSON).
6. Forward compatibility, which the models promise and the spec cannot state: each enum also admits
   any string, and each ``oneOf`` also admits an object of no known member (kept verbatim). Unknown
   fields need nothing: the schemas do not say ``additionalProperties: false``.

Hypothesis must be older than 6.170.10, whose ``many()`` no longer has the ``more()`` that
hypothesis-jsonschema 0.23.1 calls (every object schema fails with ``AttributeError``).
How many examples per model, and whether they are drawn at random, is the Hypothesis profile's
(``tests/conftest.py``): by default 4 per model, the same ones each run (``derandomize``, no example
database); ``HYPOTHESIS_PROFILE=thorough`` draws 200 per model at random.

hypothesis-jsonschema builds the strategy of each property of an object again at each draw (and
validates it on first use): most of the run. ``memoised_strategies`` keeps the strategy of each
(sub)schema for the module's run, which halves it; the values drawn are the same.
"""

from __future__ import annotations

import copy
import datetime
import functools
import inspect
import json
import re
from collections.abc import Iterator
from fractions import Fraction
from importlib import resources
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import _from_schema, from_schema
from hypothesis_jsonschema._canonicalise import encode_canonical_json
from mirakl_connect_api import models
from mirakl_connect_api.types import OpenStrEnum, collect_unrecognised

from ..conftest import ROOT

# The spec as shipped in the package (what mirakl_connect.spec.document() reads too).
SPEC = json.loads(resources.files("mirakl_connect_api").joinpath("openapi3.json").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
OVERRIDES = yaml.safe_load((ROOT / "generator-config.yml").read_text(encoding="utf-8"))["class_overrides"]
REF = "#/components/schemas/"
MAX_DEPTH = 3  # references along a cycle before it is cut: rule conditions nest 2 deep
MAX_ITEMS = 2  # arrays: enough to see order and more than one item kept (3 nested 3 deep: 27 items)
SCALAR = {"type": ["null", "boolean", "integer", "number", "string"]}  # unknown fields below the root
UNKNOWN_VARIANT = {"type": "object"}  # a oneOf member no version of the spec has described yet
MARK = "\ufdd0ref:"  # a placeholder for a component is MARK + its name (a noncharacter: never drawn)
DEPTH_SEP = "\ufdd1"
BINARY = "x-roundtrip-binary"  # format: binary drawn as text marked so, handed to the model as bytes
BINARY_MARK = "\ufdd2"
FORMATS = {BINARY: st.text().map(BINARY_MARK.__add__)}
ANNOTATIONS = {"discriminator", "deprecated", "description", "default", "examples"}
SUBSCHEMA_MAPS = {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def class_name(schema_name: str) -> str:
    return OVERRIDES.get(schema_name, {}).get("class_name", schema_name)


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", name) if part)


def is_object(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "object" or (isinstance(kind, list) and "object" in kind)


def spec_models() -> dict[str, dict[str, Any]]:
    """Class name -> schema, for each object schema of the spec the generator makes a model of: the
    object components, and the inline objects in their properties (``Error.extensions`` ->
    ``ErrorExtensions``, openapi-python-client's naming)."""
    found: dict[str, dict[str, Any]] = {}

    def visit(name: str, schema: dict[str, Any]) -> None:
        found[name] = schema
        for prop, sub in schema.get("properties", {}).items():
            if "$ref" not in sub and is_object(sub):
                visit(name + pascal(prop), sub)
            items = sub.get("items", {})
            if "$ref" not in items and is_object(items):
                visit(name + pascal(prop) + "Item", items)

    for name, schema in SCHEMAS.items():
        if is_object(schema):
            visit(class_name(name), schema)
    return found


SPEC_MODELS = spec_models()
MODELS = {
    cls.__name__: cls
    for _, cls in inspect.getmembers(models, inspect.isclass)
    if hasattr(cls, "from_dict") and hasattr(cls, "to_dict") and not issubclass(cls, OpenStrEnum)
}


def test_every_model_is_covered() -> None:
    assert sorted(MODELS) == sorted(SPEC_MODELS)
    assert len(MODELS) == 136  # 134 object components + Error.extensions + ErrorItem.extensions


# -- schemas for generation --------------------------------------------------------------------------
def ref_name(ref: str) -> str:
    assert ref.startswith(REF), ref
    return ref[len(REF) :]


def refs_in(schema: Any) -> set[str]:
    if isinstance(schema, dict):
        found = {ref_name(schema["$ref"])} if "$ref" in schema else set()
        for value in schema.values():
            found |= refs_in(value)
        return found
    if isinstance(schema, list):
        return set().union(*map(refs_in, schema)) if schema else set()
    return set()


REFS = {name: refs_in(schema) for name, schema in SCHEMAS.items()}


def reachable(names: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(REFS[name])
    return seen


CYCLIC = {name for name in SCHEMAS if name in reachable(REFS[name])}


def placeholder(name: str, depth: int | None) -> str:
    return f"{MARK}{name}" if depth is None else f"{MARK}{name}{DEPTH_SEP}{depth}"


def adapt(schema: Any, depth: int | None, *, root: bool = False) -> Any:
    """``schema`` as we give it to hypothesis-jsonschema (see the module docstring). ``depth``: how many
    references along a cycle led here (None outside cycles); ``root``: the model's own object."""
    if isinstance(schema, list):
        return [adapt(item, depth) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:  # 1, 2
        assert set(schema) <= {"$ref", *ANNOTATIONS}, schema  # nothing but annotations beside a $ref
        name = ref_name(schema["$ref"])
        if name not in CYCLIC:
            return {"const": placeholder(name, None)}
        step = 0 if depth is None else depth + 1
        return {"const": placeholder(name, step)} if step <= MAX_DEPTH else False
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key.startswith("x-") or key in ANNOTATIONS:  # 3
            continue
        if key in SUBSCHEMA_MAPS:
            out[key] = {name: adapt(sub, depth) for name, sub in value.items()}
        elif key == "oneOf":  # 6
            out[key] = adapt([*value, UNKNOWN_VARIANT], depth)
        else:
            out[key] = adapt(value, depth)
    if "enum" in out:  # 6
        out = {"anyOf": [out, {"type": "string"}]}
    return limited(formats(out), root=root)


def formats(schema: dict[str, Any]) -> dict[str, Any]:
    """Integer formats as ranges, ``binary`` as marked text (4)."""
    if schema.get("format") in INT_RANGES and schema.get("type") == "integer":
        low, high = INT_RANGES[schema["format"]]
        schema["minimum"] = max(schema.get("minimum", low), low)
        schema["maximum"] = min(schema.get("maximum", high), high)
    if schema.get("format") == "binary":
        schema["format"] = BINARY
    return schema


def limited(schema: dict[str, Any], *, root: bool) -> dict[str, Any]:
    """Size limits that keep examples small and hypothesis-jsonschema from giving up on them (5)."""
    if schema.get("type") == "array":
        schema["maxItems"] = min(schema.get("maxItems", MAX_ITEMS), MAX_ITEMS)
    if is_object(schema):
        if not root and "additionalProperties" not in schema:
            schema["additionalProperties"] = SCALAR
        optional = set(schema.get("properties", {})) - set(schema.get("required", []))
        if optional and "maxProperties" not in schema:
            schema["maxProperties"] = len(schema["properties"])
    return schema


@functools.cache
def component(name: str, depth: int | None) -> st.SearchStrategy[Any]:
    """Values of component ``name`` (at ``depth`` along a reference cycle)."""
    return filled(from_schema(adapt(SCHEMAS[name], depth), custom_formats=FORMATS))


@st.composite
def filled(draw: st.DrawFn, strategy: st.SearchStrategy[Any]) -> Any:
    """A value of ``strategy``, each placeholder replaced by a value of the component it names."""

    def fill(value: Any) -> Any:
        if isinstance(value, str) and value.startswith(MARK):
            name, _, depth = value[len(MARK) :].partition(DEPTH_SEP)
            return draw(component(name, int(depth) if depth else None))
        if isinstance(value, str) and value.startswith(BINARY_MARK):
            return value[len(BINARY_MARK) :].encode()
        if isinstance(value, dict):
            return {key: fill(item) for key, item in value.items()}
        if isinstance(value, list):
            return [fill(item) for item in value]
        return value

    return fill(draw(strategy))


def strategy(name: str) -> st.SearchStrategy[dict[str, Any]]:
    """Values of model ``name``'s schema."""
    return filled(from_schema(adapt(SPEC_MODELS[name], None, root=True), custom_formats=FORMATS))


# -- comparison ----------------------------------------------------------------------------------------
def resolve(schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = SCHEMAS[ref_name(schema["$ref"])]
    return schema


def differences(schema: Any, before: Any, after: Any, path: str = "$") -> list[str]:
    """Where ``after`` is not ``before``: strict JSON equality, except that strings the schema says
    are date-times need only denote the same instant with the same offset."""
    schema = resolve(schema) if isinstance(schema, dict) else {}
    branches = schema.get("oneOf") or schema.get("anyOf")
    if branches:  # equal as some member is enough
        return min((differences(branch, before, after, path) for branch in branches), key=len)
    if type(before) is not type(after) or not same_shape(before, after):
        return [f"{path}: {before!r} became {after!r}"]
    if isinstance(before, dict | list):
        return [diff for part in parts(schema, before, after, path) for diff in differences(*part)]
    if before == after or (schema.get("format") == "date-time" and same_instant(before, after)):
        return []
    return [f"{path}: {before!r} became {after!r}"]


def same_shape(before: Any, after: Any) -> bool:
    if isinstance(before, dict):
        return bool(before.keys() == after.keys())
    return not isinstance(before, list) or len(before) == len(after)


def parts(schema: dict[str, Any], before: Any, after: Any, path: str) -> Iterator[tuple[Any, ...]]:
    """(schema, before, after, path) of each member of two containers of the same shape."""
    if isinstance(before, dict):
        properties, extra = schema.get("properties", {}), schema.get("additionalProperties", {})
        for key in before:
            yield properties.get(key, extra), before[key], after[key], f"{path}.{key}"
    else:
        for index, (one, two) in enumerate(zip(before, after, strict=True)):
            yield schema.get("items", {}), one, two, f"{path}[{index}]"


RFC3339 = re.compile(r"(\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d)(?:\.(\d+))?([Zz]|[+-]\d\d:\d\d)")


def instant(text: str) -> tuple[datetime.datetime, Fraction, datetime.timedelta | None] | None:
    """The instant an RFC 3339 date-time denotes, to any precision, and its UTC offset."""
    match = RFC3339.fullmatch(text)
    if match is None:
        return None
    whole, digits, offset = match.groups()
    moment = datetime.datetime.fromisoformat(whole.upper() + ("+00:00" if offset in "Zz" else offset))
    return moment, Fraction(int(digits or 0), 10 ** len(digits or "")), moment.utcoffset()


def same_instant(before: Any, after: Any) -> bool:
    """Both RFC 3339 date-times, for the same instant (to the digit) with the same offset."""
    if not isinstance(before, str) or not isinstance(after, str):
        return False
    one, two = instant(before), instant(after)
    return one is not None and one == two


def binary_fields(name: str) -> list[str]:
    """Properties of ``format: binary`` (only the multipart body has one, at the top level)."""
    return [k for k, v in SPEC_MODELS[name].get("properties", {}).items() if v.get("format") == "binary"]


def as_data(name: str, value: dict[str, Any]) -> dict[str, Any]:
    """``to_dict()`` output in the form ``from_dict`` takes: a ``File`` tuple back to its bytes."""
    binary = binary_fields(name)
    return {k: v[1].getvalue() if k in binary else v for k, v in value.items()}


def comparable(name: str, model: Any) -> Any:
    """``model``, or for a model with a ``File`` (equal only to itself: its payload is a stream) the
    model's fields with the file's payload read out."""
    binary = binary_fields(name)
    if not binary:
        return model
    fields = attrs.asdict(model, recurse=False)
    for key in binary:
        file = fields.pop(key)
        fields[key] = (file.file_name, file.payload.getvalue(), file.mime_type)
    return fields


def check_round_trip(name: str, data: dict[str, Any]) -> None:
    cls = MODELS[name]
    pristine = copy.deepcopy(data)
    with collect_unrecognised():  # unknown enum values are expected: collect them, do not log them
        model = cls.from_dict(data)
        assert data == pristine, "from_dict changed its input"
        written = as_data(name, model.to_dict())
        diffs = differences(SPEC_MODELS[name], pristine, written)
        assert not diffs, diffs
        again = cls.from_dict(written)
    assert comparable(name, again) == comparable(name, model)
    assert as_data(name, again.to_dict()) == written


@pytest.fixture(scope="module", autouse=True)
def memoised_strategies() -> Iterator[None]:
    """hypothesis-jsonschema's strategy for a (sub)schema, made once (see the module docstring). Its
    strategies are immutable; the key is the schema's canonical JSON, the alphabet and the names of
    the custom formats (this module has one set: ``FORMATS``)."""
    made: dict[Any, st.SearchStrategy[Any]] = {}
    build = getattr(_from_schema, "__from_schema")

    def memoised(schema: Any, *, alphabet: Any, custom_formats: Any) -> st.SearchStrategy[Any]:
        names = (
            None if custom_formats is None else tuple(sorted(k for k in custom_formats if isinstance(k, str)))
        )
        key = (encode_canonical_json(schema), alphabet.allow_x00, alphabet.codec, names)
        if key not in made:
            made[key] = build(schema, alphabet=alphabet, custom_formats=custom_formats)
        return made[key]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_from_schema, "__from_schema", memoised)
        yield


@pytest.mark.parametrize("name", sorted(SPEC_MODELS))
def test_round_trip(name: str) -> None:
    @settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(strategy(name))
    def round_trip(data: dict[str, Any]) -> None:
        check_round_trip(name, data)

    round_trip()


def test_binary_field_round_trip() -> None:
    """``UploadOrderDocumentRequest.to_dict()`` is something its ``from_dict`` reads back."""
    name, cls = "UploadOrderDocumentRequest", models.UploadOrderDocumentRequest
    request = cls.from_dict(
        {
            "file": b"%PDF-1.7",
            "metadata": {"channel_document_id": "d1", "filename": "label.pdf", "type": "RETURN_LABEL"},
            "origin": {"channel_id": "c1", "channel_store_id": "s1"},
        }
    )
    again = cls.from_dict(request.to_dict())
    assert comparable(name, again) == comparable(name, request)


@pytest.mark.parametrize(
    "time",
    [
        "2024-01-02T03:04:05Z",
        "2024-01-02T03:04:05.120Z",  # the vendor's examples: milliseconds
        "2024-01-02T03:04:05.5+05:30",
        "2024-01-02T03:04:05-00:00",
        "2024-01-02t03:04:05+01:00",
        "2024-01-02T03:04:05.123456789Z",  # more digits than datetime keeps: the text is kept
        "2024-01-02T03:04:05z",  # a lower-case z, which datetime.fromisoformat refuses
    ],
)
def test_date_time_spellings(time: str) -> None:
    """RFC 3339 date-times beyond what the generator draws (upper-case T/Z, at most 6 digits)."""
    data = {"id": "01J0000000000000000000000", "time": time, "type": "ACCEPT"}
    written = models.OrderActionEvent.from_dict(data).to_dict()
    assert not differences(SCHEMAS["OrderActionEvent"], data, written), written
    assert written["time"] == time  # written back exactly as read
