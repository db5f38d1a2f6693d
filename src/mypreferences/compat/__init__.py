"""Version 2 / legacy ``API/3`` → v4 compatibility, from one route table (:data:`ROUTES`).

:func:`translate_v2` translates a legacy ``(method, url)`` to v4, pinning the v2 defaults that v4 changed
(``implied=false``, ``includeConsentHistory=false``); :class:`V2CompatTransport` does it for code that builds
v2 URLs by hand; :class:`V2Client` (``mp.v2``) runs the v2 operations by their v2 names on v4. A route
without v4 equivalent raises :class:`UnknownRouteError`.
"""

from __future__ import annotations

from mypreferences.compat._routes import ROUTES, SAME_ROUTE_TAGS, LegacyRoute
from mypreferences.compat._translate import UnknownRouteError, suggest, translate_v2
from mypreferences.compat._transport import V2CompatTransport
from mypreferences.compat._v2 import V2Client

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
