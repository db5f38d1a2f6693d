"""``mp.profiles``: the profile operations, with exactly-once creates and waiting out "Pending Update"."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from mypreferences import _resources, errors

if TYPE_CHECKING:
    from mypreferences._base_client import RequestOptions
    from mypreferences.generated.models.update_acknowledgement import UpdateAcknowledgement
    from mypreferences.generated.models.user_profile import UserProfile

__all__ = ["Profiles"]


def _alternate_id(body: Any) -> tuple[dict[str, Any], tuple[str, str] | None]:
    """Return the body as JSON and its first complete ``(AlternateIdType, AlternateId)``."""
    to_dict = getattr(body, "to_dict", None)
    sent = dict(body) if isinstance(body, Mapping) else dict(to_dict()) if callable(to_dict) else {}
    for entry in sent.get("AlternateIds") or ():
        if isinstance(entry, Mapping) and entry.get("AlternateIdType") and entry.get("AlternateId"):
            return sent, (str(entry["AlternateIdType"]), str(entry["AlternateId"]))
    return sent, None


def _not_resent(exc: Any, why: str) -> errors.OutcomeUnknownError:
    return errors.OutcomeUnknownError(
        f"{exc} ({why}; not re-sent)", request=exc.request, response=exc.response
    )


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

        After an unknown outcome (502/503/504, a timeout, a dropped connection) or a 409, the body's alternate
        id is looked up instead of re-sending: the match is returned; if nobody holds it, it is sent again.

        Args:
            body: a ``CreateUserProfile``/``UserProfile`` model or a dict in the JSON shape; give it an
                alternate id (unique per type in an account) to make the create safe to retry.
            options: per-call overrides: ``timeout``, ``max_retries``, ``deadline``, ``extra_headers``.

        Returns:
            The server's answer (the profile or an ``UpdateAcknowledgement``), or the profile found.

        Raises:
            OutcomeUnknownError: the outcome is unknown and cannot be checked (no alternate id in the body,
                or the look-up failed); the request is attached and was not re-sent.
            ConflictError: the alternate id belongs to a profile that does not match the body.
            InvalidRequestError: the body was refused before sending.
            APIStatusError: any other error answer.

        """
        try:
            return await super().create(body=body, options=options)
        except (errors.OutcomeUnknownError, errors.ConflictError, errors.APIResponseValidationError) as exc:
            if isinstance(exc, errors.APIResponseValidationError) and not 200 <= exc.status_code < 300:
                raise
            unknown = isinstance(exc, errors.OutcomeUnknownError)
            sent, key = _alternate_id(body)
            if key is None:
                if unknown:
                    raise _not_resent(exc, "no alternate id in the body to check it by") from exc
                raise
            try:
                found = await self.retrieve_by_alternate_id(*key, match_inactive=True, options=options)
            except errors.NotFoundError:
                if not unknown:
                    raise exc from None
                return await super().create(body=body, options={**(options or {}), "max_retries": 0})
            except errors.MyPreferencesError as check:
                if isinstance(exc, errors.ConflictError):
                    raise exc from check
                raise _not_resent(exc, f"checking by alternate id failed: {type(check).__name__}") from check
            if _contains(sent, found.to_dict()):
                return found
            if not unknown:
                raise
            response = exc.response or httpx.Response(409, request=exc.request or httpx.Request("POST", "/"))
            raise errors.ConflictError(
                "the alternate id is held by a profile that does not match the create body",
                response=response,
                route=_resources.OPERATIONS["CreateProfile"].path,
            ) from exc

    async def wait_until_complete(
        self,
        profile_id: int,
        *,
        poll_interval: float = 1.0,
        timeout: float = 120.0,  # noqa: ASYNC109 - a polling budget, not an I/O timeout
        options: RequestOptions | None = None,
    ) -> UserProfile:
        """Poll a profile after a 202 "Pending Update" until its ``UpdateStatus`` is ``Complete``.

        The second poll comes ``poll_interval`` seconds after the first, then each delay is x1.5 (at most
        10 s), for up to ``timeout`` seconds; ``options`` apply to each read. Returns the complete profile.

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
        key = (alternate_id_type, alternate_id)
        return await self._wait(
            lambda: self.retrieve_by_alternate_id(*key, options=options), poll_interval, timeout
        )

    async def _wait(
        self, read: Callable[[], Awaitable[UserProfile]], interval: float, budget: float
    ) -> UserProfile:
        if not interval > 0 or not budget >= 0:
            raise errors.InvalidRequestError("poll_interval must be > 0 and timeout >= 0")
        deadline = self._client._clock() + budget
        while True:
            profile = await read()
            status = getattr(profile.update_status, "value", profile.update_status)
            if not isinstance(status, str) or status == "Complete":
                return profile
            if self._client._clock() + interval > deadline:
                raise errors.APITimeoutError(f"profile still {status!r} after {budget} s")
            await self._client._sleep(interval)
            interval = min(interval * 1.5, 10.0)
