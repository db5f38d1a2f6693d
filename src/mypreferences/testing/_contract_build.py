"""Build ``contract.json`` (the server's copy of the API contract) from the vendored OpenAPI description.

Maintainers only (needs PyYAML)::

    python -m mypreferences.testing._contract_build openapi/mypreferences-v4.yaml
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

JSON = dict[str, Any]
CONTRACT_FILE = "contract.json"
_METHODS = ("get", "put", "post", "delete", "patch")


def _deref(spec: JSON, node: Any, section: str) -> Any:
    if isinstance(node, dict) and "$ref" in node and node["$ref"].startswith(f"#/components/{section}/"):
        return spec["components"][section][node["$ref"].rsplit("/", 1)[1]]
    return node


def build_contract(spec: JSON) -> JSON:
    """Return the contract table (plain JSON data) of an OpenAPI 3.0 description."""
    operations: JSON = {}
    for path, item in spec["paths"].items():
        shared = [_deref(spec, p, "parameters") for p in item.get("parameters") or []]
        for method in _METHODS:
            op = item.get(method)
            if op is None:
                continue
            params: dict[tuple[str, str], JSON] = {(p["in"], p["name"]): p for p in shared}
            for p in op.get("parameters") or []:
                p = _deref(spec, p, "parameters")
                params[(p["in"], p["name"])] = p
            body = _deref(spec, op.get("requestBody"), "requestBodies")
            responses: JSON = {}
            for status, answer in op["responses"].items():
                answer = _deref(spec, answer, "responses")
                content = answer.get("content") or {}
                schema = next(iter(content.values())).get("schema") if content else None
                responses[str(status)] = schema
            operations[op["operationId"]] = {
                "method": method.upper(),
                "path": path,
                "parameters": [
                    {
                        "name": p["name"],
                        "in": p["in"],
                        "required": bool(p.get("required")),
                        "schema": p.get("schema") or {},
                    }
                    for p in params.values()
                ],
                "body": None
                if not body
                else {
                    "required": bool(body.get("required")),
                    "media_types": sorted(body["content"]),
                    "schema": next(iter(body["content"].values())).get("schema") or {},
                },
                "responses": dict(sorted(responses.items())),
            }
    return {"info_version": spec.get("info", {}).get("version"), "operations": operations}


def dumps(contract: JSON) -> str:
    """Serialise a contract table the way ``contract.json`` is written (one operation per line)."""
    ops = contract["operations"]
    lines = [
        f" {json.dumps(k)}: {json.dumps(ops[k], sort_keys=True, ensure_ascii=False)}" for k in sorted(ops)
    ]
    head = json.dumps({k: v for k, v in contract.items() if k != "operations"}, sort_keys=True)[1:-1]
    return "{" + head + ', "operations": {\n' + ",\n".join(lines) + "\n}}\n"


def main(argv: list[str] | None = None) -> int:
    """Rewrite ``contract.json`` from a spec file (``python -m mypreferences.testing._contract SPEC``)."""
    import yaml  # maintainers only

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(
            "usage: python -m mypreferences.testing._contract openapi/mypreferences-v4.yaml", file=sys.stderr
        )
        return 2
    spec = yaml.safe_load(Path(args[0]).read_text("utf-8"))
    target = Path(__file__).with_name(CONTRACT_FILE)
    target.write_text(dumps(build_contract(spec)), "utf-8")
    print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
