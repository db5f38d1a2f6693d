from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.program_group_list import ProgramGroupList
from ...types import UNSET, Response, Unset, loads_json, status_of


def _get_kwargs(
    client_id: str,
    program_group_id: str,
    *,
    locale: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["locale"] = locale

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{client_id}/ProgramGroups/{program_group_id}".format(
            client_id=quote(str(client_id), safe=""),
            program_group_id=quote(str(program_group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProgramGroupList | None:
    if response.status_code == 200:
        return ProgramGroupList.from_dict(loads_json(response.content))

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
) -> Response[Error | ProgramGroupList]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: str,
    program_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = UNSET,
) -> Response[Error | ProgramGroupList]:
    """Retrieve a program group

    Args:
        client_id (str):
        program_group_id (str):
        locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProgramGroupList]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        program_group_id=program_group_id,
        locale=locale,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    program_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = UNSET,
) -> Error | ProgramGroupList | None:
    """Retrieve a program group

    Args:
        client_id (str):
        program_group_id (str):
        locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProgramGroupList
    """

    return sync_detailed(
        client_id=client_id,
        program_group_id=program_group_id,
        client=client,
        locale=locale,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    program_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = UNSET,
) -> Response[Error | ProgramGroupList]:
    """Retrieve a program group

    Args:
        client_id (str):
        program_group_id (str):
        locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProgramGroupList]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        program_group_id=program_group_id,
        locale=locale,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    program_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = UNSET,
) -> Error | ProgramGroupList | None:
    """Retrieve a program group

    Args:
        client_id (str):
        program_group_id (str):
        locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProgramGroupList
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            program_group_id=program_group_id,
            client=client,
            locale=locale,
        )
    ).parsed
