from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_user_profile import CreateUserProfile
from ...models.error import Error
from ...models.update_acknowledgement import UpdateAcknowledgement
from ...models.user_profile import UserProfile
from ...types import Response, loads_json, status_of


def _get_kwargs(
    client_id: str,
    *,
    body: CreateUserProfile,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{client_id}/Profile".format(
            client_id=quote(str(client_id), safe=""),
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
        return UpdateAcknowledgement.from_dict(loads_json(response.content))

    if response.status_code == 201:
        return UserProfile.from_dict(loads_json(response.content))

    if response.status_code == 202:
        return UpdateAcknowledgement.from_dict(loads_json(response.content))

    if response.status_code == 400:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 401:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 403:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 409:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 500:
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
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserProfile,
) -> Response[Error | UpdateAcknowledgement | UserProfile]:
    """Create a profile

     Creates a profile and returns its system-generated ProfileId. v2/v4 doc: one call may carry profile,
    preference and consent data and answers 200 (UpdateAcknowledgement) or 202 (queued). Help (v4): body
    CreateUserProfile (no consents, no preferences) and answers 201 Created with a Location header and
    the profile. The body is the documented CreateUserProfile: consents are not accepted on create (add
    them with AddConsentsByProfileId), preferences are submitted with SubmitPreferences*.

    Args:
        client_id (str):
        body (CreateUserProfile): The help-page (v4) create-profile body, request body of
            CreateProfile: no consents ("Consents are not supported when creating a Profile", use
            AddConsentsByProfileId) and no preferences (use SubmitPreferences*).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateAcknowledgement | UserProfile]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserProfile,
) -> Error | UpdateAcknowledgement | UserProfile | None:
    """Create a profile

     Creates a profile and returns its system-generated ProfileId. v2/v4 doc: one call may carry profile,
    preference and consent data and answers 200 (UpdateAcknowledgement) or 202 (queued). Help (v4): body
    CreateUserProfile (no consents, no preferences) and answers 201 Created with a Location header and
    the profile. The body is the documented CreateUserProfile: consents are not accepted on create (add
    them with AddConsentsByProfileId), preferences are submitted with SubmitPreferences*.

    Args:
        client_id (str):
        body (CreateUserProfile): The help-page (v4) create-profile body, request body of
            CreateProfile: no consents ("Consents are not supported when creating a Profile", use
            AddConsentsByProfileId) and no preferences (use SubmitPreferences*).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateAcknowledgement | UserProfile
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserProfile,
) -> Response[Error | UpdateAcknowledgement | UserProfile]:
    """Create a profile

     Creates a profile and returns its system-generated ProfileId. v2/v4 doc: one call may carry profile,
    preference and consent data and answers 200 (UpdateAcknowledgement) or 202 (queued). Help (v4): body
    CreateUserProfile (no consents, no preferences) and answers 201 Created with a Location header and
    the profile. The body is the documented CreateUserProfile: consents are not accepted on create (add
    them with AddConsentsByProfileId), preferences are submitted with SubmitPreferences*.

    Args:
        client_id (str):
        body (CreateUserProfile): The help-page (v4) create-profile body, request body of
            CreateProfile: no consents ("Consents are not supported when creating a Profile", use
            AddConsentsByProfileId) and no preferences (use SubmitPreferences*).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateAcknowledgement | UserProfile]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserProfile,
) -> Error | UpdateAcknowledgement | UserProfile | None:
    """Create a profile

     Creates a profile and returns its system-generated ProfileId. v2/v4 doc: one call may carry profile,
    preference and consent data and answers 200 (UpdateAcknowledgement) or 202 (queued). Help (v4): body
    CreateUserProfile (no consents, no preferences) and answers 201 Created with a Location header and
    the profile. The body is the documented CreateUserProfile: consents are not accepted on create (add
    them with AddConsentsByProfileId), preferences are submitted with SubmitPreferences*.

    Args:
        client_id (str):
        body (CreateUserProfile): The help-page (v4) create-profile body, request body of
            CreateProfile: no consents ("Consents are not supported when creating a Profile", use
            AddConsentsByProfileId) and no preferences (use SubmitPreferences*).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateAcknowledgement | UserProfile
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            body=body,
        )
    ).parsed
