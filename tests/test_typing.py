"""The bound operations have signatures mypy can see: wrong arguments are type errors, results are typed."""

from __future__ import annotations

import textwrap
from pathlib import Path

from mypy import api

SNIPPET = textwrap.dedent(
    """
    from mypreferences import MyPreferences

    async def main(mp: MyPreferences) -> None:
        profile = await mp.profiles.retrieve(42)
        reveal_type(profile)
        raw = await mp.with_raw_response.lookups.by_email(email_address="a@b.c")
        reveal_type(raw.parsed)
        await mp.profiles.retrieve("42")
        await mp.profiles.retrieve(42, implied="yes")
        await mp.lookups.by_email(emailAddress="a@b.c")
    """
)


def test_mypy_sees_operation_signatures(tmp_path: Path) -> None:
    target = tmp_path / "usage.py"
    target.write_text(SNIPPET, encoding="utf-8")
    out, _err, _ = api.run([str(target), "--strict", "--no-incremental", "--follow-imports=silent"])
    lines = [line.split(": ", 1)[1] for line in out.splitlines() if ": " in line and "usage.py" in line]
    assert any(
        'Revealed type is "mypreferences.generated.models.user_profile.UserProfile' in x for x in lines
    ), out
    assert any("list[mypreferences.generated.models.user_profile.UserProfile]" in x for x in lines), out
    errors = [x for x in lines if x.startswith("error:")]
    assert any('Argument 1 to "retrieve"' in e and '"str"' in e for e in errors), out
    assert any('"implied"' in e for e in errors), out
    assert any('Unexpected keyword argument "emailAddress"' in e for e in errors), out
    assert len(errors) == 3, out
