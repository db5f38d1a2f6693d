"""An embedded, in-memory MyPreferences v4 server for tests and local development.

Needs the ``testing`` extra (``pip install mypreferences[testing]``: Starlette, and uvicorn for loopback).
Nothing here is imported by ``import mypreferences``.

In-process (no sockets)::

    from mypreferences.testing import MockServer

    server = MockServer(client_id="Demo", users={"demo": "secret"}, seed=True)
    mp = server.client()                      # MyPreferences over httpx.ASGITransport, signed as "demo"
    created = await mp.profile.create_profile(body=UserProfile.from_dict({...}))
    await server.aclose()

pytest: ``pytest_plugins = ["mypreferences.testing.pytest_plugin"]`` gives the ``mp_server`` fixture
(a fresh :class:`MockServer`, client id ``Demo``, user ``demo`` / ``demo-secret``) and ``mp_client``.

Loopback: ``with server.serve_in_thread(port=0) as base_url: ...`` (uvicorn in a thread), ``server.run(host,
port)``, or ``python -m mypreferences.testing --port 8080 [--host 127.0.0.1] [--client-id Demo] [--user demo
--secret demo-secret]`` (the secret may come from ``MYPREFERENCES_MOCK_SECRET`` instead).

What it implements (routes exactly as in the vendored spec, matched on the raw, percent-encoded path so a
``/`` inside an id stays inside one segment; the ``/Profiles/v4`` prefix is optional):

* **Profiles**: create (201 + ``Location``), get/partial update (POST)/replace (PUT)/JSON Patch by profile id
  and by alternate id, upsert by alternate id, activate/deactivate, delete (204). Alternate ids are unique per
  type, case-insensitively (409). Deactivated profiles are found only by ProfileId (or ``matchInactive``).
  JSON Patch supports add/replace/remove/test (``move``/``copy`` → 400) and is applied in the order received
  (parsed and applied by :class:`mypreferences.patch.JsonPatch`); a document breaking the v4 ordering rules
  (replaces before removes, removes of one array in descending index order) → 400, it is never reordered.
  With ``pending_reads``/``pending_seconds`` the writes that document a 202 answer ``UpdateAcknowledgement``
  "Pending Update"; the data is applied at once but reads show "Pending Update" until the reads/seconds run
  out, then "Complete".
* **Look-ups** by email, phone, name (exact/partial), address, custom fields, preference attributes, tags
  and the five group look-ups; more than 50 matches → 403; no match → ``[]``. Partial name/address matches
  are substring matches; tags: ``exactMatch=true`` (default) needs every tag, ``false`` any of them; group
  look-ups return the members of the groups whose primary profile matches the key (G3: the named group).
  ``implied``, ``includeConsentHistory`` and ``multipleProfiles`` are accepted and ignored.
* **Preferences** (submit by profile/alternate id, archive → ``PreferenceStatus`` "Expired"), **consents**
  (consent types must exist in the configuration when it is seeded) and **history**: every change appends
  the changed items per category (H1-H8 answer a ``UserProfile`` holding them; H9/H10 full snapshots).
* **Configuration** reads: consent types/statuses, the six contact/group type lists, tags (counted from
  profiles), programs, program groups and filters (seed data shaped like the seed 000 Programs samples).
* **Segment export**: the rows are the active stored profiles at initiate time (segment names are not
  interpreted; ``MatchCriteria`` ProfileId and ``LastDateTime`` filter). Status is "Processing" for the first
  ``export_processing_polls`` polls, then "Complete"; reading before that → 400. Paging is 1-based; with
  ``keepAlive=false`` the token expires once the last page is read, commit expires it; an expired token
  answers status "Expired" and 404 for data/commit; an unknown token → 404.
* **Auth**: PNAUTHINFO3-HMAC-SHA256/384/512 against ``users`` (401 with the documented messages, future
  timestamps rejected, ``auth_window`` default 15 minutes, injectable ``clock``), optional Bearer tokens;
  ``users=None`` and no tokens disables auth. Errors are ``{"Message": ...}``; unknown client id → 404.
* **Faults**: ``server.faults.add(status=429, retry_after=2, times=3, route="GET /{clientId}/Profile/{profileId}")``
  (or ``route="GetProfileByProfileId"``; ``delay=0.5`` to slow down; ``times=None`` forever). Loopback
  control endpoints (no auth; keep the server on loopback): ``POST /_mp/faults`` with the same fields as
  JSON, ``DELETE /_mp/faults``, ``POST /_mp/reset``.
* Not implemented (501): bulk import, configuration writes/patches, custom-field and picklist reads, group names.

``serve_process(lambda port: [...])`` runs any server command (this one, Prism...) on a free loopback port for
the duration of a ``with`` block.

``server.requests`` records every answer (method, raw path, operationId, status, body) and ``server.errors``
any exception raised inside the mock (answered as 500).
"""

from __future__ import annotations

from mypreferences.testing._app import Fault, Faults, MockServer, RecordedRequest
from mypreferences.testing._process import free_port, serve_process
from mypreferences.testing._state import ApiError

__all__ = ["ApiError", "Fault", "Faults", "MockServer", "RecordedRequest", "free_port", "serve_process"]
