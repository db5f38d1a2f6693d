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
    address1: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    city: str,
    state_province: str,
    postal_code: str | Unset = UNSET,
    address_type: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    middle_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    partial_address_1_match: bool | Unset = False,
    partial_name_match: bool | Unset = False,
    implied: bool | Unset = UNSET,
    include_consent_history: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["address1"] = address1

    params["address2"] = address2

    params["city"] = city

    params["stateProvince"] = state_province

    params["postalCode"] = postal_code

    params["addressType"] = address_type

    params["firstName"] = first_name

    params["middleName"] = middle_name

    params["lastName"] = last_name

    params["partialAddress1Match"] = partial_address_1_match

    params["partialNameMatch"] = partial_name_match

    params["implied"] = implied

    params["includeConsentHistory"] = include_consent_history

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{client_id}/Profile/Address".format(
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
    address1: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    city: str,
    state_province: str,
    postal_code: str | Unset = UNSET,
    address_type: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    middle_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    partial_address_1_match: bool | Unset = False,
    partial_name_match: bool | Unset = False,
    implied: bool | Unset = UNSET,
    include_consent_history: bool | Unset = True,
) -> Response[Error | list[UserProfile]]:
    """Retrieve profiles by address

     Profiles with a matching address (and optional name). Exact match on every supplied criterion unless
    stated; at most 50 profiles (more gives 403).

    Args:
        client_id (str):
        address1 (str | Unset):
        address2 (str | Unset):
        city (str):
        state_province (str):
        postal_code (str | Unset):
        address_type (str | Unset):
        first_name (str | Unset):
        middle_name (str | Unset):
        last_name (str | Unset):
        partial_address_1_match (bool | Unset):  Default: False.
        partial_name_match (bool | Unset):  Default: False.
        implied (bool | Unset):
        include_consent_history (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[UserProfile]]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        address1=address1,
        address2=address2,
        city=city,
        state_province=state_province,
        postal_code=postal_code,
        address_type=address_type,
        first_name=first_name,
        middle_name=middle_name,
        last_name=last_name,
        partial_address_1_match=partial_address_1_match,
        partial_name_match=partial_name_match,
        implied=implied,
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
    address1: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    city: str,
    state_province: str,
    postal_code: str | Unset = UNSET,
    address_type: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    middle_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    partial_address_1_match: bool | Unset = False,
    partial_name_match: bool | Unset = False,
    implied: bool | Unset = UNSET,
    include_consent_history: bool | Unset = True,
) -> Error | list[UserProfile] | None:
    """Retrieve profiles by address

     Profiles with a matching address (and optional name). Exact match on every supplied criterion unless
    stated; at most 50 profiles (more gives 403).

    Args:
        client_id (str):
        address1 (str | Unset):
        address2 (str | Unset):
        city (str):
        state_province (str):
        postal_code (str | Unset):
        address_type (str | Unset):
        first_name (str | Unset):
        middle_name (str | Unset):
        last_name (str | Unset):
        partial_address_1_match (bool | Unset):  Default: False.
        partial_name_match (bool | Unset):  Default: False.
        implied (bool | Unset):
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
        address1=address1,
        address2=address2,
        city=city,
        state_province=state_province,
        postal_code=postal_code,
        address_type=address_type,
        first_name=first_name,
        middle_name=middle_name,
        last_name=last_name,
        partial_address_1_match=partial_address_1_match,
        partial_name_match=partial_name_match,
        implied=implied,
        include_consent_history=include_consent_history,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    address1: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    city: str,
    state_province: str,
    postal_code: str | Unset = UNSET,
    address_type: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    middle_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    partial_address_1_match: bool | Unset = False,
    partial_name_match: bool | Unset = False,
    implied: bool | Unset = UNSET,
    include_consent_history: bool | Unset = True,
) -> Response[Error | list[UserProfile]]:
    """Retrieve profiles by address

     Profiles with a matching address (and optional name). Exact match on every supplied criterion unless
    stated; at most 50 profiles (more gives 403).

    Args:
        client_id (str):
        address1 (str | Unset):
        address2 (str | Unset):
        city (str):
        state_province (str):
        postal_code (str | Unset):
        address_type (str | Unset):
        first_name (str | Unset):
        middle_name (str | Unset):
        last_name (str | Unset):
        partial_address_1_match (bool | Unset):  Default: False.
        partial_name_match (bool | Unset):  Default: False.
        implied (bool | Unset):
        include_consent_history (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[UserProfile]]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        address1=address1,
        address2=address2,
        city=city,
        state_province=state_province,
        postal_code=postal_code,
        address_type=address_type,
        first_name=first_name,
        middle_name=middle_name,
        last_name=last_name,
        partial_address_1_match=partial_address_1_match,
        partial_name_match=partial_name_match,
        implied=implied,
        include_consent_history=include_consent_history,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    address1: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    city: str,
    state_province: str,
    postal_code: str | Unset = UNSET,
    address_type: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    middle_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    partial_address_1_match: bool | Unset = False,
    partial_name_match: bool | Unset = False,
    implied: bool | Unset = UNSET,
    include_consent_history: bool | Unset = True,
) -> Error | list[UserProfile] | None:
    """Retrieve profiles by address

     Profiles with a matching address (and optional name). Exact match on every supplied criterion unless
    stated; at most 50 profiles (more gives 403).

    Args:
        client_id (str):
        address1 (str | Unset):
        address2 (str | Unset):
        city (str):
        state_province (str):
        postal_code (str | Unset):
        address_type (str | Unset):
        first_name (str | Unset):
        middle_name (str | Unset):
        last_name (str | Unset):
        partial_address_1_match (bool | Unset):  Default: False.
        partial_name_match (bool | Unset):  Default: False.
        implied (bool | Unset):
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
            address1=address1,
            address2=address2,
            city=city,
            state_province=state_province,
            postal_code=postal_code,
            address_type=address_type,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            partial_address_1_match=partial_address_1_match,
            partial_name_match=partial_name_match,
            implied=implied,
            include_consent_history=include_consent_history,
        )
    ).parsed
