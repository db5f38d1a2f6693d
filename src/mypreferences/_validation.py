"""Strict checks of request bodies against the spec's component schemas, before anything is sent.

Reads are lenient (the generated models accept whatever the server adds, omits or nulls); writes are strict.
:func:`check_body` checks a JSON-ready body (``model.to_dict()`` or a plain dict in the API's PascalCase
shape) with OpenAPI 3.0.3 semantics: ``type`` (``integer`` excludes booleans; int32/int64 ranges), ``enum``
(only the listed values), min/max length and value, ``required``, arrays, ``$ref``, ``allOf`` (merged),
``oneOf``/``anyOf`` (one alternative must match), ``null`` only where a typed schema is ``nullable``. Unknown
keys are refused where a schema declares its properties, with a did-you-mean (``CustomerNmae`` and
``customer_name`` suggest ``CustomerName``). ``readOnly`` properties (``ProfileId``, ``Edited``, ...) are
refused: the server sets them; :func:`without_read_only` strips them from a model read from the API.

All problems (up to ten) are reported in one :class:`~mypreferences.errors.InvalidRequestError` naming each
field path and rule (``body.Addresses[0].PostalCode: required``), never a value (bodies hold personal data).
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from typing import Any

from mypreferences._schemas import SCHEMAS
from mypreferences.errors import InvalidRequestError

__all__ = ["check_body", "without_read_only"]

_MAX_PROBLEMS = 10
_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def check_body(schema_name: str, value: Any) -> None:
    """Refuse a request body that does not match the component schema ``schema_name``.

    Args:
        schema_name: a key of ``mypreferences._schemas.SCHEMAS`` (e.g. ``"CreateUserProfile"``), or one
            in brackets for a list of them (``"[ConsentType]"``).
        value: the JSON-ready body: ``model.to_dict()`` or a plain dict / list in the API's JSON shape.

    Raises:
        InvalidRequestError: naming each bad field's path and rule (never its value).
        KeyError: ``schema_name`` is not a component schema of the spec.

    """
    problems: list[str] = []
    _check(_schema(schema_name), value, "body", problems)
    if problems:
        more = len(problems) - _MAX_PROBLEMS
        text = "; ".join(problems[:_MAX_PROBLEMS]) + (f"; and {more} more" if more > 0 else "")
        raise InvalidRequestError(f"invalid {schema_name} request body: {text}")


def without_read_only(schema_name: str, value: Any) -> Any:
    """Return a copy of ``value`` without the read-only properties of ``schema_name``, at every depth.

    For sending back a model read from the API: ``without_read_only("UserProfile", profile.to_dict())``
    drops ``ProfileId``, every ``Edited``, ... Undeclared keys are kept (:func:`check_body` reports them).
    """
    return _strip(_schema(schema_name), value)


def _schema(name: str) -> dict[str, Any]:
    if name.startswith("[") and name.endswith("]"):  # a list body: "[ConsentType]"
        return {"type": "array", "items": _schema(name[1:-1])}
    if name not in SCHEMAS:
        raise KeyError(f"no component schema named {name!r} in the spec")
    return {"$ref": f"#/components/schemas/{name}"}


def _resolve(schema: Mapping[str, Any]) -> tuple[str | None, Mapping[str, Any]]:
    """(component name or None, the schema with ``$ref`` followed and ``allOf`` merged)."""
    name = None
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = SCHEMAS[name]
    if "allOf" not in schema:
        return name, schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    props, required = dict(merged.get("properties", {})), list(merged.get("required", []))
    for part in schema["allOf"]:
        _, flat = _resolve(part)
        props.update(flat.get("properties", {}))
        required += flat.get("required", [])
        for key, item in flat.items():
            merged.setdefault(key, item)
    return name, {**merged, "properties": props, "required": required}


def _read_only(schema: Mapping[str, Any]) -> bool:
    return bool(schema.get("readOnly") or _resolve(schema)[1].get("readOnly"))


def _json_type(value: object) -> str:
    kinds = ((type(None), "null"), (bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"),
             (Mapping, "object"), (list | tuple, "array"))  # fmt: skip
    return next((name for cls, name in kinds if isinstance(value, cls)), type(value).__name__)


def _check(schema: Mapping[str, Any], value: Any, path: str, problems: list[str]) -> None:
    name, s = _resolve(schema)
    alternatives = s.get("oneOf") or s.get("anyOf")
    if alternatives:
        _check_alternatives(alternatives, value, path, problems)
        return
    got, want = _json_type(value), s.get("type")
    if value is None:
        if not (s.get("nullable") and want and None in s.get("enum", [None])):
            problems.append(f"{path}: null is not allowed")
        return
    if want and got != want and not (want == "number" and got == "integer"):
        problems.append(f"{path}: expected {want}, got {got}")
        return
    if "enum" in s and value not in s["enum"]:
        allowed = ", ".join(json.dumps(v) for v in s["enum"] if v is not None)
        problems.append(f"{path}: not one of the allowed values ({allowed})")
    if got == "string":
        if len(value) > s.get("maxLength", len(value)):
            problems.append(f"{path}: longer than maxLength {s['maxLength']}")
        if len(value) < s.get("minLength", 0):
            problems.append(f"{path}: shorter than minLength {s['minLength']}")
    elif got in ("integer", "number"):
        low, high = _RANGES.get(s.get("format", ""), (None, None))
        low, high = s.get("minimum", low), s.get("maximum", high)
        if (low is not None and value < low) or (high is not None and value > high):
            problems.append(f"{path}: out of range [{low}, {high}]")
    elif got == "array" and "items" in s:
        for i, item in enumerate(value):
            _check(s["items"], item, f"{path}[{i}]", problems)
    elif got == "object":
        _check_object(name, s, value, path, problems)


def _check_alternatives(alternatives: list[Any], value: Any, path: str, problems: list[str]) -> None:
    got, tried = _json_type(value), []
    for alternative in alternatives:
        found: list[str] = []
        _check(alternative, value, path, found)
        if not found:
            return
        tried.append((_resolve(alternative)[1].get("type"), found))
    same_type = [found for want, found in tried if want == got or (want, got) == ("number", "integer")]
    if same_type:
        problems.extend(same_type[0])
    else:
        wanted = " or ".join(dict.fromkeys(str(want) for want, _ in tried))
        problems.append(f"{path}: expected {wanted}, got {got}")


def _check_object(
    name: str | None, s: Mapping[str, Any], value: Mapping[Any, Any], path: str, problems: list[str]
) -> None:
    props: Mapping[str, Any] = s.get("properties", {})
    extra = s.get("additionalProperties", not props)  # closed when the schema declares its properties
    for key in s.get("required", []):
        if key not in value and not (key in props and _read_only(props[key])):
            problems.append(f"{path}.{key}: required")
    for key, item in value.items():
        where = f"{path}.{key}"
        if key in props:
            if _read_only(props[key]):
                problems.append(f"{where}: read-only (set by the server; leave it out)")
            else:
                _check(props[key], item, where, problems)
        elif isinstance(extra, Mapping):
            _check(extra, item, where, problems)
        elif not extra:
            problems.append(
                f"{where}: unknown key{f' for {name}' if name else ''}{_did_you_mean(key, props)}"
            )


def _did_you_mean(key: object, known: Mapping[str, Any]) -> str:
    if not isinstance(key, str) or not known:
        return ""
    folded = {k.replace("_", "").casefold(): k for k in known}
    match = folded.get(key.replace("_", "").casefold())
    if match is None:
        close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.75)
        match = close[0] if close else None
    return f" (did you mean {match}?)" if match else ""


def _strip(schema: Mapping[str, Any], value: Any) -> Any:
    _, s = _resolve(schema)
    if isinstance(value, list | tuple):
        return [_strip(s["items"], item) if "items" in s else item for item in value]
    if not isinstance(value, Mapping):
        return value
    props: Mapping[str, Any] = s.get("properties", {})
    return {
        key: _strip(props[key], item) if key in props else item
        for key, item in value.items()
        if not (key in props and _read_only(props[key]))
    }
