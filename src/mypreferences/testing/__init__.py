"""An embedded, in-memory MyPreferences v4 server for tests and local development.

Needs the ``testing`` extra: ``pip install 'mypreferences[testing]'`` (Starlette, uvicorn for loopback,
jsonpatch and openapi-schema-validator). Nothing here is imported by ``import mypreferences``.

In-process (no sockets; the client's timeouts are enforced as on a network)::

    from mypreferences.testing import MockServer

    server = MockServer(client_id="Demo", users={"demo": "secret"}, seed=True)
    mp = server.client()                      # MyPreferences over an in-process transport, signed as "demo"
    created = await mp.profiles.create(body=UserProfile.from_dict({...}))
    profile = await mp.profiles.retrieve(created.profile_id)
    await server.aclose()

pytest: ``pytest_plugins = ["mypreferences.testing.pytest_plugin"]`` gives ``mp_server`` (a fresh
:class:`MockServer`, client id ``Demo``, user ``demo`` / ``demo-secret``), ``mp_client`` (a client bound to
it) and ``mp_loopback_server`` (the base URL of ``mp_server`` on a real loopback socket). The fixtures are
synchronous, so they work with pytest-asyncio (strict or auto mode) and with ``pytest.mark.anyio`` under
asyncio and trio.

Loopback: ``with server.serve_in_thread(port=0) as base_url: ...`` (uvicorn in a thread), ``server.run(host,
port)``, or ``python -m mypreferences.testing --port 8080 [--host 127.0.0.1] [--client-id Demo] [--user demo
--secret demo-secret]`` (the secret may come from ``MYPREFERENCES_MOCK_SECRET`` instead); it prints the base
URL to pass as ``base_url``.

What it implements (routes exactly as in the vendored spec, matched on the raw, percent-encoded path so a
``/`` inside an id stays inside one segment; the ``/Profiles/v4`` prefix is optional):

* **Profiles**: create (201 + ``Location``), get/partial update (POST)/replace (PUT)/JSON Patch by profile id
  and by alternate id, upsert by alternate id, activate/deactivate, delete (204). Alternate ids are unique per
  type, case-insensitively (409). Deactivated profiles are found only by ProfileId (or ``matchInactive``).
  Read-only fields in bodies (``ProfileId``, ``Edited``, ``UpdateStatus``, ``ReasonCode``) are ignored.
* **JSON Patch** (applied with the ``jsonpatch`` library in the order received): add/replace/remove/test;
  ``move``/``copy`` → 400; a document breaking the v4 ordering rules (every replace before the first remove;
  removes from one array in descending index order) → 400, it is never reordered; patching read-only fields
  → 400; at most 1000 operations.
* With ``pending_reads``/``pending_seconds`` the writes that document a 202 answer ``UpdateAcknowledgement``
  "Pending Update"; the data is applied at once but reads show "Pending Update" until the reads/seconds run
  out, then "Complete".
* **Look-ups** by email, phone, name (exact/partial), address, custom fields, preference attributes, tags
  and the five group look-ups; more than 50 matches → 403; no match → ``[]``. Partial name/address matches
  are substring matches; tags: ``exactMatch=true`` (default) needs every tag, ``false`` any of them; group
  look-ups return the members of the groups whose primary profile matches the key (by group name: the named
  group). ``implied``, ``includeConsentHistory`` and ``multipleProfiles`` are accepted and ignored.
* **Preferences** (submit by profile/alternate id, archive → ``PreferenceStatus`` "Expired"), **consents**
  (consent types must exist in the configuration when it is seeded) and **history**: every change appends
  the changed items per category (H1-H8 answer a ``UserProfile`` holding them; H9/H10 full snapshots).
* **Configuration** reads: consent types/statuses, the six contact/group type lists, custom fields (all, by
  type, update rules), picklists, group names (counted from the profiles), tags (counted from profiles; a
  tag can be deleted from every profile), programs, program groups and filters (seed data).
* **Segment export**: the rows are the active stored profiles at initiate time (segment names are not
  interpreted; ``MatchCriteria`` ProfileId and ``LastDateTime`` filter). Status is "Processing" for the first
  ``export_processing_polls`` polls, then "Complete"; reading before that → 400. Paging is 1-based; with
  ``keepAlive=false`` the token expires once the last page is read, commit expires it; an expired token
  answers status "Expired" and 404 for data/commit; an unknown token → 404.
* **Auth**: PNAUTHINFO3-HMAC-SHA256/384/512 against ``users``, verified by the server's own HMAC code (401
  with the documented messages, future timestamps rejected, ``auth_window`` default 15 minutes, injectable
  ``clock``), optional Bearer tokens; ``users=None`` and no tokens disables auth. Unknown client id → 404.
* **Requests are checked** before anything is stored: bodies are strict JSON (no ``NaN``/``Infinity``, no
  unpaired surrogates) of at most 256 KiB (``max_body_bytes``) nested at most 32 levels (``max_json_depth``),
  and must match the operation's request schema (types, required fields, ``maxLength``...); path and query
  parameters must match theirs. A refused request gets a 4xx ``{"Message": ...}`` and changes nothing.
* **Answers** only use statuses the spec documents for the operation (e.g. a missing profile on Activate,
  which documents no 404, answers 400), besides 501 for what is not implemented and 500 for a bug of the
  mock (kept in ``server.errors``). ``check_responses=True`` also validates every answer against the spec.
* **Faults**: ``server.faults.add(status=429, retry_after=2, times=3, route="GET /{clientId}/Profile/{profileId}")``
  (or ``route="GetProfileByProfileId"``); ``delay=0.5`` slows a request down; ``after_apply=True`` processes
  the request first (``status=503, after_apply=True``: the write is stored, then 503 is answered);
  ``drop=True`` closes the connection without an answer; ``malformed=True`` answers a body that is not JSON;
  ``times=None`` affects every request. Invalid specifications raise :class:`FaultSpecError`. Loopback
  control endpoints (no auth; keep the server on loopback): ``POST /_mp/faults`` with the same fields as
  JSON (400 naming the invalid field), ``GET``/``DELETE /_mp/faults``, ``POST /_mp/reset``.
* Not implemented (501): bulk import (initiate, stage, execute, status, exceptions) and configuration writes
  (creating or patching consent types, contact/customer/group types, custom fields and picklists).

``serve_process(lambda port: [...])`` runs any server command (this one, Prism...) on a free loopback port for
the duration of a ``with`` block.

``server.requests`` records every answer (method, raw path, operationId, status, body), ``server.unanswered``
the requests whose client went away (e.g. after its timeout: not an error) or whose connection a fault
dropped, and ``server.errors`` any exception raised inside the mock (answered as 500).
"""

from __future__ import annotations

_EXTRA_HINT = "mypreferences.testing needs the 'testing' extra: pip install 'mypreferences[testing]'"


class TestingExtraMissingError(ImportError):
    """Raised on import when a dependency of the ``testing`` extra is not installed."""

    __test__ = False  # not a pytest test class


try:
    import jsonpatch  # noqa: F401
    import openapi_schema_validator  # noqa: F401
    import starlette  # noqa: F401
except ModuleNotFoundError as _missing:
    raise TestingExtraMissingError(
        f"{_EXTRA_HINT} (missing module {_missing.name!r})", name=_missing.name
    ) from _missing

from mypreferences.testing._app import ContractViolation, MockServer, RecordedRequest  # noqa: E402
from mypreferences.testing._faults import MAX_FAULT_DELAY, Fault, Faults, FaultSpecError  # noqa: E402
from mypreferences.testing._json import MAX_BODY_BYTES, MAX_JSON_DEPTH  # noqa: E402
from mypreferences.testing._patch import MAX_PATCH_OPERATIONS  # noqa: E402
from mypreferences.testing._process import free_port, serve_process  # noqa: E402
from mypreferences.testing._state import ApiError  # noqa: E402
from mypreferences.testing._transport import InProcessTransport  # noqa: E402

__all__ = [
    "MAX_BODY_BYTES",
    "MAX_FAULT_DELAY",
    "MAX_JSON_DEPTH",
    "MAX_PATCH_OPERATIONS",
    "ApiError",
    "ContractViolation",
    "Fault",
    "FaultSpecError",
    "Faults",
    "InProcessTransport",
    "MockServer",
    "RecordedRequest",
    "TestingExtraMissingError",
    "free_port",
    "serve_process",
]
