from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.text_custom_field_list import TextCustomFieldList
from ...types import UNSET, Response, Unset, loads_json, status_of


def _get_kwargs(
    client_id: str,
    *,
    id: int | Unset = 0,
    locale: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["Id"] = id

    params["locale"] = locale

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{client_id}/CustomFields/Text".format(
            client_id=quote(str(client_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TextCustomFieldList | None:
    if response.status_code == 200:
        return TextCustomFieldList.from_dict(loads_json(response.content))

    if response.status_code == 400:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 401:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 403:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 404:
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
) -> Response[Error | TextCustomFieldList]:
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
    id: int | Unset = 0,
    locale: str | Unset = UNSET,
) -> Response[Error | TextCustomFieldList]:
    """Retrieve text custom fields

     `Id` = 0 (default) returns every type, a non-zero `Id` only that type. `Id`/`locale` as on the all-
    fields GET.

    Args:
        client_id (str):
        id (int | Unset):  Default: 0.
        locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TextCustomFieldList]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        id=id,
        locale=locale,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = 0,
    locale: str | Unset = UNSET,
) -> Error | TextCustomFieldList | None:
    """Retrieve text custom fields

     `Id` = 0 (default) returns every type, a non-zero `Id` only that type. `Id`/`locale` as on the all-
    fields GET.

    Args:
        client_id (str):
        id (int | Unset):  Default: 0.
        locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TextCustomFieldList
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        id=id,
        locale=locale,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = 0,
    locale: str | Unset = UNSET,
) -> Response[Error | TextCustomFieldList]:
    """Retrieve text custom fields

     `Id` = 0 (default) returns every type, a non-zero `Id` only that type. `Id`/`locale` as on the all-
    fields GET.

    Args:
        client_id (str):
        id (int | Unset):  Default: 0.
        locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TextCustomFieldList]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        id=id,
        locale=locale,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = 0,
    locale: str | Unset = UNSET,
) -> Error | TextCustomFieldList | None:
    """Retrieve text custom fields

     `Id` = 0 (default) returns every type, a non-zero `Id` only that type. `Id`/`locale` as on the all-
    fields GET.

    Args:
        client_id (str):
        id (int | Unset):  Default: 0.
        locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TextCustomFieldList
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            id=id,
            locale=locale,
        )
    ).parsed
