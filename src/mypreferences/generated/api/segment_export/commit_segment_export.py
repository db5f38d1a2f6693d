from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, loads_json, status_of


def _get_kwargs(
    client_id: str,
    access_token: int,
    *,
    keep_files: bool = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["keepFiles"] = keep_files

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Async/{client_id}/Export/{access_token}/Commit".format(
            client_id=quote(str(client_id), safe=""),
            access_token=quote(str(access_token), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

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
) -> Response[Any | Error]:
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
    keep_files: bool = False,
) -> Response[Any | Error]:
    """Commit a segment or segment-group export

     Only needed after retrieving with keepAlive=true: marks the data retrieval as complete and expires
    the access token. v4 route template not documented.

    Args:
        client_id (str):
        access_token (int):
        keep_files (bool):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        access_token=access_token,
        keep_files=keep_files,
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
    keep_files: bool = False,
) -> Any | Error | None:
    """Commit a segment or segment-group export

     Only needed after retrieving with keepAlive=true: marks the data retrieval as complete and expires
    the access token. v4 route template not documented.

    Args:
        client_id (str):
        access_token (int):
        keep_files (bool):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client_id=client_id,
        access_token=access_token,
        client=client,
        keep_files=keep_files,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    access_token: int,
    *,
    client: AuthenticatedClient | Client,
    keep_files: bool = False,
) -> Response[Any | Error]:
    """Commit a segment or segment-group export

     Only needed after retrieving with keepAlive=true: marks the data retrieval as complete and expires
    the access token. v4 route template not documented.

    Args:
        client_id (str):
        access_token (int):
        keep_files (bool):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        access_token=access_token,
        keep_files=keep_files,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    access_token: int,
    *,
    client: AuthenticatedClient | Client,
    keep_files: bool = False,
) -> Any | Error | None:
    """Commit a segment or segment-group export

     Only needed after retrieving with keepAlive=true: marks the data retrieval as complete and expires
    the access token. v4 route template not documented.

    Args:
        client_id (str):
        access_token (int):
        keep_files (bool):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            access_token=access_token,
            client=client,
            keep_files=keep_files,
        )
    ).parsed
