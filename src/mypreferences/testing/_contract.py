"""The server's copy of the API contract: routes, documented statuses, parameters and bodies per operation.

The table lives in ``contract.json`` beside this module and is derived from the vendored OpenAPI description
(``openapi/mypreferences-v4.yaml``); component schemas come from :data:`mypreferences._schemas.SCHEMAS`.
The server routes, validates requests and chooses its answer statuses from it, so it does not depend on the
SDK's generated client code. Regenerate the table after editing the spec::

    python -m mypreferences.testing._contract_build openapi/mypreferences-v4.yaml

(needs PyYAML); the test suite fails while the table and the spec disagree.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from openapi_schema_validator import OAS30Validator, oas30_format_checker

JSON = dict[str, Any]
CONTRACT_FILE = "contract.json"


@dataclass(frozen=True)
class Param:
    """One documented parameter (``location`` is ``path``, ``query`` or ``header``)."""

    name: str
    location: str
    required: bool
    schema: JSON


@dataclass(frozen=True)
class Body:
    """The documented request body of an operation."""

    required: bool
    media_types: tuple[str, ...]
    schema: JSON


@dataclass(frozen=True)
class OperationContract:
    """What the spec says about one operation."""

    operation_id: str
    method: str
    path: str
    statuses: frozenset[int]
    params: tuple[Param, ...]
    body: Body | None
    responses: Mapping[int, JSON | None]

    @property
    def segments(self) -> tuple[str, ...]:
        """The path template split on ``/``."""
        return tuple(self.path.strip("/").split("/"))


# -- reading the table (the server) --------------------------------------------------------------------


@functools.cache
def operations() -> dict[str, OperationContract]:
    """Return the contract of every operation, by operationId."""
    raw = json.loads(resources.files(__package__).joinpath(CONTRACT_FILE).read_text("utf-8"))
    out: dict[str, OperationContract] = {}
    for op_id, op in raw["operations"].items():
        body = op["body"]
        out[op_id] = OperationContract(
            operation_id=op_id,
            method=op["method"],
            path=op["path"],
            statuses=frozenset(int(s) for s in op["responses"]),
            params=tuple(Param(p["name"], p["in"], p["required"], p["schema"]) for p in op["parameters"]),
            body=None if body is None else Body(body["required"], tuple(body["media_types"]), body["schema"]),
            responses={int(s): schema for s, schema in op["responses"].items()},
        )
    return out


@functools.cache
def _components() -> JSON:
    from mypreferences._schemas import SCHEMAS

    return {"schemas": SCHEMAS}


def validator(schema: JSON) -> OAS30Validator:
    """Return an OpenAPI 3.0 validator (formats ``int32``/``int64``... checked) for a schema of the contract."""
    key = json.dumps(schema, sort_keys=True)
    return _validator(key)


@functools.lru_cache(maxsize=512)
def _validator(key: str) -> OAS30Validator:
    schema = json.loads(key)
    return OAS30Validator({**schema, "components": _components()}, format_checker=oas30_format_checker)


def _where(path: Iterator[Any] | Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the body"


def first_error(schema: JSON, value: Any) -> str | None:
    """Describe the first way ``value`` breaks ``schema`` (``"CustomerName.LastName: ... is too long"``), or None."""
    errors = sorted(
        validator(schema).iter_errors(value), key=lambda e: (len(e.absolute_path), str(e.absolute_path))
    )
    if not errors:
        return None
    err = errors[0]
    while err.context:  # oneOf/anyOf: report the deepest cause of the first alternative
        err = sorted(err.context, key=lambda e: -len(e.absolute_path))[0]
    return f"{_where(err.absolute_path)}: {_describe(err.validator, err.validator_value, err.message)}"


def _describe(rule: Any, expected: Any, message: str) -> str:
    """Name the broken rule without echoing the offending value (it may be personal data)."""
    if rule == "maxLength":
        return f"must be at most {expected} characters long"
    if rule == "minLength":
        return f"must be at least {expected} characters long"
    if rule == "type":
        return f"must be of type {expected}"
    if rule == "enum":
        return f"must be one of {json.dumps(expected)[:200]}"
    if rule == "format":
        return f"must be a valid {expected}"
    if rule in ("maximum", "minimum"):
        return f"must be {'at most' if rule == 'maximum' else 'at least'} {expected}"
    if rule in ("maxItems", "minItems"):
        return f"must have {'at most' if rule == 'maxItems' else 'at least'} {expected} items"
    if rule == "required":
        return message  # "'Name' is a required property": names the field only
    if rule == "nullable" or "None is not" in message:
        return "must not be null"
    return f"breaks the schema rule {rule!r}"


_INT = re.compile(
    r"-?[0-9]{1,19}"
)  # what ASP.NET binds to an integer: no "+", "_", spaces or non-ASCII digits


def parse_param(param: Param, raw: str) -> Any:
    """Convert a raw path/query value as the server binds it; raises ValueError with a reason."""
    schema = _resolve(param.schema)
    kind = schema.get("type")
    value: Any = raw
    if kind == "integer":
        if not _INT.fullmatch(raw):
            raise ValueError("an integer is expected")
        value = int(raw)
    elif kind == "number":
        try:
            value = float(raw)
        except ValueError:
            raise ValueError("a number is expected") from None
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("a finite number is expected")
    elif kind == "boolean":
        if raw.lower() not in ("true", "false"):
            raise ValueError("true or false is expected")
        value = raw.lower() == "true"
    elif kind not in (None, "string"):
        return raw  # object-style criteria are interpreted by the handlers
    problem = first_error(schema, value)
    if problem is not None:
        raise ValueError(problem.split(": ", 1)[-1])
    return value


def is_scalar(param: Param) -> bool:
    """Tell whether a parameter is sent as one ``name=value`` pair (not an exploded object)."""
    return _resolve(param.schema).get("type") in (None, "string", "integer", "number", "boolean")


def _resolve(schema: JSON) -> JSON:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        resolved: JSON = _components()["schemas"][ref.rsplit("/", 1)[1]]
        return resolved
    return schema
