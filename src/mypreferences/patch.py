"""JSON Patch (RFC 6902) builder for the MyPreferences ``PATCH`` operations.

The server supports only ``add``, ``replace``, ``remove`` and ``test``, and wants replaces before removes
and an array's removes in descending index order. Write a :class:`JsonPatch` in RFC 6902 order: each
``replace`` after the first ``remove`` moves to just before it, an array's removes not in descending order
are sent together where the last was written, and array indices are rewritten to keep the effect::

    patch = JsonPatch.for_model(UserProfile)  # optional: check paths and values against the schema
    patch.remove("/Emails/0").remove("/Emails/0").replace(("CustomerName", "FirstName"), "Ann")
    await mp.profiles.patch(123, body=patch)  # sent: replace, remove /Emails/1, remove /Emails/0

A number in a path is an array index unless the schema says otherwise. A call whose move would change the
result (say, a ``replace`` after a ``remove`` inside it) raises
:class:`~mypreferences.errors.InvalidRequestError` and leaves the patch unchanged.
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
_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
_SPLIT: Final = "; reorder the calls or split the patch into two PATCH requests"
_Node = tuple[str | int, ...]  # a location: object member names and array element ids
_Path = tuple[str | int | None, ...]  # from diff: member names, array indices and None for '-'
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
    if isinstance(value, (str, int)) or (isinstance(value, float) and math.isfinite(value)):
        return value if type(value) in (str, int, float) else json.loads(json.dumps(value))  # no subclass
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


_key = json.JSONEncoder(sort_keys=True).encode  # equal for equal JSON values (1 and true differ)


@dataclass(slots=True, eq=False)
class _Op:
    op: str
    tokens: tuple[str, ...]
    value: Any
    index: int  # position in the order written
    # the path's array indices, resolved: (depth, array, element id; -1: '-'; an insert's: the next one)
    arrays: list[tuple[int, _Array, int]] = field(default_factory=list)
    target: tuple[_Array, int] | None = None  # the last of those, if the last token is an index
    inserted: int = -1  # the id of the element an insert adds

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
        # the known part, then one for the original elements not addressed yet (an insertion anchor)
        self.present: list[int] = [next(ids)]
        self.original: list[int] = []  # ids of the elements present at the start, by index
        self.removes: list[_Op] = []
        self.low = -1  # number of present elements before the lowest removed one (-1: none removed)
        # whether '-' appended to it; whether its removes are sent together, where the last was written
        self.appended, self.gather = False, False
        self.sent: list[int] = []  # while emitting: its elements as sent so far, as positions (see build)

    def element(self, op: _Op, i: int, *, anchor: bool = False) -> int:
        """Return element ``i``; with ``anchor``, the element an insertion at ``i`` goes before."""
        if i + (not anchor) >= len(self.present) and self.appended:
            raise _fail(op, f"the index may address an element appended with '-' earlier{_SPLIT}")
        while i + (not anchor) >= len(self.present):
            self.original.append(self.present[-1])
            self.present.append(next(self.ids))
        return self.present[i]


class _Plan:
    """Orders the operations of a patch from its first remove on, rewriting their array indices."""

    def __init__(self, ops: list[_Op], first: int) -> None:
        self.ops, self.first, self.ids = ops, first, itertools.count()
        self.arrays: dict[_Node, _Array] = {}
        self.changed: dict[_Node, int] = {}  # location -> index of its last add/replace/remove
        self.at: dict[_Node, int] = {}  # location -> index of its last add/remove/test
        self.under: dict[_Node, int] = {}  # location -> the same, of it or of anything inside it
        self.written: dict[str, int] = {}  # parent path -> index of its last remove, as written
        self.before: dict[int, list[int]] = {}  # element id -> ids inserted just before it, oldest first
        self.moved = False

    def _array(self, node: _Node, op: _Op) -> _Array:
        array = self.arrays.get(node)
        changed = max(self.changed.get(node[:k], -1) for k in range(len(node) + 1))
        if array is None or changed >= array.created:
            array = self.arrays[node] = _Array(op.index, self.ids)
        return array

    def push(self, op: _Op, objects: frozenset[int]) -> None:
        """Resolve ``op`` to the locations and elements it addresses; refuse it if a move changes the result."""
        node: _Node = ()
        last, adding = len(op.tokens) - 1, op.op == "add"
        for depth, token in enumerate(op.tokens):
            append = token == _APPEND and depth == last and adding
            if depth in objects or not (append or _INDEX_RE.fullmatch(token)):
                node += (token,)
                continue
            array, element = self._array(node, op), next(self.ids)
            if depth == last and adding and not append:
                op.inserted, element = element, array.element(op, int(token), anchor=True)
            elif not append:
                element = array.element(op, int(token))
            op.arrays.append((depth, array, -1 if append else element))
            op.target = (array, -1 if append else element) if depth == last else None
            node += (op.inserted if op.inserted >= 0 else element,)
        target = op.target
        if op.op == "replace":
            hit = self.under.get(node)
            for k in range(len(node)):
                hit = self.at.get(node[:k], hit)
            if hit is not None:
                raise _conflict(self.ops[hit], op, "replaces before removes) would swap them")
            self.moved = True
        elif op.op == "remove" and target is not None:
            array, i = target[0], int(op.tokens[-1])
            if 0 <= array.low <= i or array.gather:  # an earlier remove of a lower element moves after it
                test = max(self.at.get(node[:k], -1) for k in range(len(node)))  # only a test can be later
                if test > array.removes[0].index:
                    raise _conflict(self.ops[test], op, "descending removes) would move a remove after it")
                self.moved = array.gather = True
            parent = format_pointer(op.tokens[:-1])  # other arrays may be written the same way
            if not self.moved and self.written.get(parent, i + 1) <= i:
                raise _fail(op, f"removes from {parent!r} would not be descending{_SPLIT}")
            self.written[parent] = i
            del array.present[i]
            array.removes.append(op)
            array.low = i if array.low < 0 else min(array.low, i)
        if target is not None and op.inserted >= 0:
            target[0].present.insert(int(op.tokens[-1]), op.inserted)
            target[0].low += 0 <= int(op.tokens[-1]) < target[0].low
            self.before.setdefault(target[1], []).append(op.inserted)
        elif adding and target is not None:
            target[0].appended = True
        if op.op != "test":
            self.changed[node] = op.index
        if op.op != "replace":
            self.at[node] = op.index
            self.under.update((node[:k], op.index) for k in range(len(node) + 1))

    def build(self) -> list[tuple[_Op, str]]:  # the operations in the order sent, with their paths as sent
        arrays = dict.fromkeys(a for o in self.ops for _, a, _ in o.arrays)
        slot = {o.index: a.removes[-1].index for a in arrays if a.gather for o in a.removes}
        pos: dict[int, int] = {}  # element id -> rank in its array's final order, removed ones included
        stack = [e for a in arrays for e in reversed([*a.original, a.present[-1]])]
        while stack:  # each element comes after those inserted just before it (~e: place e)
            e = stack.pop()
            if e < 0:
                pos[~e] = len(pos)
            else:
                stack += [~e, *reversed(self.before.get(e, ()))]
        for array in arrays:  # the sorted positions of its elements as sent so far
            array.sent = [pos[e] for e in (*array.original, array.present[-1])]

        def key(o: _Op) -> tuple[int, int]:  # a gathered array's removes share theirs
            return (0 if o.index < self.first else 1 if o.op == "replace" else 2, slot.get(o.index, o.index))

        out: list[tuple[_Op, str]] = []
        last_removed: dict[str, int] = {}
        for _, group in itertools.groupby(sorted(self.ops, key=key), key):
            batch = list(group)  # several: a gathered array's removes, sent in descending order
            if len(batch) > 1:
                batch.sort(key=lambda o: -pos[o.arrays[-1][2]])
            for o in batch:
                tokens = list(o.tokens)
                for depth, array, element in o.arrays:
                    tokens[depth] = _APPEND if element < 0 else str(bisect_left(array.sent, pos[element]))
                if o.target is not None and o.inserted >= 0:
                    insort(o.target[0].sent, pos[o.inserted])
                elif o.target is not None and o.op == "remove":
                    del o.target[0].sent[int(tokens[-1])]
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


def _kind(schema: Mapping[str, Any]) -> str:  # "object", "array", a scalar JSON type name, or "any"
    t = schema.get("type")
    if t is None and "items" in schema:
        return "array"
    if t is None and {"properties", "additionalProperties"} & schema.keys():
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


class _SchemaChecker:  # checks operations against one component schema of the spec
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
            parts = [*(self.resolve(part, _seen) for part in all_of), out]
            props = {k: v for part in parts for k, v in (part.get("properties") or {}).items()}
            out = {k: v for part in parts for k, v in part.items()}
            if props or "properties" in parts[-1]:
                out["properties"] = props
        return out

    def read_only(self, schema: Mapping[str, Any]) -> bool:
        """Whether a field is read-only: ``readOnly``, or an object whose declared fields all are."""
        props: Mapping[str, Any] = schema.get("properties") or {}
        fields = (self.resolve(p).get("readOnly") for p in props.values())
        return bool(schema.get("readOnly")) or (bool(props) and _extra_schema(schema) is None and all(fields))

    def _either(self, op: _Op, schema: Mapping[str, Any], attempt: Callable[[dict[str, Any]], _T]) -> _T:
        """Return what ``attempt`` returns for the first ``oneOf``/``anyOf`` alternative it does not refuse."""
        base = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
        reasons: list[str] = []
        for alt in schema.get("oneOf") or schema.get("anyOf") or ():
            try:
                return attempt({**base, **self.resolve(alt)})
            except InvalidRequestError as exc:
                reasons.append(str(exc).removeprefix(op.label + ": "))
        why = "no alternative of the schema fits: " + " | ".join(reasons)
        raise _fail(op, reasons[0] if len(reasons) == 1 else why)

    def check(self, op: _Op) -> frozenset[int]:
        """Refuse ``op`` if it does not fit the schema; return the depths of its tokens naming members."""
        return self._walk(self.resolve(self.schemas[self.name]), op, 0, self.name)

    def _walk(self, schema: dict[str, Any], op: _Op, depth: int, where: str) -> frozenset[int]:
        if isinstance(schema.get("oneOf") or schema.get("anyOf"), list):
            return self._either(op, schema, lambda alt: self._walk(alt, op, depth, where))
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
        if isinstance(schema.get("oneOf") or schema.get("anyOf"), list):
            return self._either(op, schema, lambda alt: self._check_value(op, value, alt, at))
        kind, enum_values = _kind(schema), schema.get("enum")
        if value is None:
            if kind != "any" and not schema.get("nullable") and None not in (enum_values or ()):
                raise _fail(op, f"the value at {at!r} cannot be null (the field is not nullable)")
            return None
        if isinstance(enum_values, list) and _key(value) not in {_key(e) for e in enum_values}:
            allowed = ", ".join(repr(e) for e in enum_values)
            raise _fail(op, f"the value at {at!r} must be one of {allowed}, got {value!r}")
        actual = _TYPES[type(value)]
        if kind in _TYPES.values() and actual != kind and not (kind == "number" and actual == "integer"):
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


def _spans(ko: list[str], kn: list[str]) -> Iterator[tuple[int, int, int, int]]:
    """Yield spans ``(i0, i1, j0, j1)`` of the old and new arrays (element keys) whose elements pair up.

    A patience diff: elements unique in both are kept, a longest run of them in the same order, and so are
    their equal neighbours; the elements between are paired by position, the extra ones removed or added.
    """
    count_o, count_n, where = Counter(ko), Counter(kn), {k: j for j, k in enumerate(kn)}
    tails: list[int] = []  # per length, the smallest j that ends an increasing run of unique elements
    runs: list[Any] = []  # and that run, as nested (pair, rest) tuples
    for i, k in enumerate(ko):
        if count_o[k] == count_n[k] == 1:
            p = bisect_left(tails, where[k])
            tails[p : p + 1], runs[p : p + 1] = [where[k]], [((i, where[k]), runs[p - 1] if p else None)]
    anchors, run = [(len(ko), len(kn))], runs[-1] if runs else None
    while run is not None:
        anchors.append(run[0])
        run = run[1]
    i0 = j0 = 0
    for i1, j1 in reversed(anchors):
        n = m = 0
        while i0 + n < i1 and j0 + n < j1 and ko[i0 + n] == kn[j0 + n]:
            n += 1
        while i1 - m > i0 + n and j1 - m > j0 + n and ko[i1 - m - 1] == kn[j1 - m - 1]:
            m += 1
        yield from ((i0, i0 + n, j0, j0 + n), (i0 + n, i1 - m, j0 + n, j1 - m))
        yield (i1 - m, min(i1 + 1, len(ko)), j1 - m, min(j1 + 1, len(kn)))  # the suffix and the anchor
        i0, j0 = i1 + 1, j1 + 1


def _diff(old: Any, new: Any, at: _Path, at_new: _Path, out: tuple[_Raw, _Raw, _Raw]) -> None:
    """Append the replaces, removes (on ``old``, descending) and adds (on ``new``, ascending) to ``out``."""
    if old == new and _key(old) == _key(new):
        return
    replaces, removes, adds = out
    if isinstance(old, dict) and isinstance(new, dict):
        removes += [("remove", (*at, k), None) for k in old if k not in new]
        for k in old:
            if k in new:
                _diff(old[k], new[k], (*at, k), (*at_new, k), out)
        adds += [("add", (*at_new, k), new[k]) for k in new if k not in old]
    elif isinstance(old, list) and isinstance(new, list):
        keys_old, keys_new = [*map(_key, old)], [*map(_key, new)]
        spans = list(_spans(keys_old, keys_new))
        tail = max([j0 + min(i1 - i0, j1 - j0) for i0, i1, j0, j1 in spans if i0 < i1 and j0 < j1], default=0)
        nested: list[tuple[int, _Raw]] = []  # per element of old: its remove, or the removes inside it
        for i0, i1, j0, j1 in spans:
            n = min(i1 - i0, j1 - j0)
            for i, j in zip(range(i0, i0 + n), range(j0, j0 + n), strict=True):
                nested.append((i, []))
                if keys_old[i] != keys_new[j]:
                    _diff(old[i], new[j], (*at, i), (*at_new, j), (replaces, nested[-1][1], adds))
            nested += [(i, [("remove", (*at, i), None)]) for i in range(i0 + n, i1)]
            adds += [("add", (*at_new, None if j >= tail else j), new[j]) for j in range(j0 + n, j1)]
        removes += [op for _, ops in sorted(nested, key=lambda item: -item[0]) for op in ops]
    else:
        replaces.append(("replace", at, new))


class JsonPatch:
    """A JSON Patch: a fluent builder that is also the request body; iterating gives the sent operations."""

    __slots__ = ("_checker", "_ops", "_plan")

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __init__(self, operations: Iterable[Any] | None = None) -> None:
        """Create a patch of ``operations`` (wire dicts or models, RFC 6902 order); bad ones raise."""
        self._ops: list[_Op] = []
        self._checker: _SchemaChecker | None = None
        self._plan: _Plan | None = None
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
        for op, path, value in itertools.chain(*out):
            patch._push(op, path, value, diffed=True)
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
        why = "MyPreferences does not support the JSON Patch 'move' operation"
        raise InvalidRequestError(f"{why}; use remove + add")

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

    def _push(self, op: str, path: Any, value: Any, *, diffed: bool = False) -> Self:
        # diffed: path is a _Path and value JSON
        tokens = tuple(_APPEND if t is None else str(t) for t in path) if diffed else _tokens_of(path)
        new = _Op(op, tokens, value, len(self._ops))
        new.value = value if diffed or value is None else _to_json(value, new.label)
        objects = frozenset(d for d, t in enumerate(path) if isinstance(t, str)) if diffed else frozenset()
        if self._checker is not None:
            objects |= self._checker.check(new)
        plan = self._plan or (_Plan(self._ops, new.index) if op == "remove" else None)
        if plan is not None:
            plan.push(new, objects)
        self._plan = plan
        self._ops.append(new)
        return self

    def _build(self) -> list[tuple[_Op, str]]:
        if self._plan is not None and self._plan.moved:
            return self._plan.build()
        return [(o, format_pointer(o.tokens)) for o in self._ops]
