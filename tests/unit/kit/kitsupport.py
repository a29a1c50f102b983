"""Helpers of the kit's tests: what a JSON schema leaves unbounded, and the largest JSON value it admits."""

from __future__ import annotations

import re
import sys
from typing import Any

INT64 = 2**63 - 1
# The character whose JSON costs the most bytes: outside the BMP it is 4 bytes of UTF-8 (orjson) and a
# surrogate pair of escapes, 12 bytes, where the JSON is ASCII-escaped (json.dumps, as SQLAlchemy's
# JSON type writes the outbox row the relay sends).
WIDE = "\U0010ffff"
# The longest forms of the fixed-size values.
DATETIME = "2026-12-31T23:59:59.999999+00:00"
DATE = "2026-12-31"
FLOAT = -sys.float_info.max


def _resolve(schema: dict, defs: dict) -> tuple[dict, str | None]:
    ref = schema.get("$ref")
    if ref is None:
        return schema, None
    name = ref.rsplit("/", 1)[-1]
    return defs[name], name


def unbounded(schema: dict, defs: dict, where: str, *, ints: bool = False, seen: set[str] | None = None) -> list[str]:
    """Every string without maxLength, array without maxItems and free-form object without
    maxProperties under `schema` (and, if `ints`, every integer without a minimum and a maximum
    a 64-bit column holds), each named by the model and field it is in."""
    seen = set() if seen is None else seen
    schema, name = _resolve(schema, defs)
    if name is not None:
        if name in seen:
            return []
        seen.add(name)
        where = name
    out: list[str] = []
    for key in ("anyOf", "oneOf", "allOf"):
        for option in schema.get(key, []):
            out += unbounded(option, defs, where, ints=ints, seen=seen)
    if "enum" in schema or "const" in schema:
        return out
    kind = schema.get("type")
    if kind == "string" and schema.get("format") not in ("date", "date-time") and "maxLength" not in schema:
        out.append(f"{where}: a string without maxLength")
    if kind == "integer" and ints:
        low = schema.get("minimum", schema.get("exclusiveMinimum"))
        high = schema.get("maximum", schema.get("exclusiveMaximum"))
        if low is None or high is None or high > INT64 or low < -INT64 - 1:
            out.append(f"{where}: an integer without a minimum and a maximum a 64-bit column holds")
    if kind == "array":
        if "maxItems" not in schema:
            out.append(f"{where}: a list without maxItems")
        out += unbounded(schema.get("items", {}), defs, f"{where}[]", ints=ints, seen=seen)
    if kind == "object" or "properties" in schema:
        for prop, sub in schema.get("properties", {}).items():
            out += unbounded(sub, defs, f"{where}.{prop}", ints=ints, seen=seen)
        extra = schema.get("additionalProperties")
        if "properties" not in schema or extra not in (None, False):
            if "maxProperties" not in schema:
                out.append(f"{where}: a dict without maxProperties")
            if isinstance(extra, dict):
                out += unbounded(extra, defs, f"{where}{{}}", ints=ints, seen=seen)
            if isinstance(schema.get("propertyNames"), dict):
                out += unbounded(schema["propertyNames"], defs, f"{where}{{key}}", ints=ints, seen=seen)
    return out


# Characters from the widest to the narrowest: a string takes the widest its pattern allows.
_CHARACTERS = (WIDE, "\uffff", "\u07ff", "\u00e9", "~", "z", "Z", "9", "-")


def _widest(length: int, pattern: str | None, variant: int) -> str:
    # Distinct strings (for the keys of a dict) of `length` widest characters; under a pattern that
    # no string of one repeated character matches, the widest character all the same (an upper bound).
    for c in _CHARACTERS:
        first = chr(0x10FFFF - variant) if c == WIDE else c
        text = first + c * (length - 1) if length else ""
        if pattern is None or re.search(pattern, text):
            return text
    return _widest(length, None, variant)


def worst_case(schema: dict, defs: dict, measure: Any, variant: int = 0) -> Any:
    """The JSON value `schema` admits whose encoding by `measure` (value -> bytes) is the longest:
    every string at its maxLength of the widest character (a pattern is ignored, which only makes it
    longer), every list at its maxItems, every optional field present, numbers at their widest."""
    schema, _ = _resolve(schema, defs)
    options = [*schema.get("anyOf", []), *schema.get("oneOf", [])]
    if options:
        return max((worst_case(o, defs, measure, variant) for o in options), key=lambda v: len(measure(v)))
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return max(schema["enum"], key=lambda v: len(measure(v)))
    kind = schema.get("type")
    if kind == "string":
        if schema.get("format") == "date-time":
            return DATETIME
        if schema.get("format") == "date":
            return DATE
        return _widest(schema["maxLength"], schema.get("pattern"), variant)
    if kind == "integer":
        low, high = schema.get("minimum", -INT64 - 1), schema.get("maximum", INT64)
        return max((low, high), key=lambda v: len(str(v)))
    if kind == "number":
        return FLOAT
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    if kind == "array":
        item = schema.get("items", {})
        return [worst_case(item, defs, measure, variant + i) for i in range(schema["maxItems"])]
    if kind == "object" or "properties" in schema:
        value = {prop: worst_case(sub, defs, measure) for prop, sub in schema.get("properties", {}).items()}
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            keys = {"type": "string", "maxLength": 0} | schema.get("propertyNames", {})
            for i in range(schema["maxProperties"]):
                key = worst_case(keys, defs, measure, i)
                if isinstance(key, str) and "enum" in keys:
                    key = keys["enum"][i % len(keys["enum"])]
                elif key in value and isinstance(key, str):
                    key = key[: -len(str(i))] + str(i)  # distinct keys under a pattern of ASCII
                value[key] = worst_case(extra, defs, measure)
        return value
    raise AssertionError(f"no worst case for the schema {schema}")
