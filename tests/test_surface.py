"""The public surface: resources and verbs, one order of ids, raw view, user documentation only."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import respx
import yaml

from mypreferences import APIResponse, MyPreferences
from mypreferences import _resources as resources
from mypreferences._resources import OPERATIONS

from .conftest import CLIENT_ID

ROOT = Path(__file__).resolve().parents[1]
PROVENANCE = re.compile(
    r"\[S0|\[T-|\[H-|\[RM-|§|seed \d|INFERRED|\(inferred|not stored|stored (page|copy)|doc pages|README\.\w+\.md",
    re.I,
)


def _public_methods(mp: MyPreferences) -> list[tuple[str, str, object]]:
    out = []
    for res_name in {op.resource for op in OPERATIONS.values()}:
        res = getattr(mp, res_name)
        for name, member in inspect.getmembers(res, inspect.ismethod):
            if not name.startswith("_"):
                out.append((res_name, name, member))
    return out


def test_every_operation_has_its_table_name_and_a_method() -> None:
    names = yaml.safe_load((ROOT / "openapi" / "sdk-names.yaml").read_text())["names"]
    assert set(names) == set(OPERATIONS)
    mp = MyPreferences(CLIENT_ID, auth=None, base_url="https://api.test/Profiles/v4")
    for op_id, op in OPERATIONS.items():
        assert names[op_id] == f"{op.resource}.{op.name}"
        assert inspect.iscoroutinefunction(getattr(getattr(mp, op.resource), op.name))


def test_methods_are_verbs_that_do_not_repeat_the_resource_noun() -> None:
    for op in OPERATIONS.values():
        noun = op.resource.rstrip("s").split("_")[-1]  # profiles -> profile, consent_types -> type
        assert noun not in op.name.split("_"), f"mp.{op.resource}.{op.name} repeats {noun!r}"
        assert op.resource.endswith("s") or op.resource == "history", op.resource


def test_ids_are_positional_in_one_order() -> None:
    order = ["profile_id", "alternate_id_type", "alternate_id"]
    for op in OPERATIONS.values():
        method = getattr(getattr(resources, "".join(w.title() for w in op.resource.split("_"))), op.name)
        params = list(inspect.signature(method).parameters.values())[1:]
        positional = [p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]
        ids = [n for n in positional if n in order]
        assert ids == sorted(ids, key=order.index), (op.name, positional)
        for p in params:
            if p.name == "body":
                assert p.kind is p.KEYWORD_ONLY
            if p.kind is p.KEYWORD_ONLY and p.name != "body":
                assert p.default is not p.empty, (op.name, p.name)


def test_help_shows_user_documentation_only() -> None:
    mp = MyPreferences(CLIENT_ID, auth=None, base_url="https://api.test/Profiles/v4")
    checked = 0
    for res_name, name, method in [*_public_methods(mp), ("", "MyPreferences", MyPreferences)]:
        doc = inspect.getdoc(method) or ""
        assert doc, f"{res_name}.{name} has no docstring"
        assert not PROVENANCE.search(doc), (res_name, name, PROVENANCE.search(doc))
        checked += 1
    for res_name in {op.resource for op in OPERATIONS.values()}:
        doc = inspect.getdoc(type(getattr(mp, res_name))) or ""
        assert doc.rstrip().endswith((".", ")")), f"{res_name} docstring looks truncated: {doc!r}"
    assert checked > len(OPERATIONS)


async def test_raw_view_exposes_resources_only(router: respx.Router) -> None:
    router.get(f"/{CLIENT_ID}/Profile/42").respond(200, json={"ProfileId": 42}, headers={"X-Trace": "t"})
    mp = MyPreferences(CLIENT_ID, auth=None, base_url="https://api.test/Profiles/v4")
    raw = await mp.with_raw_response.profiles.retrieve(42)
    assert isinstance(raw, APIResponse) and raw.status_code == 200 and raw.headers["x-trace"] == "t"
    assert raw.parsed.profile_id == 42
    raw_view = mp.with_raw_response
    for helper in ("fan_out", "iter_fan_out", "wait_until_complete", "v2"):
        assert not hasattr(raw_view, helper)
    assert not hasattr(raw_view.profiles, "wait_until_complete")
    assert not hasattr(raw_view.exports, "iter_profiles")


def test_timeout_and_client_id_follow_one_rule() -> None:
    a = MyPreferences(CLIENT_ID, auth=None, base_url="https://api.test/Profiles/v4", timeout=30)
    b = MyPreferences(CLIENT_ID, auth=None, base_url="https://api.test/Profiles/v4").with_options(timeout=30)
    assert a.timeout == b.timeout and a.timeout.connect == 5.0 and a.timeout.read == 30.0
    import pytest

    from mypreferences import InvalidRequestError

    with pytest.raises(InvalidRequestError):
        MyPreferences("a/b", auth=None, base_url="https://api.test/Profiles/v4")


#: The hand-written facade's budget (issue 12): generated modules, the local test server (``testing/``),
#: the CLI and the optional Redis limiter (``distributed.py``) are not counted.
LINE_BUDGET = 3600


def test_the_hand_written_facade_stays_within_its_line_budget() -> None:
    package = ROOT / "src" / "mypreferences"
    counted: dict[str, int] = {}
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package)
        text = path.read_text(encoding="utf-8")
        if rel.parts[0] in {"generated", "testing", "cli"} or rel.name == "distributed.py":
            continue
        if text.startswith("# Generated by scripts/generate.py"):
            continue
        counted[str(rel)] = sum(1 for line in text.splitlines() if line.strip())
    assert "_base_client.py" in counted and "compat/_translate.py" in counted  # the walk found the facade
    assert "_resources.py" not in counted and "compat/_v2.py" not in counted  # and skipped generated code
    total = sum(counted.values())
    biggest = sorted(counted.items(), key=lambda kv: -kv[1])[:5]
    assert total <= LINE_BUDGET, (
        f"{total} non-blank hand-written lines (budget {LINE_BUDGET}); largest: {biggest}"
    )
