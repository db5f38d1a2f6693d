from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.user_profile import UserProfile
from ...types import UNSET, Response, Unset, loads_json, status_of


def _get_kwargs(
    client_id: str,
    profile_id: int,
    *,
    implied: bool | Unset = True,
    include_consent_history: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["implied"] = implied

    params["includeConsentHistory"] = include_consent_history

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{client_id}/Profile/{profile_id}".format(
            client_id=quote(str(client_id), safe=""),
            profile_id=quote(str(profile_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UserProfile | None:
    if response.status_code == 200:
        return UserProfile.from_dict(loads_json(response.content))

    if response.status_code == 400:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 401:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 403:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 404:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 503:
        return Error.from_dict(loads_json(response.content))

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UserProfile]:
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
    implied: bool | Unset = True,
    include_consent_history: bool | Unset = True,
) -> Response[Error | UserProfile]:
    """Retrieve a profile by profile id

     Returns the profile with its active data (inactive elements omitted).

    Args:
        client_id (str):
        profile_id (int):
        implied (bool | Unset):  Default: True.
        include_consent_history (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserProfile]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        profile_id=profile_id,
        implied=implied,
        include_consent_history=include_consent_history,
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
    implied: bool | Unset = True,
    include_consent_history: bool | Unset = True,
) -> Error | UserProfile | None:
    """Retrieve a profile by profile id

     Returns the profile with its active data (inactive elements omitted).

    Args:
        client_id (str):
        profile_id (int):
        implied (bool | Unset):  Default: True.
        include_consent_history (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserProfile
    """

    return sync_detailed(
        client_id=client_id,
        profile_id=profile_id,
        client=client,
        implied=implied,
        include_consent_history=include_consent_history,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    profile_id: int,
    *,
    client: AuthenticatedClient | Client,
    implied: bool | Unset = True,
    include_consent_history: bool | Unset = True,
) -> Response[Error | UserProfile]:
    """Retrieve a profile by profile id

     Returns the profile with its active data (inactive elements omitted).

    Args:
        client_id (str):
        profile_id (int):
        implied (bool | Unset):  Default: True.
        include_consent_history (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserProfile]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        profile_id=profile_id,
        implied=implied,
        include_consent_history=include_consent_history,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    profile_id: int,
    *,
    client: AuthenticatedClient | Client,
    implied: bool | Unset = True,
    include_consent_history: bool | Unset = True,
) -> Error | UserProfile | None:
    """Retrieve a profile by profile id

     Returns the profile with its active data (inactive elements omitted).

    Args:
        client_id (str):
        profile_id (int):
        implied (bool | Unset):  Default: True.
        include_consent_history (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserProfile
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            profile_id=profile_id,
            client=client,
            implied=implied,
            include_consent_history=include_consent_history,
        )
    ).parsed
