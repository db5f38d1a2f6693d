"""Every path parameter of every operation is user data: hostile values address exactly one segment.

For each operation and each of its path parameters, the test sends hostile values through the real
client and checks the request that reached the (mocked) network: same number of segments as the route
template, the literal segments unchanged, and the parameter's segment decoding back to the exact value.
Values that cannot be made safe must be refused with InvalidRequestError before anything is sent.
"""

from __future__ import annotations

import ast
import inspect
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
import respx
from hypothesis import given, settings
from hypothesis import strategies as st

from mypreferences import MyPreferences, errors
from mypreferences._resources import OPERATIONS
from mypreferences.auth import PnAuthInfo3

from .conftest import SECRET

BASE = "https://hostile.test/Profiles/v4"
CLIENT = "Acme Corp ü?#%"

SAFE_STRINGS = [
    "a/b", "../etc", "a/../../b", "?x=1", "#frag", "%2F", "%", "100%", "%00", "ü ñ 漢字 🙂", "a b", "\\",
    "~", "a;b", "a&b=c", "/", "//", "?", "#", " ", "...", ".hidden", "x" * 600, "+", "@host", "http://evil/",
]  # fmt: skip
REFUSED_STRINGS = ["", ".", "..", "\x00", "a\nb", "\r", "\x7f", "\ud800", "x" * 5000]
RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
SAFE_INTS = [0, 1, 2**31 - 1, -(2**31), 2**31, 2**63 - 1]
REFUSED_INTS: list[Any] = [True, "1", 1.0, -(2**31) - 1, 2**63, None]


class _Model:
    """Stands in for any required model argument: serialises to an empty object."""

    def to_dict(self) -> dict[str, Any]:
        return {}

    def __iter__(self) -> Any:
        return iter(())


def _dummy(annotation: str) -> Any:
    ann = annotation.split("|")[0].strip()
    return {"str": "x", "int": 1, "bool": True, "float": 1.0}.get(
        ann, [] if ann.startswith("list[") else _Model()
    )


def _required_kwargs(module: Any) -> dict[str, Any]:
    """Dummy values for the required keyword-only arguments of a generated ``_get_kwargs``."""
    tree = ast.parse(inspect.getsource(module._get_kwargs))
    fn = tree.body[0]
    assert isinstance(fn, ast.FunctionDef)
    out = {}
    for arg, default in zip(fn.args.kwonlyargs, fn.args.kw_defaults, strict=True):
        if default is None and arg.annotation is not None:
            out[arg.arg] = _dummy(ast.unparse(arg.annotation))
    return out


CASES = [
    pytest.param(op_id, name, value, id=f"{op_id}-{name}-{i}")
    for op_id, op in OPERATIONS.items()
    for name, fmt in op.path_params.items()
    for i, value in enumerate(
        SAFE_INTS + REFUSED_INTS if fmt in {"int32", "int64", "integer"} else SAFE_STRINGS + REFUSED_STRINGS
    )
]


def test_there_are_operations_with_path_parameters() -> None:
    assert len({c.values[0] for c in CASES}) >= 20


def _template_segments(op_path: str) -> list[str]:
    return op_path.strip("/").split("/")


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


@pytest.mark.parametrize(("op_id", "param", "value"), CASES)
async def test_hostile_path_value(op_id: str, param: str, value: Any) -> None:
    op = OPERATIONS[op_id]
    module = op.load()
    kwargs = _required_kwargs(module)
    for other, fmt in op.path_params.items():
        kwargs[other] = 7 if fmt in {"int32", "int64", "integer"} else "ok"
    kwargs[param] = value
    fmt = op.path_params[param]
    if fmt in {"int32", "int64", "integer"}:
        is_int = isinstance(value, int) and not isinstance(value, bool)
        low, high = RANGES.get(fmt, (-(2**100), 2**100))
        refused = not is_int or not (low <= value <= high)
    else:
        refused = value in REFUSED_STRINGS

    async with MyPreferences(CLIENT, auth=PnAuthInfo3("u", SECRET), base_url=BASE, max_retries=0) as mp:
        mp._check_body = lambda op, kwargs: None  # type: ignore[method-assign]  # dummy bodies: paths only
        with respx.mock(assert_all_called=False) as router:
            route = router.route(host="hostile.test").respond(599)
            if refused:
                with pytest.raises(errors.InvalidRequestError):
                    await mp.call(op, None, **kwargs)
                assert route.call_count == 0, "a refused value must not reach the network"
                return
            with pytest.raises(errors.APIStatusError):
                await mp.call(op, None, **kwargs)
            assert route.call_count == 1
            request: httpx.Request = route.calls.last.request

    raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
    assert raw_path.startswith("/Profiles/v4/")
    got = raw_path[len("/Profiles/v4/") :].split("/")
    template = _template_segments(op.path)
    assert len(got) == len(template), f"{raw_path} does not have the shape of {op.path}"
    for seg, tmpl in zip(got, template, strict=True):
        if tmpl == "{clientId}":
            assert unquote(seg) == CLIENT
        elif tmpl.startswith("{"):
            pname = _snake(tmpl[1:-1])
            expected = kwargs[pname]
            assert unquote(seg) == str(expected), (tmpl, seg)
            assert "/" not in seg and "?" not in seg and "#" not in seg
        else:
            assert seg == tmpl
    assert request.url.fragment == ""


def test_every_path_parameter_is_covered() -> None:
    covered = {(c.values[0], c.values[1]) for c in CASES}
    expected = {(op_id, name) for op_id, op in OPERATIONS.items() for name in op.path_params}
    assert covered == expected
    assert all(
        n in {_snake(t[1:-1]) for t in _template_segments(op.path) if t.startswith("{")}
        for op in OPERATIONS.values()
        for n in op.path_params
    )


@pytest.mark.parametrize(
    "base",
    ["https://pm.mypreferences.com/Profiles/v4", "http://127.0.0.1:8799/Profiles/v4/", "https://h.test",
     "https://H.Example:443/a%20b/v4", "https://u:p@h.test:8443/x"],
)  # fmt: skip
@settings(max_examples=60, deadline=None)
@given(segment=st.text(min_size=1), value=st.text(), flag=st.booleans())
def test_request_urls_are_the_ones_httpx_parses(base: str, segment: str, value: str, flag: bool) -> None:
    """The client reuses the parsed base URL; the result is what ``httpx.URL(text, params=)`` gives."""
    from urllib.parse import quote

    mp = MyPreferences("C", auth=None, base_url=base)
    assert mp._base_ref is not None  # the reuse is what is tested
    op = OPERATIONS["GetProfileByProfileId"]
    path = f"/C/Profile/{quote(segment, safe='')}"
    params = {"alternateId": value, "implied": flag, "ids": [1, value]}
    for query in (params, {}):
        request = mp._build_request(op, {"method": "get", "url": path, "params": query}, {})
        expected = httpx.URL(mp.base_url + path, params=query)
        assert (str(request.url), request.url.raw_path) == (str(expected), expected.raw_path)
        assert request.url == expected
