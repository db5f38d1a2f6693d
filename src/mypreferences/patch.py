"""JSON Patch (RFC 6902) builder for the MyPreferences ``PATCH`` operations.

Write a :class:`JsonPatch` in plain RFC 6902 order. The server supports only ``add``, ``replace``,
``remove`` and ``test``, and wants replaces before removes and an array's removes in descending index
order; where needed, the patch is reordered and its array indices rewritten to the same effect::

    patch = JsonPatch.for_model(UserProfile)  # optional: check paths and values against the schema
    patch.remove("/Emails/0").remove("/Emails/0").replace(("CustomerName", "FirstName"), "Ann")
    await mp.profiles.patch(123, body=patch)  # sent: replace, remove /Emails/1, remove /Emails/0

Paths are JSON Pointers or token sequences; values are JSON, generated models, dates/times, enum members
and lists/dicts of those (copied when added). After the first ``remove``, each ``replace`` moves to just
before it, and an array's removes not in descending order are sent together where the last was written;
a number in a path is an array index unless the schema says otherwise. A call whose move would change the
result (a ``replace`` after an ``add``/``remove``/``test`` of the same, an inner or outer location; a
remove moving past a ``test`` of its array; an index past elements appended with ``-``) raises
:class:`~mypreferences.errors.InvalidRequestError` and leaves the patch unchanged: reorder the calls, or
send two requests. :meth:`JsonPatch.for_model` checks field names, indices, types, enums, ``nullable``,
lengths and read-only fields (which may be tested, not changed).
"""

from __future__ import annotations

import datetime as _dt
import difflib
import enum
import itertools
import json
import math
import re
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from copy import deepcopy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, TypeVar

import jsonpatch
import jsonpointer

from mypreferences.errors import InvalidRequestError

if TYPE_CHECKING:
    from typing import Self

    from mypreferences.generated.models import JsonPatchOperation

__all__ = ["JsonPatch", "PathLike", "escape_token", "format_pointer", "parse_pointer"]

PathLike = str | Sequence[str | int]
"""A JSON Pointer string, or a sequence of (unescaped) tokens; integers are array indices."""

_INDEX_RE: Final = re.compile(r"0|[1-9][0-9]*")
_APPEND: Final = "-"  # the "past the end" array token
_KINDS: Final = ("object", "array", "string", "integer", "number", "boolean")
_SPLIT: Final = "; reorder the calls or split the patch into two PATCH requests"
_Node = tuple[str | int, ...]  # a location: object member names and array element ids
_Path = tuple[str, ...]  # unescaped tokens
_Raw = list[tuple[str, _Path, Any]]

_T = TypeVar("_T")
_Model = type[Any] | str
_Schemas = Mapping[str, Any] | None


def escape_token(token: str) -> str:
    """Escape one reference token for a JSON Pointer (``~`` → ``~0``, ``/`` → ``~1``)."""
    return jsonpointer.escape(token)


def format_pointer(tokens: Iterable[str]) -> str:
    """Join unescaped tokens into a JSON Pointer string (``()`` gives ``""``, the whole document)."""
    return "".join("/" + jsonpointer.escape(t) for t in tokens)


def parse_pointer(pointer: str) -> tuple[str, ...]:
    """Split a JSON Pointer into unescaped tokens; raise ``InvalidRequestError`` if it is malformed."""
    if not isinstance(pointer, str):
        raise InvalidRequestError(f"a JSON Pointer must be a string, got {type(pointer).__name__}")
    try:
        return tuple(jsonpointer.JsonPointer(pointer).parts)
    except jsonpointer.JsonPointerException:
        why = "it must start with '/'" if pointer[:1] != "/" else "'~' must be escaped as '~0' ('/' as '~1')"
        raise InvalidRequestError(f"invalid JSON Pointer {pointer!r}: {why}") from None


def _tokens_of(path: PathLike) -> tuple[str, ...]:
    if isinstance(path, str):
        return parse_pointer(path)
    if not isinstance(path, Sequence):
        why = "a patch path must be a JSON Pointer string or a sequence of tokens"
        raise InvalidRequestError(f"{why}, got {type(path).__name__}")
    tokens = [t.value if isinstance(t, enum.Enum) else t for t in path]
    for t in tokens:
        if isinstance(t, bool) or not isinstance(t, (str, int)):
            why = "tokens must be strings or integers"
            raise InvalidRequestError(f"invalid path token {t!r} in {tuple(path)!r}: {why}")
        if isinstance(t, int) and t < 0:
            raise InvalidRequestError(f"invalid array index {t} in {tuple(path)!r}: must be >= 0")
    return tuple(str(t) if isinstance(t, int) else str.__str__(t) for t in tokens)


def _to_json(value: Any, where: object) -> Any:  # where: named in errors
    if isinstance(value, enum.Enum):
        return _to_json(value.value, where)
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (str, int)):
        return str.__str__(value) if isinstance(value, str) else int(value)
    if isinstance(value, float) and math.isfinite(value):
        return float(value)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if callable(getattr(value, "to_dict", None)) and not isinstance(value, Mapping):
        return _to_json(value.to_dict(), where)
    if isinstance(value, (list, tuple)):
        return [_to_json(item, where) for item in value]
    if not isinstance(value, Mapping):
        raise InvalidRequestError(f"{where}: a value of type {type(value).__name__} cannot be sent as JSON")
    out: dict[str, Any] = {}
    for key, item in value.items():
        key = key.value if isinstance(key, enum.Enum) else key
        if not isinstance(key, str):
            raise InvalidRequestError(f"{where}: object keys must be strings, got {key!r}")
        out[str.__str__(key)] = _to_json(item, where)
    return out


def _json_type(value: Any) -> str:
    names = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _key(value: Any) -> str:  # equal for equal JSON values (1 and true differ)
    return json.dumps(value, sort_keys=True)


# Ordering ------------------------------------------------------------------------------------------


@dataclass(slots=True, eq=False)
class _Op:
    op: str
    tokens: tuple[str, ...]
    value: Any
    index: int  # position in the order written
    # the path's array indices, resolved: (depth, array, element id; -1 for an append)
    arrays: list[tuple[int, _Array, int]] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"op #{self.index} ({self.op} {format_pointer(self.tokens)!r})"


def _fail(op: _Op, message: str) -> InvalidRequestError:
    return InvalidRequestError(f"{op.label}: {message}")


def _conflict(first: _Op, then: _Op, why: str) -> InvalidRequestError:
    return InvalidRequestError(f"{first.label} depends on {then.label}, but the server's rule ({why}{_SPLIT}")


class _Array:
    """An array as the patch changes it: the ids of its elements (originals get theirs when addressed)."""

    def __init__(self, created: int, ids: Iterator[int]) -> None:
        self.created, self.ids = created, ids
        self.present: list[int] = []  # the known part: the rest are original elements not addressed yet
        self.original: list[int] = []  # ids of the elements present at the start, by index
        self.reserved = -1  # id of the next original element, when reserved as an insertion anchor
        self.before: dict[int, list[int]] = {}  # id -> ids inserted just before it, oldest first
        self.removes: list[_Op] = []
        self.low = -1  # number of present elements before the lowest removed one (-1: none removed)
        # whether '-' appended to it; whether its removes are sent together, where the last was written
        self.appended, self.gather = False, False
        self.pos: dict[int, int] = {}  # id -> position among all the elements (see start)
        self.alive: list[int] = []  # sorted positions of the present elements, while emitting

    def element(self, op: _Op, i: int, *, anchor: bool = False) -> int:
        if i + (not anchor) > len(self.present) and self.appended:
            raise _fail(op, f"the index may address an element appended with '-' earlier{_SPLIT}")
        while len(self.present) < i + (not anchor):
            self.original.append(self.reserved if self.reserved >= 0 else next(self.ids))
            self.present.append(self.original[-1])
            self.reserved = -1
        if i < len(self.present):
            return self.present[i]
        self.reserved = next(self.ids) if self.reserved < 0 else self.reserved
        return self.reserved

    def insert(self, i: int, element: int, anchor: int) -> None:
        self.present.insert(i, element)
        self.before.setdefault(anchor, []).append(element)
        self.low += 0 <= i < self.low

    def remove(self, op: _Op, i: int) -> None:
        del self.present[i]
        self.removes.append(op)
        self.low = i if self.low < 0 else min(self.low, i)

    def start(self) -> None:
        # order all the elements, present or not: each one comes after those inserted just before it
        order: list[int] = []
        stack = [(e, False) for e in reversed([*self.original, self.reserved])]
        while stack:
            e, expanded = stack.pop()
            if expanded:
                order.append(e)
            else:
                stack += [(e, True), *((c, False) for c in reversed(self.before.get(e, ())))]
        self.pos = {e: k for k, e in enumerate(order)}
        self.alive = sorted(self.pos[e] for e in self.original)

    def rank(self, element: int) -> int:  # the number of elements present before it, while emitting
        return bisect_left(self.alive, self.pos[element])

    def toggle(self, element: int, present: bool) -> None:
        if present:
            insort(self.alive, self.pos[element])
        else:
            del self.alive[self.rank(element)]


class _Plan:
    """Orders the operations of a patch from its first remove on, rewriting their array indices."""

    def __init__(self, ops: list[_Op], first: int) -> None:
        self.ops, self.first, self.ids = ops, first, itertools.count()
        self.arrays: dict[_Node, _Array] = {}
        self.changed: dict[_Node, int] = {}  # location -> index of its last add/replace/remove
        self.at: dict[_Node, int] = {}  # location -> index of its last add/remove/test
        self.under: dict[_Node, int] = {}  # location -> the same, of it or of anything inside it
        self.tests: dict[_Node, int] = {}
        self.written: dict[str, int] = {}  # parent path -> index of its last remove, as written
        self.all_arrays: list[_Array] = []
        self.moved = False

    def _array(self, node: _Node, op: _Op) -> _Array:
        array = self.arrays.get(node)
        changed = max(self.changed.get(node[:k], -1) for k in range(len(node) + 1))
        if array is None or changed >= array.created:
            array = self.arrays[node] = _Array(op.index, self.ids)
            self.all_arrays.append(array)
        return array

    def push(self, op: _Op, objects: frozenset[int]) -> None:
        """Resolve ``op`` to the locations and elements it addresses; refuse it if a move changes the result."""
        node: _Node = ()
        last, adding = len(op.tokens) - 1, op.op == "add"
        insert: tuple[_Array, int, int, int] | None = None
        for depth, token in enumerate(op.tokens):
            append = token == _APPEND and depth == last and adding
            if depth in objects or not (append or _INDEX_RE.fullmatch(token)):
                node += (token,)
                continue
            array, element = self._array(node, op), next(self.ids)
            if depth == last and adding and not append:
                insert = (array, int(token), element, array.element(op, int(token), anchor=True))
            elif not append:
                element = array.element(op, int(token))
            op.arrays.append((depth, array, -1 if append else element))
            node += (element,)
        if op.op == "replace":
            hit = self.under.get(node)
            for k in range(len(node)):
                hit = self.at.get(node[:k], hit)
            if hit is not None:
                raise _conflict(self.ops[hit], op, "replaces before removes) would swap them")
            self.moved = True
        elif op.op == "remove" and op.arrays and op.arrays[-1][0] == last:
            array, i = op.arrays[-1][1], int(op.tokens[-1])
            if 0 <= array.low <= i or array.gather:  # an earlier remove of a lower element moves after it
                test = max(self.tests.get(node[:k], -1) for k in range(len(node)))
                if test > array.removes[0].index:
                    raise _conflict(self.ops[test], op, "descending removes) would move a remove after it")
                self.moved = array.gather = True
            parent = format_pointer(op.tokens[:-1])  # other arrays may be written the same way
            if not self.moved and self.written.get(parent, i + 1) <= i:
                raise _fail(op, f"removes from {parent!r} would not be descending{_SPLIT}")
            self.written[parent] = i
            array.remove(op, i)
        if insert is not None:
            insert[0].insert(*insert[1:])
        elif adding and op.arrays and op.arrays[-1][0] == last:
            op.arrays[-1][1].appended = True
        (self.tests if op.op == "test" else self.changed)[node] = op.index
        if op.op != "replace":
            self.at[node] = op.index
            self.under.update((node[:k], op.index) for k in range(len(node) + 1))

    def build(self) -> list[tuple[_Op, str]]:
        group = {o.index: 0 if o.index < self.first else 1 if o.op == "replace" else 2 for o in self.ops}
        keys = {o.index: (group[o.index], o.index, 0) for o in self.ops}
        for array in self.all_arrays:
            array.start()
            for o in array.removes:
                slot = array.removes[-1].index if array.gather else o.index
                keys[o.index] = (2, slot, -array.pos[o.arrays[-1][2]])
        out: list[tuple[_Op, str]] = []
        last_removed: dict[str, int] = {}
        for o in sorted(self.ops, key=lambda o: keys[o.index]):
            tokens = list(o.tokens)
            for depth, array, element in o.arrays:
                tokens[depth] = _APPEND if element < 0 else str(array.rank(element))
            if o.op in ("add", "remove") and o.arrays and o.arrays[-1][0] == len(tokens) - 1:
                if o.arrays[-1][2] >= 0:
                    o.arrays[-1][1].toggle(o.arrays[-1][2], o.op == "add")
                if o.op == "remove":
                    parent, i = format_pointer(tokens[:-1]), int(tokens[-1])
                    if last_removed.get(parent, i + 1) <= i:
                        raise _fail(o, f"reordered, removes from {parent!r} would not be descending{_SPLIT}")
                    last_removed[parent] = i
            out.append((o, format_pointer(tokens)))
        return out


def _apply(built: Iterable[tuple[_Op, str]], doc: Any) -> Any:  # changes doc, JSON data of its own
    for o, path in built:
        sent = "" if path == format_pointer(o.tokens) else f" (sent as {path!r})"
        try:
            doc = jsonpatch.apply_patch(doc, [{"op": o.op, "path": path, "value": o.value}], in_place=True)
        except jsonpatch.JsonPatchTestFailed:
            raise _fail(o, f"test failed: the value differs from the expected value{sent}") from None
        except jsonpatch.JsonPatchException as exc:
            raise _fail(o, f"{exc}{sent}") from None
        except (jsonpointer.JsonPointerException, TypeError):  # their messages may show the document
            raise _fail(o, f"the path does not exist in the document{sent}") from None
    return doc


# Schema checking -----------------------------------------------------------------------------------


def _kind(schema: Mapping[str, Any]) -> str:
    """``object``, ``array``, a scalar JSON type name, or ``any``."""
    t = schema.get("type")
    if t == "array" or (t is None and "items" in schema):
        return "array"
    if t == "object" or (t is None and ("properties" in schema or "additionalProperties" in schema)):
        return "object"
    return t if isinstance(t, str) else "any"


def _extra_schema(schema: Mapping[str, Any]) -> Any:
    """Return the schema of undeclared members, or None when they are not allowed."""
    extra = schema.get("additionalProperties")
    if extra is True or (extra is None and not schema.get("properties")):
        return {}  # an object schema without properties is free-form
    return extra if isinstance(extra, Mapping) else None


def _suggest(token: str, names: Iterable[str]) -> str:
    names = list(names)
    same = [n for n in names if n.lower() == token.lower()]
    close = same or difflib.get_close_matches(token, names, n=1)
    if close:
        return f"; did you mean {close[0]!r}?"
    shown = ", ".join(sorted(names)[:12]) + (", ..." if len(names) > 12 else "")
    return f" (valid fields: {shown})" if names else ""


def _fits(op: _Op, alts: list[dict[str, Any]], attempt: Callable[[dict[str, Any]], _T]) -> _T:
    """Return what ``attempt`` returns for the first alternative that it does not refuse."""
    reasons: list[str] = []
    for alt in alts:
        try:
            return attempt(alt)
        except InvalidRequestError as exc:
            reasons.append(str(exc).removeprefix(op.label + ": "))
    why = "no alternative of the schema fits: " + " | ".join(reasons)
    raise _fail(op, reasons[0] if len(reasons) == 1 else why)


class _SchemaChecker:
    """Checks operations against one component schema of the spec."""

    def __init__(self, name: str, schemas: Mapping[str, Any]) -> None:
        if name not in schemas:
            close = difflib.get_close_matches(name, list(schemas), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise InvalidRequestError(f"unknown schema {name!r}{hint}")
        self.name, self.schemas = name, schemas

    def resolve(self, schema: Any, _seen: frozenset[str] = frozenset()) -> dict[str, Any]:
        """Follow ``$ref`` and merge ``allOf`` (sibling keywords of a ``$ref`` are kept)."""
        out: dict[str, Any] = dict(schema) if isinstance(schema, Mapping) else {}
        target = str(out.pop("$ref", "")).removeprefix("#/components/schemas/")
        if target and target not in _seen and target in self.schemas:
            out = {**self.resolve(self.schemas[target], _seen | {target}), **out}
        all_of = out.pop("allOf", None)
        if isinstance(all_of, list):
            parts = [self.resolve(part, _seen) for part in all_of]
            props = {k: v for part in parts for k, v in (part.get("properties") or {}).items()}
            merged = {k: v for part in parts for k, v in part.items()} | out
            if props or "properties" in out:
                merged["properties"] = props | (out.get("properties") or {})
            out = merged
        return out

    def read_only(self, schema: Mapping[str, Any]) -> bool:
        """Whether a field is read-only: ``readOnly``, or an object whose declared fields all are."""
        props: Mapping[str, Any] = schema.get("properties") or {}
        fields = (self.resolve(p).get("readOnly") for p in props.values())
        return bool(schema.get("readOnly")) or (bool(props) and _extra_schema(schema) is None and all(fields))

    def alternatives(self, schema: Mapping[str, Any]) -> list[dict[str, Any]] | None:
        alts = schema.get("oneOf") or schema.get("anyOf")
        base = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
        return [{**base, **self.resolve(a)} for a in alts] if isinstance(alts, list) else None

    def check(self, op: _Op) -> frozenset[int]:
        """Refuse ``op`` if it does not fit the schema; return the depths of its tokens naming members."""
        return self._walk(self.resolve(self.schemas[self.name]), op, 0, self.name)

    def _walk(self, schema: dict[str, Any], op: _Op, depth: int, where: str) -> frozenset[int]:
        alts = self.alternatives(schema)
        if alts is not None:
            return _fits(op, alts, lambda alt: self._walk(alt, op, depth, where))
        if depth == len(op.tokens):
            if op.op != "remove":
                self._check_value(op, op.value, schema, format_pointer(op.tokens))
            return frozenset()
        token, kind = op.tokens[depth], _kind(schema)
        if kind == "any":
            return frozenset()
        if kind == "array":
            if token == _APPEND and (op.op != "add" or depth != len(op.tokens) - 1):
                raise _fail(op, "'-' (append) is only valid as the last token of an add")
            if token != _APPEND and not _INDEX_RE.fullmatch(token):
                also = " or '-' to append" if op.op == "add" else ""
                why = f"{token!r} is not an array index (a non-negative integer{also})"
                raise _fail(op, f"{where} is an array: {why}")
            return self._walk(self.resolve(schema.get("items", {})), op, depth + 1, f"{where}[{token}]")
        if kind != "object":
            raise _fail(op, f"{where} is a {kind} field: it has no member {token!r}")
        props: Mapping[str, Any] = schema.get("properties") or {}
        extra = _extra_schema(schema)
        if token not in props and extra is None:
            raise _fail(op, f"unknown field {token!r} in {where}{_suggest(token, props)}")
        sub = self.resolve(props.get(token, extra))
        if token in props and op.op != "test" and self.read_only(sub):
            raise _fail(op, f"{token!r} is read-only in {where} and cannot be changed by a patch")
        inner = f"{where}.{token}" if token in props else f"{where}[{token!r}]"
        return frozenset({depth}) | self._walk(sub, op, depth + 1, inner)

    def _check_value(self, op: _Op, value: Any, schema: dict[str, Any], at: str) -> None:
        alts = self.alternatives(schema)
        if alts is not None:
            return _fits(op, alts, lambda alt: self._check_value(op, value, alt, at))
        kind, actual, enum_values = _kind(schema), _json_type(value), schema.get("enum")
        if value is None:
            if kind != "any" and not schema.get("nullable") and None not in (enum_values or ()):
                raise _fail(op, f"the value at {at!r} cannot be null (the field is not nullable)")
            return None
        if isinstance(enum_values, list) and _key(value) not in {_key(e) for e in enum_values}:
            allowed = ", ".join(repr(e) for e in enum_values)
            raise _fail(op, f"the value at {at!r} must be one of {allowed}, got {value!r}")
        if kind in _KINDS and actual != kind and not (kind == "number" and actual == "integer"):
            raise _fail(op, f"the value at {at!r} must be a JSON {kind}, got {actual}")
        for limit, too_far, word in (("maxLength", int.__gt__, "max"), ("minLength", int.__lt__, "min")):
            if kind == "string" and isinstance(schema.get(limit), int) and too_far(len(value), schema[limit]):
                why = f"is {len(value)} characters long ({word} {schema[limit]})"
                raise _fail(op, f"the value at {at!r} {why}")
        if kind == "array":
            for i, item in enumerate(value):
                self._check_value(op, item, self.resolve(schema.get("items", {})), f"{at}/{i}")
        props: Mapping[str, Any] = schema.get("properties") or {}
        extra = _extra_schema(schema)
        for key, item in value.items() if kind == "object" else ():
            if key not in props and extra is None:
                raise _fail(op, f"unknown field {key!r} in the value at {at!r}{_suggest(key, props)}")
            self._check_value(op, item, self.resolve(props.get(key, extra)), f"{at}/{escape_token(key)}")
        return None


# Diff ----------------------------------------------------------------------------------------------


def _diff(old: Any, new: Any, at_old: _Path, at_new: _Path, out: tuple[_Raw, _Raw, _Raw]) -> None:
    """Append the replaces, removes (on ``old``, descending) and adds (on ``new``, ascending) to ``out``."""
    if old == new and _key(old) == _key(new):
        return
    replaces, removes, adds = out
    if isinstance(old, dict) and isinstance(new, dict):
        removes += [("remove", (*at_old, k), None) for k in old if k not in new]
        for k in old:
            if k in new:
                _diff(old[k], new[k], (*at_old, k), (*at_new, k), out)
        adds += [("add", (*at_new, k), new[k]) for k in new if k not in old]
    elif isinstance(old, list) and isinstance(new, list):
        pairs, removed, inserted = _match(old, new)
        nested: list[tuple[int, _Raw]] = [(i, [("remove", (*at_old, str(i)), None)]) for i in removed]
        length = len(old) - len(removed)
        for j, i in sorted([(j, i) for i, j in pairs] + [(j, -1) for j in inserted]):
            if i < 0:
                adds.append(("add", (*at_new, _APPEND if j == length else str(j)), new[j]))
                length += 1
            else:
                nested.append((i, []))
                _diff(old[i], new[j], (*at_old, str(i)), (*at_new, str(j)), (replaces, nested[-1][1], adds))
        for _, ops in sorted(nested, key=lambda item: -item[0]):
            removes += ops
    else:
        replaces.append(("replace", at_old, new))


def _match(old: list[Any], new: list[Any]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Return the (old, new) index pairs to diff in place, the removed and the inserted indices."""
    ko, kn = [_key(x) for x in old], [_key(x) for x in new]
    count_o, count_n = Counter(ko), Counter(kn)
    where = {k: j for j, k in enumerate(kn) if count_n[k] == 1}
    pairs: list[tuple[int, int]] = []
    removed: list[int] = []
    inserted: list[int] = []
    i0 = j0 = 0
    anchors = _increasing([(i, where[k]) for i, k in enumerate(ko) if count_o[k] == 1 and k in where])
    for anchor_i, anchor_j in [*anchors, (len(old), len(new))]:
        i1, j1 = anchor_i, anchor_j
        while i0 < i1 and j0 < j1 and ko[i0] == kn[j0]:
            i0, j0 = i0 + 1, j0 + 1
        while i1 > i0 and j1 > j0 and ko[i1 - 1] == kn[j1 - 1]:
            i1, j1 = i1 - 1, j1 - 1
        paired = min(i1 - i0, j1 - j0)
        pairs += [(i0 + k, j0 + k) for k in range(paired)]
        removed += range(i0 + paired, i1)
        inserted += range(j0 + paired, j1)
        i0, j0 = anchor_i + 1, anchor_j + 1
    return pairs, removed, inserted


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return a longest subsequence of ``pairs`` (sorted by first item) that increases in the second."""
    tails: list[int] = []  # per length, the smallest second item that ends such a subsequence
    ends: list[int] = []  # and its index in pairs
    back: list[int] = []
    for p, (_, j) in enumerate(pairs):
        k = bisect_left(tails, j)
        tails[k : k + 1], ends[k : k + 1] = [j], [p]
        back.append(ends[k - 1] if k else -1)
    out: list[tuple[int, int]] = []
    p = ends[-1] if ends else -1
    while p >= 0:
        out.append(pairs[p])
        p = back[p]
    return out[::-1]


# The builder ---------------------------------------------------------------------------------------


class JsonPatch:
    """A JSON Patch: a fluent builder that is also the request body; iterating gives the sent operations."""

    __slots__ = ("_built", "_checker", "_ops", "_plan")

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __init__(self, operations: Iterable[Any] | None = None) -> None:
        """Create a patch of ``operations`` (wire dicts or models, RFC 6902 order); bad ones raise."""
        self._ops: list[_Op] = []
        self._checker: _SchemaChecker | None = None
        self._plan: _Plan | None = None
        self._built: list[tuple[_Op, str]] | None = None
        for raw in operations or ():
            self._append_wire(raw)

    @classmethod
    def for_model(cls, model: _Model, *, schemas: _Schemas = None) -> Self:
        """Return an empty patch checked against ``model``'s schema (in ``schemas``, default: the spec's)."""
        if schemas is None:
            from mypreferences._schemas import SCHEMAS  # large: imported only when needed

            schemas = SCHEMAS

        patch = cls()
        patch._checker = _SchemaChecker(model if isinstance(model, str) else model.__name__, schemas)
        return patch

    @classmethod
    def diff(cls, before: Any, after: Any, *, model: _Model | None = None, schemas: _Schemas = None) -> Self:
        """Compute a patch (add/replace/remove, in the server's order) turning ``before`` into ``after``.

        Array elements unique in both, and equal neighbours, are kept; others are paired by position. With
        ``model``, it is checked as :meth:`for_model`'s. Raises ``InvalidRequestError`` for non-JSON values.
        """
        old, new = _to_json(before, "diff(before)"), _to_json(after, "diff(after)")
        out: tuple[_Raw, _Raw, _Raw] = ([], [], [])
        _diff(old, new, (), (), out)
        patch = cls() if model is None else cls.for_model(model, schemas=schemas)
        for op, tokens, value in itertools.chain(*out):
            patch._push(op, tokens, value, json_value=True)
        if _key(_apply(patch._build(), old)) != _key(new):  # pragma: no cover - would be a bug
            raise InvalidRequestError("internal error: the computed patch does not reproduce the target")
        return patch

    def add(self, path: PathLike, value: Any) -> Self:
        """Add ``value`` at ``path`` (insert into an array at an index, or append with ``-``)."""
        return self._push("add", path, value)

    def replace(self, path: PathLike, value: Any) -> Self:
        """Replace the existing value at ``path`` with ``value``."""
        return self._push("replace", path, value)

    def remove(self, path: PathLike) -> Self:
        """Remove the value at ``path``."""
        return self._push("remove", path, None)

    def test(self, path: PathLike, value: Any) -> Self:
        """Make the whole patch fail unless the value at ``path`` equals ``value``."""
        return self._push("test", path, value)

    def move(self, from_: PathLike, path: PathLike) -> Self:
        """Raise :class:`~mypreferences.errors.InvalidRequestError`: MyPreferences has no ``move``."""
        raise InvalidRequestError(
            "MyPreferences does not support the JSON Patch 'move' operation; use remove + add"
        )

    def copy(self, from_: PathLike, path: PathLike) -> Self:
        """Raise :class:`~mypreferences.errors.InvalidRequestError`: MyPreferences has no ``copy``."""
        raise InvalidRequestError("MyPreferences does not support the JSON Patch 'copy' operation; use add")

    def to_json_list(self) -> list[dict[str, Any]]:
        """Return the wire JSON ``[{"op", "path", "value"}, ...]`` in the sent order (remove: no value)."""
        return [
            {"op": o.op, "path": path} | ({} if o.op == "remove" else {"value": deepcopy(o.value)})
            for o, path in self._build()
        ]

    def to_operations(self) -> list[JsonPatchOperation]:
        """Return the operations as generated ``JsonPatchOperation`` models, in the built order."""
        from mypreferences.generated.models import JsonPatchOperation

        return [JsonPatchOperation.from_dict(o) for o in self.to_json_list()]

    def apply(self, document: Any) -> Any:
        """Return a copy of ``document`` (JSON data or a model) patched as the server would patch it."""
        return _apply(self._build(), _to_json(document, "apply(document)"))

    def __iter__(self) -> Iterator[JsonPatchOperation]:
        return iter(self.to_operations())

    def __len__(self) -> int:
        return len(self._ops)

    def __eq__(self, other: object) -> bool:
        try:
            other = JsonPatch(other) if isinstance(other, list) else other
        except InvalidRequestError:
            return False
        return self.to_json_list() == other.to_json_list() if isinstance(other, JsonPatch) else NotImplemented

    def __repr__(self) -> str:
        ops = ", ".join(f"{o.op} {path!r}" for o, path in self._build())  # no values: they may be personal
        model = f"model={self._checker.name!r}, " if self._checker is not None else ""
        return f"JsonPatch({model}[{ops}])"

    def _append_wire(self, raw: Any) -> None:
        data = raw.to_dict() if callable(getattr(raw, "to_dict", None)) else raw
        where = f"op #{len(self._ops)}"
        if not isinstance(data, Mapping):
            raise InvalidRequestError(f"{where}: expected an operation object, got {type(raw).__name__}")
        op = data.get("op")
        op = op.value if isinstance(op, enum.Enum) else op
        if op in ("move", "copy"):
            raise InvalidRequestError(f"{where}: MyPreferences does not support {op!r}")
        if op not in ("add", "remove", "replace", "test"):
            raise InvalidRequestError(f"{where}: unsupported operation {op!r}")
        if "path" not in data or (op != "remove" and "value" not in data):
            raise InvalidRequestError(f"{where} ({op}): missing {'value' if 'path' in data else 'path'!r}")
        self._push(op, data["path"], data.get("value"))

    def _push(self, op: str, path: PathLike, value: Any, *, json_value: bool = False) -> Self:
        new = _Op(op, path if json_value else _tokens_of(path), value, len(self._ops))  # type: ignore[arg-type]
        new.value = value if json_value else _to_json(value, new.label)
        objects = self._checker.check(new) if self._checker is not None else frozenset()
        plan = self._plan or (_Plan(self._ops, new.index) if op == "remove" else None)
        if plan is not None:
            plan.push(new, objects)
        self._plan, self._built = plan, None
        self._ops.append(new)
        return self

    def _build(self) -> list[tuple[_Op, str]]:
        if self._built is None:
            plan = self._plan if self._plan is not None and self._plan.moved else None
            self._built = plan.build() if plan else [(o, format_pointer(o.tokens)) for o in self._ops]
        return self._built
