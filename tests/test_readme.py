"""The README quick-start runs as written against a mocked sandbox."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
import respx

README = Path(__file__).resolve().parents[1] / "README.md"
SANDBOX = "https://pmstg.mypreferences.com/Profiles/v4"


def _quick_start() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, "README quick start has no python block"
    return match.group(1)


def test_readme_quick_start_runs(capsys: pytest.CaptureFixture[str]) -> None:
    code = _quick_start()
    assert "asyncio.run(main())" in code

    def lookup(request: httpx.Request) -> httpx.Response:
        if request.url.params["alternateId"] == "A-1001":
            return httpx.Response(
                200, json={"ProfileId": 1001, "CustomerName": {"FirstName": "Ada", "LastName": "Lovelace"}}
            )
        return httpx.Response(404, json={"Message": "Profile not found"})

    with respx.mock(base_url=SANDBOX) as router:
        create = router.post("/AcmeCorp/Profile").respond(
            200,
            json={
                "ProfileId": 1001,
                "UpdateStatus": "Complete",
                "AlternateId": "A-1001",
                "AlternateIdType": "CRM",
            },
        )
        router.get("/AcmeCorp/Profile/AlternateId").mock(side_effect=lookup)
        exec(compile(code, str(README), "exec"), {"__name__": "readme"})

    sent = create.calls.last.request
    assert sent.headers["authorization"].startswith("PNAUTHINFO3-HMAC-SHA256 Credential=api.user/")
    assert b'"FirstName":"Ada"' in sent.content.replace(b" ", b"")
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "created 1001"
    assert "Ada" in out[1]
    assert out[2] == "not found: Profile not found"
