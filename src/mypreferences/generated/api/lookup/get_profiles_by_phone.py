from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.user_profile import UserProfile
from ...types import UNSET, Response, Unset, loads_json, parse_array, status_of


def _get_kwargs(
    client_id: str,
    *,
    phone_number: str,
    phone_type: str | Unset = UNSET,
    implied: bool | Unset = UNSET,
    match_inactive: bool | Unset = False,
    include_consent_history: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phoneNumber"] = phone_number

    params["phoneType"] = phone_type

    params["implied"] = implied

    params["matchInactive"] = match_inactive

    params["includeConsentHistory"] = include_consent_history

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{client_id}/Profile/Phone".format(
            client_id=quote(str(client_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[UserProfile] | None:
    if response.status_code == 200:
        return parse_array(UserProfile.from_dict, loads_json(response.content))

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
) -> Response[Error | list[UserProfile]]:
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
    phone_number: str,
    phone_type: str | Unset = UNSET,
    implied: bool | Unset = UNSET,
    match_inactive: bool | Unset = False,
    include_consent_history: bool | Unset = True,
) -> Response[Error | list[UserProfile]]:
    """Retrieve profiles by phone

     Profiles holding the phone number. Exact match on every supplied criterion unless stated; at most 50
    profiles (more gives 403).

    Args:
        client_id (str):
        phone_number (str):
        phone_type (str | Unset):
        implied (bool | Unset):
        match_inactive (bool | Unset):  Default: False.
        include_consent_history (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[UserProfile]]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        phone_number=phone_number,
        phone_type=phone_type,
        implied=implied,
        match_inactive=match_inactive,
        include_consent_history=include_consent_history,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    phone_number: str,
    phone_type: str | Unset = UNSET,
    implied: bool | Unset = UNSET,
    match_inactive: bool | Unset = False,
    include_consent_history: bool | Unset = True,
) -> Error | list[UserProfile] | None:
    """Retrieve profiles by phone

     Profiles holding the phone number. Exact match on every supplied criterion unless stated; at most 50
    profiles (more gives 403).

    Args:
        client_id (str):
        phone_number (str):
        phone_type (str | Unset):
        implied (bool | Unset):
        match_inactive (bool | Unset):  Default: False.
        include_consent_history (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[UserProfile]
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        phone_number=phone_number,
        phone_type=phone_type,
        implied=implied,
        match_inactive=match_inactive,
        include_consent_history=include_consent_history,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    phone_number: str,
    phone_type: str | Unset = UNSET,
    implied: bool | Unset = UNSET,
    match_inactive: bool | Unset = False,
    include_consent_history: bool | Unset = True,
) -> Response[Error | list[UserProfile]]:
    """Retrieve profiles by phone

     Profiles holding the phone number. Exact match on every supplied criterion unless stated; at most 50
    profiles (more gives 403).

    Args:
        client_id (str):
        phone_number (str):
        phone_type (str | Unset):
        implied (bool | Unset):
        match_inactive (bool | Unset):  Default: False.
        include_consent_history (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[UserProfile]]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        phone_number=phone_number,
        phone_type=phone_type,
        implied=implied,
        match_inactive=match_inactive,
        include_consent_history=include_consent_history,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    phone_number: str,
    phone_type: str | Unset = UNSET,
    implied: bool | Unset = UNSET,
    match_inactive: bool | Unset = False,
    include_consent_history: bool | Unset = True,
) -> Error | list[UserProfile] | None:
    """Retrieve profiles by phone

     Profiles holding the phone number. Exact match on every supplied criterion unless stated; at most 50
    profiles (more gives 403).

    Args:
        client_id (str):
        phone_number (str):
        phone_type (str | Unset):
        implied (bool | Unset):
        match_inactive (bool | Unset):  Default: False.
        include_consent_history (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[UserProfile]
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            phone_number=phone_number,
            phone_type=phone_type,
            implied=implied,
            match_inactive=match_inactive,
            include_consent_history=include_consent_history,
        )
    ).parsed
