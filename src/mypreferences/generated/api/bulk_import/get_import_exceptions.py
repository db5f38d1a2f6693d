from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.import_exceptions_page import ImportExceptionsPage
from ...types import UNSET, Response, Unset, loads_json, status_of


def _get_kwargs(
    client_id: str,
    access_token: int,
    *,
    limit: int | Unset = 1000,
    offset: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Async/{client_id}/Import/{access_token}/Exceptions".format(
            client_id=quote(str(client_id), safe=""),
            access_token=quote(str(access_token), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ImportExceptionsPage | None:
    if response.status_code == 200:
        return ImportExceptionsPage.from_dict(loads_json(response.content))

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
) -> Response[Error | ImportExceptionsPage]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: str,
    access_token: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    offset: int | Unset = 1,
) -> Response[Error | ImportExceptionsPage]:
    """Retrieve the records of a bulk import that failed

     Pages through the failed/invalid records of the import (same pagination as the export retrieve:
    1-based offset, until HasMore is false).

    Args:
        client_id (str):
        access_token (int):
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImportExceptionsPage]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        access_token=access_token,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    access_token: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    offset: int | Unset = 1,
) -> Error | ImportExceptionsPage | None:
    """Retrieve the records of a bulk import that failed

     Pages through the failed/invalid records of the import (same pagination as the export retrieve:
    1-based offset, until HasMore is false).

    Args:
        client_id (str):
        access_token (int):
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImportExceptionsPage
    """

    return sync_detailed(
        client_id=client_id,
        access_token=access_token,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    access_token: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    offset: int | Unset = 1,
) -> Response[Error | ImportExceptionsPage]:
    """Retrieve the records of a bulk import that failed

     Pages through the failed/invalid records of the import (same pagination as the export retrieve:
    1-based offset, until HasMore is false).

    Args:
        client_id (str):
        access_token (int):
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImportExceptionsPage]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        access_token=access_token,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    access_token: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    offset: int | Unset = 1,
) -> Error | ImportExceptionsPage | None:
    """Retrieve the records of a bulk import that failed

     Pages through the failed/invalid records of the import (same pagination as the export retrieve:
    1-based offset, until HasMore is false).

    Args:
        client_id (str):
        access_token (int):
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImportExceptionsPage
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            access_token=access_token,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
