"""JSON Patch (RFC 6902) builders for the MyPreferences ``PATCH`` operations.

MyPreferences updates profiles and configuration items with JSON Patch, with its own rules:

* only ``add``, ``replace``, ``remove`` and ``test`` are supported (``move`` and ``copy`` are refused);
* when one request mixes ``replace`` and ``remove``, the replaces must come first;
* several removals from one array must be sent in descending index order.

:class:`JsonPatch` builds such a document fluently and puts the operations in an order that obeys
those rules when the document is built (see *Ordering* below)::

    patch = (
        JsonPatch.for_model(UserProfile)            # optional: check paths and values against the schema
        .test("/ProfileId", 123)
        .replace(("CustomerName", "FirstName"), "Ann")
        .remove("/Emails/0")
        .remove("/Emails/2")                          # sent before /Emails/0
        .add("/ProfileTags/-", {"Name": "vip"})
    )
    await mp.profile.patch_profile_by_profile_id(123, body=patch)

A :class:`JsonPatch` is itself usable wherever ``list[JsonPatchOperation]`` is expected: iterating it
yields generated :class:`~mypreferences.generated.models.JsonPatchOperation` models in the built order.

Paths
    Either a JSON Pointer string (RFC 6901, ``"/CustomerName/FirstName"``, with ``~0``/``~1`` escapes)
    or a sequence of tokens (``("CustomFields", 0, "Value")``) that are escaped for you. Invalid pointer
    strings (not starting with ``/``, a ``~`` not followed by ``0`` or ``1``) raise
    :class:`~mypreferences.errors.InvalidRequestError`.

Values
    JSON values, generated attrs models (anything with ``to_dict()``), ``datetime``/``date``/``time``
    (ISO 8601 text), :class:`enum.Enum` members (their ``value``), and lists/tuples/dicts of those. They
    are converted (and so copied) when the operation is added.

Ordering (applied when the document is built, i.e. by :meth:`JsonPatch.to_json_list`, iteration,
:meth:`JsonPatch.apply`...)
    1. *Replaces before removes.* Operations before the caller's first ``remove`` keep their places.
       Every ``replace`` that the caller placed after the first ``remove`` is lifted to just before that
       first ``remove`` (replaces keep their relative order). ``add`` and ``test`` operations never move
       ahead of a ``remove`` the caller put before them, so an ``add`` that relies on an earlier
       ``remove`` (``remove /X`` then ``add /X``) keeps working.
    2. *Removes of one array in descending index order.* The removes keep the positions (slots) they
       have after step 1, but are re-assigned to those slots so that a removal of array element ``i``
       comes after every remove that addresses an element ``j > i`` of the same array (or something
       inside it): each slot takes the earliest (in the caller's order) remaining remove that no other
       remaining remove has to precede (a stable topological sort).
    3. Nothing else moves.

    Index semantics that follow from those server rules: **the paths of replaces and removes are read
    against the document as it was before any remove of the patch**, i.e. write the indices you see in
    the document you fetched (``.remove("/Emails/0").remove("/Emails/2")`` removes the first and the
    third address). Consequently a patch removing the same element twice, or removing both a location
    and something inside it, is refused.

    An ``add`` or ``test`` is never silently re-interpreted: when the rules would move an ``add``/``test``
    across an operation whose location it depends on (same or enclosing path, or an index shifted by an
    ``add``/``remove`` in the same array), the operation that caused it is refused with
    :class:`~mypreferences.errors.InvalidRequestError`; reorder the calls or send two PATCH requests.
    Errors are raised by the builder call that made the patch invalid, and name the operation's index
    (0-based, in the caller's order) and path.

Schema checking
    :meth:`JsonPatch.for_model` binds a builder to a component schema (``mypreferences._schemas.SCHEMAS``
    by default, or an injected mapping): unknown fields are refused with the closest valid name, array
    indices must be integers (or ``-`` as the last token of an ``add``), values must match the JSON type,
    enum, ``nullable`` and ``maxLength``/``minLength`` of the schema, and read-only fields (``readOnly``,
    or an object whose declared fields are all ``readOnly`` such as ``EditInfo``; and anything inside
    them) cannot be added, replaced or removed (``test`` may read them). Free-form objects
    (``additionalProperties``, or an object schema without ``properties``) accept any key. ``oneOf`` /
    ``anyOf`` accept what one alternative accepts. Read-only fields nested inside a *value* are not
    refused (the server ignores them). Required fields are not enforced.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import enum
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from mypreferences.errors import InvalidRequestError

if TYPE_CHECKING:
    from typing import Self

    from mypreferences.generated.models import JsonPatchOperation

__all__ = ["JsonPatch", "PathLike", "escape_token", "format_pointer", "parse_pointer"]

PathLike = str | Sequence[str | int]
"""A JSON Pointer string, or a sequence of (unescaped) tokens; integers are array indices."""

_OPS: Final = ("add", "remove", "replace", "test")
_MUTATING: Final = frozenset({"add", "remove", "replace"})
_INDEX_RE: Final = re.compile(r"0|[1-9][0-9]*")
_BAD_ESCAPE_RE: Final = re.compile(r"~(?![01])")
_SCHEMA_REF_PREFIX: Final = "#/components/schemas/"
_APPEND: Final = "-"  # the "past the end" array token


# --------------------------------------------------------------------------------------------------
# JSON Pointer helpers


def escape_token(token: str) -> str:
    """Escape one reference token for a JSON Pointer (``~`` → ``~0``, ``/`` → ``~1``)."""
    return token.replace("~", "~0").replace("/", "~1")


def _unescape_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def format_pointer(tokens: Iterable[str]) -> str:
    """Join unescaped tokens into a JSON Pointer string (``()`` gives ``""``, the whole document)."""
    return "".join("/" + escape_token(t) for t in tokens)


def parse_pointer(pointer: str) -> tuple[str, ...]:
    """Split a JSON Pointer string into unescaped tokens.

    Raises:
        InvalidRequestError: ``pointer`` is not empty and does not start with ``/``, or has a ``~``
            that is not followed by ``0`` or ``1``.

    """
    if not isinstance(pointer, str):
        raise InvalidRequestError(f"a JSON Pointer must be a string, got {type(pointer).__name__}")
    if pointer == "":
        return ()
    if not pointer.startswith("/"):
        raise InvalidRequestError(f"invalid JSON Pointer {pointer!r}: it must start with '/'")
    parts = pointer[1:].split("/")
    for part in parts:
        if _BAD_ESCAPE_RE.search(part):
            raise InvalidRequestError(
                f"invalid JSON Pointer {pointer!r}: '~' must be escaped as '~0' ('/' as '~1')"
            )
    return tuple(_unescape_token(p) for p in parts)


def _tokens_of(path: PathLike) -> tuple[str, ...]:
    if isinstance(path, str):
        return parse_pointer(path)
    if not isinstance(path, Sequence):
        raise InvalidRequestError(
            f"a patch path must be a JSON Pointer string or a sequence of tokens, got {type(path).__name__}"
        )
    out: list[str] = []
    for token in path:
        if isinstance(token, enum.Enum):
            token = token.value
        if isinstance(token, bool) or not isinstance(token, (str, int)):
            raise InvalidRequestError(
                f"invalid path token {token!r} in {tuple(path)!r}: tokens must be strings or integers"
            )
        if isinstance(token, int):
            if token < 0:
                raise InvalidRequestError(f"invalid array index {token} in {tuple(path)!r}: must be >= 0")
            out.append(str(token))
        else:
            out.append(str.__str__(token))
    return tuple(out)


def _is_index(token: str) -> bool:
    return _INDEX_RE.fullmatch(token) is not None


# --------------------------------------------------------------------------------------------------
# Values


def _to_json(value: Any, where: str) -> Any:
    """Convert ``value`` to plain JSON data (new containers), refusing what JSON cannot carry."""
    if isinstance(value, enum.Enum):
        return _to_json(value.value, where)
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidRequestError(f"{where}: {value!r} cannot be sent as JSON")
        return float(value)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, Mapping):
        return _to_json(to_dict(), where)
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if isinstance(key, enum.Enum):
                key = key.value
            if not isinstance(key, str):
                raise InvalidRequestError(f"{where}: object keys must be strings, got {key!r}")
            out[str.__str__(key)] = _to_json(item, where)
        return out
    if isinstance(value, (list, tuple)):
        return [_to_json(item, where) for item in value]
    raise InvalidRequestError(f"{where}: a value of type {type(value).__name__} cannot be sent as JSON")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _json_equal(a: Any, b: Any) -> bool:
    """JSON equality: like ``==`` but booleans are not numbers."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and bool(a == b)


# --------------------------------------------------------------------------------------------------
# Operations


@dataclass(frozen=True, slots=True)
class _Op:
    op: str
    tokens: tuple[str, ...]
    value: Any
    index: int  # position in the caller's order

    @property
    def path(self) -> str:
        return format_pointer(self.tokens)

    @property
    def label(self) -> str:
        return f"op #{self.index} ({self.op} {self.path!r})"

    def wire(self) -> dict[str, Any]:
        if self.op == "remove":
            return {"op": self.op, "path": self.path}
        return {"op": self.op, "path": self.path, "value": _copy_json(self.value)}


def _copy_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_json(v) for v in value]
    return value


def _first_difference(p: tuple[str, ...], q: tuple[str, ...]) -> int:
    n = min(len(p), len(q))
    for k in range(n):
        if p[k] != q[k]:
            return k
    return n


def _shifts(shifter: _Op, other_token: str, k: int) -> bool:
    """Whether ``shifter`` (an add/remove of an element at level ``k``) moves ``other_token``'s element."""
    if shifter.op not in ("add", "remove") or len(shifter.tokens) != k + 1:
        return False
    own = shifter.tokens[k]
    if _APPEND in (own, other_token):
        return True  # conservative: an append may create the element the other op addresses
    return int(other_token) >= int(own)


def _interferes(a: _Op, b: _Op) -> bool:
    """Whether swapping ``a`` and ``b`` can change what either of them does."""
    k = _first_difference(a.tokens, b.tokens)
    if k == min(len(a.tokens), len(b.tokens)):
        return True  # same location, or one encloses the other
    ta, tb = a.tokens[k], b.tokens[k]
    if not ((_is_index(ta) or ta == "-") and (_is_index(tb) or tb == "-")):
        return False
    return _shifts(a, tb, k) or _shifts(b, ta, k)


def _must_precede(q: _Op, p: _Op) -> bool:
    """For two removes: ``q`` addresses a higher index of an array from which ``p`` removes an element."""
    k = _first_difference(p.tokens, q.tokens)
    if k >= min(len(p.tokens), len(q.tokens)) or len(p.tokens) != k + 1:
        return False
    tp, tq = p.tokens[k], q.tokens[k]
    return _is_index(tp) and _is_index(tq) and int(tq) > int(tp)


def _order(ops: Sequence[_Op]) -> list[_Op]:
    """Put ``ops`` in the order the server requires (see the module docstring), or refuse them."""
    first_remove = next((i for i, o in enumerate(ops) if o.op == "remove"), None)
    if first_remove is None:
        return list(ops)
    tail = ops[first_remove:]
    order = (
        list(ops[:first_remove])
        + [o for o in tail if o.op == "replace"]
        + [o for o in tail if o.op != "replace"]
    )
    removes = [o for o in order if o.op == "remove"]
    for i, p in enumerate(removes):
        for q in removes[i + 1 :]:
            if _first_difference(p.tokens, q.tokens) == min(len(p.tokens), len(q.tokens)):
                first, second = (p, q) if p.index < q.index else (q, p)
                raise InvalidRequestError(
                    f"{second.label}: the location is already removed by {first.label}; remove paths "
                    "refer to the document before the patch's removes, so remove each location once"
                )
    # Stable topological sort of the removes by the "higher index first" constraint.
    pending = list(removes)
    ordered_removes: list[_Op] = []
    while pending:
        for i, cand in enumerate(pending):
            if not any(_must_precede(q, cand) for q in pending if q is not cand):
                ordered_removes.append(pending.pop(i))
                break
        else:  # pragma: no cover - the relation is acyclic (it follows descending index order)
            raise AssertionError("cyclic remove ordering")
    slots = iter(ordered_removes)
    order = [next(slots) if o.op == "remove" else o for o in order]
    # Refuse any add/test that the rules moved across an operation it depends on.
    if all(o.index == i for i, o in enumerate(order)):
        return order
    for i, a in enumerate(order):
        for b in order[i + 1 :]:
            if a.index > b.index and ("add" in (a.op, b.op) or "test" in (a.op, b.op)) and _interferes(a, b):
                moved, other = (a, b) if a.op in ("add", "test") else (b, a)
                raise InvalidRequestError(
                    f"{moved.label} depends on {other.label}, but the server's ordering rules (replaces "
                    "before removes, removes of one array in descending index order) would swap them and "
                    "change the result; reorder the calls or split the patch into two PATCH requests"
                )
    return order


# --------------------------------------------------------------------------------------------------
# Local application (preview)


def _apply_ops(ops: Iterable[_Op], document: Any) -> Any:
    doc = _copy_json(document)
    for op in ops:
        doc = _apply_one(op, doc)
    return doc


def _fail(op: _Op, message: str) -> InvalidRequestError:
    return InvalidRequestError(f"{op.label}: {message}")


def _apply_one(op: _Op, doc: Any) -> Any:
    if not op.tokens:
        if op.op in ("add", "replace"):
            return _copy_json(op.value)
        if op.op == "test":
            if not _json_equal(doc, op.value):
                raise _fail(op, "test failed: the document differs from the expected value")
            return doc
        raise _fail(op, "the whole document cannot be removed")
    parent: Any = doc
    for depth, token in enumerate(op.tokens[:-1]):
        parent = _child(op, parent, token, depth)
    last = op.tokens[-1]
    where = format_pointer(op.tokens)
    if isinstance(parent, dict):
        if op.op == "add":
            parent[last] = _copy_json(op.value)
            return doc
        if last not in parent:
            raise _fail(op, f"no member {last!r} at {where!r}")
        if op.op == "remove":
            del parent[last]
        elif op.op == "replace":
            parent[last] = _copy_json(op.value)
        elif not _json_equal(parent[last], op.value):
            raise _fail(op, f"test failed: the value at {where!r} differs from the expected value")
        return doc
    if isinstance(parent, list):
        if op.op == "add" and last == "-":
            parent.append(_copy_json(op.value))
            return doc
        if not _is_index(last):
            raise _fail(op, f"{last!r} is not a valid array index")
        idx = int(last)
        limit = len(parent) + (1 if op.op == "add" else 0)
        if idx >= limit:
            raise _fail(op, f"index {idx} is out of range for an array of length {len(parent)}")
        if op.op == "add":
            parent.insert(idx, _copy_json(op.value))
        elif op.op == "remove":
            del parent[idx]
        elif op.op == "replace":
            parent[idx] = _copy_json(op.value)
        elif not _json_equal(parent[idx], op.value):
            raise _fail(op, f"test failed: the value at {where!r} differs from the expected value")
        return doc
    raise _fail(op, f"the parent of {where!r} is a {_json_type(parent)}, not an object or array")


def _child(op: _Op, container: Any, token: str, depth: int) -> Any:
    where = format_pointer(op.tokens[: depth + 1])
    if isinstance(container, dict):
        if token not in container:
            raise _fail(op, f"no member {token!r} at {where!r}")
        return container[token]
    if isinstance(container, list):
        if not _is_index(token) or int(token) >= len(container):
            raise _fail(op, f"{where!r} does not address an element of an array of length {len(container)}")
        return container[int(token)]
    raise _fail(op, f"cannot go inside a {_json_type(container)} at {where!r}")


# --------------------------------------------------------------------------------------------------
# Schema checking


class _SchemaChecker:
    """Checks operations against one component schema of the spec."""

    def __init__(self, name: str, schemas: Mapping[str, Any]) -> None:
        if name not in schemas:
            close = difflib.get_close_matches(name, list(schemas), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise InvalidRequestError(f"unknown schema {name!r}{hint}")
        self.name = name
        self.schemas = schemas

    def resolve(self, schema: Any, _seen: frozenset[str] = frozenset()) -> dict[str, Any]:
        """Follow ``$ref`` and merge ``allOf`` (sibling keywords of a ``$ref`` are kept)."""
        if not isinstance(schema, Mapping):
            return {}
        out: dict[str, Any] = dict(schema)
        ref = out.pop("$ref", None)
        if isinstance(ref, str):
            target = ref[len(_SCHEMA_REF_PREFIX) :] if ref.startswith(_SCHEMA_REF_PREFIX) else ref
            if target in _seen or target not in self.schemas:
                base: dict[str, Any] = {}
            else:
                base = self.resolve(self.schemas[target], _seen | {target})
            out = {**base, **out}
        all_of = out.pop("allOf", None)
        if isinstance(all_of, list):
            merged: dict[str, Any] = {}
            props: dict[str, Any] = {}
            for part in all_of:
                resolved = self.resolve(part, _seen)
                props.update(resolved.get("properties") or {})
                merged.update(resolved)
            merged.update(out)
            if props or "properties" in out:
                merged["properties"] = {**props, **(out.get("properties") or {})}
            out = merged
        return out

    @staticmethod
    def kind(schema: Mapping[str, Any]) -> str:
        """``object``, ``array``, a scalar JSON type name, or ``any``."""
        t = schema.get("type")
        if t == "array" or (t is None and "items" in schema):
            return "array"
        if t == "object" or (t is None and ("properties" in schema or "additionalProperties" in schema)):
            return "object"
        if isinstance(t, str):
            return t
        return "any"

    @staticmethod
    def extra_schema(schema: Mapping[str, Any]) -> Any:
        """Return the schema of undeclared members, or None when they are not allowed."""
        extra = schema.get("additionalProperties")
        if extra is True:
            return {}
        if isinstance(extra, Mapping):
            return extra
        if extra is None and not schema.get("properties"):
            return {}  # an object schema without properties is free-form
        return None

    def read_only(self, schema: Mapping[str, Any]) -> bool:
        """Whether a field is read-only: ``readOnly``, or an object whose declared fields all are."""
        if schema.get("readOnly"):
            return True
        props: Mapping[str, Any] = schema.get("properties") or {}
        return (
            self.kind(schema) == "object"
            and bool(props)
            and self.extra_schema(schema) is None
            and all(self.resolve(p).get("readOnly") for p in props.values())
        )

    @staticmethod
    def suggest(token: str, names: Iterable[str]) -> str:
        names = list(names)
        for n in names:
            if n.lower() == token.lower():
                return f"; did you mean {n!r}?"
        close = difflib.get_close_matches(token, names, n=1, cutoff=0.6)
        if close:
            return f"; did you mean {close[0]!r}?"
        shown = ", ".join(sorted(names)[:12]) + (", ..." if len(names) > 12 else "")
        return f" (valid fields: {shown})" if names else ""

    def alternatives(self, schema: Mapping[str, Any]) -> list[dict[str, Any]] | None:
        alts = schema.get("oneOf") or schema.get("anyOf")
        if not isinstance(alts, list):
            return None
        base = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
        return [{**base, **self.resolve(a)} for a in alts]

    def check(self, op: _Op) -> None:
        """Refuse ``op`` when its path or value does not fit the schema."""
        self._walk(self.resolve(self.schemas[self.name]), op, 0, self.name)

    def _walk(self, schema: dict[str, Any], op: _Op, depth: int, where: str) -> None:
        alts = self.alternatives(schema)
        if alts is not None:
            self._first_that_fits(op, [lambda a=a: self._walk(a, op, depth, where) for a in alts])
            return
        if depth == len(op.tokens):
            if op.op != "remove":
                self._check_value(op, op.value, schema, op.path)
            return
        token = op.tokens[depth]
        last = depth == len(op.tokens) - 1
        kind = self.kind(schema)
        if kind == "any":
            return
        if kind == "array":
            if token == _APPEND:
                if op.op != "add" or not last:
                    raise _fail(op, "'-' (append) is only valid as the last token of an add")
            elif not _is_index(token):
                raise _fail(
                    op,
                    f"{where} is an array: {token!r} is not an array index (a non-negative integer"
                    + (" or '-' to append)" if op.op == "add" else ")"),
                )
            self._walk(self.resolve(schema.get("items", {})), op, depth + 1, f"{where}[{token}]")
            return
        if kind != "object":
            raise _fail(op, f"{where} is a {kind} field: it has no member {token!r}")
        props: Mapping[str, Any] = schema.get("properties") or {}
        if token in props:
            sub = self.resolve(props[token])
            if op.op in _MUTATING and self.read_only(sub):
                raise _fail(op, f"{token!r} is read-only in {where} and cannot be changed by a patch")
            self._walk(sub, op, depth + 1, f"{where}.{token}")
            return
        extra = self.extra_schema(schema)
        if extra is None:
            raise _fail(op, f"unknown field {token!r} in {where}{self.suggest(token, props)}")
        self._walk(self.resolve(extra), op, depth + 1, f"{where}[{token!r}]")

    @staticmethod
    def _first_that_fits(op: _Op, attempts: Sequence[Any]) -> None:
        reasons: list[str] = []
        for attempt in attempts:
            try:
                attempt()
            except InvalidRequestError as exc:
                reasons.append(str(exc).removeprefix(op.label + ": "))
            else:
                return
        if len(reasons) == 1:
            raise _fail(op, reasons[0])
        raise _fail(op, "no alternative of the schema fits: " + " | ".join(reasons))

    def _check_value(self, op: _Op, value: Any, schema: dict[str, Any], at: str) -> None:
        alts = self.alternatives(schema)
        if alts is not None:
            self._first_that_fits(op, [lambda a=a: self._check_value(op, value, a, at) for a in alts])
            return
        kind = self.kind(schema)
        if value is None:
            if kind != "any" and not schema.get("nullable") and None not in (schema.get("enum") or ()):
                raise _fail(op, f"the value at {at!r} cannot be null (the field is not nullable)")
            return
        enum_values = schema.get("enum")
        if isinstance(enum_values, list) and not any(_json_equal(value, e) for e in enum_values):
            allowed = ", ".join(repr(e) for e in enum_values)
            raise _fail(op, f"the value at {at!r} must be one of {allowed}, got {value!r}")
        actual = _json_type(value)
        ok = {
            "any": True,
            "object": actual == "object",
            "array": actual == "array",
            "string": actual == "string",
            "integer": actual == "integer",
            "number": actual in ("integer", "number"),
            "boolean": actual == "boolean",
        }.get(kind, True)
        if not ok:
            raise _fail(op, f"the value at {at!r} must be a JSON {kind}, got {actual}")
        if kind == "string":
            max_len, min_len = schema.get("maxLength"), schema.get("minLength")
            if isinstance(max_len, int) and len(value) > max_len:
                raise _fail(op, f"the value at {at!r} is {len(value)} characters long (max {max_len})")
            if isinstance(min_len, int) and len(value) < min_len:
                raise _fail(op, f"the value at {at!r} is {len(value)} characters long (min {min_len})")
        elif kind == "array":
            items = self.resolve(schema.get("items", {}))
            for i, item in enumerate(value):
                self._check_value(op, item, items, f"{at}/{i}")
        elif kind == "object":
            props: Mapping[str, Any] = schema.get("properties") or {}
            extra = self.extra_schema(schema)
            for key, item in value.items():
                sub_at = f"{at}/{escape_token(key)}"
                if key in props:
                    self._check_value(op, item, self.resolve(props[key]), sub_at)
                elif extra is None:
                    raise _fail(op, f"unknown field {key!r} in the value at {at!r}{self.suggest(key, props)}")
                else:
                    self._check_value(op, item, self.resolve(extra), sub_at)


def _default_schemas() -> Mapping[str, Any]:
    from mypreferences._schemas import SCHEMAS  # large: imported only when a schema is needed

    return SCHEMAS


# --------------------------------------------------------------------------------------------------
# The builder


class JsonPatch:
    """A MyPreferences JSON Patch document: a fluent builder that is also the request body.

    Build it with :meth:`add`, :meth:`replace`, :meth:`remove` and :meth:`test` (each returns the patch),
    optionally bound to a schema with :meth:`for_model`, or compute one with :meth:`diff`. Iterating it
    (and ``len()``) gives the generated ``JsonPatchOperation`` models in the order the server requires;
    :meth:`to_json_list` gives the wire JSON. See the module documentation for the ordering rules.
    """

    __slots__ = ("_checker", "_ops", "_order")

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __init__(self, operations: Iterable[Any] | None = None) -> None:
        """Create an empty patch, or one holding ``operations``.

        Args:
            operations: wire-form dicts (``{"op", "path", "value"}``) or objects with ``to_dict()``
                giving that form (e.g. generated ``JsonPatchOperation`` models), in the caller's order.

        Raises:
            InvalidRequestError: an operation is unsupported (``move``, ``copy``...) or malformed.

        """
        self._ops: list[_Op] = []
        self._checker: _SchemaChecker | None = None
        self._order: list[_Op] | None = []
        if operations is not None:
            for raw in operations:
                self._append_wire(raw)

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def for_model(cls, model: type[Any] | str, *, schemas: Mapping[str, Any] | None = None) -> Self:
        """Return an empty patch whose paths and values are checked against ``model``'s schema.

        Args:
            model: a generated attrs model class (its ``__name__`` is the component name, e.g.
                ``UserProfile``) or a component schema name.
            schemas: the spec's ``components.schemas`` mapping; defaults to
                ``mypreferences._schemas.SCHEMAS``.

        Raises:
            InvalidRequestError: the schema is unknown.

        """
        name = model if isinstance(model, str) else model.__name__
        patch = cls()
        patch._checker = _SchemaChecker(name, _default_schemas() if schemas is None else schemas)
        return patch

    @classmethod
    def diff(
        cls,
        before: Any,
        after: Any,
        *,
        model: type[Any] | str | None = None,
        schemas: Mapping[str, Any] | None = None,
    ) -> Self:
        """Compute a patch (add/replace/remove only) that turns ``before`` into ``after``.

        Objects are compared member by member (members only in ``before`` are removed, members only in
        ``after`` are added). Arrays are matched by their longest common subsequence of equal elements:
        elements only in ``before`` are removed (descending index order), elements only in ``after`` are
        added at their final index (``/-`` at the end), and a changed element facing a changed element is
        diffed in place. Any other difference is a ``replace``; a move is expressed as remove + add. The
        result is verified by applying it locally.

        Args:
            before: the current document (JSON data or a model with ``to_dict()``).
            after: the wanted document.
            model: when given, the patch is schema-checked like :meth:`for_model` (e.g. a change of a
                read-only field is refused).
            schemas: see :meth:`for_model`.

        Raises:
            InvalidRequestError: a value cannot be sent as JSON, a schema check failed, or (a bug) the
                computed patch does not reproduce ``after``.

        """
        old = _to_json(before, "diff(before)")
        new = _to_json(after, "diff(after)")
        raw: list[tuple[str, tuple[str, ...], Any]] = []
        _diff_into(old, new, (), raw)
        patch = cls() if model is None else cls.for_model(model, schemas=schemas)
        for op, tokens, value in raw:
            patch._push(op, tokens, value, build=False)
        order = patch._build()
        result = _apply_ops(order, old)
        if not _json_equal(result, new):  # pragma: no cover - would be a bug in _diff_into/_order
            raise InvalidRequestError("internal error: the computed patch does not reproduce the target")
        return patch

    # -- fluent operations ----------------------------------------------------------------------

    def add(self, path: PathLike, value: Any) -> Self:
        """Add ``value`` at ``path`` (insert into an array at an index, or append with ``-``)."""
        return self._push("add", _tokens_of(path), _to_json(value, self._where("add", path)))

    def replace(self, path: PathLike, value: Any) -> Self:
        """Replace the existing value at ``path`` with ``value``."""
        return self._push("replace", _tokens_of(path), _to_json(value, self._where("replace", path)))

    def remove(self, path: PathLike) -> Self:
        """Remove the value at ``path`` (indices refer to the document before the patch's removes)."""
        return self._push("remove", _tokens_of(path), None)

    def test(self, path: PathLike, value: Any) -> Self:
        """Make the whole patch fail unless the value at ``path`` equals ``value``."""
        return self._push("test", _tokens_of(path), _to_json(value, self._where("test", path)))

    def move(self, from_: PathLike, path: PathLike) -> Self:
        """Refused: MyPreferences does not support ``move``; use :meth:`remove` + :meth:`add`.

        Raises:
            InvalidRequestError: always.

        """
        raise InvalidRequestError(
            "MyPreferences does not support the JSON Patch 'move' operation; "
            "use remove(from) + add(path, value) instead (JsonPatch.diff does this for you)"
        )

    def copy(self, from_: PathLike, path: PathLike) -> Self:
        """Refused: MyPreferences does not support ``copy``; use :meth:`add` with the value.

        Raises:
            InvalidRequestError: always.

        """
        raise InvalidRequestError(
            "MyPreferences does not support the JSON Patch 'copy' operation; use add(path, value) instead"
        )

    # -- output --------------------------------------------------------------------------------

    def to_json_list(self) -> list[dict[str, Any]]:
        """Return the wire JSON ``[{"op", "path", "value"}, ...]`` in the built order (remove: no value)."""
        return [o.wire() for o in self._build()]

    def to_operations(self) -> list[JsonPatchOperation]:
        """Return the operations as generated ``JsonPatchOperation`` models, in the built order."""
        from mypreferences.generated.models import JsonPatchOperation

        return [JsonPatchOperation.from_dict(o.wire()) for o in self._build()]

    def apply(self, document: Any) -> Any:
        """Return a patched deep copy of ``document`` (JSON data or a model with ``to_dict()``).

        Operations run in the built order, exactly as the server is expected to run them.

        Raises:
            InvalidRequestError: a ``test`` failed or a path does not exist (naming the operation).

        """
        return _apply_ops(self._build(), _to_json(document, "apply(document)"))

    # -- container protocol -----------------------------------------------------------------------

    def __iter__(self) -> Iterator[JsonPatchOperation]:
        """Iterate over the generated operation models in the built order."""
        return iter(self.to_operations())

    def __len__(self) -> int:
        """Return the number of operations."""
        return len(self._ops)

    def __bool__(self) -> bool:
        """Return True when the patch has at least one operation."""
        return bool(self._ops)

    def __eq__(self, other: object) -> bool:
        """Equal to another patch, or to a list of wire dicts / operation models, in the built order."""
        if isinstance(other, JsonPatch):
            return self.to_json_list() == other.to_json_list()
        if isinstance(other, list):
            try:
                return self.to_json_list() == JsonPatch(other).to_json_list()
            except InvalidRequestError:
                return False
        return NotImplemented

    def __repr__(self) -> str:
        """Operations and paths in the built order; values are left out (they may hold personal data)."""
        ops = ", ".join(f"{o.op} {o.path!r}" for o in self._build())
        model = f"model={self._checker.name!r}, " if self._checker is not None else ""
        return f"JsonPatch({model}[{ops}])"

    # -- internals -------------------------------------------------------------------------------

    def _where(self, op: str, path: PathLike) -> str:
        shown = path if isinstance(path, str) else format_pointer(_tokens_of(path))
        return f"op #{len(self._ops)} ({op} {shown!r})"

    def _append_wire(self, raw: Any) -> None:
        data = raw.to_dict() if callable(getattr(raw, "to_dict", None)) else raw
        if not isinstance(data, Mapping):
            raise InvalidRequestError(f"op #{len(self._ops)}: expected an operation object, got {raw!r}")
        op = data.get("op")
        op = op.value if isinstance(op, enum.Enum) else op
        if op in ("move", "copy"):
            raise InvalidRequestError(f"op #{len(self._ops)}: MyPreferences does not support {op!r}")
        if op not in _OPS:
            raise InvalidRequestError(f"op #{len(self._ops)}: unsupported operation {op!r}")
        if "path" not in data:
            raise InvalidRequestError(f"op #{len(self._ops)} ({op}): missing 'path'")
        if op != "remove" and "value" not in data:
            raise InvalidRequestError(f"op #{len(self._ops)} ({op} {data['path']!r}): missing 'value'")
        tokens = _tokens_of(data["path"])
        value = None if op == "remove" else _to_json(data["value"], self._where(op, data["path"]))
        self._push(op, tokens, value)

    def _push(self, op: str, tokens: tuple[str, ...], value: Any, *, build: bool = True) -> Self:
        new = _Op(op, tokens, value, len(self._ops))
        if self._checker is not None:
            self._checker.check(new)
        self._ops.append(new)
        self._order = None
        if build:
            try:
                self._build()
            except InvalidRequestError:
                self._ops.pop()
                self._order = None
                raise
        return self

    def _build(self) -> list[_Op]:
        if self._order is None:
            self._order = _order(self._ops)
        return self._order


def _key(value: Any) -> str:
    """Return a hashable form of a JSON value for matching array elements (``1`` and ``True`` differ)."""
    return json.dumps(value, sort_keys=True)


def _diff_into(old: Any, new: Any, at: tuple[str, ...], out: list[tuple[str, tuple[str, ...], Any]]) -> None:
    if _json_equal(old, new):
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for key in old:
            if key not in new:
                out.append(("remove", (*at, key), None))
        for key in old:
            if key in new:
                _diff_into(old[key], new[key], (*at, key), out)
        for key in new:
            if key not in old:
                out.append(("add", (*at, key), _copy_json(new[key])))
        return
    if isinstance(old, list) and isinstance(new, list):
        # Longest matching subsequence: unchanged elements keep their identity (removing the first of three
        # emails is one remove, not two rewritten emails and a remove). Changed elements facing each other
        # are diffed in place; the rest are removed (descending) and then inserted at their final indices.
        matcher = difflib.SequenceMatcher(
            None, [_key(x) for x in old], [_key(x) for x in new], autojunk=False
        )
        removed: list[int] = []
        inserted: list[int] = []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            paired = min(i2 - i1, j2 - j1)  # 0 unless tag == "replace"
            for k in range(paired):
                _diff_into(old[i1 + k], new[j1 + k], (*at, str(i1 + k)), out)
            removed += range(i1 + paired, i2)
            inserted += range(j1 + paired, j2)
        out.extend(("remove", (*at, str(i)), None) for i in reversed(removed))
        length = len(old) - len(removed)
        for j in inserted:  # ascending: everything before index j is already in place
            out.append(("add", (*at, _APPEND if j == length else str(j)), _copy_json(new[j])))
            length += 1
        return
    out.append(("replace", at, _copy_json(new)))
