from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.export_status import ExportStatus
from ...types import Response, loads_json, status_of


def _get_kwargs(
    client_id: str,
    access_token: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Async/{client_id}/Export/{access_token}/Status".format(
            client_id=quote(str(client_id), safe=""),
            access_token=quote(str(access_token), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ExportStatus | None:
    if response.status_code == 200:
        return ExportStatus.from_dict(loads_json(response.content))

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
) -> Response[Error | ExportStatus]:
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
) -> Response[Error | ExportStatus]:
    """Get the status of a segment or segment-group export

     Returns the state of the export identified by the access token (shared by segment and segment-group
    exports). RowCount and ByteCount are only meaningful once the export is Complete. If a CallbackURL
    was given
    at Initiate, MyPreferences also POSTs the status to it.

    Args:
        client_id (str):
        access_token (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExportStatus]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        access_token=access_token,
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
) -> Error | ExportStatus | None:
    """Get the status of a segment or segment-group export

     Returns the state of the export identified by the access token (shared by segment and segment-group
    exports). RowCount and ByteCount are only meaningful once the export is Complete. If a CallbackURL
    was given
    at Initiate, MyPreferences also POSTs the status to it.

    Args:
        client_id (str):
        access_token (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExportStatus
    """

    return sync_detailed(
        client_id=client_id,
        access_token=access_token,
        client=client,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    access_token: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ExportStatus]:
    """Get the status of a segment or segment-group export

     Returns the state of the export identified by the access token (shared by segment and segment-group
    exports). RowCount and ByteCount are only meaningful once the export is Complete. If a CallbackURL
    was given
    at Initiate, MyPreferences also POSTs the status to it.

    Args:
        client_id (str):
        access_token (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExportStatus]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        access_token=access_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    access_token: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ExportStatus | None:
    """Get the status of a segment or segment-group export

     Returns the state of the export identified by the access token (shared by segment and segment-group
    exports). RowCount and ByteCount are only meaningful once the export is Complete. If a CallbackURL
    was given
    at Initiate, MyPreferences also POSTs the status to it.

    Args:
        client_id (str):
        access_token (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExportStatus
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            access_token=access_token,
            client=client,
        )
    ).parsed
