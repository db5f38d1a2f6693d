"""Version 2 / legacy ``API/3`` → v4 route compatibility.

Many integrations were written against Version 2 (``…/Profiles/v2``) and the legacy Preference
Configuration API (``…/API/3``). This package lets that code move to v4 without a rewrite and without
silent behaviour changes, in three ways that share **one** route table (:data:`ROUTES`):

* :func:`translate_v2` — a pure function: legacy ``(method, url)`` → v4 ``(method, url)``.
* :class:`V2CompatTransport` — an httpx transport for code that builds v2 URLs by hand::

      client = httpx.AsyncClient(transport=V2CompatTransport(httpx.AsyncHTTPTransport()))

* :class:`V2Client` — ``mp.v2``: the v2 operations by their documented names, running on v4::

      profile = await mp.v2.retrieve_profile_by_alternate_id("Email", "ada@example.com")

What the translation does (see :mod:`mypreferences.compat._routes` for every row and its sources):

* the base ``…/Profiles/v2`` or ``…/API/3`` (any case) becomes ``…/Profiles/v4`` on the same host;
* v2 ``PATCH …/Profile/AlternateId?alternateIdType=&alternateId=`` moves both values into the documented
  v4 path form ``…/Profile/AlternateIdType/{type}/AlternateId/{id}`` (and drops the v2
  ``{"Operations": [...]}`` body wrapper); the other alternate-id routes keep their query form (v4 docs);
* ``API/3`` ``…/Locale/{locale}`` path variants become ``?locale=``, and the program-in-group route's ids
  are swapped (``{programId}/{programGroupId}`` → ``{programGroupId}/{programId}``);
* defaults whose v4 value differs from v2 are pinned when the v2 call omitted them: ``implied=false``
  (v2: unset means false; v4 documents true), ``includeConsentHistory=false`` (v4-only, default true; v2
  returned the active consents only);
* a legacy route with no v4 equivalent (``API/3`` ``Config/*`` writes, legacy CID/scheduled exports, …)
  raises :class:`UnknownRouteError` naming the closest v4 operations — never a silent pass-through.
"""

from __future__ import annotations

from mypreferences.compat._facade import V2Client
from mypreferences.compat._routes import ROUTES, SAME_ROUTE_TAGS, LegacyRoute
from mypreferences.compat._translate import UnknownRouteError, suggest, translate_v2
from mypreferences.compat._transport import V2CompatTransport

__all__ = [
    "ROUTES",
    "SAME_ROUTE_TAGS",
    "LegacyRoute",
    "UnknownRouteError",
    "V2Client",
    "V2CompatTransport",
    "suggest",
    "translate_v2",
]
