"""``mp.profiles``: the profile operations, with exactly-once creates and waiting out "Pending Update".

The alternate id is this API's natural idempotency key: it is unique per type within an account. When a
create carries one and its outcome is unknown (a 502/503/504, a timeout or a dropped connection after
sending), :meth:`Profiles.create` looks the alternate id up instead of re-sending: the profile that holds it
is returned when it matches what was sent; when nobody holds it, the create was not applied and is sent
once more. A genuine conflict (someone else's profile holds the id) is a :class:`ConflictError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from mypreferences import _resources
from mypreferences.errors import (
    APIResponseValidationError,
    ConflictError,
    InvalidRequestError,
    MyPreferencesError,
    NotFoundError,
    OutcomeUnknownError,
)

if TYPE_CHECKING:
    from mypreferences._base_client import RequestOptions
    from mypreferences.generated.models.update_acknowledgement import UpdateAcknowledgement
    from mypreferences.generated.models.user_profile import UserProfile

__all__ = ["Profiles"]


def _json(body: Any) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    to_dict = getattr(body, "to_dict", None)
    return dict(to_dict()) if callable(to_dict) else {}


def _alternate_id(sent: dict[str, Any]) -> tuple[str, str] | None:
    for entry in sent.get("AlternateIds") or ():
        if isinstance(entry, Mapping) and entry.get("AlternateIdType") and entry.get("AlternateId"):
            return str(entry["AlternateIdType"]), str(entry["AlternateId"])
    return None


def _contains(sent: Any, got: Any) -> bool:
    """Tell whether everything ``sent`` says is in ``got`` (keys the server leaves out do not count)."""
    if got is None:
        return True
    if isinstance(sent, Mapping):
        return isinstance(got, Mapping) and all(_contains(v, got.get(k)) for k, v in sent.items())
    if isinstance(sent, list):
        return isinstance(got, list) and all(any(_contains(s, g) for g in got) for s in sent)
    if isinstance(sent, str) and isinstance(got, str):
        return sent.casefold() == got.casefold()
    return bool(sent == got)


class Profiles(_resources.Profiles):
    """Customer profiles - create, read, update, replace, patch, delete, activate and deactivate."""

    __slots__ = ()

    async def create(
        self, *, body: Any, options: RequestOptions | None = None
    ) -> UpdateAcknowledgement | UserProfile:
        """Create a profile, exactly once.

        Args:
            body: the profile (a ``CreateUserProfile``/``UserProfile`` model, or a dict in the API's JSON
                shape). Give it an alternate id to make the create safe to retry.
            options: per-call overrides: ``timeout``, ``max_retries``, ``deadline``, ``extra_headers``.

        Returns:
            The server's answer (the profile or an ``UpdateAcknowledgement``), or, after an ambiguous
            failure, the profile found holding the body's alternate id.

        Raises:
            OutcomeUnknownError: the outcome is unknown and the body has no alternate id to check it by
                (the request is attached; it was not re-sent).
            ConflictError: the alternate id belongs to a profile that does not match the body.
            InvalidRequestError: the body was refused before sending.
            APIStatusError: any other error answer.

        """
        try:
            return await super().create(body=body, options=options)
        except (OutcomeUnknownError, ConflictError, APIResponseValidationError) as exc:
            if isinstance(exc, APIResponseValidationError) and not 200 <= exc.status_code < 300:
                raise
            sent = _json(body)
            key = _alternate_id(sent)
            if key is None:
                if isinstance(exc, OutcomeUnknownError):
                    raise OutcomeUnknownError(
                        f"{exc} (no alternate id in the body to check it by; not re-sent)",
                        request=exc.request, response=exc.response,
                    ) from exc  # fmt: skip
                raise
            try:
                found = await self.retrieve_by_alternate_id(*key, match_inactive=True, options=options)
            except NotFoundError:
                if not isinstance(exc, OutcomeUnknownError):
                    raise exc from None
                return await super().create(body=body, options={**(options or {}), "max_retries": 0})
            except MyPreferencesError as check:
                if isinstance(exc, ConflictError):
                    raise exc from check
                raise OutcomeUnknownError(
                    f"{exc} (checking by alternate id failed: {type(check).__name__}; not re-sent)",
                    request=exc.request,
                    response=exc.response,
                ) from check
            if _contains(sent, found.to_dict()):
                return found
            if not isinstance(exc, OutcomeUnknownError):
                raise
            response = exc.response or httpx.Response(409, request=exc.request or httpx.Request("POST", "/"))
            raise ConflictError(
                "the alternate id is held by a profile that does not match the create body",
                response=response, route=_resources.OPERATIONS["CreateProfile"].path,
            ) from exc  # fmt: skip

    async def wait_until_complete(
        self,
        profile_id: int,
        *,
        poll_interval: float = 1.0,
        timeout: float = 120.0,  # noqa: ASYNC109 - a polling budget, not an I/O timeout
        options: RequestOptions | None = None,
    ) -> UserProfile:
        """Poll a profile after a 202 "Pending Update" until its ``UpdateStatus`` is ``Complete``.

        Args:
            profile_id: the profile.
            poll_interval: seconds before the second poll (then x1.5 each time, at most 10 s).
            timeout: seconds to keep polling.
            options: per-call overrides of each read.

        Returns:
            The profile once complete.

        Raises:
            APITimeoutError: still pending after ``timeout`` seconds.

        """
        return await self._wait(lambda: self.retrieve(profile_id, options=options), poll_interval, timeout)

    async def wait_until_complete_by_alternate_id(
        self,
        alternate_id_type: str,
        alternate_id: str,
        *,
        poll_interval: float = 1.0,
        timeout: float = 120.0,  # noqa: ASYNC109 - a polling budget, not an I/O timeout
        options: RequestOptions | None = None,
    ) -> UserProfile:
        """Like :meth:`wait_until_complete`, for the profile holding an alternate id."""
        return await self._wait(
            lambda: self.retrieve_by_alternate_id(alternate_id_type, alternate_id, options=options),
            poll_interval, timeout,
        )  # fmt: skip

    async def _wait(self, read: Any, poll_interval: float, budget: float) -> UserProfile:
        from mypreferences.errors import APITimeoutError

        if not poll_interval > 0 or not budget >= 0:
            raise InvalidRequestError("poll_interval must be > 0 and timeout >= 0")
        client = self._client
        deadline = client._clock() + budget
        delay = poll_interval
        while True:
            profile: UserProfile = await read()
            status = getattr(profile.update_status, "value", profile.update_status)
            if status is None or not isinstance(status, str) or status == "Complete":
                return profile
            if client._clock() + delay > deadline:
                raise APITimeoutError(f"profile still {status!r} after {budget} s")
            await client._sleep(delay)
            delay = min(delay * 1.5, 10.0)
