"""Tests of mypreferences.patch: the JSON Patch builder, its ordering rules, schema checks and diff."""

from __future__ import annotations

import copy
import datetime as dt
import enum
import math
import random
import re
from collections.abc import Sequence
from typing import Any

import jsonpatch
import jsonpointer
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from mypreferences.errors import InvalidRequestError
from mypreferences.generated.models import Error, JsonPatchOp, JsonPatchOperation
from mypreferences.patch import JsonPatch, escape_token, format_pointer, parse_pointer

# --------------------------------------------------------------------------------------------------
# helpers


def assert_server_rules(ops: Sequence[dict[str, Any]]) -> None:
    """No remove before a replace; removes of elements of one array in strictly descending index order."""
    seen_remove = False
    for o in ops:
        assert set(o) <= {"op", "path", "value"}
        assert o["op"] in {"add", "remove", "replace", "test"}
        assert ("value" in o) == (o["op"] != "remove")
        if o["op"] == "remove":
            seen_remove = True
        elif o["op"] == "replace":
            assert not seen_remove, f"replace after a remove in {ops}"
    removes = [parse_pointer(o["path"]) for o in ops if o["op"] == "remove"]
    for i, p in enumerate(removes):
        for q in removes[i + 1 :]:
            if p and q and p[:-1] == q[:-1] and all(re.fullmatch(r"0|[1-9][0-9]*", t[-1]) for t in (p, q)):
                assert int(p[-1]) > int(q[-1]), f"removes not descending in {ops}"


def strict_equal(a: Any, b: Any) -> bool:
    """JSON equality where booleans are not numbers (Python's == says True == 1)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(strict_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(strict_equal(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b) and (isinstance(a, (int, float)) == isinstance(b, (int, float)))


KEYS = st.lists(st.sampled_from(["a", "b", "~", "/", "0", "~1", "é"]), max_size=3).map("".join)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-3, max_value=3)
    | st.floats(allow_nan=False, allow_infinity=False, min_value=-2, max_value=2)
    | st.text(max_size=3)
)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(KEYS, inner, max_size=5),
    max_leaves=25,
)


# --------------------------------------------------------------------------------------------------
# pointers and escaping


def test_token_sequences_are_escaped() -> None:
    patch = JsonPatch().add(("a/b", "~c", 0, "~1/"), 1)
    assert patch.to_json_list() == [{"op": "add", "path": "/a~1b/~0c/0/~01~1", "value": 1}]
    assert escape_token("~/") == "~0~1"
    assert parse_pointer("/a~1b/~0c/0/~01~1") == ("a/b", "~c", "0", "~1/")
    assert parse_pointer("") == ()
    assert parse_pointer("/") == ("",)


def test_string_pointer_is_used_verbatim_and_decoded_for_apply() -> None:
    patch = JsonPatch().replace("/x~1y/~0z", 2)
    assert patch.to_json_list() == [{"op": "replace", "path": "/x~1y/~0z", "value": 2}]
    assert patch.apply({"x/y": {"~z": 1}}) == {"x/y": {"~z": 2}}


@given(st.lists(KEYS, max_size=4))
def test_pointer_round_trip(tokens: list[str]) -> None:
    assert parse_pointer(format_pointer(tokens)) == tuple(tokens)


@pytest.mark.parametrize(
    ("path", "fragment"),
    [
        ("CustomerName/FirstName", "must start with '/'"),
        ("/a~2", "'~' must be escaped"),
        ("/a~", "'~' must be escaped"),
        (("a", -1), "must be >= 0"),
        (("a", True), "tokens must be strings or integers"),
        (("a", 1.5), "tokens must be strings or integers"),
        (42, "JSON Pointer string or a sequence"),
    ],
)
def test_invalid_paths_are_refused(path: Any, fragment: str) -> None:
    patch = JsonPatch()
    with pytest.raises(InvalidRequestError) as info:
        patch.replace(path, 1)
    assert fragment in str(info.value)
    assert len(patch) == 0


# --------------------------------------------------------------------------------------------------
# operations, values, output forms


def test_move_and_copy_are_refused() -> None:
    with pytest.raises(InvalidRequestError, match="does not support the JSON Patch 'move'"):
        JsonPatch().move("/a", "/b")
    with pytest.raises(InvalidRequestError, match="does not support the JSON Patch 'copy'"):
        JsonPatch().copy("/a", "/b")
    with pytest.raises(InvalidRequestError, match="does not support 'move'"):
        JsonPatch([{"op": "move", "from": "/a", "path": "/b"}])
    with pytest.raises(InvalidRequestError, match="unsupported operation 'frobnicate'"):
        JsonPatch([{"op": "frobnicate", "path": "/b"}])
    with pytest.raises(InvalidRequestError, match="missing 'value'"):
        JsonPatch([{"op": "add", "path": "/b"}])


class Color(enum.Enum):
    RED = "Red"


def test_values_are_serialized() -> None:
    when = dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.UTC)
    patch = (
        JsonPatch()
        .add("/When", when)
        .add("/Day", dt.date(2024, 5, 6))
        .add("/Color", Color.RED)
        .add("/Op", JsonPatchOp.ADD)
        .add("/Err", Error(message="boom"))
        .add("/Nested", {"l": [Color.RED, (1, 2)], "m": [Error(message=None)]})
    )
    values = [o["value"] for o in patch.to_json_list()]
    assert values == [
        "2024-05-06T07:08:09+00:00",
        "2024-05-06",
        "Red",
        "add",
        {"Message": "boom"},
        {"l": ["Red", [1, 2]], "m": [Error(message=None).to_dict()]},  # as the model serializes itself
    ]
    assert type(values[3]) is str


def test_values_are_copied_when_added() -> None:
    value = {"a": [1]}
    patch = JsonPatch().add("/x", value)
    value["a"].append(2)
    assert patch.to_json_list()[0]["value"] == {"a": [1]}
    patch.to_json_list()[0]["value"]["a"].append(3)
    assert patch.to_json_list()[0]["value"] == {"a": [1]}


@pytest.mark.parametrize("value", [math.nan, {1, 2}, b"x", {1: "a"}, object()])
def test_values_that_json_cannot_carry_are_refused(value: Any) -> None:
    with pytest.raises(InvalidRequestError, match=r"op #0 \(add '/x'\)"):
        JsonPatch().add("/x", value)


def test_wire_form_and_operation_models() -> None:
    patch = JsonPatch().replace("/a", None).remove("/b").test("/c", [1]).add("/d/-", {"e": 1})
    assert patch.to_json_list() == [
        {"op": "replace", "path": "/a", "value": None},
        {"op": "remove", "path": "/b"},
        {"op": "test", "path": "/c", "value": [1]},
        {"op": "add", "path": "/d/-", "value": {"e": 1}},
    ]
    models = patch.to_operations()
    assert all(isinstance(m, JsonPatchOperation) for m in models)
    assert [m.op for m in models] == [
        JsonPatchOp.REPLACE,
        JsonPatchOp.REMOVE,
        JsonPatchOp.TEST,
        JsonPatchOp.ADD,
    ]
    assert "value" not in models[1].to_dict()
    assert all("from" not in m.to_dict() for m in models)
    assert [m.to_dict() for m in models] == patch.to_json_list()
    # usable as a list[JsonPatchOperation] body
    assert len(patch) == 4
    assert [m.to_dict() for m in patch] == patch.to_json_list()
    assert list(patch) == models
    # and round-trips through the constructor
    assert JsonPatch(models) == patch
    assert JsonPatch(patch.to_json_list()) == patch


def test_eq_repr_hash() -> None:
    a = JsonPatch().replace("/Email", "secret@example.com").remove("/X/0")
    b = JsonPatch().remove("/X/0").replace("/Email", "secret@example.com")
    assert a == b  # same built order
    assert a == [
        {"op": "replace", "path": "/Email", "value": "secret@example.com"},
        {"op": "remove", "path": "/X/0"},
    ]
    assert a != JsonPatch().replace("/Email", "other")
    assert a != [{"op": "move", "path": "/a", "from": "/b"}]
    assert a != "text"
    assert repr(a) == "JsonPatch([replace '/Email', remove '/X/0'])"
    assert "secret" not in repr(a)
    with pytest.raises(TypeError):
        hash(a)
    assert not JsonPatch()
    assert JsonPatch() == []


# --------------------------------------------------------------------------------------------------
# ordering: the built patch obeys the server's rules and has the effect of the operations as written


def rfc(doc: Any, ops: Sequence[dict[str, Any]]) -> Any:
    """Apply ops with the reference implementation, in the order given; a failure is a result too."""
    try:
        return jsonpatch.apply_patch(copy.deepcopy(doc), list(ops))
    except (jsonpatch.JsonPatchException, jsonpointer.JsonPointerException) as exc:
        return ("failed", type(exc).__name__)


def assert_same_effect(doc: Any, ops: Sequence[dict[str, Any]], patch: JsonPatch) -> None:
    built = patch.to_json_list()
    assert_server_rules(built)
    expected, got = rfc(doc, ops), rfc(doc, built)
    assert strict_equal(got, expected), f"{ops} built as {built}: {got} != {expected}"
    if not isinstance(expected, tuple):
        assert strict_equal(patch.apply(doc), expected)


def test_replaces_are_lifted_before_removes() -> None:
    patch = JsonPatch().test("/v", 1).remove("/a").add("/b", 1).replace("/c", 2).remove("/d")
    assert [(o["op"], o["path"]) for o in patch.to_json_list()] == [
        ("test", "/v"),
        ("replace", "/c"),
        ("remove", "/a"),
        ("add", "/b"),
        ("remove", "/d"),
    ]


def test_a_replace_after_a_remove_of_a_lower_element_is_rewritten() -> None:
    ops = [{"op": "remove", "path": "/a/0"}, {"op": "replace", "path": "/a/0", "value": 9}]
    patch = JsonPatch(ops)
    assert patch.to_json_list() == [
        {"op": "replace", "path": "/a/1", "value": 9},
        {"op": "remove", "path": "/a/0"},
    ]
    assert patch.apply({"a": [1, 2, 3]}) == {"a": [9, 3]} == rfc({"a": [1, 2, 3]}, ops)


def test_a_replace_then_a_remove_of_one_location_are_both_kept() -> None:
    patch = JsonPatch().remove("/z").replace("/X", 1).remove("/X")
    assert [(o["op"], o["path"]) for o in patch.to_json_list()] == [
        ("replace", "/X"),
        ("remove", "/z"),
        ("remove", "/X"),
    ]
    patch = JsonPatch().remove("/L/0").replace("/L/0", "new").remove("/L/0")
    assert [(o["op"], o["path"]) for o in patch.to_json_list()] == [
        ("replace", "/L/1"),
        ("remove", "/L/1"),
        ("remove", "/L/0"),
    ]
    assert patch.apply({"L": ["a", "b", "c"]}) == {"L": ["c"]}


def test_removes_of_one_array_are_sent_in_descending_order() -> None:
    patch = JsonPatch().remove("/Emails/0").remove("/Other").remove("/Emails/2").remove("/Emails/10")
    # as written, /Emails/2 is the fourth address of the fetched document and /Emails/10 the thirteenth
    assert [o["path"] for o in patch.to_json_list()] == ["/Other", "/Emails/12", "/Emails/3", "/Emails/0"]
    doc = {"Emails": list(range(14)), "Other": 1}
    assert patch.apply(doc) == {"Emails": [1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 13]}
    ops = [{"op": "remove", "path": p} for p in ("/Emails/0", "/Other", "/Emails/2", "/Emails/10")]
    assert_same_effect(doc, ops, patch)


def test_removing_index_0_twice_removes_two_elements() -> None:
    patch = JsonPatch().remove("/A/0").remove("/A/0")
    assert [o["path"] for o in patch.to_json_list()] == ["/A/1", "/A/0"]
    assert patch.apply({"A": [1, 2, 3]}) == {"A": [3]}


def test_a_remove_inside_an_element_keeps_its_place() -> None:
    doc = {"A": [0, 1, {"k": 1}, {"k": 2, "j": 3}]}
    patch = JsonPatch().remove("/A/0").remove("/A/2/k")
    assert [o["path"] for o in patch.to_json_list()] == ["/A/0", "/A/2/k"]
    assert patch.apply(doc) == {"A": [1, {"k": 1}, {"j": 3}]}
    patch = JsonPatch().remove("/A/0/k").remove("/A/2")
    assert [o["path"] for o in patch.to_json_list()] == ["/A/0/k", "/A/2"]


def test_add_that_depends_on_an_earlier_remove_keeps_its_place() -> None:
    patch = JsonPatch().remove("/X").add("/X", {"new": True}).replace("/Y", 1)
    assert [o["op"] for o in patch.to_json_list()] == ["replace", "remove", "add"]
    assert patch.apply({"X": {"old": 1}, "Y": 0}) == {"X": {"new": True}, "Y": 1}


def test_removes_move_across_adds_with_their_indices_rewritten() -> None:
    ops = [
        {"op": "remove", "path": "/A/0"},
        {"op": "add", "path": "/A/0", "value": "x"},
        {"op": "remove", "path": "/A/2"},
    ]
    patch = JsonPatch(ops)
    assert patch.to_json_list() == [
        {"op": "add", "path": "/A/1", "value": "x"},
        {"op": "remove", "path": "/A/3"},
        {"op": "remove", "path": "/A/0"},
    ]
    assert_same_effect({"A": ["p", "q", "r", "s"]}, ops, patch)


def test_test_guarding_a_replace_stays_before_it() -> None:
    patch = JsonPatch().remove("/A/1").test("/B", 3)
    # the replace would have to jump over the test that reads /B: refused, patch unchanged
    with pytest.raises(InvalidRequestError, match=r"op #1 \(test '/B'\) depends on op #2 \(replace '/B'\)"):
        patch.replace("/B", 4)
    assert len(patch) == 2
    patch2 = JsonPatch().test("/B", 3).remove("/A/1").replace("/B", 4)
    assert [o["op"] for o in patch2.to_json_list()] == ["test", "replace", "remove"]
    assert patch2.apply({"A": [0, 1], "B": 3}) == {"A": [0], "B": 4}


def test_moves_that_would_change_the_result_are_refused() -> None:
    patch = JsonPatch().remove("/A/0").add("/A/0", "x")
    with pytest.raises(InvalidRequestError) as info:
        patch.replace("/A/0", "secret@example.com")  # it replaces the added element
    message = str(info.value)
    assert "op #1 (add '/A/0') depends on op #2 (replace '/A/0')" in message and "split the patch" in message
    assert "secret" not in message  # values may be personal data
    assert patch.to_json_list() == [  # the refused call left the patch as it was
        {"op": "remove", "path": "/A/0"},
        {"op": "add", "path": "/A/0", "value": "x"},
    ]
    with pytest.raises(InvalidRequestError, match=r"op #1 \(test '/B/x'\) depends on op #2 \(replace '/B'\)"):
        JsonPatch().remove("/A").test("/B/x", 1).replace("/B", {})
    with pytest.raises(InvalidRequestError, match="split the patch"):
        JsonPatch(
            [
                {"op": "remove", "path": "/A"},
                {"op": "add", "path": "/B", "value": 1},
                {"op": "replace", "path": "/B", "value": 2},
            ]
        )
    # the first remove would have to move after the test that reads the whole array
    with pytest.raises(InvalidRequestError, match=r"op #1 \(test '/A'\) depends on op #2 \(remove '/A/0'\)"):
        JsonPatch().remove("/A/0").test("/A", [2, 3]).remove("/A/0")
    # after an append, an index past the known elements may address the appended element
    with pytest.raises(InvalidRequestError, match=r"op #2 \(replace '/L/1'\): the index may address"):
        JsonPatch().remove("/M").add("/L/-", 1).replace("/L/1", 2)
    ok = JsonPatch().remove("/M").add("/L/-", 1).add("/L/-", 2).replace("/Other", 3)
    assert [o["path"] for o in ok.to_json_list()] == ["/Other", "/M", "/L/-", "/L/-"]


def test_schema_object_members_with_numeric_names_are_not_array_indices() -> None:
    ops = [
        {"op": "remove", "path": "/Attributes/1"},
        {"op": "replace", "path": "/Attributes/2", "value": "x"},
    ]
    patch = checked()
    for op in ops:
        patch._append_wire(op)
    assert [o["path"] for o in patch.to_json_list()] == ["/Attributes/2", "/Attributes/1"]
    assert_same_effect({"Attributes": {"1": "a", "2": "b"}}, ops, patch)
    # without a schema, numbers are array indices
    assert [o["path"] for o in JsonPatch(ops).to_json_list()] == ["/Attributes/3", "/Attributes/1"]


OP_PATHS = st.lists(st.sampled_from(["A", "B", "0", "1", "2", "3"]), min_size=1, max_size=3)
RAW_OPS = st.lists(st.tuples(st.sampled_from(["add", "remove", "replace", "test"]), OP_PATHS), max_size=12)


@given(RAW_OPS)
@settings(max_examples=300)
def test_built_order_obeys_server_rules(raw: list[tuple[str, list[str]]]) -> None:
    patch = JsonPatch()
    accepted: list[dict[str, Any]] = []
    try:
        for op, tokens in raw:
            before = patch.to_json_list()
            wire = {"op": op, "path": format_pointer(tokens)} | ({} if op == "remove" else {"value": 0})
            try:
                patch._append_wire(wire)
            except InvalidRequestError:
                assert patch.to_json_list() == before  # refused calls change nothing
                continue
            accepted.append(wire)
        built = patch.to_json_list()
    except InvalidRequestError as exc:  # the rare conflict found only when the patch is built
        assert "would not be descending" in str(exc)
        return
    assert_server_rules(built)
    assert sorted(o["op"] for o in built) == sorted(o["op"] for o in accepted)
    for kinds in ({"replace"}, {"add", "test"}):  # these keep their relative order
        assert [o["op"] for o in built if o["op"] in kinds] == [o["op"] for o in accepted if o["op"] in kinds]
    try:
        assert_server_rules(accepted)
    except AssertionError:
        return
    # nothing moves when the order written obeys the rules (removes of arrays inside arrays may still be
    # put in the order of their elements)
    if all(
        not any(t.isdigit() for t in parse_pointer(o["path"])[:-1]) for o in accepted if o["op"] == "remove"
    ):
        assert built == accepted


ALPHA_KEYS = st.sampled_from(["a", "b", "c", "x~", "y/"])
SMALL = st.integers(0, 9) | st.sampled_from(["s", "t"]) | st.none()
VALUES = st.recursive(
    SMALL,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ALPHA_KEYS, inner, max_size=2),
    max_leaves=5,
)
DOCS = st.fixed_dictionaries(
    {"L": st.lists(VALUES, max_size=6), "M": st.fixed_dictionaries({"x": st.lists(SMALL, max_size=4)})}
)


def locations(doc: Any, at: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    out = [(at, doc)]
    items = doc.items() if isinstance(doc, dict) else enumerate(doc) if isinstance(doc, list) else ()
    for k, v in items:
        out += locations(v, (*at, str(k)))
    return out


@st.composite
def valid_patches(draw: st.DrawFn) -> tuple[Any, list[dict[str, Any]]]:
    """A document, and operations (in RFC 6902 order) that apply to it, mixing all four kinds."""
    before = draw(DOCS)
    doc, ops = copy.deepcopy(before), []
    for _ in range(draw(st.integers(1, 10))):
        at, value = draw(st.sampled_from(locations(doc)))
        kind = draw(st.sampled_from(["remove", "remove", "replace", "add", "add", "test"]))
        if kind == "add":
            containers = [(p, v) for p, v in locations(doc) if isinstance(v, (dict, list))]
            at, value = draw(st.sampled_from(containers))
            if isinstance(value, list):
                key = draw(st.sampled_from([str(i) for i in range(len(value) + 1)] + ["-"]))
            else:
                key = draw(ALPHA_KEYS)
            at = (*at, key)
        if not at and kind in ("remove", "replace", "add"):
            continue
        op = {"op": kind, "path": format_pointer(at)}
        if kind != "remove":
            op["value"] = copy.deepcopy(value) if kind == "test" else draw(VALUES)
        doc = jsonpatch.apply_patch(doc, [op])
        ops.append(op)
    return before, ops


@given(valid_patches())
@settings(max_examples=1000, suppress_health_check=[HealthCheck.too_slow])
def test_built_patch_has_the_effect_of_the_operations_as_written(
    case: tuple[Any, list[dict[str, Any]]],
) -> None:
    before, ops = case
    patch = JsonPatch()
    for n, op in enumerate(ops):
        try:
            patch._append_wire(op)
        except InvalidRequestError as exc:
            assert "split the patch" in str(exc)
            assert len(patch) == n  # refused: the patch is as it was
            ops = ops[:n]
            break
    try:
        patch.to_json_list()
    except InvalidRequestError as exc:  # the rare conflict that only building the patch finds
        assert "would not be descending" in str(exc)
        return
    assert_same_effect(before, ops, patch)
    assert patch == JsonPatch(ops)


def mutated(before: Any, rng: random.Random, keys: Sequence[str], value: Any) -> Any:
    """A copy of ``before`` with a few random changes deep inside."""
    after = copy.deepcopy(before)
    for _ in range(rng.randrange(1, 6)):
        node = after
        while isinstance(node, (dict, list)) and node and rng.random() < 0.6:
            key = rng.choice(list(node) if isinstance(node, dict) else range(len(node)))
            if not isinstance(node[key], (dict, list)):
                break
            node = node[key]
        if isinstance(node, dict):
            if node and rng.random() < 0.4:
                del node[rng.choice(list(node))]
            else:
                node[rng.choice(keys)] = value()
        elif isinstance(node, list):
            r = rng.random()
            if node and r < 0.4:
                del node[rng.randrange(len(node))]
            elif node and r < 0.7:
                node[rng.randrange(len(node))] = value()
            else:
                node.insert(rng.randrange(len(node) + 1), value())
    return after


@given(DOCS, st.randoms(use_true_random=False), st.data())
@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
def test_patches_made_by_jsonpatch_keep_their_effect(
    before: Any, rng: random.Random, data: st.DataObject
) -> None:
    after = mutated(before, rng, ["a", "b", "c", "x~", "y/"], lambda: data.draw(VALUES))
    ops = jsonpatch.make_patch(before, after).patch
    assume(not any(o["op"] in ("move", "copy") for o in ops))
    assert_same_effect(before, ops, JsonPatch(ops))


def test_2000_patches_made_by_jsonpatch_keep_their_effect() -> None:
    rng = random.Random(2000)
    keys = ["a", "b", "c", "d", "x~", "y/"]

    def value(depth: int = 1) -> Any:
        r = rng.random()
        if depth > 2 or r < 0.35:
            return rng.choice([None, True, False, 0, 1, 2, 3, "s", "t", 1.5])
        if r < 0.7:
            return [value(depth + 1) for _ in range(rng.randrange(6))]
        return {k: value(depth + 1) for k in rng.sample(keys, rng.randrange(4))}

    checked_patches = mismatches = refused = 0
    while checked_patches < 2000:
        before = {"root": value(0)}
        ops = jsonpatch.make_patch(before, mutated(before, rng, keys, lambda: value(2))).patch
        if any(o["op"] in ("move", "copy") for o in ops):
            continue
        checked_patches += 1
        try:
            patch = JsonPatch(ops)
        except InvalidRequestError:
            refused += 1
            continue
        mismatches += not strict_equal(rfc(before, patch.to_json_list()), rfc(before, ops))
    assert (mismatches, refused) == (0, 0)


@given(st.lists(st.integers(0, 9), min_size=10, max_size=10), st.data())
def test_removes_and_replaces_of_one_array_keep_their_effect(items: list[int], data: st.DataObject) -> None:
    doc, ops = list(items), []
    for _ in range(data.draw(st.integers(0, 12))):
        if not doc:
            break
        i = data.draw(st.integers(0, len(doc) - 1))
        if data.draw(st.booleans()):
            ops.append({"op": "remove", "path": f"/L/{i}"})
            del doc[i]
        else:
            ops.append({"op": "replace", "path": f"/L/{i}", "value": 100 + len(ops)})
            doc[i] = 100 + len(ops) - 1
    patch = JsonPatch(ops)
    assert_server_rules(patch.to_json_list())
    assert patch.apply({"L": items}) == {"L": doc}
    assert_same_effect({"L": items}, ops, patch)


def test_many_removes_from_one_array() -> None:
    patch = JsonPatch()
    for _ in range(2000):
        patch.remove("/L/0")
    paths = [o["path"] for o in patch.to_json_list()]
    assert paths == [f"/L/{i}" for i in range(1999, -1, -1)]
    assert patch.apply({"L": list(range(2001))}) == {"L": [2000]}


# --------------------------------------------------------------------------------------------------
# apply


def test_apply_returns_a_patched_copy() -> None:
    doc = {"a": [1, 2], "b": {"c": 1}}
    original = copy.deepcopy(doc)
    value = {"z": [0]}
    patch = JsonPatch().add("/a/1", value).add("/a/-", 3).replace("/b/c", 2).add("/b/d", None).test("/a/0", 1)
    out = patch.apply(doc)
    assert out == {"a": [1, {"z": [0]}, 2, 3], "b": {"c": 2, "d": None}}
    assert doc == original
    out["a"][1]["z"].append(1)
    assert patch.apply(doc)["a"][1] == {"z": [0]}
    assert JsonPatch().replace("", [1]).apply({"x": 1}) == [1]
    assert JsonPatch().add("/Message", "x").apply(Error(message=None)) == {"Message": "x"}


@pytest.mark.parametrize(
    ("patch", "fragment"),
    [
        (JsonPatch().test("/a", 2), r"op #0 \(test '/a'\): test failed"),
        (JsonPatch().test("/t", 1), "test failed"),  # true is not 1 in JSON
        (JsonPatch().test("", {}), "test failed"),
        (JsonPatch().remove("/missing"), r"op #0 \(remove '/missing'\): can't remove a non-existent object"),
        (JsonPatch().replace("/missing", 1), "can't replace a non-existent object 'missing'"),
        (JsonPatch().add("/missing/x", 1), r"op #0 \(add '/missing/x'\): the path does not exist"),
        (JsonPatch().remove("/l/5"), "can't remove a non-existent object '5'"),
        (JsonPatch().add("/l/3", 1), "can't insert outside of list"),
        (JsonPatch().replace("/l/x", 1), "the path does not exist"),
        (JsonPatch().replace("/l/01", 1), "the path does not exist"),
        (JsonPatch().replace("/l/-", 1), "'-' can't be applied to 'replace'"),
        (JsonPatch().replace("/l/9/x", 1), "the path does not exist"),
        (JsonPatch().add("/a/x", 1), "the path does not exist"),
        (JsonPatch().add("/a/x/y", 1), "the path does not exist"),
        (JsonPatch().remove("/l/0").replace("/l/1", 0), r"op #1 \(replace '/l/1'\): .* \(sent as '/l/2'\)"),
        (JsonPatch().remove(""), "can't remove the whole document"),
    ],
)
def test_apply_failures_name_the_operation(patch: JsonPatch, fragment: str) -> None:
    with pytest.raises(InvalidRequestError, match=fragment):
        patch.apply({"a": 1, "t": True, "l": [1, 2]})


# --------------------------------------------------------------------------------------------------
# diff


def test_diff_examples() -> None:
    before = {"a": [1, 2, 3], "b": {"c": 1}, "k": "same", "t": 1}
    after = {"a": [1, 5], "b": {"d": 2}, "k": "same", "t": True, "new": [1]}
    patch = JsonPatch.diff(before, after)
    assert patch.to_json_list() == [
        {"op": "replace", "path": "/a/1", "value": 5},
        {"op": "replace", "path": "/t", "value": True},
        {"op": "remove", "path": "/a/2"},
        {"op": "remove", "path": "/b/c"},
        {"op": "add", "path": "/b/d", "value": 2},
        {"op": "add", "path": "/new", "value": [1]},
    ]
    assert patch.apply(before) == after
    assert JsonPatch.diff({"l": [1]}, {"l": [1, 2, 3]}).to_json_list() == [
        {"op": "add", "path": "/l/-", "value": 2},
        {"op": "add", "path": "/l/-", "value": 3},
    ]
    assert len(JsonPatch.diff({"a": 1}, {"a": 1})) == 0
    assert JsonPatch.diff([1], {"a": 1}).to_json_list() == [{"op": "replace", "path": "", "value": {"a": 1}}]
    assert JsonPatch.diff(Error(message="a"), Error(message="b")).to_json_list() == [
        {"op": "replace", "path": "/Message", "value": "b"}
    ]


@given(JSON, JSON)
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_diff_round_trips(before: Any, after: Any) -> None:
    patch = JsonPatch.diff(before, after)
    wire = patch.to_json_list()
    assert_server_rules(wire)
    assert {o["op"] for o in wire} <= {"add", "remove", "replace"}
    result = patch.apply(before)
    assert result == after
    assert strict_equal(result, after)  # same JSON types too (True is not 1)
    # the reference implementation agrees with the built order
    assert jsonpatch.apply_patch(copy.deepcopy(before), wire) == after


@given(st.dictionaries(KEYS, JSON, max_size=4), st.data())
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_diff_of_related_documents_round_trips(before: dict[str, Any], data: st.DataObject) -> None:
    # mutate a copy a little so that deep, partial changes are exercised (not only unrelated documents)
    after = copy.deepcopy(before)
    for _ in range(data.draw(st.integers(0, 4))):
        node: Any = after
        while isinstance(node, (dict, list)) and node and data.draw(st.booleans()):
            key = data.draw(st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node))))
            if not isinstance(node[key], (dict, list)):
                break
            node = node[key]
        if isinstance(node, dict):
            node[data.draw(KEYS)] = data.draw(JSON)
            if len(node) > 0 and data.draw(st.booleans()):
                del node[data.draw(st.sampled_from(sorted(node)))]
        elif isinstance(node, list):
            if len(node) > 0 and data.draw(st.booleans()):
                del node[data.draw(st.integers(0, len(node) - 1))]
            else:
                node.append(data.draw(JSON))
    patch = JsonPatch.diff(before, after)
    assert_server_rules(patch.to_json_list())
    assert patch.apply(before) == after
    assert jsonpatch.apply_patch(copy.deepcopy(before), patch.to_json_list()) == after


# --------------------------------------------------------------------------------------------------
# schema checks (injected fixture schemas)

REF = "#/components/schemas/"
SCHEMAS: dict[str, Any] = {
    "Profile": {
        "type": "object",
        "properties": {
            "ProfileId": {"type": "integer", "readOnly": True},
            "Edited": {"$ref": REF + "EditInfo"},
            "Audit": {"allOf": [{"$ref": REF + "CustomerName"}], "readOnly": True},
            "UpdateStatus": {"anyOf": [{"$ref": REF + "Status"}, {"type": "string"}], "readOnly": True},
            "IsActive": {"type": "boolean"},
            "Score": {"type": "number"},
            "Count": {"type": "integer", "nullable": True},
            "CustomerName": {"$ref": REF + "CustomerName"},
            "DefaultLocale": {"type": "string", "maxLength": 5, "minLength": 2},
            "CustomFields": {"type": "array", "items": {"$ref": REF + "CustomFieldValue"}},
            "Tags": {"type": "array", "items": {"type": "string"}},
            "Status": {"$ref": REF + "Status"},
            "Attributes": {"type": "object", "additionalProperties": {"type": "string"}},
            "Anything": {"type": "object"},
            "Meta": {"$ref": REF + "Meta"},
            "Untyped": {},
            "Amount": {"oneOf": [{"type": "integer"}, {"type": "string", "maxLength": 3}]},
        },
    },
    "CustomerName": {
        "type": "object",
        "properties": {"FirstName": {"type": "string", "maxLength": 10}, "LastName": {"type": "string"}},
    },
    "CustomFieldValue": {
        "type": "object",
        "properties": {"Name": {"type": "string"}, "Value": {"type": "string", "nullable": True}},
    },
    "EditInfo": {
        "type": "object",
        "properties": {
            "CreateDate": {"type": "string", "readOnly": True},
            "By": {"type": "string", "readOnly": True},
        },
    },
    "Meta": {
        "type": "object",
        "properties": {"By": {"type": "string", "readOnly": True}, "Note": {"type": "string"}},
    },
    "Status": {"type": "string", "enum": ["Active", "Inactive"]},
}


class Profile:
    """Stands in for a generated model class: only its __name__ matters."""


def checked() -> JsonPatch:
    return JsonPatch.for_model(Profile, schemas=SCHEMAS)


def test_schema_accepts_valid_operations() -> None:
    patch = (
        checked()
        .replace("/CustomerName/FirstName", "Ann")
        .replace(("CustomerName",), {"LastName": "Lee"})
        .add("/CustomFields/-", {"Name": "n", "Value": None})
        .replace("/CustomFields/0/Value", "v")
        .remove("/CustomFields/3")
        .add("/Tags/0", "vip")
        .replace("/Status", "Inactive")
        .replace("/Score", 1)
        .replace("/Count", None)
        .add("/Attributes/any~1key", "x")
        .add("/Anything/deep/er", [1, {"x": None}])
        .add("/Untyped/x", 1)
        .replace("/Amount", 5)
        .replace("/Amount", "abc")
        .test("/ProfileId", 12)
        .test("/Edited/CreateDate", "2020-01-01")
        .test("/UpdateStatus", "Pending Update")
        .replace("/IsActive", False)
        .replace("/DefaultLocale", "en-us")
    )
    assert len(patch) == 19
    assert repr(patch).startswith("JsonPatch(model='Profile', [")
    assert JsonPatch.for_model("CustomerName", schemas=SCHEMAS).replace("/FirstName", "A").to_json_list()


@pytest.mark.parametrize(
    ("build", "fragment"),
    [
        (
            lambda p: p.replace("/CustomerName/FirstNme", "x"),
            r"op #0 \(replace '/CustomerName/FirstNme'\): unknown field 'FirstNme' in Profile\.CustomerName; "
            r"did you mean 'FirstName'\?",
        ),
        (lambda p: p.replace("/customername/firstname", "x"), "did you mean 'CustomerName'"),
        (lambda p: p.replace("/Zzzzzz", "x"), r"unknown field 'Zzzzzz' in Profile \(valid fields: Amount, "),
        (lambda p: p.test("/IsActive", True).replace("/IsActiv", True), r"op #1 \(replace '/IsActiv'\)"),
        (lambda p: p.replace("/ProfileId", 5), "'ProfileId' is read-only in Profile"),
        (lambda p: p.remove("/ProfileId"), "'ProfileId' is read-only"),
        (lambda p: p.add("/ProfileId", 5), "'ProfileId' is read-only"),
        (lambda p: p.replace("/Edited", {}), "'Edited' is read-only"),  # all its fields are read-only
        (lambda p: p.replace("/Meta/By", "me"), "'By' is read-only in Profile.Meta"),
        (lambda p: p.replace("/Audit/FirstName", "x"), "'Audit' is read-only"),  # readOnly beside allOf
        (lambda p: p.replace("/UpdateStatus", "Active"), "'UpdateStatus' is read-only"),
        (lambda p: p.replace("/CustomerName/0", "x"), "unknown field '0'"),
        (lambda p: p.replace("/IsActive/x", 1), "Profile.IsActive is a boolean field: it has no member 'x'"),
        (lambda p: p.replace("/CustomFields/first/Name", "x"), "'first' is not an array index"),
        (lambda p: p.add("/CustomFields/x", {}), r"not an array index \(a non-negative integer or '-'"),
        (lambda p: p.replace("/Tags/-", "x"), "'-' \\(append\\) is only valid as the last token of an add"),
        (lambda p: p.add("/CustomFields/-/Name", "x"), "only valid as the last token"),
        (lambda p: p.replace("/CustomFields/01", {}), "'01' is not an array index"),
        (lambda p: p.replace("/CustomFields/0/Nme", "x"), "did you mean 'Name'"),
        (lambda p: p.replace("/IsActive", "true"), "'/IsActive' must be a JSON boolean, got string"),
        (lambda p: p.replace("/Score", True), "must be a JSON number, got boolean"),
        (lambda p: p.replace("/Count", 1.5), "must be a JSON integer, got number"),
        (lambda p: p.replace("/IsActive", None), "cannot be null"),
        (lambda p: p.replace("/Status", "Gone"), "must be one of 'Active', 'Inactive', got 'Gone'"),
        (lambda p: p.replace("/DefaultLocale", "toolong"), "is 7 characters long \\(max 5\\)"),
        (lambda p: p.replace("/DefaultLocale", "e"), "is 1 characters long \\(min 2\\)"),
        (lambda p: p.replace("/CustomerName", {"FirstName": "x" * 11}), "'/CustomerName/FirstName' is 11"),
        (lambda p: p.replace("/CustomerName", {"Frist": "x"}), "unknown field 'Frist' in the value at"),
        (lambda p: p.replace("/CustomerName", []), "must be a JSON object, got array"),
        (lambda p: p.replace("/Tags", ["a", 1]), "'/Tags/1' must be a JSON string, got integer"),
        (lambda p: p.add("/Tags/-", 1), "'/Tags/-' must be a JSON string"),
        (lambda p: p.add("/Attributes/k", 1), "must be a JSON string, got integer"),
        (lambda p: p.test("/Amount", "abcd"), "max 3"),
        (
            lambda p: p.test("/Amount", 1.5),
            "no alternative of the schema fits: .*must be a JSON integer.* \\| ",
        ),
    ],
)
def test_schema_refusals(build: Any, fragment: str) -> None:
    patch = checked()
    with pytest.raises(InvalidRequestError, match=fragment):
        build(patch)


def test_schema_refusal_leaves_the_patch_unchanged() -> None:
    patch = checked().replace("/IsActive", True)
    with pytest.raises(InvalidRequestError):
        patch.replace("/IsActive", "yes")
    assert patch.to_json_list() == [{"op": "replace", "path": "/IsActive", "value": True}]


def test_unknown_schema_is_refused_with_a_suggestion() -> None:
    with pytest.raises(
        InvalidRequestError, match="unknown schema 'CustomerNme'; did you mean 'CustomerName'"
    ):
        JsonPatch.for_model("CustomerNme", schemas=SCHEMAS)


def test_checked_diff_refuses_read_only_changes() -> None:
    before = {"ProfileId": 1, "IsActive": True}
    assert JsonPatch.diff(before, {"ProfileId": 1, "IsActive": False}, model=Profile, schemas=SCHEMAS)
    with pytest.raises(InvalidRequestError, match="'ProfileId' is read-only"):
        JsonPatch.diff(before, {"ProfileId": 2, "IsActive": True}, model="Profile", schemas=SCHEMAS)


# --------------------------------------------------------------------------------------------------
# against the real spec (mypreferences._schemas, generated from openapi/, and the generated models)


def test_real_user_profile_schema() -> None:
    from mypreferences._schemas import SCHEMAS as REAL
    from mypreferences.generated.models import CustomerName, UserProfile

    assert "UserProfile" in REAL
    patch = JsonPatch.for_model(UserProfile)
    patch.replace("/CustomerName/FirstName", "Ann").replace("/CustomerName", CustomerName(first_name="Bo"))
    patch.replace("/IsActive", False).test("/ProfileId", 5)
    assert patch.to_json_list()[1] == {"op": "replace", "path": "/CustomerName", "value": {"FirstName": "Bo"}}
    with pytest.raises(InvalidRequestError, match="did you mean 'FirstName'"):
        patch.replace("/CustomerName/FirstNme", "x")
    for field in ("ProfileId", "Edited", "UpdateStatus"):
        with pytest.raises(InvalidRequestError, match=f"'{field}' is read-only in UserProfile"):
            patch.replace(("" + field,), "x")
    with pytest.raises(InvalidRequestError, match="must be a JSON boolean"):
        patch.replace("/IsActive", "no")
    with pytest.raises(InvalidRequestError, match="not an array index"):
        patch.remove("/Emails/first")
    assert len(patch) == 4
    assert all(isinstance(m, JsonPatchOperation) for m in patch)


def test_diff_of_generated_models() -> None:
    from mypreferences.generated.models import CustomerName, UserProfile

    before = UserProfile(profile_id=7, is_active=True, customer_name=CustomerName(first_name="Ann"))
    after = UserProfile(
        profile_id=7, is_active=False, customer_name=CustomerName(first_name="Ann", last_name="Lee")
    )
    patch = JsonPatch.diff(before, after, model=UserProfile)
    assert patch.to_json_list() == [
        {"op": "replace", "path": "/IsActive", "value": False},
        {"op": "add", "path": "/CustomerName/LastName", "value": "Lee"},
    ]
    assert patch.apply(before) == after.to_dict()


@given(st.data())
def test_values_of_random_json_pass_free_form_fields(data: st.DataObject) -> None:
    value = data.draw(JSON)
    assume(value is not None)
    assert checked().add("/Anything/x", value).apply({"Anything": {}}) == {"Anything": {"x": value}}


# --------------------------------------------------------------------------------------------------
# diff of arrays keeps element identity; random generated profiles


def _email(n: int, *, default: bool = False, kind: str = "Home") -> dict[str, Any]:
    """An email entry as the server returns it, with its read-only Edited/IsActive."""
    return {
        "EmailAddress": f"user{n}@example.com",
        "EmailAddressType": kind,
        "IsActive": True,
        "IsDefault": default,
        "Edited": {"CreateDate": f"2020-01-{n + 1:02d}", "CreatedBy": "import"},
    }


def test_diff_removes_and_inserts_whole_elements() -> None:
    from mypreferences.generated.models import UserProfile

    before = {"ProfileId": 1, "Emails": [_email(0), _email(1), _email(2)]}
    after = {"ProfileId": 1, "Emails": [_email(1), _email(2)]}
    # one remove, not two rewritten emails (which would touch their read-only Edited) and a remove
    patch = JsonPatch.diff(before, after, model=UserProfile)
    assert patch.to_json_list() == [{"op": "remove", "path": "/Emails/0"}]
    assert patch.apply(before) == after
    patch = JsonPatch.diff({"l": ["a", "c"]}, {"l": ["a", "b", "c", "d"]})
    assert patch.to_json_list() == [
        {"op": "add", "path": "/l/1", "value": "b"},
        {"op": "add", "path": "/l/-", "value": "d"},
    ]
    patch = JsonPatch.diff({"l": [0, 1, 2, 3, 4]}, {"l": [1, 9, 3]})
    assert patch.to_json_list() == [
        {"op": "replace", "path": "/l/2", "value": 9},
        {"op": "remove", "path": "/l/4"},
        {"op": "remove", "path": "/l/0"},
    ]


NAMES = st.sampled_from(["Ann", "Bo", "Zoë", "O'Brien", "a/b~c"])


@st.composite
def profile_dicts(draw: st.DrawFn) -> dict[str, Any]:
    """A UserProfile as the server returns it; email numbers are unique within a profile."""
    numbers = draw(st.lists(st.integers(0, 12), unique=True, max_size=6))
    return {
        "ProfileId": 7,
        "IsActive": draw(st.booleans()),
        "CustomerName": {"FirstName": draw(NAMES), "LastName": draw(NAMES)},
        "Emails": [
            _email(n, default=draw(st.booleans()), kind=draw(st.sampled_from(["Home", "Work"])))
            for n in numbers
        ],
        "ProfileTags": [
            {"Name": t} for t in draw(st.lists(st.sampled_from(["vip", "gold", "new"]), max_size=3))
        ],
    }


@given(profile_dicts(), profile_dicts())
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_diff_of_random_generated_profiles_round_trips(before: dict[str, Any], after: dict[str, Any]) -> None:
    from mypreferences.generated.models import UserProfile

    old, new = UserProfile.from_dict(before), UserProfile.from_dict(after)
    patch = JsonPatch.diff(old, new)
    wire = patch.to_json_list()
    assert_server_rules(wire)
    assert patch.apply(old) == new.to_dict()
    assert jsonpatch.apply_patch(old.to_dict(), wire) == new.to_dict()


@given(profile_dicts(), st.data())
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_checked_diff_of_a_profile_edit_never_touches_read_only_fields(
    before: dict[str, Any], data: st.DataObject
) -> None:
    """Dropping emails and editing writable fields: accepted by the UserProfile schema check."""
    from mypreferences.generated.models import UserProfile

    after = copy.deepcopy(before)
    after["Emails"] = [e for e in before["Emails"] if data.draw(st.booleans())]
    after["IsActive"] = data.draw(st.booleans())
    after["CustomerName"]["LastName"] = data.draw(NAMES)
    patch = JsonPatch.diff(UserProfile.from_dict(before), UserProfile.from_dict(after), model=UserProfile)
    wire = patch.to_json_list()
    assert_server_rules(wire)
    assert all(
        o["op"] == "remove" and o["path"].count("/") == 2 for o in wire if o["path"].startswith("/Emails")
    )
    assert sum(o["path"].startswith("/Emails") for o in wire) == len(before["Emails"]) - len(after["Emails"])
    assert patch.apply(before) == UserProfile.from_dict(after).to_dict()


def test_diff_of_objects_with_numeric_keys() -> None:
    assert JsonPatch.diff({"0": 1, "1": 2}, {}).to_json_list() == [
        {"op": "remove", "path": "/0"},
        {"op": "remove", "path": "/1"},
    ]
    before, after = {"a": {"0": 1, "1": 2, "2": 3}, "l": [0]}, {"a": {"1": 5}, "l": [0, 1]}
    assert JsonPatch.diff(before, after).apply(before) == after
