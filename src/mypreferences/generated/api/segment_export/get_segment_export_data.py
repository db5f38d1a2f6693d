from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.export_data_page import ExportDataPage
from ...types import UNSET, Response, Unset, loads_json, status_of


def _get_kwargs(
    client_id: str,
    access_token: int,
    *,
    limit: int | Unset = 1000,
    offset: int | Unset = 1,
    keep_alive: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["keepAlive"] = keep_alive

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Async/{client_id}/Export/{access_token}".format(
            client_id=quote(str(client_id), safe=""),
            access_token=quote(str(access_token), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ExportDataPage | None:
    if response.status_code == 200:
        return ExportDataPage.from_dict(loads_json(response.content))

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
) -> Response[Error | ExportDataPage]:
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
    keep_alive: bool | Unset = False,
) -> Response[Error | ExportDataPage]:
    """Retrieve one page of exported profiles

     Returns up to `limit` records starting at the 1-based `offset`. Call repeatedly (next offset =
    Offset + Count) until HasMore is false. With keepAlive=false (default) the token expires
    automatically once the data has been fully retrieved; with keepAlive=true the data stays readable
    and the export must be closed with CommitSegmentExport. v4 route template not documented.

    Args:
        client_id (str):
        access_token (int):
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 1.
        keep_alive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExportDataPage]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        access_token=access_token,
        limit=limit,
        offset=offset,
        keep_alive=keep_alive,
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
    keep_alive: bool | Unset = False,
) -> Error | ExportDataPage | None:
    """Retrieve one page of exported profiles

     Returns up to `limit` records starting at the 1-based `offset`. Call repeatedly (next offset =
    Offset + Count) until HasMore is false. With keepAlive=false (default) the token expires
    automatically once the data has been fully retrieved; with keepAlive=true the data stays readable
    and the export must be closed with CommitSegmentExport. v4 route template not documented.

    Args:
        client_id (str):
        access_token (int):
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 1.
        keep_alive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExportDataPage
    """

    return sync_detailed(
        client_id=client_id,
        access_token=access_token,
        client=client,
        limit=limit,
        offset=offset,
        keep_alive=keep_alive,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    access_token: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    offset: int | Unset = 1,
    keep_alive: bool | Unset = False,
) -> Response[Error | ExportDataPage]:
    """Retrieve one page of exported profiles

     Returns up to `limit` records starting at the 1-based `offset`. Call repeatedly (next offset =
    Offset + Count) until HasMore is false. With keepAlive=false (default) the token expires
    automatically once the data has been fully retrieved; with keepAlive=true the data stays readable
    and the export must be closed with CommitSegmentExport. v4 route template not documented.

    Args:
        client_id (str):
        access_token (int):
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 1.
        keep_alive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExportDataPage]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        access_token=access_token,
        limit=limit,
        offset=offset,
        keep_alive=keep_alive,
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
    keep_alive: bool | Unset = False,
) -> Error | ExportDataPage | None:
    """Retrieve one page of exported profiles

     Returns up to `limit` records starting at the 1-based `offset`. Call repeatedly (next offset =
    Offset + Count) until HasMore is false. With keepAlive=false (default) the token expires
    automatically once the data has been fully retrieved; with keepAlive=true the data stays readable
    and the export must be closed with CommitSegmentExport. v4 route template not documented.

    Args:
        client_id (str):
        access_token (int):
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 1.
        keep_alive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExportDataPage
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            access_token=access_token,
            client=client,
            limit=limit,
            offset=offset,
            keep_alive=keep_alive,
        )
    ).parsed
