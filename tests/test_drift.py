"""The generated models survive a server that differs from our spec (issue "Models that survive the real API").

A corpus of drifted responses is generated from every JSON sample of the reference seeds (the documented
request and response bodies of seeds 000, 001, 003 and 004, each parsed with the model its operation
declares), by four kinds of drift, at every depth:

* every value set to ``null`` (objects, arrays, array items and scalars);
* every field removed;
* every enum value replaced by one the spec does not list;
* a new key added to every object.

``Model.from_dict`` must never raise on them and ``to_dict()`` must give back exactly the drifted document
(nothing lost, explicit nulls included). The other direction is checked too: a value of the wrong JSON type
for a declared field (a list where an object is declared, a string where an integer is, an object where a
list is, ...) raises ``ResponseShapeError`` naming the JSON path of that field, without the value.

The reference directory is ``<repo>/../shared/reference`` or the ``MYPREFERENCES_REFERENCE`` variable.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from mypreferences._schemas import SCHEMAS
from mypreferences._validation import _resolve
from mypreferences.generated import models
from mypreferences.generated.client import Client
from mypreferences.generated.errors import ResponseShapeError
from mypreferences.generated.types import parse_array

SPEC_PATH = Path(__file__).parents[1] / "openapi" / "mypreferences-v4.yaml"
REFERENCE = Path(
    os.environ.get("MYPREFERENCES_REFERENCE") or Path(__file__).resolve().parents[2] / "shared" / "reference"
)
SEEDS = REFERENCE / "seeds"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
#: v2 (seed 001) prints PATCH by alternate id in its query form; the v4 operation uses the help path form.
ROUTE_ALIASES = {
    (
        "patch",
        "/{clientId}/Profile/AlternateId",
    ): "/{clientId}/Profile/AlternateIdType/{alternateIdType}/AlternateId/{alternateId}"
}
MIN_SAMPLES = 49  # 000: 6, 001: 39 (8 requests + 31 responses), 003: 2, 004: 2 -- counted by hand

Path_ = tuple[str | int, ...]


# ------------------------------------------------------------------------------------------------ corpus


@dataclass(frozen=True)
class SeedSample:
    """One JSON sample of a seed and the model (component schema) its operation declares for it."""

    id: str
    model: str
    many: bool  # a JSON array of ``model`` objects
    body: Any

    def parse(self, doc: Any) -> Any:
        cls = getattr(models, self.model)
        return parse_array(cls.from_dict, doc) if self.many else cls.from_dict(doc)

    @staticmethod
    def dump(parsed: Any) -> Any:
        if isinstance(parsed, list):
            return [None if item is None else item.to_dict() for item in parsed]
        return parsed.to_dict()


def _spec() -> dict[str, Any]:
    import yaml

    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def _raw_samples(seed: str, text: str) -> Iterator[tuple[int, str, str, str, Any]]:
    """(line, method, route, role, body) of every JSON sample in a seed."""
    decoder = json.JSONDecoder()
    if seed == "000":  # Experience help pages: a route line, then the response sample at a line start
        routes = [
            (m.start(), "get", m.group(1).split("?")[0])
            for m in re.finditer(r"(?m)^(/\{clientId\}/\S*)\s*$", text)
        ]
        starts = [m.start() for m in re.finditer(r"(?m)^\{\s*$", text)]
        marker = None
    elif seed == "001":  # v2 pages: "METHOD\n\n/route", then curl --data '...' and "Response" samples
        routes = [
            (m.start(), m.group(1).lower(), m.group(2))
            for m in re.finditer(r"(?m)^(GET|POST|PUT|PATCH|DELETE)\n\n(/\{clientId\}[^\s?]*)", text)
        ]
        starts, marker = (
            [m.start() for m in re.finditer(r"[{\[]", text)],
            re.compile(r"(--data '|Response|Sample:)\s*\Z"),
        )
    else:  # help pages: "METHOD {clientId}/route" on the first line, request before "Response Information"
        head = re.match(r"\A(GET|POST|PUT|PATCH|DELETE) (\{clientId\}\S*)", text)
        assert head, seed
        routes = [(0, head.group(1).lower(), "/" + head.group(2))]
        starts, marker = [m.start() for m in re.finditer(r"[{\[]", text)], re.compile(r"(Sample:)\s*\Z")
    end = -1
    for pos in starts:
        if pos < end:
            continue
        found = marker.search(text, max(0, pos - 40), pos) if marker else None
        if marker and not found:
            continue
        try:
            body, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            continue
        _, method, route = [r for r in routes if r[0] < pos][-1]
        if seed == "001":
            role = "request" if found and found.group(1) == "--data '" else "response"
        else:
            role = "request" if seed != "000" and pos < text.index("Response Information") else "response"
        yield text.count("\n", 0, pos) + 1, method, route, role, body


def _fit(schema: dict[str, Any], body: Any) -> int:
    """How many top-level keys of the sample the (object or array-item) schema declares."""
    item = body[0] if isinstance(body, list) and body else body
    _, s = _resolve(schema.get("items", schema) if schema.get("type") == "array" else schema)
    return len(set(item) & set(s.get("properties", {}))) if isinstance(item, dict) else 0


def _model_for(spec: dict[str, Any], method: str, route: str, role: str, body: Any) -> tuple[str, bool, Any]:
    """(model name, is-array, body to parse): the request body schema, or the 2xx schema that fits best."""
    op = spec["paths"][ROUTE_ALIASES.get((method, route), route)][method]
    if role == "request":
        schemas = [next(iter(op["requestBody"]["content"].values()))["schema"]]
    else:
        schemas = [r["content"]["application/json"]["schema"] for code, r in op["responses"].items()
                   if str(code).startswith("2") and "application/json" in r.get("content", {})]  # fmt: skip
    schema = max(schemas, key=lambda s: _fit(s, body))
    many = schema.get("type") == "array"
    if many and isinstance(body, dict) and len(body) == 1:  # the v2 {"Operations": [...]} patch wrapper
        body = next(iter(body.values()))
    ref = (schema["items"] if many else schema)["$ref"]
    return ref.rsplit("/", 1)[-1], many, body


def seed_samples() -> list[SeedSample]:
    """Every JSON sample of the seeds with its model (empty when the reference directory is missing)."""
    if not SEEDS.is_dir():
        return []
    spec, out = _spec(), []
    for seed in ("000", "001", "003", "004"):
        (path,) = sorted(SEEDS.glob(f"{seed}_*.txt"))
        for line, method, route, role, body in _raw_samples(seed, path.read_text(encoding="utf-8")):
            model, many, body = _model_for(spec, method, route, role, body)
            out.append(SeedSample(f"{seed}:{line}:{role}:{model}", model, many, body))
    return out


SAMPLES = seed_samples()
SAMPLE_PARAMS = [pytest.param(s, id=s.id) for s in SAMPLES]


# ---------------------------------------------------------------------------------------------- drifting


def _schema_of(model: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{model}"}


def _alternatives(schema: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The resolved alternatives of a declared schema (itself, or its oneOf/anyOf members)."""
    if schema is None:
        return []
    _, s = _resolve(schema)
    alts = s.get("oneOf") or s.get("anyOf")
    return [_resolve(a)[1] for a in alts] if alts else [s]


def _json_type(value: Any) -> str:
    kinds = [
        (type(None), "null"),
        (bool, "boolean"),
        (int, "integer"),
        (float, "number"),
        (str, "string"),
        (dict, "object"),
        (list, "array"),
    ]
    return next(name for cls, name in kinds if isinstance(value, cls))


def positions(
    schema: dict[str, Any] | None, value: Any, path: Path_ = ()
) -> Iterator[tuple[Path_, dict[str, Any] | None, Any]]:
    """(path, declared schema or None, value) of every value of a document, depth first."""
    yield path, schema, value
    chosen = next((a for a in _alternatives(schema) if a.get("type") == _json_type(value)), None)
    if isinstance(value, dict):
        props = (chosen or {}).get("properties", {})
        for key, item in value.items():
            yield from positions(props.get(key), item, (*path, key))
    elif isinstance(value, list):
        items = (chosen or {}).get("items")
        for index, item in enumerate(value):
            yield from positions(items, item, (*path, index))


def mutate(doc: Any, path: Path_, change: Any) -> Any:
    """A deep copy of ``doc`` with ``change(container, last_key)`` applied at ``path``."""
    out = copy.deepcopy(doc)
    target = out
    for step in path[:-1]:
        target = target[step]
    change(target, path[-1])
    return out


def json_path(path: Path_) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def drifted(sample: SeedSample, kind: str) -> Iterator[tuple[str, Any]]:
    """(where, drifted document) for one kind of drift of a sample."""
    root = {"type": "array", "items": _schema_of(sample.model)} if sample.many else _schema_of(sample.model)
    for path, schema, value in positions(root, sample.body):
        where = json_path(path)
        if kind == "null" and path and value is not None:
            yield where, mutate(sample.body, path, lambda c, k: c.__setitem__(k, None))
        elif kind == "removed" and path and isinstance(path[-1], str):
            yield where, mutate(sample.body, path, lambda c, k: c.__delitem__(k))
        elif kind == "enum" and path and any("enum" in a for a in _alternatives(schema)):
            unknown = 987 if isinstance(value, int) else "NotInTheSpec"
            yield where, mutate(sample.body, path, lambda c, k, u=unknown: c.__setitem__(k, u))
        elif kind == "new_key" and isinstance(value, dict):
            extra = {"Nested": [1, "two", None, {"Deeper": True}], "Null": None}
            if path:
                yield where, mutate(sample.body, path, lambda c, k, e=extra: c[k].__setitem__("XDriftKey", e))
            else:
                yield where, {**copy.deepcopy(value), "XDriftKey": extra}


WRONG = [
    ("array", ["PERSONAL-DATA"]),
    ("object", {"PERSONAL-DATA": 1}),
    ("string", "PERSONAL-DATA"),
    ("integer", 4242),
    ("boolean", True),
]


def wrong_types(sample: SeedSample) -> Iterator[tuple[str, Any]]:
    """(JSON path, document) with one declared field given a value of a JSON type its schema refuses."""
    root = {"type": "array", "items": _schema_of(sample.model)} if sample.many else _schema_of(sample.model)
    for path, schema, _ in positions(root, sample.body):
        alts = _alternatives(schema)
        types = {a.get("type") for a in alts}
        if not path or not alts or None in types:  # undeclared or free-form: any JSON value is fine
            continue
        if "number" in types:
            types.add("integer")
        bad = next(v for k, v in WRONG if k not in types)
        yield (
            json_path(path),
            mutate(sample.body, path, lambda c, k, b=bad: c.__setitem__(k, copy.deepcopy(b))),
        )


# ------------------------------------------------------------------------------------------------- tests


def test_corpus_found() -> None:
    """The seeds are there and every counted sample was found (no silent pass on an empty corpus)."""
    if not SEEDS.is_dir():
        pytest.skip("reference directory not found (set MYPREFERENCES_REFERENCE)")
    assert len(SAMPLES) >= MIN_SAMPLES
    assert {s.model for s in SAMPLES} >= {"UserProfile", "ProgramList", "UpdateAcknowledgement", "CreateUserProfile",
                                         "StandardFieldHistory", "JsonPatchOperation", "ArchivePreferences"}  # fmt: skip
    total = sum(
        1 for s in SAMPLES for kind in ("null", "removed", "enum", "new_key") for _ in drifted(s, kind)
    )
    assert total > 10_000


@pytest.mark.parametrize("sample", SAMPLE_PARAMS)
def test_sample_round_trips_exactly(sample: SeedSample) -> None:
    """The undrifted sample: to_dict(from_dict(x)) == x."""
    assert SeedSample.dump(sample.parse(copy.deepcopy(sample.body))) == sample.body


@pytest.mark.parametrize("kind", ["null", "removed", "enum", "new_key"])
@pytest.mark.parametrize("sample", SAMPLE_PARAMS)
def test_drifted_sample_parses_and_loses_nothing(sample: SeedSample, kind: str) -> None:
    """Every drifted copy parses, and to_dict() gives back every key and value it had."""
    count = 0
    for where, doc in drifted(sample, kind):
        original = copy.deepcopy(doc)
        try:
            parsed = sample.parse(doc)
        except Exception as exc:  # pragma: no cover - the failure message is the point
            pytest.fail(f"{kind} drift at {where}: {type(exc).__name__}: {exc}")
        assert doc == original, f"{kind} drift at {where}: from_dict changed its input"
        assert SeedSample.dump(parsed) == original, f"{kind} drift at {where}: to_dict() lost or changed data"
        count += 1
    if kind != "enum":
        assert count > 0


def test_enum_drift_reaches_every_enum_kind() -> None:
    """Integer and string enums, plain and inside anyOf, are all drifted somewhere in the corpus."""
    seen = {where.rsplit(".", 1)[-1] for s in SAMPLES for where, _ in drifted(s, "enum")}
    assert {"PreferenceType", "ConsentStatus", "UpdateStatus", "MatchType", "CassStatus", "op"} <= seen


def test_unknown_enum_value_is_kept_raw() -> None:
    """The profile keeps an unknown PreferenceType/ConsentStatus as its raw value, and sends it back."""
    doc = {"ProfilePreferences": [{"FilterId": "F1", "PreferenceType": 3}], "Consents": [{"ConsentStatus": 9}],
           "UpdateStatus": "Archived"}  # fmt: skip
    profile = models.UserProfile.from_dict(doc)
    assert profile.profile_preferences is not None and profile.profile_preferences[0].preference_type == 3
    assert type(profile.profile_preferences[0].preference_type) is int
    assert profile.update_status == "Archived" and profile.to_dict() == doc
    known = models.UserProfile.from_dict({"ProfilePreferences": [{"PreferenceType": 2}]})
    assert known.profile_preferences is not None
    assert known.profile_preferences[0].preference_type is models.PreferenceType.OPT_OUT


@pytest.mark.parametrize("sample", SAMPLE_PARAMS)
def test_wrong_json_type_raises_shape_error_with_path(sample: SeedSample) -> None:
    """A list for an object, a string for an integer, an object for a list, ...: one dedicated error."""
    count = 0
    for where, doc in wrong_types(sample):
        with pytest.raises(ResponseShapeError) as info:
            sample.parse(doc)
        assert info.value.path == where
        assert "PERSONAL-DATA" not in str(info.value) and "4242" not in str(info.value)
        assert isinstance(info.value, ValueError)
        count += 1
    assert count > 0


@pytest.mark.parametrize(
    ("doc", "path", "message"),
    [
        ({"CustomerName": ["Ada"]}, "$.CustomerName", "$.CustomerName: expected object, got array"),
        ({"ProfileId": "42"}, "$.ProfileId", "$.ProfileId: expected integer, got string"),
        ({"AlternateIds": {"AlternateId": "x"}}, "$.AlternateIds", "$.AlternateIds: expected array, got object"),
        ({"IsActive": 1}, "$.IsActive", "$.IsActive: expected boolean, got integer"),
        ({"AlternateIds": [{}, 7]}, "$.AlternateIds[1]", "$.AlternateIds[1]: expected object, got integer"),
        ({"Emails": [{"EmailPreferences": [{"PreferenceType": "1"}]}]}, "$.Emails[0].EmailPreferences[0].PreferenceType",
         "$.Emails[0].EmailPreferences[0].PreferenceType: expected integer, got string"),
        ({"Consents": [{"ConsentStatus": [1]}]}, "$.Consents[0].ConsentStatus",
         "$.Consents[0].ConsentStatus: expected integer or string, got array"),
    ],
)  # fmt: skip
def test_shape_error_messages(doc: dict[str, Any], path: str, message: str) -> None:
    with pytest.raises(ResponseShapeError) as info:
        models.UserProfile.from_dict(doc)
    assert info.value.path == path and str(info.value) == message


@pytest.mark.parametrize("body", [[{"ProfileId": 1}], "text", 3, None])
def test_top_level_wrong_shape(body: Any) -> None:
    with pytest.raises(ResponseShapeError) as info:
        models.UserProfile.from_dict(body)
    assert info.value.path == "$"


def _endpoint(name: str) -> Any:
    import importlib

    return importlib.import_module(f"mypreferences.generated.api.{name}")


@pytest.mark.parametrize("body", [None, {"ProfileId": 1}, [[]], [{}, "x"], "x"])
def test_array_response_of_the_wrong_shape_is_a_shape_error(body: Any) -> None:
    """A look-up answering something other than an array of profiles: ResponseShapeError, never a TypeError."""
    module = _endpoint("lookup.get_profiles_by_email")
    with pytest.raises(ResponseShapeError):
        response = httpx.Response(200, content=json.dumps(body).encode())
        module._parse_response(client=Client(base_url="https://x"), response=response)


def test_object_response_of_the_wrong_shape_is_a_shape_error() -> None:
    module = _endpoint("profile.get_profile_by_profile_id")
    for body in (None, [], {"Addresses": "nope"}):
        with pytest.raises(ResponseShapeError):
            response = httpx.Response(200, content=json.dumps(body).encode())
            module._build_response(client=Client(base_url="https://x"), response=response)


@pytest.mark.parametrize("status", [520, 499, 299, 200])
def test_status_outside_http_status_does_not_crash(status: int) -> None:
    module = _endpoint("profile.get_profile_by_profile_id")
    response = httpx.Response(status, json={"ProfileId": 7})
    built = module._build_response(client=Client(base_url="https://x"), response=response)
    assert built.status_code == status
    assert (built.parsed is not None) is (status == 200)


def test_schemas_cover_the_generated_models() -> None:
    """The drift walk reads the same schemas the models were generated from."""
    for name in ("UserProfile", "ProfilePreference", "ProgramList", "SegmentRequestInfo"):
        assert name in SCHEMAS and hasattr(models, name)
