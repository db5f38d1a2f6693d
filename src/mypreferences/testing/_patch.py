"""JSON Patch as the server applies it: the ``jsonpatch`` library plus the v4 ordering rules, checked in one pass.

Rules (a document breaking them is refused with 400, never reordered):

* only ``add``, ``replace``, ``remove`` and ``test``; ``move`` and ``copy`` are refused;
* every ``replace`` comes before the first ``remove``;
* removes from one array come in descending index order: once element ``i`` of an array was removed, no
  later remove may address element ``j >= i`` of that array or anything inside it.

The operations are then applied in the order received.
"""

from __future__ import annotations

import copy
from typing import Any

import jsonpatch
import jsonpointer

from mypreferences.testing._state import ApiError

#: Most operations one JSON Patch document may hold.
MAX_PATCH_OPERATIONS = 1000
_SUPPORTED = ("add", "remove", "replace", "test")
ORDER_MESSAGE = (
    "The JSON Patch operations are out of order: send replace operations before remove operations, "
    "and removes from one array in descending index order."
)


def _tokens(pointer: str, index: int) -> list[str]:
    try:
        return list(jsonpointer.JsonPointer(pointer).parts)
    except jsonpointer.JsonPointerException as exc:
        raise ApiError(400, f"The JSON Patch document is invalid: operation {index}: {exc}") from None


def _array_positions(document: Any, tokens: list[str]) -> list[tuple[tuple[str, ...], int]]:
    """(array pointer, index) for every array element on the way to ``tokens`` in ``document``.

    Where the path leaves the document, digit tokens are taken as array indices.
    """
    out: list[tuple[tuple[str, ...], int]] = []
    node: Any = document
    for k, token in enumerate(tokens):
        is_index = token.isdigit() and (len(token) == 1 or not token.startswith("0"))
        if isinstance(node, list) or (node is None and is_index):
            if not is_index:
                break
            out.append((tuple(tokens[:k]), int(token)))
            node = node[int(token)] if isinstance(node, list) and int(token) < len(node) else None
        elif isinstance(node, dict):
            node = node.get(token)
        else:
            node = None
            if is_index:
                out.append((tuple(tokens[:k]), int(token)))
    return out


def check_shape(ops: Any) -> list[dict[str, Any]]:
    """Check that ``ops`` is a JSON Patch document the server supports (size, operations, fields)."""
    if not isinstance(ops, list):
        raise ApiError(400, "The request is invalid: a JSON Patch array is expected.")
    if len(ops) > MAX_PATCH_OPERATIONS:
        raise ApiError(400, f"A JSON Patch document may hold at most {MAX_PATCH_OPERATIONS} operations.")
    for index, op in enumerate(ops):
        if (
            not isinstance(op, dict)
            or not isinstance(op.get("op"), str)
            or not isinstance(op.get("path"), str)
        ):
            raise ApiError(
                400, f"The JSON Patch document is invalid: operation {index} needs 'op' and 'path'."
            )
        name = op["op"]
        if name not in _SUPPORTED:
            shown = name if len(name) <= 20 else name[:20] + "..."
            raise ApiError(
                400,
                f"The JSON Patch operation '{shown}' is not supported (use add, replace, remove or test).",
            )
        if name in ("add", "replace", "test") and "value" not in op:
            raise ApiError(
                400, f"The JSON Patch document is invalid: operation {index} ({name}) needs 'value'."
            )
        _tokens(op["path"], index)
    return ops


def check_document(ops: Any, document: Any) -> list[dict[str, Any]]:
    """Check a JSON Patch document against the v4 rules (linear in its size); return its operations."""
    checked = check_shape(ops)
    removed_below: dict[tuple[str, ...], int] = {}  # array pointer -> lowest index removed so far
    seen_remove = False
    for index, op in enumerate(checked):
        name = op["op"]
        if name == "replace" and seen_remove:
            raise ApiError(400, ORDER_MESSAGE)
        if name != "remove":
            continue
        seen_remove = True
        tokens = _tokens(op["path"], index)
        positions = _array_positions(document, tokens)
        for array, i in positions:
            lowest = removed_below.get(array)
            if lowest is not None and i >= lowest:
                raise ApiError(400, ORDER_MESSAGE)
        if positions and len(positions[-1][0]) == len(tokens) - 1:  # the remove takes an array element
            removed_below[positions[-1][0]] = positions[-1][1]
    return checked


def _reason(exc: Exception) -> str:
    """Why an operation failed, without echoing document values (they may be personal data)."""
    if isinstance(exc, jsonpatch.JsonPatchTestFailed):
        return "the test failed"
    if isinstance(
        exc, jsonpatch.JsonPatchConflict | jsonpointer.JsonPointerException | KeyError | IndexError
    ):
        return "the location does not exist"
    return "the operation cannot be applied there"


def apply_patch(document: dict[str, Any], ops: Any) -> dict[str, Any]:
    """Return a patched copy of ``document``; raises :class:`ApiError` 400 when the patch cannot apply."""
    checked = check_document(ops, document)
    patched: Any = copy.deepcopy(document)
    for index, op in enumerate(checked):
        try:
            patched = jsonpatch.JsonPatch([op]).apply(patched, in_place=True)
        except (
            jsonpatch.JsonPatchException,
            jsonpointer.JsonPointerException,
            TypeError,
            ValueError,
            KeyError,
            IndexError,
        ) as exc:
            path = op["path"] if len(op["path"]) <= 100 else op["path"][:100] + "..."
            raise ApiError(
                400,
                f"The JSON Patch document could not be applied: operation {index} ({op['op']} {path}): {_reason(exc)}.",
            ) from None
    if not isinstance(patched, dict):
        raise ApiError(400, "The JSON Patch document could not be applied: the profile must stay an object.")
    return patched
