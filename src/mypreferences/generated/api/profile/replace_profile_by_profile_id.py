from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_acknowledgement import UpdateAcknowledgement
from ...models.user_profile import UserProfile
from ...types import Response, loads_json, status_of


def _get_kwargs(
    client_id: str,
    profile_id: int,
    *,
    body: UserProfile,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/{client_id}/Profile/{profile_id}".format(
            client_id=quote(str(client_id), safe=""),
            profile_id=quote(str(profile_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateAcknowledgement | UserProfile | None:
    if response.status_code == 200:
        return UserProfile.from_dict(loads_json(response.content))

    if response.status_code == 202:
        return UpdateAcknowledgement.from_dict(loads_json(response.content))

    if response.status_code == 400:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 401:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 403:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 404:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 409:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 503:
        return Error.from_dict(loads_json(response.content))

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UpdateAcknowledgement | UserProfile]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: str,
    profile_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UserProfile,
) -> Response[Error | UpdateAcknowledgement | UserProfile]:
    """Replace a profile

     Overwrite: properties and collections absent from the body are blanked/removed.

    Args:
        client_id (str):
        profile_id (int):
        body (UserProfile): A profile: one unified view of a person across channels. SUPERSET of
            the v2 / v4-doc shape (embedded ProfilePreferences, contact-element preferences and
            consents, PreserveConsents, UpdateStatus) and the v4 help-page shape, so responses of
            either parse without loss. Used as request body of create/update and as the response of
            reads and look-ups.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateAcknowledgement | UserProfile]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        profile_id=profile_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    profile_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UserProfile,
) -> Error | UpdateAcknowledgement | UserProfile | None:
    """Replace a profile

     Overwrite: properties and collections absent from the body are blanked/removed.

    Args:
        client_id (str):
        profile_id (int):
        body (UserProfile): A profile: one unified view of a person across channels. SUPERSET of
            the v2 / v4-doc shape (embedded ProfilePreferences, contact-element preferences and
            consents, PreserveConsents, UpdateStatus) and the v4 help-page shape, so responses of
            either parse without loss. Used as request body of create/update and as the response of
            reads and look-ups.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateAcknowledgement | UserProfile
    """

    return sync_detailed(
        client_id=client_id,
        profile_id=profile_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    profile_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UserProfile,
) -> Response[Error | UpdateAcknowledgement | UserProfile]:
    """Replace a profile

     Overwrite: properties and collections absent from the body are blanked/removed.

    Args:
        client_id (str):
        profile_id (int):
        body (UserProfile): A profile: one unified view of a person across channels. SUPERSET of
            the v2 / v4-doc shape (embedded ProfilePreferences, contact-element preferences and
            consents, PreserveConsents, UpdateStatus) and the v4 help-page shape, so responses of
            either parse without loss. Used as request body of create/update and as the response of
            reads and look-ups.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateAcknowledgement | UserProfile]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        profile_id=profile_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    profile_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UserProfile,
) -> Error | UpdateAcknowledgement | UserProfile | None:
    """Replace a profile

     Overwrite: properties and collections absent from the body are blanked/removed.

    Args:
        client_id (str):
        profile_id (int):
        body (UserProfile): A profile: one unified view of a person across channels. SUPERSET of
            the v2 / v4-doc shape (embedded ProfilePreferences, contact-element preferences and
            consents, PreserveConsents, UpdateStatus) and the v4 help-page shape, so responses of
            either parse without loss. Used as request body of create/update and as the response of
            reads and look-ups.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateAcknowledgement | UserProfile
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            profile_id=profile_id,
            client=client,
            body=body,
        )
    ).parsed
