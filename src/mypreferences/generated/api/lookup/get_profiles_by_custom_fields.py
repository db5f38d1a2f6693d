from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_fields_query import CustomFieldsQuery
from ...models.error import Error
from ...models.user_profile import UserProfile
from ...types import UNSET, Response, Unset, loads_json, parse_array, status_of


def _get_kwargs(
    client_id: str,
    *,
    custom_fields: CustomFieldsQuery,
    include_consent_history: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_custom_fields = custom_fields.to_dict()
    params.update(json_custom_fields)

    params["includeConsentHistory"] = include_consent_history

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{client_id}/Profile/CustomFields".format(
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
    custom_fields: CustomFieldsQuery,
    include_consent_history: bool | Unset = True,
) -> Response[Error | list[UserProfile]]:
    """Retrieve profiles by custom fields

     Profiles whose custom fields match all given name/value pairs. Exact match on every supplied
    criterion unless stated; at most 50 profiles (more gives 403).

    Args:
        client_id (str):
        custom_fields (CustomFieldsQuery): Array-style query criteria, customFields[n].Name /
            customFields[n].Value (SearchCustomFieldValue). Each entry is ONE query key exactly as
            sent, e.g. {'customFields[0].Name': 'alpha', 'customFields[0].Value': 'couch'}; the
            generated client merges these keys into the query string (form/explode).
        include_consent_history (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[UserProfile]]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        custom_fields=custom_fields,
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
    custom_fields: CustomFieldsQuery,
    include_consent_history: bool | Unset = True,
) -> Error | list[UserProfile] | None:
    """Retrieve profiles by custom fields

     Profiles whose custom fields match all given name/value pairs. Exact match on every supplied
    criterion unless stated; at most 50 profiles (more gives 403).

    Args:
        client_id (str):
        custom_fields (CustomFieldsQuery): Array-style query criteria, customFields[n].Name /
            customFields[n].Value (SearchCustomFieldValue). Each entry is ONE query key exactly as
            sent, e.g. {'customFields[0].Name': 'alpha', 'customFields[0].Value': 'couch'}; the
            generated client merges these keys into the query string (form/explode).
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
        custom_fields=custom_fields,
        include_consent_history=include_consent_history,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    custom_fields: CustomFieldsQuery,
    include_consent_history: bool | Unset = True,
) -> Response[Error | list[UserProfile]]:
    """Retrieve profiles by custom fields

     Profiles whose custom fields match all given name/value pairs. Exact match on every supplied
    criterion unless stated; at most 50 profiles (more gives 403).

    Args:
        client_id (str):
        custom_fields (CustomFieldsQuery): Array-style query criteria, customFields[n].Name /
            customFields[n].Value (SearchCustomFieldValue). Each entry is ONE query key exactly as
            sent, e.g. {'customFields[0].Name': 'alpha', 'customFields[0].Value': 'couch'}; the
            generated client merges these keys into the query string (form/explode).
        include_consent_history (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[UserProfile]]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        custom_fields=custom_fields,
        include_consent_history=include_consent_history,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    custom_fields: CustomFieldsQuery,
    include_consent_history: bool | Unset = True,
) -> Error | list[UserProfile] | None:
    """Retrieve profiles by custom fields

     Profiles whose custom fields match all given name/value pairs. Exact match on every supplied
    criterion unless stated; at most 50 profiles (more gives 403).

    Args:
        client_id (str):
        custom_fields (CustomFieldsQuery): Array-style query criteria, customFields[n].Name /
            customFields[n].Value (SearchCustomFieldValue). Each entry is ONE query key exactly as
            sent, e.g. {'customFields[0].Name': 'alpha', 'customFields[0].Value': 'couch'}; the
            generated client merges these keys into the query string (form/explode).
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
            custom_fields=custom_fields,
            include_consent_history=include_consent_history,
        )
    ).parsed
